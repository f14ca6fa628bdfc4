"""Activists under pressure at home: their passport taken, warnings of charges, relatives
questioned about their work. Whose event each is. Names and places are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

ACTIVIST = "Bauyrzhan Seitkali, a blogger in Almaty, films the pickets outside the consulate. "


def test_police_taking_his_passport_is_the_activists_confiscation() -> None:
    text = ACTIVIST + "In March police took his passport."
    assert ("Bauyrzhan Seitkali", "passport_confiscation") in events_by_name(run(text))


def test_warning_of_charges_if_he_kept_filming_is_a_threat() -> None:
    text = ACTIVIST + "He was warned that he would face charges if he kept filming."
    assert ("Bauyrzhan Seitkali", "threat") in events_by_name(run(text))


def test_police_telling_him_he_could_be_charged_if_he_kept_filming_is_a_threat() -> None:
    text = ACTIVIST + "Police told him that if he kept filming, he could be charged."
    assert ("Bauyrzhan Seitkali", "threat") in events_by_name(run(text))


def test_officers_warning_him_to_stop_or_face_charges_is_a_threat() -> None:
    text = ACTIVIST + "Officers warned him to stop filming or face charges."
    assert ("Bauyrzhan Seitkali", "threat") in events_by_name(run(text))


def test_his_lawyer_saying_he_could_face_charges_is_no_threat() -> None:
    text = ACTIVIST + "His lawyer told him he could face charges."
    assert ("Bauyrzhan Seitkali", "threat") not in events_by_name(run(text))


def test_fearing_charges_is_no_threat() -> None:
    text = ACTIVIST + "He fears he will face charges if he keeps filming."
    assert run(text).events == []


def test_never_warned_is_no_threat() -> None:
    text = ACTIVIST + "He said police never warned him that he could face charges."
    assert ("Bauyrzhan Seitkali", "threat") not in events_by_name(run(text))


def test_friend_saying_he_might_win_if_he_kept_filming_is_no_threat() -> None:
    text = ACTIVIST + "She said that if he kept filming, he might win an award."
    assert ("Bauyrzhan Seitkali", "threat") not in events_by_name(run(text))


def test_wife_questioned_at_work_about_his_videos_is_her_harassment() -> None:
    text = ACTIVIST + ("His wife, Gulnaz Seitkali, was questioned at her workplace about his "
                       "videos.")
    found = events_by_name(run(text))
    assert ("Gulnaz Seitkali", "harassment") in found
    assert ("Bauyrzhan Seitkali", "harassment") not in found



def test_questioned_at_school_over_missing_books_is_no_harassment() -> None:
    text = "Gulnaz Seitkali was questioned at her school over the missing books."
    assert run(text).events == []


def test_questioned_at_home_about_her_brother_is_harassment() -> None:
    text = "Gulnaz Seitkali was questioned at her home about her brother in Turkey."
    assert ("Gulnaz Seitkali", "harassment") in events_by_name(run(text))
