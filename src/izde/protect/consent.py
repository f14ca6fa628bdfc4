"""Consent records: who agreed (or refused) to what being published, when and by which means.

A consent attaches to a person (by record or canonical id) or to a document and names a
scope. Granted and not withdrawn, it lowers the default sensitivity of what its scope covers
to ``public``; refused or withdrawn, it raises it to ``confidential``. The floors for contact
details and the like (``izde.protect.defaults``) still apply unless the scope names them.

Scopes: ``publish_testimony`` (everything a document says), ``publish_name`` (a person's
names), ``publish_location`` (a person's residence and places), or ``publish:PROPERTY``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from izde.store import audit
from izde.store.models import Consent, Person, utcnow

SCOPES = ("publish_testimony", "publish_name", "publish_location")
_SCOPE_PROPERTIES = {"publish_name": {"name"}, "publish_location": {"residence", "place",
                                                                    "address", "hometown"}}


@dataclass(frozen=True)
class ConsentState:
    """What the consents on record say about one (subject, property): None when silent."""

    granted: bool | None
    explicit: bool  # the scope names the property itself (publish:phone, publish_name)


def valid_scope(scope: str) -> bool:
    return scope in SCOPES or (scope.startswith("publish:") and len(scope) > len("publish:"))


def covers(scope: str, prop: str) -> tuple[bool, bool]:
    """(does the scope cover the property, does it name it explicitly)."""
    if scope == "publish_testimony":
        return True, False
    if scope.startswith("publish:"):
        return scope[len("publish:"):] == prop, True
    props = _SCOPE_PROPERTIES.get(scope, set())
    return prop in props, prop in props


def add_consent(s: Session, actor: str, *, scope: str, given_by: str, means: str,
                person_id: str | None = None, document_id: str | None = None,
                granted: bool = True, given_at: datetime | None = None,
                note: str | None = None) -> Consent:
    """Record a consent (or a refusal) and audit it."""
    if not valid_scope(scope):
        raise ValueError(f"unknown scope {scope!r}; use {', '.join(SCOPES)} or publish:PROPERTY")
    if not person_id and not document_id:
        raise ValueError("a consent needs a person or a document")
    row = Consent(person_id=person_id, document_id=document_id, scope=scope, granted=granted,
                  given_by=given_by, means=means, given_at=given_at or utcnow(), note=note,
                  recorded_by=actor)
    s.add(row)
    s.flush()
    audit.record(s, actor, "consent" if granted else "refusal", "consent", str(row.id),
                 person=person_id, document=document_id, scope=scope, means=means)
    return row


def withdraw_consent(s: Session, actor: str, consent_id: int) -> Consent:
    row = s.get(Consent, consent_id)
    if row is None:
        raise LookupError(f"no consent {consent_id}")
    row.withdrawn_at = utcnow()
    audit.record(s, actor, "withdraw_consent", "consent", str(consent_id))
    return row


def consents_for(s: Session, *, person_id: str | None = None,
                 document_id: str | None = None) -> list[Consent]:
    """Consents on a document, or on a person (any of its records or its canonical id)."""
    conds = []
    if document_id:
        conds.append(Consent.document_id == document_id)
    if person_id:
        conds.append(Consent.person_id.in_(_person_keys(s, person_id)))
    if not conds:
        return []
    return list(s.scalars(select(Consent).where(or_(*conds)).order_by(Consent.given_at,
                                                                        Consent.id)))


def _person_keys(s: Session, person_id: str) -> set[str]:
    person = s.get(Person, person_id)
    return {person_id, person.canonical_id} if person is not None else {person_id}


def state(consents: list[Consent], prop: str) -> ConsentState:
    """The latest word on ``prop``: a refusal or withdrawal beats an earlier grant."""
    granted: bool | None = None
    explicit = False
    for c in consents:  # oldest first, so later records win
        hit, named = covers(c.scope, prop)
        if not hit:
            continue
        active = c.granted and c.withdrawn_at is None
        if granted is False and active and not named:
            continue  # a broad grant does not undo a refusal
        granted, explicit = active, named
    return ConsentState(granted, explicit)
