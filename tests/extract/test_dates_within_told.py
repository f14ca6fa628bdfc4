"""A month or day told without a year that falls in the season, or is the month, told with a
year just before stays in that year ("missing since the summer of 2018 ... on June 9")."""

from __future__ import annotations

from izde.extract.dates import find_dates

PUB = "2024-03-01"


def _last(text: str) -> tuple[str, str | None]:
    d = find_dates(text, PUB)[-1]
    return d.text, d.edtf


def test_a_day_in_the_season_told_before_takes_its_year() -> None:
    assert _last("He has been missing since the summer of 2018. He rang me on the evening of "
                 "July 2.") == ("July 2", "2018-07-02")


def test_the_same_month_told_again_takes_its_year() -> None:
    assert _last("In October 2019 he was arrested. On October 20 he was charged.") == (
        "October 20", "2019-10-20")


def test_a_december_in_a_winter_takes_the_year_before_its_january() -> None:
    assert _last("In the winter of 2019 she fled. In December the police came.") == (
        "December", "2018-12")


def test_a_month_outside_the_season_told_keeps_the_publication_year() -> None:
    assert _last("In the summer of 2018 he left. In October the police came.") == (
        "October", "2023-10")


def test_another_month_after_a_month_told_keeps_the_publication_year() -> None:
    assert _last("In October 2019 he was arrested. On November 20 he was charged.") == (
        "November 20", "2023-11-20")


def test_a_bare_year_told_before_does_not_set_the_year() -> None:
    assert _last("He was jailed in 2018. On June 9 his wife was told.") == (
        "June 9", "2023-06-09")


def test_last_month_name_keeps_its_own_year() -> None:
    assert _last("In the summer of 2018 he left. Last June he was charged.") == (
        "Last June", "2023-06")


def test_a_month_beside_a_year_just_counted_is_in_that_year() -> None:
    assert _last("He was arrested in May 2017. A year later, in March, he was sentenced.") == (
        "March", "2018-03")


def test_a_month_beside_the_following_year_is_in_that_year() -> None:
    assert _last("She was detained in 2016. The following year, in May, she was tried.") == (
        "May", "2017-05")


def test_a_month_beside_a_year_named_is_in_that_year() -> None:
    assert _last("He moved in 2015. In 2018, in April, he was summoned.") == ("April", "2018-04")


def test_a_month_in_a_later_sentence_after_a_counted_year_keeps_publication() -> None:
    assert _last("He was arrested in 2016. A year later he was tried. In May he died.") == (
        "May", "2023-05")
