"""Generic and quantified subjects are not the named person nearby; joined ones still are."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run
from izde.extract.references import generic_they

PAIR = "Saule Nurbekova and Daulet Serikuly spoke at the meeting. "


@pytest.mark.parametrize("text", [
    PAIR + "Many say they have been detained by police.",
    PAIR + "Others said they had been threatened.",
    "Saule Nurbekova said that other activists had been detained.",
    "Saule Nurbekova said no one had been detained since May.",
    "Saule Nurbekova said dozens of residents were detained.",
], ids=["many_say_they", "others_said_they", "other_activists", "no_one", "dozens_of"])
def test_generic_subject_makes_no_event_for_named_person(text: str) -> None:
    assert not any(t in {"detention", "threat"} for _, t in events_by_name(run(text)))


def test_person_joined_to_generic_group_is_still_subject() -> None:
    ex = run("Saule Nurbekova and several others were detained in 2019.")
    assert ("Saule Nurbekova", "detention") in events_by_name(ex)


def test_pronoun_joined_to_generic_group_is_still_subject() -> None:
    ex = run("Saule Nurbekova said she and other activists had been detained.")
    assert ("Saule Nurbekova", "detention") in events_by_name(ex)


def test_closed_relative_clause_does_not_hide_the_subject() -> None:
    ex = run("Saule Nurbekova, whose relatives live in Altay, was detained in 2019.")
    assert ("Saule Nurbekova", "detention") in events_by_name(ex)


def test_open_relative_clause_with_generic_subject_blocks() -> None:
    ex = run("Saule Nurbekova fled a county where thousands have been detained.")
    assert ("Saule Nurbekova", "detention") not in events_by_name(ex)


def test_plain_they_after_a_named_pair_still_refers_to_them() -> None:
    ex = run(PAIR + "They say they have been detained twice.")
    assert ("Daulet Serikuly", "detention") in events_by_name(ex)


@pytest.mark.parametrize("before", ["Many say ", "Some relatives fear that ", "Others said "])
def test_generic_they(before: str) -> None:
    assert generic_they(before + "they", len(before))


def test_they_after_named_speaker_is_not_generic() -> None:
    text = "Saule said they"
    assert not generic_they(text, len(text) - 4)
