"""Case sheets: "Label: value" records of a victim, read field by field."""

from __future__ import annotations

from extract.extract_helpers import attr_of, events_by_name, person_names, roles_of, run
from izde.extract.model import ExtractedEvent, Extraction
from izde.extract.record_clauses import clause_events, kin_of, split_name
from izde.extract.record_fields import normal_label, unknown
from izde.extract.records import is_case_sheet, read_fields, read_records

SHEET = """Full name: Daulet Kenesbekuly
Other names: Kenesbekov Daulet; Дәулет Кеңесбекұлы
Sex: Male
Ethnicity: Kazakh
Date of birth: 1981
Place of residence: Tekes County
Date of arrest: 3 April 2018
Location: Tekes County
Arrested by: Tekes county police
Camp: re-education camp in Tekes, April 2018 - January 2019
Sentencing date: March 2019
Court: Tekes County People's Court
Accusation: "spreading religious extremism"
Sentence length: 9 years
Current status: imprisoned
Reported by: Gulzhan Dauletkyzy (daughter)
Affected relatives:
- Marat Kenesbekuly (brother), detained May 2018; released 2019. Never charged.
- Aliya Kenesbekova (sister), not detained.
Notes: His family last heard from him in 2019.
"""


def _event(ex: Extraction, name: str, etype: str) -> ExtractedEvent:
    keys = {p.key for p in ex.persons if p.name == name}
    return next(e for e in ex.events if e.person in keys and e.type == etype)


def _quotes_match(ex: Extraction, text: str) -> bool:
    evs = [v for e in ex.events for v in e.evidence]
    evs += [a.evidence for p in ex.persons for a in p.attributes]
    mentions = [m for p in ex.persons for m in p.mentions]
    return all(text[v.start:v.end] == v.quote for v in evs) and all(
        text[m.start:m.end] == m.text for m in mentions)


def test_labels_are_normalised() -> None:
    assert normal_label("Charge(s)") == "charge"
    assert normal_label("Date of Arrest") == "date of arrest"


def test_a_value_that_says_nothing_is_unknown() -> None:
    assert unknown(" N/A ") and unknown("Unknown.") and not unknown("Ghulja")


def test_four_known_labels_with_a_name_make_a_sheet() -> None:
    assert is_case_sheet(read_fields(SHEET))


def test_interview_speaker_labels_are_not_a_sheet() -> None:
    text = ("HOST: Welcome.\nGUEST: Thank you.\nQ: When was he taken?\nA: In 2018.\n"
            "HOST: And then?\nGUEST: Nothing.\n")
    assert not is_case_sheet(read_fields(text))


def test_letter_header_is_not_a_sheet() -> None:
    text = ("To: The Ambassador\nFrom: Saule Omarova\nDate: 3 March 2020\n"
            "Subject: My brother\n\nDear Sir, my brother was taken in 2018.\n")
    assert not is_case_sheet(read_fields(text))


def test_one_note_in_prose_is_not_a_sheet() -> None:
    text = "He was detained in 2018.\nNote: the family asked us not to name the village.\n"
    assert read_records(text).persons == []


def test_labels_without_a_name_field_are_not_a_sheet() -> None:
    text = "Date of arrest: 2018\nLocation: Ghulja\nSentence: 5 years\nStatus: imprisoned\n"
    assert not is_case_sheet(read_fields(text))


def test_sheet_person_has_other_spellings_as_names_not_persons() -> None:
    ex = run(SHEET)
    assert "Kenesbekov Daulet" not in person_names(ex)
    person = next(p for p in ex.persons if p.name == "Daulet Kenesbekuly")
    assert {"Kenesbekov Daulet", "Дәулет Кеңесбекұлы"} <= set(person.names)


def test_sheet_person_attributes_come_from_fields() -> None:
    ex = run(SHEET)
    assert attr_of(ex, "Daulet Kenesbekuly", "gender") == ["male"]
    assert attr_of(ex, "Daulet Kenesbekuly", "ethnicity") == ["Kazakh"]
    assert attr_of(ex, "Daulet Kenesbekuly", "birth_year") == [1981]


