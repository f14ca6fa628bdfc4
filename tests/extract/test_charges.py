"""Charge phrases and their CHARGE codes."""

from __future__ import annotations

import pytest

from izde.extract.charges import ChargeMention, find_charges, normalise_charge
from izde.extract.model import CHARGES


def _only(sentence: str) -> ChargeMention:
    found = find_charges(sentence)
    assert len(found) == 1, found
    (m,) = found
    assert sentence[m.start : m.end] == m.text
    return m


CHARGE_PHRASES = [
    # (sentence, phrase, charge)
    ("He got 20 years for “divulging state secrets.”", "divulging state secrets", "state_secrets"),
    ("He was convicted of leaking state secrets.", "leaking state secrets", "state_secrets"),
    (
        "He was accused of illegally providing state secrets abroad.",
        "illegally providing state secrets abroad",
        "state_secrets",
    ),
    ("He was charged with stealing state secrets.", "stealing state secrets", "state_secrets"),
    ("He was charged with selling military secrets.", "selling military secrets", "state_secrets"),
    ("He was tried for the leak of state secrets.", "the leak of state secrets", "state_secrets"),
    (
        "He was tried for illegal possession of state secrets.",
        "illegal possession of state secrets",
        "state_secrets",
    ),
    ("The photos were classed as state secrets.", "state secrets", "state_secrets"),
    ("He was accused of engaging in espionage.", "espionage", "state_secrets"),
    ("He was jailed on espionage charges.", "espionage charges", "state_secrets"),
    (
        "He was convicted of spying for a foreign country.",
        "spying for a foreign country",
        "state_secrets",
    ),
    ("He was convicted of spying.", "spying", "state_secrets"),
    ("Kazakh Jailed on Spy Charge in China.", "Spy Charge", "state_secrets"),
    ("He was held on spy charges.", "spy charges", "state_secrets"),
    ("He was charged with religious extremism.", "religious extremism", "extremism"),
    ("He was sentenced for extremist crimes.", "extremist crimes", "extremism"),
    ("He was held for extremist activities.", "extremist activities", "extremism"),
    ("He was jailed on extremism charges.", "extremism charges", "extremism"),
    ("He was sentenced to nine years on extremism charges.", "extremism charges", "extremism"),
    ("He was convicted of propagating extremism.", "propagating extremism", "extremism"),
    (
        "He was convicted of promoting religious extremism.",
        "promoting religious extremism",
        "extremism",
    ),
    ("He was convicted of inciting extremism.", "inciting extremism", "extremism"),
    (
        "He was convicted of possessing extremist materials.",
        "possessing extremist materials",
        "extremism",
    ),
    (
        "He was convicted of using extremism to undermine law enforcement.",
        "using extremism to undermine law enforcement",
        "extremism",
    ),
    ("He was convicted of extremism.", "extremism", "extremism"),
    ("He was accused of “national separatism.”", "national separatism", "separatism"),
    ("He was accused of ethnic separatism.", "ethnic separatism", "separatism"),
    ("He was accused of splittism.", "splittism", "separatism"),
    ("He was accused of separatism.", "separatism", "separatism"),
    ("He was accused of inciting separatism.", "inciting separatism", "separatism"),
    ("He was accused of incitement to separatism.", "incitement to separatism", "separatism"),
    ("He was accused of splitting the country.", "splitting the country", "separatism"),
    ("He was accused of separatist activities.", "separatist activities", "separatism"),
    ("He was accused of undermining national unity.", "undermining national unity", "separatism"),
    ("He was convicted of terrorism.", "terrorism", "terrorism"),
    ("He was convicted of terrorist activities.", "terrorist activities", "terrorism"),
    ("He was held on terrorism charges.", "terrorism charges", "terrorism"),
    ("He was convicted of advocating terrorism.", "advocating terrorism", "terrorism"),
    (
        "He was convicted of participating in a terrorist organization.",
        "participating in a terrorist organization",
        "terrorism",
    ),
    ("He was convicted of financing terrorism.", "financing terrorism", "terrorism"),
    (
        "He was convicted of preparing to carry out terrorist activities.",
        "preparing to carry out terrorist activities",
        "terrorism",
    ),
    ("He was held on terror charges.", "terror charges", "terrorism"),
    (
        "He got 10 years for inciting racial hatred.",
        "inciting racial hatred",
        "inciting_ethnic_hatred",
    ),
    (
        "He got 10 years for inciting ethnic hatred.",
        "inciting ethnic hatred",
        "inciting_ethnic_hatred",
    ),
    (
        "He faced prison for “inter-ethnic incitement.”",
        "inter-ethnic incitement",
        "inciting_ethnic_hatred",
    ),
    (
        "He faced prison for interethnic incitement.",
        "interethnic incitement",
        "inciting_ethnic_hatred",
    ),
    ("He was charged with inciting discord.", "inciting discord", "inciting_ethnic_hatred"),
    (
        "He was charged with sowing ethnic discord.",
        "sowing ethnic discord",
        "inciting_ethnic_hatred",
    ),
    (
        "He was charged with inciting national discord.",
        "inciting national discord",
        "inciting_ethnic_hatred",
    ),
    (
        "He was charged with incitement of ethnic hatred.",
        "incitement of ethnic hatred",
        "inciting_ethnic_hatred",
    ),
    (
        "He was charged with stirring up ethnic hatred.",
        "stirring up ethnic hatred",
        "inciting_ethnic_hatred",
    ),
    (
        "He was charged with inciting ethnic hatred and discrimination.",
        "inciting ethnic hatred and discrimination",
        "inciting_ethnic_hatred",
    ),
    (
        "He was charged with inciting social, national or religious discord.",
        "inciting social, national or religious discord",
        "inciting_ethnic_hatred",
    ),
    ("He was charged with inciting hatred.", "inciting hatred", "inciting_ethnic_hatred"),
    (
        "They were accused of illegally entering Kazakhstan.",
        "illegally entering Kazakhstan",
        "illegal_border_crossing",
    ),
    (
        "They were accused of illegally entering the country.",
        "illegally entering the country",
        "illegal_border_crossing",
    ),
    (
        "They were convicted of entering the country illegally.",
        "entering the country illegally",
        "illegal_border_crossing",
    ),
    (
        "They were convicted of illegal border crossing.",
        "illegal border crossing",
        "illegal_border_crossing",
    ),
    (
        "They were convicted of crossing the border illegally.",
        "crossing the border illegally",
        "illegal_border_crossing",
    ),
    (
        "They were convicted of illegally crossing the state border.",
        "illegally crossing the state border",
        "illegal_border_crossing",
    ),
    (
        "They were convicted of illegal crossing of the state border.",
        "illegal crossing of the state border",
        "illegal_border_crossing",
    ),
    ("They were convicted of illegal entry.", "illegal entry", "illegal_border_crossing"),
    ("He was convicted of fraud.", "fraud", "fraud"),
    ("He was convicted on fraud charges.", "fraud charges", "fraud"),
    ("He was convicted of financial fraud.", "financial fraud", "fraud"),
    ("He was convicted of swindling.", "swindling", "fraud"),
    (
        "He was held for “picking quarrels and provoking trouble.”",
        "picking quarrels and provoking trouble",
        "picking_quarrels",
    ),
    (
        "He was held for picking quarrels and causing trouble.",
        "picking quarrels and causing trouble",
        "picking_quarrels",
    ),
    ("He was held for picking quarrels.", "picking quarrels", "picking_quarrels"),
    ("He was held for provoking trouble.", "provoking trouble", "picking_quarrels"),
    (
        "He was held for seeking disputes and provoking trouble.",
        "seeking disputes and provoking trouble",
        "picking_quarrels",
    ),
    (
        "He was held for picking fights and provoking trouble.",
        "picking fights and provoking trouble",
        "picking_quarrels",
    ),
    ("He was convicted of bribery.", "bribery", "other"),
    ("He was convicted of accepting bribes.", "accepting bribes", "other"),
    (
        "He was convicted of gathering a crowd to disturb public order.",
        "gathering a crowd to disturb public order",
        "other",
    ),
    (
        "He was convicted of using a cult to undermine law enforcement.",
        "using a cult to undermine law enforcement",
        "other",
    ),
    (
        "He was convicted of organizing and using a cult to undermine the implementation of the "
        "law.",
        "organizing and using a cult to undermine the implementation of the law",
        "other",
    ),
    (
        "He was convicted of inciting subversion of state power.",
        "inciting subversion of state power",
        "other",
    ),
    ("He was convicted of embezzlement.", "embezzlement", "other"),
    ("He was convicted of spreading false information.", "spreading false information", "other"),
    ("He was convicted of illegal religious activities.", "illegal religious activities", "other"),
    ("He was convicted of disturbing public order.", "disturbing public order", "other"),
    ("He was convicted of obstructing official duties.", "obstructing official duties", "other"),
    ("He was convicted of treason.", "treason", "other"),
    ("He was charged with human trafficking.", "human trafficking", "other"),
    ("He was convicted of leaking a state secret.", "leaking a state secret", "state_secrets"),
    (
        "They were held for illegally leaving the country.",
        "illegally leaving the country",
        "illegal_border_crossing",
    ),
    (
        "He was convicted of membership in an extremist organization.",
        "extremist organization",
        "extremism",
    ),
    ("He was charged with incitement to hatred.", "incitement to hatred", "inciting_ethnic_hatred"),
    ("He was charged with hooliganism.", "hooliganism", "other"),
]


