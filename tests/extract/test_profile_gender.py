"""Gender from pronoun votes never overrules a given name's sex, so a flashback's "him" does not
turn the woman whose house it happened at into its subject. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_him_after_a_womans_possessive_goes_to_the_man_of_the_paragraph() -> None:
    text = ("Nurlan Zhakupov taught music in Kulja. Police came to Aigul Zhakupova's flat "
            "and took him away in 2018.")
    found = events_by_name(run(text))
    assert ("Nurlan Zhakupov", "detention") in found
    assert ("Aigul Zhakupova", "detention") not in found


def test_him_after_a_mans_possessive_is_that_man() -> None:
    text = "Police came to Nurlan Zhakupov's flat and took him away in 2018."
    assert ("Nurlan Zhakupov", "detention") in events_by_name(run(text))


def test_him_with_only_a_woman_in_sight_is_nobody() -> None:
    text = ("Gulnara Zhakupova remembers the night in 2018. Officers came to his sister's "
            "house and took him away.")
    assert ("Gulnara Zhakupova", "detention") not in events_by_name(run(text))
