"""A custody verb whose subject is a thing says that the thing was held, not a person: "her
passport has been seized" is the passport's confiscation, never its owner's detention. Names are
invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

INTRO = "Ms Dana Bekova, 52, lives in Aletai. "


def test_a_passport_seized_in_the_perfect_is_a_confiscation_not_a_detention() -> None:
    found = events_by_name(run(INTRO + "She lives at home, and her passport has been seized."))
    assert ("Dana Bekova", "passport_confiscation") in found
    assert ("Dana Bekova", "detention") not in found


def test_a_passport_held_by_police_is_not_its_owner_held() -> None:
    found = events_by_name(run(INTRO + "She is at home, and her passport had been held by police."))
    assert found == {("Dana Bekova", "passport_confiscation")}


def test_a_passport_taken_with_another_paper_is_confiscated() -> None:
    found = events_by_name(run(INTRO + "Her identity card and passport were taken."))
    assert found == {("Dana Bekova", "passport_confiscation")}


def test_house_arrest_and_papers_taken_in_one_sentence_are_two_events() -> None:
    text = INTRO + ("Since June 2023 Ms Bekova has been confined to her home by the local police, "
                    "and her identity card and passport have been taken.")
    assert events_by_name(run(text)) == {("Dana Bekova", "house_arrest"),
                                         ("Dana Bekova", "passport_confiscation")}


def test_a_person_held_after_a_thing_is_still_detained() -> None:
    found = events_by_name(run(INTRO + "Her phone was searched and she was detained in May 2019."))
    assert ("Dana Bekova", "detention") in found


def test_the_owner_of_a_house_held_is_not_detained() -> None:
    found = events_by_name(run(INTRO + "Her house was seized by the county in 2019."))
    assert ("Dana Bekova", "detention") not in found
