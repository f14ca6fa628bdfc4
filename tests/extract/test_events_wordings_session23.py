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


# a paragraph's first quotation, with no speaker of its own, goes on with the speaker whose
# quotation closed the paragraph before


_CALL = ("Meryem Nurehmet got a call in January.\n\n"
         "\"He was polite at first,\" said Nurehmet. \"Then he asked for photographs.\"\n\n")


def test_an_unattributed_quotation_after_the_speakers_paragraph_is_hers() -> None:
    text = _CALL + ("When she refused, the officer's tone changed. \"He said: 'Your mother is "
                    "getting old. Think about who will look after her.' My mother said "
                    "nothing.\"")
    assert ("Meryem Nurehmet", "threat") in events_by_name(run(text))


def test_a_quotation_introduced_by_another_speaker_is_not_hers() -> None:
    text = _CALL + ("The officer later told a neighbour: \"Your mother is getting old. Think "
                    "about who will look after her.\"")
    assert ("Meryem Nurehmet", "threat") not in events_by_name(run(text))
