"""Events told of a list of persons ("Among those detained were X and Y", a colon and list
items), of "both", and official wordings of penalties. Names are invented."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run

FOUR = ("Gulnar Tokhtasynova, Bakhytzhan Seitkali, Saule Nurmukhamedova and Daulet Orazbaev "
        "went to the consulate.\n\n")


@pytest.mark.parametrize("sentence", [
    "Among those detained were Gulnar Tokhtasynova and Bakhytzhan Seitkali.",
    "Those arrested include Gulnar Tokhtasynova and Bakhytzhan Seitkali.",
    "Among the persons delivered are:\n- Tokhtasynova Gulnar, born 1986;\n- Seitkali "
    "Bakhytzhan, born 1971.",
])
def test_every_person_listed_after_among_those_detained(sentence: str) -> None:
    found = events_by_name(run(FOUR + sentence))
    assert {("Gulnar Tokhtasynova", "detention"), ("Bakhytzhan Seitkali", "detention")} <= found
    assert ("Saule Nurmukhamedova", "detention") not in found


def test_those_released_unnamed_are_no_ones_release() -> None:
    assert not events_by_name(run(FOUR + "Those who were released were not named."))


@pytest.mark.parametrize("sentence", [
    "Saule Nurmukhamedova and Daulet Orazbaev were detained. Both were later released.",
    "The cases of S. Nurmukhamedova and D. Orazbaev were heard and both were released.",
])
def test_both_means_the_two_named_before(sentence: str) -> None:
    found = events_by_name(run(FOUR + sentence))
    assert {("Saule Nurmukhamedova", "release"), ("Daulet Orazbaev", "release")} <= found


@pytest.mark.parametrize("sentence", [
    "B. Seitkali was given a fine.",
    "B. Seitkali was subjected to administrative arrest for a term of 10 (ten) days.",
])
def test_official_wordings_of_a_penalty(sentence: str) -> None:
    assert ("Bakhytzhan Seitkali", "sentencing") in events_by_name(run(FOUR + sentence))


def test_subjected_to_torture_is_no_penalty() -> None:
    found = events_by_name(run(FOUR + "B. Seitkali was subjected to torture."))
    assert ("Bakhytzhan Seitkali", "sentencing") not in found


def test_not_released_until_a_date_is_a_release() -> None:
    ex = run(FOUR + "Daulet Orazbaev was not released until March 2019.")
    assert [(e.type, e.date) for e in ex.events if e.type == "release"] == [("release", "2019-03")]


def test_not_released_is_no_release() -> None:
    assert not events_by_name(run(FOUR + "Daulet Orazbaev was not released."))


def test_an_expulsion_order_issued_against_him_is_a_deportation() -> None:
    text = FOUR + ("Daulet Orazbaev's appeal failed, and an expulsion order was issued against "
                   "him in May 2021.")
    assert ("Daulet Orazbaev", "deportation") in events_by_name(run(text))


def test_a_number_with_its_words_in_brackets_is_the_term() -> None:
    ex = run(FOUR + "Daulet Orazbaev was sentenced to 10 (ten) days of administrative arrest, "
             "taking into account a repeated violation within one year.")
    assert [e.sentence_years for e in ex.events if e.type == "sentencing"] == [None]
