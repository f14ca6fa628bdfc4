"""Events as reports of many genres word them: wire stories, bulletins listing cases, appeals,
testimonies. One case per wording; each positive wording has negatives beside it (negation,
denial, fear or condition, generic plural subjects, statements about camps in general)."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run

N = "Nurlan Abenov"
ENTRY = f"{N}, 61, retired miner from Nilka."  # how a bulletin opens a case

PHRASINGS = [
    # internment
    ("spent_months_in_a_camp", f"{N} spent fourteen months in a camp near Chuguchak.",
     "internment"),
    ("second_verb_held_in_a_camp", f"{N} was arrested in May 2017 and held in a camp until "
     "2019.", "internment"),
    ("second_verb_sent_to_political_school", f"{N} was stopped at a checkpoint and sent to what "
     "guards called a \"political school\".", "internment"),
    ("bulletin_taken_to_a_camp", f"{ENTRY} Taken to a camp in Tekes in 2018.", "internment"),
    ("sent_to_study_in_quotes", f"{N} was sent to \"study\" in 2017.", "internment"),
    ("taken_away_for_political_study", f"{N} was taken away for political study.",
     "internment"),
    # detention
    ("police_came_and_took_him", f"{N} was at home. Police came at night and took him.",
     "detention"),
    ("taken_by_police", f"{N} was taken by police in 2017.", "detention"),
    ("bulletin_bare_participle", f"{ENTRY} Arrested by state security in June 2018.",
     "detention"),
    ("participial_clause_subject_after", f"Detained at a checkpoint in 2017, {N} spent weeks "
     "in a cell.", "detention"),
    # passport_confiscation
    ("passport_was_taken", f"{N} landed in Urumqi, and his passport was taken by border "
     "officers.", "passport_confiscation"),
    ("passport_not_returned", f"{N} says his passport has still not been returned.",
     "passport_confiscation"),
    ("refused_to_return_passport", f"{N} went to the police station, but officers refused to "
     "return his passport.", "passport_confiscation"),
    ("withheld_his_passport", f"{N} came back from Almaty; police withheld his passport.",
     "passport_confiscation"),
    # travel_ban
    ("barred_object_from_leaving", f"The authorities barred {N} from leaving Kazakhstan.",
     "travel_ban"),
    ("told_could_not_leave", f"{N} asked for his documents, but officers told him he could not "
     "leave the country.", "travel_ban"),
    ("not_allowed_to_travel_abroad", f"{N} is still not allowed to travel abroad.",
     "travel_ban"),
    ("exit_ban_means", f"{N} runs a bakery. The exit ban means he cannot visit his mother.",
     "travel_ban"),
    ("placed_under_exit_ban", f"{N} was placed under an exit ban in 2020.", "travel_ban"),
    # disappearance
    ("lost_contact_with", f"In 2019 the family lost contact with {N}.", "disappearance"),
    ("not_seen_since", f"{N} has not been seen since he entered the police station.",
     "disappearance"),
    ("bulletin_no_news_since", f"{ENTRY} No news since.", "disappearance"),
    ("last_time_she_heard", f"{N} phoned his sister in March; it was the last time she heard "
     "from him.", "disappearance"),
    ("his_whereabouts_unknown", f"{N} was a driver. His whereabouts are still unknown.",
     "disappearance"),
    ("possessive_whereabouts_mystery", f"{N}'s whereabouts remain a mystery.", "disappearance"),
    ("call_to_disclose_whereabouts", f"Rights groups urged the authorities to disclose the "
     f"whereabouts of {N}.", "disappearance"),
    ("heard_nothing_from", f"His wife has heard nothing from {N} since 2018.", "disappearance"),
    # threat
    ("phoned_and_warned", f"An officer phoned {N} and warned that his brother would lose his "
     "job.", "threat"),
    ("received_death_threats", f"{N} has received death threats since the interview.",
     "threat"),
    ("warned_relatives_would_suffer", f"Police warned {N} that his parents would suffer.",
     "threat"),
    ("calls_from_police", f"{N} received calls from a man who said he was a police officer.",
     "threat"),
    # harassment
    ("summoned_active", f"Officers summoned {N} four times last year.", "harassment"),
    ("visited_by_police", f"{N} was visited by plainclothes police after the protest.",
     "harassment"),
    ("questioned_for_hours", f"{N} was questioned for six hours at the airport.", "harassment"),
    ("pressured_active", f"Officials pressured {N} to return to China.", "harassment"),
    # house_arrest
    ("confined_to_apartment", f"{N} has been confined to his apartment since the trial.",
     "house_arrest"),
    ("home_supervision", f"{N} now lives under \"home supervision\".", "house_arrest"),
    # release
    ("court_ordered_released", f"In May a court ordered {N} released on bail.", "release"),
    ("judge_ordered_his_release", f"{N} appealed, and the judge ordered his release.",
     "release"),
    ("walked_out_of_detention_centre", f"{N} walked out of the detention centre in 2020.",
     "release"),
    ("bulletin_released", f"{ENTRY} Released in 2020 after two years.", "release"),
    ("returned_home_from_camp", f"{N} returned home from the camp in 2019.", "release"),
    # deportation
    ("handed_over_to_chinese_officers", f"{N} was driven to the frontier and handed over to "
     "Chinese border officers.", "deportation"),
    ("active_handed_over", f"Kyrgyz police handed {N} over to the Chinese authorities.",
     "deportation"),
    ("put_on_a_plane", f"{N} was put on a plane to Urumqi.", "deportation"),
    ("court_ruled_he_be_deported", f"{N} lost his case. The court ruled that he should be "
     "deported.", "deportation"),
    ("ordered_his_expulsion", f"{N} lost his appeal when a judge ordered his expulsion.",
     "deportation"),
    # death
    ("body_returned", f"{N} was held in Urumqi. In 2019 his body was returned to the family.",
     "death"),
    # torture
    ("strapped_into_tiger_chair", f"Interrogators strapped {N} into a tiger chair for two "
     "days.", "torture"),
    ("shackled_passive", f"{N} was shackled to a bed for a week.", "torture"),
    ("deprived_of_sleep", f"Guards deprived {N} of sleep.", "torture"),
    ("forced_standing", f"{N} said guards made him stand for whole nights.", "torture"),
]


@pytest.mark.parametrize("text,etype", [c[1:] for c in PHRASINGS],
                         ids=[c[0] for c in PHRASINGS])
def test_event_from_reporting_phrasing(text: str, etype: str) -> None:
    assert etype in {t for name, t in events_by_name(run(text)) if name == N}


NOT_EVENTS = [
    ("no_one_detained", f"{N} said that no one has been detained."),
    ("denied_handed_over", f"The ministry denied that {N} was handed over to Chinese police."),
    ("not_questioned", f"{N} was not questioned about his posts."),
    ("condition_not_allowed_to_leave", f"If {N} is not allowed to leave the country, he will "
     "lose his job."),
    ("passport_returned", f"{N}'s passport was returned to him in May."),
    ("free_to_travel", f"Officials insist {N} is free to travel abroad."),
    ("generic_relatives_summoned", f"{N} said many relatives have been summoned by police."),
    ("generic_lost_contact", f"{N} said thousands have lost contact with relatives."),
    ("camps_in_general", f"{N} said the camps were closed in 2019."),
    ("refugee_camp", f"{N} spent two years in a refugee camp in Turkey."),
    ("left_a_refugee_camp", f"{N} left the refugee camp in 2015."),
    ("fear_of_tiger_chair", f"{N} fears he could be strapped into a tiger chair."),
    ("acquitted", f"{N} was acquitted in 2021."),
    ("prosecutor_asked", f"The prosecutor asked for three years for {N}."),
    ("refused_to_order_release", f"The court refused to order {N} released."),
    ("warning_without_a_threat", f"Doctors warned {N} that the heat would be dangerous."),
    ("no_information_about_charges", f"{N} was sentenced. No information about the charges "
     "was given."),
    ("whereabouts_became_known", f"{N}'s whereabouts became known in 2020."),
    ("mother_took_him_to_hospital", f"{N} was ill. His mother took him to the hospital."),
    ("sent_to_study_abroad", f"{N} was sent to study in Turkey."),
    ("returned_home_from_a_trip", f"{N} returned home after a trip to Almaty."),
    ("denied_deportation_order", f"{N} said the court never ordered his deportation."),
    ("could_not_leave_is_not_a_ban", f"{N} lost his passport, which is why he could not leave "
     "China."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_EVENTS], ids=[c[0] for c in NOT_EVENTS])
def test_no_event_from_reporting_phrasing(text: str) -> None:
    found = {t for name, t in events_by_name(run(text)) if name == N}
    assert found <= {"sentencing"}, found  # only "was sentenced" in the charges case


def test_bulletin_participle_continues_the_case_above() -> None:
    ex = run(f"{ENTRY} Detained in April 2018.\n\nBolat Seitov, 40, imam. Sentenced in 2019.")
    assert events_by_name(ex) == {(N, "detention"), ("Bolat Seitov", "sentencing")}


def test_participle_at_document_start_has_no_person() -> None:
    assert events_by_name(run(f"Detained in 2018. {N} is a miner.")) == set()


def test_participle_inside_a_sentence_is_not_a_bulletin_entry() -> None:
    ex = run(f"{N} is a miner. Officials said those detained by police in 2018 were freed.")
    assert (N, "detention") not in events_by_name(ex)


def test_beating_told_with_torture_is_torture() -> None:
    ex = run(f"Guards beat {N} and chained him to a radiator.")
    assert events_by_name(ex) == {(N, "torture")}


def test_beating_alone_stays_assault() -> None:
    assert events_by_name(run(f"Guards beat {N} in the yard.")) == {(N, "assault")}


def test_bulletin_detention_takes_the_date_of_its_own_line() -> None:
    ev = run(f"{ENTRY} Detained by police in April 2018.").events
    assert [(e.type, e.date) for e in ev] == [("detention", "2018-04")]


def test_negation_does_not_reach_across_but() -> None:
    ex = run(f"{N} was not charged, but was held in custody for a week.")
    assert events_by_name(ex) == {(N, "detention")}


def test_negation_within_the_clause_still_counts() -> None:
    assert events_by_name(run(f"{N} said he was never held in custody.")) == set()


TESTIMONY = "My name is Gulzira Auelkhan. I am 41 and I sell clothes in Zharkent. "


def test_named_narrator_is_the_first_person_of_a_testimony() -> None:
    ex = run(TESTIMONY + "In 2018 I was held in a camp in Tekes.")
    assert events_by_name(ex) == {("Gulzira Auelkhan", "internment")}


def test_named_narrator_is_the_object_me() -> None:
    ex = run(TESTIMONY + "One night police took me away.")
    assert events_by_name(ex) == {("Gulzira Auelkhan", "detention")}


def test_narrator_negated_first_person_is_no_event() -> None:
    assert events_by_name(run(TESTIMONY + "I was never detained myself.")) == set()


def test_first_person_without_a_named_narrator_is_nobody() -> None:
    assert events_by_name(run(f"{N} left Kulja in 2016. In 2018 I was held in a camp.")) == set()


SHOP = "Aigul Serikova runs a shop in Zharkent. "


def test_first_person_of_a_quote_is_its_named_speaker_after_it() -> None:
    ex = run(SHOP + "\"Police detained me at the market,\" Aigul Serikova said.")
    assert events_by_name(ex) == {("Aigul Serikova", "detention")}


def test_first_person_of_a_quote_is_its_speaker_introduced_before_it() -> None:
    ex = run(SHOP + "\n\nAigul Serikova told reporters: \"I was held in a camp for a year.\"")
    assert events_by_name(ex) == {("Aigul Serikova", "internment")}


def test_first_person_of_a_quote_with_a_pronoun_speaker() -> None:
    ex = run(SHOP + "\"I was detained in 2017. They beat me every day,\" she recalled.")
    assert ("Aigul Serikova", "detention") in events_by_name(ex)


def test_negated_first_person_in_a_quote_is_no_event() -> None:
    assert events_by_name(run(SHOP + "\"I was never detained,\" she said.")) == set()


def test_feared_first_person_in_a_quote_is_no_event() -> None:
    assert events_by_name(run(SHOP + "\"I fear I will be detained,\" she said.")) == set()


def test_first_person_outside_any_quote_is_not_the_speaker() -> None:
    ex = run(SHOP + "Aigul Serikova said that in 2018 I was held in a camp.")
    assert events_by_name(ex) == set()


def test_active_verb_puts_the_object_in_a_camp() -> None:
    ex = run("Officials sent Aigul Serikova to a \"training school\" in 2018.")
    assert events_by_name(ex) == {("Aigul Serikova", "internment")}


def test_active_verb_and_a_refugee_camp_is_no_internment() -> None:
    assert events_by_name(run("They put Aigul Serikova in a refugee camp.")) == set()


def test_generic_objects_held_in_camps_are_no_event() -> None:
    assert events_by_name(run("Aigul Serikova said authorities held thousands in camps.")) == set()


def test_transcript_label_is_the_first_person() -> None:
    ex = run("Interview recorded in Almaty.\n\nGulbahar Nurlanovna: One night police took me "
             "away.")
    assert events_by_name(ex) == {("Gulbahar Nurlanovna", "detention")}


def test_second_event_of_a_telegraphic_sentence_has_the_same_person() -> None:
    ex = run(f"{ENTRY} Released in 2019 and placed under \"home supervision\".")
    assert events_by_name(ex) == {(N, "release"), (N, "house_arrest")}


def test_not_permitted_to_leave_the_county_is_a_travel_ban() -> None:
    ex = run(f"{N} returned to Tekes. He is not permitted to leave the county.")
    assert events_by_name(ex) == {(N, "travel_ban")}


def test_not_allowed_to_leave_the_room_is_no_travel_ban() -> None:
    assert events_by_name(run(f"{N} was not allowed to leave the room.")) == set()


def test_contacted_by_police_is_harassment() -> None:
    ex = run(f"{N} has been repeatedly contacted by Kazakh police since the rally.")
    assert events_by_name(ex) == {(N, "harassment")}


def test_told_to_stop_speaking_is_harassment() -> None:
    assert events_by_name(run(f"{N} was told to stop speaking to journalists.")) == {
        (N, "harassment")}


def test_told_to_stop_at_a_gate_is_no_harassment() -> None:
    assert events_by_name(run(f"{N} was told to stop at the gate.")) == set()


def test_never_told_to_stop_is_no_harassment() -> None:
    assert events_by_name(run(f"{N} was never told to stop posting.")) == set()


def test_he_inside_a_quotation_is_not_its_speaker() -> None:
    ex = run("Bolat Seitov is a lawyer. Askar Azatbek was his client. \"We appealed, but he was "
             "deported anyway,\" Bolat Seitov said.")
    assert events_by_name(ex) == {("Askar Azatbek", "deportation")}


def test_partial_quote_after_said_belongs_to_the_sayer_not_the_last_name() -> None:
    ex = run("Spokesman Qiu Zhenyuan named the trader as Abulikemu Maimaitiming and said he "
             "\"was sentenced according to law.\"")
    assert ("Abulikemu Maimaitiming", "sentencing") in events_by_name(ex)


def test_faces_an_exit_ban_is_a_ban_in_force() -> None:
    assert events_by_name(run(f"{N} faces an exit ban.")) == {(N, "travel_ban")}


def test_could_face_an_exit_ban_is_no_event() -> None:
    assert events_by_name(run(f"{N} could face an exit ban.")) == set()


def test_second_participle_sharing_the_auxiliary_is_a_sentencing() -> None:
    ex = run(f"{N} was detained in 2019 and sentenced to 10 years in prison.")
    terms = [e.sentence_years for e in ex.events if e.type == "sentencing"]
    assert events_by_name(ex) == {(N, "detention"), (N, "sentencing")} and terms == [10.0]


def test_second_participle_jailed_for_a_charge_is_a_sentencing() -> None:
    ex = run(f"{N} was arrested at the border and later jailed for separatism.")
    assert (N, "sentencing") in events_by_name(ex)


def test_detained_and_questioned_is_no_sentencing() -> None:
    ex = run(f"{N} was detained in 2019 and questioned for two days.")
    assert (N, "sentencing") not in events_by_name(ex)


def test_negated_coordinated_sentencing_is_no_event() -> None:
    ex = run(f"{N} was never detained and sentenced to anything, his lawyer said.")
    assert (N, "sentencing") not in events_by_name(ex)
