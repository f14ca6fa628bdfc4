"""Charges worded as Chinese verdicts render them, and charges told by reference to an
earlier one ("on the same charge")."""

from __future__ import annotations

import pytest

from extract.extract_helpers import run
from izde.extract.charges import find_charges
from izde.extract.model import Extraction

VERDICT_WORDINGS = [
    ("He was convicted of 'splitting the state'.", "splitting the state", "separatism"),
    ("He was found guilty of attempting to split the country.",
     "attempting to split the country", "separatism"),
    ("She was charged with incitement to split the state.", "incitement to split the state",
     "separatism"),
    ("He was accused of inciting the splitting of the country.",
     "inciting the splitting of the country", "separatism"),
    ("He was sentenced for undermining national unity.", "undermining national unity",
     "separatism"),
    ("He was jailed for secession.", "secession", "separatism"),
    ("He got five years for picking quarrels and provoking trouble.",
     "picking quarrels and provoking trouble", "picking_quarrels"),
    ("She was convicted of gathering a crowd to disrupt public order.",
     "gathering a crowd to disrupt public order", "other"),
    ("They were tried for assembling a crowd to disrupt order in a public place.",
     "assembling a crowd to disrupt order in a public place", "other"),
    ("He was convicted of subverting state power.", "subverting state power", "other"),
    ("He was charged with endangering national security.", "endangering national security",
     "other"),
    ("She was fined for obstructing official business.", "obstructing official business",
     "other"),
    ("He was jailed for harbouring criminals.", "harbouring criminals", "other"),
]


@pytest.mark.parametrize(("sentence", "phrase", "charge"), VERDICT_WORDINGS)
def test_verdict_wording_is_a_charge(sentence: str, phrase: str, charge: str) -> None:
    found = find_charges(sentence)
    assert [(c.text, c.charge) for c in found] == [(phrase, charge)]


@pytest.mark.parametrize("sentence", [
    "He did not want to split the family's land.",
    "The river divides the country in two.",
    "Their unity as a family kept them going.",
    "The business was sold in 2019.",
])
def test_everyday_splitting_and_order_are_not_charges(sentence: str) -> None:
    assert find_charges(sentence) == []


def charge_of(ex: Extraction, name: str, kind: str = "sentencing") -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    found = [e.charge for e in ex.events if e.person in keys and e.type == kind]
    assert found, [(e.person, e.type) for e in ex.events]
    return found[0]


def test_same_charge_takes_the_earlier_sentencing_charge() -> None:
    ex = run("Kanat Zhexen was sentenced to four years for illegal border crossing. A second "
             "defendant, Arman Temir, a shepherd who crossed with him, was given a one-year "
             "suspended sentence on the same charge.")
    assert charge_of(ex, "Arman Temir") == "illegal_border_crossing"


def test_similar_charges_keep_the_earlier_wording() -> None:
    ex = run("Dilshat Kerim was jailed in March for \"spreading extremism\". In May his "
             "neighbour Memet Rozi received nine years on similar charges.")
    keys = {p.key for p in ex.persons if p.name == "Memet Rozi"}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == "sentencing"]
    assert (ev.charge, ev.charge_text) == ("extremism", "spreading extremism")


def test_same_charge_prefers_a_charge_laid_over_earlier_rhetoric() -> None:
    text = ("Officials vowed to crush terrorism. Aset Nurly was convicted of fraud in 2020. "
            "For the same offence, Bolat Kairly was fined.")
    found = find_charges(text)
    assert [c.charge for c in found] == ["terrorism", "fraud", "fraud"]


def test_same_charge_with_no_earlier_charge_is_nothing() -> None:
    assert find_charges("He was sentenced on the same charge as his brother.") == []


def test_same_day_is_not_a_charge() -> None:
    assert [c.charge for c in find_charges(
        "He was convicted of fraud. On the same day his wife was released.")] == ["fraud"]


def test_verdict_charge_then_penalty_in_the_next_sentence() -> None:
    ex = run("A court document shows that Ilham Sabit was convicted of \"splitting the "
             "country\". It says he was sentenced to life imprisonment.")
    keys = {p.key for p in ex.persons if p.name == "Ilham Sabit"}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == "sentencing"]
    assert (ev.charge, ev.sentence_kind) == ("separatism", "life")


def test_coordinated_subjects_each_get_charge_and_term() -> None:
    ex = run("Two brothers, Nurbek Sadyr and Yerbol Sadyr, were sentenced to five years each "
             "for illegal border crossing.")
    got = {(p.name, e.charge, e.sentence_years) for p in ex.persons for e in ex.events
           if e.person == p.key and e.type == "sentencing"}
    assert got == {("Nurbek Sadyr", "illegal_border_crossing", 5.0),
                   ("Yerbol Sadyr", "illegal_border_crossing", 5.0)}


def test_two_names_jailed_for_quoted_charge_both_charged() -> None:
    ex = run("Abdulla Hasan and Tursun Qadir were jailed for \"separatism\" in 2018.")
    assert charge_of(ex, "Abdulla Hasan") == charge_of(ex, "Tursun Qadir") == "separatism"


def test_sentence_of_n_years_in_the_next_sentence_is_the_term() -> None:
    ex = run("Ilham Sabit was found guilty of \"picking quarrels and provoking trouble\". He "
             "received a sentence of eight years.")
    (ev,) = [e for e in ex.events if e.type == "sentencing"]
    assert (ev.charge, ev.sentence_years) == ("picking_quarrels", 8.0)


def test_statutory_term_of_up_to_is_no_sentencing() -> None:
    ex = run("Ilham Sabit faces a prison term of up to 10 years.")
    assert [e.type for e in ex.events] == []


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("She was given 10 days for holding an \"unsanctioned public event\".",
     "holding an \"unsanctioned public event"),
    ("He was fined for participating in an unauthorized rally.",
     "participating in an unauthorized rally"),
    ("He was jailed for violating the procedure for organizing and holding peaceful "
     "assemblies.", "violating the procedure for organizing and holding peaceful assemblies"),
])
def test_protest_offences_are_other_charges(sentence: str, phrase: str) -> None:
    assert [(c.text, c.charge) for c in find_charges(sentence)] == [(phrase, "other")]


def test_an_unsanctioned_rally_without_an_act_is_no_charge() -> None:
    assert find_charges("Officials said the rally was unsanctioned.") == []
