"""Wordings met in blind sets (devset33 onwards, session 20). Names are invented."""

from __future__ import annotations

from extract.extract_helpers import dates_by_name, events_by_name, run


def test_held_for_a_time_then_in_a_year_in_a_camp_is_internment() -> None:
    text = ("Kudaiberdi Sooronbayev, 55, said he was held for 11 months in 2018 in a camp in "
            "Ulugchat county after travelling to visit his cousins.")
    assert ("Kudaiberdi Sooronbayev", "internment") in events_by_name(run(text))


def test_held_since_a_date_first_in_a_camp_is_internment() -> None:
    text = ("Nurdoolot Cholponbekov has been held since March 2018, first in a camp and then "
            "in a prison in Kashgar.")
    assert ("Nurdoolot Cholponbekov", "internment") in events_by_name(run(text))


def test_the_one_visited_is_not_the_subject_of_the_next_verb() -> None:
    # "while visiting his sick mother and held": the mother is visited; he is held
    text = ("Kazhymukan Oraztaiuly was detained in Nilka in March 2018 while visiting his sick "
            "mother and held in an internment camp.")
    assert ("Kazhymukan Oraztaiuly", "internment") in events_by_name(run(text))


def test_describing_ones_time_in_a_camp_tells_the_internment() -> None:
    text = ("Weeks after Shakhmardan Kongyrbaiuly described his time in a Nilka camp to a "
            "European broadcaster, he began receiving calls.")
    assert ("Shakhmardan Kongyrbaiuly", "internment") in events_by_name(run(text))


def test_time_in_a_place_that_is_no_camp_is_not_internment() -> None:
    text = "Aidana Serikova described her time in a Turkish village to the reporters."
    assert ("Aidana Serikova", "internment") not in events_by_name(run(text))


def test_days_spent_under_administrative_arrest_are_a_detention() -> None:
    text = ("Aiganym Baiborieva spent five days under administrative arrest in Almaty in "
            "September 2021 after a protest outside the Chinese Consulate.")
    assert ("Aiganym Baiborieva", "detention") in events_by_name(run(text))


def test_taken_to_the_station_is_a_detention() -> None:
    text = ("A second picketer, Kazybek Almasuly, a volunteer who has helped families of people "
            "held in Xinjiang file appeals, was also taken to the station and held for about "
            "two hours.")
    assert ("Kazybek Almasuly", "detention") in events_by_name(run(text))


def test_questioned_for_days_is_a_detention_for_hours_is_not() -> None:
    days = "Guzelnur Shireli was called in by the police and questioned for two days."
    hours = "Guzelnur Shireli was called in by the police and questioned for two hours."
    assert ("Guzelnur Shireli", "detention") in events_by_name(run(days))
    assert ("Guzelnur Shireli", "detention") not in events_by_name(run(hours))


def test_silence_asked_for_the_sake_of_the_family_is_a_threat() -> None:
    text = ("Nurdoolot Cholponbekov came home in February. A few days later a GKNB officer "
            "phoned him and \"advised\" him not to talk to journalists \"for the sake of your "
            "relatives on the other side.\"")
    assert ("Nurdoolot Cholponbekov", "threat") in events_by_name(run(text, "2023-03-21"))


def test_a_friends_advice_for_the_sake_of_the_children_is_no_threat() -> None:
    text = "Aidana Serikova's friend told her not to worry for the sake of her children."
    assert ("Aidana Serikova", "threat") not in events_by_name(run(text))


def test_a_call_demanding_that_he_think_about_his_mother_is_a_threat() -> None:
    text = ("Mirzahid Memeteli said police had called him twice since December, most recently "
            "in April, to demand that he \"think about his mother.\"")
    assert ("Mirzahid Memeteli", "threat") in events_by_name(run(text))


def test_a_relatives_treatment_made_to_depend_on_the_hearers_attitude_is_a_threat() -> None:
    text = ("Mukadas Shireli received a video call in October. An officer of the Keriya public "
            "security bureau told Ms. Shireli that her father's \"attitude in prison\" depended "
            "on her \"attitude abroad.\"")
    assert ("Mukadas Shireli", "threat") in events_by_name(run(text))


def test_your_family_is_still_here_said_by_police_is_a_threat() -> None:
    text = ("Ryskeldi Zhumakadyrov returned in 2021. \"Police told me at the border: 'Your "
            "mother and your brother are still here. Remember that,'\" he said.")
    assert ("Ryskeldi Zhumakadyrov", "threat") in events_by_name(run(text))


