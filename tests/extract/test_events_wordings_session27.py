"""Wordings read in session 27 (general forms, invented names)."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, place_name, run

# a place's name that is also a given name, beside another name, is part of a person's name


@pytest.mark.parametrize("name", ["Manas Turgunov", "Emin Tursun", "Naryn Bekova",
                                  "Nursultan Abdrakhman", "Ayagoz Serikova", "Altay Nurlanuly",
                                  "Mehmet Emin", "Tursun Manas"])
def test_a_given_name_that_is_also_a_place_is_a_persons_name(name: str) -> None:
    found = events_by_name(run(f"Police detained {name} in 2018."))
    assert found == {(name, "detention")}


def test_a_place_inside_a_persons_name_is_not_where_the_event_happened() -> None:
    ex = run("Police detained Manas Turgunov in 2018.")
    assert [e.place for e in ex.events] == [None]
    assert ex.places == [] or all(p.name != "Manas County" for p in ex.places)


def test_a_surname_ending_makes_a_place_beside_it_a_given_name() -> None:
    found = events_by_name(run("Police detained Zhambyl Asanov in 2018."))
    assert found == {("Zhambyl Asanov", "detention")}


def test_a_place_alone_or_before_a_place_word_stays_a_place() -> None:
    ex = run("Kanat Serikov was detained in Manas in 2018. His wife lives in Naryn Region.")
    assert events_by_name(ex) == {("Kanat Serikov", "detention")}
    assert place_name(ex, "Kanat Serikov", "detention") == "Manas County"


def test_a_two_word_place_is_no_person() -> None:
    ex = run("Aigerim Kasym flew from Kuala Lumpur to Urumqi in 2017 and was detained.")
    assert {p.name for p in ex.persons} == {"Aigerim Kasym"}
    assert "Kuala Lumpur" in {p.name for p in ex.places}


# "threatened to arrest him": a threat, and no arrest


def test_threatened_to_arrest_is_a_threat_not_a_detention() -> None:
    found = events_by_name(run("Police threatened to arrest Yerbol Tolegen if he kept talking "
                               "to journalists."))
    assert found == {("Yerbol Tolegen", "threat")}


def test_threatened_to_deport_is_a_threat_not_a_deportation() -> None:
    found = events_by_name(run("Officers threatened to deport Yerbol Tolegen in March 2020."))
    assert found == {("Yerbol Tolegen", "threat")}


def test_did_not_threaten_to_arrest_is_nothing() -> None:
    found = events_by_name(run("Police did not threaten to arrest Yerbol Tolegen, the ministry "
                               "said."))
    assert found == set()


def test_threatened_with_arrest_is_no_detention() -> None:
    found = events_by_name(run("Yerbol Tolegen was threatened with arrest in Almaty."))
    assert ("Yerbol Tolegen", "detention") not in found
    assert ("Yerbol Tolegen", "threat") in found


# called in for questioning, as summoned


def test_called_in_for_questioning_is_harassment() -> None:
    found = events_by_name(run("Dinara Omarova was called in for questioning by police in "
                               "Almaty two days after she spoke to reporters."))
    assert found == {("Dinara Omarova", "harassment")}


def test_called_in_for_questioning_and_never_returned_is_a_detention() -> None:
    found = events_by_name(run("Dinara Omarova was called in for questioning in Ghulja in 2018 "
                               "and never returned."))
    assert found == {("Dinara Omarova", "detention")}


def test_called_in_sick_is_nothing() -> None:
    assert events_by_name(run("Dinara Omarova called in sick in May 2019.")) == set()


@pytest.mark.parametrize("verb", ["summoned", "called in for a conversation"])
def test_summoned_then_detained_with_words_between_is_a_detention(verb: str) -> None:
    found = events_by_name(run(f"Dinara Omarova was {verb} by police in Ghulja in 2018 and "
                               "detained."))
    assert ("Dinara Omarova", "detention") in found


def test_summoned_and_then_another_person_detained_is_no_detention_of_hers() -> None:
    found = events_by_name(run("Dinara Omarova was summoned in May 2018 and questioned for "
                               "hours, and her brother was detained."))
    assert ("Dinara Omarova", "detention") not in found
