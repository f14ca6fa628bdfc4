"""Attributes of an event taken from the rest of its paragraph, and facilities."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.facilities import find_facilities
from izde.extract.model import ExtractedEvent


def _event(text: str, etype: str) -> ExtractedEvent:
    return next(e for e in run(text).events if e.type == etype)


def test_date_from_the_previous_sentence_about_the_same_person() -> None:
    ev = _event("In June 2017 Dilnur Tursun stopped writing. Police took Dilnur away at night.",
                "detention")
    assert ev.date == "2017-06"
    assert len(ev.evidence) == 2


def test_no_date_from_a_previous_sentence_about_someone_else() -> None:
    ev = _event("In June 2017 Askar Bolatuly moved to Almaty. Police took Dilnur Tursun away "
                "at night.", "detention")
    assert ev.date is None


def test_no_date_from_the_previous_paragraph() -> None:
    ev = _event("In June 2017 Dilnur Tursun stopped writing.\n\nPolice took Dilnur away.",
                "detention")
    assert ev.date is None


def test_place_from_the_previous_sentence_about_the_same_person() -> None:
    ev = _event("Kanat Serikuly lived in Ghulja. He was detained at night.", "detention")
    assert ev.place is not None


def test_charge_from_the_next_sentence_that_continues_the_event() -> None:
    ev = _event("Askar Bolatuly was arrested in 2018. What he got was a 20-year sentence for "
                "\"divulging state secrets\".", "detention")
    assert ev.charge == "state_secrets"


def test_facility_named_before_a_facility_noun() -> None:
    ev = _event("Askar Bolatuly is serving his sentence in Gansu's Tianshui prison.",
                "imprisonment")
    assert ev.facility == "Tianshui prison"


def test_described_facility_keeps_its_place() -> None:
    ev = _event("Gulnar Bekova was sent to a re-education camp in Yining in 2018.", "internment")
    assert ev.facility == "re-education camp in Yining"


def test_a_noun_alone_is_no_facility() -> None:
    assert find_facilities("He was in prison. The Prison was closed.") == []


def test_a_month_after_a_facility_is_not_its_place() -> None:
    assert find_facilities("She was released from an internment camp in December 2019.") == []


def test_place_of_origin_yields_to_the_place_of_the_event() -> None:
    ex = run("Kanybek Asanaliev, a trader from Osh, said he was detained in Artush in 2018.")
    (ev,) = ex.events
    assert {p.key: p.name for p in ex.places}[ev.place or ""] != "Osh"


def test_statutory_maximum_is_not_the_sentence() -> None:
    ev = _event("Akbota Nurlankyzy was sentenced on Monday for illegally crossing the border, an "
                "offense that carries up to a year in prison.", "sentencing")
    assert ev.sentence_years is None


def test_imprisonment_keeps_the_term_being_served() -> None:
    ev = _event("Nurmemet Hesen is serving an 11-year prison sentence for extremism.",
                "imprisonment")
    assert ev.sentence_years == 11


def _place_name(text: str, etype: str) -> str | None:
    ex = run(text)
    ev = next(e for e in ex.events if e.type == etype)
    return {p.key: p.name for p in ex.places}.get(ev.place or "")


def test_flight_destination_yields_to_where_the_event_happened() -> None:
    text = ("On June 4, guards at the Aksu bus station stopped Erkin Tolqunbek before a flight "
            "to Istanbul. His passport was seized.")
    assert _place_name(text, "passport_confiscation") == "Aksu"


def test_deportation_happens_where_it_starts_not_where_it_goes() -> None:
    text = "Erkin Tolqunbek was detained in Istanbul and was deported to Urumqi on May 2."
    assert _place_name(text, "deportation") == "Istanbul"


def test_transfer_is_placed_where_it_ends() -> None:
    text = "Erkin Tolqunbek was transferred from a prison in Aksu to one in Urumqi in 2019."
    assert _place_name(text, "transfer") == "Urumqi"


def test_place_locating_an_origin_is_an_origin_too() -> None:
    text = ("Erkin Tolqunbek, a baker from Turpan, in the east of Xinjiang, was detained in "
            "May 2018.")
    assert _place_name(text, "detention") == "Turpan"


def test_place_of_an_earlier_trip_is_not_where_the_event_happened() -> None:
    text = ("Erkin Tolqunbek, a baker from Turpan, was detained in May 2018, days after "
            "returning from a trip to relatives in Almaty.")
    assert _place_name(text, "detention") == "Turpan"
