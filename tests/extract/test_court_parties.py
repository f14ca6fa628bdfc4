"""Decisions and court papers: a party named once in a field ("Claimant: KADYRBEK, Ersin") or
in brackets is whom "the claimant" means throughout; "SURNAME, Given" is one name; a name in
both orders is one person. Names are invented."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, person_names, run

DECISION = ("Claimant: KADYRBEK, Ersin\nClaimant's counsel: Marie Tremblay\n\n"
            "[1] The claimant alleges that in February 2018 he was taken from his home by police "
            "and held in a facility that officials called a \"vocational training centre\" until "
            "January 2019.\n\n[2] The panel finds that the claimant is a Convention refugee.\n")


def test_surname_in_capitals_before_a_comma_is_one_name() -> None:
    assert person_names(run(DECISION)) == {"Ersin Kadyrbek", "Marie Tremblay"}


def test_the_claimant_is_the_named_party_not_the_last_name() -> None:
    found = events_by_name(run(DECISION))
    assert ("Ersin Kadyrbek", "internment") in found
    assert not {e for e in found if e[0] == "Marie Tremblay"}


def test_a_party_in_brackets_after_the_name() -> None:
    text = ("Aigul Serikova (the applicant) lives in Almaty. Counsel Dana Bek spoke. "
            "The applicant was detained in May 2019.")
    assert ("Aigul Serikova", "detention") in events_by_name(run(text))


def test_the_stay_takes_its_start_not_its_until_date() -> None:
    ex = run(DECISION)
    assert {e.date for e in ex.events if e.type == "internment"} == {"2018-02"}


def test_a_convention_refugee_is_granted_asylum() -> None:
    assert ("Ersin Kadyrbek", "asylum") in events_by_name(run(DECISION))


@pytest.mark.parametrize(("first", "second"), [
    ("Orazbaev Daulet", "Daulet Orazbaev"), ("Kadyrbek Ersin", "Ersin Kadyrbek")])
def test_a_name_in_both_orders_is_one_person(first: str, second: str) -> None:
    assert len(person_names(run(f"{first}, born 1999, a student. {second} was fined."))) == 1


@pytest.mark.parametrize("dateline", ["ALMATY, Kazakhstan", "URUMQI, Monday"])
def test_a_dateline_is_no_inverted_name(dateline: str) -> None:
    assert person_names(run(f"{dateline} — Police detained Aigul Serikova.")) == {
        "Aigul Serikova"}


def test_an_inverted_alias_joins_its_person_with_its_words_in_order() -> None:
    ex = run("Claimant: KADYRBEK, Ersin (also written QADYRBEK, Ersin)\n\nThe claimant was "
             "detained in 2021.")
    assert [p.name for p in ex.persons] == ["Ersin Kadyrbek"]
    assert "QADYRBEK, Ersin" not in ex.persons[0].names