def test_someone_unnamed_who_was_detained_is_not_the_subject_of_the_sentence() -> None:
    treated = "Aidana Serikova treated a patient who was later detained."
    brother = "Aidana Serikova has a brother who was detained in 2018."
    assert ("Aidana Serikova", "detention") not in events_by_name(run(treated))
    assert ("Aidana Serikova", "detention") not in events_by_name(run(brother))


def test_a_description_in_apposition_or_as_predicate_is_the_person_named() -> None:
    apposed = "Aidana Serikova, a teacher who was detained in 2018, lives in Almaty."
    predicated = "Aidana Serikova is a teacher who was detained in 2018."
    assert ("Aidana Serikova", "detention") in events_by_name(run(apposed))
    assert ("Aidana Serikova", "detention") in events_by_name(run(predicated))


def test_no_information_about_someone_being_held_tells_no_detention() -> None:
    text = ("Kyrgyzstan's Foreign Ministry said in a written response that it had \"no "
            "information\" about a Kyrgyz citizen named Kemelbek Mamatkulov being held in "
            "Chinese custody.")
    assert ("Kemelbek Mamatkulov", "detention") not in events_by_name(run(text))


def test_being_held_in_a_school_in_scare_quotes_is_internment() -> None:
    text = ("Tenizbek Suiunbek uulu traveled to Artux. Relatives in Artux told her in the "
            "spring of 2019 that he was being held in a \"school,\" she said.")
    assert ("Tenizbek Suiunbek uulu", "internment") in events_by_name(run(text))


def test_the_trade_of_a_lede_after_a_title_names_whom_the_trade_means() -> None:
    # the first line is the headline; the lede is the first sentence that describes someone
    text = ("Uyghur Doctor From Keriya Serving 14-Year Term, Son Learns\n\n"
            "A Uyghur physician from Keriya county who disappeared in 2017 is serving a 14-year "
            "prison sentence, his son told RFA.\n\n"
            "Hupur Rozimet, 63, appears on a list of prisoners.\n\n"
            "\"I had prepared myself for the camp,\" said his son, Paziljan Hupur, a software "
            "engineer.\n\n"
            "Paziljan said he learned of the list from a friend.\n\n"
            "According to the list, the doctor was sentenced in 2019 by the Hotan Prefecture "
            "Intermediate People's Court.")
    events = events_by_name(run(text, "2021-05-13"))
    assert ("Hupur Rozimet", "sentencing") in events
    assert ("Paziljan Hupur", "sentencing") not in events


def test_the_object_of_the_first_verb_is_not_the_subject_of_the_second() -> None:
    text = ("Aizirek Kalmuratova lives in At-Bashy. Her brother-in-law, Osmonaly Beishenbekov, "
            "sent her a photograph of the verdict in September and has not been heard from "
            "since.")
    events = events_by_name(run(text))
    assert ("Osmonaly Beishenbekov", "disappearance") in events
    assert ("Aizirek Kalmuratova", "disappearance") not in events


def test_a_fine_by_a_court_the_next_day_closes_the_custody_clause() -> None:
    text = ("His wife, Sholpanai Kenzhegalieva, was detained on 24 May 2021 during a one-person "
            "protest outside the Chinese consulate in Almaty and fined the next day by an "
            "Almaty court.")
    dates = {t: d for (n, t), d in dates_by_name(text).items() if n == "Sholpanai Kenzhegalieva"}
    assert dates == {"detention": "2021-05-24", "sentencing": "2021-05-25"}


def test_found_guilty_with_the_age_set_off_by_commas() -> None:
    text = ("The Specialized Interdistrict Administrative Court of Almaty on April 14 found "
            "Tursynai Esenzholkyzy, 54, guilty of \"violating the procedure for holding "
            "peaceful assemblies.\"")
    assert ("Tursynai Esenzholkyzy", "sentencing") in events_by_name(run(text))


def test_the_speakers_own_relative_clause_tells_the_speakers_event() -> None:
    # the quotation before "said" does not reach the relative clause after the name
    text = ("Balausa Kambarbekova spent four years in a camp. Her brother, Meiirzhan "
            "Kambarbekov, lives in Almaty. \"They want me to be silent,\" said Kambarbekov, "
            "who was fined in 2021 for a one-man picket.")
    assert ("Meiirzhan Kambarbekov", "sentencing") in events_by_name(run(text))


def test_a_quotation_cut_off_by_said_keeps_its_own_negation() -> None:
    text = "\"I do not want to be detained,\" said Meiirzhan Kambarbekov, who was not detained."
    assert ("Meiirzhan Kambarbekov", "detention") not in events_by_name(run(text))


