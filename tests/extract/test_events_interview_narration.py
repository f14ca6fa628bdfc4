"""A news story with labelled question-and-answer lines ("VOA: ...", "Kuandykuly: ...") between
paragraphs the writer tells: those paragraphs are nobody's turn, so "he" there may be the
guest. And what such stories tell of a night arrest, a school made into a camp, and a beating
on the soles of the feet."""

from __future__ import annotations

from extract.extract_helpers import run

PUB = "2023-05-24"

_STORY = ("PHILADELPHIA — Berikbol Kuandykuly still sleeps with the light on. He spoke to VOA "
          "over several hours.\n\n"
          "VOA: What did they say you had done?\n\n"
          "Kuandykuly: Nothing. They said I had WhatsApp on my phone.\n\n"
          "One of the men in his cell, he said, was Ermukhan Zhandarbekuly, an accountant.\n\n"
          "\"When I read that he was dead, I was not surprised,\" Kuandykuly said.\n\n"
          "Kuandykuly was released in October 2019. On the day he left the camp, he said, "
          "police told him that he could not leave the county for three years.\n\n"
          "VOA: Do you feel safe now?\n\n"
          "Kuandykuly: My body is safe. My family is not.\n")


def _events(text: str) -> set[tuple[str, str]]:
    ex = run(text, PUB)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type) for e in ex.events}


def test_a_paragraph_the_writer_tells_between_turns_is_nobodys_turn() -> None:
    found = _events(_STORY)
    assert ("Berikbol Kuandykuly", "travel_ban") in found
    assert ("Ermukhan Zhandarbekuly", "travel_ban") not in found


def test_an_answer_running_over_a_second_paragraph_stays_the_speakers() -> None:
    found = _events("HOST: Welcome. With me is Daulet Mukhametkali.\n\n"
                    "DAULET MUKHAMETKALI: Thank you.\n\n"
                    "My passport was confiscated at the airport in 2022.\n\n"
                    "HOST: And then?\n")
    assert ("Daulet Mukhametkali", "passport_confiscation") in found


def test_officers_at_his_door_before_the_drive_to_a_camp_detained_him() -> None:
    found = _events("Berikbol Kuandykuly is a driver. The following March, officers came to his "
                    "house at night, put a hood over his head and drove him to a former school "
                    "on the edge of the county town that had been turned into a camp.")
    assert ("Berikbol Kuandykuly", "detention") in found
    assert ("Berikbol Kuandykuly", "internment") in found


def test_a_drive_to_a_school_still_a_school_is_no_internment() -> None:
    found = _events("Berikbol Kuandykuly is a driver. His neighbours drove him to a former school "
                    "on the edge of the town for the wedding.")
    assert ("Berikbol Kuandykuly", "internment") not in found


def test_relatives_at_his_door_detain_nobody() -> None:
    found = _events("Berikbol Kuandykuly is a driver. Relatives came to his house and took him to "
                    "the hospital.")
    assert ("Berikbol Kuandykuly", "detention") not in found


def test_the_soles_of_his_feet_beaten_is_torture() -> None:
    found = _events("\"One night they took Ermukhan Zhandarbekuly out for interrogation. When they "
                    "brought him back, he could not stand. They had beaten the soles of his "
                    "feet,\" Berikbol Kuandykuly said.")
    assert ("Ermukhan Zhandarbekuly", "torture") in found


# a wire story about a vigil, its lawyer, and a death in custody

def test_pushed_into_a_police_van_is_a_detention() -> None:
    found = _events("Sandugash Zhandarbekova, 51, was pushed into a police van and held for "
                    "around five hours at a district police station before being released.")
    assert ("Sandugash Zhandarbekova", "detention") in found


def test_his_client_after_the_lawyer_set_off_by_commas_is_the_client() -> None:
    found = _events("Sandugash Zhandarbekova was fined on Tuesday. Zhandarbekova's lawyer, Nurtas "
                    "Kudaibergenov, said police had no legal grounds to detain his client.")
    assert ("Nurtas Kudaibergenov", "detention") not in found
    assert ("Sandugash Zhandarbekova", "detention") in found


def test_an_arrest_named_as_a_point_in_time_is_not_denied_by_its_clause() -> None:
    found = _events("Her brother, Ermukhan Zhandarbekuly, died on February 9 in a prison hospital "
                    "in Shihezi. The family says he had no history of heart trouble before his "
                    "arrest in February 2018.")
    assert ("Ermukhan Zhandarbekuly", "detention") in found


def test_an_arrest_feared_is_still_no_event() -> None:
    found = _events("Ermukhan Zhandarbekuly said he did not fear his arrest.")
    assert ("Ermukhan Zhandarbekuly", "detention") not in found


def test_not_permitted_to_leave_her_house_since_then_is_house_arrest() -> None:
    found = _events("In Fuhai, his widow Rysgul Amantaikyzy was allowed to attend a short burial "
                    "on February 12 but has not been permitted to leave her house since then, "
                    "with police officers posted at the gate.")
    assert ("Rysgul Amantaikyzy", "house_arrest") in found


def test_a_mothers_health_as_the_price_of_silence_is_a_threat() -> None:
    found = _events("Abylai Ermukhanuly is a student. A man called him from a Chinese number and "
                    "told him not to \"make noise\" abroad if he wanted his mother to \"stay "
                    "healthy\".")
    assert ("Abylai Ermukhanuly", "threat") in found


def test_first_held_in_a_camp_then_convicted_in_june_is_not_interned_in_june() -> None:
    ex = run("Ermukhan Zhandarbekuly was detained in February 2018. Zhandarbekuly was first "
             "held in one of the facilities Beijing calls \"vocational training centres\", then "
             "convicted in June 2019 by a court in Altay prefecture.", "2021-03-04")
    dates = {e.type: e.date for e in ex.events}
    assert dates["internment"] != "2019-06"


def test_a_verdict_rendering_his_name_in_chinese_names_him() -> None:
    ex = run("Ermukhan Zhandarbekuly was sentenced in June 2019. The verdict renders his name "
             "in Chinese as Aiermuhan Jiandabieke.", "2021-03-04")
    names = [p.name for p in ex.persons]
    assert names == ["Ermukhan Zhandarbekuly"]


def test_a_daughter_of_patronymic_is_not_his() -> None:
    ex = run("Sandugash Zhandarbekkyzy spoke to RFA in Almaty. The verdict renders his name in "
             "Chinese as Aiermuhan Jiandabieke.", "2021-03-04")
    sandugash = next(p for p in ex.persons if p.name == "Sandugash Zhandarbekkyzy")
    assert "Aiermuhan Jiandabieke" not in sandugash.names
