"""A place told in another clause than the event's is used only when the event's own clause
names none."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _place(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return {p.key: p.name for p in ex.places}.get(ev.place or "")


def test_a_clause_of_time_after_a_comma_keeps_its_own_place() -> None:
    ex = run("Duishon Kulmatov crossed into Kyrgyzstan at Irkeshtam in August 2019, four months "
             "after he was released from a camp in Akto.")
    assert _place(ex, "Duishon Kulmatov", "internment") == "Akto County"


def test_the_main_clause_keeps_its_place_before_a_clause_of_time() -> None:
    ex = run("Duishon Kulmatov was detained in Osh in May 2022, a week after he spoke to "
             "reporters about the camp in Akto.")
    assert _place(ex, "Duishon Kulmatov", "detention") == "Osh"
