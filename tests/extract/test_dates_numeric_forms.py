"""Days in figures as protocols and testimonies write them: "12-06-2018" (day first),
"on 05.03.18" (two-digit year, after a word that introduces a date), and "12/06/2018" read in
the order that the same text's unambiguous slashed dates show."""

from __future__ import annotations

from izde.extract.dates import find_dates


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.edtf) for d in find_dates(text, "2021-05-01")]


def test_a_dashed_day_is_day_first() -> None:
    assert _found("He was taken on 12-06-2018 at night.") == [("12-06-2018", "2018-06-12")]


def test_a_dashed_number_run_longer_than_a_date_is_no_date() -> None:
    assert _found("Call 12-06-2018-5 for details.") == []


def test_a_two_digit_year_after_on_is_a_day() -> None:
    assert _found("He was detained on 05.03.18 at home.") == [("05.03.18", "2018-03-05")]


def test_a_two_digit_year_later_than_publication_is_of_the_last_century() -> None:
    assert _found("She was born on 05.03.75 in Tekes.") == [("05.03.75", "1975-03-05")]


def test_a_two_digit_year_without_a_cue_is_no_date() -> None:
    assert _found("Version 3.12.18 is out.") == []


def test_an_impossible_day_with_a_two_digit_year_is_no_date() -> None:
    assert _found("He was detained on 31.02.18 at home.") == []


def test_an_ambiguous_slashed_date_alone_gives_its_year() -> None:
    assert _found("He was detained on 12/06/2018.") == [("12/06/2018", "2018")]


def test_an_ambiguous_slashed_date_follows_a_day_first_one() -> None:
    assert _found("He was detained on 25/06/2018 and tried on 12/07/2018.") == [
        ("25/06/2018", "2018-06-25"), ("12/07/2018", "2018-07-12")]


def test_an_ambiguous_slashed_date_follows_a_month_first_one() -> None:
    assert _found("He was detained on 06/25/2018 and tried on 12/07/2018.") == [
        ("06/25/2018", "2018-06-25"), ("12/07/2018", "2018-12-07")]


def test_a_year_and_month_joined_by_a_hyphen_is_that_month() -> None:
    assert [(d.text, d.edtf) for d in find_dates("training, 2017-12.", "2022-12-08")] == [
        ("2017-12", "2017-12")]


def test_a_forward_span_of_years_stays_a_span() -> None:
    assert [d.edtf for d in find_dates("in 2010-12 he", "2022-12-08")] == ["2010/2012"]
