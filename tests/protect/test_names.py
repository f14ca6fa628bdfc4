"""Public names: full, partial (given name + initials) or a stable, keyed pseudonym."""

from __future__ import annotations

from izde.protect.names import partial_name, present_name, pseudonym, pseudonymous_id

SECRET = b"s" * 32


def test_full_identity_shows_the_fullest_latin_name() -> None:
    names = ["Гүлзира Әуелхан", "Gulzira", "Gulzira Auelkhan"]
    assert present_name(names, "full", "per_1", SECRET) == "Gulzira Auelkhan"


def test_partial_identity_shows_given_name_and_initials() -> None:
    assert present_name(["Omir Bekali Uly"], "partial", "per_1", SECRET) == "Omir B. U."


def test_single_word_name_stays_whole_when_partial() -> None:
    assert partial_name("Zhanargul") == "Zhanargul"


def test_anonymous_identity_hides_every_spelling() -> None:
    shown = present_name(["Gulzira Auelkhan"], "anonymous", "per_1", SECRET)
    assert "Gulzira" not in shown and "Auelkhan" not in shown
    assert shown.startswith("Person ")


def test_pseudonym_is_stable_for_one_person() -> None:
    assert pseudonym("per_abc", SECRET) == pseudonym("per_abc", SECRET)


def test_pseudonyms_differ_between_persons() -> None:
    assert pseudonym("per_abc", SECRET) != pseudonym("per_abd", SECRET)


def test_pseudonym_depends_on_the_instance_secret() -> None:
    assert pseudonym("per_abc", SECRET) != pseudonym("per_abc", b"t" * 32)


def test_pseudonymous_id_does_not_contain_the_canonical_id() -> None:
    assert "per_abc" not in pseudonymous_id("per_abc", SECRET)


def test_unknown_identity_level_is_treated_as_anonymous() -> None:
    assert present_name(["Gulzira Auelkhan"], "fulll", "per_1", SECRET).startswith("Person ")


def test_person_without_names_gets_a_pseudonym_even_when_full() -> None:
    assert present_name([], "full", "per_1", SECRET).startswith("Person ")
