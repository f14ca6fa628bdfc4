"""Events that take their place or time from the scene they are told in: a trip sets the
place of what follows it in the paragraph; "also" makes an event a parallel of the same kind
of event told before for someone else (``narrative.trip_place``, ``narrative.also_parallel``).
"""

from __future__ import annotations

from collections.abc import Callable

from izde.extract.event_places import PlaceHit
from izde.extract.events import RawEvent
from izde.extract.model import Evidence, ExtractedEvent
from izde.extract.narrative import also_parallel, return_time, trip_place
from izde.extract.segment import Sentence, sentences

Story = tuple[ExtractedEvent, list[RawEvent]]


def _story(text: str, person: str, type_: str, trigger: str, date: str | None = None,
           place: str | None = None) -> Story:
    at = text.index(trigger)
    s = next(s for s in sentences(text) if s.start <= at < s.end)
    ev = ExtractedEvent(type_, person, [Evidence.of(text, s.start, s.end)], date=date,
                        place=place)
    return ev, [RawEvent(type_, person, s, (at, at + len(trigger)), 0.8)]


def _places(text: str, names: list[str]) -> Callable[[Sentence], list[PlaceHit]]:
    hits = [PlaceHit(text.index(n), text.index(n) + len(n), n, 4) for n in names]

    def within(s: Sentence) -> list[PlaceHit]:
        return [h for h in hits if s.start <= h.start < s.end]

    return within


TRIP = ("In October 2017 my husband travelled to Altay to visit his father. On the 14th "
        "police came to the house and took away his passport.")


def test_an_event_after_a_trip_happens_where_the_trip_went() -> None:
    made = [_story(TRIP, "p1", "passport_confiscation", "took away")]
    trip_place(made, TRIP, _places(TRIP, ["Altay"]))
    assert made[0][0].place == "Altay"


def test_an_event_with_its_own_place_keeps_it() -> None:
    made = [_story(TRIP, "p1", "passport_confiscation", "took away", place="Urumqi")]
    trip_place(made, TRIP, _places(TRIP, ["Altay"]))
    assert made[0][0].place == "Urumqi"


def test_a_place_that_is_no_trip_sets_no_scene() -> None:
    text = ("In October 2017 my husband wrote about Altay in his blog. On the 14th police came "
            "to the house and took away his passport.")
    made = [_story(text, "p1", "passport_confiscation", "took away")]
    trip_place(made, text, _places(text, ["Altay"]))
    assert made[0][0].place is None


def test_a_return_ends_the_scene_of_a_trip() -> None:
    text = ("In October 2017 my husband travelled to Altay to visit his father. He returned a "
            "week later, and police took away his passport.")
    made = [_story(text, "p1", "passport_confiscation", "took away")]
    trip_place(made, text, _places(text, ["Altay"]))
    assert made[0][0].place is None


def test_a_trip_in_another_paragraph_sets_no_scene() -> None:
    text = ("In October 2017 my husband travelled to Altay to visit his father.\n\nOn the 14th "
            "police came to the house and took away his passport.")
    made = [_story(text, "p1", "passport_confiscation", "took away")]
    trip_place(made, text, _places(text, ["Altay"]))
    assert made[0][0].place is None


PICKET = ("A woman was detained on Monday morning outside the consulate. On Tuesday a court "
          "fined her. A second woman, who was filming, was also detained.")


def test_an_also_event_takes_the_time_and_place_of_its_parallel() -> None:
    made = [_story(PICKET, "p1", "detention", "was detained", "2021-05-31", "l1"),
            _story(PICKET, "p2", "detention", "was also detained")]
    also_parallel(made, PICKET)
    assert (made[1][0].date, made[1][0].place) == ("2021-05-31", "l1")


def test_an_also_event_with_its_own_date_keeps_it() -> None:
    made = [_story(PICKET, "p1", "detention", "was detained", "2021-05-31", "l1"),
            _story(PICKET, "p2", "detention", "was also detained", "2021-06-01")]
    also_parallel(made, PICKET)
    assert made[1][0].date == "2021-06-01"


def test_an_event_without_also_is_no_parallel() -> None:
    text = PICKET.replace("was also detained", "was detained later")
    made = [_story(text, "p1", "detention", "was detained on", "2021-05-31", "l1"),
            _story(text, "p2", "detention", "was detained later")]
    also_parallel(made, text)
    assert made[1][0].date is None


def test_also_parallels_only_the_same_kind_of_event() -> None:
    made = [_story(PICKET, "p1", "sentencing", "fined", "2021-06-01"),
            _story(PICKET, "p2", "detention", "was also detained")]
    also_parallel(made, PICKET)
    assert made[1][0].date is None


def test_also_parallels_only_another_persons_event() -> None:
    made = [_story(PICKET, "p2", "detention", "was detained", "2021-05-31"),
            _story(PICKET, "p2", "detention", "was also detained")]
    also_parallel(made, PICKET)
    assert made[1][0].date is None


RETURN = ("In March 2017 she went on a trip to Almaty to see her sister.\n\nWhen she returned, "
          "police took her phone. Then she was placed under house arrest.")


def test_an_event_after_a_return_is_at_the_time_of_the_trip() -> None:
    made = [_story(RETURN, "p1", "house_arrest", "was placed")]
    return_time(made, RETURN)
    assert made[0][0].date == "2017-03"


def test_an_event_with_its_own_date_keeps_it_after_a_return() -> None:
    made = [_story(RETURN, "p1", "house_arrest", "was placed", "2018")]
    return_time(made, RETURN)
    assert made[0][0].date == "2018"


def test_a_return_after_an_undated_trip_gives_no_date() -> None:
    text = RETURN.replace("In March 2017 she", "She")
    made = [_story(text, "p1", "house_arrest", "was placed")]
    return_time(made, text)
    assert made[0][0].date is None


def test_without_a_return_the_trip_dates_nothing() -> None:
    text = RETURN.replace("When she returned, police", "Police")
    made = [_story(text, "p1", "house_arrest", "was placed")]
    return_time(made, text)
    assert made[0][0].date is None
