"""Dates that point back at a time told before: "that spring", "that night", "around the
same time"."""

from __future__ import annotations

from izde.extract.dates import DateMention, find_dates

PUB = "2022-10-05"


def _last(text: str) -> DateMention:
    found = find_dates(text, PUB)
    assert found, text
    return found[-1]


def test_that_season_takes_the_year_of_the_date_before() -> None:
    m = _last("In January 2016 the shop was closed. The owner left the country that autumn.")
    assert (m.text, m.edtf, m.precision) == ("that autumn", "2016-23", "season")


def test_that_winter_after_a_december_is_the_winter_of_the_next_january() -> None:
    m = _last("She was questioned in December 2015. That winter she stayed indoors.")
    assert m.edtf == "2016-24"


def test_that_season_with_no_date_before_stays_undated() -> None:
    m = _last("The family moved to the city that summer.")
    assert m.text == "that summer" and m.edtf is None


def test_that_night_is_the_day_told_before() -> None:
    m = _last("Police searched the flat on 4 March 2019. That night the neighbours heard shouting.")
    assert (m.text, m.edtf) == ("That night", "2019-03-04")


def test_at_night_is_no_date() -> None:
    assert find_dates("Officers usually came at night.", PUB) == []


def test_around_the_same_time_is_the_date_before_to_the_month_at_most() -> None:
    m = _last("His cousin was arrested on 9 May 2018. He lost his job around the same time.")
    assert (m.text, m.edtf, m.precision) == ("around the same time", "2018-05", "month")


def test_at_the_same_time_is_not_read_as_a_date() -> None:
    found = find_dates("He was freed on 9 May 2018. At the same time, the court fined him.", PUB)
    assert [d.text for d in found] == ["9 May 2018"]


def test_around_the_same_time_opening_a_sentence_is_read_too() -> None:
    m = _last("Her son was detained on 9 May 2018. Around the same time, she lost her job.")
    assert (m.text, m.edtf) == ("Around the same time", "2018-05")


def test_the_next_morning_counts_from_the_month_of_the_sentence_before() -> None:
    # the date told with its year just before sets the story's time, though it names no day;
    # a day told earlier (the lede's news) is another story
    text = ("He was released on February 25 and crossed the border on February 27.\n\n"
            "In January 2018 he went back for an uncle's funeral. The next morning, he says, "
            "police took his passport.")
    assert find_dates(text, "2023-03-21")[-1].edtf == "2018-01"


def test_the_day_after_he_arrived_counts_from_the_journey_told_as_travel() -> None:
    text = ("Two men came to her house on June 2.\n\n"
            "In January 2018 he traveled to Artux to attend his uncle's funeral. Police took "
            "his passport the day after he arrived, and in March of that year he was detained.")
    found = [d.edtf for d in find_dates(text, "2022-06-09")]
    assert found[-2:] == ["2018-01", "2018-03"]


def test_minutes_or_hours_later_is_the_day_told_before() -> None:
    text = ("Police in Almaty on Tuesday detained the wife. She arrived at the consulate shortly "
            "after 10 a.m. About 15 minutes later, officers pushed her into a police van. Two "
            "hours later she was released.")
    found = [(d.text, d.edtf) for d in find_dates(text, "2021-03-04")]
    assert found == [("Tuesday", "2021-03-02"), ("15 minutes later", "2021-03-02"),
                     ("Two hours later", "2021-03-02")]


def test_hours_as_a_duration_date_nothing() -> None:
    assert find_dates("He was held for hours in custody and questioned for two hours.",
                      "2021-03-04") == []
