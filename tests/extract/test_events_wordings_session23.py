"""Wordings read in dev sets in session 23 (general forms, invented names)."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

# the camp's euphemism in scare quotes, with "studying" told as a state


def test_told_he_was_studying_in_the_quoted_school_is_internment() -> None:
    text = ("Police came to the pasture and took Yerzhan Temirov away. Two weeks later his "
            "wife was told that he was studying in the \"school\" in the county town.")
    assert ("Yerzhan Temirov", "internment") in events_by_name(run(text))


def test_studying_at_a_school_without_scare_quotes_is_no_internment() -> None:
    text = "Aidos Serikuly said his son Nurlan Serikuly was studying at a school in Almaty."
    assert ("Nurlan Serikuly", "internment") not in events_by_name(run(text))
