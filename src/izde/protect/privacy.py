"""Per-person public identity and location settings (PersonPrivacy), read and written.

Settings are keyed by canonical id, so they follow the real person across documents. A
merge changes canonical ids; ``privacy_for`` therefore also accepts a record id and, when
several records of one person carry settings, the most protective one wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from izde.protect.names import IDENTITY_LEVELS
from izde.protect.places import LOCATION_LEVELS
from izde.store import audit
from izde.store.models import Person, PersonPrivacy, utcnow


@dataclass(frozen=True)
class Privacy:
    identity: str = "full"
    location: str = "exact"


DEFAULT = Privacy()


def most_protective(settings: list[Privacy]) -> Privacy:
    """The strictest identity and strictest location among ``settings``."""
    if not settings:
        return DEFAULT
    identity = max((p.identity for p in settings), key=_identity_rank)
    location = max((p.location for p in settings), key=_location_rank)
    return Privacy(identity, location)


def _identity_rank(level: str) -> int:
    return IDENTITY_LEVELS.index(level) if level in IDENTITY_LEVELS else len(IDENTITY_LEVELS)


def _location_rank(level: str) -> int:
    return LOCATION_LEVELS.index(level) if level in LOCATION_LEVELS else len(LOCATION_LEVELS)


def privacy_map(s: Session) -> dict[str, Privacy]:
    """Every canonical id's effective settings (records' own settings folded into their person)."""
    rows = {r.canonical_id: Privacy(r.identity, r.location)
            for r in s.scalars(select(PersonPrivacy))}
    grouped: dict[str, list[Privacy]] = {}
    for pid, cid in s.execute(select(Person.id, Person.canonical_id)):
        for key in (pid, cid):
            if key in rows:
                grouped.setdefault(cid, []).append(rows[key])
    return {cid: most_protective(ps) for cid, ps in grouped.items()}


def privacy_for(s: Session, person_id: str) -> Privacy:
    person = s.get(Person, person_id)
    cid = person.canonical_id if person is not None else person_id
    return privacy_map(s).get(cid) or _own(s, cid)


def _own(s: Session, cid: str) -> Privacy:
    row = s.get(PersonPrivacy, cid)
    return Privacy(row.identity, row.location) if row is not None else DEFAULT


def set_privacy(s: Session, canonical_id: str, actor: str, *, identity: str | None = None,
                location: str | None = None) -> Privacy:
    """Change one person's public identity and/or location precision (audited)."""
    if identity is not None and identity not in IDENTITY_LEVELS:
        raise ValueError(f"identity must be one of {', '.join(IDENTITY_LEVELS)}")
    if location is not None and location not in LOCATION_LEVELS:
        raise ValueError(f"location must be one of {', '.join(LOCATION_LEVELS)}")
    row = s.get(PersonPrivacy, canonical_id) or PersonPrivacy(canonical_id=canonical_id)
    row.identity = identity or row.identity or "full"
    row.location = location or row.location or "exact"
    row.updated_by, row.updated_at = actor, utcnow()
    s.add(row)
    audit.record(s, actor, "set_privacy", "person", canonical_id, identity=row.identity,
                 location=row.location)
    return Privacy(row.identity, row.location)
