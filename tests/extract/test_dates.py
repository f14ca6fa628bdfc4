"""Date phrases in running text and their EDTF, against a publication date."""

from __future__ import annotations

import pytest

from izde.extract.dates import DateMention, find_dates, resolve_date

PUB = "2023-12-01"


def _only(sentence: str, published: str | None = PUB) -> DateMention:
    found = find_dates(sentence, published)
    assert len(found) == 1, found
    (m,) = found
    assert sentence[m.start : m.end] == m.text
    return m


ABSOLUTE = [
    ("He was arrested on Dec. 7, 2017, at the border.", "Dec. 7, 2017", "2017-12-07", "day"),
    ("He was arrested on December 7, 2017 at the border.", "December 7, 2017", "2017-12-07", "day"),
    ("He was arrested on 7 December 2017 at the border.", "7 December 2017", "2017-12-07", "day"),
    ("He was arrested on 7th December, 2017.", "7th December, 2017", "2017-12-07", "day"),
    ("He was arrested on the 7th of December 2017.", "7th of December 2017", "2017-12-07", "day"),
    ("He was arrested on 2017-12-07 in Khorgos.", "2017-12-07", "2017-12-07", "day"),
    ("The hearing was held Feb 22, 2021 in Almaty.", "Feb 22, 2021", "2021-02-22", "day"),
    ("The hearing was held Sept. 3, 2019 in Almaty.", "Sept. 3, 2019", "2019-09-03", "day"),
    ("The hearing was held Sep. 3, 2019 in Almaty.", "Sep. 3, 2019", "2019-09-03", "day"),
    ("The hearing was held September 3rd, 2019.", "September 3rd, 2019", "2019-09-03", "day"),
    ("The hearing was held Jan. 1, 2020.", "Jan. 1, 2020", "2020-01-01", "day"),
    ("It was on Monday, Dec. 7, 2015 that he left.", "Monday, Dec. 7, 2015", "2015-12-07", "day"),
    ("Born on Feb. 29, 2016 in Ghulja.", "Feb. 29, 2016", "2016-02-29", "day"),
    ("He returned in May 2017 to visit.", "May 2017", "2017-05", "month"),
    ("He returned in March 2018 to visit.", "March 2018", "2018-03", "month"),
    ("He returned in Dec. 2018 to visit.", "Dec. 2018", "2018-12", "month"),
    ("He has been held since April 2017.", "April 2017", "2017-04", "month"),
    ("He was detained in mid-May 2017.", "mid-May 2017", "2017-05", "month"),
    ("He was detained in early June 2019.", "early June 2019", "2019-06", "month"),
    ("He was detained in late December 2018.", "late December 2018", "2018-12", "month"),
    ("He was detained at the end of May 2018.", "the end of May 2018", "2018-05", "month"),
    ("He was detained in June of 2019.", "June of 2019", "2019-06", "month"),
    ("He was sentenced in 2018.", "2018", "2018", "year"),
    ("In 2016, he moved to Kazakhstan.", "2016", "2016", "year"),
    ("He has been harassed since 2016 by police.", "2016", "2016", "year"),
    ("He first spoke out in late 2019.", "late 2019", "2019", "year"),
    ("He was detained in early 2018.", "early 2018", "2018", "year"),
    ("He was detained in mid-2018.", "mid-2018", "2018", "year"),
    ("He was detained at the end of 2017.", "the end of 2017", "2017", "year"),
    ("The 2018 trial lasted a day.", "2018", "2018", "year"),
    ("Camps spread in the 1990s already.", "the 1990s", "199X", "decade"),
    ("Camps spread in the 2010s already.", "the 2010s", "201X", "decade"),
    ("Camps spread in the '90s already.", "the '90s", "199X", "decade"),
    ("He was detained in the spring of 2018.", "the spring of 2018", "2018-21", "season"),
    ("He was detained in the summer of 2018.", "the summer of 2018", "2018-22", "season"),
    ("He was detained in autumn 2018.", "autumn 2018", "2018-23", "season"),
    ("He was detained in the fall of 2018.", "the fall of 2018", "2018-23", "season"),
    ("He was detained in winter 2018.", "winter 2018", "2018-24", "season"),
    ("He was held from 2017 to 2019.", "2017 to 2019", "2017/2019", "year"),
    ("He was held between 2017 and 2019.", "2017 and 2019", "2017/2019", "year"),
    ("He was held 2017-2019 in a camp.", "2017-2019", "2017/2019", "year"),
    ("He was held 2017–19 in a camp.", "2017–19", "2017/2019", "year"),
    (
        "He was held from May 2017 to June 2018.",
        "May 2017 to June 2018",
        "2017-05/2018-06",
        "month",
    ),
    ("He was held from May to July 2018.", "May to July 2018", "2018-05/2018-07", "month"),
    (
        "He was held from Dec. 7, 2017 to Jan. 5, 2018.",
        "Dec. 7, 2017 to Jan. 5, 2018",
        "2017-12-07/2018-01-05",
        "day",
    ),
    ("He was detained Oct 26 2019 at night.", "Oct 26 2019", "2019-10-26", "day"),
    ("He was detained on 07.12.2017 in Almaty.", "07.12.2017", "2017-12-07", "day"),
    ("He was detained on 7.12.2017 in Almaty.", "7.12.2017", "2017-12-07", "day"),
    ("He was detained on 25/12/2017 in Almaty.", "25/12/2017", "2017-12-25", "day"),
    ("He was detained on 12/25/2017 in Almaty.", "12/25/2017", "2017-12-25", "day"),
    ("He was detained on 12/07/2017 in Almaty.", "12/07/2017", "2017", "year"),
    ("Camps spread in the early 1990s already.", "the early 1990s", "199X", "decade"),
    ("It happened in the early spring of 2018.", "early spring of 2018", "2018-21", "season"),
    ("He was detained in spring, 2018.", "spring, 2018", "2018-21", "season"),
    ("He was held 2019/2020 in a camp.", "2019/2020", "2019/2020", "year"),
]


