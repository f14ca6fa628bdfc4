"""Wire-service ledes and the sentences after them: the lede's subject when its source is "his
sister in Kazakhstan", "vanished into an internment camp", taken from a brother's home, moved
"in March from a prison" (not "moved to tears")."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_a_lede_cited_to_his_sister_abroad_is_about_her_brother() -> None:
    text = ('A Uyghur trader from Ghulja who was taken into a political "re-education camp" in '
            "2017 has been sentenced to 11 years in prison, his sister in Kazakhstan told RFA.\n\n"
            "Mihriban Emet, who lives in Almaty, said her brother Perhat Emet, 41, was convicted "
            "in mid-2019.")
    found = events_by_name(run(text, "2020-06-01"))
    assert {("Perhat Emet", "internment"), ("Perhat Emet", "sentencing")} <= found
    assert not [k for k in found if k[0] == "Mihriban Emet"]


def test_vanished_into_an_internment_camp_is_internment() -> None:
    text = ("An ethnic Kazakh herder who vanished into an internment camp nearly two years ago "
            "has been sentenced, his wife said. Yerkebulan Shaikenuly is 47.")
    assert ("Yerkebulan Shaikenuly", "internment") in events_by_name(run(text, "2020-01-10"))


def test_vanished_into_thin_air_is_no_internment() -> None:
    text = "Yerkebulan Shaikenuly vanished into the crowd at the bazaar."
    assert ("Yerkebulan Shaikenuly", "internment") not in events_by_name(run(text))


def test_taken_from_his_brothers_home_is_a_detention() -> None:
    text = ("Yerkebulan Shaikenuly, 47, was taken from his brother's home in Tokkuztara county "
            "in March 2018.")
    ex = run(text, "2020-01-10")
    assert [(e.type, e.date) for e in ex.events] == [("detention", "2018-03")]


def test_moved_in_a_month_from_a_prison_is_a_transfer() -> None:
    ex = run("Perhat Emet is a trader. Perhat was moved in March from a prison in Ghulja to one "
             "in Aksu.", "2020-01-10")
    assert [(e.type, e.date) for e in ex.events] == [("transfer", "2019-03")]


def test_moved_to_tears_is_no_transfer() -> None:
    assert not events_by_name(run("Perhat Emet was moved to tears by the verdict."))


def test_a_name_after_said_her_son_and_an_age_is_the_subject() -> None:
    text = ("Another woman, Gulsara Kapen, said her son Aidyn Kapen, 27, was detained by police "
            "in Kulja in August 2017.")
    ex = run(text, "2021-06-01")
    names = {p.key: p.name for p in ex.persons}
    assert [(names[e.person], e.type, e.date) for e in ex.events] == [
        ("Aidyn Kapen", "detention", "2017-08")]


def test_visits_questioning_her_are_harassment() -> None:
    text = ("Moldir Tolykbaikyzy said officers of the National Security Committee (KNB) had come "
            "to their apartment four times since the summer, questioning her about her "
            "husband's visitors.")
    assert events_by_name(run(text, "2021-06-01")) == {("Moldir Tolykbaikyzy", "harassment")}


def test_days_served_in_jail_are_a_sentence() -> None:
    text = ("Beibit Sarybaev is an activist. Sarybaev had already served 15 days in jail in "
            "November 2020 after writing on Facebook.")
    assert [e.type for e in run(text, "2021-06-01").events] == ["sentencing"]
    text = "Beibit Sarybaev was held for 15 days in November 2020."
    assert [e.type for e in run(text, "2021-06-01").events] == ["detention"]


def test_the_court_found_her_guilty_is_a_sentencing() -> None:
    text = ("Akbota Sarsenbaikyzy was detained. The court found her guilty of violating the "
            "procedure.")
    assert ("Akbota Sarsenbaikyzy", "sentencing") in events_by_name(run(text))


def test_among_the_women_detained_alongside_x_was_y() -> None:
    text = ("Police detained four women. Among the women detained alongside Sarsenbaikyzy was "
            "Bakytgul Satybaldy, 58.")
    assert ("Bakytgul Satybaldy", "detention") in events_by_name(run(text))


def test_ordered_last_year_to_hand_her_passport_is_a_confiscation() -> None:
    text = ("Perhat's wife, Rizwangul Sopi, was ordered last year to hand her passport to the "
            "neighborhood committee.")
    ex = run(text, "2021-06-01")
    assert [(e.type, e.date) for e in ex.events] == [("passport_confiscation", "2020")]


def test_a_penalty_that_bars_him_from_leaving_the_country_is_a_travel_ban() -> None:
    text = ("The court sentenced Beibit Sarybaev to three years of restricted freedom, a form of "
            "probation that confines him to Almaty and bars him from leaving the country.")
    assert ("Beibit Sarybaev", "travel_ban") in events_by_name(run(text))


def test_a_rule_that_bars_anyone_from_leaving_a_building_is_no_ones_ban() -> None:
    assert not events_by_name(run("Beibit Sarybaev said the rule bars anyone from leaving the "
                                  "building after dark."))


def test_a_warning_that_he_will_go_to_a_real_prison_is_a_threat() -> None:
    text = ("Moldir Tolykbaeva says she has received phone calls from unknown numbers warning "
            'her that her husband "will go to a real prison" if he gives interviews.')
    assert events_by_name(run(text, "2023-03-01")) == {("Moldir Tolykbaeva", "threat")}


def test_summoned_and_never_came_home_is_a_detention() -> None:
    text = ("Olzhas Kydyrbayev went home. In October, he was summoned to the local police "
            "station and did not come home.")
    assert [(e.type, e.date) for e in run(text, "2020-03-01").events] == [
        ("detention", "2019-10")]


def test_summoned_and_did_not_answer_is_harassment() -> None:
    text = "Olzhas Kydyrbayev was summoned to the police station and did not answer questions."
    assert [e.type for e in run(text, "2020-03-01").events] == ["harassment"]


def test_visits_to_his_mothers_apartment_about_him_harass_him() -> None:
    text = ("Olzhas Kydyrbayev spoke in April. Since then, he says, police officers have come "
            "to his mother's apartment three times to ask whom he meets.")
    assert events_by_name(run(text, "2022-06-01")) == {("Olzhas Kydyrbayev", "harassment")}


def test_disappearing_into_a_back_office_is_no_disappearance() -> None:
    text = ("When Ilyar Hapiz arrived at Almaty airport in January, a border officer took his "
            "passport, disappeared into a back office, and returned without it.")
    assert ("Ilyar Hapiz", "disappearance") not in events_by_name(run(text, "2023-06-01"))
    assert ("Ilyar Hapiz", "disappearance") in events_by_name(
        run("Ilyar Hapiz disappeared in 2018.", "2023-06-01"))


def test_a_ledes_his_daughter_makes_the_described_a_man_not_her_mother() -> None:
    ex = run("A Uyghur trader who shipped dried apricots to Kazakhstan is serving an 18-year "
             "prison sentence, his daughter told RFA.\n\nMuqeddes said her mother, Rishalet "
             "Sadir, was taken to an internment camp in March 2018. Her father, Rahmetjan Hemit, "
             "58, was taken into custody in Kashgar in 2017.", "2020-06-04")
    sentenced = {n for n, t in events_by_name(ex) if t == "sentencing"}
    assert sentenced == {"Rahmetjan Hemit"}
