"""Dates read in session 23."""

from __future__ import annotations

from izde.extract.dates import find_dates


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.edtf) for d in find_dates(text, "2021-02-22")]


def test_that_june_is_the_june_of_the_year_told_before() -> None:
    text = ("She went back to Xinjiang in April 2018. Border officers took her passport, and "
            "that June she vanished into a camp.")
    assert ("June", "2018-06") in _told(text)


def test_that_june_with_no_year_told_before_has_no_date() -> None:
    assert _told("He came back that June.") == [("June", None)]
