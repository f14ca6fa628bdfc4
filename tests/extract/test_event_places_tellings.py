"""Where a person told their story (to a journalist, in an interview) is not where the
story's events happened."""

from __future__ import annotations

from extract.extract_helpers import place_name, run


def test_the_place_of_an_interview_gives_way_to_the_place_told() -> None:
    ex = run("Speaking to reporters in Almaty, Erlan Zhaksybekov described how he was beaten "
             "by guards in 2019 while he was held in a camp in Tekes.")
    assert place_name(ex, "Erlan Zhaksybekov", "torture") == "Tekes County"


def test_an_interview_from_a_city_is_where_it_was_given() -> None:
    ex = run("In an interview in Istanbul, Gulbahar Tursun said she was detained by police in "
             "2018 and held in a camp in Ghulja for a year.")
    assert place_name(ex, "Gulbahar Tursun", "detention") == "Yining"


def test_a_place_told_as_the_scene_still_counts() -> None:
    ex = run("Erlan Zhaksybekov was detained in Almaty in 2019, he told reporters.")
    assert place_name(ex, "Erlan Zhaksybekov", "detention") == "Almaty"
