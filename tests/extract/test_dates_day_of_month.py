"""A day of the month named by its ordinal alone ("on the 9th", "the 21st of that month"):
the day of the month the narrative is in."""

from __future__ import annotations

from izde.extract.dates import DateMention, find_dates

PUB = "2021-06-30"


def _texts(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.edtf) for d in find_dates(text, PUB)]


def _last(text: str) -> DateMention:
    found = find_dates(text, PUB)
    assert found, text
    return found[-1]


def test_the_nth_of_that_month_takes_the_month_told_before() -> None:
    m = _last("In November 2016 she flew to Urumqi. On the 21st of that month her passport was "
              "taken.")
    assert (m.text, m.edtf, m.precision) == ("the 21st of that month", "2016-11-21", "day")


def test_on_the_nth_alone_takes_the_month_told_before() -> None:
    m = _last("He was freed in April. He came home on the 3rd, his cousin said.")
    assert (m.text, m.edtf) == ("the 3rd", "2021-04-03")


def test_on_the_nth_after_a_full_date_stays_in_that_month() -> None:
    m = _last("Police searched the shop on 2 August 2019 and charged him on the 30th.")
    assert m.edtf == "2019-08-30"


def test_on_the_nth_after_a_year_only_is_undated() -> None:
    m = _last("In 2015 the family moved to Ili. On the 12th officers came to the door.")
    assert (m.text, m.edtf) == ("the 12th", None)


def test_on_the_nth_with_no_date_before_is_undated() -> None:
    m = _last("On the 8th the court heard the case.")
    assert (m.text, m.edtf) == ("the 8th", None)


def test_a_day_the_month_does_not_have_is_undated() -> None:
    m = _last("In February 2019 she was summoned. On the 30th she was questioned.")
    assert m.edtf is None


def test_an_ordinal_counting_floors_or_congresses_is_no_date() -> None:
    assert _texts("In May 2018 they lived on the 14th floor, before the 19th Party Congress.") \
        == [("May 2018", "2018-05")]


def test_an_ordinal_counting_times_or_arrests_is_no_date() -> None:
    assert _texts("In May 2018 he was held for the 3rd time; it was his 4th arrest.") \
        == [("May 2018", "2018-05")]


def test_an_ordinal_of_a_century_is_no_date() -> None:
    assert _texts("In May 2018 the 19th-century mosque was torn down.") == [("May 2018", "2018-05")]
