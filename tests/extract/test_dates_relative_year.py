"""A month or season of a year told relatively: "in January of last year" (publication's
year before), "in May of the previous year" (the year before the one narrated)."""

from __future__ import annotations

from izde.extract.dates import find_dates

PUB = "2021-06-18"


def _texts(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.edtf) for d in find_dates(text, PUB)]


def test_month_of_last_year_is_that_month_of_the_year_before_publication() -> None:
    assert _texts("Officers took the tailor away in January of last year.") == [
        ("January of last year", "2020-01")]


def test_month_last_year_without_of_reads_the_same() -> None:
    assert _texts("The shop was raided in October last year.") == [
        ("October last year", "2020-10")]


def test_month_of_this_year_is_in_the_publication_year() -> None:
    assert _texts("The lawyer was disbarred in March of this year.") == [
        ("March of this year", "2021-03")]


def test_month_of_last_year_keeps_month_precision() -> None:
    found = find_dates("She vanished in August of last year.", PUB)
    assert [d.precision for d in found] == ["month"]


def test_season_of_last_year_is_a_season_of_the_year_before() -> None:
    assert _texts("He came back in the autumn of last year.") == [
        ("the autumn of last year", "2020-23")]


def test_season_this_year_is_a_season_of_the_publication_year() -> None:
    assert _texts("The trial opened in spring this year.") == [("spring this year", "2021-21")]


def test_month_of_the_previous_year_counts_from_the_year_narrated() -> None:
    assert _texts("In 2019 the pastor was jailed. His son had left in May of the previous "
                  "year.")[-1] == ("May of the previous year", "2018-05")


def test_month_of_the_previous_year_with_nothing_narrated_is_last_year() -> None:
    assert _texts("He lost his job in May of the previous year.") == [
        ("May of the previous year", "2020-05")]


def test_month_of_that_year_is_in_the_year_narrated() -> None:
    assert _texts("The school closed in 2016. In July of that year she was detained.")[-1] == (
        "July of that year", "2016-07")


def test_month_of_the_following_year_counts_forward_from_the_year_narrated() -> None:
    assert _texts("He was arrested in 2017 and tried in March the following year.")[-1] == (
        "March the following year", "2018-03")


def test_month_of_that_year_with_nothing_narrated_stays_unresolved() -> None:
    assert _texts("In June of that year he was moved.") == [("June of that year", None)]


def test_season_of_the_previous_year_counts_from_the_year_narrated() -> None:
    assert _texts("The verdict came in 2020. The raids began in the summer of the previous "
                  "year.")[-1] == ("the summer of the previous year", "2019-22")


def test_possessive_last_years_is_no_year_of_the_month() -> None:
    assert _texts("In May, last year's winners were named.")[0] == ("May", "2021-05")


def test_month_of_a_year_named_by_number_is_unchanged() -> None:
    assert _texts("She was taken in January of 2018.") == [("January of 2018", "2018-01")]


def test_a_season_told_with_its_year_is_the_year_narrated() -> None:
    assert _texts("On Friday she was fined. He went there in the fall of 2017. He was detained "
                  "in October of that year.")[-1] == ("October of that year", "2017-10")


def test_a_season_does_not_anchor_a_count_of_days() -> None:
    assert _texts("He went there in the fall of 2017. Two days later he was detained.")[-1] \
        == ("Two days later", None)
