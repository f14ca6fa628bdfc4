"""Where a person told their story (to a journalist, in an interview) is not where the
story's events happened."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _place(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return {p.key: p.name for p in ex.places}.get(ev.place or "")


def test_the_place_of_an_interview_gives_way_to_the_place_told() -> None:
    ex = run("Speaking to reporters in Almaty, Erlan Zhaksybekov described how he was beaten "
             "by guards in 2019 while he was held in a camp in Tekes.")
    assert _place(ex, "Erlan Zhaksybekov", "torture") == "Tekes County"


def test_an_interview_from_a_city_is_where_it_was_given() -> None:
    ex = run("In an interview in Istanbul, Gulbahar Tursun said she was detained by police in "
             "2018 and held in a camp in Ghulja for a year.")
    assert _place(ex, "Gulbahar Tursun", "detention") == "Yining"


def test_a_place_told_as_the_scene_still_counts() -> None:
    ex = run("Erlan Zhaksybekov was detained in Almaty in 2019, he told reporters.")
    assert _place(ex, "Erlan Zhaksybekov", "detention") == "Almaty"