@pytest.mark.parametrize(
    "sentence, phrase, charge", CHARGE_PHRASES, ids=[c[1] for c in CHARGE_PHRASES]
)
def test_charge(sentence: str, phrase: str, charge: str) -> None:
    m = _only(sentence)
    assert (m.text, m.charge) == (phrase, charge)


def test_every_found_charge_is_in_the_vocabulary() -> None:
    found = [c.charge for s, _, _ in CHARGE_PHRASES for c in find_charges(s)]
    assert set(found) <= set(CHARGES)
    assert set(found) == set(CHARGES)


def test_two_charges_in_one_phrase() -> None:
    text = "on charges of “national separatism” and “religious extremism” in 2017"
    found = find_charges(text)
    assert [(c.text, c.charge) for c in found] == [
        ("national separatism", "separatism"),
        ("religious extremism", "extremism"),
    ]
    assert all(text[c.start : c.end] == c.text for c in found)


def test_charge_spans_are_exact_in_longer_text() -> None:
    text = "Musakhanuly was jailed for spying. Later, his cousin was held for fraud charges."
    found = find_charges(text)
    assert [(text[c.start : c.end], c.charge) for c in found] == [
        ("spying", "state_secrets"),
        ("fraud charges", "fraud"),
    ]


NOT_CHARGES = [
    "The counter-terrorism campaign intensified.",
    "The anti-extremism law was passed.",
    "An anti-terrorism law took effect.",
    "He was detained at the border.",
    "They crossed the border at Khorgos.",
    "He entered the country on a visa.",
    "He loves spy novels.",
    "He was accused of nothing at all.",
    "The state kept its secrets.",
    "Officials fear social unrest.",
    "The terrace was closed.",
    "He fraudulently smiled.",
]


