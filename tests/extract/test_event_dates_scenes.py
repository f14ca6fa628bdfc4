"""Event dates from the scene a report sets: a day that names one occasion, a group member told
after the group, the occasion named again with "the", "that evening" after the act it follows,
a relative clause's own date, and a clause of what came later."""

from __future__ import annotations

from extract.extract_helpers import run

PUB = "2022-06-10"


def _dates(text: str, pub: str = PUB) -> dict[tuple[str, str], str | None]:
    ex = run(text, pub)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type): e.date for e in ex.events}


# a day names one occasion, whoever gathered there

def test_a_crowd_gathered_on_a_day_dates_the_detention_told_next() -> None:
    dates = _dates("About a dozen people gathered outside the courthouse on Wednesday morning "
                   "holding photographs of relatives held in China. Police detained three of "
                   "them, including activist Kuanysh Bekmurat.")
    assert dates[("Kuanysh Bekmurat", "detention")] == "2022-06-08"


def test_a_crowd_told_with_a_month_sets_no_ones_time() -> None:
    dates = _dates("Thousands of people protested in April. Police detained activist Kuanysh "
                   "Bekmurat.")
    assert dates[("Kuanysh Bekmurat", "detention")] is None


def test_people_held_since_a_day_set_no_scene() -> None:
    dates = _dates("Since 3 March 2018 the authorities have held many people in camps. Police "
                   "detained activist Kuanysh Bekmurat.")
    assert dates[("Kuanysh Bekmurat", "detention")] is None


# one of a group told before

def test_one_of_the_women_detained_along_with_him_was_held_that_day() -> None:
    dates = _dates("Temirlan Tokhtarbekuly was detained on September 15 along with two women "
                   "who were holding photographs of relatives.\n\nA lawyer said the fine was "
                   "unlawful.\n\nOne of the women, Zhibek Abenova, told RFE/RL that she was "
                   "held at a police station for three hours and released.", "2020-09-20")
    assert dates[("Zhibek Abenova", "detention")] == "2020-09-15"


def test_a_woman_not_of_the_group_takes_no_date_from_it() -> None:
    dates = _dates("Temirlan Tokhtarbekuly was detained on September 15.\n\nHis sister, "
                   "Zhibek Abenova, said she was held at a police station for three hours.",
                   "2020-09-20")
    assert dates[("Zhibek Abenova", "detention")] is None


# custody counted in hours ends the same day

def test_released_after_hours_in_custody_is_released_the_day_held() -> None:
    dates = _dates("Zhibek Abenova was detained on September 15 at a picket. She told RFE/RL "
                   "that she was held at a police station for three hours and released.",
                   "2020-09-20")
    assert dates[("Zhibek Abenova", "release")] == "2020-09-15"


def test_released_after_months_takes_no_day_from_the_arrest() -> None:
    dates = _dates("Zhibek Abenova was detained on September 15 at a picket. She said she was "
                   "held for three months and released.", "2020-09-20")
    assert dates.get(("Zhibek Abenova", "release")) != "2020-09-15"


# the occasion named again with "the"

def test_the_airport_named_again_dates_the_detention_there() -> None:
    dates = _dates("Border guards at Almaty International Airport stopped Raushan Dosbolova on "
                   "June 4 as she was about to board a flight. She said she had been summoned "
                   "three times since April.\n\nKuanysh Bekmurat, an activist who accompanied "
                   "Dosbolova to the airport, was detained by police for several hours.")
    assert dates[("Kuanysh Bekmurat", "detention")] == "2022-06-04"


def test_an_occasion_first_told_with_a_month_gives_no_day() -> None:
    dates = _dates("Raushan Dosbolova went to a picket in April.\n\nKuanysh Bekmurat, who "
                   "filmed the picket, was detained by police.")
    assert dates[("Kuanysh Bekmurat", "detention")] is None


def test_an_occasion_not_named_before_dates_nothing() -> None:
    dates = _dates("Border guards stopped Raushan Dosbolova on June 4.\n\nKuanysh Bekmurat was "
                   "detained at the consulate.")
    assert dates[("Kuanysh Bekmurat", "detention")] is None


# "that evening", "the same day": the day of the act told before

