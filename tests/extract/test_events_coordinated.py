"""Participles coordinated after one auxiliary share it: "was detained and beaten" states a
detention and an assault, each from its own word. Questioning told with an arrest is part of
that custody, not harassment. Names are invented."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run

N = "Aigul Sadykova"


@pytest.mark.parametrize(("sentence", "kind"), [
    ("was detained and beaten by police in 2021.", "assault"),
    ("was detained and beaten by police in 2021.", "detention"),
    ("was arrested, interrogated and tortured in 2021.", "torture"),
    ("was summoned, threatened and later deported in 2021.", "deportation"),
    ("was summoned, threatened and later deported in 2021.", "threat"),
    ("had been harassed and threatened for months.", "threat"),
    ("was questioned and intimidated by police in 2021.", "threat"),
    ("was detained and taken to a camp in 2018.", "internment"),
    ("was detained and taken to a camp in 2018.", "detention"),
])
def test_each_coordinated_participle_states_its_event(sentence: str, kind: str) -> None:
    assert (N, kind) in events_by_name(run(f"{N} {sentence}"))


def test_negation_reaches_every_coordinated_participle() -> None:
    found = events_by_name(run(f"{N} was not arrested and beaten, police said."))
    assert (N, "detention") not in found and (N, "assault") not in found


def test_questioning_during_an_arrest_is_not_harassment() -> None:
    found = events_by_name(run(f"{N} was arrested, interrogated and tortured in 2021."))
    assert (N, "harassment") not in found


def test_summons_before_a_detention_is_not_harassment() -> None:
    assert (N, "harassment") not in events_by_name(run(f"{N} was summoned and detained in 2021."))


def test_harassment_told_beside_a_detention_stays() -> None:
    found = events_by_name(run(f"{N} was harassed for years and detained in 2021."))
    assert (N, "harassment") in found


def test_words_that_are_no_event_add_none() -> None:
    assert not events_by_name(run(f"{N} was born and raised in Ghulja."))


def test_summoned_and_did_not_return_is_a_detention_not_harassment() -> None:
    text = ("In July 2018, Mr. Daulet Tolegenuly was summoned to the township police station and "
            "did not return.")
    found = events_by_name(run(text))
    assert ("Daulet Tolegenuly", "detention") in found
    assert ("Daulet Tolegenuly", "harassment") not in found
