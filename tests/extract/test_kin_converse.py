"""Kinship read backwards: "His son, X, said his father was detained" is about the man whose
son X is."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_his_father_is_the_man_whose_son_is_speaking() -> None:
    ex = run("Bolat Seitov ran a shop in Aksu, where he sold carpets. His son, Arman Seitov, "
             "said his father was detained in May 2018.")
    assert ("Bolat Seitov", "detention") in events_by_name(ex)
    assert ("Arman Seitov", "detention") not in events_by_name(ex)


def test_his_father_is_not_a_woman_whose_son_is_speaking() -> None:
    ex = run("Aliya Seitova ran a shop in Aksu, where she sold carpets. Her son, Arman Seitov, "
             "said his father was detained in May 2018.")
    assert not any(t == "detention" for _, t in events_by_name(ex))


def test_her_husband_is_the_man_whose_wife_she_is() -> None:
    ex = run("Nurlan Abenov taught history in Zharkent until he retired. His wife, Saule "
             "Abenova, said her husband was arrested last year.")
    assert ("Nurlan Abenov", "detention") in events_by_name(ex)


def test_a_relative_of_a_relative_is_not_that_relative() -> None:
    ex = run("My name is Aigul Nurova. Serik Abenov, my sister's husband, is a veterinarian. "
             "Police took him in 2018.")
    assert not [r for r in ex.relations if r.type == "sibling"]
