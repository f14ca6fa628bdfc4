"""Where an event took place, among the places its sentences name (``assemble``)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _place(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return next((p.name for p in ex.places if p.key == ev.place), None)


def test_the_place_in_the_triggers_clause_beats_one_in_a_later_conjoined_clause() -> None:
    ex = run("Nurlan Abdrakhman was detained in Khorgos, and has been held in a detention "
             "center in Taldykorgan since.")
    assert _place(ex, "Nurlan Abdrakhman", "detention") == "Khorgos"


def test_a_place_across_a_clause_break_serves_when_the_clause_has_none() -> None:
    ex = run("Nurlan Abdrakhman was detained last year, and his family in Taldykorgan has "
             "heard nothing since.")
    assert _place(ex, "Nurlan Abdrakhman", "detention") == "Taldykorgan"


def test_a_district_of_the_city_is_placed_in_the_city() -> None:
    ex = run("Gulim Sarsen runs a stall in Almaty. In May 2021 she was beaten at a market in "
             "the city's Zhetysu district.")
    assert _place(ex, "Gulim Sarsen", "assault") == "Almaty"


def test_a_district_named_without_the_city_stays_as_named() -> None:
    ex = run("Gulim Sarsen runs a stall in Almaty. In May 2021 she was beaten at a market in "
             "Zhetysu district.")
    assert _place(ex, "Gulim Sarsen", "assault") != "Almaty"


def test_an_event_placed_in_the_datelines_country_is_placed_in_its_city() -> None:
    ex = run("TARAZ, Kazakhstan (AFP) - Ruslan Ibray was sentenced on Wednesday by a court in "
             "southern Kazakhstan to two years for illegally crossing the border.")
    assert _place(ex, "Ruslan Ibray", "sentencing") == "Taraz"


def test_an_event_placed_abroad_keeps_its_place_despite_the_dateline() -> None:
    ex = run("ALMATY, Kazakhstan - Ruslan Ibray was detained in China's Xinjiang region in "
             "May, his wife said.")
    assert _place(ex, "Ruslan Ibray", "detention") != "Almaty"


def test_an_origin_only_place_gives_way_to_the_persons_place_just_before() -> None:
    ex = run("Madina Seit teaches at a weekend school in Istanbul. Since 2021 she has been "
             "threatened in calls from a man who said he was a police officer from Urumqi.")
    assert _place(ex, "Madina Seit", "threat") == "Istanbul"


def test_a_place_of_the_event_itself_is_kept_over_the_place_just_before() -> None:
    ex = run("Madina Seit teaches at a weekend school in Istanbul. In 2019 she was detained "
             "in Urumqi during a visit.")
    assert _place(ex, "Madina Seit", "detention") == "Urumqi"


def test_a_scene_that_dates_the_event_places_it_too() -> None:
    ex = run("The trouble in Almaty began in April. Dana Temirova was summoned to a police "
             "station and warned that her posts could be regarded as extremist.", "2022-06-01")
    assert _place(ex, "Dana Temirova", "threat") == "Almaty"


def test_a_nationality_is_not_where_the_event_happened() -> None:
    ex = run("Officers detained a Uyghur citizen of China, Nurlan Abdrakhman, 41, at a cafe near "
             "the market in Bishkek.")
    assert _place(ex, "Nurlan Abdrakhman", "detention") == "Bishkek"


def _place_names(text: str) -> set[str]:
    return {p.name for p in run(text).places}


def test_a_town_the_gazetteer_lacks_is_a_place_after_in() -> None:
    assert _place_names("Gulnar Tursun, a researcher in Leiden, said the camps were full.") == {
        "Leiden"}


def test_a_town_the_gazetteer_lacks_is_where_the_event_happened() -> None:
    ex = run("Nurlan Abdrakhman was threatened in Zeytinburnu in 2021.")
    assert _place(ex, "Nurlan Abdrakhman", "threat") == "Zeytinburnu"


def test_what_one_confides_or_believes_in_is_no_place() -> None:
    assert _place_names("He confided in Erlan. He believed in Erlan.") == set()


def test_a_faith_or_a_platform_is_no_place() -> None:
    assert _place_names("Prayer matters in Islam. The videos spread in WeChat.") == set()


def _mention_texts(text: str, name: str) -> set[str]:
    (place,) = [p for p in run(text).places if p.name == name]
    return {m.text for m in place.mentions}


def test_another_name_given_after_a_place_is_a_mention_of_it() -> None:
    text = "Her father lived in Zhaosu county (known to Kazakhs as Mongolkure) until 2018."
    assert _mention_texts(text, "Zhaosu County") == {"Zhaosu county", "Mongolkure"}


def test_a_name_in_another_language_in_brackets_is_a_mention_of_the_place() -> None:
    text = "He is a native of Artux (Atush in Kyrgyz) and trades in Bishkek."
    assert _mention_texts(text, "Artux") == {"Artux", "Atush"}


def test_another_name_of_a_place_is_never_a_person() -> None:
    ex = run("Nurlan Abdrakhman grew up in Zhaosu county (known to Kazakhs as Mongolkure).")
    assert {p.name for p in ex.persons} == {"Nurlan Abdrakhman"}
