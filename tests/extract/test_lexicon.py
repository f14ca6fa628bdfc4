"""The common-word list is American (SCOWL); British spellings of its words count as common
too, so that "Defence" or "Centre" opening a line is no one's name."""

from __future__ import annotations

import pytest

from extract.extract_helpers import person_names, run
from izde.extract.lexicon import british_spellings, is_common


@pytest.mark.parametrize(("american", "british"), [
    ("defense", "defence"), ("center", "centre"), ("organization", "organisation"),
    ("analyze", "analyse"), ("labor", "labour"), ("neighbor", "neighbour"),
    ("behavior", "behaviour"), ("offenses", "offences"), ("meter", "metre"),
])
def test_a_british_spelling_is_common(american: str, british: str) -> None:
    assert british in british_spellings(american)
    assert is_common(british)


@pytest.mark.parametrize("word", ["nor", "floor", "door", "major", "water", "peter", "size"])
def test_words_without_a_british_form_gain_none(word: str) -> None:
    assert british_spellings(word) == []


def test_a_role_label_in_british_spelling_is_no_person() -> None:
    text = ("JUDGE: The session continues.\nDEFENCE: Your Honour, my client asks to speak.\n"
            "JUDGE: Briefly.\nDEFENCE: Thank you.\n")
    assert "Defence" not in person_names(run(text))
