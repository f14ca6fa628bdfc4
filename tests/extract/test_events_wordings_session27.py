"""Wordings read in session 27 (general forms, invented names)."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, place_name, run

# a place's name that is also a given name, beside another name, is part of a person's name


@pytest.mark.parametrize("name", ["Manas Turgunov", "Emin Tursun", "Naryn Bekova",
                                  "Nursultan Abdrakhman", "Ayagoz Serikova", "Altay Nurlanuly",
                                  "Mehmet Emin", "Tursun Manas"])
def test_a_given_name_that_is_also_a_place_is_a_persons_name(name: str) -> None:
    found = events_by_name(run(f"Police detained {name} in 2018."))
    assert found == {(name, "detention")}


def test_a_place_inside_a_persons_name_is_not_where_the_event_happened() -> None:
    ex = run("Police detained Manas Turgunov in 2018.")
    assert [e.place for e in ex.events] == [None]
    assert ex.places == [] or all(p.name != "Manas County" for p in ex.places)


def test_a_surname_ending_makes_a_place_beside_it_a_given_name() -> None:
    found = events_by_name(run("Police detained Zhambyl Asanov in 2018."))
    assert found == {("Zhambyl Asanov", "detention")}


def test_a_place_alone_or_before_a_place_word_stays_a_place() -> None:
    ex = run("Kanat Serikov was detained in Manas in 2018. His wife lives in Naryn Region.")
    assert events_by_name(ex) == {("Kanat Serikov", "detention")}
    assert place_name(ex, "Kanat Serikov", "detention") == "Manas County"


def test_a_two_word_place_is_no_person() -> None:
    ex = run("Aigerim Kasym flew from Kuala Lumpur to Urumqi in 2017 and was detained.")
    assert {p.name for p in ex.persons} == {"Aigerim Kasym"}
    assert "Kuala Lumpur" in {p.name for p in ex.places}


# "threatened to arrest him": a threat, and no arrest


def test_threatened_to_arrest_is_a_threat_not_a_detention() -> None:
    found = events_by_name(run("Police threatened to arrest Yerbol Tolegen if he kept talking "
                               "to journalists."))
    assert found == {("Yerbol Tolegen", "threat")}


def test_threatened_to_deport_is_a_threat_not_a_deportation() -> None:
    found = events_by_name(run("Officers threatened to deport Yerbol Tolegen in March 2020."))
    assert found == {("Yerbol Tolegen", "threat")}


def test_did_not_threaten_to_arrest_is_nothing() -> None:
    found = events_by_name(run("Police did not threaten to arrest Yerbol Tolegen, the ministry "
                               "said."))
    assert found == set()


def test_threatened_with_arrest_is_no_detention() -> None:
    found = events_by_name(run("Yerbol Tolegen was threatened with arrest in Almaty."))
    assert ("Yerbol Tolegen", "detention") not in found
    assert ("Yerbol Tolegen", "threat") in found


# called in for questioning, as summoned


def test_called_in_for_questioning_is_harassment() -> None:
    found = events_by_name(run("Dinara Omarova was called in for questioning by police in "
                               "Almaty two days after she spoke to reporters."))
    assert found == {("Dinara Omarova", "harassment")}


def test_called_in_for_questioning_and_never_returned_is_a_detention() -> None:
    found = events_by_name(run("Dinara Omarova was called in for questioning in Ghulja in 2018 "
                               "and never returned."))
    assert found == {("Dinara Omarova", "detention")}


def test_called_in_sick_is_nothing() -> None:
    assert events_by_name(run("Dinara Omarova called in sick in May 2019.")) == set()


@pytest.mark.parametrize("verb", ["summoned", "called in for a conversation"])
def test_summoned_then_detained_with_words_between_is_a_detention(verb: str) -> None:
    found = events_by_name(run(f"Dinara Omarova was {verb} by police in Ghulja in 2018 and "
                               "detained."))
    assert ("Dinara Omarova", "detention") in found


def test_summoned_and_then_another_person_detained_is_no_detention_of_hers() -> None:
    found = events_by_name(run("Dinara Omarova was summoned in May 2018 and questioned for "
                               "hours, and her brother was detained."))
    assert ("Dinara Omarova", "detention") not in found


# a bare given name named in full only further on is that person's, not the namesake's
# daughter whose patronymic holds it


def test_a_fathers_given_name_is_not_his_daughters_patronymic() -> None:
    text = ("Aisaule Galymbekkyzy has not eaten for five days. A placard reads \"Free my father "
            "Galymbek\". On Wednesday police held her for six hours.\n\nHer father, Galymbek "
            "Kadyrkhanuly, was detained in October 2017.")
    ex = run(text)
    names = {p.name: set(p.names) for p in ex.persons}
    assert "Galymbek" not in names["Aisaule Galymbekkyzy"]
    assert ("Galymbek Kadyrkhanuly", "detention") in events_by_name(ex)
    gender = {p.name: {a.value for a in p.attributes if a.property == "gender"}
              for p in ex.persons}
    assert gender["Aisaule Galymbekkyzy"] == {"female"}


def test_a_uyghur_name_in_pinyin_ending_in_uli_says_no_sex() -> None:
    from izde.extract.names import name_form_gender
    assert name_form_gender("Abudurusuli") is None
    assert name_form_gender("Kasymuli") == "male"
    assert name_form_gender("Serikkyzy") == "female"


def test_her_pinyin_name_does_not_make_her_a_man() -> None:
    text = ("Gulshen Abdurusul, 53, was detained on Aug. 27, her daughter Kamile Burhan said. "
            "Kamile said police detained Abdurusul at her office on April 9, 2018.\n\n"
            "She was held in the Aksu detention center for eight months.\n\n"
            "An officer said he had no information about a woman named Gulixian Abudurusuli, "
            "the Chinese rendering of Abdurusul's name.")
    found = events_by_name(run(text))
    assert ("Kamile Burhan", "detention") not in found
    assert ("Gulshen Abdurusul", "detention") in found


# officials living in a relative's home


def test_cadres_staying_at_his_fathers_home_press_the_father() -> None:
    text = ("Serik Abenov, 82, is a herder. His son, Dias Serikuly, lives in Almaty. Since early "
            "2018, Dias Serikuly said, two cadres from the township have stayed at his father's "
            "home for several days each month.")
    found = events_by_name(run(text))
    assert ("Serik Abenov", "harassment") in found
    assert ("Dias Serikuly", "harassment") not in found


def test_cadres_who_come_and_live_in_his_house() -> None:
    text = "Serik Abenov lives in Altay. Since 2018, two cadres come and live in his house."
    assert events_by_name(run(text)) == {("Serik Abenov", "harassment")}


def test_told_the_herder_to_bring_his_passport_is_a_confiscation() -> None:
    text = ("Serik Abenov, 82, is a herder in Altay. In 2017 township officials told the herder "
            "to bring his passport to the township government.")
    assert events_by_name(run(text)) == {("Serik Abenov", "passport_confiscation")}


# a fronted clause of time does not negate the main clause


def test_when_i_asked_why_does_not_undo_the_blow() -> None:
    text = ("My name is Bekassyl Islamkhanuly. I live in Almaty. When I asked why, one of them "
            "hit me on the back of the head.")
    assert events_by_name(run(text)) == {("Bekassyl Islamkhanuly", "assault")}


def test_although_never_charged_he_was_detained() -> None:
    text = "Although Serik Abenov was never charged, police detained him in Ghulja in 2018."
    assert ("Serik Abenov", "detention") in events_by_name(run(text))


def test_a_fronted_condition_still_negates() -> None:
    text = "If Serik Abenov speaks again, police will detain him."
    assert events_by_name(run(text)) == set()


# taken aside at a border post


def test_border_police_took_him_into_a_room_at_the_port() -> None:
    text = ("On 20 August 2017 the Chinese border police took Bekassyl Islamkhanuly into a room "
            "at the Khorgos port.")
    ex = run(text)
    assert events_by_name(ex) == {("Bekassyl Islamkhanuly", "detention")}
    assert place_name(ex, "Bekassyl Islamkhanuly", "detention") == "Khorgos"


def test_held_about_six_hours_is_a_detention() -> None:
    text = "Police held Aisaule Galym about six hours at a district station on Wednesday."
    assert ("Aisaule Galym", "detention") in events_by_name(run(text))


def test_kept_there_after_a_summons_is_no_detention() -> None:
    text = ("Officers summoned Bagila Ermek to the station and, she said, kept her there for two "
            "hours, warning her not to go to the consulate.")
    found = events_by_name(run(text))
    assert ("Bagila Ermek", "detention") not in found
    assert ("Bagila Ermek", "harassment") in found


# a video testimony's turns: time codes, a greeting before "My name is"

_TESTIMONY = """Video testimony no. 1 (English transcript)

