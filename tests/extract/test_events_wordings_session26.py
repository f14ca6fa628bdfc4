"""Wordings read in session 26 (general forms, invented names)."""

from __future__ import annotations

from extract.extract_helpers import dates_by_name, events_by_name, place_name, run

# "the older man", "the younger woman": one of two people of that sex the story compares


def test_the_older_man_is_not_the_witness_named_in_his_own_sentence() -> None:
    text = ("Serzhan Abenov was sent to a camp in Nilka in 2018. Kairat Dosov, 41, who said he "
            "was held in the facility until May 2019, said guards beat the older man with a "
            "rubber baton in the autumn of 2018.")
    found = events_by_name(run(text))
    assert ("Serzhan Abenov", "torture") in found or ("Serzhan Abenov", "assault") in found
    assert ("Kairat Dosov", "torture") not in found
    assert ("Kairat Dosov", "assault") not in found


def test_the_younger_man_of_a_father_and_son_is_the_son() -> None:
    text = ("Daniyar Serikuly, 33, posted videos about his father, Serik Tolegenuly. His father "
            "was detained in August 2018 in Urumqi. After the video, the younger man was "
            "summoned repeatedly by police and, in February 2021, he was banned from leaving "
            "Kazakhstan.")
    found = events_by_name(run(text))
    assert ("Daniyar Serikuly", "travel_ban") in found
    assert ("Serik Tolegenuly", "travel_ban") not in found


def test_the_older_man_of_a_father_and_son_is_the_father() -> None:
    text = ("Serik Abenov, 70, is a retired teacher. His son, Dias Abenov, campaigned in Almaty. "
            "Police took the older man from his home in the summer of 2017, his son said.")
    assert dates_by_name(text)[("Serik Abenov", "detention")] == "2017-22"
    assert ("Dias Abenov", "detention") not in events_by_name(run(text))


def test_the_seventy_year_old_taken_from_his_home_is_detained() -> None:
    text = ("Serik Abenov, 70, is a retired teacher. Police took the 70-year-old from his home "
            "in the summer of 2017.")
    assert ("Serik Abenov", "detention") in events_by_name(run(text))


def test_a_younger_man_with_no_one_named_before_is_no_one() -> None:
    text = "The younger man was detained in 2018, officials said."
    assert events_by_name(run(text)) == set()


# a case sheet: its summary's "she" is whom the sheet is about, not its testifier

_SHEET = """Entry no.: 20417
Name: Aiman Kudaibergen
Gender: Female
Ethnicity: Kazakh
Location: Tekes county
Status: released
Testimony by: Dana Bolatkyzy (daughter), Almaty

Summary:
On 3 March 2018 police at a checkpoint checked her phone. She was taken away the same day.
In January 2021 she was released and sent home. A camera has been installed above the door.
She is not allowed to leave the county without the permission of the police.

Other family members:
- Daughter Dana Bolatkyzy: lives in Almaty; summoned by Almaty police in September 2020.
"""


def test_a_case_sheets_summary_pronoun_is_its_subject_not_its_testifier() -> None:
    found = events_by_name(run(_SHEET))
    assert ("Aiman Kudaibergen", "detention") in found
    assert ("Aiman Kudaibergen", "travel_ban") in found
    assert ("Dana Bolatkyzy", "detention") not in found
    assert ("Dana Bolatkyzy", "travel_ban") not in found


def test_a_family_line_opening_with_the_kin_word_names_the_relative_alone() -> None:
    names = {p.name for p in run(_SHEET).persons}
    assert "Dana Bolatkyzy" in names
    assert "Daughter Dana Bolatkyzy" not in names


def test_a_relative_listed_as_summoned_is_harassed() -> None:
    assert dates_by_name(_SHEET)[("Dana Bolatkyzy", "harassment")] == "2020-09"


def test_a_pronoun_in_prose_with_no_sheet_is_not_given_to_a_far_name() -> None:
    text = ("Summary:\nAiman Kudaibergen lives in Almaty.\n\nHer sister said she was taken away "
            "in 2018.")
    assert ("Aiman Kudaibergen", "detention") not in events_by_name(run(text))


# one's own passport kept back from many collected


def test_hers_was_never_returned_after_passports_were_collected() -> None:
    text = ("Aiman Kudaibergen is a teacher. The school collected the passports of all teaching "
            "staff in April 2017. Hers was never returned.")
    assert ("Aiman Kudaibergen", "passport_confiscation") in events_by_name(run(text))


