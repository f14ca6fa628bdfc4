"""``counted_from``: a relative phrase ("a year later") counted again from another date."""

from __future__ import annotations

from izde.extract.dates import counted_from


def test_a_year_later_from_a_month_is_the_next_year() -> None:
    assert counted_from("A year later", "2018-02") == "2019"


def test_two_days_later_from_a_day_is_that_day_plus_two() -> None:
    assert counted_from("two days later", "2018-02-03") == "2018-02-05"


def test_the_following_month_from_a_month_is_the_next_month() -> None:
    assert counted_from("the following month", "2017-10") == "2017-11"


def test_a_day_of_that_month_takes_the_month() -> None:
    assert counted_from("the 14th of that month", "2018-12") == "2018-12-14"


def test_an_absolute_date_counts_from_nothing() -> None:
    assert counted_from("in 2019", "2018") is None


def test_an_anchor_that_is_no_plain_date_counts_nothing() -> None:
    assert counted_from("a year later", "2018-21") is None
