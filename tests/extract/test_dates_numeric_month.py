"""Month and year in figures ("In 03.2018 they took my mother", "since 11/2019"), as
testimonies from Turkey and Central Asia write them; counts, money, times and versions are not
dates."""

from __future__ import annotations

from izde.extract.dates import find_dates

PUB = "2021-06-18"


def _texts(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.edtf) for d in find_dates(text, PUB)]


def test_two_digit_month_dot_year_is_that_month() -> None:
    assert _texts("In 04.2017 they came for my uncle.") == [("04.2017", "2017-04")]


def test_month_slash_year_is_that_month() -> None:
    assert _texts("My sister was released in 09/2020.") == [("09/2020", "2020-09")]


def test_one_digit_month_after_a_date_word_is_that_month() -> None:
    assert _texts("He has been in prison since 5.2018.") == [("5.2018", "2018-05")]


def test_one_digit_month_without_a_date_word_is_no_date() -> None:
    assert _texts("The figure 5.2018 was printed on the form.") == []


def test_numeric_month_year_has_month_precision() -> None:
    assert [d.precision for d in find_dates("Taken in 12.2016.", PUB)] == ["month"]


def test_full_day_month_year_is_not_cut_to_month_and_year() -> None:
    assert _texts("On 07.12.2017 he was detained.") == [("07.12.2017", "2017-12-07")]


def test_numeric_months_joined_by_a_dash_are_an_interval() -> None:
    assert _texts("Held 02.2018-10.2019 in a camp.") == [("02.2018-10.2019", "2018-02/2019-10")]


def test_a_thirteenth_month_is_no_date() -> None:
    assert _texts("Code 13.2018 was entered.") == []


def test_a_version_number_is_no_date() -> None:
    assert _texts("The app reached version 10.2019 last spring.") == [("last spring", "2021-21")]


def test_money_decimals_and_times_are_no_dates() -> None:
    assert _texts("It cost 3.50, about 2.5 million in all; they came at 10.30.") == []


def test_a_decimal_before_a_unit_is_no_date() -> None:
    assert _texts("They seized 1.2000 tonnes of grain.") == []


def test_a_number_before_million_is_no_date() -> None:
    assert _texts("Some 12.2019 million was spent.") == []
