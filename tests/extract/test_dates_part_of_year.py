"""A part of a year ("the end of 2019", "late 2019", "early 2018") is that year: never more
precise than the text."""

from __future__ import annotations

from izde.extract.dates import find_dates

PUB = "2021-06-18"


def _only(text: str) -> tuple[str, str | None, str]:
    (d,) = find_dates(text, PUB)
    return d.text, d.edtf, d.precision


def test_the_end_of_a_year_is_that_year() -> None:
    assert _only("He was detained at the end of 2019.") == ("the end of 2019", "2019", "year")


def test_late_year_is_that_year() -> None:
    assert _only("She was sent to a camp in late 2019.") == ("late 2019", "2019", "year")


def test_early_year_is_that_year() -> None:
    assert _only("In early 2018 he was summoned.") == ("early 2018", "2018", "year")


def test_the_end_of_last_year_is_the_year_before_publication() -> None:
    assert _only("He vanished at the end of last year.") == ("the end of last year", "2020",
                                                              "year")


def test_late_in_a_month_keeps_the_month() -> None:
    assert _only("He was freed in late May 2020.") == ("late May 2020", "2020-05", "month")


def test_a_year_opening_the_sentence_before_police_is_a_year() -> None:
    assert _only("In 2019 police detained the imam.") == ("2019", "2019", "year")


def test_a_year_opening_the_sentence_before_a_people_name_is_a_year() -> None:
    assert _only("He wrote. By 2018 Kazakhs were leaving.") == ("2018", "2018", "year")


def test_a_number_counting_officers_is_no_year() -> None:
    assert find_dates("The city hired 2019 police officers.", PUB) == []


def test_a_number_counting_cases_after_in_mid_sentence_is_no_year() -> None:
    assert find_dates("It was seen in 2019 cases.", PUB) == []