@pytest.mark.parametrize(
    "sentence, phrase, edtf, precision", ABSOLUTE, ids=[c[1] for c in ABSOLUTE]
)
def test_absolute_date(sentence: str, phrase: str, edtf: str, precision: str) -> None:
    m = _only(sentence)
    assert (m.text, m.edtf, m.precision) == (phrase, edtf, precision)


def test_absolute_date_is_not_relative() -> None:
    assert not _only("He was arrested on Dec. 7, 2017.").relative


RELATIVE = [
    # (sentence, published, phrase, edtf, precision)
    ("He was detained on May 14 in Ghulja.", "2017-08-16", "May 14", "2017-05-14", "day"),
    ("He was detained on May 14 in Ghulja.", "2021-02-22", "May 14", "2020-05-14", "day"),
    ("He was detained on Aug. 16 in Almaty.", "2019-08-20", "Aug. 16", "2019-08-16", "day"),
    ("He was detained on Aug. 16 in Almaty.", "2019-08-10", "Aug. 16", "2018-08-16", "day"),
    ("He arrived on Oct. 8 in Almaty.", "2019-12", "Oct. 8", "2019-10-08", "day"),
    ("The assault occurred on January 21.", "2021-02-22", "January 21", "2021-01-21", "day"),
    ("He was detained on 14 May, they said.", "2017-08-16", "14 May", "2017-05-14", "day"),
    ("He left on Dec. 1, they said.", "2023-12-01", "Dec. 1", "2023-12-01", "day"),
    ("Dec. 20 is after publication.", "2019-12", "Dec. 20", "2019-12-20", "day"),
    ("Officials visited him this Jan. 18 again.", PUB, "this Jan. 18", "2023-01-18", "day"),
    ("Officials visit him this Dec. 18 again.", PUB, "this Dec. 18", "2023-12-18", "day"),
    ("He was detained in mid-May.", "2017-08-16", "mid-May", "2017-05", "month"),
    ("He was detained in mid-October.", "2017-08-16", "mid-October", "2016-10", "month"),
    ("He was detained in March.", "2019-12", "March", "2019-03", "month"),
    ("It was confirmed in February.", "2020", "February", "2020-02", "month"),
    ("He was detained in early March.", "2019-12", "early March", "2019-03", "month"),
    ("Last February, activists protested.", "2021-02-22", "Last February", "2020-02", "month"),
    ("He was freed last May.", PUB, "last May", "2023-05", "month"),
    ("He will be tried next March.", PUB, "next March", "2024-03", "month"),
    ("He was tried this March.", PUB, "this March", "2023-03", "month"),
    ("They were convicted last year.", "2021-02-22", "last year", "2020", "year"),
    ("They were convicted this year.", PUB, "this year", "2023", "year"),
    ("They will appeal next year.", PUB, "next year", "2024", "year"),
    ("They were convicted late last year.", PUB, "late last year", "2022", "year"),
    ("He was released earlier this year.", "2019-12", "earlier this year", "2019", "year"),
    ("He was released earlier this month.", "2021-02-22", "earlier this month", "2021-02", "month"),
    ("He was released later this month.", "2021-02-22", "later this month", "2021-02", "month"),
    ("He was detained last month.", "2017-08-16", "last month", "2017-07", "month"),
    ("He was detained last month.", "2018-01-10", "last month", "2017-12", "month"),
    ("He was detained this month.", "2018-01-10", "this month", "2018-01", "month"),
    ("He is due in court next month.", "2018-12-10", "next month", "2019-01", "month"),
    ("He was detained last week.", "2021-02-22", "last week", "2021-02-15/2021-02-21", "day"),
    ("He was detained this week.", "2021-02-24", "this week", "2021-02-22/2021-02-28", "day"),
    ("He was detained yesterday.", "2021-03-01", "yesterday", "2021-02-28", "day"),
    ("He was detained on Monday.", "2021-02-24", "Monday", "2021-02-22", "day"),
    ("He was detained on Wednesday.", "2021-02-24", "Wednesday", "2021-02-24", "day"),
    ("He was detained last Wednesday.", "2021-02-24", "last Wednesday", "2021-02-17", "day"),
    ("He will appear next Monday.", "2021-02-24", "next Monday", "2021-03-01", "day"),
    ("He was detained two years ago.", "2021-02-22", "two years ago", "2019", "year"),
    ("He was detained three months ago.", "2021-02-22", "three months ago", "2020-11", "month"),
    ("He was detained 10 days ago.", "2021-02-22", "10 days ago", "2021-02-12", "day"),
    ("He was detained a week ago.", "2021-02-22", "a week ago", "2021-02-15", "day"),
    ("Asylum was refused last fall.", "2021-02-22", "last fall", "2020-23", "season"),
    ("Asylum was refused last autumn.", "2023-12-01", "last autumn", "2023-23", "season"),
    ("Asylum was refused last fall.", "2020-10-05", "last fall", "2019-23", "season"),
    ("Asylum was refused last spring.", "2020-10-05", "last spring", "2020-21", "season"),
    ("Asylum was refused last summer.", "2020-07-05", "last summer", "2019-22", "season"),
    ("Asylum was refused last winter.", "2021-01-10", "last winter", "2020-24", "season"),
    ("Asylum was refused last winter.", "2021-06-10", "last winter", "2021-24", "season"),
    ("He hopes to return this spring.", "2021-02-22", "this spring", "2021-21", "season"),
    ("He returned this spring.", PUB, "this spring", "2023-21", "season"),
    ("He expects a verdict this winter.", "2020-10-05", "this winter", "2021-24", "season"),
    ("He expects a verdict next summer.", "2020-10-05", "next summer", "2021-22", "season"),
]