[00:00:03] INTERVIEWER: Please introduce yourself.

[00:00:08] ISLAMKHANULY: Waleikumassalam. My name is Bekassyl Islamkhanuly. I live in Almaty.

[00:00:34] ISLAMKHANULY: My father, Islamkhan Kalibekuly, is a herder in Koktogay.

[00:01:02] INTERVIEWER: Let us start with your father. What happened to him?

[00:01:06] ISLAMKHANULY: In July 2017 I visited him. In September the head of the township came \
to his house and told him to bring his passport to the township government.

[00:02:30] INTERVIEWER: You said you also went to Tekes.

[00:02:33] ISLAMKHANULY: Yes. On 20 August 2017 the Chinese border police took me into a room \
at the Khorgos port. When I asked why, one of them hit me on the back of the head.
"""


def test_a_time_coded_turn_whose_speaker_greets_then_gives_his_name() -> None:
    found = events_by_name(run(_TESTIMONY))
    assert ("Bekassyl Islamkhanuly", "detention") in found
    assert ("Bekassyl Islamkhanuly", "assault") in found


def test_the_questions_your_father_is_whom_the_answer_speaks_of() -> None:
    found = events_by_name(run(_TESTIMONY))
    assert ("Islamkhan Kalibekuly", "passport_confiscation") in found
    assert ("Bekassyl Islamkhanuly", "passport_confiscation") not in found


def test_a_beating_folded_into_torture_gives_it_its_date() -> None:
    text = ("Taalai Osmon was held in a camp in Artux. \"When I would not pray to the flag, they "
            "tied my hands to a chair for the whole night. Two guards beat me on the legs with a "
            "rubber stick,\" Taalai Osmon said, describing events in the autumn of 2018.")
    ex = run(text)
    (torture,) = [e for e in ex.events if e.type == "torture"]
    assert torture.date is not None and torture.date.startswith("2018")


# a relative quoted says the given name; the writer's bare surname is still the first named


def test_a_given_name_only_in_a_quotation_does_not_give_the_surname_away() -> None:
    text = ("Zeinulla Ongarbaiuly died at his brother's house on January 29. His wife said: "
            "\"He told me only: 'Zeinulla has gone.'\"\n\nHe died at the home of his brother, "
            "Sultanmurat Ongarbaiuly, in Sawan county.\n\nOngarbaiuly stayed behind in Sawan in "
            "2016. In the spring of 2018 he was detained.")
    found = events_by_name(run(text))
    assert ("Zeinulla Ongarbaiuly", "detention") in found
    assert ("Sultanmurat Ongarbaiuly", "detention") not in found


def test_made_to_delete_photographs_is_harassment() -> None:
    text = ("Police officers came to Sultanmurat Ongarbaiuly's house and made him delete "
            "photographs of the body from his phone.")
    assert events_by_name(run(text)) == {("Sultanmurat Ongarbaiuly", "harassment")}


def test_questioned_for_about_four_hours_is_harassment() -> None:
    text = "Sharbanu Rakhym said she was questioned by the KNB for about four hours on Monday."
    assert ("Sharbanu Rakhym", "harassment") in events_by_name(run(text))


def test_if_you_want_to_see_him_alive_from_the_men_who_followed_her_is_a_threat() -> None:
    text = ("Sharbanu Rakhym said two men had followed her for two weeks. \"When I walked, one "
            "of them walked behind me,\" she said.\n\nOn October 9, one of the men came up to "
            "her at the school gate.\n\n\"He said: 'If you want to see him alive, stop posting "
            "videos,'\" Sharbanu Rakhym recalled.")
    assert ("Sharbanu Rakhym", "threat") in events_by_name(run(text))


def test_held_in_a_facility_described_as_a_training_centre_is_internment() -> None:
    text = ("Aigul Rozaq was allegedly held in a facility described by the authorities as a "
            "\"vocational skills education and training centre\" in Kuqa County.")
    assert events_by_name(run(text)) == {("Aigul Rozaq", "internment")}


def test_a_siblings_mother_is_ones_own() -> None:
    text = ("Enwerjan Burhan died in prison. His sister, Kamile Burhan, lives in Istanbul. His "
            "mother, Gulshen Abdurusul, is in prison. Kamile said the court had sentenced her "
            "mother in November 2020 to 14 years.")
    assert ("Gulshen Abdurusul", "sentencing") in events_by_name(run(text))


def test_delivered_to_the_police_and_a_fine_imposed_on_her() -> None:
    text = ("\"On February 10, Aisaule Galym was delivered to the police department to draw up "
            "an administrative protocol. By a court decision, an administrative fine was imposed "
            "on her,\" the official said.")
    found = events_by_name(run(text))
    assert ("Aisaule Galym", "detention") in found
    assert ("Aisaule Galym", "sentencing") in found


def test_invited_to_the_police_for_a_conversation_is_harassment() -> None:
    text = ("\"Bekassyl Islam was invited to the Bostandyk district police department of Almaty "
            "on March 3 for a conversation,\" the official said.")
    assert events_by_name(run(text)) == {("Bekassyl Islam", "harassment")}


def test_not_detained_but_invited_is_the_polices_rewording() -> None:
    text = ("Police detained Jyldyz Sadyr at the embassy on Monday. The GKNB said she \"was not "
            "detained\" but \"was invited for a preventive conversation\".")
    assert events_by_name(run(text)) == {("Jyldyz Sadyr", "detention")}


def test_the_conditions_of_his_detention_are_no_new_detention() -> None:
    text = ("In December 2020 Galym Kadyr was transferred to a prison in Kuitun to improve the "
            "conditions of his detention, the official said.")
    assert events_by_name(run(text)) == {("Galym Kadyr", "transfer")}


def test_a_quotations_him_is_not_its_named_speaker() -> None:
    text = ("Orozali Ysmanov said guards took the trader, Mirlan Turgun, away for interrogation "
            "in the spring of 2018.\n\n\"They beat him with a rubber stick on the soles of his "
            "feet,\" said Ysmanov.")
    found = events_by_name(run(text))
    assert ("Orozali Ysmanov", "assault") not in found
    assert ("Orozali Ysmanov", "torture") not in found
    assert {("Mirlan Turgun", "assault"), ("Mirlan Turgun", "torture")} & found


def test_they_after_the_guards_beat_him_in_a_camp_is_torture() -> None:
    text = ("Yusup Hesen was held in a camp in Yarkand in 2018. \"The guards found out. They took "
            "him out and beat him with a stick,\" Ilshat Abbas said.")
    found = events_by_name(run(text))
    assert ("Yusup Hesen", "torture") in found
    assert ("Yusup Hesen", "assault") not in found


def test_they_after_guards_at_the_end_of_the_paragraph_before_beat_him() -> None:
    text = ("Mirlan Turgun was held in a camp in Artux. Orozali Ysman, who shared a room with "
            "him, said guards were still taking the trader away for interrogation in 2018.\n\n"
            "\"They beat him with a rubber stick on the soles of his feet,\" said Ysman.")
    found = events_by_name(run(text))
    assert ("Mirlan Turgun", "torture") in found
    assert ("Mirlan Turgun", "assault") not in found


def test_told_him_if_your_son_does_not_stop_is_a_threat_to_him() -> None:
    text = ("Police told Mirlan Turgun: if your son does not stop, you will go back to study.")
    assert events_by_name(run(text)) == {("Mirlan Turgun", "threat")}


@pytest.mark.parametrize("text", [
    "Since his release, Mirlan Turgun has been subject to a measure described to him as "
    "\"residential surveillance\" at his home in Kashgar.",
    "Mirlan Turgun may not leave his residential compound without permission.",
    "After his release, Mirlan Turgun was unable to leave his apartment block.",
])
def test_kept_to_his_compound_or_block_is_house_arrest(text: str) -> None:
    assert ("Mirlan Turgun", "house_arrest") in events_by_name(run(text))


def test_his_passport_taken_the_day_he_was_detained_never_returned() -> None:
    text = ("Mirlan Turgun spent 14 months in a camp. His passport, taken the day he was "
            "detained, has never been returned.")
    assert ("Mirlan Turgun", "passport_confiscation") in events_by_name(run(text))


def test_men_in_a_car_following_her_for_weeks_is_harassment() -> None:
    text = "Aliya Nurova said men in a black car followed her for weeks."
    assert events_by_name(run(text)) == {("Aliya Nurova", "harassment")}


def test_a_man_following_her_into_a_shop_once_is_nothing() -> None:
    assert events_by_name(run("A man followed Aliya Nurova into the shop.")) == set()


def test_a_full_name_does_not_push_a_claim_out_of_the_negation_window() -> None:
    text = ("In January, a message spread in WhatsApp groups claiming that Mirlan Turgunbekov "
            "had been sentenced to 12 years in prison.")
    assert events_by_name(run(text)) == set()
