"""Wordings read in older dev sets in session 21 (general forms, invented names)."""

from __future__ import annotations

from extract.extract_helpers import dates_by_name, events_by_name, place_name, run

# a call or message from someone who says he is of the police or the security services


def test_a_message_from_a_man_who_says_he_is_a_police_officer_is_a_threat() -> None:
    text = ("In March, Saule Zhaksykyzy received a voice message on WeChat from a man who "
            "introduced himself as an officer of the Jeminay county police.")
    assert ("Saule Zhaksykyzy", "threat") in events_by_name(run(text))


def test_a_self_named_officer_who_contacts_someone_threatens_the_one_contacted() -> None:
    text = ("The couple's son, Yerzhan Oskenbaiuly, 26, said a man who identified himself as "
            "an officer of the Tekes county police contacted him on WeChat earlier this month.")
    assert ("Yerzhan Oskenbaiuly", "threat") in events_by_name(run(text))


def test_a_call_from_a_consulate_employee_is_a_threat() -> None:
    text = ("Aliya Dosmukhanbet said she received a call in November from a man who said he "
            "worked at the Chinese Consulate General in Almaty.")
    assert ("Aliya Dosmukhanbet", "threat") in events_by_name(run(text))


def test_messages_from_an_unknown_chinese_number_are_a_threat() -> None:
    text = ("In February 2024 Marat Yesimkhan received voice messages from an unknown Chinese "
            "number warning him that his protection in Kazakhstan would not last.")
    assert dates_by_name(text)[("Marat Yesimkhan", "threat")] == "2024-02"


def test_an_offer_from_a_self_named_diplomat_is_no_threat() -> None:
    text = ("Nurlan Abenov said a man who identified himself as a Chinese diplomat had "
            "contacted him last year, offering to help him visit his father.")
    assert ("Nurlan Abenov", "threat") not in events_by_name(run(text))


def test_a_call_from_a_friend_is_no_threat() -> None:
    text = "Aigul Tursynbek received a call in May from a man who said he was her cousin."
    assert ("Aigul Tursynbek", "threat") not in events_by_name(run(text))


def test_answering_calls_from_chinese_numbers_is_no_threat() -> None:
    text = ("Erlan Kaliuly still answers calls from Chinese numbers, in case they bring news "
            "of his brother.")
    assert ("Erlan Kaliuly", "threat") not in events_by_name(run(text))


# time in a camp told by its length


def test_a_year_in_a_camp_opening_the_sentence_is_the_subjects_internment() -> None:
    text = ("Kanat Bolatuly was detained in March 2018. After more than a year in a camp, he was "
            "sentenced in December 2019 to 14 years in prison.")
    dates = dates_by_name(text)
    assert ("Kanat Bolatuly", "internment") in dates
    # the main clause's date is the sentencing's, not the camp's
    assert dates[("Kanat Bolatuly", "internment")] != "2019-12"
    assert dates[("Kanat Bolatuly", "sentencing")] == "2019-12"


def test_months_in_one_of_the_camps_opening_the_sentence_is_internment() -> None:
    text = ('Sarsen Nauryz was detained in 2018. After months in one of the camps that Beijing '
            'calls "vocational training centres," he was tried in 2019.')
    assert ("Sarsen Nauryz", "internment") in events_by_name(run(text))


def test_a_length_in_a_place_that_is_no_camp_opening_the_sentence_is_not_internment() -> None:
    text = ("Sarsen Nauryz moved to Almaty in 2015. After two years in a refugee camp, he found "
            "work in Taraz.")
    assert ("Sarsen Nauryz", "internment") not in events_by_name(run(text))


def test_months_spent_over_two_years_in_a_camp_are_internment() -> None:
    text = "Abilkair Serikuly himself spent 11 months in 2018 and 2019 in a camp in Nilka."
    ex = run(text)
    assert ("Abilkair Serikuly", "internment") in events_by_name(ex)
    assert place_name(ex, "Abilkair Serikuly", "internment") == "Nilka County"


