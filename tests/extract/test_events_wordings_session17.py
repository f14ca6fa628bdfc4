"""Wordings met in blind sets (devset27-30): a reporting clause set off inside the sentence it
reports, a state that began when the time told before it ended ("and has since been").
Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def _dates(text: str, published: str = "2022-01-01") -> dict[tuple[str, str], str | None]:
    ex = run(text, published)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type): e.date for e in ex.events}


_HELD_SHE_SAID = (
    "Aknur Sovetkhankyzy spoke to reporters in Almaty.\n\n"
    "Her younger brother, Mukagali Sovetkhanuly, was held in the same camp from August 2018 "
    "until November 2019, she said, and has since been barred from leaving Kunes county.")


def test_the_teller_of_a_reporting_clause_is_not_the_subject_of_the_next_verb() -> None:
    got = events_by_name(run(_HELD_SHE_SAID))
    assert ("Mukagali Sovetkhanuly", "travel_ban") in got
    assert ("Aknur Sovetkhankyzy", "travel_ban") not in got


def test_a_subject_after_the_reporting_clause_is_its_own() -> None:
    text = ("Aknur Sovetkhankyzy spoke to reporters in Almaty.\n\n"
            "Her younger brother, Mukagali Sovetkhanuly, was held in a camp until 2019, she "
            "said, and she has since been barred from leaving Almaty.")
    got = events_by_name(run(text))
    assert ("Aknur Sovetkhankyzy", "travel_ban") in got
    assert ("Mukagali Sovetkhanuly", "travel_ban") not in got


def test_a_reporting_clause_opening_the_sentence_still_gives_the_subject() -> None:
    text = ("Aknur Sovetkhankyzy spoke to reporters in Almaty.\n\n"
            "She said, and her lawyer confirmed, that she has been barred from leaving Almaty.")
    assert ("Aknur Sovetkhankyzy", "travel_ban") in events_by_name(run(text))


def test_a_state_that_has_since_held_starts_when_the_range_before_it_ended() -> None:
    dates = _dates(_HELD_SHE_SAID)
    assert dates[("Mukagali Sovetkhanuly", "internment")] == "2018-08/2019-11"
    assert dates[("Mukagali Sovetkhanuly", "travel_ban")] == "2019-11"


def test_a_state_told_without_since_keeps_the_whole_range() -> None:
    text = ("Mukagali Sovetkhanuly was barred from leaving Kunes county from August 2018 "
            "until November 2019.")
    assert _dates(text)[("Mukagali Sovetkhanuly", "travel_ban")] == "2018-08/2019-11"
