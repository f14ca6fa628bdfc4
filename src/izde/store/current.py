"""The current value of a property, computed from its claims.

Accepted claims win; otherwise the most confident proposed claim; rejected claims never
count. Multi-valued properties (roles, citizenship) take every value not rejected.
Disagreeing claims all stay in the store: this module only chooses what to display.

An entity's current values are drawn only from claims no more sensitive than the entity
itself: a confidential phone or residence claim about a restricted person stays in its
(encrypted) claim, visible to those allowed, and is never copied in clear into the person's
row, where every viewer of the person would see it and the database would hold it
unencrypted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from izde.store.models import Claim, Event, Person

MULTI = {"role", "citizenship"}
PERSON_SINGLE = ("gender", "ethnicity", "birth_year", "occupation")
EVENT_SINGLE = ("date", "place", "facility", "agency", "court", "charge", "charge_text",
                "sentence_years", "sentence_kind")


LEVELS = ("public", "restricted", "confidential")


def _rank(level: str | None) -> int:
    """Unknown or missing levels count as confidential."""
    return LEVELS.index(level) if level in LEVELS else len(LEVELS) - 1


def claims_of(s: Session, kind: str, subject_id: str,
              ceiling: str = "confidential") -> dict[str, list[Claim]]:
    """The subject's claims by property, leaving out those more sensitive than ``ceiling``."""
    by_prop: dict[str, list[Claim]] = defaultdict(list)
    rows = s.scalars(select(Claim).where(Claim.subject_kind == kind,
                                         Claim.subject_id == subject_id))
    for c in rows:
        if _rank(c.sensitivity) <= _rank(ceiling):
            by_prop[c.property].append(c)
    return by_prop


def choose(claims: list[Claim]) -> Any:
    """The value to display for a single-valued property, or None."""
    accepted = [c for c in claims if c.status == "accepted"]
    if accepted:  # the latest reviewer decision
        return max(accepted, key=lambda c: c.reviewed_at or c.created_at).value
    proposed = [c for c in claims if c.status == "proposed"]
    if not proposed:
        return None
    return max(proposed, key=lambda c: (c.confidence, -(c.start or 0))).value


def values(claims: list[Claim]) -> list[Any]:
    return list(dict.fromkeys(c.value for c in claims if c.status != "rejected"))


def refresh_person(s: Session, person_id: str) -> None:
    person = s.get(Person, person_id)
    if person is None:
        return
    by = claims_of(s, "person", person_id, person.sensitivity)
    for prop in PERSON_SINGLE:
        setattr(person, prop, choose(by.get(prop, [])))
    person.roles = sorted(values(by.get("role", [])))
    person.citizenship = sorted(values(by.get("citizenship", [])))
    name = choose(by.get("name", []))
    if name:
        person.name = name


def refresh_event(s: Session, event_id: str) -> None:
    event = s.get(Event, event_id)
    if event is None:
        return
    by = claims_of(s, "event", event_id)
    for prop in EVENT_SINGLE:
        shown = [c for c in by.get(prop, []) if _rank(c.sensitivity) <= _rank(event.sensitivity)]
        setattr(event, "place_id" if prop == "place" else prop, choose(shown))
    event.status = overall_status(c.status for c in by.get("occurred", []))


def overall_status(statuses: Iterable[str]) -> str:
    """An entity's status from its existence claims' statuses: accepted when any is,
    rejected when all are, else proposed."""
    seen = set(statuses)
    if "accepted" in seen:
        return "accepted"
    if seen == {"rejected"}:
        return "rejected"
    return "proposed"

