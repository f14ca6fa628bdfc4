"""Pressure on those who speak out, in the wordings reports use: calls pressing someone to come
back, being followed, being "called in" for conversations, a liquid thrown in the face."""

from __future__ import annotations

from extract.extract_helpers import run

PUB = "2022-12-10"


def _events(text: str) -> set[tuple[str, str]]:
    ex = run(text, PUB)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type) for e in ex.events}


def test_calls_from_police_urging_a_return_are_harassment() -> None:
    found = _events("Ablikim Yasin had been receiving calls from police in Ghulja since 2019 "
                    "urging him to come home.")
    assert ("Ablikim Yasin", "harassment") in found


def test_calls_from_police_told_without_a_purpose_stay_a_threat() -> None:
    found = _events("Ablikim Yasin has received calls from police in Ghulja.")
    assert ("Ablikim Yasin", "threat") in found


def test_followed_by_men_in_plain_clothes_is_harassment() -> None:
    found = _events("Ablikim Yasin was followed by two men in plain clothes.")
    assert ("Ablikim Yasin", "harassment") in found


def test_followed_by_a_dog_is_nothing() -> None:
    found = _events("Ablikim Yasin was followed by a dog.")
    assert ("Ablikim Yasin", "harassment") not in found


def test_men_followed_her_from_the_flat_to_the_school_is_harassment() -> None:
    found = _events("Zohre Qadir is Yasin's wife. Men followed her from the flat to the school "
                    "several times.")
    assert ("Zohre Qadir", "harassment") in found


def test_officers_called_her_in_for_conversations_is_harassment() -> None:
    found = _events("Zhanar Sagyndykkyzy spoke out. Since last autumn, officers of the National "
                    "Security Committee (KNB) have called her in for \"conversations\" three "
                    "times, she said.")
    assert ("Zhanar Sagyndykkyzy", "harassment") in found


def test_called_in_to_the_police_department_is_harassment() -> None:
    found = _events("Saltanat Oralbekova spoke out. Between January and June this year, she was "
                    "called in to the Alatau district police department at least nine times.")
    assert ("Saltanat Oralbekova", "harassment") in found


def test_called_in_sick_is_nothing() -> None:
    found = _events("Saltanat Oralbekova was called in sick on Monday.")
    assert ("Saltanat Oralbekova", "harassment") not in found


def test_antiseptic_thrown_in_her_face_is_an_assault() -> None:
    found = _events("Saltanat Oralbekova spoke out. In October 2021, a man waiting outside the "
                    "entrance to her building threw brilliant green antiseptic in Oralbekova's "
                    "face and ran off.")
    assert ("Saltanat Oralbekova", "assault") in found


def test_water_poured_into_a_glass_is_nothing() -> None:
    found = _events("Saltanat Oralbekova poured water into a glass and began to speak.")
    assert ("Saltanat Oralbekova", "assault") not in found


def test_called_in_once_before_vanishing_is_no_harassment() -> None:
    found = _events("Akbota Serik disappeared in October 2018 after police called her in for "
                    "\"a short conversation.\"")
    assert ("Akbota Serik", "harassment") not in found


def test_two_men_he_did_not_know_beat_him_is_an_assault() -> None:
    found = _events("Azamat Sooronbaev is a vet. In November 2019, he said, two men he did not "
                    "know beat him near his house, breaking his nose and two ribs.")
    assert ("Azamat Sooronbaev", "assault") in found


def test_police_did_not_beat_him_is_no_assault() -> None:
    found = _events("Azamat Sooronbaev is a vet. Police did not beat him.")
    assert ("Azamat Sooronbaev", "assault") not in found


def test_a_kyrgyz_daughter_of_particle_makes_her_she() -> None:
    found = _events("Saikal Zhanybek kyzy lives in Naryn. In September 2017 she crossed the "
                    "Irkeshtam pass. Three days after she arrived, officers came to her mother's "
                    "house and took her Chinese passport.")
    assert ("Saikal Zhanybek kyzy", "passport_confiscation") in found


def test_held_in_a_compound_officials_called_a_vocational_school_is_an_internment() -> None:
    found = _events("Saikal Zhanybek kyzy lives in Naryn. For 21 months she was held in a "
                    "walled compound outside Akto, which officials called a vocational school.")
    assert ("Saikal Zhanybek kyzy", "internment") in found
    assert ("Saikal Zhanybek kyzy", "detention") not in found


def test_a_subheading_tells_no_event() -> None:
    found = _events("Manarbek Beisenbaev was detained in Almaty in May.\n\nSent back\n\nHis "
                    "lawyer said the court had not yet ruled.")
    assert ("Manarbek Beisenbaev", "deportation") not in found


def test_a_telegraphic_line_with_its_date_still_tells_one() -> None:
    found = _events("Manarbek Beisenbaev\n\nDetained 12 May 2018\n\nNo news since.")
    assert ("Manarbek Beisenbaev", "detention") in found


def test_visits_to_his_mothers_house_that_tell_her_to_be_silent_press_her() -> None:
    found = _events("Shohrat Hesenjan lives in Adelaide. His mother, Amannisa Rehim, lives in "
                    "Yarkand. Since the death, neighborhood cadres have come to his mother's "
                    "house every day and told her not to speak to anyone abroad, he said.")
    assert ("Amannisa Rehim", "harassment") in found
    assert ("Shohrat Hesenjan", "harassment") not in found


