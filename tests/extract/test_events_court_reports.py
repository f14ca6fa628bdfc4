"""A court report's wording: the defendant's age before the name, a judge who comes back with
the penalty, force at the arrest told by the limb, a pair taken from the picket to the police,
and a date after a quoted name's closing comma."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

M = "Madiyar Sarsenbayev"
PUB = "2021-03-05"


def _dates(text: str) -> dict[tuple[str, str], str | None]:
    ex = run(text, PUB)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type): e.date for e in ex.events}


def test_sentenced_an_aged_defendant_to_days_of_arrest_is_a_sentencing() -> None:
    ex = run(f"The court on Thursday sentenced 28-year-old {M} to ten days of administrative "
             "arrest.", PUB)
    assert events_by_name(ex) == {(M, "sentencing")}


def test_the_judge_who_returned_with_days_of_arrest_is_not_held() -> None:
    ex = run(f"{M} spoke for five minutes. Judge Zhamila Kerimbayeva retired to the "
             "deliberation room and returned with ten days of arrest.", PUB)
    assert not {e for e in events_by_name(ex) if e[0] == "Zhamila Kerimbayeva"}


def test_officers_twisting_my_arm_behind_my_back_is_an_assault() -> None:
    ex = run(f"“Two officers twisted my arm behind my back and pushed me into the car,” {M} "
             "told the court.", PUB)
    assert (M, "assault") in events_by_name(ex)


def test_a_twisted_ankle_is_no_assault() -> None:
    ex = run(f"{M} twisted his ankle on the stairs of the courthouse.", PUB)
    assert (M, "assault") not in events_by_name(ex)


def test_a_pair_taken_from_the_picket_to_the_police_are_both_detained() -> None:
    ex = run(f"On September 7, 2020, {M} and his mother, Altyngul Dosmukhanova, were taken from "
             "the same spot to the police.", PUB)
    assert {(M, "detention"), ("Altyngul Dosmukhanova", "detention")} <= events_by_name(ex)


def test_a_date_after_a_quoted_names_closing_comma_belongs_to_the_next_clause() -> None:
    dates = _dates("In February 2018 Sarsenbai Kadyrbekov was taken by police, spent more than "
                   "a year in what the authorities call a “vocational training center,” and in "
                   "June 2019 was sentenced to 17 years.")
    assert dates[("Sarsenbai Kadyrbekov", "internment")] == "2018-02"
    assert dates[("Sarsenbai Kadyrbekov", "sentencing")] == "2019-06"


# --- a state agency's briefing ---------------------------------------------------------------


def test_the_son_of_an_initialled_father_is_his_child() -> None:
    ex = run("Sarsenbai Kadyrbekov returned home. Earlier, Madiyar Sarsenbayev, the son of S. "
             "Kadyrbekov, told foreign media about his case.", PUB)
    names = {p.key: p.name for p in ex.persons}
    assert ("Madiyar Sarsenbayev", "child", "Sarsenbai Kadyrbekov") in {
        (names[r.subject], r.type, names[r.object]) for r in ex.relations}


def test_his_father_after_the_son_of_x_is_x_not_a_father_of_x() -> None:
    ex = run("Sarsenbai Kadyrbekov returned home. Madiyar Sarsenbayev, the son of Sarsenbai "
             "Kadyrbekov, said his father had been held for more than a year in a "
             "“re-education camp” and had been kept in leg shackles for weeks.", PUB)
    assert {("Sarsenbai Kadyrbekov", "internment"), ("Sarsenbai Kadyrbekov", "torture")} <= \
        events_by_name(ex)


def test_a_claim_of_camps_the_ministry_calls_unconfirmed_is_no_event() -> None:
    ex = run("Sarsenbai Kadyrbekov returned home. “The information disseminated in certain "
             "foreign media about this person being held in so-called ‘camps’ has not been "
             "confirmed,” the diplomat said.", PUB)
    assert events_by_name(ex) == set()


def test_a_confirmed_report_of_custody_is_an_event() -> None:
    ex = run("Reports that Sarsenbai Kadyrbekov was held in a camp in Tekes were confirmed by "
             "his son.", PUB)
    assert ("Sarsenbai Kadyrbekov", "internment") in events_by_name(ex)


def test_a_checkpoint_is_no_person() -> None:
    ex = run("Sarsenbai Kadyrbekov crossed the border at the Nur Zholy checkpoint on July 8.", PUB)
    assert {p.name for p in ex.persons} == {"Sarsenbai Kadyrbekov"}


# --- a picket's group -------------------------------------------------------------------------


def test_a_woman_and_two_other_women_detained_is_her_detention() -> None:
    ex = run("Zaure Oryngalikyzy and two other women were detained by police on April 12 as they "
             "stood outside the consulate.", PUB)
    assert events_by_name(ex) == {("Zaure Oryngalikyzy", "detention")}


def test_a_woman_and_her_unnamed_sister_detained_is_her_detention() -> None:
    ex = run("Zaure Oryngalikyzy and her sister were detained on April 12.", PUB)
    assert events_by_name(ex) == {("Zaure Oryngalikyzy", "detention")}


def test_one_of_the_women_after_a_group_detained_was_detained_too() -> None:
    ex = run("Zaure Oryngalikyzy and two other women were detained by police on April 12. Video "
             "shows officers pushing the women into a minibus. One of the women, Kulzhan "
             "Myrzagalikyzy, said an officer twisted her wrist when she refused to get in.", PUB)
    assert {("Kulzhan Myrzagalikyzy", "detention"), ("Kulzhan Myrzagalikyzy", "assault")} <= \
        events_by_name(ex)


def test_one_of_the_women_with_no_group_held_is_not_detained() -> None:
    ex = run("Relatives gathered in Almaty on Sunday. One of the women, Kulzhan Myrzagalikyzy, "
             "said she had not heard from her brother.", PUB)
    assert ("Kulzhan Myrzagalikyzy", "detention") not in events_by_name(ex)


def test_handed_over_to_kyrgyz_border_guards_at_a_crossing_is_a_deportation() -> None:
    ex = run("Kubatbek Mamasadykov was released from the camp in December 2019. He was handed "
             "over to Kyrgyz border guards at the Irkeshtam crossing.", PUB)
    assert ("Kubatbek Mamasadykov", "deportation") in events_by_name(ex)
    assert ("Kubatbek Mamasadykov", "transfer") not in events_by_name(ex)


def test_handed_over_to_kazakh_officials_to_serve_his_term_is_a_transfer() -> None:
    ex = run("Saken Zhylkybai was handed over to Kazakh officials at Khorgos to serve the rest "
             "of his sentence.", PUB)
    assert ("Saken Zhylkybai", "transfer") in events_by_name(ex)


def test_a_court_ordering_that_she_be_administratively_expelled_deports_her() -> None:
    ex = run("The court ruled on July 5 that Muqeddes Rahmetjan had violated migration rules, and "
             "ordered that she be “administratively expelled” from Kazakhstan.", PUB)
    assert ("Muqeddes Rahmetjan", "deportation") in events_by_name(ex)


# --- custody told by what officers did --------------------------------------------------------


def test_officers_who_came_home_and_drove_his_mother_away_detained_her() -> None:
    ex = run("Zhalgas Tanataruly said officers came to the family home on Aug. 11 and drove his "
             "mother, Tolganai Utegenkyzy, to the county seat.", PUB)
    assert ("Tolganai Utegenkyzy", "detention") in events_by_name(ex)


def test_held_at_the_station_before_sending_him_to_a_camp_is_an_internment() -> None:
    ex = run("Police took Tanatar Tleuberdiuly from the school in March 2018 and held him for "
             "weeks at the county police station before sending him to a “re-education” camp.",
             PUB)
    assert {("Tanatar Tleuberdiuly", "detention"), ("Tanatar Tleuberdiuly", "internment")} <= \
        events_by_name(ex)


def test_had_his_passport_taken_by_the_police_is_a_confiscation() -> None:
    ex = run("Yergali Tleuberdiuly had his Chinese passport taken by the local police in 2017.",
             PUB)
    assert ("Yergali Tleuberdiuly", "passport_confiscation") in events_by_name(ex)


def test_had_his_passport_renewed_is_no_confiscation() -> None:
    ex = run("Yergali Tleuberdiuly had his Chinese passport renewed in 2017.", PUB)
    assert ("Yergali Tleuberdiuly", "passport_confiscation") not in events_by_name(ex)


def test_put_in_a_van_together_with_another_detains_her_too() -> None:
    ex = run("Police put Zhalgas Tanataruly in a van on Monday. Police put him in a van together "
             "with Manshuk Oralbai, a woman who had come to the picket.", PUB)
    assert ("Manshuk Oralbai", "detention") in events_by_name(ex)


def test_her_unnamed_brother_who_has_been_held_is_not_her() -> None:
    ex = run("Manshuk Oralbai came to the picket with a photograph of her brother, who has been "
             "held in Xinjiang since 2018.", PUB)
    assert ("Manshuk Oralbai", "detention") not in events_by_name(ex)


def test_asked_whether_he_had_a_lawyer_she_said_makes_no_woman_of_him() -> None:
    ex = run("Abdusemi Imirbaqi, 62, ran a pharmacy. His daughter, Mihrigul Abdusemi, said police "
             "took her father from the pharmacy in April 2017 and held him in a camp. Asked "
             "whether Imirbaqi had been allowed a lawyer, she said, “That is not my "
             "responsibility.”", PUB)
    assert ("Abdusemi Imirbaqi", "internment") in events_by_name(ex)
    genders = {p.name: [a.value for a in p.attributes if a.property == "gender"]
               for p in ex.persons}
    assert "female" not in genders["Abdusemi Imirbaqi"]


def test_police_taking_her_father_from_the_pharmacy_to_a_camp_detained_him_first() -> None:
    ex = run("Abdusemi Imirbaqi, 62, ran a pharmacy. His daughter, Mihrigul Abdusemi, said police "
             "took her father from the pharmacy in April 2017 and held him in a camp.", PUB)
    assert {("Abdusemi Imirbaqi", "detention"), ("Abdusemi Imirbaqi", "internment")} <= \
        events_by_name(ex)


def test_a_lawyer_closing_a_long_according_to_phrase_is_its_source_not_he() -> None:
    ex = run("Ospan Tursynkhanov was sentenced on 4 March 2022.\n\nAccording to the materials of "
             "the case and to information received from his defence lawyer, Kaisarbek "
             "Nurkasymuly, Mr Tursynkhanov crossed the border on foot. He was placed in pre-trial "
             "detention in Taldykorgan on 26 November 2021.", PUB)
    assert ("Ospan Tursynkhanov", "detention") in events_by_name(ex)
    assert ("Kaisarbek Nurkasymuly", "detention") not in events_by_name(ex)


def test_a_subject_after_a_short_according_to_phrase_is_no_source() -> None:
    ex = run("According to the spokesman, Kazakh citizen Yerzhan Bazarkhan, born in 1978, was "
             "handed over to the Kazakh side at Khorgos on Tuesday.", PUB)
    assert ("Yerzhan Bazarkhan", "transfer") in events_by_name(ex)


def test_taken_from_his_village_by_police_is_a_detention() -> None:
    ex = run("His younger brother, Margulan Yesimkhanuly, was taken from his village by police in "
             "January, according to a neighbor.", PUB)
    assert ("Margulan Yesimkhanuly", "detention") in events_by_name(ex)


def test_a_rented_apartment_visited_twice_by_an_inspector_is_harassment() -> None:
    ex = run("Gulzhazira Bekenkyzy said a district police inspector came to her rented apartment "
             "twice in March.", PUB)
    assert ("Gulzhazira Bekenkyzy", "harassment") in events_by_name(ex)
