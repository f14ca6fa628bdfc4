"""A season told from the narrated time: "the following spring", "the next summer", "the
previous winter" (the first such season after or before the last date told), "that autumn"."""

from __future__ import annotations

from izde.extract.dates import find_dates

PUB = "2021-06-18"


def _last(text: str) -> tuple[str, str | None]:
    d = find_dates(text, PUB)[-1]
    return d.text, d.edtf


def test_the_following_spring_after_a_year_is_the_next_years_spring() -> None:
    assert _last("He was arrested in 2017. The following spring he was sent to a camp.") == (
        "The following spring", "2018-21")


def test_the_next_summer_after_a_year_is_the_next_years_summer() -> None:
    assert _last("She fled in 2015. The next summer her brother was summoned.") == (
        "The next summer", "2016-22")


def test_the_following_summer_after_an_early_month_is_the_same_year() -> None:
    assert _last("He was detained in February 2019. The following summer he was tried.") == (
        "The following summer", "2019-22")


def test_the_following_winter_after_march_is_the_winter_of_next_january() -> None:
    assert _last("They took him in March 2018. The following winter he fell ill.") == (
        "The following winter", "2019-24")


def test_the_previous_autumn_before_a_month_is_the_autumn_before_it() -> None:
    assert _last("He was sentenced in March 2018. The previous autumn he had been arrested.") == (
        "The previous autumn", "2017-23")


def test_next_summer_without_the_counts_from_publication() -> None:
    assert _last("In 2017 he was jailed. His trial is expected next summer.") == (
        "next summer", "2022-22")


def test_that_autumn_is_the_autumn_of_the_year_told() -> None:
    assert _last("In 2016 she returned. That autumn she was detained.") == (
        "That autumn", "2016-23")


def test_the_following_spring_with_nothing_told_before_is_unresolved() -> None:
    assert _last("The following spring he was sent to a camp.") == (
        "The following spring", None)


def test_in_the_season_with_nothing_told_before_is_no_date() -> None:
    assert find_dates("In the spring the river floods.", PUB) == []


def test_in_the_season_after_a_year_is_that_years_season() -> None:
    assert _last("In 2016 she was summoned. In the autumn she was sent to a camp.") == (
        "the autumn", "2016-23")


def test_in_the_season_after_a_later_month_is_the_next_one() -> None:
    assert _last("He was detained in November 2018. In the spring he was tried.") == (
        "the spring", "2019-21")


def test_the_season_as_a_subject_is_no_date() -> None:
    assert [d.text for d in find_dates("In 2016 she left. The spring was cold.", PUB)] == [
        "2016"]
