"""Summaries of what "the source" told a UN body or an NGO: the events are those of the
person the opinion concerns, and "the source" is nobody. Names and places are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, run

OPINION = ("Opinion No. 7/2022 concerning Ablikim Tohti (China)\n\n"
           "4. The source reports that Mr. Tohti, a 52-year-old engineer, was arrested on 9 May "
           "2017 at his office in Aksu and transferred to a facility described as a 'vocational "
           "training centre'.\n\n"
           "5. According to the source, he was later sentenced to 13 years in prison.\n")


def test_transfer_to_a_facility_described_as_a_camp_is_internment() -> None:
    assert ("Ablikim Tohti", "internment") in events_by_name(run(OPINION))


def test_arrest_the_source_reports_is_the_persons_detention() -> None:
    assert ("Ablikim Tohti", "detention") in events_by_name(run(OPINION))


def test_he_after_according_to_the_source_is_the_person_concerned() -> None:
    assert ("Ablikim Tohti", "sentencing") in events_by_name(run(OPINION))


def test_the_source_is_no_person() -> None:
    assert person_names(run(OPINION)) == {"Ablikim Tohti"}


def test_transfer_to_a_hospital_is_no_internment() -> None:
    text = "Ablikim Tohti was arrested in 2017 and transferred to a hospital in Aksu."
    assert ("Ablikim Tohti", "internment") not in events_by_name(run(text))


def test_passive_transfer_into_a_camp_is_internment() -> None:
    text = "In 2018 Ablikim Tohti was transferred to a re-education camp near Aksu."
    assert ("Ablikim Tohti", "internment") in events_by_name(run(text))


def test_fear_of_transfer_into_a_camp_is_no_internment() -> None:
    text = "Ablikim Tohti fears he will be transferred to a re-education camp."
    assert ("Ablikim Tohti", "internment") not in events_by_name(run(text))
