"""Returnees' accounts in news features: who "his" is after a dead relative, being driven to
a camp, restraint on an iron chair, a quotation continuing its speaker, beatings told beside
torture, a warning of being taken to the station."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_a_relative_who_died_is_no_antecedent_of_a_later_his() -> None:
    text = ("When Jyldyzbek Sadyrbaev crossed into China on April 3, 2018, he expected to be "
            "back within a week. His father had died in Akto, where Sadyrbaev grew up, and he "
            "wanted to see the grave.\n\nHe came home 20 months later.\n\nThree days after he "
            "arrived, police officers came to his cousin's house and took his Kyrgyz passport.")
    assert ("Jyldyzbek Sadyrbaev", "passport_confiscation") in events_by_name(run(text))


def test_a_living_relative_still_takes_up_a_later_his() -> None:
    text = ("Askar Bekov went to Almaty. His brother stayed in Ghulja with the family.\n\n"
            "Police later took his passport.")
    assert ("Askar Bekov", "passport_confiscation") not in events_by_name(run(text))


def test_driven_to_a_camp_is_internment() -> None:
    assert ("Askar Bekov", "internment") in events_by_name(
        run("Police officers came to the house and drove Askar Bekov to a camp outside town."))
    assert ("Askar Bekov", "internment") in events_by_name(
        run("Askar Bekov was driven to a re-education camp in Akto."))


def test_kept_on_an_iron_chair_is_torture() -> None:
    assert ("Askar Bekov", "torture") in events_by_name(
        run("Guards kept Askar Bekov sitting on an iron chair for a whole night."))


def test_sitting_on_an_iron_chair_by_choice_is_no_torture() -> None:
    assert not events_by_name(run("Askar Bekov sat down on an iron chair in the yard."))


def test_a_quotation_without_a_speaker_continues_the_paragraphs_speaker() -> None:
    text = ('"They beat me," Askar Bekov told Eurasianet in the village near Kara-Suu, in Osh '
            'region, where he now lives. "They kept me sitting on an iron chair all night."')
    assert ("Askar Bekov", "torture") in events_by_name(run(text))


def test_a_quotation_after_another_person_is_named_has_no_speaker_from_before() -> None:
    text = ('"They beat me," Askar Bekov said in the village where Nurlan Omarov also lives. '
            '"They kept me sitting on an iron chair all night."')
    assert ("Nurlan Omarov", "torture") not in events_by_name(run(text))


def test_beatings_in_the_paragraph_that_tells_torture_are_part_of_it() -> None:
    text = ('"For two months they beat me with a rubber stick," Askar Bekov said. "They kept '
            'me on an iron chair for a whole night."')
    ex = run(text)
    assert events_by_name(ex) == {("Askar Bekov", "torture")}
    (torture,) = ex.events
    assert any("rubber stick" in e.quote for e in torture.evidence)


def test_a_beating_in_another_paragraph_stays_an_assault() -> None:
    text = ("Guards kept Askar Bekov on an iron chair for a whole night.\n\nIn 2021, after his "
            "return, strangers beat Askar Bekov outside his home in Almaty.")
    assert ("Askar Bekov", "assault") in events_by_name(run(text))


def test_a_warning_of_being_taken_to_the_station_is_a_threat() -> None:
    text = ("In October, a police officer told Saikal Omurbekova that if she came again, she "
            "would be taken to the station.")
    assert ("Saikal Omurbekova", "threat") in events_by_name(run(text))


def test_could_not_leave_the_house_is_house_arrest() -> None:
    text = "After Patigul Sabirova came out she could not leave the house for almost two years."
    assert ("Patigul Sabirova", "house_arrest") in events_by_name(run(text))


def test_could_not_leave_the_house_because_of_illness_is_no_house_arrest() -> None:
    text = "Patigul Sabirova could not leave the house because she was ill."
    assert not events_by_name(run(text))


def test_cannot_leave_a_named_town_is_a_travel_ban() -> None:
    text = "Now Patigul Sabirova can go to the market, but she cannot leave Aksu."
    assert ("Patigul Sabirova", "travel_ban") in events_by_name(run(text))


def test_pushed_to_the_ground_is_an_assault() -> None:
    text = "In July, a man pushed Nazugum Tahir to the ground near her house."
    assert ("Nazugum Tahir", "assault") in events_by_name(run(text))
    assert not events_by_name(run("In July, Nazugum Tahir pushed the cart to the market."))


def test_being_unable_to_leave_china_for_a_kept_passport_is_no_travel_ban() -> None:
    text = ("His passport was kept by the police, which is why he could not leave China "
            "legally, Murat Bekov said.")
    assert ("Murat Bekov", "travel_ban") not in events_by_name(run(text))


def test_a_beating_in_custody_is_torture() -> None:
    text = "Kubat Sadyrbayev said he was beaten repeatedly during his first year in custody."
    assert events_by_name(run(text)) == {("Kubat Sadyrbayev", "torture")}
    text = "They beat Aigul Tursyn in the camp when she refused to sing, her sister said."
    assert events_by_name(run(text)) == {("Aigul Tursyn", "torture")}


def test_a_beating_in_the_street_stays_an_assault() -> None:
    text = "In 2021 strangers beat Askar Bekov outside his home in Almaty."
    assert events_by_name(run(text)) == {("Askar Bekov", "assault")}


def test_taking_her_and_her_husband_detains_both() -> None:
    text = ("Police came to Marzhan Duisenbai's home at night and took her and her husband, "
            "Bolatbek Kuttybai, to the local police station.")
    events = events_by_name(run(text))
    assert {("Marzhan Duisenbai", "detention"), ("Bolatbek Kuttybai", "detention")} <= events


def test_a_passport_that_had_already_been_taken_is_a_confiscation() -> None:
    text = ("Marzhan Duisenbai was released in February 2019. Her Chinese passport had already "
            "been taken by police in 2017.")
    assert ("Marzhan Duisenbai", "passport_confiscation") in events_by_name(run(text))


def test_a_negation_inside_an_apposed_relative_clause_does_not_reach_the_event() -> None:
    text = "Ermek Bazarkhanuly, a veterinarian who never left China, was detained in 2018."
    assert ("Ermek Bazarkhanuly", "detention") in events_by_name(run(text))
    assert not events_by_name(run("Ermek Bazarkhanuly, a veterinarian, was never detained."))


def test_a_late_relative_is_no_antecedent() -> None:
    text = ("In October 2017 Yerzhan Bazarkhanuly crossed into China.\n\nHe went to sell the "
            "house his late father had left him. Border officers took his Kazakh passport.")
    assert ("Yerzhan Bazarkhanuly", "passport_confiscation") in events_by_name(run(text))


def test_a_call_that_carries_a_threat_is_the_threat_only() -> None:
    text = ("In January, two police officers called Akmaral Shaimerdenkyzy on WeChat and told "
            'her to stop talking to journalists "or your husband will never come home."')
    assert events_by_name(run(text)) == {("Akmaral Shaimerdenkyzy", "threat")}


def test_neither_of_them_detained_is_no_detention() -> None:
    text = "Yunus Ghappar said that neither of them has been detained so far."
    assert not events_by_name(run(text))


def test_an_officer_who_called_a_person_does_not_make_them_an_official() -> None:
    from extract.extract_helpers import roles_of
    text = "In September, a police officer from Hotan called Yunus Ghappar on WeChat."
    assert "official" not in roles_of(run(text), "Yunus Ghappar")


def test_a_lower_case_by_line_under_the_lede_is_a_byline() -> None:
    from extract.extract_helpers import roles_of
    text = ('A respected physician is now serving a life term for "separatism."\n\nby Li '
            "Mingxuan\n\nDr. Ghappar Sidiq ran a small clinic in Hotan.\n")
    ex = run(text)
    assert roles_of(ex, "Li Mingxuan") == {"journalist"}
    assert ("Ghappar Sidiq", "sentencing") in events_by_name(ex)


def test_a_sentence_served_by_her_son_in_a_relative_clause_is_not_hers() -> None:
    text = ("Raushan Dosbol has picketed the consulate, demanding the release of her son, who "
            "is serving a seven-year sentence in Xinjiang.")
    assert not events_by_name(run(text, "2023-04-27"))


def test_the_release_of_her_son_is_the_sons() -> None:
    text = ("Raushan Dosbol spoke of her son, Bekzhan Kuanyshev. She demanded the release of her "
            "son, who is serving a seven-year sentence.")
    assert ("Bekzhan Kuanyshev", "sentencing") in events_by_name(run(text, "2023-04-27"))


def test_held_in_a_tiger_chair_is_torture() -> None:
    text = ('Raushan Dosbol said her son, Bekzhan Kuanyshev, had been beaten and held in a '
            '"tiger chair" in an internment camp.')
    events = events_by_name(run(text, "2023-04-27"))
    assert ("Bekzhan Kuanyshev", "torture") in events
    assert ("Bekzhan Kuanyshev", "assault") not in events


def test_the_police_took_from_her_the_passport() -> None:
    text = ("Kunsulu Nurgazykyzy lives in Zhaosu. In 2017 the police took from her the passport "
            '"for keeping in safe place" and did not give it back.')
    assert ("Kunsulu Nurgazykyzy", "passport_confiscation") in events_by_name(run(text))


def test_whose_passport_was_withdrawn_is_the_owners_confiscation() -> None:
    text = ("Gulnaz Tleubergenova, whose passport was withdrawn by the Chinese side in 2018, "
            "crossed the border.")
    assert ("Gulnaz Tleubergenova", "passport_confiscation") in events_by_name(run(text))
    assert not events_by_name(run("Gulnaz Tleubergenova, whose son was detained, spoke."))


def test_a_double_genitive_names_no_subject() -> None:
    text = ("Turghunjan Mamut, a former classmate of Kurban's in Cairo, was granted asylum in "
            "the Netherlands in January 2021.")
    assert events_by_name(run(text)) == {("Turghunjan Mamut", "asylum")}


def test_handed_over_to_ones_own_countrys_officials_is_a_transfer() -> None:
    text = ("Saken Zhylkybai, 46, was handed over to Kazakh officials at the Khorgos border "
            "crossing on Aug. 15, his wife said.")
    assert events_by_name(run(text, "2024-08-22")) == {("Saken Zhylkybai", "transfer")}


def test_handed_over_to_the_chinese_authorities_is_a_deportation() -> None:
    text = "Murat Ghopur was handed over to the Chinese authorities in May."
    assert events_by_name(run(text, "2024-08-22")) == {("Murat Ghopur", "deportation")}


def test_sentenced_the_following_year_after_and_is_a_sentencing() -> None:
    ex = run('Ulan Mamytov was detained in 2018 and sentenced the following year to 15 years '
             'for "terrorism."', "2024-04-01")
    (sentencing,) = [e for e in ex.events if e.type == "sentencing"]
    assert (sentencing.date, sentencing.sentence_years) == ("2019", 15.0)


def test_released_under_an_obligation_not_to_leave_is_a_travel_ban() -> None:
    text = ("Aset Zhetpisbayev was detained on March 3 and released two days later under an "
            "obligation not to leave Almaty.")
    assert ("Aset Zhetpisbayev", "travel_ban") in events_by_name(run(text, "2021-03-10"))
    assert not events_by_name(run("Aset Zhetpisbayev is under no obligation not to leave "
                                  "Almaty."))


def test_a_passport_taken_by_police_in_an_aside_is_dated_by_the_aside() -> None:
    ex = run("Kubat Sadyrbayev spoke to Reuters. His passport, taken by police in Akto in "
             "2018, was returned to him in February.", "2024-04-01")
    assert [(e.type, e.date) for e in ex.events] == [("passport_confiscation", "2018")]


def test_a_warning_that_talking_would_make_things_worse_is_a_threat() -> None:
    text = ("Zulhumar Ablet said officers searched the house and warned her that talking to "
            'journalists would "make things worse for your husband."')
    assert ("Zulhumar Ablet", "threat") in events_by_name(run(text))
    assert not events_by_name(run("Zulhumar Ablet warned that the drought would make things "
                                  "worse for farmers."))


def test_disappeared_into_the_network_of_camps_is_internment() -> None:
    text = ("Erzhan Bazarkhanov was detained weeks later and disappeared into the network of "
            "internment camps that Beijing calls vocational training centres.")
    assert ("Erzhan Bazarkhanov", "internment") in events_by_name(run(text))


def test_not_allowed_to_travel_outside_the_county_is_a_travel_ban() -> None:
    text = "Ermek Bazarkhanov was released in 2019. He is not allowed to travel outside the county."
    assert ("Ermek Bazarkhanov", "travel_ban") in events_by_name(run(text))


def test_told_he_must_never_try_to_leave_the_country_is_a_travel_ban() -> None:
    text = ("After his release, local officials kept his identity documents and told Dauletkhan "
            "Orazbai he must never try to leave the country.")
    assert ("Dauletkhan Orazbai", "travel_ban") in events_by_name(run(text))
    assert ("Dauletkhan Orazbai", "travel_ban") in events_by_name(
        run("Dauletkhan Orazbai was told he must not leave Zhaosu."))


def test_told_he_could_leave_is_no_travel_ban() -> None:
    assert not events_by_name(run("Dauletkhan Orazbai was told he could leave the country."))
    assert not events_by_name(run("Dauletkhan Orazbai was never told he could not leave the "
                                  "country."))


def test_an_order_to_leave_the_country_is_a_deportation() -> None:
    for text in ("The migration police ordered Nazugum Tahir to leave the country within ten "
                 "days.",
                 "Nazugum Tahir was told to leave the country in ten days.",
                 "Nazugum Tahir was ordered to leave Kazakhstan."):
        assert ("Nazugum Tahir", "deportation") in events_by_name(run(text)), text


def test_an_order_to_leave_a_town_or_a_square_is_no_deportation() -> None:
    assert not events_by_name(run("Nazugum Tahir was told to leave Almaty."))
    assert not events_by_name(run("Police ordered Nazugum Tahir to leave the square."))
    assert not events_by_name(run("Nazugum Tahir was not ordered to leave Kazakhstan."))


def test_a_name_after_said_with_an_apposition_and_a_verb_is_the_subject() -> None:
    text = ("A neighbor, Gulaiym Sydykova, said her brother Mirbek Sydykov, a Kyrgyz citizen "
            "who traded in dried fruit, was detained in Kashgar in November 2017.")
    assert ("Mirbek Sydykov", "detention") in events_by_name(run(text))


def test_a_name_after_said_with_an_apposition_and_no_verb_is_the_source() -> None:
    text = ("Police have lied for years, said her brother Mirbek Sydykov, a Kyrgyz citizen, "
            "and the family was detained.")
    assert ("Mirbek Sydykov", "detention") not in events_by_name(run(text))