@pytest.mark.parametrize(
    "sentence, published, phrase, edtf, precision",
    RELATIVE,
    ids=[f"{c[2]}@{c[1]}" for c in RELATIVE],
)
def test_date_relative_to_publication(
    sentence: str, published: str, phrase: str, edtf: str, precision: str
) -> None:
    m = _only(sentence, published)
    assert (m.text, m.edtf, m.precision, m.relative) == (phrase, edtf, precision, True)


ANCHORED = [
    # (text, phrase of the last mention, edtf, precision)
    (
        "She was attacked on March 3, 2020. That same evening her neighbour was beaten.",
        "That same evening",
        "2020-03-03",
        "day",
    ),
    (
        "Police came on May 14, 2018. The same day his brother was detained.",
        "The same day",
        "2018-05-14",
        "day",
    ),
    (
        "He was arrested on Dec. 7, 2017. Three years later he was sentenced.",
        "Three years later",
        "2020",
        "year",
    ),
    (
        "He was arrested on Dec. 7, 2017. Two days later he was charged.",
        "Two days later",
        "2017-12-09",
        "day",
    ),
    (
        "He was arrested on Dec. 28, 2017. A week later he was charged.",
        "A week later",
        "2018-01-04",
        "day",
    ),
    (
        "He was arrested on Dec. 7, 2017. Six months later he was charged.",
        "Six months later",
        "2018-06",
        "month",
    ),
    (
        "He was arrested on Dec. 7, 2017. A year earlier he had moved.",
        "A year earlier",
        "2016",
        "year",
    ),
    (
        "He was arrested on Dec. 7, 2017. The next day he was charged.",
        "The next day",
        "2017-12-08",
        "day",
    ),
    (
        "He was arrested on Dec. 7, 2017. The following year he was tried.",
        "The following year",
        "2018",
        "year",
    ),
    (
        "He was arrested on Dec. 7, 2017. The previous day he had crossed.",
        "The previous day",
        "2017-12-06",
        "day",
    ),
    (
        "He was arrested in May 2017. Two days later he was charged.",
        "Two days later",
        "2017-05",
        "month",
    ),
    (
        "In 2016 he moved. But three agonizing years later she learned of it.",
        "three agonizing years later",
        "2019",
        "year",
    ),
    (
        "In 2016 he moved. Twenty-one years later she learned of it.",
        "Twenty-one years later",
        "2037",
        "year",
    ),
    (
        "He was arrested in March 2018. Later that year he was tried.",
        "Later that year",
        "2018",
        "year",
    ),
    ("He was arrested on Dec. 7, 2017. That day he was beaten.", "That day", "2017-12-07", "day"),
    (
        "He was arrested in May 2017. The same month he was charged.",
        "The same month",
        "2017-05",
        "month",
    ),
    (
        "He was arrested on Dec. 7, 2017. The next morning he was charged.",
        "The next morning",
        "2017-12-08",
        "day",
    ),
    ("He left in 2001. Two decades later he returned.", "Two decades later", "2021", "year"),
    (
        "He was detained on Dec. 7, 2017, and two days later, on Dec. 9, 2017, charged. "
        "A week later he was tried.",
        "A week later",
        "2017-12-16",
        "day",
    ),
]


