"""Review: the queue of proposed claims and merge proposals, and what a reviewer does to them.

Accept, reject and edit change a claim's status (an edit rejects the old claim and adds a
human one that supersedes it); the entity's current values are then recomputed
(``izde.store.current``), so a person page shows the decision at once. Merge proposals are
pending automatic judgements; "merge" and "different" record a human judgement through
``izde.resolve.merges``. Every action is audited under the reviewer's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from izde.errors import AccessDenied, NotFound, ReviewError
from izde.protect.policy import Viewer, visible_levels
from izde.search import Page
from izde.store import audit, current
from izde.store.ids import make_id
from izde.store.models import Claim, Document, Event, Judgement, Person, Relation, utcnow

ORDERS = ("newest", "uncertain")
REVIEWER = "reviewer"


@dataclass
class ClaimItem:
    id: str
    subject_kind: str
    subject_id: str
    subject_label: str
    person_id: str | None
    property: str
    value: Any
    quote: str | None
    document_id: str | None
    document_title: str | None
    confidence: float
    status: str
    created_at: datetime


@dataclass
class MergeItem:
    id: int
    left_id: str
    right_id: str
    left_name: str
    right_name: str
    score: float | None
    explanation: dict[str, Any]
    created_at: datetime


def _require(viewer: Viewer, role: str = REVIEWER) -> str:
    if not viewer.can(role):
        raise AccessDenied(f"this action needs the {role} role or above")
    return viewer.name or "izde"


# --- the queue ----------------------------------------------------------------------------


def claim_queue(session: Session, viewer: Viewer, order: str = "newest", status: str = "proposed",
                limit: int = 50, offset: int = 0) -> Page[ClaimItem]:
    """Claims with a status (proposed by default), newest or least certain first."""
    if order not in ORDERS:
        raise ReviewError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")
    cond = (Claim.status == status, Claim.sensitivity.in_(visible_levels(viewer)))
    count = session.scalar(select(func.count()).select_from(Claim).where(*cond)) or 0
    keys = ((Claim.created_at.desc(), Claim.id) if order == "newest"
            else (func.abs(Claim.confidence - 0.5), Claim.created_at.desc(), Claim.id))
    claims = list(session.scalars(select(Claim).where(*cond).order_by(*keys)
                                  .limit(limit).offset(offset)))
    return Page(claim_items(session, claims), count)


def claim_items(session: Session, claims: list[Claim]) -> list[ClaimItem]:
    labels = _subject_labels(session, claims)
    titles = dict(session.execute(select(Document.id, Document.title).where(
        Document.id.in_({c.document_id for c in claims if c.document_id}))).all())
    return [ClaimItem(c.id, c.subject_kind, c.subject_id, *labels.get(c.subject_id, (
        c.subject_id, None)), c.property, c.value, c.quote, c.document_id,
        titles.get(c.document_id or ""), c.confidence, c.status, c.created_at) for c in claims]


def _subject_labels(session: Session, claims: list[Claim]) -> dict[str, tuple[str, str | None]]:
    """subject id -> (words a reviewer recognises, canonical person id to link to)."""
    ids = {c.subject_id for c in claims}
    out: dict[str, tuple[str, str | None]] = {}
    for p in session.scalars(select(Person).where(Person.id.in_(ids))):
        out[p.id] = (p.name, p.canonical_id)
    rows = session.execute(select(Event.id, Event.type, Event.date, Person.name,
                                  Person.canonical_id).join(Person, Person.id == Event.person_id)
                           .where(Event.id.in_(ids)))
    for eid, etype, date, name, cid in rows:
        out[eid] = (f"{etype} of {name}" + (f" ({date})" if date else ""), cid)
    rels = session.execute(select(Relation.id, Relation.type, Person.name, Person.canonical_id)
                           .join(Person, Person.id == Relation.subject_id)
                           .where(Relation.id.in_(ids)))
    for rid, rtype, name, cid in rels:
        out[rid] = (f"{name}: {rtype}", cid)
    return out


def merge_queue(session: Session, viewer: Viewer, limit: int = 50,
                offset: int = 0) -> Page[MergeItem]:
    """Pending automatic judgements (a band below automatic merging), most certain first."""
    _require(viewer, "viewer")
    cond = (Judgement.status == "pending", Judgement.deleted_at.is_(None))
    count = session.scalar(select(func.count()).select_from(Judgement).where(*cond)) or 0
    rows = list(session.scalars(select(Judgement).where(*cond).order_by(
        func.abs(func.coalesce(Judgement.score, 0.5) - 0.5), Judgement.created_at.desc(),
        Judgement.id).limit(limit).offset(offset)))
    levels = visible_levels(viewer)
    names = dict(session.execute(select(Person.id, Person.name).where(
        Person.id.in_({j.left_id for j in rows} | {j.right_id for j in rows}),
        Person.sensitivity.in_(levels))).all())
    items = [MergeItem(j.id, j.left_id, j.right_id, names.get(j.left_id, "(hidden)"),
                       names.get(j.right_id, "(hidden)"), j.score, j.explanation or {},
                       j.created_at) for j in rows]
    return Page(items, count)


# --- actions on claims ----------------------------------------------------------------------


def _claim(session: Session, claim_id: str) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"no claim {claim_id!r}")
    return claim


def _decide(session: Session, claim: Claim, status: str, actor: str) -> None:
    claim.status, claim.reviewed_by, claim.reviewed_at = status, actor, utcnow()
    session.flush()
    refresh_subject(session, claim)


def refresh_subject(session: Session, claim: Claim) -> None:
    """Recompute what the claim's subject shows now that the claim changed."""
    refreshers: dict[str, Callable[[Session, str], None]] = {
        "person": current.refresh_person, "event": current.refresh_event,
        "relation": _refresh_relation}
    refresher = refreshers.get(claim.subject_kind)
    if refresher:
        refresher(session, claim.subject_id)


