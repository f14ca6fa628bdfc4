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


# --- "their son" / "their daughter": a child of the couple ---------------------------------


def test_their_daughter_after_a_named_couple_is_the_child_of_both() -> None:
    ex = run("Yesengeldi Mukashuly was detained in 2018, his wife, Gulnaz Serikbaikyzy, said. "
             "Their daughter, Meruyert, has written to the embassy twice.")
    assert {r for r in _relations(ex) if r[0] == "Meruyert"} == {
        ("Meruyert", "child", "Yesengeldi Mukashuly"),
        ("Meruyert", "child", "Gulnaz Serikbaikyzy")}


def test_their_daughter_beside_a_wife_is_also_her_husbands_child() -> None:
    ex = run("Chinese police handed Zhoomart Joldoshbekov over at Irkeshtam. His wife, Aijamal "
             "Tynychbekova, and their daughter Begimai had been waiting since morning.")
    assert {r for r in _relations(ex) if r[0] == "Begimai"} == {
        ("Begimai", "child", "Zhoomart Joldoshbekov"),
        ("Begimai", "child", "Aijamal Tynychbekova")}


def test_their_son_without_a_known_couple_is_nobodys_child() -> None:
    # "their" may be any group: two activists are no couple
    ex = run("Serik Amanov and Dauren Bekov picketed the consulate. "
             "Their son, Nurbek, was not there.")
    assert not {r for r in _relations(ex) if r[0] == "Nurbek"}


def test_their_brother_is_not_read_as_a_child() -> None:
    ex = run("Yesengeldi Mukashuly was detained in 2018, his wife, Gulnaz Serikbaikyzy, said. "
             "Their brother, Askhat Kenzhebekuly, was not.")
    assert not {r for r in _relations(ex) if r[0] == "Askhat Kenzhebekuly" and r[1] == "child"}