def test_who_names_a_camp_is_not_where_it_is() -> None:
    text = ('Kanat Bolatuly was held in one of the camps that Beijing calls "vocational '
            'training centres".')
    ex = run(text)
    assert place_name(ex, "Kanat Bolatuly", "internment") is None


# political rituals made compulsory


def test_being_required_to_attend_flag_raising_every_week_is_harassment() -> None:
    text = ("Nigora Hupur is required to attend flag-raising ceremonies every Monday at the "
            "neighborhood committee.")
    assert ("Nigora Hupur", "harassment") in events_by_name(run(text))


def test_officials_who_make_her_attend_flag_raising_harass_her() -> None:
    text = ("Since early 2018 officials have made Roshengul Iminjan attend a flag-raising "
            "ceremony every Monday morning.")
    assert ("Roshengul Iminjan", "harassment") in events_by_name(run(text))


def test_flag_raising_told_with_a_ban_on_leaving_is_part_of_the_restriction() -> None:
    text = ("Since her release Akmaral Sabit may leave the house only with permission from the "
            "village committee, and on Mondays she must attend a flag-raising ceremony.")
    assert ("Akmaral Sabit", "harassment") not in events_by_name(run(text))


def test_flag_raising_a_former_detainee_had_to_attend_is_a_condition_of_release() -> None:
    text = ("After his release Zhenis Tolegen was registered at his mother's house and had to "
            "attend flag-raising ceremonies every Monday.")
    assert ("Zhenis Tolegen", "harassment") not in events_by_name(run(text))


def test_dying_during_a_flag_raising_is_no_harassment() -> None:
    text = ("In December 2018, one of her cellmates, Buhejer Ali, collapsed during the morning "
            "flag-raising and died on the concrete.")
    assert ("Buhejer Ali", "harassment") not in events_by_name(run(text))


# who and where across a clause of time


def test_the_word_of_a_patronymic_written_apart_names_the_father() -> None:
    text = ("A message came from her nephew, Zhyrgalbek Asylbek uulu. Her brother, Asylbek "
            "Tokon uulu, a farmer, has been in custody since April 2018. A neighbour said that "
            "Asylbek had been strapped into a tiger chair for two days in the summer of 2018.")
    ex = run(text)
    assert ("Asylbek Tokon uulu", "torture") in events_by_name(ex)
    assert ("Zhyrgalbek Asylbek uulu", "torture") not in events_by_name(ex)


def test_the_son_in_a_clause_of_time_is_not_the_subject_of_the_next_verb() -> None:
    text = ("Nezerjan Talip lives in Leiden. His father, Seypulla Talip, was detained in May "
            "2017, weeks after his son left for Europe, and was later sentenced to 13 years.")
    events = events_by_name(run(text))
    assert ("Seypulla Talip", "sentencing") in events
    assert ("Nezerjan Talip", "sentencing") not in events


def test_a_place_in_a_clause_of_time_is_not_the_next_verbs() -> None:
    text = ("Ghalibjan Abdulhakim lives in Istanbul. His father, Abdulhakim Eysajan, was "
            "detained in Kashgar in April 2017, shortly after visiting his son in Istanbul, and "
            "was sentenced in 2018 to 16 years.")
    ex = run(text)
    assert place_name(ex, "Abdulhakim Eysajan", "sentencing") == "Kashgar"


def test_later_after_a_dated_clause_takes_not_its_date() -> None:
    text = ("Nezerjan Talip lives in Leiden. His father, Seypulla Talip, was detained in May "
            "2017, weeks after his son left for Europe, and was later sentenced to 13 years.")
    dates = dates_by_name(text)
    assert dates[("Seypulla Talip", "detention")] == "2017-05"
    assert dates[("Seypulla Talip", "sentencing")] is None


# read in devset39 (session 21), after it was scored


def test_a_reports_footnote_mark_ends_its_sentence() -> None:
    from izde.extract.segment import sentences
    text = 'He was sentenced for "extremism."[118] His father, X, was held. Then [2] it went on.'
    assert [s.text for s in sentences(text)] == [
        'He was sentenced for "extremism."[118]', "His father, X, was held.",
        "Then [2] it went on."]


