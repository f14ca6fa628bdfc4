"""Penalty lengths: prison terms, detention periods, life and death sentences."""

from __future__ import annotations

import pytest

from izde.extract.terms import TermMention, find_terms, parse_number


def _only(sentence: str) -> TermMention:
    found = find_terms(sentence)
    assert len(found) == 1, found
    (m,) = found
    assert sentence[m.start : m.end] == m.text
    return m


TERMS = [
    # (sentence, phrase, years, unit)
    ("What he got was a 20-year sentence for spying.", "20-year sentence", 20, "year"),
    ("He received a nine-year prison sentence.", "nine-year prison sentence", 9, "year"),
    ("He is serving a 10-year sentence in Xinjiang.", "10-year sentence", 10, "year"),
    ("He got a 20 year sentence.", "20 year sentence", 20, "year"),
    ("He was handed a three-year suspended sentence.", "three-year suspended sentence", 3, "year"),
    ("He earned a 10-day jail term for protesting.", "10-day jail term", 10 / 365, "day"),
    (
        "He faces a 15-day administrative detention.",
        "15-day administrative detention",
        15 / 365,
        "day",
    ),
    ("He served a six-month prison term.", "six-month prison term", 0.5, "month"),
    ("He served a 12-year term in prison.", "12-year term", 12, "year"),
    ("He was sentenced to 12 years' imprisonment.", "12 years' imprisonment", 12, "year"),
    ("He was sentenced to 12 years’ imprisonment.", "12 years’ imprisonment", 12, "year"),
    ("He was sentenced to 10 years in prison.", "10 years in prison", 10, "year"),
    ("He was sentenced to 10 years in jail.", "10 years in jail", 10, "year"),
    ("He was sentenced to 10 years behind bars.", "10 years behind bars", 10, "year"),
    ("He was given nine years.", "nine years", 9, "year"),
    ("He was jailed for 12 years on Monday.", "12 years", 12, "year"),
    ("Bilash faced seven years imprisonment.", "seven years imprisonment", 7, "year"),
    ("He was sentenced to seven years of imprisonment.", "seven years of imprisonment", 7, "year"),
    ("He was sentenced to 18 months.", "18 months", 1.5, "month"),
    ("He was sentenced to two and a half years.", "two and a half years", 2.5, "year"),
    ("He was sentenced to two years and a half.", "two years and a half", 2.5, "year"),
    ("He was sentenced to a year and a half.", "a year and a half", 1.5, "year"),
    ("He was sentenced to half a year.", "half a year", 0.5, "year"),
    (
        "He was sentenced to five years and six months in prison.",
        "five years and six months in prison",
        5.5,
        "year",
    ),
    ("He was sentenced to five years, six months.", "five years, six months", 5.5, "year"),
    (
        "He got 15 days of administrative detention.",
        "15 days of administrative detention",
        15 / 365,
        "day",
    ),
    ("He got 10 days in detention.", "10 days in detention", 10 / 365, "day"),
    ("He was held for two weeks.", "two weeks", 14 / 365, "week"),
    ("He was sentenced to twenty-one years.", "twenty-one years", 21, "year"),
    ("He was sentenced to twenty one years.", "twenty one years", 21, "year"),
    ("He was jailed for a year.", "a year", 1, "year"),
    ("He was jailed for one year.", "one year", 1, "year"),
    ("He was jailed for 1.5 years.", "1.5 years", 1.5, "year"),
    (
        "He spent 18 months in a re-education camp.",
        "18 months in a re-education camp",
        1.5,
        "month",
    ),
    ("He spent three years in a labour camp.", "three years in a labour camp", 3, "year"),
    ("He has been in jail for about six years now.", "six years", 6, "year"),
    ("He was sentenced to 10 years after a closed trial.", "10 years", 10, "year"),
    ("He was sentenced to 3 yrs in prison.", "3 yrs in prison", 3, "year"),
    ("He got a six-and-a-half-year sentence.", "six-and-a-half-year sentence", 6.5, "year"),
    ("He spent 15 days in a detention center.", "15 days in a detention center", 15 / 365, "day"),
    (
        "He got 15 days' administrative detention.",
        "15 days' administrative detention",
        15 / 365,
        "day",
    ),
    ("Twenty years in prison awaited him.", "Twenty years in prison", 20, "year"),
    ("He got a 20-year jail term.", "20-year jail term", 20, "year"),
    ("He got a 20-year term.", "20-year term", 20, "year"),
    ("He faced between 10 and 15 years in prison.", "15 years in prison", 15, "year"),
    ("He served a two-year-long sentence.", "two-year-long sentence", 2, "year"),
]


@pytest.mark.parametrize("sentence, phrase, years, unit", TERMS, ids=[c[1] for c in TERMS])
def test_term(sentence: str, phrase: str, years: float, unit: str) -> None:
    m = _only(sentence)
    assert (m.text, m.kind, m.unit) == (phrase, "term", unit)
    assert m.years == pytest.approx(years)


