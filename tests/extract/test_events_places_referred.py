"""Custody told by reference to a place named before ("taken to the same facility", "held in
the same camp"): the event is the kind of custody that place is."""

from __future__ import annotations

from extract.extract_helpers import run

PUB = "2019-03-21"


def _events(text: str, pub: str = PUB) -> set[tuple[str, str]]:
    ex = run(text, pub)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type) for e in ex.events}


def test_taken_to_the_same_facility_as_a_camp_is_an_internment() -> None:
    found = _events("Akmaral Sabitkyzy was let out in January from a camp in Tokkuztara county, "
                    "where she had been held since April 2018. Her younger brother, Bolatbek "
                    "Sabituly, was taken to the same facility in May 2018.")
    assert ("Bolatbek Sabituly", "internment") in found
    assert ("Bolatbek Sabituly", "detention") not in found


def test_held_in_the_same_facility_as_a_camp_is_an_internment() -> None:
    found = _events("Bakytbek Oralkhanuly was sent to a vocational training centre in Altay. "
                    "His nephew, Sanzhar Adilbekuly, was held in the same facility for nine "
                    "months in 2018.")
    assert ("Sanzhar Adilbekuly", "internment") in found


def test_the_same_place_as_a_prison_is_imprisonment() -> None:
    found = _events("Yerlan Kenzhebekuly is serving his sentence in Urumqi No. 3 Prison. His "
                    "cousin, Amanzhol Seitkaliuly, was held in the same prison in 2020.")
    assert ("Amanzhol Seitkaliuly", "imprisonment") in found
    assert ("Amanzhol Seitkaliuly", "internment") not in found


def test_the_same_place_as_a_detention_centre_stays_a_detention() -> None:
    found = _events("Police took Yerlan Kenzhebekuly to a detention centre in Ghulja. His "
                    "cousin, Amanzhol Seitkaliuly, was taken to the same facility a week later.")
    assert ("Amanzhol Seitkaliuly", "detention") in found
    assert ("Amanzhol Seitkaliuly", "internment") not in found


def test_a_refugee_camp_named_before_is_not_a_place_of_custody() -> None:
    found = _events("Aizhan Toleubaikyzy grew up in a refugee camp. Her brother, Amanzhol "
                    "Seitkaliuly, was taken to the same facility where police held her.")
    assert ("Amanzhol Seitkaliuly", "internment") not in found


def test_the_same_village_is_no_custody() -> None:
    found = _events("Yerlan Kenzhebekuly was sent to a re-education camp in 2018. His cousin, "
                    "Amanzhol Seitkaliuly, was taken to the same village by his parents.")
    assert ("Amanzhol Seitkaliuly", "internment") not in found
    assert ("Amanzhol Seitkaliuly", "detention") not in found


# a second act after the first one's details, held for a time, a demand

def test_detained_with_its_details_and_deported_to_china_is_a_deportation_too() -> None:
    found = _events("Her son, Arslan Shawket, was detained by Egyptian police in Cairo on 5 July "
                    "2017 and deported to China later that month.")
    assert ("Arslan Shawket", "detention") in found
    assert ("Arslan Shawket", "deportation") in found


def test_put_on_a_plane_to_china_after_an_arrest_is_a_deportation() -> None:
    found = _events("Arslan Shawket was detained by Egyptian police in Cairo in July 2017 and put "
                    "on a plane to China two weeks later.")
    assert ("Arslan Shawket", "deportation") in found


def test_released_and_returned_to_kazakhstan_is_no_deportation() -> None:
    found = _events("Zhandos Mukhitov was released on 20 March after serving his sentence and "
                    "returned to Kazakhstan through the Dostyk checkpoint.")
    assert ("Zhandos Mukhitov", "deportation") not in found


def test_summoned_and_held_for_two_days_is_a_detention() -> None:
    found = _events("In May 2021, police in Kumul summoned Shawket Idris and held him for two "
                    "days, according to the family.")
    assert ("Shawket Idris", "detention") in found


def test_held_for_questioning_with_no_time_is_not_read_as_held_for_a_time() -> None:
    found = _events("Police in Kumul summoned Shawket Idris and held him responsible for his "
                    "daughter's words.")
    assert ("Shawket Idris", "detention") not in found


def test_must_be_released_is_a_demand_not_a_release() -> None:
    found = _events("Sajide Gheni was sentenced to 11 years in 2018. Sajide Gheni must be "
                    "released immediately and unconditionally.")
    assert ("Sajide Gheni", "release") not in found


def test_the_camp_where_he_was_first_held_makes_the_custody_an_internment() -> None:
    found = _events("Kunsulu Ospankyzy visited her husband, Zeinolla Kydyrbekuly, in prison. The "
                    "64-year-old told her that guards in the camp where he was first held in 2018 "
                    "had beaten him with a rubber baton.")
    assert ("Zeinolla Kydyrbekuly", "internment") in found
    assert ("Zeinolla Kydyrbekuly", "detention") not in found


def test_guards_who_had_beaten_him_in_the_camp_tortured_him() -> None:
    found = _events("Zeinolla Kydyrbekuly was sent to a re-education camp in 2018. He said guards "
                    "in the camp had beaten him with a rubber baton for speaking Kazakh.")
    assert ("Zeinolla Kydyrbekuly", "torture") in found


def test_the_passport_which_police_confiscated_in_a_relative_clause_is_hers() -> None:
    found = _events("Kunsulu Ospankyzy is 61. In Ospankyzy's Chinese passport, which police in "
                    "Mongolkure county confiscated on her arrival in 2018, her name is written as "
                    "Kunsulu Aosipan.")
    assert ("Kunsulu Ospankyzy", "passport_confiscation") in found


def test_the_passport_which_she_renewed_is_not_taken() -> None:
    found = _events("Kunsulu Ospankyzy is 61. Her passport, which she renewed in 2017, is valid.")
    assert ("Kunsulu Ospankyzy", "passport_confiscation") not in found
