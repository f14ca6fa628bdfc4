"""Read models of the pages: a person with their evidence, a document, a place.

Each function reads what one page (and its API twin) shows, filtered on the viewer's
visible levels; nothing here writes. For anonymous visitors of a public instance, names and
places pass through ``izde.protect`` (identity level, location coarsening).
"""

from __future__ import annotations

import builtins
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from izde.errors import NotFound
from izde.protect.policy import Viewer, allowed, visible_levels
from izde.search import (
    person_hits,
    place_with_descendants,
    visible_events,
    visible_persons,
    visible_place,
)
from izde.store.models import (
    Claim,
    Document,
    Event,
    Mention,
    Organisation,
    Person,
    PersonName,
    PersonPrivacy,
    Place,
    Relation,
)

CONTESTABLE_EVENT = ("sentence_years", "charge", "sentence_kind", "court", "facility")
CONTESTABLE_PERSON = ("gender", "ethnicity", "birth_year", "occupation", "age")


@dataclass
class Source:
    claim_id: str
    document_id: str | None
    document_title: str | None
    quote: str | None
    status: str
    confidence: float


@dataclass
class Value:
    value: Any
    status: str
    sources: list[Source] = field(default_factory=list)


@dataclass
class Attribute:
    property: str
    values: list[Value]

    @builtins.property
    def contradicts(self) -> bool:
        return len(self.values) > 1


@dataclass
class TimelineEvent:
    id: str
    type: str
    date: str | None
    place_id: str | None
    place_name: str | None
    facility: str | None
    charge: str | None
    sentence_years: float | None
    status: str
    document_id: str | None
    sources: list[Source]


@dataclass
class Linked:
    type: str
    id: str
    name: str


@dataclass
class DocumentRef:
    id: str
    title: str | None
    publisher: str | None
    published: str | None


@dataclass
class PersonProfile:
    id: str
    name: str
    names: list[tuple[str, str]]
    attributes: list[Attribute]
    events: list[TimelineEvent]
    contradictions: list[Attribute]
    linked: list[Linked]
    documents: list[DocumentRef]
    evidence: dict[str, Any]
    record_ids: list[str]


def person_profile(session: Session, viewer: Viewer, person_id: str) -> PersonProfile:
    """Everything known of one real person (a record id finds its canonical person too)."""
    levels = visible_levels(viewer)
    cid = _canonical(session, person_id)
    records = list(session.scalars(select(Person).where(Person.canonical_id == cid,
                                                        visible_persons(viewer))))
    if not records:
        raise NotFound(f"no person {person_id!r}")
    rids = [r.id for r in records]
    events = list(session.scalars(select(Event).where(Event.person_id.in_(rids),
                                                      visible_events(viewer))))
    claims = _claims(session, levels, rids + [e.id for e in events])
    titles = _titles(session, levels, claims, records, events)
    names = _names(session, levels, rids)
    hit = person_hits(session, viewer, [cid])[0]
    profile = PersonProfile(
        cid, hit.name, names, _attributes(claims, rids, titles, CONTESTABLE_PERSON),
        _timeline(session, events, claims, titles), [],
        _linked(session, viewer, rids), _documents(titles, session), {}, rids)
    profile.contradictions = _contradictions(profile, claims, events, titles)
    profile.evidence = _evidence(session, list(titles))
    return _public(session, viewer, profile) if viewer.is_public else profile


def _canonical(session: Session, person_id: str) -> str:
    cid = session.scalar(select(Person.canonical_id).where(Person.id == person_id))
    if cid is None:
        raise NotFound(f"no person {person_id!r}")
    return cid


def _claims(session: Session, levels: tuple[str, ...], subject_ids: list[str]) -> list[Claim]:
    return list(session.scalars(select(Claim).where(
        Claim.subject_id.in_(subject_ids), Claim.status != "rejected",
        Claim.sensitivity.in_(levels)).order_by(Claim.document_id, Claim.start)))


def _titles(session: Session, levels: tuple[str, ...], claims: list[Claim],
            records: list[Person], events: list[Event]) -> dict[str, DocumentRef]:
    ids = {c.document_id for c in claims} | {r.document_id for r in records}
    ids |= {e.document_id for e in events}
    rows = session.execute(select(Document.id, Document.title, Document.publisher,
                                  Document.published).where(
        Document.id.in_({i for i in ids if i}), Document.sensitivity.in_(levels)))
    return {r[0]: DocumentRef(*r) for r in rows}


def _source(c: Claim, titles: dict[str, DocumentRef]) -> Source:
    ref = titles.get(c.document_id or "")
    quote = c.quote if ref is not None else None  # a quote from a hidden document stays hidden
    return Source(c.id, ref.id if ref else None, ref.title if ref else None, quote, c.status,
                  c.confidence)


