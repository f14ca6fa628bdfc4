"""A bare month that opens a range to a month with its year ("April–December 2018") is a
date: the range is one interval, in the year told at its end."""

from __future__ import annotations

from izde.extract.dates import find_dates


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.edtf) for d in find_dates(text, "2021-05-01")]


def test_a_dashed_month_range_is_one_interval() -> None:
    assert _found("She was held in a camp, April–December 2018, her son said.") == [
        ("April–December 2018", "2018-04/2018-12")]


def test_a_hyphenated_month_range_is_one_interval() -> None:
    assert _found("held March-July 2019") == [("March-July 2019", "2019-03/2019-07")]


def test_a_month_through_a_month_of_a_year_is_one_interval() -> None:
    assert _found("He worked there September through November 2017.") == [
        ("September through November 2017", "2017-09/2017-11")]


def test_a_month_ranging_to_a_day_keeps_the_day_at_the_end() -> None:
    assert _found("held March to 5 June 2019 in a cell") == [
        ("March to 5 June 2019", "2019-03/2019-06-05")]


def test_a_month_across_the_new_year_starts_the_year_before() -> None:
    assert _found("held November–February 2019") == [("November–February 2019",
                                                      "2018-11/2019-02")]


def test_a_lower_case_may_before_a_dash_is_no_month() -> None:
    assert _found("He may - June 2018 aside - return.") == [("June 2018", "2018-06")]


def test_a_month_in_another_sentence_opens_no_range() -> None:
    assert _found("She arrived in May. June 2018 was hot.") == [
        ("May", "2021-05"), ("June 2018", "2018-06")]
