"""Wordings of camps and warnings met in blind sets (devset19-23): one of a network of camps,
a custody told after a comma, "studying" at a training centre, a warning given, a family that
"will answer for it", a relative's future that "depends on you". Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_sent_to_one_of_a_network_of_camps_is_internment() -> None:
    text = ("Police detained Osman Imintohti in November 2017 at the cultural center where he "
            "worked and sent him to one of the vast network of internment camps that the "
            "authorities built across Xinjiang.")
    assert events_by_name(run(text)) == {("Osman Imintohti", "detention"),
                                         ("Osman Imintohti", "internment")}


def test_sent_to_one_of_the_refugee_camps_is_no_internment() -> None:
    text = "Officials sent Osman Imintohti to one of the refugee camps near the border."
    assert ("Osman Imintohti", "internment") not in events_by_name(run(text))


def test_a_custody_in_a_camp_after_a_comma_shares_the_subject() -> None:
    text = ("Relatives say Gulnar Habibulla was detained in October 2017, held for two years in "
            "one of the internment camps China built across the region and sentenced in early "
            "2020 to nine years.")
    assert ("Gulnar Habibulla", "internment") in events_by_name(run(text))


def test_held_after_a_comma_in_a_police_station_is_no_internment() -> None:
    text = ("Gulnar Habibulla was detained in October 2017, held for two days at the county "
            "police station and released.")
    assert ("Gulnar Habibulla", "internment") not in events_by_name(run(text))


def test_studying_in_scare_quotes_at_a_training_center_is_internment() -> None:
    text = ("For more than a year the family knew only that Nurlan Aliev was \"studying\" at a "
            "\"vocational skills education and training center\" in the county seat.")
    assert events_by_name(run(text)) == {("Nurlan Aliev", "internment")}


def test_studying_at_a_vocational_school_without_quotes_is_no_internment() -> None:
    text = "Nurlan Aliev was studying at a vocational school in Almaty in 2015."
    assert events_by_name(run(text)) == set()


def test_an_officer_who_gave_him_a_warning_threatened_him() -> None:
    text = ("Before Zhoomart Joldoshbekov was put in the car to the border, an officer gave him "
            "a warning, he said.")
    assert ("Zhoomart Joldoshbekov", "threat") in events_by_name(run(text))


def test_a_warning_sign_given_is_no_threat() -> None:
    text = "Zhoomart Joldoshbekov gave a warning sign to the other drivers on the road."
    assert ("Zhoomart Joldoshbekov", "threat") not in events_by_name(run(text))


def test_a_family_that_will_answer_for_it_is_a_threat_to_the_one_told() -> None:
    text = ("In June 2017 police in Akto summoned Turdubek Osmonbaev, a herder, and told him "
            "that if his son did not come home from Kyrgyzstan by the end of the month, \"the "
            "whole family will answer for it.\"")
    assert ("Turdubek Osmonbaev", "threat") in events_by_name(run(text))


def test_a_relatives_future_that_depends_on_you_is_a_threat_to_her() -> None:
    text = ("When Nurnisa Shohret hesitated, she said, the officer told her that \"her "
            "brother's future depends on you.\"")
    assert events_by_name(run(text)) == {("Nurnisa Shohret", "threat")}


def test_a_future_that_depends_on_her_studies_is_no_threat() -> None:
    text = "Nurnisa Shohret told her that her brother's future depends on his exams."
    assert events_by_name(run(text)) == set()


def test_police_who_collected_her_passport_confiscated_it() -> None:
    text = ("Rysgul Amantaikyzy is a nurse. Police collected her passport in the summer of 2017, "
            "along with those of most civil servants in the county.")
    assert events_by_name(run(text)) == {("Rysgul Amantaikyzy", "passport_confiscation")}


def test_collecting_ones_own_passport_from_the_embassy_is_no_confiscation() -> None:
    text = "Rysgul Amantaikyzy collected her passport from the embassy in 2019."
    assert events_by_name(run(text)) == set()


def test_officials_who_collected_her_passport_application_took_no_passport() -> None:
    text = "Rysgul Amantaikyzy applied in May. Officials collected her passport application."
    assert events_by_name(run(text)) == set()


def test_a_passport_taken_from_her_at_a_crossing_is_confiscated() -> None:
    text = ("Orynkul Zhangeldikyzy is ill. Her Chinese passport, taken from her at the Khorgos "
            "border crossing in December 2017, has not been returned.")
    assert events_by_name(run(text)) == {("Orynkul Zhangeldikyzy", "passport_confiscation")}


def test_that_passport_taken_from_a_named_man_is_his() -> None:
    text = ("According to his wife, Chinese border guards took that passport from Jenishbek "
            "Sarygulov at the Irkeshtam crossing in November 2017.")
    assert events_by_name(run(text)) == {("Jenishbek Sarygulov", "passport_confiscation")}


def test_a_passport_of_the_prc_retained_by_police_is_confiscated() -> None:
    text = ("Bakyt Asanaliev is a herder. His passport of the PRC was retained by the police of "
            "Ulugchat.")
    assert events_by_name(run(text)) == {("Bakyt Asanaliev", "passport_confiscation")}


_HELD = "Aidos Serikuly is a teacher. He was held in a camp in Nilka in 2018. "


def test_guards_beating_one_the_report_tells_was_held_is_torture() -> None:
    text = _HELD + "The guards took him into the corridor and beat him with rubber truncheons."
    assert events_by_name(run(text)) == {("Aidos Serikuly", "internment"),
                                         ("Aidos Serikuly", "torture")}


def test_a_beating_outside_a_dormitory_stays_an_assault_after_custody() -> None:
    text = _HELD + "In 2021 he was beaten outside his dormitory by men who told him to be quiet."
    assert ("Aidos Serikuly", "assault") in events_by_name(run(text))


def test_guards_beating_one_never_held_is_an_assault() -> None:
    text = "Aidos Serikuly is a teacher. Security guards at the market beat him in 2021."
    assert events_by_name(run(text)) == {("Aidos Serikuly", "assault")}


def test_taken_to_a_room_and_beaten_is_a_beating() -> None:
    text = ("Aidos Serikuly is a teacher. In 2019 he was taken to a separate room and beaten "
            "with sticks.")
    assert ("Aidos Serikuly", "assault") in events_by_name(run(text))


def test_hands_tied_to_a_chair_all_night_is_torture() -> None:
    text = ("Taalaibek Moldokulov spoke in Bishkek. \"Then they tied my hands to a chair for the "
            "whole night,\" he said.")
    assert events_by_name(run(text)) == {("Taalaibek Moldokulov", "torture")}


def test_hands_tied_behind_the_back_at_an_arrest_is_no_torture() -> None:
    text = "Taalaibek Moldokulov was detained in 2018. They tied his hands behind his back."
    assert ("Taalaibek Moldokulov", "torture") not in events_by_name(run(text))


def test_wrists_and_ankles_locked_to_a_chair_is_torture() -> None:
    text = ("Nurkhat Syzdykuly is a herder. He was questioned in that chair, his wrists and "
            "ankles locked to it.")
    assert events_by_name(run(text)) == {("Nurkhat Syzdykuly", "torture")}


def test_made_to_sit_most_of_a_day_in_a_metal_chair_is_torture() -> None:
    text = ("Yergali Tleuberdiev is a herder. In the summer of 2018 he was made to sit for most "
            "of a day in a metal chair.")
    assert events_by_name(run(text)) == {("Yergali Tleuberdiev", "torture")}


def test_made_to_sit_on_a_chair_to_wait_is_no_torture() -> None:
    text = "Yergali Tleuberdiev is a herder. At the office he was made to sit on a chair."
    assert events_by_name(run(text)) == set()


def test_hung_by_the_wrists_is_torture() -> None:
    text = ("Zhoomart Joldoshbekov came home in April. \"There they hung me by the wrists,\" he "
            "said.")
    assert events_by_name(run(text)) == {("Zhoomart Joldoshbekov", "torture")}


def test_made_to_squat_for_a_whole_afternoon_is_torture() -> None:
    text = ("Karakat Mukhtarova spoke to Vlast. \"Once they made me squat with my hands behind "
            "my head for a whole afternoon,\" she said.")
    assert events_by_name(run(text)) == {("Karakat Mukhtarova", "torture")}


def test_a_leaked_files_measure_and_status_quoted_in_prose_are_events() -> None:
    text = ("Row 147 is Aihemaitijiang Shalamaiti, born in 1959, a knife-maker.\n\n"
            "His category reads: \"Son abroad.\" The measure: \"criminal detention, "
            "2017-10-19.\" The status: \"Sentenced, 15 years (religious extremism).\"")
    assert events_by_name(run(text)) == {("Aihemaitijiang Shalamaiti", "detention"),
                                         ("Aihemaitijiang Shalamaiti", "sentencing")}


def test_a_training_measure_quoted_from_a_file_is_internment_dated_by_year_and_month() -> None:
    text = ("Row 212 is Zayidai Maimaiti, a seamstress.\n\nHer category: \"Wore a veil.\" "
            "Measure: \"vocational skills education and training, 2017-12.\"")
    ex = run(text, "2022-12-08")
    assert [(e.type, e.date) for e in ex.events] == [("internment", "2017-12")]


def test_a_measure_of_the_government_is_no_event() -> None:
    text = ("Aihemaitijiang Shalamaiti is a knife-maker. The measure was criticised by "
            "traders in 2019.")
    assert events_by_name(run(text)) == set()


def test_a_pronoun_after_a_fronted_clause_about_his_father_is_the_clauses_he() -> None:
    text = ("Yaqub Ahmatjan trades clothes. In October 2021, after he posted a video about his "
            "father, he was held for more than a day by the GKNB.")
    assert events_by_name(run(text)) == {("Yaqub Ahmatjan", "detention")}



def test_residential_surveillance_at_a_designated_location_is_a_detention() -> None:
    text = ("Halimulati Nizhamiding is a teacher. He was placed under \"residential "
            "surveillance at a designated location\" on April 11, 2017.")
    assert events_by_name(run(text)) == {("Halimulati Nizhamiding", "detention")}


def test_residential_surveillance_at_home_stays_house_arrest() -> None:
    text = "Halimulati Nizhamiding is a teacher. He was placed under residential surveillance."
    assert events_by_name(run(text)) == {("Halimulati Nizhamiding", "house_arrest")}


def test_a_judgment_that_sentences_him_is_a_sentencing() -> None:
    text = ("Halimulati Nizhamiding is a teacher. The judgment reads like a poem. It sentences "
            "him to 15 years for \"inciting ethnic hatred.\"")
    assert events_by_name(run(text)) == {("Halimulati Nizhamiding", "sentencing")}


def test_an_arrest_coordinated_after_a_long_phrase_keeps_the_subject() -> None:
    text = ("Halimulati Nizhamiding is a teacher. He was questioned about a poem he read at a "
            "wedding, and formally arrested on September 3, 2018.")
    assert ("Halimulati Nizhamiding", "detention") in events_by_name(run(text))


def test_a_fronted_participles_date_is_not_the_main_clauses_when_it_has_its_own() -> None:
    text = ("Aigul Serikova is a teacher. Detained on March 2, 2017, she was sentenced in "
            "November 2018 to six years.")
    dates = {e.type: e.date for e in run(text, "2018-12-30").events}
    assert dates == {"detention": "2017-03-02", "sentencing": "2018-11"}


def test_a_fronted_participles_date_dates_a_main_clause_without_one() -> None:
    text = "Aigul Serikova is a teacher. Released in 2019, she was barred from leaving the county."
    dates = {e.type: e.date for e in run(text, "2021-01-01").events}
    assert dates == {"release": "2019", "travel_ban": "2019"}


def test_a_relative_as_a_document_renders_him_is_that_relative() -> None:
    text = ("Dolqun Xalmurat lives in London. A second judgment concerns Dolqun's younger "
            "brother, rendered as Rexiati Halimulati. It says he was criminally detained on "
            "July 6, 2017.")
    assert events_by_name(run(text)) == {("Rexiati Halimulati", "detention")}


def test_a_condition_passed_on_through_a_mother_threatens_the_one_to_be_told() -> None:
    text = ("Elaman Auezkhanuly spoke to us. \"In January the police went to my mother. They "
            "told her to tell me that if I keep talking, I should not expect to see her "
            "again,\" he said.")
    assert events_by_name(run(text, "2021-03-04")) == {("Elaman Auezkhanuly", "threat")}


def test_asking_her_to_tell_him_the_news_is_no_threat() -> None:
    text = ("Elaman Auezkhanuly spoke to us. \"My brother asked her to tell me that he was "
            "well,\" he said.")
    assert events_by_name(run(text, "2021-03-04")) == set()


def test_guards_beating_a_fellow_inmate_in_a_camp_story_is_torture() -> None:
    text = ("Elaman Auezkhanuly spent a year in a camp in Jeminay. He met Altynbek "
            "Zharylkapuly there. Once the guards saw Zharylkapuly whisper a prayer and beat him "
            "with a rubber baton.")
    found = events_by_name(run(text, "2021-03-04"))
    assert ("Altynbek Zharylkapuly", "torture") in found
    assert ("Altynbek Zharylkapuly", "assault") not in found


def test_he_said_after_a_quotation_is_not_one_the_quotation_names() -> None:
    text = ("Elaman Auezkhanuly lives in Zaysan. \"Altynbek Zharylkapuly slept two beds away. "
            "The guards beat him with a rubber baton,\" he said.")
    assert ("Altynbek Zharylkapuly", "assault") in events_by_name(run(text, "2021-03-04"))


def test_a_lede_describing_a_gynecologist_is_about_the_woman_named_next() -> None:
    text = ("An ethnic Kazakh gynecologist in northwest China was sentenced last year to seven "
            "years in prison, her husband told RFA.\n\nUlbolsyn Seilkhankyzy, 51, worked for "
            "26 years in the maternity ward.")
    assert events_by_name(run(text, "2020-06-11")) == {("Ulbolsyn Seilkhankyzy", "sentencing")}


def test_police_who_collected_his_wifes_passport_took_hers() -> None:
    text = ("Muratkan Barlybaiuly lives in Semey. His wife, Ulbolsyn Seilkhankyzy, is a doctor. "
            "He said county police collected his wife's passport in February 2017.")
    assert ("Ulbolsyn Seilkhankyzy", "passport_confiscation") in events_by_name(run(text))


def test_called_to_a_security_office_and_questioned_is_harassment() -> None:
    text = ("Abylaikhan Shaimerdenuly is a student. Earlier this month he was called to the "
            "regional department of the National Security Committee (KNB) and questioned for "
            "four hours about his mother's contacts with foreign journalists, she said.")
    assert events_by_name(run(text, "2021-03-25")) == {("Abylaikhan Shaimerdenuly",
                                                        "harassment")}


def test_called_to_the_bar_and_questioned_by_reporters_is_no_harassment() -> None:
    text = ("Abylaikhan Shaimerdenuly is a lawyer. He was called to the bar in 2019 and "
            "questioned reporters about it.")
    assert events_by_name(run(text, "2021-03-25")) == set()


def test_two_taken_to_the_police_one_introduced_by_her_role_are_both_detained() -> None:
    text = ("Aigul Serikova is a teacher. Police took Serikova and another protester, Zere "
            "Tilepbergenkyzy, to the district police department.")
    assert events_by_name(run(text)) == {("Aigul Serikova", "detention"),
                                         ("Zere Tilepbergenkyzy", "detention")}


def test_a_release_from_a_camp_tells_an_undated_internment() -> None:
    text = ("His younger brother, Toktar Sansyzbaiuly, was released from a camp in Burjin in "
            "the autumn of 2020 after more than two years.")
    dates = {e.type: e.date for e in run(text, "2021-03-25").events}
    assert dates == {"release": "2020-23", "internment": None}


def test_a_release_from_a_police_station_tells_no_internment() -> None:
    text = "Toktar Sansyzbaiuly was released from the police station in the evening."
    assert ("Toktar Sansyzbaiuly", "internment") not in events_by_name(run(text))


def test_an_officers_call_asking_for_names_of_others_is_harassment() -> None:
    text = ("Gulnigar Awut lives in Burnaby. In August, a man who said he was a police officer "
            "in Qumul called her on WeChat and asked her for the names of Uyghurs who attend "
            "her mosque.")
    assert events_by_name(run(text)) == {("Gulnigar Awut", "harassment")}


def test_police_calling_to_ask_after_her_health_is_no_harassment() -> None:
    text = "Gulnigar Awut lives in Burnaby. Police called her and asked her about her health."
    assert events_by_name(run(text)) == set()


def test_taken_from_the_kindergarten_where_she_taught_is_a_detention() -> None:
    text = ("Janyl Turusbek kyzy is a teacher. According to her brother, police in Akqi took her "
            "from the kindergarten on March 9, 2018.")
    assert events_by_name(run(text)) == {("Janyl Turusbek kyzy", "detention")}


def test_two_found_guilty_together_are_both_sentenced() -> None:
    text = ("The court on September 14 found Gulzira Ongarbekkyzy and Gulchiray Ibrayimova "
            "guilty of violating the procedure for holding peaceful assemblies.")
    assert events_by_name(run(text)) == {("Gulzira Ongarbekkyzy", "sentencing"),
                                         ("Gulchiray Ibrayimova", "sentencing")}


def test_the_two_women_are_the_two_named_together_not_the_last_two_named() -> None:
    text = ("The court found Gulzira Ongarbekkyzy and Gulchiray Ibrayimova guilty, their lawyer, "
            "Elmira Kasymkhanova, told RFE/RL. The ruling refers to Ongarbekkyzy by the Russian "
            "form of her name. Kasymkhanova said she would appeal.\n\nThe two women were "
            "detained on the morning of September 13.")
    found = events_by_name(run(text))
    assert ("Gulchiray Ibrayimova", "detention") in found
    assert ("Elmira Kasymkhanova", "detention") not in found


def test_summoned_for_a_conversation_and_never_home_is_a_detention() -> None:
    text = ("Ongarbek Tleubergenuly is a herder. In March 2018 he was summoned to the county "
            "police station for what officers called a short conversation, and did not come "
            "home.")
    assert events_by_name(run(text)) == {("Ongarbek Tleubergenuly", "detention")}


def test_the_date_of_the_act_a_sentence_punishes_is_not_the_sentences() -> None:
    text = ("Setiwaldi Tomur is a baker serving a 15-year sentence on terrorism charges for "
            "sending his son money for college tuition in 2015 and 2016.")
    assert {e.type: e.date for e in run(text).events} == {"sentencing": None,
                                                         "imprisonment": None}


def test_a_sentence_dated_before_its_ground_keeps_its_date() -> None:
    text = "Setiwaldi Tomur was sentenced for \"separatism\" in 2019 for sending money."
    assert {e.type: e.date for e in run(text).events} == {"sentencing": "2019"}


def test_handed_to_border_guards_after_an_early_release_is_a_deportation() -> None:
    text = ("Urmatbek Ysmaiyl uulu is a trader. Chinese officials had released him early from "
            "an 11-year prison sentence and handed him to Kyrgyz border guards.")
    found = events_by_name(run(text, "2023-12-20"))
    assert {("Urmatbek Ysmaiyl uulu", "deportation"),
            ("Urmatbek Ysmaiyl uulu", "release")} <= found


def test_a_beating_a_fellow_detainee_saw_in_the_camp_is_torture() -> None:
    text = ("Yesentai Omirbekuly is a headmaster. A fellow detainee testified in a Kazakh court "
            "that he had seen Mr. Omirbekuly beaten in the camp.")
    assert ("Yesentai Omirbekuly", "torture") in events_by_name(run(text, "2023-12-20"))


def test_her_release_from_a_camp_tells_an_internment() -> None:
    text = "Nezire Imin is a nurse. She died in 2021, two years after her release from a camp."
    assert ("Nezire Imin", "internment") in events_by_name(run(text, "2023-12-20"))


def test_in_the_school_with_a_comma_inside_the_quotes_is_internment() -> None:
    text = ("My father is Ongarbek Tleubergenuly. Later the relatives learned that he is in the "
            "\"school,\" the camp at the edge of the county town.")
    assert ("Ongarbek Tleubergenuly", "internment") in events_by_name(run(text))


def test_if_you_go_there_your_brother_will_stay_longer_threatens_the_one_called() -> None:
    text = ("Gulzira Ongarbekkyzy: My father is in Mongolkure.\n\nTwo weeks ago a man called "
            "me on WeChat. He said he is from the police. He said: \"If you go to Atajurt, your "
            "brother will stay there longer.\"")
    assert ("Gulzira Ongarbekkyzy", "threat") in events_by_name(run(text))


def test_officials_who_come_to_her_house_and_live_there_harass_her() -> None:
    text = ("Kenzhegul Mynbaikyzy is in Mongolkure. Officials come to her house and live there, "
            "and she must cook for them.")
    assert events_by_name(run(text)) == {("Kenzhegul Mynbaikyzy", "harassment")}


def test_held_for_about_three_hours_at_a_police_station_is_a_detention() -> None:
    text = ("Aisuluu Esenalieva is a teacher. Officers pushed her into a car and held her for "
            "about three hours at a police station before letting her go.")
    assert ("Aisuluu Esenalieva", "detention") in events_by_name(run(text))


def test_a_surname_with_its_particle_is_the_first_introduced_of_two_brothers() -> None:
    text = ("Her husband, Sagynbek Turatbek uulu, 46, is an ethnic Kyrgyz. The charge relates to "
            "2016, when Turatbek uulu helped three relatives.\n\nHis younger brother, Urmat "
            "Turatbek uulu, was held in the same camp.")
    names = {p.name: set(p.names) for p in run(text).persons}
    assert "Turatbek uulu" in names["Sagynbek Turatbek uulu"]
    assert "Turatbek uulu" not in names
