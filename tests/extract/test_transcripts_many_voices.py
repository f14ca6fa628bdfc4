"""A podcast transcript with three voices: "you" in the host's turn is the one who answers
next; a penalty "given" with a charge or a prison after it; the tiger chair by what it is
called."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

PODCAST = ("MARK HOLLOWAY: Welcome. I'm Mark Holloway. My guest is Juldiz Orinbasar, an "
           "ethnic Kazakh.\n\nJULDIZ ORINBASAR: Thank you.\n\nHOLLOWAY: You were taken in "
           "March 2018, from your home in Koktogay. What do you remember?\n\nORINBASAR: My "
           "son.\n\nHOLLOWAY: I want to bring in Erik Lindqvist, a historian.\n\nERIK "
           "LINDQVIST: Thank you.\n\nHOLLOWAY: Erik, were you ever detained?\n\nLINDQVIST: "
           "No.\n")


def test_you_in_the_hosts_turn_is_the_speaker_of_the_next_turn() -> None:
    ex = run(PODCAST, "2023-03-02")
    assert [(e.type, e.date) for e in ex.events] == [("detention", "2018-03")]
    assert events_by_name(ex) == {("Juldiz Orinbasar", "detention")}


def test_a_term_given_for_a_charge_is_a_sentencing() -> None:
    ex = run('Jandos Qalibek is a driver. In 2019 they gave him seven years for "extremism."')
    assert [(e.type, e.sentence_years, e.charge) for e in ex.events] == [
        ("sentencing", 7.0, "extremism")]
    assert events_by_name(run("Jandos Qalibek is a driver. They gave him seven years in "
                              "prison.")) == {("Jandos Qalibek", "sentencing")}


def test_a_term_given_for_a_purpose_is_no_sentencing() -> None:
    assert not events_by_name(run("Jandos Qalibek is a driver. His boss gave him two weeks to "
                                  "find a new job."))


def test_a_tiger_chair_by_what_it_is_called_is_torture() -> None:
    for text in ("Jandos Qalibek described being put in what's called a tiger chair.",
                 "Jandos Qalibek was strapped into what detainees call a tiger chair."):
        assert events_by_name(run(text)) == {("Jandos Qalibek", "torture")}, text


def test_a_question_put_to_a_named_guest_asserts_nothing() -> None:
    text = "HOLLOWAY: Erik Lindqvist is a historian.\n\nHOLLOWAY: Erik, were you ever detained?"
    assert not events_by_name(run(text))
