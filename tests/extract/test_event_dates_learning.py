"""The date someone learned of an event ("On 19 November she learned from a relative that he
was in a camp") dates the learning, not the event, nor the sentences around it
(``event_dates.of_learning``, ``event_dates.is_learning``)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.dates import find_dates
from izde.extract.event_dates import is_learning, of_learning
from izde.extract.model import Extraction

PUB = "2020-05-01"


def _date(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev.date


def _first_learning(text: str) -> bool:
    return is_learning(text, find_dates(text, PUB)[0])


def test_a_detention_keeps_its_own_date_when_learned_of_later() -> None:
    ex = run("Her brother, Daniyar Sapar, was detained in May 2019.\n\nOn 2 December 2019 she "
             "learned from a neighbour that he had been detained and was held in a camp.", PUB)
    assert _date(ex, "Daniyar Sapar", "detention") == "2019-05"


def test_a_camp_learned_of_later_is_not_dated_by_the_learning() -> None:
    ex = run("Her brother, Daniyar Sapar, was detained in May 2019.\n\nOn 2 December 2019 she "
             "learned from a neighbour that he was in a camp.", PUB)
    assert _date(ex, "Daniyar Sapar", "internment") != "2019-12-02"


def test_the_sentence_after_the_learning_takes_no_date_from_it() -> None:
    ex = run("Daniyar Sapar left for Ghulja in 2019.\n\nOn 2 December 2019 his sister found "
             "out what had happened. He was held in a camp in Ghulja, a cousin said.", PUB)
    assert _date(ex, "Daniyar Sapar", "internment") is None


def test_an_event_told_on_its_own_day_keeps_that_day() -> None:
    ex = run("On 2 December 2019 police detained Daniyar Sapar at his home.", PUB)
    assert _date(ex, "Daniyar Sapar", "detention") == "2019-12-02"


def test_a_date_after_the_learned_event_in_its_complement_dates_it() -> None:
    ex = run("His sister learned that Daniyar Sapar had been detained on 2 December 2019.", PUB)
    assert _date(ex, "Daniyar Sapar", "detention") == "2019-12-02"


def test_on_a_day_she_learned_is_a_learning_date() -> None:
    assert _first_learning("On 2 December 2019 she learned that he was in a camp.")


def test_found_out_in_a_month_is_a_learning_date() -> None:
    assert _first_learning("The family found out in May 2019 that he had been sentenced.")


def test_heard_after_the_date_in_another_sentence_is_not_this_dates() -> None:
    assert not _first_learning("He was detained in May 2019. His wife heard about it later.")


def test_an_ordinary_event_date_is_not_a_learning_date() -> None:
    assert not _first_learning("On 2 December 2019 police searched his flat.")


def test_weeks_later_counted_from_the_story_still_dates_what_was_learned() -> None:
    text = ("He called on June 9, 2019. Weeks later his wife learned that he had been "
            "detained.")
    later = find_dates(text, PUB)[-1]
    trigger = text.index("detained")
    assert not of_learning(text, later, (trigger, trigger + 8))


def test_a_court_that_heard_a_case_on_a_day_sentenced_on_that_day() -> None:
    ex = run("On 2 December 2019 the court heard his case and sentenced Daniyar Sapar to ten "
             "years.", PUB)
    assert _date(ex, "Daniyar Sapar", "sentencing") == "2019-12-02"


def test_police_who_discovered_posts_detained_on_that_day() -> None:
    ex = run("In May 2019 police discovered his posts and detained Daniyar Sapar.", PUB)
    assert _date(ex, "Daniyar Sapar", "detention") == "2019-05"


def test_a_learning_date_told_after_the_event_does_not_date_it() -> None:
    ex = run("Her brother, Daniyar Sapar, was detained in May 2019.\n\nHe was being held in "
             "a camp, she learned on 2 December 2019.", PUB)
    assert _date(ex, "Daniyar Sapar", "internment") != "2019-12-02"