def test_his_was_never_returned_with_no_passports_before_is_nothing() -> None:
    text = "Askar Bekov lent his car to a neighbour. His was never returned."
    assert ("Askar Bekov", "passport_confiscation") not in events_by_name(run(text))


# a condition put to the one called, told in the sentence after the call


def test_an_officer_saying_what_follows_if_she_continues_is_a_threat() -> None:
    text = ("Dana Bolatkyzy spoke about her mother's case. The officer said that her mother's "
            "release \"can be reversed\" if Dana \"continues to tell lies to foreigners\".")
    assert ("Dana Bolatkyzy", "threat") in events_by_name(run(text))


def test_an_officer_saying_what_follows_if_she_returns_is_no_threat_here() -> None:
    text = ("Dana Bolatkyzy spoke about her mother's case. The officer said that her mother "
            "would be released if Dana returned home.")
    assert ("Dana Bolatkyzy", "threat") not in events_by_name(run(text))


# questioning right after a custody told is part of that custody


def test_questioning_told_after_a_short_custody_is_not_harassment() -> None:
    text = ("On Feb. 9 police took Aiman Kudaibergen from her apartment and held her for two "
            "days. Officers questioned her about her daughter's work.")
    found = events_by_name(run(text))
    assert ("Aiman Kudaibergen", "detention") in found
    assert ("Aiman Kudaibergen", "harassment") not in found


def test_questioning_dated_later_than_a_custody_is_harassment() -> None:
    text = ("On Feb. 9 police took Aiman Kudaibergen from her apartment and held her for two "
            "days. In May officers questioned her about her daughter's work.")
    assert ("Aiman Kudaibergen", "harassment") in events_by_name(run(text))


def test_passports_collected_and_hers_never_returned_in_one_sentence() -> None:
    text = ("Aiman Kudaibergen is a teacher. The school collected the passports of all teaching "
            "staff in the spring of 2017 \"for safekeeping\" and never returned hers.")
    assert ("Aiman Kudaibergen", "passport_confiscation") in events_by_name(run(text))


def test_where_she_had_planned_to_go_is_not_where_her_passport_was_taken() -> None:
    text = ("Aiman Kudaibergen is a teacher in Tekes. She had planned to visit her daughter in "
            "Almaty in 2017, but the school collected the passports of all teaching staff and "
            "never returned hers.")
    assert place_name(run(text), "Aiman Kudaibergen", "passport_confiscation") != "Almaty"


# a person and a group taken together: the person is the subject


def test_she_and_around_forty_other_women_taken_to_a_factory_is_her_transfer() -> None:
    text = ("Aiman Kudaibergen was held in a camp in Tekes. Last month, Kudaibergen and around "
            "40 other women from the camp were taken by bus to a garment factory in Ghulja.")
    assert ("Aiman Kudaibergen", "transfer") in events_by_name(run(text))


# a protest watched and sent away


def test_men_from_a_consulate_who_photographed_her_harass_her() -> None:
    text = ("Bagila Serikova stands outside the consulate every day. On Monday, two men who came "
            "out of the consulate's gate photographed her and her placard at close range.")
    assert ("Bagila Serikova", "harassment") in events_by_name(run(text))


def test_an_officer_ordering_her_to_move_away_from_the_building_harasses_her() -> None:
    text = ("Bagila Serikova stands outside the consulate. A police officer told her that she "
            "was disturbing public order and ordered her to move away from the building.")
    assert ("Bagila Serikova", "harassment") in events_by_name(run(text))


def test_ordered_to_leave_the_country_is_no_harassment_of_this_kind() -> None:
    text = "Bagila Serikova is a trader. Police ordered her to leave the country in May."
    assert ("Bagila Serikova", "harassment") not in events_by_name(run(text))


# an event named as the point a time counts from tells neither its date nor its place


def test_a_date_before_a_week_after_his_arrest_is_not_the_arrests() -> None:
    text = ("Kahriman Tursun sold fruit at the bazaar. On September 2, officers took him away. "
            "Instead, on September 9, exactly a week after his arrest, Tursun was driven to "
            "Irkeshtam and handed over to Chinese border officers.")
    dates = dates_by_name(text)
    assert dates[("Kahriman Tursun", "detention")].endswith("-09-02")
    assert dates[("Kahriman Tursun", "deportation")].endswith("-09-09")


