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