def _names(session: Session, levels: tuple[str, ...], rids: list[str]) -> list[tuple[str, str]]:
    rows = session.execute(select(PersonName.name, PersonName.script).where(
        PersonName.person_id.in_(rids), PersonName.sensitivity.in_(levels))
        .order_by(PersonName.id))
    return list(dict.fromkeys((n, s) for n, s in rows))


def _values(claims: list[Claim], titles: dict[str, DocumentRef]) -> list[Value]:
    grouped: dict[str, Value] = {}
    for c in claims:
        key = repr(c.value)
        value = grouped.setdefault(key, Value(c.value, c.status))
        if c.status == "accepted":
            value.status = "accepted"
        value.sources.append(_source(c, titles))
    return sorted(grouped.values(), key=lambda v: (v.status != "accepted", -len(v.sources)))


def _attributes(claims: list[Claim], subjects: list[str], titles: dict[str, DocumentRef],
                order: tuple[str, ...]) -> list[Attribute]:
    by_prop: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.subject_id in subjects and c.property != "name":
            by_prop[c.property].append(c)
    props = sorted(by_prop, key=lambda p: (order.index(p) if p in order else len(order), p))
    return [Attribute(p, _values(by_prop[p], titles)) for p in props]


def _timeline(session: Session, events: list[Event], claims: list[Claim],
              titles: dict[str, DocumentRef]) -> list[TimelineEvent]:
    place_names = dict(session.execute(select(Place.id, Place.name).where(
        Place.id.in_({e.place_id for e in events if e.place_id}))).all())
    occurred: dict[str, list[Source]] = defaultdict(list)
    for c in claims:
        if c.property == "occurred":
            occurred[c.subject_id].append(_source(c, titles))
    rows = [TimelineEvent(e.id, e.type, e.date, e.place_id, place_names.get(e.place_id or ""),
                          e.facility, e.charge, e.sentence_years, e.status, e.document_id,
                          occurred.get(e.id, [])) for e in events]
    return sorted(rows, key=lambda t: (t.date or "9999", t.type))


def _contradictions(profile: PersonProfile, claims: list[Claim], events: list[Event],
                    titles: dict[str, DocumentRef]) -> list[Attribute]:
    """Properties with more than one value: person attributes, and event properties per type."""
    out = [a for a in profile.attributes if a.contradicts and a.property in CONTESTABLE_PERSON]
    types = {e.id: e.type for e in events}
    by_key: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.subject_id in types and c.property in CONTESTABLE_EVENT:
            by_key[(types[c.subject_id], c.property)].append(c)
    for (etype, prop), group in sorted(by_key.items()):
        values = _values(group, titles)
        if len(values) > 1:
            out.append(Attribute(f"{etype}: {prop.replace('_', ' ')}", values))
    return out


def _linked(session: Session, viewer: Viewer, rids: list[str]) -> list[Linked]:
    rels = list(session.scalars(select(Relation).where(
        or_(Relation.subject_id.in_(rids), Relation.object_id.in_(rids)),
        Relation.status != "rejected")))
    others = {r.object_id if r.subject_id in rids else r.subject_id for r in rels}
    people = {p.id: p for p in session.scalars(select(Person).where(
        Person.id.in_(others), visible_persons(viewer)))}
    out: dict[tuple[str, str], Linked] = {}
    for r in rels:
        mine = r.subject_id in rids
        other = people.get(r.object_id if mine else r.subject_id)
        if other is not None and other.canonical_id not in {p for p in rids}:
            label = f"{r.type} of" if mine else r.type  # subject is <type> of object
            out[(label, other.canonical_id)] = Linked(label, other.canonical_id, other.name)
    return list(out.values())


def _documents(titles: dict[str, DocumentRef], session: Session) -> list[DocumentRef]:
    return sorted(titles.values(), key=lambda d: (d.published or "", d.id))


def _evidence(session: Session, doc_ids: list[str]) -> dict[str, Any]:
    """How many sources, how many independent (distinct publishers), of which kinds."""
    rows = session.execute(select(Document.publisher, Document.media_type).where(
        Document.id.in_(doc_ids))).all()
    publishers = Counter(p or "unknown publisher" for p, _ in rows)
    kinds = Counter(m.split("/")[-1] for _, m in rows)
    return {"documents": len(rows), "independent": len(publishers),
            "publishers": dict(publishers), "kinds": dict(kinds)}


