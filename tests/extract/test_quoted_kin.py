"""A quotation's "my" is its speaker's: '"That is my father, Ma Yousheng," says Ma' makes Ma
Yousheng the speaker's father, and a later "Ma's father" or "his father" is that man. Names
are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

QUOTED = ('Bolat Serikuly lives in Utrecht. "That is my father, Tursun Serikov, in 2016," says '
          "Bolat, a software tester.\n\n")


def test_my_relative_in_a_quotation_is_the_speakers() -> None:
    ex = run(QUOTED)
    names = {p.key: p.name for p in ex.persons}
    assert {(names[r.subject], r.type, names[r.object]) for r in ex.relations} == {
        ("Tursun Serikov", "parent", "Bolat Serikuly")}


def test_the_speakers_relative_is_the_subject_later() -> None:
    ex = run(QUOTED + "Serikuly's father was detained in Changji in January 2018.")
    assert ("Tursun Serikov", "detention") in events_by_name(ex)


def test_according_to_the_speaker_his_father_is_the_speakers_father() -> None:
    ex = run(QUOTED + "According to Bolat, his father was sentenced to five years in prison.")
    assert events_by_name(ex) >= {("Tursun Serikov", "sentencing")}
    assert ("Bolat Serikuly", "sentencing") not in events_by_name(ex)


def test_according_to_the_speaker_he_is_someone_else() -> None:
    ex = run(QUOTED + "According to Bolat, he was sentenced to five years in prison.")
    assert ("Bolat Serikuly", "sentencing") not in events_by_name(ex)


def test_my_outside_a_quotation_is_the_narrators() -> None:
    ex = run("My name is Aigul Serikova. My father, Tursun Serikov, was detained in 2018.")
    names = {p.key: p.name for p in ex.persons}
    assert {(names[r.subject], r.type, names[r.object]) for r in ex.relations} == {
        ("Tursun Serikov", "parent", "Aigul Serikova")}