def test_that_evening_is_the_day_of_the_detention_told_just_before() -> None:
    dates = _dates("Border guards at Almaty International Airport stopped Raushan Dosbolova on "
                   "June 4. She said police had summoned her three times since April.\n\n"
                   "Kuanysh Bekmurat, who accompanied Dosbolova to the airport, was detained by "
                   "police for several hours. He was released that evening without charge.")
    assert dates[("Kuanysh Bekmurat", "release")] == "2022-06-04"


def test_the_same_day_after_a_later_lede_is_the_day_of_the_act_before_it() -> None:
    dates = _dates("A court placed Temirlan Tokhtarbekov under house arrest on March 5.\n\n"
                   "Tokhtarbekov, 46, was detained by police on March 3. A second volunteer, "
                   "Aset Zhetpisbayev, was detained on the same day and released two days "
                   "later.", "2021-03-10")
    assert dates[("Aset Zhetpisbayev", "detention")] == "2021-03-03"
    assert dates[("Aset Zhetpisbayev", "release")] == "2021-03-05"


def test_the_same_day_after_a_day_in_its_own_sentence_keeps_that_day() -> None:
    dates = _dates("Daulet Mukhametqali was fined on 3 March 2025 for a picket. Charged on 14 "
                   "November 2025 with inciting social discord, he was placed under house arrest "
                   "the same day.", "2025-12-01")
    assert dates[("Daulet Mukhametqali", "house_arrest")] == "2025-11-14"


# a date in another clause than the trigger's

def test_a_relative_clauses_own_date_beats_the_main_clauses_month() -> None:
    dates = _dates("His wife, Rizwangul Sopi, who spent eight months in a camp in 2018, applied "
                   "in June for a passport.", "2023-08-24")
    assert dates[("Rizwangul Sopi", "internment")] == "2018"


def test_held_in_a_camp_before_the_court_sentenced_him_is_not_at_the_verdicts_date() -> None:
    dates = _dates("Perhat Emet, 44, was detained in April 2017 and held in a camp before the "
                   "Yining City People's Court sentenced him in 2019 to 11 years.", "2023-08-24")
    assert dates[("Perhat Emet", "internment")] == "2017-04"
    assert dates[("Perhat Emet", "sentencing")] == "2019"


def test_held_from_one_date_until_another_in_a_camp_is_an_internment_from_the_first() -> None:
    dates = _dates("In court, Kanagat Shyngysuly said he had been held from early 2018 until "
                   "January this year in an internment camp in Chapchal.", "2019-08-25")
    assert (dates[("Kanagat Shyngysuly", "internment")] or "").startswith("2018")


def test_held_for_more_than_a_year_in_a_training_center_is_an_internment() -> None:
    dates = _dates("Yesengeldi Mukash was detained in February 2018. He was then held for more "
                   "than a year in a \"vocational skills education and training center.\"")
    assert ("Yesengeldi Mukash", "internment") in dates


def test_a_gloss_set_off_by_commas_does_not_close_the_relative_clause() -> None:
    dates = _dates("Among the women detained was Bakytgul Satybaldy, 58, whose son Yerzhigit "
                   "Satybaldy was arrested in Dorbiljin, known in Chinese as Emin, in 2018.",
                   "2021-04-10")
    assert dates[("Yerzhigit Satybaldy", "detention")] == "2018"


def test_a_pluperfect_relayed_by_others_still_takes_the_time_told_before() -> None:
    dates = _dates("Mihriban Emet said her brother Perhat Emet was taken into custody by police "
                   "in Ghulja in April last year. Relatives in Ghulja later told her that "
                   "Perhat, 39, had been sent to a camp on the city's outskirts.", "2018-03-01")
    assert dates[("Perhat Emet", "internment")] == "2017-04"


def test_after_months_in_a_camp_is_an_internment_undated_by_the_return() -> None:
    dates = _dates("Azamat Sooronbaev is a vet. His wife, Saikal Zhanybekova, returned to Naryn "
                   "in 2020 after 21 months in a camp.", "2023-06-10")
    assert ("Saikal Zhanybekova", "internment") in dates
    assert dates[("Saikal Zhanybekova", "internment")] != "2020"
    assert ("Azamat Sooronbaev", "internment") not in dates