def test_handed_over_at_a_crossing_or_back_to_a_country_is_a_deportation() -> None:
    texts = {
        "Alymbek Kamalbek uulu was handed over at the Irkeshtam border crossing on May 16.":
            "Alymbek Kamalbek uulu",
        "Erkinbek Jyrgalbekov, who was handed back to Kyrgyzstan at Torugart last year, said "
        "guards had beaten him.": "Erkinbek Jyrgalbekov",
        "Sagynbek Turatbekov was released early and put across the border at the Torugart "
        "pass.": "Sagynbek Turatbekov",
        "Ysakbek Mukambetov, 51, a herder from Akto, was put on a bus to the Irkeshtam "
        "crossing in November.": "Ysakbek Mukambetov",
    }
    for text, name in texts.items():
        assert (name, "deportation") in events_by_name(run(text)), text


def test_handed_over_to_ones_own_authorities_stays_a_transfer() -> None:
    text = "Aigul Serikova was handed over to Kazakh authorities at Khorgos in May."
    events = events_by_name(run(text))
    assert ("Aigul Serikova", "transfer") in events
    assert ("Aigul Serikova", "deportation") not in events


def test_authorities_moving_a_named_prisoner_is_a_transfer() -> None:
    text = ("In October, prison authorities in Xinjiang moved Temirkhan Orazbayev, a 60-year-old "
            "Kazakh citizen with diabetes, from a prison in Changji to a prison hospital in "
            "Urumqi.")
    assert dates_by_name(text)[("Temirkhan Orazbayev", "transfer")] == "2021-10"


def test_ordered_not_to_leave_the_county_is_a_travel_ban() -> None:
    text = ("Ismail Abdulaziz was released on 5 December and has been ordered not to leave "
            "Kuqa county.")
    assert ("Ismail Abdulaziz", "travel_ban") in events_by_name(run(text))


def test_a_subheading_tells_no_event_of_the_person_before_it() -> None:
    text = ("Erik Kapasov said the family would appeal.\n\nSentenced for \"separatism\"\n\n"
            "Batyrkhan Ketebaiuly went back to Chuguchak in 2017.")
    assert ("Erik Kapasov", "sentencing") not in events_by_name(run(text))


def test_a_telegraphic_entry_with_its_full_stop_still_tells_the_event() -> None:
    text = "Aidana Serikova, teacher, Ghulja.\n\nDetained by police in April 2018.\n"
    assert ("Aidana Serikova", "detention") in events_by_name(run(text))


def test_a_date_after_a_closed_relative_clause_is_the_main_clauses() -> None:
    text = ("Batyrkhan Ketebaiuly was detained in 2018. The Tacheng Prefecture Intermediate "
            "People's Court sentenced Ketebaiuly, whose name appears in the verdict as Batierhan "
            "Ketebayi, in December 2019.")
    assert dates_by_name(text)[("Batyrkhan Ketebaiuly", "sentencing")] == "2019-12"


def test_an_apposition_names_the_relative_it_stands_beside() -> None:
    text = ("Erbulan Batyrkhanuly has spent three years campaigning for his father, the retired "
            "Xinjiang newspaper editor Batyrkhan Ketebaiuly, who is serving 13 years for "
            "\"separatism.\"")
    events = events_by_name(run(text))
    assert ("Batyrkhan Ketebaiuly", "imprisonment") in events
    assert ("Erbulan Batyrkhanuly", "imprisonment") not in events


def test_held_there_after_a_police_department_is_a_detention() -> None:
    text = ("Police officers put Sanjar Rahatbekov into a car and took him to the Leninsky "
            "District Police Department. \"He was held there for about five hours,\" his "
            "lawyer said.")
    events = events_by_name(run(text))
    assert ("Sanjar Rahatbekov", "imprisonment") not in events
    assert ("Sanjar Rahatbekov", "detention") in events


_TESTIMONY = ("My name is Nurken Ramazanuly. I was born in 1971 in Koktogay county.\n\n"
              "3. When were you detained?\n"
              "On 12 April 2018, two policemen came to my house and took me to the county police "
              "station. The next morning they put a black hood over my head and drove me to the "
              "\"school\" on the edge of Koktogay town. That was the camp.\n\n"
              "8. How did you come to Kazakhstan?\n"
              "Before I left, the head of the township police station called me in and said: "
              "\"If you talk to Atajurt or to journalists, remember that your brother is still "
              "with us.\" I "
              "crossed at Khorgos in June 2023.")


def test_driven_to_the_school_in_scare_quotes_is_internment() -> None:
    assert dates_by_name(_TESTIMONY)[("Nurken Ramazanuly", "internment")] == "2018-04-13"


def test_your_brother_is_still_with_us_is_a_threat() -> None:
    assert ("Nurken Ramazanuly", "threat") in events_by_name(run(_TESTIMONY))


