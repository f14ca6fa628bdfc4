"""Events dated by their narrative: a sentence-initial date frames the sentences after it, and
"at around the same time" takes the time of the same kind of event told before."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _date(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev.date


def test_an_opening_date_frames_the_next_sentences_of_its_paragraph() -> None:
    ex = run("In April 2016 the phone calls from home stopped. Neighbours later said that "
             "officers came one evening and took Erlan Bekov away.")
    assert _date(ex, "Erlan Bekov", "detention") == "2016-04"


def test_a_date_at_the_end_of_a_sentence_frames_nothing() -> None:
    ex = run("The phone calls from home stopped in April 2016. Neighbours later said that "
             "officers came one evening and took Erlan Bekov away.")
    assert _date(ex, "Erlan Bekov", "detention") is None


def test_a_sentence_with_its_own_date_ends_the_frame() -> None:
    ex = run("In April 2016 the phone calls from home stopped. The shop was sold in 2019. "
             "Officers took Erlan Bekov away.")
    assert _date(ex, "Erlan Bekov", "detention") is None


def test_a_frame_does_not_cross_a_paragraph() -> None:
    ex = run("In April 2016 the phone calls from home stopped.\n\n"
             "Officers took Erlan Bekov away.")
    assert _date(ex, "Erlan Bekov", "detention") is None


def test_same_time_takes_the_date_of_the_same_kind_of_event() -> None:
    ex = run("Gulzhan Amirova was detained in Aksu in March 2017. She died in custody in "
             "October 2019. Her brother, Serik Amirov, was detained at around the same time.")
    assert _date(ex, "Serik Amirov", "detention") == "2017-03"


def test_same_time_without_a_parallel_event_takes_the_date_before() -> None:
    ex = run("Gulzhan Amirova died in custody in October 2019. Her brother, Serik Amirov, "
             "was detained at around the same time.")
    assert _date(ex, "Serik Amirov", "detention") == "2019-10"


def test_taken_from_home_is_a_detention() -> None:
    ex = run("Aidos Kenzhebek was taken from his home by plainclothes officers in 2018.")
    assert _date(ex, "Aidos Kenzhebek", "detention") == "2018"


def test_taken_from_home_to_hospital_is_no_detention() -> None:
    ex = run("Aidos Kenzhebek was taken from his home to hospital in 2018.")
    assert not ex.events
