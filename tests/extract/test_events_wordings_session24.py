"""Wordings read in dev sets in session 24 (general forms, invented names)."""

from __future__ import annotations

from extract.extract_helpers import dates_by_name

# what was said on a call, a visit or a summons the paragraph before dated: a paragraph that
# opens with the quotation and gives no time of its own


def test_a_threat_quoted_after_the_dated_call_takes_the_calls_month() -> None:
    text = ("In May, a police officer from Chuguchak called Aigul Serikbaikyzy on WeChat.\n\n"
            "\"He said that if I kept talking to reporters, my brother would go back to where "
            "he came from,\" Serikbaikyzy said.")
    assert dates_by_name(text)[("Aigul Serikbaikyzy", "threat")] == "2021-05"


def test_a_threat_quoted_after_a_dated_summons_takes_the_summons_month() -> None:
    text = ("Dana Omirzakova said she had been summoned by the National Security Committee in "
            "March.\n\n"
            "\"An officer told me to keep quiet,\" Omirzakova said. \"He said that if I "
            "continued, my mother would have problems.\"")
    assert dates_by_name(text)[("Dana Omirzakova", "threat")] == "2021-03"


def test_a_quoted_threat_after_a_dated_sentence_that_tells_no_contact_is_undated() -> None:
    text = ("In May, Aigul Serikbaikyzy moved to Almaty with her children.\n\n"
            "\"He said that if I kept talking to reporters, my brother would go back to where "
            "he came from,\" Serikbaikyzy said.")
    dated = dates_by_name(text)
    assert ("Aigul Serikbaikyzy", "threat") in dated
    assert dated[("Aigul Serikbaikyzy", "threat")] is None


def test_a_threat_in_a_paragraph_that_is_no_quotation_keeps_its_own_reading() -> None:
    text = ("In May, a police officer from Chuguchak called Aigul Serikbaikyzy on WeChat.\n\n"
            "Later an officer told Serikbaikyzy that if she kept talking to reporters, her "
            "brother would go back to where he came from.")
    dated = dates_by_name(text)
    assert ("Aigul Serikbaikyzy", "threat") in dated
    assert dated[("Aigul Serikbaikyzy", "threat")] is None
