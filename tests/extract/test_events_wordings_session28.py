"""Wordings read in session 28 (general forms, invented names)."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run


def _sentence_years(text: str, name: str) -> list[float | None]:
    ex = run(text)
    keys = {p.key for p in ex.persons if p.name == name}
    return [e.sentence_years for e in ex.events if e.person in keys and e.type == "sentencing"]


# a profession used as a title does not hide the name after it


@pytest.mark.parametrize("title", ["Professor", "scholar", "truck driver", "economist"])
def test_a_profession_before_a_name_leaves_the_name_the_object(title: str) -> None:
    found = events_by_name(run(f"The whereabouts of {title} Tohti Ablet remain unknown."))
    assert found == {("Tohti Ablet", "disappearance")}


def test_the_kin_of_a_named_person_is_not_that_person() -> None:
    assert events_by_name(run("Police detained the mother of Kanat Bekov.")) == set()


# a Kazakh word for council after a given name is a family name


@pytest.mark.parametrize("name", ["Gulmira Kenes", "Aibek Kenesh"])
def test_a_given_name_before_a_council_word_is_a_persons_name(name: str) -> None:
    assert events_by_name(run(f"Police detained {name} in 2019.")) == {(name, "detention")}


def test_a_council_named_in_kazakh_is_still_no_person() -> None:
    ex = run("The Jogorku Kenesh passed a law. Activists of Atajurt Eriktileri were detained.")
    assert ex.persons == []


# a sentence made longer


@pytest.mark.parametrize("text", [
    "Authorities extended the prison term of Abdurakhman Yusup by five years in 2021.",
    "Abdurakhman Yusup's sentence was extended by five years in 2021.",
    "Abdurakhman Yusup's sentence was later increased to 20 years.",
    "A court added five years to Abdurakhman Yusup's sentence.",
    "Abdurakhman Yusup is in prison. A court added five years to his sentence.",
])
def test_a_sentence_extended_is_a_sentencing(text: str) -> None:
    assert ("Abdurakhman Yusup", "sentencing") in events_by_name(run(text))


def test_an_extension_does_not_replace_the_sentence_it_lengthens() -> None:
    text = ("A court sentenced Abdurakhman Yusup to 15 years in prison in 2018. In 2022 a court "
            "added three years to his sentence.")
    ex = run(text)
    found = [e for e in ex.events if e.type == "sentencing"]
    assert [(e.sentence_years, e.date) for e in found] == [(15, "2018")]


def test_a_pretrial_detention_extended_is_no_sentencing() -> None:
    found = events_by_name(run("Abdurakhman Yusup's pretrial detention was extended in May."))
    assert ("Abdurakhman Yusup", "sentencing") not in found


# an exit visa refused is a travel ban


@pytest.mark.parametrize("text", [
    "Dilnaz Omarova's exit visa was refused by the local public security bureau in 2019.",
    "Officials refused to issue Dilnaz Omarova an exit permit.",
    "Dilnaz Omarova was refused an exit visa.",
    "The bureau denied her an exit visa, said Dilnaz Omarova.",
    "Dilnaz Omarova applied to leave. Her application for an exit visa was rejected.",
])
def test_an_exit_visa_refused_is_a_travel_ban(text: str) -> None:
    assert events_by_name(run(text)) == {("Dilnaz Omarova", "travel_ban")}


def test_an_exit_visa_granted_is_nothing() -> None:
    assert events_by_name(run("Dilnaz Omarova was granted an exit visa in 2019.")) == set()


# protection granted with the state as subject


def test_a_state_granting_refugee_status_to_someone_is_asylum() -> None:
    found = events_by_name(run("Kazakhstan granted refugee status to Kairat Samarkan."))
    assert found == {("Kairat Samarkan", "asylum")}


def test_refugee_status_refused_is_no_asylum() -> None:
    found = events_by_name(run("Kazakhstan refused refugee status to Kairat Samarkan."))
    assert found == set()


# a death named by its owner


@pytest.mark.parametrize("text", [
    "Gulzhan Abdikerim's death in custody was only reported in 2022.",
    "Gulzhan Abdikerim was held in Ghulja. Her death in the camp was confirmed in 2022.",
])
def test_a_death_named_by_its_owner_is_a_death(text: str) -> None:
    assert ("Gulzhan Abdikerim", "death") in events_by_name(run(text))


@pytest.mark.parametrize("text", [
    "Gulzhan Abdikerim wrote about her father's death on social media.",
    "Gulzhan Abdikerim posts his photograph on the anniversary of his death.",
    "Gulzhan Abdikerim's death sentence was commuted.",
])
def test_a_relatives_death_or_a_death_sentence_is_not_the_owners_death(text: str) -> None:
    assert ("Gulzhan Abdikerim", "death") not in events_by_name(run(text))


# nothing heard of someone since


@pytest.mark.parametrize("text", [
    "Nothing has been heard from Alim Tursun since 2017.",
    "Nothing has been heard of Alim Tursun since police took him away.",
    "There has been no word from Alim Tursun since 2017.",
])
def test_nothing_heard_since_is_a_disappearance(text: str) -> None:
    assert ("Alim Tursun", "disappearance") in events_by_name(run(text))


# a home searched by the authorities


@pytest.mark.parametrize("text", [
    "Police in Almaty searched the home of Zhanar Abil and seized her laptop.",
    "Police searched Zhanar Abil's apartment in Almaty.",
    "Zhanar Abil's apartment was searched by police in March.",
    "Zhanar Abil spoke to reporters. Two days later officers searched her flat.",
])
def test_a_home_searched_by_the_authorities_is_harassment(text: str) -> None:
    assert events_by_name(run(text)) == {("Zhanar Abil", "harassment")}


def test_searching_ones_own_house_is_nothing() -> None:
    assert events_by_name(run("Zhanar Abil searched her house for the documents.")) == set()


# a body made infertile by force


@pytest.mark.parametrize("text", [
    "Zulfiya Ismail was forcibly sterilised in 2018.",
    "Zulfiya Ismail was forced to have an IUD inserted in the camp.",
    "Doctors fitted Zulfiya Ismail with an IUD against her will in the camp.",
    "Zulfiya Ismail was held in a camp, where doctors fitted her with an IUD.",
])
def test_a_forced_iud_or_sterilisation_is_torture(text: str) -> None:
    assert ("Zulfiya Ismail", "torture") in events_by_name(run(text))


def test_a_woman_described_in_a_relative_clause_is_not_the_named_poster() -> None:
    text = ("Azamat Sultanbek posted a video about a Kazakh woman who said she had been "
            "sterilised in a camp.")
    assert ("Azamat Sultanbek", "torture") not in events_by_name(run(text))


# a committee's transcript: labels with an honorific and bracketed notes


def test_a_hearings_labelled_turns_are_their_witnesses() -> None:
    text = ("THE CHAIR (MR. PHILIPPE ROCHON): We have Ms. Sayagul Pernebekkyzy with us.\n\n"
            "MS. SAYAGUL PERNEBEKKYZY (As an Individual) (Interpretation): Thank you. In April "
            "2018 the police took me from my work, and I spent eleven months in a camp.\n\n"
            "THE CHAIR: Thank you. Ms. Pernebekkyzy, you may go on.\n\n"
            "MS. PERNEBEKKYZY: They put a spiral inside us.")
    found = events_by_name(run(text))
    assert {("Sayagul Pernebekkyzy", "detention"), ("Sayagul Pernebekkyzy", "internment"),
            ("Sayagul Pernebekkyzy", "torture")} <= found


# custody told by a time, where it happened, and by whom


@pytest.mark.parametrize("text", [
    "In July 2020 the Turkish police held Shahyar Ziyadin for eleven days in a removal centre.",
    "Police held Shahyar Ziyadin for a few days in a removal centre.",
])
def test_held_for_a_count_of_days_is_a_detention(text: str) -> None:
    assert events_by_name(run(text)) == {("Shahyar Ziyadin", "detention")}


def test_taken_from_work_is_a_detention() -> None:
    found = events_by_name(run("Sayagul Pernebekkyzy said police took her from work in 2018."))
    assert found == {("Sayagul Pernebekkyzy", "detention")}


def test_the_police_of_a_place_took_a_relative_named_in_commas() -> None:
    text = ("My name is Sayagul Pernebekkyzy. Three days later the police in Kunes took my "
            "husband, Zhomartbek Sagadatuly.")
    assert ("Zhomartbek Sagadatuly", "detention") in events_by_name(run(text))


def test_a_relative_named_in_commas_and_taken_to_a_camp_is_interned_only() -> None:
    found = events_by_name(run("In 03.2018 they took my mother, Rabiye Yusup, to a camp in "
                               "Kashgar."))
    assert found == {("Rabiye Yusup", "internment")}


# a forced IUD told of a group the person is in


def test_fitted_with_devices_after_being_marched_to_a_clinic_is_torture() -> None:
    text = ("Sayagul Pernebekova was taken by police in April 2018. A few months into her 11 "
            "months in the camp, she and dozens of other women were marched to its clinic and "
            "fitted with intrauterine devices.")
    assert ("Sayagul Pernebekova", "torture") in events_by_name(run(text))


# an exit visa application turned down; moved by bus; a police visit home


@pytest.mark.parametrize("text", [
    "The county public security bureau turned down her application for an exit visa, said "
    "Balsulu Akhmediyarova.",
    "Police rejected Balsulu Akhmediyarova's application for an exit visa.",
])
def test_an_exit_visa_application_turned_down_is_a_travel_ban(text: str) -> None:
    assert events_by_name(run(text)) == {("Balsulu Akhmediyarova", "travel_ban")}


def test_put_on_a_bus_from_a_camp_to_a_factory_is_a_transfer() -> None:
    text = ("Balsulu Akhmediyarova was held in a camp. In April 2019 she was put on a bus to an "
            "industrial park in Chochek, where they sewed uniforms.")
    assert ("Balsulu Akhmediyarova", "transfer") in events_by_name(run(text))


@pytest.mark.parametrize("text", [
    "On March 2 a district police inspector came to the home of Orazgul Nartaikyzy in "
    "Kaskelen and had her sign a paper.",
    "On December 4, a district police inspector came to the apartment Orazgul Nartaikyzy "
    "rents in Almaty and asked her who had organized the press conference.",
])
def test_a_police_visit_to_the_home_is_harassment(text: str) -> None:
    assert events_by_name(run(text)) == {("Orazgul Nartaikyzy", "harassment")}


def test_a_visit_that_ends_in_an_arrest_is_no_harassment() -> None:
    text = ("Police came to the home of Nurbol Shaikenov in March, where his brother was "
            "staying, and drove him away.")
    assert ("Nurbol Shaikenov", "harassment") not in events_by_name(run(text))


def test_confined_since_a_year_to_the_apartment_is_house_arrest() -> None:
    found = events_by_name(run("Kalbinisa Ghupur has been confined since 2020 to the apartment "
                               "in Urumqi."))
    assert found == {("Kalbinisa Ghupur", "house_arrest")}


def test_seen_twisting_her_arm_is_an_assault() -> None:
    text = ("Orazgul Nartaikyzy was detained on Monday. The correspondent saw one officer twist "
            "her arm behind her back.")
    assert ("Orazgul Nartaikyzy", "assault") in events_by_name(run(text))


# a name's Chinese form labelled in brackets; a numbered questionnaire


def test_a_chinese_form_labelled_in_brackets_is_the_same_person() -> None:
    ex = run("Ziyadin Seypidin (Chinese: Ziyading Saipuding, 孜亚丁·赛普丁), a scholar from "
             "Kashgar, is serving a life sentence.")
    assert [p.name for p in ex.persons] == ["Ziyadin Seypidin"]


def test_a_numbered_form_field_dates_the_detention() -> None:
    text = ("Questionnaire no.: 4471\n\n1. Full name: Balsulu Akhmediyarkyzy\n3. Sex: Female\n"
            "5. Ethnicity: Kazakh\n10. Date of detention: 11 March 2018\n"
            "12. Detaining authority: Chapchal county police\n")
    ex = run(text)
    assert [(e.type, e.date) for e in ex.events] == [("detention", "2018-03-11")]


# a converted school; a death in a camp tells the stay


@pytest.mark.parametrize("text", [
    "Aidar Kaskyrbaiuly was held in a former school surrounded by a high wall.",
    "Aidar Kaskyrbaiuly was held first at a police station, and then in a camp.",
])
def test_held_in_a_former_school_or_then_in_a_camp_is_internment(text: str) -> None:
    assert events_by_name(run(text)) == {("Aidar Kaskyrbaiuly", "internment")}


def test_held_at_a_police_station_alone_is_a_detention() -> None:
    found = events_by_name(run("Aidar Kaskyrbaiuly was held at a police station for two days."))
    assert found == {("Aidar Kaskyrbaiuly", "detention")}


def test_a_death_in_a_camp_is_a_death_and_an_internment() -> None:
    found = events_by_name(run("Abdukeyum Bakri died in a detention camp in January 2018."))
    assert found == {("Abdukeyum Bakri", "death"), ("Abdukeyum Bakri", "internment")}


def test_a_death_in_a_refugee_camp_is_no_internment() -> None:
    found = events_by_name(run("Aidar Kaskyrbaiuly died in a refugee camp in 2019."))
    assert found == {("Aidar Kaskyrbaiuly", "death")}


def test_a_death_in_a_camp_does_not_date_a_stay_told_otherwise() -> None:
    ex = run("Police sent Abdukeyum Bakri to a camp in June 2017. He died in the camp in 2019.")
    stays = [e.date for e in ex.events if e.type == "internment"]
    assert stays == ["2017-06"]


def test_moved_to_a_former_school_turned_into_a_centre_is_internment() -> None:
    text = ("Sagatbek Turlybekuly was held at Khorgos. Two weeks later, he was moved to a former "
            "middle school that had been turned into what China calls a vocational training "
            "center.")
    assert ("Sagatbek Turlybekuly", "internment") in events_by_name(run(text))


def test_her_months_in_the_camp_are_an_internment() -> None:
    text = ("Sayagul Pernebekova was taken by police in April 2018. A few months into her 11 "
            "months in the camp, she was beaten.")
    assert ("Sayagul Pernebekova", "internment") in events_by_name(run(text))


def test_months_in_a_refugee_camp_are_no_internment() -> None:
    text = "Sayagul Pernebekova spoke of her two years in a refugee camp in Turkey."
    assert events_by_name(run(text)) == set()


def test_a_police_visit_to_the_flat_she_rents_is_harassment() -> None:
    text = ("Sayagul Pernebekkyzy spoke to journalists. On December 4, a district police "
            "inspector came to the apartment she rents in Almaty and asked her who had "
            "organized the press conference.")
    assert ("Sayagul Pernebekkyzy", "harassment") in events_by_name(run(text))