def test_pushed_into_a_police_van_is_a_detention() -> None:
    text = ("Kalamkas Sultanbekkyzy, 53, said officers pushed her and the other women into a "
            "police van shortly after 11 a.m.")
    assert ("Kalamkas Sultanbekkyzy", "detention") in events_by_name(run(text))


def test_they_took_him_with_nothing_after_is_a_detention() -> None:
    taken = ("\"Duishonbek Sagynbaev came to visit his wife's family in 2017 and they took him. "
             "He was never seen again,\" she said.")
    hospital = "Aidana Serikova was sick. Her parents took her to hospital in May."
    assert dates_by_name(taken)[("Duishonbek Sagynbaev", "detention")] == "2017"
    assert ("Aidana Serikova", "detention") not in events_by_name(run(hospital))


def test_put_in_the_same_police_car_is_a_detention() -> None:
    text = ("A second protester, Bopai Kenzhetaikyzy, who had joined him with a photograph of "
            "her son, was put in the same police car and released after about two hours.")
    assert ("Bopai Kenzhetaikyzy", "detention") in events_by_name(run(text))


def test_a_relative_clause_after_a_preposition_is_an_aside() -> None:
    text = ("Her younger brother, Shalkar Seilkhanuly, in whose house she now lives, spent most "
            "of 2018 in the same camp.")
    assert ("Shalkar Seilkhanuly", "internment") in events_by_name(run(text))


def test_when_they_took_her_only_refers_back() -> None:
    text = "\"Tursun Hanipem was healthy when they took her. Now she cannot walk,\" he said."
    assert ("Tursun Hanipem", "detention") not in events_by_name(run(text))


def test_ordered_him_expelled_is_a_deportation() -> None:
    text = ("Isabek Bolysbekuly fled Xinjiang on foot last November. In April, the migration "
            "police ordered him expelled to China.")
    assert dates_by_name(text)[("Isabek Bolysbekuly", "deportation")] == "2021-04"


def test_handing_ones_passport_to_police_is_its_confiscation() -> None:
    text = ("Their mother, Ezize Helil, handed her passport to police in 2017, when authorities "
            "across Xinjiang ordered residents to surrender their travel documents.")
    assert dates_by_name(text)[("Ezize Helil", "passport_confiscation")] == "2017"
    assert ("Ezize Helil", "passport_confiscation") not in events_by_name(
        run("Ezize Helil handed her passport to a friend at the airport."))


def test_detained_and_held_in_a_camp_tells_both() -> None:
    text = ("Sarybek Ramazanuly was detained in 2018 and held in an internment camp before a "
            "court sentenced him in 2019 to 13 years in prison.")
    events = events_by_name(run(text))
    assert {("Sarybek Ramazanuly", "detention"), ("Sarybek Ramazanuly", "internment")} <= events


def test_authorities_moved_him_in_a_month_from_one_prison_to_another() -> None:
    text = ("In March, the Foreign Ministry wrote to the family that Chinese authorities had "
            "moved Sarybek Ramazanuly in February from a prison in Altay prefecture to one in "
            "Urumqi.")
    assert dates_by_name(text)[("Sarybek Ramazanuly", "transfer")] == "2021-02"


def test_the_formulas_of_a_veiled_threat_said_by_police() -> None:
    texts = {
        "Mihrigul Abdusemi lives in Virginia. In May, a man who said he was a police officer "
        "called her on WeChat. \"Your brother's future is in your hands,\" he told her.":
            "Mihrigul Abdusemi",
        "Sajide Yalqun said a man who called himself a police officer wrote to her on WeChat in "
        "June: \"Think about what will happen to your family.\"": "Sajide Yalqun",
        "Esbol Tursyngazyuly said a police officer told him in March: \"Stop protesting. "
        "Otherwise your father will not see you again.\"": "Esbol Tursyngazyuly",
    }
    for text, name in texts.items():
        assert (name, "threat") in events_by_name(run(text)), text


def test_the_same_words_at_a_party_are_no_threat() -> None:
    text = "Aidana Serikova said: \"We know where everyone is,\" laughing at the party."
    assert ("Aidana Serikova", "threat") not in events_by_name(run(text))


def test_a_condition_on_the_hearers_relative_threatens_the_hearer() -> None:
    text = ("Akzhunus Zhakypbekkyzy, 23, said she received a call in February from a Chinese "
            "number. A man told her that her father \"will never come out\" if her mother "
            "continued \"going to the consulate.\"")
    assert dates_by_name(text)[("Akzhunus Zhakypbekkyzy", "threat")] == "2021-02"
