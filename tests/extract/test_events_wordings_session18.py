"""Wordings met in blind sets (devset27 onwards, session 18): a bare surname shared by a
victim and the relative who speaks for her, a short form naming back, the time of a telling
whose "that" clause tells an earlier act. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import dates_by_name, events_by_name, run


def _names(text: str) -> dict[str, set[str]]:
    return {p.name: set(p.names) for p in run(text).persons}


_SIBLINGS = (
    "Gulzhamal Orynbek, 43, a music teacher in Kucha, was taken away by police in November "
    "2017, her brother Sailau Orynbek said.\n\n"
    "\"She taught children the songs our grandmothers sang,\" said Orynbek, 39, who sells "
    "shoes in Bishkek.\n\n"
    "Orynbek said that on Tuesday he received a call from the police.")


def test_a_bare_surname_that_speaks_is_the_namesake_who_spoke_by_full_name() -> None:
    names = _names(_SIBLINGS)
    assert "Orynbek" in names["Sailau Orynbek"]
    assert "Orynbek" not in names["Gulzhamal Orynbek"]


def test_a_bare_surname_that_does_not_speak_stays_with_the_subject() -> None:
    text = _SIBLINGS + "\n\nAn officer confirmed that Orynbek had been sentenced."
    assert ("Gulzhamal Orynbek", "sentencing") in events_by_name(run(text))


def test_a_name_told_as_what_was_said_is_not_a_speaker() -> None:
    # "said her son Aidyn Kapen, 27, was detained": the son is what she said, not who spoke
    text = ("Another woman, Gulsara Kapen, said her son Aidyn Kapen, 27, was detained by police "
            "in Kulja in August 2017.\n\n"
            "\"Why can I not call my son?\" Kapen said.")
    names = _names(text)
    assert "Kapen" in names["Gulsara Kapen"]
    assert "Kapen" not in names["Aidyn Kapen"]
    assert ("Aidyn Kapen", "detention") in events_by_name(run(text))


def test_a_short_form_names_back_not_forward() -> None:
    text = ("Her husband, Izzet Sulayman, 47, was held in a camp from March 2018.\n\n"
            "\"During the whole call, Izzet did not say one word,\" her brother said.\n\n"
            "The couple's daughter, Munevver Izzet, 15, lives at a boarding school.")
    names = _names(text)
    assert "Izzet" in names["Izzet Sulayman"]
    assert names["Munevver Izzet"] == {"Munevver Izzet"}


def test_the_time_of_a_telling_does_not_date_the_earlier_act_it_told() -> None:
    text = ("Aliya Tursyn was detained in 2017. Her brother said a cousin told him last week "
            "that the court had sentenced her in 2019.")
    assert dates_by_name(text, "2020-10-22")[("Aliya Tursyn", "sentencing")] == "2019"


def test_the_time_of_a_telling_dates_the_state_it_told() -> None:
    text = ("Zhadyra Sharipova had her boarding pass in her hand when a border officer told her "
            "in March that she could not leave the country.")
    assert dates_by_name(text, "2023-04-10")[("Zhadyra Sharipova", "travel_ban")] == "2023-03"


def test_residential_surveillance_under_what_police_call_it_is_house_arrest() -> None:
    text = ("Izzet Sulayman was held in a camp until December 2019. Since his release he has "
            "been under what police call \"residential surveillance\".")
    assert ("Izzet Sulayman", "house_arrest") in events_by_name(run(text))


def test_may_not_leave_his_home_is_house_arrest() -> None:
    text = "Izzet Sulayman was released in 2019 and may not leave his home without permission."
    assert ("Izzet Sulayman", "house_arrest") in events_by_name(run(text))


def test_may_not_leave_the_house_because_of_illness_is_no_house_arrest() -> None:
    text = "Izzet Sulayman, who was released in 2019, may not leave the house because he is ill."
    assert ("Izzet Sulayman", "house_arrest") not in events_by_name(run(text))


def test_serving_a_restricted_freedom_term_is_no_imprisonment() -> None:
    text = ("Because Aknur Sovetkhanova is already serving two years of \"restricted freedom\", "
            "prosecutors have asked a court to swap the rest of her term for a penal colony.")
    got = events_by_name(run(text))
    assert ("Aknur Sovetkhanova", "sentencing") in got
    assert ("Aknur Sovetkhanova", "imprisonment") not in got


def test_serving_a_suspended_sentence_is_no_imprisonment() -> None:
    got = events_by_name(run("Aknur Sovetkhanova is serving a two-year suspended sentence."))
    assert ("Aknur Sovetkhanova", "imprisonment") not in got


def test_serving_a_prison_sentence_is_imprisonment() -> None:
    got = events_by_name(run("Nurlan Abdrakhmanov is serving a seven-year sentence."))
    assert ("Nurlan Abdrakhmanov", "imprisonment") in got


_LEDE_BROTHER = (
    "BISHKEK -- A Kyrgyz citizen who travelled to China for his mother's funeral has been "
    "sentenced to six years in prison, his brother has told RFE/RL.\n\n"
    "Kemelbek Mamatkulov said he learned last month that his older brother, Moldobek "
    "Mamatkulov, 44, had been convicted in the summer of 2020.\n\n"
    "Moldobek Mamatkulov crossed into China in December 2017. Border guards took his "
    "passport, telling him it would be returned when he left, his brother said.\n\n"
    "In January 2018, police came to the family home in Akto and took him away.")


def test_the_lede_cited_to_his_brother_is_about_the_brother_the_teller_names() -> None:
    got = events_by_name(run(_LEDE_BROTHER, "2022-01-20"))
    assert ("Moldobek Mamatkulov", "sentencing") in got
    assert ("Kemelbek Mamatkulov", "sentencing") not in got


def test_a_brother_who_only_tells_the_sentence_before_is_not_the_next_him() -> None:
    got = events_by_name(run(_LEDE_BROTHER, "2022-01-20"))
    assert ("Moldobek Mamatkulov", "detention") in got
    assert ("Kemelbek Mamatkulov", "detention") not in got


def test_a_wife_who_tells_the_sentence_before_is_still_the_next_her() -> None:
    text = ("Omerjan Memtili, 39, was detained in Dubai in August, said his wife, Zulpiye "
            "Ghojamberdi.\n\nThe consulate had refused to renew his passport, his wife said. "
            "He traveled on a Turkish document.\n\nIn the weeks before the trip, she said, her "
            "husband received WeChat messages from a police officer in Kashgar urging him to "
            "\"come home and explain yourself.\"")
    assert ("Omerjan Memtili", "threat") in events_by_name(run(text, "2019-09-01"))


def test_the_sister_who_said_it_is_not_the_woman_the_lede_describes() -> None:
    text = ("An ethnic Kazakh woman who says she spent 19 months in a camp has been detained "
            "in Kazakhstan after crossing the border on foot, her sister told RFA.\n\n"
            "Gulnafis Konysbaikyzy, 38, walked across the frontier near Bakhty and was picked "
            "up by border guards the next morning, said her sister, Aksaule Konysbaeva.")
    got = events_by_name(run(text, "2021-03-01"))
    assert ("Gulnafis Konysbaikyzy", "internment") in got
    assert ("Aksaule Konysbaeva", "internment") not in got


def test_a_rendering_that_slurs_a_syllable_is_the_one_name_it_fits() -> None:
    text = ("Tursyngazy Zhaksygeldiuly, 58, a beekeeper, was detained in Tekes in 2018. His "
            "younger brother, Qaliolla Zhaksygeldiuly, was taken to a camp.\n\n"
            "The court notice names the defendant as \"Tuerxungazi Zhakesigeli\".")
    names = _names(text)
    assert "Tuerxungazi Zhakesigeli" in names["Tursyngazy Zhaksygeldiuly"]
    assert "Tuerxungazi Zhakesigeli" not in names["Qaliolla Zhaksygeldiuly"]


def test_a_surname_with_another_ending_goes_back_to_the_name_before() -> None:
    text = ("Esbol's father, Tursyngazy Zhaksygeldiyev, as he is written in Kazakh documents, "
            "or Zhaksygeldiuly, as the family writes it, is a beekeeper.\n\n"
            "His uncle Qaliolla Zhaksygeldiuly called him.")
    names = _names(text)
    assert "Zhaksygeldiuly" in names["Tursyngazy Zhaksygeldiyev"]
    assert names["Qaliolla Zhaksygeldiuly"] == {"Qaliolla Zhaksygeldiuly"}


def test_the_yengi_hayat_police_station_is_no_person() -> None:
    text = ("Izzetjan Memetali, 34, left for the Yengi Hayat police station on Oct. 12 and has "
            "not been seen since.")
    assert "Yengi Hayat" not in _names(text)


def test_the_nur_zholy_border_crossing_is_no_person() -> None:
    text = ("When Shakhmardan Kongyrbaiuly walked across the Nur Zholy border crossing into "
            "Kazakhstan in June 2022, his wife cried.")
    assert "Nur Zholy" not in _names(text)


_GIVEN_NAME_STYLE = (
    "Abdughopur Hamitjan, 58, a surgeon, was taken away by police in April 2017, according to "
    "his daughter, Muqaddes Abdughopur. Her cousin Merdan Salamat was held in a camp.\n\n"
    "\"He operated on everyone,\" Muqaddes said. Merdan was released in 2019.\n\n"
    "An officer said Abdughopur had been sentenced to 17 years.")


def test_a_document_that_calls_people_by_given_names_means_the_father_by_his() -> None:
    got = events_by_name(run(_GIVEN_NAME_STYLE, "2021-05-27"))
    assert ("Abdughopur Hamitjan", "sentencing") in got
    assert ("Muqaddes Abdughopur", "sentencing") not in got


def test_a_document_that_calls_people_by_surnames_means_the_daughter_by_hers() -> None:
    text = ("Abdughopur Hamitjan, a surgeon, died in a prison in Hotan, his daughter Muqaddes "
            "Abdughopur said. Her friend Maren Sievers, a lawyer, helped her.\n\n"
            "\"I could not say goodbye,\" Abdughopur said. Sievers wrote to the ministry.\n\n"
            "In March, police detained Abdughopur outside the Chinese consulate.")
    got = events_by_name(run(text, "2022-04-01"))
    assert ("Muqaddes Abdughopur", "detention") in got
    assert ("Abdughopur Hamitjan", "detention") not in got


def test_forbidden_to_leave_the_county_is_a_travel_ban() -> None:
    text = ("In 2021 Jyparkul Anarkul kyzy was allowed to return to her house in Akto but was "
            "forbidden to leave the county.")
    assert ("Jyparkul Anarkul kyzy", "travel_ban") in events_by_name(run(text))


def test_forbidden_to_go_out_is_house_arrest() -> None:
    text = ("Jumabek Alybekov was released to his brother's house in Akqi, where he was "
            "forbidden to go out without permission.")
    assert ("Jumabek Alybekov", "house_arrest") in events_by_name(run(text))


def test_forbidden_to_go_out_of_the_country_is_no_house_arrest() -> None:
    text = "Jumabek Alybekov was forbidden to go out of the country."
    assert ("Jumabek Alybekov", "house_arrest") not in events_by_name(run(text))


def test_confined_to_his_younger_brothers_house_is_house_arrest() -> None:
    text = "Tursyngazy Zhaksygeldiuly is confined to his younger brother's house in Tekes."
    assert ("Tursyngazy Zhaksygeldiuly", "house_arrest") in events_by_name(run(text))


def test_a_surname_with_its_particle_is_the_full_name_of_that_surname_in_another_form() -> None:
    text = ("Maksatbek Beishenalyev, 34, a driver, was freed last week.\n\n"
            "Beishenalyev (in Kyrgyz, Beishenaly uulu) was born in Artux.")
    names = _names(text)
    assert "Beishenaly uulu" in names["Maksatbek Beishenalyev"]
    assert "Beishenaly uulu" not in names


def test_held_in_a_whose_clause_is_the_relatives_custody() -> None:
    text = ("OSH -- A resident of Osh whose elderly mother has been held in Xinjiang since 2018 "
            "says officers warned him.\n\nKubanych Dooronbek uulu, 38, told RFE/RL about it.\n\n"
            "His mother, Jyparkul Anarkul kyzy, 71, was a teacher.")
    got = events_by_name(run(text, "2021-10-01"))
    assert ("Jyparkul Anarkul kyzy", "detention") in got
    assert ("Kubanych Dooronbek uulu", "detention") not in got


def test_the_main_verb_after_a_whose_clause_is_the_subjects() -> None:
    text = ("A Kazakh woman whose brother died in a Chinese prison last month was detained by "
            "police in Almaty on Tuesday.\n\nAigul Zhandarbekkyzy, 48, had come to lay flowers. "
            "Her brother, Ermukhan Zhandarbekuly, was an accountant.")
    got = events_by_name(run(text, "2021-03-04"))
    assert ("Ermukhan Zhandarbekuly", "death") in got
    assert ("Ermukhan Zhandarbekuly", "detention") not in got


def test_a_time_relative_to_an_undated_act_lies_in_the_frame_opening_the_sentence() -> None:
    text = ("Moldobek Mamatkulov crossed into China in December 2017.\n\nIn January 2018, police "
            "came to the family home in Akto the day after the funeral rites and took him away.")
    assert dates_by_name(text, "2022-01-20")[("Moldobek Mamatkulov", "detention")] == "2018-01"


def test_a_time_relative_to_an_undated_act_alone_stays_unknown() -> None:
    text = "Moldobek Mamatkulov was detained the day after he crossed the border."
    assert dates_by_name(text, "2022-01-20")[("Moldobek Mamatkulov", "detention")] is None


def test_a_term_served_in_a_whose_clause_after_an_apposition_is_the_relatives() -> None:
    text = ("A Bishkek court has ordered the deportation to China of Tudaxun Hezim, a Uyghur "
            "trader who has lived in Kyrgyzstan for eight years and whose father is serving a "
            "17-year sentence for separatism.\n\nHis father, Hezim Mettursun, 64, is a retired "
            "teacher.")
    got = events_by_name(run(text, "2022-11-01"))
    assert ("Hezim Mettursun", "sentencing") in got
    assert ("Tudaxun Hezim", "sentencing") not in got
    assert ("Tudaxun Hezim", "deportation") in got


def test_a_lede_citizen_of_one_country_is_not_the_citizen_of_another_named_later() -> None:
    text = ("A citizen of Kyrgyzstan who was serving an eight-year sentence in China has "
            "returned home after being released early, the ministry reported.\n\n"
            "Elmurat Usenbaev, born in 1974, was handed over at the Irkeshtam checkpoint.\n\n"
            "His younger brother Taalai Usenbaev, a Chinese citizen, died in 2019.")
    got = events_by_name(run(text, "2022-06-15"))
    assert ("Elmurat Usenbaev", "sentencing") in got
    assert ("Taalai Usenbaev", "sentencing") not in got


def test_a_whose_relative_set_off_by_an_apposition_serves_the_term() -> None:
    text = ("ALMATY -- A court on Wednesday fined Anargul Sarsenkyzy, whose husband, a Kazakh "
            "citizen, is serving a 14-year sentence in China, for a one-woman picket.")
    assert ("Anargul Sarsenkyzy", "imprisonment") not in events_by_name(run(text, "2021-09-10"))


_PLURAL_STATE_TEXT = (
    "Kochkorbai Sultanaly uulu, 58, is a Chinese citizen who had lived in Karakol since 2013. "
    "Dzhumagul Begalieva and their son, Ruslanbek Kochkorbaev, are citizens of Kyrgyzstan.\n\n"
    "In April 2018 he crossed into China at the Torugart border post. Police took his passport "
    "the day after he arrived.")


def test_a_member_of_a_plural_subject_of_are_is_not_the_next_he() -> None:
    got = events_by_name(run(_PLURAL_STATE_TEXT, "2021-10-01"))
    assert ("Kochkorbai Sultanaly uulu", "passport_confiscation") in got
    assert ("Ruslanbek Kochkorbaev", "passport_confiscation") not in got


def test_a_son_named_as_the_subject_is_the_next_he() -> None:
    text = ("Kochkorbai Sultanaly uulu, 58, is a Chinese citizen. Their son, Ruslanbek "
            "Kochkorbaev, is a citizen of Kyrgyzstan.\n\nIn April 2018 he crossed into China. "
            "Police took his passport the day after he arrived.")
    assert ("Ruslanbek Kochkorbaev", "passport_confiscation") in events_by_name(
        run(text, "2021-10-01"))


def test_they_after_one_named_with_unnamed_others_includes_that_one() -> None:
    text = ("Kumisai Abilmazhinkyzy and four other relatives were on their way to Nur-Sultan. "
            "Instead, they were taken to a police station in Taldykorgan.")
    assert ("Kumisai Abilmazhinkyzy", "detention") in events_by_name(run(text, "2021-05-27"))


def test_they_after_she_and_unnamed_others_includes_her() -> None:
    text = ("Kumisai Abilmazhinkyzy had packed a poster on May 24.\n\nShe and four other "
            "relatives were on their way to Nur-Sultan. Instead, they were taken to a police "
            "station in Taldykorgan.")
    assert ("Kumisai Abilmazhinkyzy", "detention") in events_by_name(run(text, "2021-05-27"))


def test_they_after_two_named_persons_is_the_two() -> None:
    text = ("Kumisai Abilmazhinkyzy and Gulnar Serikova went to Nur-Sultan. They were taken to "
            "a police station in Taldykorgan.")
    got = events_by_name(run(text, "2021-05-27"))
    assert {("Kumisai Abilmazhinkyzy", "detention"), ("Gulnar Serikova", "detention")} <= got
