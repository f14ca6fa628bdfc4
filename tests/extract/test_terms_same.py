"""A penalty told by reference to an earlier one: "received the same penalty"."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.terms import find_terms


def test_same_penalty_takes_the_earlier_term() -> None:
    text = "He was sentenced to three years in prison. His brother received the same penalty."
    same = [t for t in find_terms(text) if t.start > text.index("His")]
    assert [(t.years, t.text) for t in same] == [(3.0, "three years in prison")]


def test_same_sentence_takes_a_life_sentence() -> None:
    text = "He was sentenced to life imprisonment. His cousin was given the same sentence."
    assert [t.kind for t in find_terms(text)] == ["life", "life"]


def test_same_term_skips_a_duration_that_is_not_a_penalty() -> None:
    text = "He lived in Almaty for five years. His brother received the same penalty."
    assert find_terms(text) == [t for t in find_terms(text) if t.years == 5.0]


def test_same_day_is_no_term() -> None:
    text = "He was jailed for two years. On the same day his wife was questioned."
    assert [t.years for t in find_terms(text)] == [2.0]


def test_codefendant_with_the_same_penalty_is_sentenced_to_it() -> None:
    ex = run("Judge Serik Ualiev sentenced Bakhyt Oraz to one year in prison. His co-defendant, "
             "Nurlan Kassym, received the same penalty.")
    got = {(p.name, e.sentence_years) for p in ex.persons for e in ex.events
           if e.person == p.key and e.type == "sentencing"}
    assert got == {("Bakhyt Oraz", 1.0), ("Nurlan Kassym", 1.0)}
