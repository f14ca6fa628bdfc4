"""Credit lines listing several journalists: every listed name is a journalist."""

from __future__ import annotations

from extract.extract_helpers import person_names, roles_of, run
from izde.extract.bylines import byline_spans


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in byline_spans(text)]


def test_two_reporters_with_their_cities() -> None:
    text = "(Reporting by Anna Kowalska in Bishkek and Wei Tao in Shanghai; Editing by John Reed)"
    assert _names(text) == ["Anna Kowalska", "Wei Tao", "John Reed"]


def test_given_name_first_chinese_name_in_a_credit_is_a_journalist() -> None:
    text = "Story text.\n\n(Reporting by Anna Kowalska in Bishkek and Lei Song in Beijing)"
    assert roles_of(run(text), "Lei Song") == {"journalist"}


def test_comma_separated_list_of_editors() -> None:
    text = "Edited by Anna Kowalska, Lei Song and Peter Hall"
    assert _names(text) == ["Anna Kowalska", "Lei Song", "Peter Hall"]


def test_outlet_after_a_comma_is_no_journalist() -> None:
    assert _names("By Anna Kowalska, Radio Free Asia") == ["Anna Kowalska"]


def test_place_after_a_comma_is_no_journalist() -> None:
    assert _names("By Anna Kowalska, Central Asia Bureau") == ["Anna Kowalska"]


def test_credit_names_are_not_victims() -> None:
    text = ("Yerzhan Tolegen was detained in March.\n\n"
            "(Reporting by Anna Kowalska in Almaty and Wei Tao in Beijing)")
    ex = run(text)
    assert {"Anna Kowalska", "Wei Tao"} <= person_names(ex)
    assert roles_of(ex, "Wei Tao") == {"journalist"}
