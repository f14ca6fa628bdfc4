""""Weeks later", "a few days later": some time after the date told before, no finer than its
month (approximate); "held for nine days before ..." is a duration, not a date."""

from __future__ import annotations

from izde.extract.dates import find_dates


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.edtf) for d in find_dates(text, "2021-05-01")]


def test_weeks_later_is_the_month_of_the_day_before_approximately() -> None:
    assert _found("He called on 9 June 2018. Weeks later he was detained.")[-1] == (
        "Weeks later", "2018-06~")


def test_a_few_days_later_is_the_month_of_the_day_before_approximately() -> None:
    assert _found("He called on 9 June 2018. A few days later he was detained.")[-1] == (
        "A few days later", "2018-06~")


def test_months_later_is_the_year_before_approximately() -> None:
    assert _found("He called in June 2018. Months later he was detained.")[-1] == (
        "Months later", "2018~")


def test_years_later_dates_nothing() -> None:
    assert _found("He called in June 2018. Years later he was detained.") == [
        ("June 2018", "2018-06")]


def test_weeks_later_with_nothing_told_before_is_no_date() -> None:
    assert _found("Weeks later he was detained.") == []


def test_a_counted_shift_after_a_vague_one_counts_from_the_precise_day() -> None:
    text = "He called on 9 June 2018. Weeks later he was detained. Two days later he was moved."
    assert _found(text)[-1] == ("Two days later", "2018-06-11")


def test_a_duration_before_a_clause_is_no_date() -> None:
    assert _found("He was held for nine days before he was deported.") == []