def test_cannot_right_before_the_act_negates_it() -> None:
    text = 'Nezerjan Talip lives in Leiden. "I know they cannot arrest me here," he said.'
    assert ("Nezerjan Talip", "detention") not in events_by_name(run(text))


def test_cannot_in_an_earlier_clause_does_not_negate_the_restriction() -> None:
    text = ("Daulet Mukhametkali was stopped at the airport in September, and the officers said "
            "that he cannot fly, that he is banned from leaving the country.")
    assert ("Daulet Mukhametkali", "travel_ban") in events_by_name(run(text))


def test_ordered_to_stay_at_home_is_house_arrest() -> None:
    text = ("Izbasar Alpysbaiuly was released in 2019. Since his release, he has been ordered to "
            "stay at home and to report to the village police post every week.")
    assert ("Izbasar Alpysbaiuly", "house_arrest") in events_by_name(run(text))


def test_told_to_stay_at_home_for_a_sick_mother_is_no_house_arrest() -> None:
    text = "Aidos Serik was told to stay at home while his mother was ill."
    assert ("Aidos Serik", "house_arrest") not in events_by_name(run(text))


def test_not_allowed_to_leave_the_family_home_is_house_arrest() -> None:
    text = ("Since the funeral, his mother, Sanawer Mexmut, has not been allowed to leave the "
            "family home.")
    assert ("Sanawer Mexmut", "house_arrest") in events_by_name(run(text))


def test_police_who_confine_a_named_widow_to_her_home_put_her_under_house_arrest() -> None:
    text = ("Talip Seypulla died on September 27, 2022. Since the funeral, police have confined "
            "his widow, Sanawer Mexmut, to the family home.")
    assert ("Sanawer Mexmut", "house_arrest") in events_by_name(run(text))


def test_the_name_beside_a_possessive_object_is_who_was_arrested() -> None:
    text = "Talip Seypulla died in 2022. Police arrested his wife, Aigul Nur, in 2018."
    assert dates_by_name(text)[("Aigul Nur", "detention")] == "2018"


def test_a_warning_that_a_relatives_situation_will_become_harder_is_a_threat() -> None:
    text = ("Dinagul Esentaikyzy said that earlier this month a police officer from Nilka sent "
            "her a voice message, warning her that her husband's situation would \"become much "
            "harder\" if she kept talking to foreign media.")
    assert ("Dinagul Esentaikyzy", "threat") in events_by_name(run(text))


def test_a_fear_that_health_will_get_worse_is_no_threat() -> None:
    text = "Aigerim Sadyk said her mother's health would get worse without medicine."
    assert ("Aigerim Sadyk", "threat") not in events_by_name(run(text))


def test_a_sentencing_with_its_own_time_before_the_verb_is_dated_by_it() -> None:
    text = ("Mamyrkhan Tuyakbaiuly is a Kazakh citizen. He was detained in March 2018, held in a "
            "camp and in December 2019 sentenced to 11 years in prison.")
    dates = dates_by_name(text)
    assert dates[("Mamyrkhan Tuyakbaiuly", "sentencing")] == "2019-12"
    assert dates[("Mamyrkhan Tuyakbaiuly", "internment")] != "2019-12"


def test_detained_and_beaten_by_the_police_is_detention_and_assault() -> None:
    text = ("Zhyrgalbek Asanov said he had fled because police in Artux had detained and beaten "
            "him in January and forced him to report to them every week.")
    events = events_by_name(run(text))
    assert {("Zhyrgalbek Asanov", "detention"), ("Zhyrgalbek Asanov", "assault"),
            ("Zhyrgalbek Asanov", "harassment")} <= events


def test_required_to_report_to_the_neighborhood_police_every_week_is_harassment() -> None:
    text = ("Zhyrgalbek Asanov said that since 2018 he had been required to report to the "
            "neighborhood police station every week.")
    assert ("Zhyrgalbek Asanov", "harassment") in events_by_name(run(text))


