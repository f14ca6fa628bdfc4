"""Dates that belong to another act than the trigger's ("after his arrest in 2017"), and a
release dated by a range (its end)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.dates import find_dates
from izde.extract.event_dates import mention_date

PUB = "2021-06-30"


def _date(text: str, word: str) -> str | None:
    at = text.index(word)
    p = mention_date(text, find_dates(text, PUB), (at, at + len(word)))
    return p.date.edtf if p else None


def test_a_verdict_told_after_an_arrest_does_not_take_the_arrests_year() -> None:
    text = "He was sentenced to 11 years after his arrest in 2017."
    assert _date(text, "was sentenced") is None


def test_the_arrest_noun_itself_takes_its_year() -> None:
    text = "He was sentenced to 11 years after his arrest in 2017."
    assert _date(text, "his arrest") == "2017"


def test_a_year_modifying_a_later_trial_does_not_date_a_release_before_it() -> None:
    assert _date("She was released before her 2019 trial.", "was released") is None


def test_a_return_is_where_a_detention_happened_so_its_date_counts() -> None:
    text = "She was detained after her return from Turkey in May 2018."
    assert _date(text, "was detained") == "2018-05"


def test_the_events_own_date_stays_beside_an_earlier_arrest() -> None:
    text = "He was sentenced in 2019, two years after his arrest in 2017."
    assert _date(text, "was sentenced") == "2019"


def test_a_release_dated_by_a_range_is_at_its_end() -> None:
    text = "She was held in a camp from April to December 2018 and was released."
    assert _date(text, "was released") == "2018-12"


def test_a_stay_dated_by_a_range_keeps_the_range() -> None:
    text = "She was held in a camp from April to December 2018 and was released."
    assert _date(text, "was held") == "2018-04/2018-12"


def test_a_release_with_a_single_date_keeps_it() -> None:
    assert _date("She was released in December 2018.", "was released") == "2018-12"


def test_a_term_named_as_a_span_tells_no_date_of_the_sentencing() -> None:
    ex = run("Nurdoolot Cholponbekov was released from a prison in Kashgar on February 25, two "
             "years before the end of his seven-year sentence.\n\n"
             "In December 2019 he was convicted of inciting ethnic hatred and given seven "
             "years.", "2023-03-21")
    dates = {e.type: e.date for e in ex.events}
    assert dates["release"] == "2023-02-25"
    assert dates["sentencing"] == "2019-12"
