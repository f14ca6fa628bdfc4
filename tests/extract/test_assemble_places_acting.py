"""Where an event took place when its sentences also name where someone is sent, where
relatives live, or only "home": the agency or court that acts, the scene, the story's place
(``event_places``, ``narrative.home_place``)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _place(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return next((p.name for p in ex.places if p.key == ev.place), None)


def test_a_deportation_is_placed_at_the_court_that_orders_it_not_its_destination() -> None:
    ex = run("In 2020 the Leninsky District Court of Bishkek ordered the deportation of "
             "Kadyr Tokhtiev to China.")
    assert _place(ex, "Kadyr Tokhtiev", "deportation") == "Bishkek"


def test_a_deportation_with_only_its_destination_named_has_no_place() -> None:
    ex = run("A judge ordered the deportation of Kadyr Tokhtiev to China in 2020.")
    assert _place(ex, "Kadyr Tokhtiev", "deportation") is None


def test_sent_back_to_names_the_destination_not_the_place() -> None:
    ex = run("Kadyr Tokhtiev was sent back to Kazakhstan in 2020.")
    assert _place(ex, "Kadyr Tokhtiev", "deportation") is None


def test_a_deportation_from_a_city_is_placed_there() -> None:
    ex = run("Kadyr Tokhtiev was deported from Osh to China in 2020.")
    assert _place(ex, "Kadyr Tokhtiev", "deportation") == "Osh"


def test_a_place_after_to_in_a_detention_is_still_its_place() -> None:
    ex = run("Kadyr Tokhtiev was detained on his way to Almaty in 2020.")
    assert _place(ex, "Kadyr Tokhtiev", "detention") == "Almaty"


def test_an_agency_named_after_its_county_places_the_detention() -> None:
    ex = run("In June 2018 officers of the Nilka County Public Security Bureau detained Erlan "
             "Kasymbek at his shop.")
    assert _place(ex, "Erlan Kasymbek", "detention") in {"Nilka", "Nilka County"}


def test_a_threat_is_placed_at_its_scene_not_where_the_relatives_live() -> None:
    ex = run("In May 2022, at a community dinner in Berlin, a stranger threatened Madina "
             "Osman, saying her relatives in Kashgar would pay for her activism.")
    assert _place(ex, "Madina Osman", "threat") == "Berlin"


def test_a_threat_naming_only_the_relatives_city_is_placed_there() -> None:
    ex = run("In May 2022 a stranger threatened Madina Osman, saying her relatives in Kashgar "
             "would pay for her activism.")
    assert _place(ex, "Madina Osman", "threat") == "Kashgar"


def test_relatives_in_a_city_place_a_detention_there() -> None:
    ex = run("In 2019 police detained Ablet Osman and his relatives in Kashgar.")
    assert _place(ex, "Ablet Osman", "detention") == "Kashgar"


def test_came_home_places_the_event_where_the_story_left_the_person() -> None:
    ex = run("Gulnara Serikova spent a year in a camp in Tekes. She was released in December "
             "2019. When she came home, the police kept her passport.")
    assert _place(ex, "Gulnara Serikova", "passport_confiscation") in {"Tekes", "Tekes County"}


def test_an_event_without_home_takes_no_place_from_earlier_events() -> None:
    ex = run("Gulnara Serikova spent a year in a camp in Tekes. She was released in December "
             "2019. In 2021, the police kept her passport.")
    assert _place(ex, "Gulnara Serikova", "passport_confiscation") is None


def test_a_facility_named_after_its_city_places_the_event() -> None:
    ex = run("Erlan Kasymbek was held at the Kashgar No. 2 Detention Centre in 2018.")
    assert _place(ex, "Erlan Kasymbek", "detention") == "Kashgar"


def test_a_university_named_after_its_city_places_the_detention() -> None:
    ex = run("Police detained Erlan Kasymbek, a lecturer from Hotan, at his office at Kashgar "
             "University in 2017.")
    assert _place(ex, "Erlan Kasymbek", "detention") == "Kashgar"


def test_a_home_country_is_no_coming_home() -> None:
    ex = run("Gulnara Serikova spent a year in a camp in Tekes. She was released in December "
             "2019. Later, in her home country, the police kept her passport.")
    assert _place(ex, "Gulnara Serikova", "passport_confiscation") is None


def test_taken_away_from_a_university_named_after_its_city_is_placed_there() -> None:
    ex = run("Erlan Kasymbek, a lecturer from Hotan, was taken away from Kashgar University by "
             "police in 2017.")
    assert _place(ex, "Erlan Kasymbek", "detention") == "Kashgar"