# a call from a relative's account on which the police appear


def test_a_call_from_a_relatives_account_with_police_beside_is_a_threat() -> None:
    text = ("Aldiyar Galymzhanuly, 24, lives in Nur-Sultan. On March 28 he received a video call "
            "from his uncle's WeChat account; a policeman sat beside his uncle.")
    assert dates_by_name(text)[("Aldiyar Galymzhanuly", "threat")] == "2021-03-28"


def test_the_police_may_appear_in_the_next_sentence() -> None:
    text = ("Shohrat Hesen lives in Berlin. On May 19, he received a WeChat video call from his "
            "mother's account. When he answered, a man in a police uniform was sitting beside "
            "her.")
    assert ("Shohrat Hesen", "threat") in events_by_name(run(text))


def test_a_call_that_came_from_a_relatives_account_threatens_its_owner() -> None:
    text = ("Ghalibjan Abdulhakim lives in Istanbul. On July 4, a video call came from his "
            "mother's WeChat account. Beside her stood a man in a police uniform.")
    assert ("Ghalibjan Abdulhakim", "threat") in events_by_name(run(text))


def test_a_call_from_a_relative_with_no_police_in_sight_is_no_threat() -> None:
    text = ("Aigul Sadyk lives in Almaty. In May she received a video call from her mother's "
            "WeChat account. They talked about the weather.")
    assert ("Aigul Sadyk", "threat") not in events_by_name(run(text))


def test_police_named_in_the_next_paragraph_are_too_far() -> None:
    text = ("Aigul Sadyk lives in Almaty. In May she received a video call from her mother's "
            "WeChat account.\n\nThe police in Almaty did not reply.")
    assert ("Aigul Sadyk", "threat") not in events_by_name(run(text))


# testimonies


def test_numbered_answers_after_questions_are_the_witness_speaking() -> None:
    text = ("Q: Please introduce yourself.\n\n1. My name is Bakdaulet Kaldarbekuly. I was born "
            "in 1984 in Changji.\n\nQ: When and how were you detained?\n\n2. On 3 February 2018 "
            "four police officers came to my flat. They took me to a detention centre in Midong "
            "district.\n")
    assert dates_by_name(text)[("Bakdaulet Kaldarbekuly", "detention")] == "2018-02-03"


def test_a_numbered_list_without_questions_has_no_speaker() -> None:
    from izde.extract.voices import find_voices
    text = "Our demands:\n\n1. Release the prisoners.\n\n2. Allow visits.\n"
    assert find_voices(text, []).qa_lines == []


def test_the_narrator_driven_to_a_camp_with_others_is_interned() -> None:
    text = ("My name is Bakdaulet Kaldarbekuly. Two weeks later they put me in a bus with thirty "
            "other men and drove us to a camp in Changji.")
    assert ("Bakdaulet Kaldarbekuly", "internment") in events_by_name(run(text))


def test_what_was_done_to_us_in_the_camp_is_its_routine() -> None:
    text = ('My name is Olzhas Kydyrbaiuly. "In the first months they beat us with rubber '
            'sticks if we spoke Kazakh."')
    assert ("Olzhas Kydyrbaiuly", "assault") not in events_by_name(run(text))


def test_who_says_he_was_held_says_it_of_himself() -> None:
    text = ('Bakdaulet Kaldarbekuly was held in a camp in Changji. "Bakdaulet slept on the bunk '
            'next to mine," said Ilimbek Asanbekov, who says he was held in the same camp from '
            'the spring of 2018.')
    assert ("Ilimbek Asanbekov", "internment") in events_by_name(run(text))


def test_families_whose_relatives_vanished_are_not_the_activist() -> None:
    text = ("Since moving to Almaty in 2020, Yerden Sailaubekuly has recorded dozens of video "
            "appeals on behalf of families whose relatives vanished into Xinjiang's camps.")
    assert ("Yerden Sailaubekuly", "disappearance") not in events_by_name(run(text))


