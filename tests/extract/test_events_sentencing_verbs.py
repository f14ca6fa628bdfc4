"""A court as the subject of "gave" or "handed" with the person and a bare length: a penalty.
A length given for some purpose, or by no court, is not. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

LEDE = "Yerlan Tokhtarov, a driver from Ili, was detained in 2018. "


def test_court_gave_him_a_bare_number_of_years_is_a_sentencing() -> None:
    ex = run(LEDE + "A year later the court gave him 13 years.")
    assert ("Yerlan Tokhtarov", "sentencing") in events_by_name(ex)
    assert [e.sentence_years for e in ex.events if e.type == "sentencing"] == [13.0]


def test_judge_handed_her_a_term_is_a_sentencing() -> None:
    text = ("Dinara Tokhtarova was arrested in 2019. At her trial the judge handed her "
            "a six-year term.")
    assert ("Dinara Tokhtarova", "sentencing") in events_by_name(run(text))


def test_years_given_to_repay_a_loan_are_no_sentence() -> None:
    text = ("Yerlan Tokhtarov sold his car after the trial of his neighbour. The buyer gave "
            "him three years to pay the rest.")
    assert ("Yerlan Tokhtarov", "sentencing") not in events_by_name(run(text))


def test_court_giving_weeks_to_file_papers_is_no_sentence() -> None:
    text = "Yerlan Tokhtarov appealed. The court gave him two weeks to file the documents."
    found = events_by_name(run(text))
    assert ("Yerlan Tokhtarov", "sentencing") not in found
    assert ("Yerlan Tokhtarov", "detention") not in found


def test_years_given_with_no_court_in_view_are_no_sentence() -> None:
    text = "Yerlan Tokhtarov wanted to study abroad. His father gave him two years."
    assert ("Yerlan Tokhtarov", "sentencing") not in events_by_name(run(text))


def test_penalty_given_to_a_pronoun_after_an_unnamed_persons_relative_is_not_assigned() -> None:
    text = ("Police spokesman Yerlan Tokhtarov declined to comment. Activists and the "
            "teacher's wife say a court gave him nine years.")
    assert ("Yerlan Tokhtarov", "sentencing") not in events_by_name(run(text))


def test_court_handing_a_named_activist_a_restricted_freedom_sentence_is_a_sentencing() -> None:
    ex = run("ORAL, May 5 - A court on Friday handed activist Bakhyt Serikova a three-year "
             "restricted freedom sentence over a picket.")
    assert ("Bakhyt Serikova", "sentencing") in events_by_name(ex)
    assert [e.sentence_years for e in ex.events if e.type == "sentencing"] == [3.0]


def test_handing_a_person_a_document_is_no_sentencing() -> None:
    text = "At the consulate an officer handed Bakhyt Serikova a copy of the court decision."
    assert ("Bakhyt Serikova", "sentencing") not in events_by_name(run(text))


def test_court_finding_a_named_person_guilty_is_a_sentencing() -> None:
    text = "On Monday the Kulja court found Yerlan Tokhtarov guilty of 'extremism'."
    assert ("Yerlan Tokhtarov", "sentencing") in events_by_name(run(text))


def test_court_not_finding_a_person_guilty_is_no_sentencing() -> None:
    text = "On Monday the Kulja court did not find Yerlan Tokhtarov guilty."
    assert ("Yerlan Tokhtarov", "sentencing") not in events_by_name(run(text))


def test_one_of_a_group_jailed_is_a_sentencing() -> None:
    text = "Yerlan Tokhtarov is one of at least 40 ethnic Kazakh imams jailed since 2017."
    assert ("Yerlan Tokhtarov", "sentencing") in events_by_name(run(text))


def test_speaker_at_a_meeting_about_jailed_people_is_not_jailed() -> None:
    text = "Yerlan Tokhtarov was among the speakers at a rally for jailed imams."
    assert ("Yerlan Tokhtarov", "sentencing") not in events_by_name(run(text))
