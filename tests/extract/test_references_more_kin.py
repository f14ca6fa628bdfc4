"""Uncles, cousins, grandparents and in-laws are relatives a later mention can point back to."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, run


def test_my_uncle_named_earlier_takes_the_sentencing() -> None:
    ex = run("My name is Saule Akhmet. My uncle, Rustem Dauletov, was a vet in Ghulja. "
             "My uncle was sentenced to twelve years in 2019.")
    assert ("Rustem Dauletov", "sentencing") in events_by_name(ex)


def test_my_uncle_when_the_writer_is_never_named() -> None:
    ex = run("I am writing about my family. My uncle, Rustem Dauletov, was a vet in Ghulja. "
             "My uncle was sentenced to twelve years in 2019.")
    assert events_by_name(ex) == {("Rustem Dauletov", "sentencing")}


def test_my_father_is_not_the_uncle() -> None:
    ex = run("I am writing about my family. My uncle, Rustem Dauletov, was a vet in Ghulja. "
             "My father was sentenced to twelve years in 2019.")
    assert events_by_name(ex) == set()


def test_her_brother_in_law_named_earlier_takes_the_event() -> None:
    ex = run("Saule Akhmet lives in Almaty. Her brother-in-law, Nurbol Kasymov, was a "
             "trader. Her brother-in-law was detained in May 2018.")
    assert events_by_name(ex) == {("Nurbol Kasymov", "detention")}


def test_brother_in_law_is_not_the_brother() -> None:
    ex = run("Saule Akhmet lives in Almaty. Her brother-in-law, Nurbol Kasymov, was a "
             "trader. Her brother was detained in May 2018.")
    assert ("Nurbol Kasymov", "detention") not in events_by_name(ex)


def test_grandmother_named_earlier_takes_the_event() -> None:
    ex = run("My name is Saule Akhmet. My grandmother, Zeinep Orazova, is 80. "
             "My grandmother was taken to a camp in 2018.")
    assert ("Zeinep Orazova", "internment") in events_by_name(ex)


def test_cousin_relation_is_recorded_as_relative() -> None:
    ex = run("My name is Saule Akhmet. My cousin, Nurbol Kasymov, was detained in 2018.")
    names = {p.key: p.name for p in ex.persons}
    rels = {(names[r.subject], r.type, names[r.object]) for r in ex.relations}
    assert ("Nurbol Kasymov", "relative", "Saule Akhmet") in rels
    assert "Nurbol Kasymov" in person_names(ex)


def test_object_pronoun_skips_a_woman_by_her_given_name() -> None:
    ex = run("Nurgul remembers that night. On 9 March 2018 officers came to the house "
             "and took him away.")
    assert events_by_name(ex) == set()


def test_object_pronoun_of_her_gender_still_finds_her() -> None:
    ex = run("Gulnara Tursyn remembers that night. On 9 March 2018 officers came to the "
             "house and took her away.")
    assert events_by_name(ex) == {("Gulnara Tursyn", "detention")}


def test_flashback_pronoun_goes_to_the_man_the_paragraph_is_about() -> None:
    ex = run("Aigul Nurbek remembers the night. Erlan Tursyn had gone back to see his "
             "sister. On 9 February 2018 officers came to his sister's house and took him away.")
    assert events_by_name(ex) == {("Erlan Tursyn", "detention")}


def test_lone_given_name_whose_clause_names_his_sister_is_a_person() -> None:
    ex = run("Nurgul remembers the night. Ermek had gone back to see his sister. On 9 "
             "February 2018 officers came to his sister's house and took him away.")
    assert events_by_name(ex) == {("Ermek", "detention")}


def test_lone_capitalised_word_without_a_relative_stays_unread() -> None:
    ex = run("Nurgul remembers the night. Chochek had been quiet for weeks. Officers came "
             "in 2018 and took him away.")
    assert "Chochek" not in person_names(ex)
