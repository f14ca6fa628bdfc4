"""Several persons joined as one subject or object: every one of them has the event."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_three_names_in_a_list_share_the_sentence() -> None:
    text = "Serik Abilov, Marat Tasbolat and Ainur Kemel were sentenced to six years in prison."
    found = events_by_name(run(text))
    assert {(n, "sentencing") for n in ("Serik Abilov", "Marat Tasbolat", "Ainur Kemel")} <= found


def test_three_names_as_object_share_the_detention() -> None:
    text = "Police detained Serik Abilov, Marat Tasbolat and Ainur Kemel in Zhanaozen."
    found = events_by_name(run(text))
    assert {(n, "detention") for n in ("Serik Abilov", "Marat Tasbolat", "Ainur Kemel")} <= found


def test_name_and_kin_apposition_are_both_subjects() -> None:
    text = "Serik Abilov and his wife, Gulnara Abilova, were detained at the airport."
    found = events_by_name(run(text))
    assert {("Serik Abilov", "detention"), ("Gulnara Abilova", "detention")} <= found


def test_possessor_of_the_kin_is_not_a_subject() -> None:
    text = "Serik Abilov's wife, Gulnara Abilova, was detained at the airport."
    found = events_by_name(run(text))
    assert ("Gulnara Abilova", "detention") in found
    assert ("Serik Abilov", "detention") not in found


def test_speaker_before_a_reported_clause_is_not_joined() -> None:
    text = "Serik Abilov said that Marat Tasbolat was detained at the airport."
    assert events_by_name(run(text)) == {("Marat Tasbolat", "detention")}


def test_names_separated_by_a_clause_are_not_a_list() -> None:
    text = "Serik Abilov met Marat Tasbolat, who was detained at the airport later."
    assert ("Serik Abilov", "detention") not in events_by_name(run(text))