def test_vague_term_has_no_years() -> None:
    m = _only("He was sentenced to several years in prison.")
    assert (m.text, m.years, m.kind) == ("several years in prison", None, "term")


FIXED = [
    # (sentence, phrase, kind)
    ("He was sentenced to life imprisonment.", "life imprisonment", "life"),
    ("He is serving a life sentence.", "life sentence", "life"),
    ("He got life in prison.", "life in prison", "life"),
    ("He was given a life term.", "life term", "life"),
    ("He was sentenced to life for separatism.", "sentenced to life", "life"),
    ("He received a death sentence.", "death sentence", "death"),
    ("He faces the death penalty.", "death penalty", "death"),
    ("He was sentenced to death in 2019.", "sentenced to death", "death"),
    ("He was condemned to death.", "condemned to death", "death"),
    ("He got death with a two-year reprieve.", "death with a two-year reprieve", "suspended_death"),
    (
        "He got a death sentence with a two-year reprieve.",
        "death sentence with a two-year reprieve",
        "suspended_death",
    ),
    (
        "He got the death penalty with a 2-year suspension.",
        "death penalty with a 2-year suspension",
        "suspended_death",
    ),
    ("He got a suspended death sentence.", "suspended death sentence", "suspended_death"),
    (
        "He got a death sentence, suspended for two years.",
        "death sentence, suspended for two years",
        "suspended_death",
    ),
    ("He got death with reprieve.", "death with reprieve", "suspended_death"),
]


@pytest.mark.parametrize("sentence, phrase, kind", FIXED, ids=[c[1] for c in FIXED])
def test_life_or_death(sentence: str, phrase: str, kind: str) -> None:
    m = _only(sentence)
    assert (m.text, m.kind, m.years, m.unit) == (phrase, kind, None, "")


NOT_TERMS = [
    "A 47-year-old man was detained.",
    "A 47 year old man was detained.",
    "He is 47 years old.",
    "She was 30 years of age.",
    "Three years later she learned of it.",
    "Two days later he was charged.",
    "He was detained two years ago.",
    "The sentence emerged three years after his disappearance.",
    "He was detained in 2018.",
    "He was detained on Dec. 7, 2017.",
    "His brother is two years older.",
    "He had to report twice a week.",
    "He reports to police once a month.",
    "He calls every two weeks.",
    "His friendship would one day land him in prison.",
    "He lived a long life in the village.",
    "His death was reported by his family.",
    "The five-year plan was announced.",
    "A three-year-old child waited.",
    "Some 1,300 camps were built.",
    "In recent years, arrests rose.",
    "He was held for years.",
    "He recalled the day of his arrest.",
    "Every day he was beaten.",
    "He was detained a day after his return.",
    "He lost his life in custody.",
    "His death in prison was reported.",
    "He worked there for decades.",
]


@pytest.mark.parametrize("sentence", NOT_TERMS)
def test_not_a_term(sentence: str) -> None:
    assert find_terms(sentence) == []


def test_terms_in_text_order() -> None:
    text = "He got a 20-year sentence; his brother, 10 years in prison; his father, death."
    found = find_terms(text)
    assert [(t.text, t.years) for t in found] == [
        ("20-year sentence", 20.0),
        ("10 years in prison", 10.0),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_longer_phrase_wins_over_its_parts() -> None:
    found = find_terms("He was sentenced to death with a two-year reprieve.")
    assert [t.kind for t in found] == ["suspended_death"]


NUMBERS = [
    ("nine", 9),
    ("Nine", 9),
    ("12", 12),
    ("1.5", 1.5),
    ("1,000", 1000),
    ("twenty-one", 21),
    ("twenty one", 21),
    ("twenty", 20),
    ("ninety-nine", 99),
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("half", 0.5),
    ("a half", 0.5),
    ("two and a half", 2.5),
    ("one hundred", 100),
    ("a dozen", 12),
    ("zero", 0),
    ("eleven", 11),
    ("nineteen", 19),
]


@pytest.mark.parametrize("word, value", NUMBERS, ids=[c[0] for c in NUMBERS])
def test_parse_number(word: str, value: float) -> None:
    assert parse_number(word) == value


@pytest.mark.parametrize("word", ["", "several", "many", "years", "twelfth", "1,00", "x1"])
def test_parse_number_rejects(word: str) -> None:
    assert parse_number(word) is None


def test_terms_found_in_a_long_text_match_those_found_per_sentence() -> None:
    sentences = [c[0] for c in TERMS] + [c[0] for c in FIXED]
    text = " ".join(sentences)
    found = find_terms(text)
    assert all(text[t.start : t.end] == t.text for t in found)
    assert [(t.text, t.kind) for t in found] == [(_only(s).text, _only(s).kind) for s in sentences]