def test_a_date_right_after_said_is_the_tellings() -> None:
    dates = _dates("A Kazakhstan citizen, Akmaral Tleuberdy, who returned home this week after "
                   "nine months in a detention camp in China's Xinjiang region said on Thursday "
                   "she had been beaten.", "2019-01-18")
    assert dates.get(("Akmaral Tleuberdy", "internment")) != "2019-01-17"


def test_a_group_convicted_by_its_count_alone_dates_each_member_told_after() -> None:
    dates = _dates("A court in Xinjiang has handed prison terms to four ethnic Kazakh men who "
                   "prayed at a funeral last year.\n\nThe Altay Prefecture Intermediate People's "
                   "Court convicted the four in August, said Yerden Sailaubekuly.\n\nKabdesh "
                   "Mukatayuly got 12 years. Asylbek Kurmashuly was given 10 years.",
                   "2019-10-25")
    assert dates[("Kabdesh Mukatayuly", "sentencing")] == "2019-08"
    assert dates[("Asylbek Kurmashuly", "sentencing")] == "2019-08"


def test_the_four_years_is_no_counted_group() -> None:
    from izde.extract.narrative import _GROUP

    assert _GROUP.search("For the four years since, nobody has visited.") is None
    assert _GROUP.search("The court convicted the four in August.") is not None


def test_the_day_she_said_it_by_phone_is_not_the_day_she_was_held() -> None:
    ex = run("Police detained Ainur Tastanbek outside the consulate on November 15. \"They held "
             "me for six hours,\" she said by phone on November 17.", "2021-11-20")
    dates = {e.date for e in ex.events if e.type == "detention"}
    assert "2021-11-17" not in dates


def test_the_day_of_testifying_in_a_fronted_phrase_is_not_the_camp_s() -> None:
    ex = run("Testifying in court last week, Gulnafis Konysbaikyzy described 19 months in an "
             "internment camp from March 2018 to October 2019.", "2022-06-23")
    dates = {e.date for e in ex.events if e.type == "internment"}
    assert dates and all(d.startswith("2018-03") for d in dates)


def test_a_second_verb_after_the_acts_own_year_keeps_its_own_time() -> None:
    ex = run("Kunsulu Ospankyzy is 61. In Ospankyzy's Chinese passport, which police confiscated "
             "on her arrival in 2018 and returned only in December, her name is written as "
             "Kunsulu Aosipan.", "2023-02-09")
    dates = {e.date for e in ex.events if e.type == "passport_confiscation"}
    assert dates == {"2018"}


def test_since_her_release_dates_the_restriction_at_the_end_of_the_stay() -> None:
    dates = _dates("Gaukhar Sadykova, 51, was held in a camp from April 2018 until August 2019, "
                   "her nephew said. Since her release she may not leave the village without "
                   "written permission.", "2019-10-24")
    assert dates[("Gaukhar Sadykova", "travel_ban")] == "2019-08"


def test_a_paragraphs_date_holds_across_an_undated_sentence_about_the_same_man() -> None:
    dates = _dates("Speakers: TOM HALLETT (host), DAULET MUKHAMETKALI (guest)\n\n"
                   "DAULET MUKHAMETKALI: I was flying to Istanbul for a conference, 21 September. "
                   "At passport control an officer took my passport and went away. After one hour "
                   "two men came, from migration police, and they said: you cannot fly, you have "
                   "a restriction on leaving the country.", "2022-11-20")
    assert dates[("Daulet Mukhametkali", "travel_ban")] == "2022-09-21"


def test_since_then_opening_a_paragraph_goes_on_from_the_last_ones_date() -> None:
    dates = _dates("My mother, Pezilet Keram, was held in a camp. In November 2019 she was sent "
                   "home.\n\nSince then, she has not been allowed to leave our neighborhood "
                   "without a signed permit.", "2021-09-16")
    assert dates[("Pezilet Keram", "travel_ban")] == "2019-11"


def test_since_then_after_a_paragraph_about_someone_else_takes_no_date() -> None:
    dates = _dates("Pezilet Keram was held in a camp. In November 2019 Eziz Toxti was moved to "
                   "Hami.\n\nSince then, Pezilet Keram has not been allowed to leave her "
                   "neighborhood without a signed permit.", "2021-09-16")
    assert dates[("Pezilet Keram", "travel_ban")] is None
