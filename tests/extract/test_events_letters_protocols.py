"""Protocols with numbered questions, letters written to a missing relative in the second
person, and wordings of custody these genres use. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run
from izde.extract.dates import find_dates

PROTOCOL = ("Date of interview: 15 March 2022\n"
            "Applicant: ORAZOVA, Dina (born 1987)\n"
            "Interpreter: by telephone. Applicant confirmed she understands.\n\n")

LETTER = "Papa,\n\nYou are Yerlan Dosmukhamedov, the fourth of six children.\n\n"


def _letter(body: str) -> set[tuple[str, str]]:
    return events_by_name(run(LETTER + body, "2025-06-15"))


def test_numbered_answer_of_a_protocol_is_the_applicants() -> None:
    text = PROTOCOL + ("Q16: What happened after that?\n"
                       "A: On 3 May 2018 two policemen came to my home and took me.\n")
    assert ("Dina Orazova", "detention") in events_by_name(run(text))


def test_answer_opening_with_a_name_does_not_make_it_the_speaker() -> None:
    text = PROTOCOL + ("Q19: Who is your husband?\n"
                       "A: Serik Abenov. He lives in Almaty.\n\n"
                       "Q20: What happened then?\n"
                       "A: On 3 May 2018 two policemen came to my home and took me.\n")
    found = events_by_name(run(text))
    assert ("Dina Orazova", "detention") in found
    assert ("Serik Abenov", "detention") not in found


def test_police_taking_me_told_after_a_long_subject_is_a_detention() -> None:
    text = PROTOCOL + ("Q16: What happened after that?\n"
                       "A: Two policemen and a woman from the committee came to my home in the "
                       "evening and took me.\n")
    assert ("Dina Orazova", "detention") in events_by_name(run(text))


def test_a_letter_s_you_is_the_person_it_is_written_to() -> None:
    found = _letter("17 April 2018. A neighbour saw police lead you out of the hotel.\n")
    assert ("Yerlan Dosmukhamedov", "detention") in found


def test_a_letter_s_you_far_from_any_name_is_still_its_addressee() -> None:
    filler = "We planted the apricot trees again and the garden is green. " * 40
    found = _letter(filler + "\n\nMarch 2023. The Ministry tells us you have been moved to a "
                    "prison in Shihezi.\n")
    assert ("Yerlan Dosmukhamedov", "transfer") in found


def test_a_quoted_you_in_a_letter_is_someone_else() -> None:
    found = _letter('An officer told Mama: "They will arrest you too."\n')
    assert ("Yerlan Dosmukhamedov", "detention") not in found


def test_dear_names_the_addressee() -> None:
    text = "Dear Aigul Serikova,\n\nWe know that police arrested you in March 2019.\n"
    assert ("Aigul Serikova", "detention") in events_by_name(run(text))


def test_in_quoted_school_is_internment() -> None:
    found = _letter('She tells us that you are "in the school" outside Burjin.\n')
    assert ("Yerlan Dosmukhamedov", "internment") in found


def test_in_a_school_without_scare_quotes_is_no_internment() -> None:
    text = "Askar Bekov is in the school choir.\n"
    assert ("Askar Bekov", "internment") not in events_by_name(run(text))


def test_police_leading_someone_away_is_a_detention() -> None:
    text = "Police led Askar Bekov out of the house in handcuffs.\n"
    assert ("Askar Bekov", "detention") in events_by_name(run(text))


def test_police_leading_an_investigation_is_no_detention() -> None:
    text = "The police led the investigation into Askar Bekov.\n"
    assert ("Askar Bekov", "detention") not in events_by_name(run(text))


def test_the_last_time_told_in_the_present_is_a_disappearance() -> None:
    assert ("Yerlan Dosmukhamedov", "disappearance") in _letter(
        "That is the last time we see you.\n")


def test_police_asking_for_a_passport_is_its_confiscation() -> None:
    text = ('In January 2017 county police asked Nurlan Sapargaliuly to hand in his passport '
            '"for safekeeping".\n')
    assert ("Nurlan Sapargaliuly", "passport_confiscation") in events_by_name(run(text))


def test_a_friend_asking_for_a_passport_is_no_confiscation() -> None:
    text = "His friend asked Aigerim Tulegenova to hand in her passport for the visa.\n"
    assert ("Aigerim Tulegenova", "passport_confiscation") not in events_by_name(run(text))


def test_police_never_asking_for_a_passport_is_no_confiscation() -> None:
    text = "Police never asked Yerlan Bekov to hand in his passport.\n"
    assert ("Yerlan Bekov", "passport_confiscation") not in events_by_name(run(text))


def test_time_served_of_a_longer_sentence_is_not_the_sentence() -> None:
    text = ("On 30 September 2019 the court sentenced Yerlan Bekov to thirteen years in prison "
            "for separatism.\n\nBy 2025 he had served seven years of his sentence.\n")
    ex = run(text, "2025-06-15")
    assert [e.sentence_years for e in ex.events if e.type == "sentencing"] == [13.0]


def test_time_served_of_thirteen_is_not_the_sentence() -> None:
    ex = run(LETTER + "The court sentenced you to thirteen years in prison.\n\n"
             "2025. You have served seven years of thirteen.\n", "2025-06-15")
    assert [e.sentence_years for e in ex.events if e.type == "sentencing"] == [13.0]


def test_a_weekday_in_a_timeline_entry_is_in_the_entry_s_week() -> None:
    text = "17 April 2018. You call from the bus station. You will come home on Friday.\n"
    friday = [d.edtf for d in find_dates(text, "2025-06-15") if d.text == "Friday"]
    assert friday == ["2018-04-20"]


def test_a_weekday_after_a_date_in_running_news_prose_is_publication_s_week() -> None:
    text = "On 3 March 2018, she was detained. On Friday, her family protested outside.\n"
    friday = [d.edtf for d in find_dates(text, "2018-06-15") if d.text == "Friday"]
    assert friday == ["2018-06-15"]


def test_the_above_named_person_of_a_form_is_its_name_field() -> None:
    text = ("CERTIFICATE OF RELEASE\n\nName: Nurlan Kabdeshuly\nSex: male\n\n"
            "The above-named person was sentenced on 17 September 2019 by the Tekes County "
            "People's Court to seven years of imprisonment.\n")
    assert ("Nurlan Kabdeshuly", "sentencing") in events_by_name(run(text))


def test_the_above_named_person_without_a_name_field_is_nobody() -> None:
    text = ("Nurlan Kabdeshuly wrote to the court.\n\n"
            "The above-named person was sentenced on 17 September 2019 to seven years.\n")
    assert ("Nurlan Kabdeshuly", "sentencing") not in events_by_name(run(text))


def test_locked_in_a_restraint_chair_during_interrogation_is_torture_not_harassment() -> None:
    text = ("Askar Bekov says that he was interrogated while locked in a metal restraint chair "
            "for thirty hours.\n")
    found = events_by_name(run(text))
    assert ("Askar Bekov", "torture") in found
    assert ("Askar Bekov", "harassment") not in found


def test_struck_on_the_soles_is_torture() -> None:
    text = "Askar Bekov was struck on the soles of his feet with a rubber baton.\n"
    assert ("Askar Bekov", "torture") in events_by_name(run(text))


def test_kept_awake_by_guards_is_torture() -> None:
    text = "Askar Bekov was kept awake by guards banging on the door.\n"
    assert ("Askar Bekov", "torture") in events_by_name(run(text))


def test_kept_awake_at_night_by_worry_is_no_torture() -> None:
    text = "Askar Bekov is kept awake at night by worry about his brother.\n"
    assert ("Askar Bekov", "torture") not in events_by_name(run(text))


def test_a_passport_with_an_adjective_taken_is_its_confiscation() -> None:
    text = "Askar Bekov lived in Tekes. His Chinese passport had been taken from him in 2017.\n"
    assert ("Askar Bekov", "passport_confiscation") in events_by_name(run(text))


def test_serving_the_sentence_in_a_prison_is_imprisonment() -> None:
    text = "Askar Bekov served the sentence in a prison in Yining.\n"
    assert ("Askar Bekov", "imprisonment") in events_by_name(run(text))


LOG_ENTRY = ("#0430 | 09.01.2020 14:15 | in person\n"
             "Caller: Bolat (surname withheld at his request), 34.\n"
             "Concerning: himself.\n"
             "What happened: held from May 2018 until 20 December 2019 in a camp in Nilka "
             "county. Released after signing a pledge not to talk about it.\n"
             "Follow-up: appointment with lawyer on 16.01.2020.\n")


def test_a_callers_first_name_in_a_log_is_a_person() -> None:
    assert ("Bolat", "internment") in events_by_name(run(LOG_ENTRY))


def test_a_phrasal_field_label_is_no_person() -> None:
    ex = run(LOG_ENTRY)
    assert "Follow-up" not in {p.name for p in ex.persons}


def test_a_release_dated_by_the_custody_span_is_at_its_end() -> None:
    ex = run(LOG_ENTRY)
    assert [e.date for e in ex.events if e.type == "release"] == ["2019-12-20"]


def test_taken_to_study_in_quotes_is_internment() -> None:
    text = 'Last news: Nurlan Kabdeshev was taken "to study" soon after police came.\n'
    assert ("Nurlan Kabdeshev", "internment") in events_by_name(run(text))


def test_told_to_stop_or_it_will_be_worse_is_a_threat() -> None:
    text = ("Mahire Tursun says two men came to her shop and told her to stop posting about "
            'her father "or it will be worse for him".\n')
    assert ("Mahire Tursun", "threat") in events_by_name(run(text))


def test_told_she_may_not_leave_the_country_is_a_travel_ban() -> None:
    text = ('Border police took the passport of Nazgul Amantaikyzy and told her she "may not '
            'leave China for now".\n')
    assert ("Nazgul Amantaikyzy", "travel_ban") in events_by_name(run(text))


def test_telling_a_named_person_she_cannot_leave_the_country_is_a_travel_ban() -> None:
    text = "Police told Nazgul Amantaikyzy that she cannot leave China.\n"
    assert ("Nazgul Amantaikyzy", "travel_ban") in events_by_name(run(text))


def test_cannot_leave_the_house_for_illness_is_no_travel_ban() -> None:
    text = "Nazgul Amantaikyzy told Dauren Seitkali that she cannot leave the house.\n"
    assert ("Nazgul Amantaikyzy", "travel_ban") not in events_by_name(run(text))


def test_a_forms_underlined_entries_are_read_and_quoted_as_written() -> None:
    text = ("NOTICE OF DETENTION\n\nthis Bureau on _3 August 2017_ placed _Ma Jianguo_ (male, "
            "born _14 February 1968_) under criminal detention on suspicion of _separatism_.\n")
    ex = run(text)
    detention = [e for e in ex.events if e.type == "detention"]
    assert [e.date for e in detention] == ["2017-08-03"]
    assert all(text[v.start:v.end] == v.quote for e in ex.events for v in e.evidence)
    assert all(text[m.start:m.end] == m.text for p in ex.persons for m in p.mentions)


def test_the_speaker_who_is_someones_daughter_calls_him_my_father() -> None:
    text = ("My name is Ma Lina. I am the daughter of Ma Jianguo, imam of a mosque.\n\n"
            "On 3 August 2017, police officers came to the mosque and took my father away.\n")
    assert ("Ma Jianguo", "detention") in events_by_name(run(text))


def test_the_familys_silence_after_a_relative_was_taken_is_his_disappearance() -> None:
    text = ("My name is Ma Lina. I am the daughter of Ma Jianguo. My mother, Su Fengying, "
            "lives in Changji.\n\nOn 3 August 2017, police officers came to the mosque and took "
            "my father away. Since then we have heard nothing from any authority.\n")
    found = events_by_name(run(text))
    assert ("Ma Jianguo", "disappearance") in found
    assert ("Su Fengying", "disappearance") not in found


def test_a_relatives_passport_taken_is_the_relatives() -> None:
    text = ("My name is Ma Lina. My mother, Su Fengying, lives in Changji.\n\n"
            "In March 2018 the police also took my mother's passport.\n")
    assert ("Su Fengying", "passport_confiscation") in events_by_name(run(text))


def test_having_to_report_to_the_police_every_week_is_harassment() -> None:
    text = "Since March 2018 Su Fengying must go to the local police station every week.\n"
    assert ("Su Fengying", "harassment") in events_by_name(run(text))


def test_going_to_the_police_station_once_is_no_harassment() -> None:
    text = "Su Fengying had to go to the police station to renew her identity card.\n"
    assert ("Su Fengying", "harassment") not in events_by_name(run(text))


def test_fate_and_whereabouts_unknown_is_a_disappearance() -> None:
    text = "Mr. Abdurahim Tursun was arrested in 2017. His fate and whereabouts remain unknown.\n"
    assert ("Abdurahim Tursun", "disappearance") in events_by_name(run(text))


def test_attending_a_vocational_training_centre_is_internment() -> None:
    text = ("The Government stated that Ms. Ainur Kadyrbekova had attended a vocational "
            'training centre from March 2018 and "completed her studies" on 11 November 2019.\n')
    found = events_by_name(run(text))
    assert ("Ainur Kadyrbekova", "internment") in found
    assert ("Ainur Kadyrbekova", "release") in found


def test_graduating_from_a_school_of_medicine_is_no_release() -> None:
    text = "Ainur Kadyrbekova graduated from the school of medicine in 2009.\n"
    assert ("Ainur Kadyrbekova", "release") not in events_by_name(run(text))


def test_a_contracted_not_negates_the_event() -> None:
    text = "Askar Bekov says they didn't beat him. Police didn't arrest his brother Serik Bekov.\n"
    found = events_by_name(run(text))
    assert ("Askar Bekov", "assault") not in found
    assert ("Serik Bekov", "detention") not in found


def test_a_passport_not_given_back_is_kept() -> None:
    text = "Arman Kairatuly is home. And they did not give back his passport.\n"
    assert ("Arman Kairatuly", "passport_confiscation") in events_by_name(run(text))


def test_a_passport_returned_is_not_kept() -> None:
    text = "Arman Kairatuly is home. Police returned his passport.\n"
    assert ("Arman Kairatuly", "passport_confiscation") not in events_by_name(run(text))


def test_an_elder_named_with_an_honorific_is_the_subject_not_his_children() -> None:
    text = ("We report that Qabdesh aqsaqal, father of Nurlan Qabdeshuly and Aizhan "
            "Qabdeshqyzy, was detained in Tekes on 2 December 2020.\n")
    found = events_by_name(run(text))
    assert ("Qabdesh", "detention") in found
    assert ("Nurlan Qabdeshuly", "detention") not in found


def test_passing_away_in_old_age_is_no_repression_event() -> None:
    text = ("Qabdesh aqsaqal, father of Nurlan Qabdeshuly, passed away in Tekes on 2 December "
            "2020 at the age of 81.\n")
    assert not [e for e in run(text).events if e.type == "death"]


def test_held_for_hours_after_a_summons_is_a_detention_not_harassment() -> None:
    text = ("Mr Rysbek Amanzholov was summoned for questioning on 24 January 2022 and held for "
            "48 hours by the Almaty Region Police Department.\n")
    found = events_by_name(run(text))
    assert ("Rysbek Amanzholov", "detention") in found
    assert ("Rysbek Amanzholov", "harassment") not in found


def test_held_until_a_date_ends_in_a_release_then() -> None:
    text = ('Zhanar Bekbolat described being taken from her home in Altay in May 2018 and held '
            'in a "training centre" until July 2019.\n')
    ex = run(text)
    assert [e.date for e in ex.events if e.type == "release"] == ["2019-07"]


def test_held_until_a_trial_is_no_release() -> None:
    text = "Askar Bekov was held in a camp until his trial in March 2019.\n"
    assert ("Askar Bekov", "release") not in events_by_name(run(text))


def test_an_expulsion_ordered_by_a_court_is_a_deportation() -> None:
    text = ("He represents Abdusalam Memet, a trader in Osh, whose expulsion to China was "
            "ordered by a district court in March 2023.\n")
    assert ("Abdusalam Memet", "deportation") in events_by_name(run(text))


def test_police_still_keeping_a_passport_is_its_confiscation() -> None:
    text = "Arman Kairatuly works as a driver, but the police still keep his passport.\n"
    assert ("Arman Kairatuly", "passport_confiscation") in events_by_name(run(text))


def test_keeping_ones_own_passport_in_a_drawer_is_no_confiscation() -> None:
    text = "Arman Kairatuly likes to keep his passport in a drawer.\n"
    assert ("Arman Kairatuly", "passport_confiscation") not in events_by_name(run(text))


def test_a_sentence_may_open_with_a_capital_with_a_diacritic() -> None:
    from izde.extract.segment import sentences

    text = "He comes from Chöchek (Tacheng). Ömirbek, 71, was sent to a camp. Қайрат left."
    assert [s.text for s in sentences(text)] == [
        "He comes from Chöchek (Tacheng).", "Ömirbek, 71, was sent to a camp.", "Қайрат left."]


CASE = ("Case 3. Ma Jianguo (Ма Цзяньго; 马建国)\nHui (Dungan) imam from Changji, born 1968. "
        "His daughter, Ma Lina (Ма Лина), lives in Almaty. Taken from his mosque by Changji "
        "police on 3 August 2017. No information since then.\n")


def test_a_telegraphic_clause_with_his_continues_the_account_of_a_man() -> None:
    found = events_by_name(run(CASE))
    assert ("Ma Jianguo", "detention") in found
    assert ("Ma Lina", "detention") not in found


def test_no_information_since_a_custody_is_that_persons_disappearance() -> None:
    found = events_by_name(run(CASE))
    assert ("Ma Jianguo", "disappearance") in found
    assert ("Ma Lina", "disappearance") not in found


def test_the_author_of_a_film_is_not_the_subject_a_pronoun_continues() -> None:
    text = ("Director: Aliya Nurmaganbet\n\nIt belongs to the elder son of Kulyash Zhumabaikyzy, "
            "Bakhytzhan Serikbaiuly.\n\nNurmaganbet's patient film follows Kulyash Zhumabaikyzy, "
            "63. We learn what she has pieced together: that her son was detained by police in "
            "October 2018.\n")
    found = events_by_name(run(text))
    assert ("Aliya Nurmaganbet", "detention") not in found


def test_a_credit_line_is_no_transcript_turn() -> None:
    from izde.extract.voices import find_voices

    text = "Director: Aliya Nurmaganbet\nProducer: Bakhyt Omarov\n\nThe film is quiet.\n"
    assert find_voices(text, []).turns == []


def test_chinese_officialese_for_a_detention() -> None:
    text = ("In June 2017, the public security organs lawfully took criminal compulsory measures "
            "against Abudureheimu Tuersun on suspicion of splitting the state.\n")
    assert ("Abudureheimu Tuersun", "detention") in events_by_name(run(text))


def test_the_spelling_of_an_identity_paper_is_an_alias() -> None:
    text = ("Case 1. Yerbol Tleukhanuly (Ербол Тілеуханұлы; in his Kazakhstan passport: Erbol "
            "Tleukhanov)\nBorn 1968 in Burqin. He went missing in Burqin on 17 April 2018.\n")
    ex = run(text)
    assert [p.name for p in ex.persons] == ["Yerbol Tleukhanuly"]
