"""An initial and a surname ("Judge A. Mukanova", "R. Okafor") name a person; with a full
name holding the surname in the text, they are that person's short form. Names are invented."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, person_names, run


@pytest.mark.parametrize("text", [
    "Presiding: Judge A. Mukanova. Defence counsel: Aizhan Bekova.",
    "The verdict was read by A. Mukanova and signed by Aizhan Bekova.",
    "Aizhan Bekova wrote the appeal.\n\nA. Mukanova\n10 February 2025",
])
def test_an_initial_and_a_surname_are_a_person(text: str) -> None:
    assert person_names(run(text)) == {"A. Mukanova", "Aizhan Bekova"}


def test_an_initialled_surname_of_a_full_name_is_its_short_form() -> None:
    text = "Gulnar Tokhtasynova picketed. G. Tokhtasynova was fined."
    assert person_names(run(text)) == {"Gulnar Tokhtasynova"}
    assert ("Gulnar Tokhtasynova", "sentencing") in events_by_name(run(text))


@pytest.mark.parametrize("text", ["The U.S. Embassy said nothing.", "He lived in Block B. Police "
                                  "came.", "She met J. Church officials."])
def test_initials_before_a_common_word_or_a_place_are_no_person(text: str) -> None:
    assert person_names(run(text)) == set()


def test_initials_join_a_coordination() -> None:
    text = ("Saule Nurmukhamedova and Daulet Orazbaev picketed.\n\nThe cases of S. "
            "Nurmukhamedova and D. Orazbaev were heard and both were released.")
    assert {("Saule Nurmukhamedova", "release"), ("Daulet Orazbaev", "release")} <= \
        events_by_name(run(text))


def test_a_possessive_is_no_part_of_the_initialled_surname() -> None:
    text = ("The court rejected the motion to change U. Myrzakhanov's measure of restraint.\n\n"
            "U. Myrzakhanov was detained on 14 September 2021.")
    assert {p.name for p in run(text).persons} == {"U. Myrzakhanov"}



def test_an_initial_and_the_russian_style_surname_join_the_kyrgyz_style_full_name() -> None:
    ex = run("Toktobolot Sherikbek uulu was detained in 2018. A letter says T. Sherikbekov is "
             "serving a sentence. His brother Usonbek Sherikbekov lives in Naryn.")
    names = {p.name: [m.text for m in p.mentions] for p in ex.persons}
    assert "T. Sherikbekov" in names["Toktobolot Sherikbek uulu"]
    assert names["Usonbek Sherikbekov"] == ["Usonbek Sherikbekov"]


def test_an_initial_that_fits_the_exact_surnames_holder_stays_his() -> None:
    ex = run("Toktobolot Sherikbek uulu was detained in 2018. A letter says U. Sherikbekov "
             "wrote to the ministry. His brother Usonbek Sherikbekov lives in Naryn.")
    names = {p.name: [m.text for m in p.mentions] for p in ex.persons}
    assert names["Toktobolot Sherikbek uulu"] == ["Toktobolot Sherikbek uulu"]


@pytest.mark.parametrize("short", ["\"Egizbaev Kh.\"", "Kh. Egizbaev"])
def test_a_two_letter_initial_and_the_russian_style_surname_are_the_full_name(short: str
                                                                              ) -> None:
    ex = run(f"Her son is Khamza Egizbaiuly. The ministry wrote that {short} was being held in "
             "a detention center in Altay.")
    assert person_names(ex) == {"Khamza Egizbaiuly"}