def test_visits_to_his_mothers_house_press_the_mother_not_the_nearest_woman() -> None:
    found = _events("Shohrat Hesenjan lives in Adelaide. His mother, Amannisa Rehim, lives in "
                    "Yarkand. His sister Sanubar Hesenjan lives in Kashgar. Since the death, "
                    "neighborhood cadres have come to his mother’s house every day and told her "
                    "not to speak to anyone abroad, he said.")
    assert ("Amannisa Rehim", "harassment") in found
    assert ("Sanubar Hesenjan", "harassment") not in found


def test_visits_to_his_mothers_house_to_ask_about_him_press_him() -> None:
    found = _events("Shohrat Hesenjan lives in Adelaide. His mother, Amannisa Rehim, lives in "
                    "Yarkand. Police have come to his mother's house three times to ask whom he "
                    "meets.")
    assert ("Shohrat Hesenjan", "harassment") in found


def test_a_summons_that_ended_in_a_disappearance_is_no_harassment_besides() -> None:
    found = _events("Ardak Orynbasaruly disappeared in April 2018 after police summoned him to "
                    "the station in Koktogay, and the family has heard nothing of him since.")
    assert ("Ardak Orynbasaruly", "disappearance") in found
    assert ("Ardak Orynbasaruly", "harassment") not in found


def test_reporting_weekly_under_a_travel_ban_is_part_of_the_ban() -> None:
    found = _events("Zhomart Orynbasaruly was released in June 2019. He was told he could not "
                    "leave Koktogay county, and he spent the following months reporting to the "
                    "village committee every week.")
    assert ("Zhomart Orynbasaruly", "travel_ban") in found
    assert ("Zhomart Orynbasaruly", "harassment") not in found


def test_taken_from_his_mothers_house_to_a_compound_officials_called_a_school() -> None:
    found = _events("Zhomart Orynbasaruly is a herder. In February 2018, officers took him from "
                    "his mother's house to a compound on the edge of Koktogay town that "
                    "officials called a \"vocational training school.\"")
    assert ("Zhomart Orynbasaruly", "internment") in found
    assert ("Zhomart Orynbasaruly", "detention") in found


def test_officers_took_him_from_his_stall_is_a_detention() -> None:
    found = _events("Ablikim Yasin sold jeans at the Dordoi bazaar. In March 2021, officers from "
                    "Kyrgyzstan's security service took him from his stall.")
    assert ("Ablikim Yasin", "detention") in found


def test_books_taken_from_a_shelf_detain_nobody() -> None:
    found = _events("Ablikim Yasin sold jeans. His sister took her books from the shelf.")
    assert ("Ablikim Yasin", "detention") not in found


def test_why_she_had_been_held_tells_no_custody_again() -> None:
    found = _events("Sholpan Nurtazakyzy lives in Esik. Nurtazakyzy said she was never charged "
                    "with any crime and was never shown any document explaining why she had "
                    "been held.")
    assert ("Sholpan Nurtazakyzy", "detention") not in found


def test_not_spoken_to_his_mother_directly_is_no_disappearance() -> None:
    found = _events("Dilshat Obulqasim lives in Istanbul. His mother, Ruqiye Tohtiniyaz, lives in "
                    "Qaraqash. Dilshat said he has not spoken to his mother directly since his "
                    "father's arrest.")
    assert ("Ruqiye Tohtiniyaz", "disappearance") not in found


def test_guards_beating_him_told_by_a_cellmate_is_torture() -> None:
    found = _events("Orazbek Saparbaiuly is serving 12 years. A former cellmate says guards beat "
                    "him in 2021 for what they took to be praying.")
    assert ("Orazbek Saparbaiuly", "torture") in found
    assert ("Orazbek Saparbaiuly", "assault") not in found


def test_summoned_and_taken_from_there_straight_to_the_camp_is_an_internment() -> None:
    found = _events("Akmaral Sabitkyzy lives in Shymkent. In April 2018 she was summoned to the "
                    "township police station and taken from there straight to the camp, a former "
                    "school surrounded by a new wall.")
    assert ("Akmaral Sabitkyzy", "internment") in found
    assert ("Akmaral Sabitkyzy", "harassment") not in found


def test_summoned_again_and_held_there_is_a_detention() -> None:
    found = _events("Chyngyz Kylychbekov is a trader. In May of that year he was summoned to the "
                    "station again and held there, a relative later told the family.")
    assert ("Chyngyz Kylychbekov", "detention") in found
    assert ("Chyngyz Kylychbekov", "harassment") not in found


def test_no_threatening_calls_received_is_no_threat() -> None:
    found = _events("Togzhan Amirzhankyzy picketed the consulate. She says she has received no "
                    "threatening calls.")
    assert ("Togzhan Amirzhankyzy", "threat") not in found


def test_guards_beating_him_in_front_of_the_other_detainees_is_torture() -> None:
    found = _events("Chyngyz Kylychbekov is a trader. He said guards beat Kylychbekov with a "
                    "rubber truncheon in front of the other detainees.")
    assert ("Chyngyz Kylychbekov", "torture") in found
