"""An aside set off by commas inside a verb phrase ("was, as his wife says, detained") neither
hides the event nor the negation before it. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_an_aside_between_auxiliary_and_participle_keeps_the_detention() -> None:
    found = events_by_name(run("Aibek Ospanov was, as his wife says, detained in May 2019."))
    assert found == {("Aibek Ospanov", "detention")}


def test_an_attribution_as_aside_keeps_the_detention() -> None:
    found = events_by_name(run("Serik Abenov was, according to his wife, detained in May 2019."))
    assert found == {("Serik Abenov", "detention")}


def test_a_negation_inside_the_aside_span_still_negates() -> None:
    assert events_by_name(run("Nurlan Dosov was, however, not detained in May 2019.")) == set()


def test_a_negation_before_an_aside_reaches_the_sentence() -> None:
    text = ("Ma Xiaolong, a trader from Ghulja, was detained in 2018. He was not, contrary to a "
            "widely shared social-media post, sentenced to ten years.")
    assert events_by_name(run(text)) == {("Ma Xiaolong", "detention")}


def test_a_relative_clause_with_its_own_negation_does_not_negate_the_event() -> None:
    text = "Aibek Ospanov, who was not at home that day, was detained in 2020."
    assert events_by_name(run(text)) == {("Aibek Ospanov", "detention")}


def test_held_since_a_date_in_a_so_called_training_centre_is_internment() -> None:
    text = ('The source reports that Mr. Bekbolat Kumarbekuly was held from April 2018 in a '
            'so-called "vocational skills education and training centre" in Aletai.')
    assert ("Bekbolat Kumarbekuly", "internment") in events_by_name(run(text))


def test_taken_from_home_to_a_camp_is_a_detention_and_an_internment() -> None:
    text = ("Serik Tolegen is a retired teacher. In October 2018 he was taken from his house "
            "to a camp.")
    assert events_by_name(run(text)) == {("Serik Tolegen", "detention"),
                                         ("Serik Tolegen", "internment")}


def test_detained_in_a_year_in_a_camp_is_internment_only() -> None:
    assert events_by_name(run("Aidos Serikuly was detained in 2018 in a camp.")) == {
        ("Aidos Serikuly", "internment")}