@pytest.mark.parametrize("sentence", NOT_CHARGES)
def test_not_a_charge(sentence: str) -> None:
    assert find_charges(sentence) == []


NORMALISE = [
    ("divulging state secrets", "state_secrets"),
    ("Divulging State Secrets", "state_secrets"),
    ("spy charge", "state_secrets"),
    ("on extremism charges", "extremism"),
    ("inciting separatism", "separatism"),
    ("inter-ethnic incitement", "inciting_ethnic_hatred"),
    ("crossing the border illegally", "illegal_border_crossing"),
    ("picking quarrels and provoking trouble", "picking_quarrels"),
    ("bribery", "other"),
    ("he was detained", None),
    ("", None),
]


@pytest.mark.parametrize("phrase, charge", NORMALISE, ids=[c[0] or "empty" for c in NORMALISE])
def test_normalise_charge(phrase: str, charge: str | None) -> None:
    assert normalise_charge(phrase) == charge


def test_normalise_charge_prefers_the_longest_phrase() -> None:
    assert normalise_charge("using extremism to undermine law enforcement") == "extremism"


def test_charges_found_in_a_long_text_match_those_found_per_sentence() -> None:
    sentences = [c[0] for c in CHARGE_PHRASES]
    text = " ".join(sentences)
    found = find_charges(text)
    assert all(text[c.start : c.end] == c.text for c in found)
    assert [(c.text, c.charge) for c in found] == [(c[1], c[2]) for c in CHARGE_PHRASES]


def test_charges_found_when_lower_casing_changes_the_text_length() -> None:
    text = "İstanbul court: he was convicted of spying."
    (m,) = find_charges(text)
    assert (text[m.start : m.end], m.charge) == ("spying", "state_secrets")