@pytest.mark.parametrize(
    "text, phrase, edtf, precision", ANCHORED, ids=[c[0][:60] for c in ANCHORED]
)
def test_date_relative_to_preceding_date(text: str, phrase: str, edtf: str, precision: str) -> None:
    m = find_dates(text, PUB)[-1]
    assert text[m.start : m.end] == m.text
    assert (m.text, m.edtf, m.precision, m.relative) == (phrase, edtf, precision, True)


def test_date_after_a_dated_event_uses_that_date_as_anchor() -> None:
    text = "A day after the Dec. 9 press conference, he was detained."
    m = _only(text, "2019-12")
    assert (m.text, m.edtf, m.precision) == ("A day after the Dec. 9", "2019-12-10", "day")


def test_date_before_a_dated_event_uses_that_date_as_anchor() -> None:
    text = "Two weeks before Jan. 10, 2019, he fled."
    assert _only(text).edtf == "2018-12-27"


def test_later_without_a_preceding_date_has_no_edtf() -> None:
    m = _only("Three years later she learned he had been sentenced.")
    assert (m.edtf, m.precision, m.relative) == (None, "unknown", True)


def test_years_after_an_undated_event_has_no_edtf() -> None:
    m = _only("The sentence emerged three years after his disappearance.")
    assert (m.text, m.edtf) == ("three years after", None)


def test_later_is_not_anchored_on_an_interval() -> None:
    m = find_dates("He was held from 2017 to 2019. Two years later he left.", PUB)[-1]
    assert m.edtf is None


def test_impossible_day_is_not_read_as_a_day() -> None:
    m = _only("Nothing happened on 31 February 2019.")
    assert (m.text, m.precision) == ("February 2019", "month")