def test_a_counted_group_a_lawyer_speaks_of_is_not_the_lawyer() -> None:
    text = ("Nurkamil Beishenaliev, a Bishkek lawyer who has represented the family, said at "
            "least a dozen Kyrgyz citizens had been detained in Xinjiang since 2017.")
    assert ("Nurkamil Beishenaliev", "detention") not in events_by_name(run(text))


def test_a_length_of_time_is_no_counted_group() -> None:
    text = "Aidos Serik said he was held for about two weeks in 2018."
    assert ("Aidos Serik", "detention") in events_by_name(run(text))


def test_a_lede_relative_clause_needs_no_commas_to_keep_its_phrases_apart() -> None:
    text = ("A Uyghur pharmacist from Kashgar prefecture who disappeared in 2017 after visiting "
            "his daughter in Turkey is serving a 17-year prison sentence, a police officer told "
            "RFA.\n\nShohret Hemdulla, 53, ran a pharmacy in Peyzawat until police took him in "
            "October 2017, according to his daughter, Nurnisa Shohret.")
    events = events_by_name(run(text))
    assert ("Shohret Hemdulla", "imprisonment") in events
    assert ("Nurnisa Shohret", "imprisonment") not in events


def test_a_named_speaker_opening_the_sentence_is_not_a_lede_description() -> None:
    text = ("Ainur Myrzakhmetkyzy said a sister-in-law who was allowed to see Baurzhan Ospanuly "
            "after his release told her that he had been beaten with rubber batons during "
            "interrogations.")
    events = events_by_name(run(text))
    assert ("Ainur Myrzakhmetkyzy", "torture") not in events


def test_the_object_of_an_infinitive_is_not_the_next_verbs_subject() -> None:
    text = ("Kochkorbai Sultanaliev, a herder, returned to Akqi in 2018 to settle his late "
            "father's affairs and was detained within weeks.")
    assert ("Kochkorbai Sultanaliev", "detention") in events_by_name(run(text))


def test_days_in_police_custody_told_as_a_time_are_a_detention() -> None:
    text = ("Zhyrgalbek Asanov had fled Artux in April 2023 after 15 days in police custody in "
            "January.")
    assert ("Zhyrgalbek Asanov", "detention") in events_by_name(run(text))


def test_days_in_a_hospital_are_no_detention() -> None:
    text = "Zhyrgalbek Asanov had fled Artux in April 2023 after 15 days in a hospital."
    assert ("Zhyrgalbek Asanov", "detention") not in events_by_name(run(text))


# restrictions and moves


def test_unable_to_leave_ones_village_is_a_travel_ban() -> None:
    text = "Zhetpis Syrlybaiuly is unable to leave his village."
    assert ("Zhetpis Syrlybaiuly", "travel_ban") in events_by_name(run(text))


def test_unable_to_leave_for_an_illness_is_no_travel_ban() -> None:
    text = "Zhetpis Syrlybaiuly is unable to leave his village because of his illness."
    assert ("Zhetpis Syrlybaiuly", "travel_ban") not in events_by_name(run(text))


def test_may_not_leave_a_named_county_without_permission_is_a_travel_ban() -> None:
    text = "Daniyarbek Beisenbiuly may not leave Burqin county without police permission."
    assert ("Daniyarbek Beisenbiuly", "travel_ban") in events_by_name(run(text))


def test_needing_police_permission_to_leave_the_city_is_a_travel_ban() -> None:
    text = "Irade Bahtiyar needed police permission to leave the city."
    assert ("Irade Bahtiyar", "travel_ban") in events_by_name(run(text))


def test_held_in_one_place_and_later_in_another_is_a_transfer() -> None:
    text = "Tileukabyl Saukenuly is a trader. He was held in Urumqi and later in Kuytun."
    assert {("Tileukabyl Saukenuly", "detention"),
            ("Tileukabyl Saukenuly", "transfer")} <= events_by_name(run(text))


def test_held_and_later_released_is_no_transfer() -> None:
    text = "Nurbolat Sabyrov was held in a camp and later released."
    assert ("Nurbolat Sabyrov", "transfer") not in events_by_name(run(text))
