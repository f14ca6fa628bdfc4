"""Relative clauses in apposition, ledes that describe the person named further down, and
definite descriptions ("the 47-year-old tailor") that point back to a person named before."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run

LEDE = ("An elderly Kazakh herder from Emin who was taken to a camp in 2017 has died in custody, "
        "his daughter said.\n\n"
        "Kanat Beisenov, 70, kept sheep near the border for most of his life. His daughter, "
        "Aliya Kanatkyzy, lives in Shymkent.")


def test_relative_clause_in_apposition_belongs_to_the_named_person() -> None:
    ex = run("Dauren Mukhtar, a driver from Ghulja who was detained in 2019, remains missing.")
    assert ("Dauren Mukhtar", "detention") in events_by_name(ex)


def test_lede_description_is_the_person_named_later() -> None:
    assert ("Kanat Beisenov", "internment") in events_by_name(run(LEDE))


def test_lede_source_kin_is_not_the_described_person() -> None:
    assert not any(n == "Aliya Kanatkyzy" and t == "internment"
                   for n, t in events_by_name(run(LEDE)))


def test_head_noun_repeated_picks_that_person() -> None:
    text = ("A Uyghur poet was detained in 2018, friends said.\n\n"
            "Murat Aliev, who knew him well, left for Turkey. Ablet Tursun, a poet from Kashgar, "
            "had published four books.")
    assert ("Ablet Tursun", "detention") in events_by_name(run(text))


def test_description_after_a_name_is_not_a_lede() -> None:
    text = ("Murat Aliev spoke to reporters on Monday.\n\n"
            "A teacher from his village was detained in 2019.")
    assert ("Murat Aliev", "detention") not in events_by_name(run(text))


def test_official_description_is_not_read_as_the_victim() -> None:
    text = "A police officer detained the man in 2019.\n\nAsel Omarova, a lawyer, said so."
    assert ("Asel Omarova", "detention") not in events_by_name(run(text))


def test_description_is_a_noun_phrase_not_a_clause() -> None:
    text = ("A court in Ghulja sentenced a teacher in 2019 and detained others.\n\n"
            "Bolat Serikov, a judge, presided.")
    assert ("Bolat Serikov", "detention") not in events_by_name(run(text))


def test_source_closing_the_lede_is_not_the_described_person() -> None:
    text = "Police in Ghulja detained a young man in March 2019, Serik Nurlanuly said."
    assert ("Serik Nurlanuly", "detention") not in events_by_name(run(text))


def test_lede_with_trailing_source_still_finds_the_person_named_later() -> None:
    text = ("Police in Ghulja detained a young man in March 2019, Serik Nurlanuly said. "
            "The man, a driver named Arman Bekov, has not been heard from since.")
    assert ("Arman Bekov", "detention") in events_by_name(run(text))


NAMED = "Erlan Dauletkhan, who left for China in 2017, has not come back. "


@pytest.mark.parametrize("description", [
    "the 47-year-old tailor", "the 47-year-old", "the former teacher",
    "the 61-year-old man", "the ethnic Kazakh herder",
])
def test_a_definite_description_points_back_to_the_person_named_before(
        description: str) -> None:
    ex = run(NAMED + f"In November 2019 a court sentenced {description} to 14 years in prison.")
    assert ("Erlan Dauletkhan", "sentencing") in events_by_name(ex)


@pytest.mark.parametrize("description", [
    "the man",  # as often someone unnamed: "a man came ... the man said"
    "the son",  # somebody's relative
    "the teacher's wife",  # someone else
])
def test_a_description_that_may_be_someone_else_points_nowhere(description: str) -> None:
    ex = run(NAMED + f"In November 2019 a court sentenced {description} to 14 years in prison.")
    assert ("Erlan Dauletkhan", "sentencing") not in events_by_name(ex)


def test_a_description_before_a_name_is_a_title() -> None:
    ex = run(NAMED + "In 2019 a court sentenced the activist Aigul Serikova to five years.")
    found = events_by_name(ex)
    assert ("Aigul Serikova", "sentencing") in found
    assert ("Erlan Dauletkhan", "sentencing") not in found


def test_a_description_keeps_the_gender_of_its_head() -> None:
    ex = run("Aigul Serikova and her husband Bolat Serikov ran a shop in Ghulja. "
             "In 2018 police detained the businesswoman.")
    found = events_by_name(ex)
    assert ("Aigul Serikova", "detention") in found and ("Bolat Serikov", "detention") not in found


def test_a_description_in_apposition_is_the_name_before_it() -> None:
    text = ("Yerlan Sadyk, a shopkeeper, was detained in 2018. Nurbol Sadyk, a student, was "
            "detained the next month. Bolat Sadyk, the former teacher, was released in 2019.")
    found = events_by_name(run(text))
    assert ("Bolat Sadyk", "release") in found and ("Nurbol Sadyk", "release") not in found


def test_a_name_inside_an_apposition_is_not_the_subject() -> None:
    text = ("We announce that Ablimit Hoshur, the father of our member Mihriban Ablimit, passed "
            "away in December 2022 while serving a ten-year sentence in Aksu.")
    found = events_by_name(run(text))
    assert ("Ablimit Hoshur", "death") in found
    assert ("Mihriban Ablimit", "death") not in found


def test_an_unnamed_man_as_subject_is_not_the_wife_spoken_of_before() -> None:
    text = ("An ethnic Kazakh herder has been sentenced to 12 years, his wife said, and a police "
            "officer appeared to confirm that the man remains in custody.\n\n"
            "Nurlan Kadyrbekuly, 44, was taken from the family's winter house in April 2018, "
            "according to his wife, Saule Mukhametkyzy.")
    found = events_by_name(run(text, "2019-06-14"))
    assert ("Saule Mukhametkyzy", "detention") not in found
    assert ("Nurlan Kadyrbekuly", "detention") in found