def test_a_date_right_after_his_arrest_is_the_arrests() -> None:
    text = "Askar Bekov was held for two years. After his arrest in May 2018, his wife fled."
    assert dates_by_name(text)[("Askar Bekov", "detention")] == "2018-05"


def test_the_crossing_he_was_driven_to_and_handed_over_at_is_the_deportations_place() -> None:
    text = ("On September 9, Kahriman Tursun was driven through the Alai valley to Irkeshtam and "
            "handed over to Chinese border officers.")
    assert place_name(run(text), "Kahriman Tursun", "deportation") == "Irkeshtam"


def test_deported_to_a_country_is_still_not_the_deportations_place() -> None:
    text = "Kahriman Tursun was deported to China from Osh in 2019."
    assert place_name(run(text), "Kahriman Tursun", "deportation") != "China"


def test_held_since_his_conviction_is_no_new_detention() -> None:
    text = ("Serik Abenov was moved from the prison in Ghulja, where he had been held since his "
            "conviction, to a prison in Gansu.")
    assert ("Serik Abenov", "detention") not in events_by_name(run(text))


# a sentencing asked about by how long is told


def test_not_knowing_how_long_he_was_sentenced_to_serve_tells_a_sentencing() -> None:
    text = ("Dilmurat Tursun was detained in May 2017. The family was never shown a verdict and "
            "does not know how long he was sentenced to serve.")
    assert ("Dilmurat Tursun", "sentencing") in events_by_name(run(text))


def test_not_knowing_whether_he_was_sentenced_tells_none() -> None:
    text = ("Dilmurat Tursun was detained in May 2017. The family does not know whether he was "
            "sentenced.")
    assert ("Dilmurat Tursun", "sentencing") not in events_by_name(run(text))


# a death at an old age right after being sent home from a camp is no natural death


def test_dying_at_78_after_being_sent_home_gravely_ill_is_a_death() -> None:
    text = ("Tursun Akbar, a retired imam, was taken to a camp in the autumn of 2017. He was sent "
            "home in January 2020, gravely ill, and died on Feb. 12 of that year at the age of 78.")
    assert dates_by_name(text)[("Tursun Akbar", "death")] == "2020-02-12"


def test_dying_at_81_with_no_custody_told_is_no_event() -> None:
    text = "Tursun Akbar, a farmer, died peacefully in 2015 at the age of 81."
    assert ("Tursun Akbar", "death") not in events_by_name(run(text))


# a lede describing two people by kinship names neither for its pronouns


def test_the_son_of_an_imam_who_died_after_his_release_gives_the_son_no_release() -> None:
    text = ("The son of a Uyghur imam who died weeks after his release from an internment camp "
            "is serving a 14-year prison sentence, his family has learned.\n\n"
            "Dilmurat Tursun, 45, was sentenced in 2018, his sister said.")
    found = events_by_name(run(text))
    assert ("Dilmurat Tursun", "release") not in found
    assert ("Dilmurat Tursun", "internment") not in found


# pressure through a relative made to call


def test_police_having_her_mother_call_her_every_week_harass_her() -> None:
    text = ("Aynur Tursun lives in Virginia. She said that police in Hotan have had her mother "
            "call her every week on a video call, with an officer sitting out of the frame.")
    assert ("Aynur Tursun", "harassment") in events_by_name(run(text))


# a state that began at another event of the story


def test_confined_since_the_funeral_is_dated_by_the_death() -> None:
    text = ("Tursun Akbar was taken to a camp in 2017. He was released in January 2020 and died "
            "on Feb. 12 of that year. Since the funeral, his widow, Hanika Ghojam, has not been "
            "allowed to leave her house.")
    assert dates_by_name(text)[("Hanika Ghojam", "house_arrest")] == "2020-02"


def test_since_his_release_dates_a_ban_by_the_release_month() -> None:
    text = ("Erlan Abenov was released from a camp on 3 March 2019. Since his release, he has "
            "been barred from leaving the county.")
    assert dates_by_name(text)[("Erlan Abenov", "travel_ban")] in ("2019-03", "2019-03-03")


def test_a_bare_after_the_funeral_gives_no_date() -> None:
    text = ("Tursun Akbar died in custody on 12 February 2020. After the funeral, police "
            "visited his widow, Hanika Ghojam, and questioned her about her son.")
    assert dates_by_name(text).get(("Hanika Ghojam", "harassment")) is None


