"""Wordings read in older dev sets in session 22 (general forms, invented names)."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

# a named person in apposition to a former camp detainee


def test_a_relative_who_is_himself_a_former_camp_detainee_was_interned() -> None:
    text = ("His brother, Serikbol, himself a former camp detainee, now hosts him under the "
            "eye of neighbourhood officials.")
    assert ("Serikbol", "internment") in events_by_name(run(text))


def test_a_former_inmate_of_the_same_camp_named_after_it_was_interned() -> None:
    text = ("A former inmate of the same camp, Temirlan Ashimov, told RFE/RL that he saw the "
            "teacher there in the autumn of 2018.")
    assert ("Temirlan Ashimov", "internment") in events_by_name(run(text))


def test_a_lawyer_for_former_detainees_was_not_interned() -> None:
    text = ("Lawyer Raushan Tokayeva, who has represented several former detainees, says "
            "there is no mechanism that protects them.")
    assert ("Raushan Tokayeva", "internment") not in events_by_name(run(text))


def test_a_former_inmate_of_a_prison_is_no_camp_detainee() -> None:
    text = ("A former inmate of the Urumqi prison, Daulet Saparov, contacted the family this "
            "summer.")
    assert ("Daulet Saparov", "internment") not in events_by_name(run(text))


# a caller's advice about the family, told as a condition


def test_think_about_your_mother_if_you_refuse_is_a_threat() -> None:
    text = ("Gulnaz Seitova said a police officer called her in May. \"He said, 'If you help "
            "us, your father's conditions can improve. If you don't, think about your "
            "mother.'\"")
    assert ("Gulnaz Seitova", "threat") in events_by_name(run(text))


def test_think_about_who_will_look_after_her_is_a_threat() -> None:
    text = ("Gulnaz Seitova said a police officer called her in May. \"He said: 'Your mother "
            "is getting old. Think about who will look after her.'\"")
    assert ("Gulnaz Seitova", "threat") in events_by_name(run(text))


def test_if_you_love_your_sister_keep_quiet_is_a_threat() -> None:
    text = ("Gulnaz Seitova said police in Naryn called her in May. \"They said, 'If you love "
            "your sister, keep quiet,'\" she said.")
    assert ("Gulnaz Seitova", "threat") in events_by_name(run(text))


def test_a_friends_advice_to_think_about_the_family_is_no_threat() -> None:
    text = ("Gulnaz Seitova said her neighbour came by in May. \"She said, 'If you don't "
            "go, think about your mother.'\"")
    assert ("Gulnaz Seitova", "threat") not in events_by_name(run(text))


# a transcript whose witness is named in a field line and speaks under a role label


def test_the_witness_named_in_a_field_line_is_the_i_of_the_witness_turns() -> None:
    text = ("Witness: Saule Omarkyzy, by video link from Almaty\n\n"
            "CHAIR: Ms Omarkyzy, can you hear us?\n\n"
            "THE WITNESS: Yes, I can hear you.\n\n"
            "COUNSEL: Have you been put under pressure?\n\n"
            "THE WITNESS: Yes. In March I stood outside the Chinese consulate in Almaty with a "
            "poster. A man pushed me to the ground, and then the police took me to the station "
            "and held me for four hours.\n")
    found = events_by_name(run(text))
    assert ("Saule Omarkyzy", "assault") in found
    assert ("Saule Omarkyzy", "detention") in found


# a relative the text names only later does not take a kin phrase told before


def test_her_brother_before_a_second_brother_is_named_is_the_first_brother() -> None:
    text = ("Yerlan Bazarbaiuly, 46, a herder, was sentenced in December 2019, according to "
            "his sister, Zhanar Bazarbaikyzy.\n\n"
            "According to Bazarbaikyzy, police collected her brother's passport in the "
            "spring of 2017.\n\n"
            "Her younger brother, Nurlan Bazarbaiuly, 39, was taken from his home in July "
            "2018.\n")
    found = events_by_name(run(text))
    assert ("Yerlan Bazarbaiuly", "passport_confiscation") in found
    assert ("Nurlan Bazarbaiuly", "passport_confiscation") not in found


def test_a_relative_in_a_clause_about_a_thing_is_no_antecedent() -> None:
    text = ("Yerlan Bazarbaiuly, 46, a herder, was sentenced in December 2019, according to "
            "his sister, Zhanar Bazarbaikyzy.\n\n"
            "\"He is a herder. The only book he ever read was the Quran our grandfather left "
            "him,\" said Bazarbaikyzy.\n\n"
            "On March 9, 2018, officers came to the family's winter pasture and took him to "
            "the county seat for questioning.\n")
    assert ("Yerlan Bazarbaiuly", "detention") in events_by_name(run(text))


def test_bail_terms_that_forbid_leaving_the_city_are_a_travel_ban() -> None:
    text = ("Nurlan Bazarbaiuly was released in December 2019. The terms of his release "
            "require him to report to the police once a month and forbid him from leaving "
            "the city, she said.")
    assert ("Nurlan Bazarbaiuly", "travel_ban") in events_by_name(run(text))


def test_a_surname_that_is_an_english_word_opens_a_sentence_with_a_past_verb() -> None:
    text = ("The court gave Ding Hailong a suspended sentence. Ding crossed the river and was "
            "detained by border guards.")
    assert ("Ding Hailong", "detention") in events_by_name(run(text))


def test_held_in_a_similar_facility_after_a_camp_is_internment() -> None:
    text = ("Ding Hailong said he had been held for ten months in 2018 in a \"vocational "
            "training centre\" in Changji. His father, Ding Guohua, was held in a similar "
            "facility that year.")
    assert ("Ding Guohua", "internment") in events_by_name(run(text))


# forced labour: sent from a camp to a factory


def test_sent_from_a_camp_to_work_at_a_factory_in_another_province_is_a_transfer() -> None:
    text = ("His sister, Gulzhan Serikova, 29, was held in a camp in 2018 and in 2019 was sent "
            "with dozens of other young women to work at an electronics factory in Anhui "
            "province.")
    assert ("Gulzhan Serikova", "transfer") in events_by_name(run(text))


def test_a_factory_job_after_the_release_is_no_transfer() -> None:
    text = ("Torekhan Abenov spent more than a year in a camp. After his release he was sent "
            "to a glove factory in Tacheng.")
    assert ("Torekhan Abenov", "transfer") not in events_by_name(run(text))


def test_a_workshop_inside_the_prison_one_was_sent_to_is_no_transfer_to_it() -> None:
    text = ("Kanat Oraztaiuly was sentenced in 2019. After the sentence he was sent to a "
            "prison in Yining, where he worked in a sewing workshop.")
    found = [(n, t) for n, t in events_by_name(run(text)) if t == "transfer"]
    assert found == []


def test_a_court_that_ordered_her_expelled_deports_her() -> None:
    text = "Aida Tursun was detained in October. A week later, a court ordered her expelled."
    assert ("Aida Tursun", "deportation") in events_by_name(run(text))


def test_took_the_passport_of_a_named_relative_confiscates_it() -> None:
    text = "Police took the passport of her mother, Tumaris Tewpiq, in 2017."
    assert ("Tumaris Tewpiq", "passport_confiscation") in events_by_name(run(text))


def test_an_officer_who_punched_him_in_the_police_van_assaulted_him() -> None:
    text = ("Orynbek Sadyrov was detained on Monday. He says an officer punched him in the "
            "police van.")
    assert ("Orynbek Sadyrov", "assault") in events_by_name(run(text))


# harm to the family spoken of as a pity or a price


def test_it_would_be_a_pity_if_something_happened_is_a_threat() -> None:
    text = ("In May, a man who said he was a police officer from Khotan called Ilyas Tohti on "
            "WeChat. \"He said: 'Your sister has a good job now. It would be a pity if "
            "something happened to it,'\" Tohti recalls.")
    assert ("Ilyas Tohti", "threat") in events_by_name(run(text))


def test_it_will_be_bad_for_you_said_to_a_held_mother_threatens_her() -> None:
    text = ("Ilyas said police in Hotan held his mother, Aynur Kamal, overnight on Jan. 12. "
            "\"They told her, 'Your son is spreading rumors. If he keeps talking, it will be "
            "bad for you,'\" he said.")
    found = events_by_name(run(text))
    assert ("Aynur Kamal", "detention") in found
    assert ("Aynur Kamal", "threat") in found


def test_his_father_will_answer_for_it_threatens_the_one_told() -> None:
    text = ("Gulnar Abenova said police in Qitai had called her in November and told her to "
            "persuade her son to return. \"They said that if he comes back on his own, it will "
            "be easier for him, and if he does not, his father will answer for it,\" she said.")
    assert ("Gulnar Abenova", "threat") in events_by_name(run(text))


def test_warned_that_her_mother_would_suffer_is_a_threat_to_her() -> None:
    text = ("Aida Tursun said that in September 2022 a caller who said he was an Aksu police "
            "officer urged her to return and warned that her mother would \"suffer because "
            "of\" her.")
    assert ("Aida Tursun", "threat") in events_by_name(run(text))


def test_a_message_telling_him_to_stop_and_to_think_about_his_sister_is_a_threat() -> None:
    text = ("On Monday, a man who identified himself as a Hotan police officer sent Ilyas "
            "Tohti a voice message on WeChat telling him to stop giving interviews and to "
            "\"think about\" his younger sister.")
    assert ("Ilyas Tohti", "threat") in events_by_name(run(text))


def test_the_narrations_her_after_a_quoted_my_mother_is_the_speaker() -> None:
    text = ("In October 2021, Sanam Qeyyum received a video call from her mother's WeChat "
            "account.\n\n"
            "\"He said my brother could easily 'go back to where he was' if I kept talking,\" "
            "Qeyyum said. \"My mother did not say a word. She just looked at me.\" It was the "
            "second such warning: in April 2021, an unknown man claiming to be from the Kuqa "
            "police had sent her a voice message on WeChat telling her to \"think of your "
            "mother.\"\n")
    found = events_by_name(run(text))
    assert ("Sanam Qeyyum", "threat") in found
    assert not [n for n, t in found if t == "threat" and n != "Sanam Qeyyum"]


def test_no_word_since_a_call_is_no_disappearance() -> None:
    text = ("He said he had not heard from his mother, Sajida Zakir, since the September "
            "call.")
    assert ("Sajida Zakir", "disappearance") not in events_by_name(run(text))


# pressure at home


def test_community_workers_who_come_every_week_harass() -> None:
    text = "Dana Gabitova lives alone. The community workers come to her flat every week."
    assert ("Dana Gabitova", "harassment") in events_by_name(run(text))


def test_becoming_family_cadres_who_have_regularly_stayed_in_her_home_harass() -> None:
    text = ("Aysha Kamalova lives in Hotan. Since 2018, cadres under the \"Becoming Family\" "
            "program have regularly stayed in her home.")
    assert ("Aysha Kamalova", "harassment") in events_by_name(run(text))


def test_an_inspector_who_visited_her_home_and_asked_her_to_explain_harasses() -> None:
    text = ("Rauza Tazhibaeva spoke out. Two days later a police inspector visited her home "
            "and asked her to explain her \"contacts with foreign media\".")
    assert ("Rauza Tazhibaeva", "harassment") in events_by_name(run(text))


def test_taken_to_a_camp_in_a_clause_of_time_after_not_heard_from_is_told_as_given() -> None:
    text = ("Her younger brother, Marat Lutfullin, has not been heard from since he was taken "
            "to a camp in Kucha county in the spring of 2018, she said.")
    found = events_by_name(run(text))
    assert ("Marat Lutfullin", "internment") in found
    assert ("Marat Lutfullin", "disappearance") in found


def test_placed_under_criminal_detention_is_a_detention() -> None:
    text = ("My father is Kairat Baimukhan. The letter said that he was placed under criminal "
            "detention on the 14th of March 2018.")
    assert ("Kairat Baimukhan", "detention") in events_by_name(run(text))


def test_not_detained_stays_negated() -> None:
    assert ("Aidos Serikuly", "detention") not in events_by_name(run(
        "Aidos Serikuly was not detained."))


def test_a_participle_set_after_a_name_tells_a_detention() -> None:
    text = ("Lutfulla Tiyip, detained in April 2017 and sentenced in 2018 to 15 years' "
            "imprisonment for \"separatism\", died in custody in Korla on 17 March 2024.")
    found = events_by_name(run(text))
    assert ("Lutfulla Tiyip", "detention") in found
    assert ("Lutfulla Tiyip", "sentencing") in found


def test_a_witness_turn_that_opens_with_a_name_does_not_name_the_witness() -> None:
    text = ("CHAIR: Can you hear us?\n\n"
            "THE WITNESS: Yes, I can hear you.\n\n"
            "COUNSEL: What happened to your brother?\n\n"
            "THE WITNESS: Adilbek Kairbekov, my brother, was taken to a camp in May 2018. "
            "Police held me for four hours in March.\n")
    found = events_by_name(run(text))
    assert ("Adilbek Kairbekov", "internment") in found
    assert ("Adilbek Kairbekov", "detention") not in found