def test_sheet_detention_has_date_and_agency() -> None:
    ev = _event(run(SHEET), "Daulet Kenesbekuly", "detention")
    assert ev.date == "2018-04-03" and ev.agency == "Tekes county police"


def test_sheet_internment_has_camp_and_dates() -> None:
    ev = _event(run(SHEET), "Daulet Kenesbekuly", "internment")
    assert ev.date is not None and ev.date.startswith("2018-04")
    assert ev.facility == "re-education camp in Tekes"


def test_sheet_sentencing_has_court_charge_and_years() -> None:
    ev = _event(run(SHEET), "Daulet Kenesbekuly", "sentencing")
    assert (ev.date, ev.court, ev.sentence_years) == ("2019-03", "Tekes County People's Court",
                                                      9.0)
    assert ev.charge == "extremism" and ev.charge_text == "spreading religious extremism"


def test_unknown_charge_wording_is_other_with_the_wording() -> None:
    text = SHEET.replace('"spreading religious extremism"', "disturbing the order of a market")
    ev = _event(run(text), "Daulet Kenesbekuly", "sentencing")
    assert (ev.charge, ev.charge_text) == ("other", "disturbing the order of a market")


def test_charge_without_sentencing_belongs_to_the_detention() -> None:
    text = ("Name: Erlan Sadykuly\nGender: male\nDate of detention: 2019\n"
            "Charges: separatism\nStatus: detained\n")
    ev = _event(run(text), "Erlan Sadykuly", "detention")
    assert ev.charge == "separatism"


def test_status_imprisoned_is_an_imprisonment() -> None:
    assert ("Daulet Kenesbekuly", "imprisonment") in events_by_name(run(SHEET))


def test_testifier_is_a_child_of_the_victim() -> None:
    ex = run(SHEET)
    keys = {p.name: p.key for p in ex.persons}
    rel = {(r.subject, r.type, r.object) for r in ex.relations}
    assert (keys["Gulzhan Dauletkyzy"], "child", keys["Daulet Kenesbekuly"]) in rel
    assert "relative" in roles_of(ex, "Gulzhan Dauletkyzy")


def test_testifier_is_not_a_victim() -> None:
    assert "victim" not in roles_of(run(SHEET), "Gulzhan Dauletkyzy")


def test_family_member_line_is_a_second_victim_with_events() -> None:
    ex = run(SHEET)
    ev = _event(ex, "Marat Kenesbekuly", "detention")
    assert ev.date == "2018-05"
    assert ("Marat Kenesbekuly", "release") in events_by_name(ex)
    assert "victim" in roles_of(ex, "Marat Kenesbekuly")


def test_family_member_relation_from_bracketed_kin_word() -> None:
    ex = run(SHEET)
    keys = {p.name: p.key for p in ex.persons}
    rel = {(r.subject, r.type, r.object) for r in ex.relations}
    assert (keys["Marat Kenesbekuly"], "sibling", keys["Daulet Kenesbekuly"]) in rel


def test_negated_family_clause_makes_no_event() -> None:
    ex = run(SHEET)
    assert not any(n == "Aliya Kenesbekova" for n, _ in events_by_name(ex))
    assert "victim" not in roles_of(ex, "Aliya Kenesbekova")


def test_every_sheet_fact_quotes_its_span() -> None:
    assert _quotes_match(run(SHEET), SHEET)


def test_notes_event_merges_with_field_event() -> None:
    text = SHEET.replace("His family last heard from him in 2019.",
                         "Daulet Kenesbekuly was detained at his home by police.")
    ex = run(text)
    keys = {p.key for p in ex.persons if p.name == "Daulet Kenesbekuly"}
    detentions = [e for e in ex.events if e.person in keys and e.type == "detention"]
    assert len(detentions) == 1 and detentions[0].date == "2018-04-03"