def test_since_january_with_a_present_perfect_is_this_january() -> None:
    text = ("Tursun Akbar was released in January 2020. Aynur Tursun said that since January, "
            "police have had her mother call her every week.")
    ex = run(text, "2022-06-16")
    names = {p.key: p.name for p in ex.persons}
    dates = {(names[e.person], e.type): e.date for e in ex.events}
    assert dates[("Aynur Tursun", "harassment")] == "2022-01"


# a couple detained together, each with an age


def test_a_wife_and_her_husband_each_with_an_age_are_both_detained() -> None:
    text = ("On August 17, 2020, police detained Bagila Serikova, 59, and her husband, Aldan "
            "Imanov, 64, outside the Chinese consulate in Almaty.")
    found = events_by_name(run(text))
    assert ("Bagila Serikova", "detention") in found
    assert ("Aldan Imanov", "detention") in found


def test_an_inspector_who_visited_her_four_times_harasses_her() -> None:
    text = ("Bagila Serikova was fined in August. A local police inspector has visited Serikova "
            "at home at least four times.")
    assert ("Bagila Serikova", "harassment") in events_by_name(run(text))


def test_one_who_shared_a_cell_with_the_teller_in_a_camp_is_interned() -> None:
    text = ("Erasyl Kenes said he was held in a camp in Emin county from March 2018 until he was "
            "released in November 2019. He said he shared a cell with Ernur Aldan for more than "
            "a year.")
    assert ("Ernur Aldan", "internment") in events_by_name(run(text))


def test_the_time_a_cell_was_shared_is_not_when_the_custody_began() -> None:
    text = ("Ernur Aldan was sent to a camp in Artux in 2018. Erasyl Kenes, who spent 14 months "
            "in the same camp, said he shared a room with Aldan in the spring of 2019.")
    assert dates_by_name(text)[("Ernur Aldan", "internment")] == "2018"


# a threat whose condition is put on another, its price on the one spoken to


def test_if_she_continues_your_son_will_go_back_is_a_threat_to_the_listener() -> None:
    text = ("Aldan Imanov is 64. The officer told him to make his wife stop standing outside the "
            "consulate. \"He said, 'If she continues, your son will go back to study,'\" Imanov "
            "said.")
    assert ("Aldan Imanov", "threat") in events_by_name(run(text))


def test_a_quoted_not_allowed_to_leave_is_a_travel_ban() -> None:
    text = ("Ernur Aldan vanished in 2017. Ernur Aldan told his father that he was working at a "
            "brick factory and that he was \"not allowed to leave\" Dorbiljin.")
    assert ("Ernur Aldan", "travel_ban") in events_by_name(run(text))


def test_he_in_what_one_told_an_unnamed_father_is_the_teller() -> None:
    text = "Ernur Aldan told his father that he had been detained in May."
    assert ("Ernur Aldan", "detention") in events_by_name(run(text))


def test_a_letter_saying_he_underwent_education_and_training_tells_an_internment() -> None:
    text = ("The letter says that Ernur Aldan was detained at the border in 2017, that he then "
            "\"underwent education and training,\" and that he was released in 2019.")
    assert ("Ernur Aldan", "internment") in events_by_name(run(text))


def test_a_cellmate_released_from_a_camp_in_the_same_sentence_gives_the_camp() -> None:
    text = ("Erasyl Kenes, who was released from a camp in Emin in 2019, said he had shared a "
            "cell with Ernur Aldan.")
    assert ("Ernur Aldan", "internment") in events_by_name(run(text))


# a message she received, quoted next: the threat is to her


def test_a_quoted_message_she_received_threatens_her() -> None:
    text = ("Mirigul Ruzi is a pharmacist in London. Last month she received a WeChat message "
            "from the account of a cousin. The writer said he was \"a friend from the public "
            "security bureau\".\n\n\"Your mother is old. Think about her health before you talk "
            "to foreigners again,\" the message read.")
    assert ("Mirigul Ruzi", "threat") in events_by_name(run(text))


def test_not_saying_where_he_is_held_tells_no_detention() -> None:
    text = ("Ruzi Seyit was sentenced in July 2019. The letter gives no details of the evidence, "
            "the trial or where he is held.")
    assert ("Ruzi Seyit", "detention") not in events_by_name(run(text))


def test_going_to_a_police_summons_and_never_coming_home_is_a_disappearance() -> None:
    text = ("Ruzi Seyit last spoke to his daughter in early November 2017. Days later he went to "
            "answer a summons at a police station in Ghulja and never came home.")
    assert ("Ruzi Seyit", "disappearance") in events_by_name(run(text))


