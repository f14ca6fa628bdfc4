"""Terse case entries of an annual report: one paragraph per person, telegraphic clauses
without a subject, which continue the entry's person. Names are invented."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, person_names, run


@pytest.mark.parametrize(("clause", "kind"), [
    ("Passport withdrawn at Almaty airport in September 2022; exit ban in force since.",
     "passport_confiscation"),
    ("Passport withdrawn at Almaty airport in September 2022; exit ban in force since.",
     "travel_ban"),
    ("Attacked by two unidentified men outside her dormitory on 3 May 2025.", "assault"),
    ("Transferred in 2024 to a prison in Gansu province.", "transfer"),
    ("Since January 2025 has received repeated video calls from men saying they are police "
     "officers in Kashgar.", "harassment"),
])
def test_a_telegraphic_clause_continues_the_entrys_person(clause: str, kind: str) -> None:
    text = f"II.4 Ainur Baqytzhan. Kazakh, born 1995, student in Semey. {clause}"
    assert ("Ainur Baqytzhan", kind) in events_by_name(run(text))


def test_an_event_of_an_unnamed_relative_in_a_relative_clause_is_not_the_entrys() -> None:
    text = ("II.4 Ainur Baqytzhan. Kazakh, born 1995. Posted videos about her grandfather, who "
            "is missing in Xinjiang.")
    assert ("Ainur Baqytzhan", "disappearance") not in events_by_name(run(text))


def test_another_spelling_in_brackets_is_the_same_person() -> None:
    text = "II.1 Pärida Nurmämät (Parida Nurmemet). Uyghur, born 1987. Detained in 2025."
    assert person_names(run(text)) == {"Pärida Nurmämät"}


def test_a_place_in_brackets_after_a_name_is_no_spelling_of_it() -> None:
    text = "II.1 Parida Nurmemet (Istanbul). Uyghur, born 1987. Detained in 2025."
    assert person_names(run(text)) == {"Parida Nurmemet"}


def test_an_event_at_her_home_happened_where_the_entry_says_she_lives() -> None:
    text = ("II.1 Parida Nurmemet. Uyghur, born 1987 in Ghulja. Resident in Istanbul since 2019. "
            "Detained by Turkish police at her home on 24 July 2025.")
    ex = run(text, "2026-01-30")
    (ev,) = [e for e in ex.events if e.type == "detention"]
    assert ev.place is not None and next(p.name for p in ex.places if p.key == ev.place) == \
        "Istanbul"


def test_an_event_elsewhere_does_not_take_the_home_place() -> None:
    text = ("II.1 Parida Nurmemet. Uyghur, born 1987. Resident in Istanbul since 2019. "
            "Detained at the border on 24 July 2025.")
    ex = run(text, "2026-01-30")
    (ev,) = [e for e in ex.events if e.type == "detention"]
    assert ev.place is None or next(p.name for p in ex.places if p.key == ev.place) != \
        "Istanbul"