def _public(session: Session, viewer: Viewer, profile: PersonProfile) -> PersonProfile:
    """The profile an anonymous visitor sees: name and places as the person's privacy allows."""
    from izde.protect.names import present_name
    from izde.protect.places import coarsen_place
    from izde.protect.privacy import most_protective

    rows = session.scalars(select(PersonPrivacy).where(
        PersonPrivacy.canonical_id.in_([profile.id, *profile.record_ids])))
    from izde.protect.privacy import Privacy

    privacy = most_protective([Privacy(r.identity, r.location) for r in rows])
    profile.name = present_name([n for n, _ in profile.names], privacy.identity, profile.id)
    if privacy.identity != "full":
        profile.names = []
        profile.linked = []
    for e in profile.events:
        e.place_id = coarsen_place(e.place_id, privacy.location, session)
        e.place_name = session.scalar(select(Place.name).where(Place.id == e.place_id)) \
            if e.place_id else None
    return profile


# --- documents ------------------------------------------------------------------------------


@dataclass
class Highlight:
    text: str
    kind: str | None = None
    link: str | None = None


@dataclass
class DocumentView:
    id: str
    title: str | None
    filename: str | None
    sha256: str
    media_type: str
    size: int
    publisher: str | None
    url: str | None
    published: str | None
    language: str | None
    ingested_at: str
    ingested_by: str
    notes: list[str]
    body: str
    pieces: list[Highlight]
    persons: list[Linked]


def document_view(session: Session, viewer: Viewer, document_id: str) -> DocumentView:
    """A document with its body cut into pieces, the mentions marked and linked."""
    doc = session.get(Document, document_id)
    if doc is None or doc.sensitivity not in visible_levels(viewer):
        raise NotFound(f"no document {document_id!r}")
    mentions = list(session.scalars(select(Mention).where(Mention.document_id == doc.id)
                                    .order_by(Mention.start)))
    canon = dict(session.execute(select(Person.id, Person.canonical_id).where(
        Person.id.in_({m.person_id for m in mentions if m.person_id}),
        visible_persons(viewer))).all())
    persons = list(session.execute(select(Person.canonical_id, Person.name).where(
        Person.document_id == doc.id, visible_persons(viewer))))
    return DocumentView(
        doc.id, doc.title, doc.filename, doc.sha256, doc.media_type, doc.size, doc.publisher,
        doc.url, doc.published, doc.language, doc.ingested_at.isoformat(timespec="seconds"),
        doc.ingested_by, list(doc.notes or []), doc.body,
        highlight(doc.body, mentions, canon), [Linked("mentioned", c, n) for c, n in persons])


def highlight(body: str, mentions: list[Mention], canon: dict[str, str]) -> list[Highlight]:
    """The body as plain and marked pieces; overlapping mentions keep the first."""
    pieces: list[Highlight] = []
    pos = 0
    for m in mentions:
        if m.start < pos or m.end > len(body) or m.end <= m.start:
            continue
        pieces.append(Highlight(body[pos:m.start]))
        pieces.append(Highlight(body[m.start:m.end], m.kind, _mention_link(m, canon)))
        pos = m.end
    pieces.append(Highlight(body[pos:]))
    return [p for p in pieces if p.text]


def _mention_link(m: Mention, canon: dict[str, str]) -> str | None:
    if m.kind == "person" and m.person_id in canon:
        return f"/persons/{canon[m.person_id]}"
    if m.kind == "place" and m.place_id:
        return f"/places/{m.place_id}"
    if m.kind == "organisation" and m.organisation_id:
        return f"/organisations/{m.organisation_id}"
    return None


def document_list(session: Session, viewer: Viewer, limit: int = 50,
                  offset: int = 0) -> tuple[list[DocumentRef], int]:
    cond = Document.sensitivity.in_(visible_levels(viewer))
    count = session.scalar(select(func.count()).select_from(Document).where(cond)) or 0
    rows = session.execute(select(Document.id, Document.title, Document.publisher,
                                  Document.published).where(cond)
                           .order_by(Document.ingested_at.desc(), Document.id)
                           .limit(limit).offset(offset))
    return [DocumentRef(*r) for r in rows], count


# --- places, facilities, organisations -------------------------------------------------------


@dataclass
class EventRow:
    id: str
    type: str
    date: str | None
    person_id: str
    person_name: str
    place_id: str | None
    place_name: str | None
    facility: str | None
    document_id: str | None


@dataclass
class PlaceView:
    id: str
    name: str
    kind: str | None
    country: str | None
    lat: float | None
    lon: float | None
    names: list[str]
    parents: list[tuple[str, str]]
    children: list[tuple[str, str, str | None]]
    events: list[EventRow]
    persons: int


