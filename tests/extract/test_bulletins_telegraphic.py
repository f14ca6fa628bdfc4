"""Case entries of a bulletin: a heading line names the person, then subjectless clauses tell
what befell them, some behind a fronted time ("In April 2020 sentenced to ..."). Names and
places are invented for these tests."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

ENTRY = "7. BOLAT SERIKBAYEV, b. 1972, accountant, Altay.\n"


def test_sentencing_after_a_fronted_month_and_year_is_the_entrys() -> None:
    text = ENTRY + ("Taken away by police in January 2019. In April 2020 sentenced to nine "
                    "years' imprisonment for 'extremism'.\n")
    assert ("Bolat Serikbayev", "sentencing") in events_by_name(run(text))


def test_release_after_a_fronted_year_is_the_entrys() -> None:
    text = ENTRY + "Held in a camp near Altay from 2018. In 2020 released.\n"
    assert ("Bolat Serikbayev", "release") in events_by_name(run(text))


def test_detention_after_a_fronted_numeric_date_is_the_entrys() -> None:
    text = ENTRY + "On 17.03.2019 detained at his office.\n"
    assert ("Bolat Serikbayev", "detention") in events_by_name(run(text))


def test_release_after_later_is_the_entrys() -> None:
    text = ENTRY + "Detained by police in May 2019. Later released without charge.\n"
    assert ("Bolat Serikbayev", "release") in events_by_name(run(text))


def test_second_participle_after_a_fronted_year_shares_the_entrys_person() -> None:
    text = ENTRY + "Sent to a re-education camp in 2018. In 2019 released and placed under " \
                   "house arrest.\n"
    found = events_by_name(run(text))
    assert ("Bolat Serikbayev", "house_arrest") in found


def test_fronted_year_before_a_named_subject_gives_the_event_to_that_subject() -> None:
    text = ENTRY + "In 2019 Aliya Serikbayeva was detained in Altay.\n"
    found = events_by_name(run(text))
    assert ("Aliya Serikbayeva", "detention") in found
    assert ("Bolat Serikbayev", "detention") not in found


def test_fronted_year_before_an_active_clause_is_no_subjectless_event() -> None:
    text = ENTRY + "In 2019 officials released a list of approved mosques.\n"
    assert ("Bolat Serikbayev", "release") not in events_by_name(run(text))


def test_fronted_then_before_police_as_subject_is_not_the_entrys_detention() -> None:
    text = ENTRY + "Then police detained Erlan Serikbayev, his nephew.\n"
    found = events_by_name(run(text))
    assert ("Erlan Serikbayev", "detention") in found
    assert ("Bolat Serikbayev", "detention") not in found


def test_auxiliary_with_no_subject_continues_the_entry() -> None:
    text = ENTRY + "Was detained in March 2017 at a checkpoint.\n"
    assert ("Bolat Serikbayev", "detention") in events_by_name(run(text))


def test_question_opening_with_an_auxiliary_is_no_subjectless_event() -> None:
    text = ENTRY + "Was detained in March 2017? Relatives could not confirm it.\n"
    assert ("Bolat Serikbayev", "detention") not in events_by_name(run(text))


def test_hedging_adverb_before_the_participle_keeps_the_entrys_person() -> None:
    text = ENTRY + "Reportedly detained at the border in 2017.\n"
    assert ("Bolat Serikbayev", "detention") in events_by_name(run(text))


def test_transfer_after_a_fronted_time_is_the_entrys() -> None:
    text = ENTRY + "Detained in 2017. In early 2019, transferred to a prison in Korla.\n"
    assert ("Bolat Serikbayev", "transfer") in events_by_name(run(text))


def test_held_for_a_time_in_a_training_centre_is_internment() -> None:
    text = ("Bolat Serikbayev was taken from his shop in 2018 and held for eleven months in "
            "a so-called vocational training centre.")
    assert ("Bolat Serikbayev", "internment") in events_by_name(run(text))


def test_fronted_year_before_a_participle_modifying_a_plural_noun_is_no_event() -> None:
    text = ENTRY + "Detained in 2018. In 2020 released prisoners described the camp to reporters.\n"
    assert ("Bolat Serikbayev", "release") not in events_by_name(run(text))
