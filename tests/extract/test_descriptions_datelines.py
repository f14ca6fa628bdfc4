"""Descriptive ledes after wire datelines, and which later-named person the description fits."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run
from izde.extract.descriptions import DATELINE

REUTERS = ("ASTANA/BEIJING, June 2 (Reuters) - A prominent Kazakh linguist who disappeared in "
           "Xinjiang five years ago has been sentenced to life imprisonment for \"separatism\", "
           "according to a court document seen by Reuters.\n\n"
           "Bakhyt Amanzhol, a lecturer at a college in Altay, was last seen in 2018.")
MOTHER = ("Almaty, Kazakhstan -- A 71-year-old Uyghur woman held for three years in a camp "
          "died in March, her son told RFA.\n\n"
          "Dilmurat Qasim, who sells carpets in Almaty, said he heard the news from a cousin. "
          "His mother, Nurgul Abdulla, a retired nurse, was taken to a camp in 2018.")


@pytest.mark.parametrize(("line", "dateline"), [
    ("ASTANA/BEIJING, June 2 (Reuters) - A", "ASTANA/BEIJING, June 2 (Reuters) - "),
    ("OSH, Kyrgyzstan, Feb. 9 (RFA) -- An", "OSH, Kyrgyzstan, Feb. 9 (RFA) -- "),
    ("URUMQI (AP) — A", "URUMQI (AP) — "),
    ("Almaty, Kazakhstan -- A", "Almaty, Kazakhstan -- "),
])
def test_dateline_shapes(line: str, dateline: str) -> None:
    m = DATELINE.match(line)
    assert m is not None and m.group() == dateline


def test_lede_after_agency_dateline_is_sentenced() -> None:
    assert ("Bakhyt Amanzhol", "sentencing") in events_by_name(run(REUTERS))


def test_lede_relative_clause_disappearance_after_dateline() -> None:
    assert ("Bakhyt Amanzhol", "disappearance") in events_by_name(run(REUTERS))


def test_lede_after_dateline_keeps_quoted_charge_and_life_term() -> None:
    ex = run(REUTERS)
    (ev,) = [e for e in ex.events if e.type == "sentencing"]
    assert (ev.charge, ev.sentence_kind) == ("separatism", "life")


def test_lede_after_ap_dateline_with_trailing_attribution() -> None:
    text = ("KASHGAR (AP) — An Uyghur bookseller was detained last spring, his brother told "
            "reporters.\n\nAbdurehim Tohti, 48, ran a shop near the old mosque.")
    assert ("Abdurehim Tohti", "detention") in events_by_name(run(text))


def test_woman_in_lede_goes_to_the_mother_not_the_quoted_son() -> None:
    found = events_by_name(run(MOTHER))
    assert ("Nurgul Abdulla", "death") in found


def test_quoted_son_gets_no_death_from_the_lede() -> None:
    assert ("Dilmurat Qasim", "death") not in events_by_name(run(MOTHER))


def test_description_skips_a_person_of_the_other_gender() -> None:
    text = ("A Kazakh grandmother was detained in Ghulja, relatives said.\n\n"
            "Mr Serik Akhmet, a neighbour, saw it. Saule Ermek, 66, had returned from Almaty.")
    found = events_by_name(run(text))
    assert ("Saule Ermek", "detention") in found and ("Serik Akhmet", "detention") not in found


def test_lede_without_source_kin_may_be_the_quoted_person() -> None:
    text = ("A Uyghur student who was held for a year has been released.\n\n"
            "Mehmet Ali, 22, said he was questioned daily.")
    assert ("Mehmet Ali", "release") in events_by_name(run(text))


def test_dateline_then_name_is_not_a_description() -> None:
    text = ("ALMATY (Reuters) - Police said on Monday that a teacher was detained.\n\n"
            "Arman Bek, a spokesman, gave no details.")
    assert ("Arman Bek", "detention") not in events_by_name(run(text))


def test_description_as_object_of_the_sentencing_verb() -> None:
    text = ("A court in Aksu on Monday sentenced a Uyghur pharmacist to 12 years in prison, his "
            "cousin said.\n\nObulqasim Memet, 47, ran a pharmacy in the old town.")
    ex = run(text)
    (ev,) = [e for e in ex.events if e.type == "sentencing"]
    assert ([p.name for p in ex.persons if p.key == ev.person], ev.sentence_years) == (
        ["Obulqasim Memet"], 12.0)


def test_penalty_given_to_a_described_person() -> None:
    text = ("TALDYKORGAN, Kazakhstan (AFP) - A court on Friday gave a suspended one-year "
            "sentence to an ethnic Kazakh herder who crossed the border illegally.\n\n"
            "Yerkin Sauyt, 41, said he fled a camp.")
    assert ("Yerkin Sauyt", "sentencing") in events_by_name(run(text))


def test_object_description_skips_a_person_named_in_another_role() -> None:
    text = ("Police in Turpan detained an elderly imam on Monday.\n\n"
            "Abdukerim Sawut, a police spokesman, gave no details.")
    assert ("Abdukerim Sawut", "detention") not in events_by_name(run(text))


def test_lowercase_description_opening_a_sentence_is_not_read() -> None:
    text = ("Police said a teacher was detained on Monday.\n\n"
            "Marat Zhaksy, 30, was at home.")
    assert ("Marat Zhaksy", "detention") not in events_by_name(run(text))


def test_relative_of_the_source_wins_over_an_unquoted_first_name() -> None:
    text = ("A 58-year-old Kazakh woman who was held in a camp has died, her son told RFA.\n\n"
            "Yerlan Abai, 35, runs a cafe in Almaty. His mother, Roza Abai, was a teacher in "
            "Tekes.")
    found = events_by_name(run(text))
    assert ("Roza Abai", "death") in found and ("Yerlan Abai", "death") not in found


def test_without_a_source_a_later_relative_is_not_preferred() -> None:
    text = ("A Kazakh herder was detained in Emin.\n\n"
            "Serik Tulegen, 45, kept sheep. His father, Bolat Tulegen, lives in Almaty.")
    found = events_by_name(run(text))
    assert ("Serik Tulegen", "detention") in found and ("Bolat Tulegen", "detention") not in found
