"""Relatives by marriage and relatives introduced by "called"/"named"."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run
from izde.extract.model import Extraction


def _relations(ex: Extraction) -> set[tuple[str, str, str]]:
    names = {p.key: p.name for p in ex.persons}
    return {(names[r.subject], r.type, names[r.object]) for r in ex.relations}


def test_sisters_husband_is_a_relative_of_the_writer() -> None:
    ex = run("My name is Saule Akhmet. Nurbol Kasymov, my sister's husband, was held in 2018.")
    assert ("Nurbol Kasymov", "relative", "Saule Akhmet") in _relations(ex)


def test_brothers_wife_is_a_relative_not_a_sibling() -> None:
    ex = run("Saule Akhmet lives in Almaty. Dina Ermek, her brother's wife, was held in 2018.")
    assert _relations(ex) == {("Dina Ermek", "relative", "Saule Akhmet")}


def test_in_law_apposition_keeps_the_event_with_the_named_person() -> None:
    ex = run("My name is Saule Akhmet. Nurbol Kasymov, my sister's husband, was held in 2018.")
    assert events_by_name(ex) == {("Nurbol Kasymov", "detention")}


def test_unnamed_brothers_wife_gives_no_event_to_the_possessor() -> None:
    ex = run("Nurbol Kasymov lives in Almaty. His brother's wife was detained in 2018.")
    assert events_by_name(ex) == set()


def test_brothers_sentence_is_still_the_brothers() -> None:
    ex = run("Saule Akhmet said that her brother, Nurbol Kasymov, had been held. "
             "Her brother's 12-year sentence was upheld in 2020.")
    assert ("Nurbol Kasymov", "sentencing") in events_by_name(ex)


def test_relative_named_with_called_takes_the_later_pronoun() -> None:
    ex = run("Saule Akhmet, 52, lives in Almaty. She says her brother was a cotton farmer "
             "called Ermek. He was detained in 2017.")
    assert events_by_name(ex) == {("Ermek", "detention")}


def test_relative_named_with_called_is_a_sibling() -> None:
    ex = run("Saule Akhmet, 52, lives in Almaty. Her brother was a cotton farmer called Ermek.")
    assert ("Ermek", "sibling", "Saule Akhmet") in _relations(ex)


def test_unnamed_relative_still_blocks_the_pronoun() -> None:
    ex = run("Saule Akhmet, 52, lives in Almaty. She says her brother was a cotton farmer. "
             "He was detained in 2017.")
    assert events_by_name(ex) == set()


def test_detained_a_neighbour_named_x_makes_x_the_victim() -> None:
    ex = run("Police detained a neighbour named Dina Ermek in May 2018.")
    assert events_by_name(ex) == {("Dina Ermek", "detention")}


def test_detained_an_imam_called_x_makes_x_the_victim() -> None:
    ex = run("Police detained an imam called Ermek in May 2018.")
    assert events_by_name(ex) == {("Ermek", "detention")}