def test_impossible_month_day_keeps_month_and_year() -> None:
    m = _only("Nothing happened on Feb. 30, 2019.")
    assert (m.text, m.edtf, m.precision) == ("Feb. 30, 2019", "2019-02", "month")


def test_reversed_range_stays_two_years() -> None:
    found = find_dates("He was held between 2019 and 2017, they said.", PUB)
    assert [d.edtf for d in found] == ["2019", "2017"]


def test_month_day_without_publication_leaves_year_unspecified() -> None:
    assert _only("He was detained on May 14.", None).edtf == "XXXX-05-14"


def test_bare_month_without_publication_leaves_year_unspecified() -> None:
    assert _only("He was detained in May.", None).edtf == "XXXX-05"


def test_relative_year_without_publication_has_no_edtf() -> None:
    assert _only("He was detained last year.", None).edtf is None


def test_last_week_needs_a_publication_day() -> None:
    assert _only("He was detained last week.", "2019-12").edtf is None


def test_publication_year_only_dates_month_in_that_year() -> None:
    assert _only("He was detained on May 14.", "2020").edtf == "2020-05-14"


def test_since_is_left_out_of_the_span() -> None:
    assert _only("He has been held since April 2017.").start == len("He has been held since ")


def test_several_dates_in_text_order() -> None:
    text = "Detained in 2017, tried on Dec. 7, 2018 and freed last month."
    found = find_dates(text, PUB)
    assert [d.edtf for d in found] == ["2017", "2018-12-07", "2023-11"]
    assert all(text[d.start : d.end] == d.text for d in found)


def test_same_month_listed_with_and() -> None:
    found = find_dates("He was questioned in April and May.", PUB)
    assert [d.edtf for d in found] == ["2023-04", "2023-05"]


