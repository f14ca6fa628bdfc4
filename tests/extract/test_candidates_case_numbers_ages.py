"""Case numbers are no persons; an age in apposition makes a person of a city-like surname."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, run


def test_pinyin_case_type_between_numbers_is_no_person() -> None:
    ex = run("Dilnur Kasim was sentenced in case (2020) Xin 40 Xing Chu No. 77 to nine years.")
    assert person_names(ex) == {"Dilnur Kasim"}


def test_appeal_case_number_is_no_person() -> None:
    ex = run("Dilnur Kasim appealed; the ruling Xin 02 Min Zhong No. 18 was upheld in 2021.")
    assert person_names(ex) == {"Dilnur Kasim"}


def test_case_number_ending_in_hao_is_no_person() -> None:
    ex = run("The verdict (2019) Xin 4002 Xing Chu 61 Hao sentenced Dilnur Kasim to nine years.")
    assert person_names(ex) == {"Dilnur Kasim"}


def test_name_after_a_year_is_still_a_person() -> None:
    ex = run("In 2019 Zhang Wei was detained in Urumqi.")
    assert person_names(ex) == {"Zhang Wei"}


def test_name_ending_in_a_city_followed_by_age_is_a_person() -> None:
    ex = run("Berik Oral, 52, a shepherd, was detained in 2019.")
    assert ("Berik Oral", "detention") in events_by_name(ex)


def test_bracketed_age_also_marks_a_person() -> None:
    ex = run("Almas Taraz (34) was detained at the border in 2018.")
    assert person_names(ex) == {"Almas Taraz"}


def test_city_name_with_a_number_is_not_a_person() -> None:
    ex = run("In Almaty Oral, 45, protesters were detained in 2022.")
    assert person_names(ex) == set()
