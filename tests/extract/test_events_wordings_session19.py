"""Wordings met in blind sets (devset35 onwards, session 19). Names are invented."""

from __future__ import annotations

from extract.extract_helpers import dates_by_name, events_by_name, run


def test_a_telling_conditioned_on_the_hearer_going_on_speaking_is_a_threat() -> None:
    text = ("Kundyz Orazkyzy, 44, lives in Almaty.\n\n"
            "In May, she said, a man who called her on WeChat from her husband's account told "
            "her that \"your husband will not live to come out\" if she kept giving interviews.")
    assert dates_by_name(text)[("Kundyz Orazkyzy", "threat")] == "2021-05"


def test_unless_she_stopped_is_the_same_threat() -> None:
    text = ("Aidana Serikova, 30, said an officer called her in March and told her that her "
            "brother \"will never come home\" unless she stopped talking to journalists.")
    assert ("Aidana Serikova", "threat") in events_by_name(run(text))


def test_a_condition_of_keeping_quiet_is_no_threat() -> None:
    text = ("Berik Ospanov, 50, is a farmer in Zharkent.\n\n"
            "His wife told him that if he kept quiet the children would be safe.")
    assert ("Berik Ospanov", "threat") not in events_by_name(run(text))


def test_a_condition_on_another_than_the_hearer_is_not_the_hearers_threat() -> None:
    # "told her to tell me that if I keep talking": she carries the message; I am warned
    text = ("Elaman Auezkhanuly, 30, lives in Almaty. His sister Bota Amanbekkyzy lives in "
            "Zaysan.\n\n"
            "\"They told her to tell me that if I keep talking, I should not expect to see her "
            "again,\" Auezkhanuly said.")
    events = events_by_name(run(text))
    assert ("Elaman Auezkhanuly", "threat") in events
    assert ("Bota Amanbekkyzy", "threat") not in events


_DOCTOR = ("A Uyghur physician from Keriya county who disappeared in 2017 is serving a 14-year "
           "prison sentence, his son told RFA.\n\n"
           "Hupur Rozimet, 63, a former head of internal medicine at the county hospital, "
           "appears on a list of prisoners.\n\n"
           "\"I had prepared myself for the camp,\" said his son, Paziljan Hupur, a software "
           "engineer who lives in northern Virginia.\n\n"
           "Paziljan said he learned of the list from a friend.\n\n"
           "According to the list, the doctor was sentenced in 2019 by the Hotan Prefecture "
           "Intermediate People's Court.")


def test_a_trade_named_once_is_the_one_the_description_means() -> None:
    # the sentences before are about the son; "the doctor" is the physician of the lede
    dates = dates_by_name(_DOCTOR, "2021-05-13")
    assert dates[("Hupur Rozimet", "sentencing")] == "2019"
    assert ("Paziljan Hupur", "sentencing") not in dates


def test_a_trade_given_to_two_leaves_the_description_to_the_sentences_before() -> None:
    text = ("Arman Bek, a teacher from Ghulja, was detained in 2018.\n\n"
            "Nurlan Sadyk, a teacher from Kulja, was detained in 2019. The teacher was "
            "sentenced in 2020.")
    dates = dates_by_name(text)
    assert dates[("Nurlan Sadyk", "sentencing")] == "2020"
    assert ("Arman Bek", "sentencing") not in dates


def test_police_taking_a_relative_from_his_workplace_is_his_detention() -> None:
    text = ("Hupur Rozimet, 63, is a doctor. His son Paziljan Hupur lives in Virginia.\n\n"
            "Paziljan said police took his father from the hospital in October 2017.")
    dates = dates_by_name(text, "2021-05-13")
    assert dates[("Hupur Rozimet", "detention")] == "2017-10"
    assert ("Paziljan Hupur", "detention") not in dates


def test_summoned_then_handcuffed_and_driven_to_a_camp_is_detention_and_internment() -> None:
    text = ("Nurdoolot Cholponbekov, 39, is a trader.\n\n"
            "In March 2018 he was summoned to the police station in Artux, where he was "
            "handcuffed and driven with a bag over his head to a camp outside the city.")
    dates = dates_by_name(text, "2023-03-21")
    assert dates[("Nurdoolot Cholponbekov", "detention")] == "2018-03"
    assert dates[("Nurdoolot Cholponbekov", "internment")] == "2018-03"


def test_handcuffed_to_a_fixture_after_a_summons_is_no_detention_by_that_rule() -> None:
    text = ("Arman Bek, 40, is a driver.\n\n"
            "He was summoned to the station, where he was handcuffed to a radiator.")
    assert ("Arman Bek", "detention") not in events_by_name(run(text))