NOT_DATES = [
    "He earned a 10-day jail term for protesting.",
    "An estimated 1,300-1,400 camps hold detainees.",
    "A 47-year-old man was detained.",
    "He may be released soon.",
    "May he rest in peace.",
    "They planned to march on the square.",
    "March on, they shouted.",
    "He counted 12 guards.",
    "Call +7 701 2018 555 for details.",
    "His number is 555-2018 at home.",
    "He was No. 1 on the list.",
    "About 2000 people signed the letter.",
    "He paid $2019 in fines.",
    "He paid 2019 yuan in fines.",
    "The camp held 1900 detainees.",
    "April Smith wrote the report.",
    "Theresa May spoke.",
    "The mayor of the city spoke.",
    "He served as a Junior officer.",
    "In the last year he lost weight.",
    "He went to the camp 20 times.",
    "The report ran to 2018 pages.",
    "Some 30% of them were freed.",
    "Article 2019 of the code.",
    "Room 2017 was searched.",
    "The file https://example.org/news-oct-2019 is gone.",
    "Version 1.2018 was released.",
    "They paid 1,2019 tenge.",
    "The fall of the city shocked all.",
    "Prices fall sharply.",
    "The nightfall came early.",
    "He had a happy birthday.",
    "Mondays are hard for him.",
    "He marched in the spring.",
    "The years passed slowly.",
    "In recent years arrests rose.",
    "Days later he was gone.",
    "He served two years in prison.",
    "Version 3.12.2019 is out.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, PUB) == []


RESOLVE = [
    ("Dec. 7, 2017", None, "2017-12-07"),
    ("7 December 2017", None, "2017-12-07"),
    ("May", "2017-08-16", "2017-05"),
    ("October", "2017-08-16", "2016-10"),
    ("mid-May", "2017-08-16", "2017-05"),
    ("May 14", "2017-08-16", "2017-05-14"),
    ("last fall", "2021-02-22", "2020-23"),
    ("in the spring of 2018", None, "2018-21"),
    ("late 2019", None, "2019"),
    ("from 2017 to 2019", None, "2017/2019"),
    ("the 1990s", None, "199X"),
    ("last year", "2021-02-22", "2020"),
    ("no date here", PUB, None),
    ("he may be", PUB, None),
    ("", PUB, None),
]


@pytest.mark.parametrize("phrase, published, edtf", RESOLVE, ids=[c[0] or "empty" for c in RESOLVE])
def test_resolve_date(phrase: str, published: str | None, edtf: str | None) -> None:
    assert resolve_date(phrase, published) == edtf


def test_resolve_date_accepts_a_publication_with_time() -> None:
    assert resolve_date("last month", "2021-02-22T10:00:00Z") == "2021-01"


def test_spans_match_source_across_a_paragraph() -> None:
    text = (
        "But on Dec. 7, 2017, he was arrested. He moved in 2016 and was sentenced in 2018. "
        "Officials visited him this Jan. 18 and again six months later. Since April 2017, "
        "relatives protested; last fall they met; earlier this month they wrote."
    )
    found = find_dates(text, PUB)
    assert all(text[d.start : d.end] == d.text for d in found)
    assert [d.edtf for d in found] == [
        "2017-12-07",
        "2016",
        "2018",
        "2023-01-18",
        "2023-07",
        "2017-04",
        "2023-23",
        "2023-12",
    ]


def test_dates_found_in_a_long_text_match_those_found_per_sentence() -> None:
    sentences = [c[0] for c in ABSOLUTE]
    text = " ".join(sentences)
    found = find_dates(text, PUB)
    assert all(text[d.start : d.end] == d.text for d in found)
    assert [d.edtf for d in found] == [_only(s).edtf for s in sentences]


def test_a_few_years_later_is_too_vague_to_date() -> None:
    m = find_dates("He left in 2016. A few years later he was detained.", PUB)[-1]
    assert (m.text, m.edtf) == ("A few years later", None)


def test_day_after_without_a_following_date_has_no_edtf() -> None:
    m = _only("He was detained a day after his return.")
    assert (m.text, m.edtf) == ("a day after", None)


def test_for_years_after_a_long_place_name_is_no_date() -> None:
    text = "He lived in Bortala Mongol Autonomous Prefecture for years."
    assert find_dates(text, PUB) == []
    assert find_dates(text, None) == []


def test_overlapping_phrases_keep_the_longest_in_text_order() -> None:
    found = find_dates("He was held from May 2017 to June 2018 and again on 2019-03-04.", PUB)
    assert [(d.text, d.edtf) for d in found] == [
        ("May 2017 to June 2018", "2017-05/2018-06"), ("2019-03-04", "2019-03-04")]


def test_many_date_phrases_in_one_text_are_all_found() -> None:
    text = " ".join(f"On Dec. {d}, 2017 and on 2018-01-{d:02d} he was questioned."
                    for d in range(1, 29)) * 40
    assert len(find_dates(text, PUB)) == 28 * 2 * 40


def test_same_week_skips_a_coarser_later_date() -> None:
    text = ("The shop owner was detained on March 9, 2016. His cousin heard of it last month. "
            "The owner's nephew was detained the same week.")
    assert find_dates(text, "2019-05-20")[-1].edtf == "2016-03-09"


def test_days_later_counts_from_a_month_when_no_day_is_named() -> None:
    text = "She was taken in June 2015. In 2016 she wrote. Three days later she was moved."
    assert find_dates(text, "2019-05-20")[-1].edtf == "2016"


def test_same_day_does_not_reach_a_date_far_back() -> None:
    text = "He left on March 9, 2016. " + "He wrote letters. " * 100 + "In 2018 he vanished. " \
        "The same day his wife was questioned."
    assert find_dates(text, "2019-05-20")[-1].edtf == "2018"


def test_a_lower_case_month_after_a_day_is_a_date() -> None:
    from izde.extract.dates import find_dates
    text = "police came to her flat on 24 july early morning"
    assert [d.edtf for d in find_dates(text, "2025-08-14")] == ["2025-07-24"]


def test_a_lower_case_month_alone_is_a_verb() -> None:
    from izde.extract.dates import find_dates
    assert find_dates("they march to the square every may", "2025-08-14") == []


def test_a_weekly_habit_is_no_date() -> None:
    from izde.extract.dates import find_dates
    text = "they took his passport in 2017 and he must report every Monday, or on Mondays."
    assert [d.edtf for d in find_dates(text, "2019-06-14")] == ["2017"]
