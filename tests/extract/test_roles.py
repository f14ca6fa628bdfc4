"""Roles, relations and attributes of persons, each from wording that generalises."""

from __future__ import annotations

import pytest

from extract.extract_helpers import attr_of, roles_of, run

A, B = "Askar Azatbek", "Bolat Seitov"
ROLES = [
    ("victim_from_event", f"{A} was detained in 2017.", A, "victim"),
    ("relative_of_victim", f"{A} was detained. {B}, his brother, spoke out.", B, "relative"),
    ("relative_sister_apposition", f"{A} was jailed, said his older sister, Gulnar Seitova.",
     "Gulnar Seitova", "relative"),
    ("lawyer_possessive", f"{A}'s lawyer {B} told reporters.", B, "lawyer"),
    ("lawyer_apposition", f"{B}, a human rights lawyer, spoke.", B, "lawyer"),
    ("official_deputy_chief", f"{B}, the deputy chief of the National Security Committee, "
     "spoke.", B, "official"),
    ("official_ambassador_title", "China's Ambassador in Kazakhstan Zhang Xiao spoke.",
     "Zhang Xiao", "official"),
    ("official_worked_at_consulate", f"{B}, who worked at Kazakhstan's consulate, left.", B,
     "official"),
    ("official_employee_called", "A consulate employee called Gu Ming phoned.", "Gu Ming",
     "official"),
    ("official_deputy_director", "It sent its deputy director Tan Tianxing.", "Tan Tianxing",
     "official"),
    ("researcher_doctoral_student", f"{B}, a doctoral student at a university, said so.", B,
     "researcher"),
    ("researcher_manages_database", f"{B}, who manages the Transitional Justice Database, "
     "said so.", B, "researcher"),
    ("activist_members", f"Atajurt members {A} and {B} held a press conference.", B, "activist"),
    ("activist_founder", f"Atajurt founder {B} spoke.", B, "activist"),
    ("activist_runs_group", f"{B}, who runs the remnants of Atajurt, laments it.", B,
     "activist"),
    ("activist_campaigners_like", f"Campaigners like {B} seized on it.", B, "activist"),
    ("activist_protest", f"Last February, {B} staged a one-man protest outside the consulate.",
     B, "activist"),
    ("activist_picketing", f"{B} began picketing the consulate.", B, "activist"),
    ("journalist_byline", "Text.\n\nReported by Qiao Long for RFA.", "Qiao Long", "journalist"),
    ("journalist_is_a", f"Text.\n\n{B} is a journalist based in Almaty.", B, "journalist"),
]


@pytest.mark.parametrize("text,who,role", [c[1:] for c in ROLES], ids=[c[0] for c in ROLES])
def test_role(text: str, who: str, role: str) -> None:
    assert role in roles_of(run(text), who)


def test_journalist_is_never_victim() -> None:
    ex = run(f"{A} was detained.\n\nReported by Qiao Long for RFA.")
    assert roles_of(ex, "Qiao Long") == {"journalist"}


@pytest.mark.parametrize("text", [
    f"{B} waited in Almaty. A Kazakh diplomat told {B} in 2022 that nothing was known.",
    f"{B} gave interviews. In 2021 two officers warned {B} to stop.",
    f"{B} wrote letters. Activists met {B} outside the consulate.",
])
def test_a_title_word_with_a_verb_before_the_name_gives_the_name_no_role(text: str) -> None:
    assert roles_of(run(text), B) & {"official", "activist"} == set()


@pytest.mark.parametrize("text", [
    f"Deputy chief of the Ili police {B} declined to comment.",
    f"A camp employee called {B} handed out the uniforms.",
])
def test_a_title_word_before_the_name_still_gives_the_role(text: str) -> None:
    assert "official" in roles_of(run(text), B)


def test_official_without_event_is_not_victim() -> None:
    assert "victim" not in roles_of(run(f"Ambassador {B} said {A} was jailed."), B)


RELATIONS = [
    ("older_sister_apposition", f"{A} was jailed, said his older sister, Gulnar Seitova.",
     ("Gulnar Seitova", "sibling", A)),
    ("possessive_mother", f"{B} protested. Shortly after, {B}'s mother, Zauatkhan Tursyn, "
     "joined.", ("Zauatkhan Tursyn", "parent", B)),
    ("brother_after_name", f"{B} spoke about his brother {A}.", (A, "sibling", B)),
    ("name_then_possessive_kin", f"{A}, {B}'s husband, was held.", (A, "spouse", B)),
    ("her_husband_apposition", f"Aisha Nurova said her husband, {A}, vanished.",
     (A, "spouse", "Aisha Nurova")),
    ("son_apposition", f"{B} said his son, {A}, was missing.", (A, "child", B)),
]


@pytest.mark.parametrize("text,rel", [c[1:] for c in RELATIONS], ids=[c[0] for c in RELATIONS])
def test_relation(text: str, rel: tuple[str, str, str]) -> None:
    ex = run(text)
    names = {p.key: p.name for p in ex.persons}
    assert rel in {(names[r.subject], r.type, names[r.object]) for r in ex.relations}


def test_relation_evidence_quotes_the_text() -> None:
    text = f"{A} was jailed, said his older sister, Gulnar Seitova."
    r = run(text).relations[0]
    assert text[r.evidence.start:r.evidence.end] == r.evidence.quote


ATTRIBUTES = [
    ("age_apposition", f"{A}, 47, had retired.", A, "age", 47),
    ("age_year_old", f"The 44-year-old {A} spoke.", A, "age", 44),
    ("age_year_old_kin", f"{B} said his 30-year-old brother, {A}, was held.", A, "age", 30),
    ("gender_sister", f"{A} was jailed, said his older sister, Gulnar Seitova.",
     "Gulnar Seitova", "gender", "female"),
    ("gender_brother", f"{B} said his brother, {A}, was held.", A, "gender", "male"),
    ("gender_pronoun_she", f"{A} said she was afraid.", A, "gender", "female"),
    ("gender_pronoun_he", f"{A} said he was afraid.", A, "gender", "male"),
    ("gender_ms", f"Ms {A} declined.", A, "gender", "female"),
    ("gender_mr", f"Mr {A} declined.", A, "gender", "male"),
    ("ethnicity_ethnic", f"{A}, an ethnic Kazakh, lives in Almaty.", A, "ethnicity", "Kazakh"),
    ("ethnicity_uighur_spelling", f"{A} is an ethnic Uighur.", A, "ethnicity", "Uyghur"),
    ("citizenship_kazakh_citizen", f"{A} is now a Kazakh citizen.", A, "citizenship", "KZ"),
    ("citizenship_both_nationals", f"{A} and {B}, both Kazakhstan nationals, spoke.", B,
     "citizenship", "KZ"),
    ("occupation_apposition", f"Her husband, {A}, a retired oil worker, vanished.", A,
     "occupation", "retired oil worker"),
    ("occupation_before", f"Former student {A} was detained.", A, "occupation",
     "former student"),
]


@pytest.mark.parametrize("text,who,prop,value", [c[1:] for c in ATTRIBUTES],
                         ids=[c[0] for c in ATTRIBUTES])
def test_attribute(text: str, who: str, prop: str, value: object) -> None:
    assert value in attr_of(run(text), who, prop)


def test_ethnicity_not_given_when_two_persons_in_sentence() -> None:
    assert attr_of(run(f"{A} met {B}, an ethnic Kazakh."), A, "ethnicity") == []


def test_no_gender_without_evidence() -> None:
    assert attr_of(run(f"{A} and {B} met."), A, "gender") == []
