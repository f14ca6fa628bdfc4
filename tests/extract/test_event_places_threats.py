"""A threat made in a call or a message happens where it reaches the person (where they
live, where the testimony was recorded), not in the caller's city."""

from __future__ import annotations

from extract.extract_helpers import place_name, run


def test_a_threat_by_phone_is_placed_where_the_narrator_lives() -> None:
    ex = run("My name is Gulzhan Orazbekova. I have lived in Istanbul since 2016. On 15 May "
             "2020 I received a call from a number in Urumqi. The man threatened me and said my "
             "father would suffer.")
    assert place_name(ex, "Gulzhan Orazbekova", "threat") == "Istanbul"


def test_a_threat_from_an_officer_in_a_city_is_placed_where_the_recipient_lives() -> None:
    ex = run("Gulzhan Orazbekova, who lives in Almaty, received calls in March 2020 from a "
             "police officer in Ghulja who threatened her.")
    assert place_name(ex, "Gulzhan Orazbekova", "threat") == "Almaty"


def test_a_threat_made_in_person_keeps_its_own_place() -> None:
    ex = run("Gulzhan Orazbekova lives in Almaty. In March 2020 she was threatened by officers "
             "at a police station in Ghulja.")
    assert place_name(ex, "Gulzhan Orazbekova", "threat") == "Yining"


def test_a_threat_without_any_residence_told_stays_unplaced() -> None:
    ex = run("Gulzhan Orazbekova received a call from a number in Urumqi in March 2020. The man "
             "threatened her.")
    assert place_name(ex, "Gulzhan Orazbekova", "threat") is None


def test_a_threat_is_placed_where_the_testimony_was_recorded() -> None:
    ex = run("Testimony of Gulzhan Orazbekova, recorded in Almaty.\n\nOn 11 January 2020 a man "
             "called me from a Chinese number and threatened me.")
    assert place_name(ex, "Gulzhan Orazbekova", "threat") == "Almaty"


def test_a_relatives_home_does_not_place_the_narrators_threat() -> None:
    ex = run("My name is Gulzhan Orazbekova. My brother lived in Tekes. On 11 January 2020 a man "
             "called me from a Chinese number and threatened me.")
    assert place_name(ex, "Gulzhan Orazbekova", "threat") is None


def test_a_threat_by_callers_in_another_city_is_placed_at_the_dateline() -> None:
    ex = run("ALMATY, May 3 (Reuters) - Gulzhan Orazbekova said she has received calls from "
             "police officers in Urumqi who threatened her.")
    assert place_name(ex, "Gulzhan Orazbekova", "threat") == "Almaty"