def test_going_on_holiday_and_never_coming_back_is_no_disappearance() -> None:
    text = "Ruzi Seyit moved to Istanbul in 2015 and never came back."
    assert ("Ruzi Seyit", "disappearance") not in events_by_name(run(text))


def test_the_stories_he_goes_on_past_a_trailing_sayer() -> None:
    text = ("His father, Tasbolat Torekhan, visited him in Shymkent in 2018. In October of that "
            "year, weeks after returning home, he was detained by police in Chapchal, Rakhmet "
            "Tasbol said. Relatives later learned that he was being held in a camp.")
    found = events_by_name(run(text))
    assert ("Tasbolat Torekhan", "internment") in found
    assert ("Rakhmet Tasbol", "internment") not in found


def test_not_allowed_to_leave_the_xinjiang_region_is_a_ban_not_placed_in_the_region() -> None:
    text = ("His mother, Tajinisa Shirin, still lives in Kulja. She has not been allowed to leave "
            "the Xinjiang region since 2018.")
    assert dates_by_name(text)[("Tajinisa Shirin", "travel_ban")] == "2018"
    assert place_name(run(text), "Tajinisa Shirin", "travel_ban") != (
        "Xinjiang Uyghur Autonomous Region")


def test_next_time_it_will_be_worse_is_a_threat() -> None:
    text = ("Rakhmet Tasbol was jailed twice. \"When I was let out, an officer at the detention "
            "center told me, 'Next time it will be worse,'\" Tasbol said.")
    assert ("Rakhmet Tasbol", "threat") in events_by_name(run(text))


def test_next_time_it_will_be_sunny_is_no_threat() -> None:
    text = "Rakhmet Tasbol said the march was cold. \"Next time it will be sunny,\" he said."
    assert ("Rakhmet Tasbol", "threat") not in events_by_name(run(text))


def test_a_places_other_name_in_passing_is_no_other_subject() -> None:
    text = ("Toktogazy Raimkul was taken by police from his fields in April 2017. He was held in a "
            "camp in Atushi, which Kyrgyz call Artux, and in 2019 was sentenced to 15 years in "
            "prison.")
    assert dates_by_name(text)[("Toktogazy Raimkul", "sentencing")] == "2019"


def test_calls_from_police_asking_for_his_address_are_harassment_not_a_threat() -> None:
    text = ("Polat Ruzi lives in Istanbul. Since 2019 he has received repeated WeChat calls from "
            "police officers in Ghulja asking for his address and about the people he meets.")
    found = events_by_name(run(text))
    assert ("Polat Ruzi", "harassment") in found
    assert ("Polat Ruzi", "threat") not in found


def test_he_did_not_return_after_going_to_a_police_summons_is_a_disappearance() -> None:
    text = ("On 14 November 2017 Ruzi Seyit went to the Yining City Public Security Bureau "
            "because he had received a summons. He did not return.")
    assert dates_by_name(text)[("Ruzi Seyit", "disappearance")] == "2017-11-14"


def test_he_did_not_return_after_a_trip_abroad_is_no_disappearance() -> None:
    text = "Ruzi Seyit went to Istanbul in 2016. He did not return."
    assert ("Ruzi Seyit", "disappearance") not in events_by_name(run(text))


def test_a_seven_word_subheading_is_no_event() -> None:
    text = ("11. My mother was held for two nights in 2023.\n\nPressure on me in the United "
            "Kingdom\n\n12. In February 2021 Mirigul Ruzi received a message.")
    assert ("Mirigul Ruzi", "harassment") not in events_by_name(run(text))


def test_the_baketu_port_is_a_gazetteer_place() -> None:
    text = "Ernur Aldan was detained by border police at the Baketu port on November 10, 2017."
    assert place_name(run(text), "Ernur Aldan", "detention") == "Baketu"


def test_the_same_month_after_not_the_only_one_to_vanish_is_the_vanishings() -> None:
    text = ("In November 2017, Ruzi Seyit answered a police summons and disappeared. In July 2019 "
            "he was sentenced to 16 years. Four more years were added in November 2021.\n\n"
            "Seyit was not the only member of the magazine's staff to vanish. His colleague "
            "Zakir Lutfi was taken by police the same month.")
    assert dates_by_name(text, "2022-05-17")[("Zakir Lutfi", "detention")] == "2017-11"
