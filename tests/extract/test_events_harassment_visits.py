"""Harassment told as one visit that questions or presses, and as a signature extracted:
officers who came to her flat and spent an hour asking, who visited his mother and asked, who
made him sign a pledge. A visit that takes someone away, or one that only brings news, is not
harassment; an unnamed relative visited is no one's event."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_officers_who_came_to_her_flat_and_spent_an_hour_asking_harassed_her() -> None:
    text = ("In November, Akmaral Shaimerdenova says, two officers from the National Security "
            "Committee came to her flat and spent an hour asking who organised the pickets.")
    assert ("Akmaral Shaimerdenova", "harassment") in events_by_name(run(text))


def test_police_who_came_to_her_home_and_asked_her_to_sign_harassed_her() -> None:
    text = ("Bayan Myrzakhmet said two local police officers came to her home in Taldykorgan in "
            "February, a week after her interview was published, and asked her to sign a "
            "statement.")
    assert ("Bayan Myrzakhmet", "harassment") in events_by_name(run(text))


def test_a_visit_with_no_questions_is_no_harassment() -> None:
    text = ("Bayan Myrzakhmet said two police officers came to her home in February to tell "
            "her that her brother had been released.")
    assert ("Bayan Myrzakhmet", "harassment") not in events_by_name(run(text))


def test_police_who_came_to_his_home_and_took_him_away_detained_him() -> None:
    found = events_by_name(run("Police came to his home and took Askar Ospanov away."))
    assert ("Askar Ospanov", "detention") in found
    assert ("Askar Ospanov", "harassment") not in found


def test_officers_who_visited_his_mother_by_name_and_asked_her_harassed_her() -> None:
    text = ("Kahriman Ibrayimov said two men who introduced themselves as officers of the "
            "National Security Committee visited his mother, Rizvangul Ibrayimova, at her home "
            "last month and asked her who her son talked to.")
    assert ("Rizvangul Ibrayimova", "harassment") in events_by_name(run(text))


def test_a_visited_relative_without_a_name_gives_no_one_the_event() -> None:
    text = ("Dilshat Eziz lives in Germany. He said that after he spoke to foreign media, "
            "police visited his father and demanded that he persuade his son to stop.")
    assert not [k for k in events_by_name(run(text)) if k[1] == "harassment"]


def test_made_to_sign_a_written_pledge_is_harassment() -> None:
    text = ("Ekpar Rozakhunov, a schoolteacher in Shonzhy, said police made him sign a written "
            "pledge in March 2021 not to publish materials.")
    assert ("Ekpar Rozakhunov", "harassment") in events_by_name(run(text))
    assert ("Ekpar Rozakhunov", "harassment") in events_by_name(
        run("Police forced Ekpar Rozakhunov to sign a statement."))


def test_signing_a_contract_for_an_employer_is_no_harassment() -> None:
    assert not events_by_name(run("The company made Ekpar Rozakhunov sign a contract."))


def test_one_of_a_group_detained_is_detained() -> None:
    text = ("Police in Bishkek briefly detained four women on Tuesday who were picketing. Among "
            "them was Gulzada Toktosunova, whose husband is held in Xinjiang.")
    assert ("Gulzada Toktosunova", "detention") in events_by_name(run(text, "2021-05-27"))
    text = "Another of the detained women, Elnura Sarybaeva, said her brother was taken."
    assert ("Elnura Sarybaeva", "detention") in events_by_name(run(text, "2021-05-27"))
    text = ("Police detained three of them for holding posters. One of them, Gulnaz Serikbaeva, "
            "was fined.")
    assert ("Gulnaz Serikbaeva", "detention") in events_by_name(run(text, "2021-05-27"))


def test_one_of_a_crowd_no_one_held_is_not_detained() -> None:
    text = "Thousands gathered in the square. Among them was Gulzada Toktosunova."
    assert not events_by_name(run(text, "2021-05-27"))


# visits told as recurring by a frequency ("twice a week", "at least once a week")

def test_cadres_who_come_to_her_house_twice_a_week_harass_her() -> None:
    text = ("His mother, Karlygash Zhumagalikyzy, remains in Toli. Cadres from the township "
            "have come to her house at least twice a week since her husband was taken away, "
            "Aldiyar said.")
    assert ("Karlygash Zhumagalikyzy", "harassment") in events_by_name(run(text))


def test_officers_who_came_to_her_home_twice_harass_her() -> None:
    text = ("Aidai Zhoroeva says that in 2019 officers of the GKNB came to her home twice and "
            "advised her not to talk to journalists.")
    assert ("Aidai Zhoroeva", "harassment") in events_by_name(run(text))


def test_one_visit_with_no_questions_told_once_is_still_none() -> None:
    text = ("Aidai Zhoroeva says that in 2019 officers of the GKNB came to her home once to "
            "return her documents.")
    assert ("Aidai Zhoroeva", "harassment") not in events_by_name(run(text))


def test_visits_to_his_mother_to_ask_whom_he_meets_are_about_him() -> None:
    text = ("Olzhas Kydyrbaiuly fled to Almaty. His mother, Saule Amirkhankyzy, stayed in "
            "Zaisan. Since then, he says, police officers have come to his mother's apartment "
            "three times to ask whom he meets.")
    found = events_by_name(run(text))
    assert ("Olzhas Kydyrbaiuly", "harassment") in found
    assert ("Saule Amirkhankyzy", "harassment") not in found


def test_visits_to_her_mother_to_ask_about_her_daughter_press_the_mother() -> None:
    text = ("Raushan Bakhytkyzy lives in Almaty. Her mother, Kulyash Omarkyzy, still lives in "
            "Jeminay. Since Bakhytkyzy began speaking in 2020, police officers have come to her "
            "mother's house at least once a week to ask where her daughter lives, Bakhytkyzy "
            "said.")
    found = events_by_name(run(text))
    assert ("Kulyash Omarkyzy", "harassment") in found
    assert ("Raushan Bakhytkyzy", "harassment") not in found


def test_a_committee_man_who_visits_them_twice_a_week_harasses_both_parents() -> None:
    text = ("Sajide Yalqun lives in Munich. My mother, Hurriyet Jalalidin, came home in 2020. My "
            "father, Yalqun Hakim, cannot leave the house. A man from the neighborhood committee "
            "visits them twice a week.")
    found = events_by_name(run(text))
    assert ("Hurriyet Jalalidin", "harassment") in found
    assert ("Yalqun Hakim", "harassment") in found


def test_a_neighbour_who_visits_them_twice_a_week_is_no_harassment() -> None:
    text = ("Sajide Yalqun lives in Munich. My father, Yalqun Hakim, cannot leave the house. A "
            "neighbour visits him twice a week.")
    assert ("Yalqun Hakim", "harassment") not in events_by_name(run(text))


def test_visits_whose_words_are_told_next_as_a_threat_are_that_threat() -> None:
    text = ("Ainur Myrzakhmetkyzy is a teacher. She says police officers in Talgar have visited "
            "her twice this month.\n\n\"They said I should stop giving interviews. They said "
            "that if I continue, my husband will never see Kazakhstan again,\" she said.")
    found = events_by_name(run(text))
    assert ("Ainur Myrzakhmetkyzy", "threat") in found
    assert ("Ainur Myrzakhmetkyzy", "harassment") not in found
