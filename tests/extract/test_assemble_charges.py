"""The charge an event gets from the sentences around its mentions (``assemble``)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _charge(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev.charge


def test_the_sentence_after_the_narrating_mention_gives_the_charge() -> None:
    ex = run("Erkin Tokhtar was detained by state security officers on 2 June. Beijing had put "
             "him on a wanted list, accusing him of organizing a terrorist group.\n\n"
             "His wife said she last saw him on the day of his arrest.")
    assert _charge(ex, "Erkin Tokhtar", "detention") == "terrorism"


def test_a_charge_denied_in_the_next_sentence_is_not_taken() -> None:
    ex = run("Erkin Tokhtar was detained by state security officers on 2 June. He was not "
             "charged with terrorism, his lawyer said.")
    assert _charge(ex, "Erkin Tokhtar", "detention") is None
