"""Background clauses (pluperfect, a reason, a state "since" a date) date no event of the
sentences around them (``event_dates.is_background``)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.dates import find_dates
from izde.extract.event_dates import is_background


def _background(text: str) -> bool:
    (d,) = find_dates(text, "2021-06-05")
    return is_background(text, d)


def test_a_pluperfect_clause_is_background() -> None:
    assert _background("My permit had expired in March because the office never answered.")


def test_a_pluperfect_clause_after_its_date_is_background() -> None:
    assert _background("In March he had already left the country.")


def test_a_reason_clause_is_background() -> None:
    assert _background("She left because her visa was cancelled in May.")


def test_a_state_since_a_date_is_background() -> None:
    assert _background("He has been held there since December.")


def test_a_simple_past_event_is_foreground() -> None:
    assert not _background("He was detained in March.")


def test_a_reason_after_the_date_leaves_the_date_in_the_foreground() -> None:
    assert not _background("He was detained in March because he had prayed.")


def test_a_reported_pluperfect_is_the_told_event() -> None:
    assert not _background("Police said he had been detained on 4 May.")


def test_a_pluperfect_in_a_later_coordinated_clause_leaves_the_date_in_the_foreground() -> None:
    assert not _background("On 3 May police came, and they had a warrant.")


def test_a_causative_have_is_no_pluperfect() -> None:
    assert not _background("He had his passport taken in June.")


def test_a_clause_of_simultaneity_is_foreground() -> None:
    assert not _background("As he was walking home in March, police detained him.")


def test_a_birth_year_dates_no_event() -> None:
    ex = run("Ablet Dilmurat, born 1991, who had lived in Almaty since 2017, was expelled from "
             "Kazakhstan.")
    assert [e.date for e in ex.events if e.type == "deportation"] == [None]


def test_a_birth_year_in_the_sentence_before_dates_no_event() -> None:
    ex = run("Oralbek Mukhtaruly, born 1990, crossed the border. He is being held by the Border "
             "Service in Zharkent.")
    assert [e.date for e in ex.events if e.type == "detention"] == [None]
