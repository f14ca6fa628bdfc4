"""A lone given name is a person when a kin word or a personal verb says so."""

from __future__ import annotations

import pytest

from extract.extract_helpers import person_names, run
from izde.extract.person_cues import given_name_cue


@pytest.mark.parametrize("text,name", [
    ("My younger brother Bakhytzhan was taken away in 2018.", "Bakhytzhan"),
    ("Her husband, Ermek, said the police came at night.", "Ermek"),
    ("Saltanat, her daughter, could not leave the country.", "Saltanat"),
    ("Well, Zhanargul lives in Ghulja with her parents.", "Zhanargul"),
    ("Talgat studied medicine in Urumqi before the camps.", "Talgat"),
    ("Then Nurgul said the calls had stopped.", "Nurgul"),
], ids=["kin_before", "kin_before_comma", "kin_after", "lives", "studied", "name_shaped_said"])
def test_single_given_name_is_a_person(text: str, name: str) -> None:
    assert name in person_names(run(text))


def test_kin_apposition_of_single_name_is_a_relation() -> None:
    ex = run("My name is Aizhan Kudaibergen. My sister Raushan was detained in 2019.")
    names = {p.key: p.name for p in ex.persons}
    pairs = {(names[r.subject], r.type, names[r.object]) for r in ex.relations}
    assert ("Raushan", "sibling", "Aizhan Kudaibergen") in pairs


@pytest.mark.parametrize("text", [
    "Xinhua said the facilities were schools.",
    "Atajurt has recorded thousands of testimonies.",
    "Ramadan was not observed that year.",
    "Residents of Tacheng said little.",
], ids=["news_agency_said", "organisation_has", "holiday_was", "after_preposition"])
def test_lone_capitalised_word_is_not_a_person(text: str) -> None:
    assert person_names(run(text)) == set()


def test_verb_that_organisations_take_needs_name_shape() -> None:
    text = "Then Kovix said nothing."
    assert not given_name_cue(text, 5, 10, lambda: False)


def test_personal_verb_needs_clause_start() -> None:
    text = "The trip to Ermek lived on in memory."
    assert not given_name_cue(text, 12, 17, lambda: True)


def test_a_name_in_apposition_to_a_described_person_is_a_person() -> None:
    text = ("There was an old woman in our room, Bibigul, from Koktokay. She coughed all "
            "winter.")
    assert "Bibigul" in person_names(run(text))


def test_a_chinese_given_name_spelled_as_a_month_abbreviation_is_a_name() -> None:
    assert "Ma Jun" in person_names(run("On the shelf in Ma Jun's flat there is a photograph."))
