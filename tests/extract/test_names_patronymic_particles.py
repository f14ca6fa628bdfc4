"""Kyrgyz and Kazakh patronymics written as a separate word belong to the name."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, person_names, run
from izde.extract.names import given_name_gender


def test_uulu_particle_is_part_of_the_name() -> None:
    ex = run("Temirlan Asanbek uulu, a driver, was detained in March 2019.")
    assert person_names(ex) == {"Temirlan Asanbek uulu"}


def test_kyzy_particle_is_part_of_the_name() -> None:
    ex = run("Nazgul Asanbek kyzy was arrested in the spring of 2018.")
    assert person_names(ex) == {"Nazgul Asanbek kyzy"}


def test_fathers_name_with_particle_alone_is_a_short_form() -> None:
    ex = run("Temirlan Asanbek uulu, a driver, was detained in March 2019. "
             "Asanbek uulu was sentenced to eight years in 2020.")
    assert person_names(ex) == {"Temirlan Asanbek uulu"}
    assert ("Temirlan Asanbek uulu", "sentencing") in events_by_name(ex)


def test_particle_written_apart_or_joined_is_one_person() -> None:
    ex = run("Berik Oraz uly was detained in 2017. Berik Orazuly's wife has appealed.")
    assert len(ex.persons) == 1


def test_brother_and_sister_with_different_particles_stay_two() -> None:
    ex = run("Temirlan Asanbek uulu was detained in 2019. "
             "Nazgul Asanbek kyzy was arrested in 2018.")
    assert person_names(ex) == {"Temirlan Asanbek uulu", "Nazgul Asanbek kyzy"}


def test_ordinary_lower_case_word_after_a_name_is_not_taken_in() -> None:
    ex = run("Temirlan Asanbek only was detained in 2019.")
    assert person_names(ex) == {"Temirlan Asanbek"}


def test_gul_in_a_given_name_marks_a_woman() -> None:
    assert given_name_gender("Nurgul") == "female" and given_name_gender("Gulzhan") == "female"


def test_bek_at_the_end_of_a_given_name_marks_a_man() -> None:
    assert given_name_gender("Nurbek") == "male"


def test_names_shared_by_both_sexes_say_nothing() -> None:
    assert given_name_gender("Dilnur") is None and given_name_gender("Zhanar") is None


@pytest.mark.parametrize("given", ["Aliya", "Madina", "Dana", "Svetlana", "Aizada"])
def test_a_given_name_in_a_marks_a_woman(given: str) -> None:
    assert given_name_gender(given) == "female"


@pytest.mark.parametrize("given", ["Abdulla", "Musa", "Hamza", "Ilya", "Nikita"])
def test_mens_names_in_a_say_nothing(given: str) -> None:
    assert given_name_gender(given) is None


def test_a_surname_alone_says_nothing_of_a_womans_sex() -> None:
    text = ("Zhanar Bekbolat, 41, a teacher, was interned in January 2018. Bekbolat's cousin "
            "was sentenced in 2019. Her friend Aliya Nurova spoke to reporters.\n\n"
            "Zhanar Bekbolat was interned in 2018. She was released in June 2019.")
    assert ("Zhanar Bekbolat", "release") in events_by_name(run(text))