def _refresh_relation(session: Session, relation_id: str) -> None:
    relation = session.get(Relation, relation_id)
    if relation is None:
        return
    relation.status = current.overall_status(session.scalars(select(Claim.status).where(
        Claim.subject_kind == "relation", Claim.subject_id == relation_id)))


def accept_claim(session: Session, claim_id: str, viewer: Viewer) -> ClaimItem:
    return _judge(session, claim_id, viewer, "accepted", "accept")


def reject_claim(session: Session, claim_id: str, viewer: Viewer) -> ClaimItem:
    return _judge(session, claim_id, viewer, "rejected", "reject")


def _judge(session: Session, claim_id: str, viewer: Viewer, status: str,
           action: str) -> ClaimItem:
    actor = _require(viewer)
    claim = _claim(session, claim_id)
    before = claim.status
    _decide(session, claim, status, actor)
    audit.record(session, actor, action, "claim", claim.id, before=before)
    return claim_items(session, [claim])[0]


def edit_claim(session: Session, claim_id: str, value: Any, viewer: Viewer) -> ClaimItem:
    """Correct a value: the old claim is rejected, an accepted human claim supersedes it."""
    actor = _require(viewer)
    old = _claim(session, claim_id)
    new_value = coerce_like(old.value, value)
    if new_value == old.value:
        raise ReviewError("the new value is the same as the old one; accept the claim instead")
    new = Claim(id=make_id("clm", old.id, "edit", new_value, actor, utcnow().isoformat()),
                subject_kind=old.subject_kind, subject_id=old.subject_id,
                property=old.property, value=new_value, document_id=old.document_id,
                start=old.start, end=old.end, quote=old.quote, extractor=None,
                confidence=1.0, status="accepted", sensitivity=old.sensitivity,
                origin="human", author=actor, reviewed_by=actor, reviewed_at=utcnow(),
                supersedes=old.id)
    session.add(new)
    old.status, old.reviewed_by, old.reviewed_at = "rejected", actor, utcnow()
    session.flush()
    refresh_subject(session, new)
    audit.record(session, actor, "edit", "claim", old.id, new_claim=new.id,
                 old_value=audit.unless_confidential(old.value, old.sensitivity),
                 new_value=audit.unless_confidential(new_value, old.sensitivity))
    return claim_items(session, [new])[0]


def coerce_like(old: Any, value: Any) -> Any:
    """A value typed from a form, given the type of the value it replaces."""
    if not isinstance(value, str) or isinstance(old, str) or old is None:
        return value
    text = value.strip()
    try:
        if isinstance(old, bool):
            return text.lower() in ("1", "true", "yes")
        if isinstance(old, int):
            return int(text)
        if isinstance(old, float):
            return float(text)
    except ValueError as exc:
        raise ReviewError(f"{value!r} is not a number; the value is numeric") from exc
    return text


# --- actions on merge proposals -------------------------------------------------------------


def _proposal(session: Session, judgement_id: int) -> Judgement:
    j = session.get(Judgement, judgement_id)
    if j is None or j.deleted_at is not None:
        raise NotFound(f"no open merge proposal {judgement_id}")
    return j


def merge_proposal(session: Session, judgement_id: int, viewer: Viewer) -> str:
    """Accept a proposal: the two records are one person. Returns the canonical id."""
    from izde.resolve.merges import merge

    actor = _require(viewer)
    j = _proposal(session, judgement_id)
    return merge(session, j.left_id, j.right_id, actor)


def different_proposal(session: Session, judgement_id: int, viewer: Viewer) -> None:
    """Reject a proposal: the two records are different persons, for good."""
    from izde.resolve.merges import mark_different

    actor = _require(viewer)
    j = _proposal(session, judgement_id)
    mark_different(session, j.left_id, j.right_id, actor)


def merge_persons(session: Session, a_id: str, b_id: str, viewer: Viewer) -> str:
    from izde.resolve.merges import merge

    return merge(session, a_id, b_id, _require(viewer))
