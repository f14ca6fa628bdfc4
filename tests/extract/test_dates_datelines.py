"""A wire dateline's date is when the report was filed, not when anything in it happened."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.dates import find_dates


def edtfs(text: str, published: str = "2023-05-18") -> list[tuple[str, str | None]]:
    return [(d.text, d.edtf) for d in find_dates(text, published)]


def test_filing_date_of_a_capitalised_dateline_is_left_out() -> None:
    assert edtfs("ALMATY/BEIJING, May 18 (Reuters) - A scholar who disappeared six years "
                 "ago was sentenced to life.") == [("six years ago", "2017")]


def test_filing_date_of_a_title_case_dateline_is_left_out() -> None:
    assert edtfs("Almaty, December 10 -- Kazakh authorities have deported a trader.") == []


def test_dateline_with_a_country_and_an_agency() -> None:
    assert edtfs("BISHKEK, Kyrgyzstan, Jan. 5 (RFA) -- He was detained on Monday.") == [
        ("Monday", "2023-05-15")]


def test_a_date_before_a_dash_inside_a_sentence_is_kept() -> None:
    assert edtfs("He was detained on May 18 - a Friday.")[0] == ("May 18", "2023-05-18")


def test_an_opening_date_followed_by_a_dash_is_not_a_dateline() -> None:
    assert edtfs("In May 2018 — he was detained.") == [("May 2018", "2018-05")]


def test_event_in_a_datelined_lede_is_not_dated_by_the_filing_date() -> None:
    ex = run("ALMATY, May 18 (Reuters) - Police in Kashgar have detained Nurlan Abenov, a "
             "trader, his brother said.", "2023-05-18")
    assert [e.date for e in ex.events if e.type == "detention"] == [None]
