"""Dates written year first, as Chinese documents and their translations write them."""

from __future__ import annotations

from izde.extract.dates import find_dates


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.edtf) for d in find_dates(text, "2021-05-01")]


def test_a_dotted_year_first_day() -> None:
    assert _found("He was detained on 2018.04.12 in Tekes.") == [("2018.04.12", "2018-04-12")]


def test_a_slashed_year_first_day() -> None:
    assert _found("detained 2018/4/12") == [("2018/4/12", "2018-04-12")]


def test_a_chinese_day() -> None:
    assert _found("2018年4月12日，被告人被拘留。") == [("2018年4月12日", "2018-04-12")]


def test_a_chinese_month() -> None:
    assert _found("于2018年4月被拘留") == [("2018年4月", "2018-04")]


def test_a_version_number_is_no_date() -> None:
    assert _found("version 2018.4.1.2") == []


def test_a_thirteenth_month_is_no_date() -> None:
    assert _found("code 2018.13.01") == []