def _event_rows(session: Session, viewer: Viewer, *where: Any, limit: int = 500
                ) -> list[EventRow]:
    stmt = (select(Event, Person.canonical_id, Person.name).join(
        Person, Person.id == Event.person_id).where(visible_events(viewer),
                                                    visible_persons(viewer), *where)
            .order_by(Event.date, Event.id).limit(limit))
    rows = list(session.execute(stmt))
    names = dict(session.execute(select(Place.id, Place.name).where(
        Place.id.in_({e.place_id for e, _, _ in rows if e.place_id}),
        visible_place(viewer))).all())
    return [EventRow(e.id, e.type, e.date, cid, name, e.place_id, names.get(e.place_id or ""),
                     e.facility, e.document_id) for e, cid, name in rows]


def place_view(session: Session, viewer: Viewer, place_id: str) -> PlaceView:
    place = session.get(Place, place_id)
    if place is None or not allowed(viewer, place.sensitivity):
        raise NotFound(f"no place {place_id!r}")
    inside = place_with_descendants(session, place.id)
    events = _event_rows(session, viewer, Event.place_id.in_(inside))
    parents: list[tuple[str, str]] = []
    parent = session.get(Place, place.parent_id) if place.parent_id else None
    while parent is not None and len(parents) < 8:
        parents.insert(0, (parent.id, parent.name))
        parent = session.get(Place, parent.parent_id) if parent.parent_id else None
    children = [(c.id, c.name, c.kind) for c in session.scalars(
        select(Place).where(Place.parent_id == place.id, visible_place(viewer))
        .order_by(Place.name))]
    names = [n.name for n in place.names if allowed(viewer, n.sensitivity)]
    return PlaceView(place.id, place.name, place.kind, place.country, place.lat, place.lon,
                     names, parents, children, events, len({e.person_id for e in events}))


def place_list(session: Session, viewer: Viewer) -> list[tuple[Place, int]]:
    """Every place with the number of persons with an event there (itself, not sub-places)."""
    counts = dict(session.execute(select(Event.place_id, func.count(func.distinct(
        Person.canonical_id))).join(Person, Person.id == Event.person_id).where(
        visible_events(viewer), visible_persons(viewer)).group_by(Event.place_id)).all())
    places = session.scalars(select(Place).where(visible_place(viewer))
                             .order_by(Place.country, Place.kind, Place.name))
    return [(p, int(counts.get(p.id, 0))) for p in places]


def facility_list(session: Session, viewer: Viewer) -> list[tuple[str, int]]:
    rows = session.execute(select(Event.facility, func.count(func.distinct(Person.canonical_id)))
                           .join(Person, Person.id == Event.person_id)
                           .where(visible_events(viewer), visible_persons(viewer),
                                  Event.facility.is_not(None))
                           .group_by(Event.facility).order_by(Event.facility))
    return [(str(f), int(n)) for f, n in rows]


def facility_events(session: Session, viewer: Viewer, name: str) -> list[EventRow]:
    rows = _event_rows(session, viewer, Event.facility == name)
    if not rows:
        raise NotFound(f"no facility {name!r} with visible events")
    return rows


def organisation_list(session: Session, viewer: Viewer) -> list[Organisation]:
    return list(session.scalars(select(Organisation).where(
        Organisation.sensitivity.in_(visible_levels(viewer))).order_by(Organisation.name)))


@dataclass
class OrganisationView:
    id: str
    name: str
    kind: str | None
    events: list[EventRow]
    documents: list[DocumentRef]


def organisation_view(session: Session, viewer: Viewer, org_id: str) -> OrganisationView:
    org = session.get(Organisation, org_id)
    if org is None or not allowed(viewer, org.sensitivity):
        raise NotFound(f"no organisation {org_id!r}")
    events = _event_rows(session, viewer, or_(Event.agency == org.name, Event.court == org.name))
    doc_ids = set(session.scalars(select(Mention.document_id).where(
        Mention.organisation_id == org.id).distinct()))
    docs = session.execute(select(Document.id, Document.title, Document.publisher,
                                  Document.published).where(
        Document.id.in_(doc_ids), Document.sensitivity.in_(visible_levels(viewer))))
    return OrganisationView(org.id, org.name, org.kind, events, [DocumentRef(*d) for d in docs])


def event_rows(session: Session, viewer: Viewer, event_type: str | None = None,
               limit: int = 50, offset: int = 0) -> tuple[list[EventRow], int]:
    where = [Event.type == event_type] if event_type else []
    count = session.scalar(select(func.count()).select_from(Event).join(
        Person, Person.id == Event.person_id).where(
        visible_events(viewer), visible_persons(viewer), *where)) or 0
    stmt_rows = _event_rows(session, viewer, *where, limit=limit + offset)
    return stmt_rows[offset:], count