def test_two_records_in_one_sheet_are_two_persons() -> None:
    text = ("Name: Nurbol Tokenuly\nGender: male\nDate of detention: 2018\nStatus: in camp\n\n"
            "Name: Saltanat Muratkyzy\nGender: female\nDate of detention: 2019\n"
            "Status: released\n")
    ex = run(text)
    assert {("Nurbol Tokenuly", "detention"), ("Saltanat Muratkyzy", "detention")} <= \
        events_by_name(ex)
    assert attr_of(ex, "Saltanat Muratkyzy", "gender") == ["female"]


def test_whereabouts_unknown_is_a_disappearance() -> None:
    text = ("Name: Nurbol Tokenuly\nGender: male\nEthnicity: Kazakh\n"
            "Date of detention: 2018\nWhereabouts: unknown\n")
    assert ("Nurbol Tokenuly", "disappearance") in events_by_name(run(text))


def test_unknown_detention_date_makes_no_detention() -> None:
    text = ("Name: Nurbol Tokenuly\nGender: male\nEthnicity: Kazakh\n"
            "Date of detention: unknown\nOccupation: driver\n")
    assert ("Nurbol Tokenuly", "detention") not in events_by_name(run(text))


def test_split_name_keeps_a_bracketed_other_script() -> None:
    text = "Ерлан Садықұлы"
    value = f"Erlan Sadykuly ({text})"
    assert [value[s:e] for s, e in split_name(value, 0, len(value))] == ["Erlan Sadykuly", text]


def test_split_name_rejects_a_lowercase_value() -> None:
    value = "he never told us"
    assert split_name(value, 0, len(value)) == []


def test_kin_word_after_a_name_gives_relation_and_gender() -> None:
    assert kin_of(" (younger sister)", 0, 17) == ("sibling", "female")


def test_clause_after_negation_states_no_event() -> None:
    value = "was never detained"
    assert clause_events(value, 0, len(value), "p", None) == []


def test_clause_with_conditional_states_no_event() -> None:
    value = "fears she will be detained if she returns"
    assert clause_events(value, 0, len(value), "p", None) == []


def test_month_may_is_not_a_hypothetical() -> None:
    value = "detained in May 2018"
    assert [fe.event.date for fe in clause_events(value, 0, len(value), "p", None)] == ["2018-05"]


POSTER = ("MISSING\n\nILYAS TURSUNBAEV\n\nAge: 42\nCitizenship: Kyrgyz Republic\n"
          "Home: Karakol, Issyk-Kul region\nOccupation: trader\n"
          "LAST SEEN: Tuesday, 28 May 2019, at the Torugart border crossing.\n")


def test_a_sheet_without_a_name_field_is_about_the_name_heading_it() -> None:
    ex = run(POSTER, "2019-06-10")
    assert [(p.name, [e.type for e in ex.events if e.person == p.key]) for p in ex.persons] == [
        ("Ilyas Tursunbaev", ["disappearance"])]


WGEID_FORM = """Name: Aidos Kenzhebek
Date of birth: 1975
Date of arrest, abduction or disappearance: 14 March 2018
Place of disappearance: Nilka County
Forces believed to be responsible: Nilka county public security bureau
Relationship of the source to the victim: brother
"""


def test_a_disappearance_form_states_a_dated_disappearance_with_its_place() -> None:
    ex = run(WGEID_FORM)
    ev = _event(ex, "Aidos Kenzhebek", "disappearance")
    assert ev.date == "2018-03-14"
    place = next(p for p in ex.places if p.key == ev.place)
    assert place.name == "Nilka County"


def test_the_un_form_labels_are_known() -> None:
    kinds = {f.kind for f in read_fields(WGEID_FORM)}
    assert {"name", "birth", "disappearance_date", "disappearance_place", "agency",
            "relationship"} <= kinds
