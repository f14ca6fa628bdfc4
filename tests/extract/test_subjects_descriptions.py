"""Relative clauses in apposition and ledes that describe the person named further down."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

LEDE = ("An elderly Kazakh herder from Emin who was taken to a camp in 2017 has died in custody, "
        "his daughter said.\n\n"
        "Kanat Beisenov, 70, kept sheep near the border for most of his life. His daughter, "
        "Aliya Kanatkyzy, lives in Shymkent.")


def test_relative_clause_in_apposition_belongs_to_the_named_person() -> None:
    ex = run("Dauren Mukhtar, a driver from Ghulja who was detained in 2019, remains missing.")
    assert ("Dauren Mukhtar", "detention") in events_by_name(ex)


def test_lede_description_is_the_person_named_later() -> None:
    assert ("Kanat Beisenov", "internment") in events_by_name(run(LEDE))


def test_lede_source_kin_is_not_the_described_person() -> None:
    assert not any(n == "Aliya Kanatkyzy" and t == "internment"
                   for n, t in events_by_name(run(LEDE)))


def test_head_noun_repeated_picks_that_person() -> None:
    text = ("A Uyghur poet was detained in 2018, friends said.\n\n"
            "Murat Aliev, who knew him well, left for Turkey. Ablet Tursun, a poet from Kashgar, "
            "had published four books.")
    assert ("Ablet Tursun", "detention") in events_by_name(run(text))


def test_description_after_a_name_is_not_a_lede() -> None:
    text = ("Murat Aliev spoke to reporters on Monday.\n\n"
            "A teacher from his village was detained in 2019.")
    assert ("Murat Aliev", "detention") not in events_by_name(run(text))


def test_official_description_is_not_read_as_the_victim() -> None:
    text = "A police officer detained the man in 2019.\n\nAsel Omarova, a lawyer, said so."
    assert ("Asel Omarova", "detention") not in events_by_name(run(text))


def test_description_is_a_noun_phrase_not_a_clause() -> None:
    text = ("A court in Ghulja sentenced a teacher in 2019 and detained others.\n\n"
            "Bolat Serikov, a judge, presided.")
    assert ("Bolat Serikov", "detention") not in events_by_name(run(text))
