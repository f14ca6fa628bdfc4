"""The JSON export contract (``shared/eval/FORMAT.md``, format_version 1), built in bulk.

Persons are exported per real person (per ``canonical_id``), with every spelling and
mention of all their records; events keep their sources (document, quote, span).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from izde.store.models import Claim, Document, Event, Mention, Person, PersonName, Place, Relation

FORMAT_VERSION = 1
SYMMETRIC = {"sibling", "spouse", "relative", "colleague", "other"}
INVERSE = {"parent": "child", "child": "parent"}


def build_export(s: Session) -> dict[str, Any]:
    persons = list(s.scalars(select(Person)))
    canon = {p.id: p.canonical_id for p in persons}
    return {
        "format_version": FORMAT_VERSION,
        "documents": [_document(d) for d in s.scalars(select(Document).order_by(Document.id))],
        "persons": _persons(s, persons, canon),
        "places": _places(s),
        "events": _events(s, canon),
    }


def _document(d: Document) -> dict[str, Any]:
    return {"id": d.id, "filename": d.filename, "title": d.title, "publisher": d.publisher,
            "url": d.url, "published": d.published, "sha256": d.sha256}


def _persons(s: Session, persons: list[Person], canon: dict[str, str]) -> list[dict[str, Any]]:
    clusters: dict[str, list[Person]] = defaultdict(list)
    for p in persons:
        clusters[p.canonical_id].append(p)
    names = _grouped((n.person_id, n.name)  # whole rows: confidential names are decrypted
                     for n in s.scalars(select(PersonName).order_by(PersonName.id)))
    mentions = _grouped(s.execute(select(Mention.person_id, Mention).where(
        Mention.kind == "person").order_by(Mention.document_id, Mention.start)))
    relations = _relations(s, canon)
    out = []
    for cid in sorted(clusters):
        out.append(_person(cid, clusters[cid], names, mentions, relations.get(cid, [])))
    return out


def _grouped(rows: Any) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = defaultdict(list)
    for key, value in rows:
        out[key].append(value)
    return out


def _person(cid: str, records: list[Person], names: dict[Any, list[Any]],
            mentions: dict[Any, list[Any]], relations: list[dict[str, str]]) -> dict[str, Any]:
    all_names = list(dict.fromkeys(n for r in records for n in names.get(r.id, [])))
    return {
        "id": cid,
        "name": display_name(records),
        "names": all_names,
        "roles": sorted({role for r in records for role in r.roles or []}),
        "gender": _first(r.gender for r in records),
        "ethnicity": _first(r.ethnicity for r in records),
        "birth_year": _first(r.birth_year for r in records),
        "citizenship": sorted({c for r in records for c in r.citizenship or []}),
        "occupation": _first(r.occupation for r in records),
        "mentions": [{"document": m.document_id, "text": m.text, "start": m.start, "end": m.end}
                     for r in records for m in mentions.get(r.id, [])],
        "relations": relations,
    }


def display_name(records: list[Person]) -> str:
    """The fullest Latin-script name among the records (most words, then most frequent)."""
    counts: dict[str, int] = defaultdict(int)
    for r in records:
        counts[r.name] += 1
    return max(counts, key=lambda n: (n.isascii(), len(n.split()), counts[n], -len(n)))


def _first(values: Any) -> Any:
    return next((v for v in values if v is not None), None)


def _relations(s: Session, canon: dict[str, str]) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    for r in s.scalars(select(Relation).where(Relation.status != "rejected")):
        a, b = canon.get(r.subject_id), canon.get(r.object_id)
        if not a or not b or a == b:
            continue
        pairs = [(a, r.type, b)]
        if r.type in SYMMETRIC:
            pairs.append((b, r.type, a))
        elif r.type in INVERSE:
            pairs.append((b, INVERSE[r.type], a))
        for x, t, y in pairs:
            if (x, t, y) not in seen:
                seen.add((x, t, y))
                out[x].append({"type": t, "person": y})
    return out


def _places(s: Session) -> list[dict[str, Any]]:
    return [{"id": p.id, "name": p.name, "names": [n.name for n in p.names], "kind": p.kind,
             "country": p.country, "parent": p.parent_id, "lat": p.lat, "lon": p.lon}
            for p in s.scalars(select(Place).order_by(Place.id))]


def _events(s: Session, canon: dict[str, str]) -> list[dict[str, Any]]:
    sources = _grouped(s.execute(select(Claim.subject_id, Claim).where(
        Claim.subject_kind == "event", Claim.property == "occurred",
        Claim.status != "rejected").order_by(Claim.document_id, Claim.start)))
    out = []
    for e in s.scalars(select(Event).where(Event.status != "rejected").order_by(Event.id)):
        out.append({
            "id": e.id, "type": e.type, "person": canon.get(e.person_id, e.person_id),
            "date": e.date, "place": e.place_id, "facility": e.facility, "agency": e.agency,
            "court": e.court, "charge": e.charge, "charge_text": e.charge_text,
            "sentence_years": e.sentence_years,
            "sources": [{"document": c.document_id, "quote": c.quote, "start": c.start,
                         "end": c.end} for c in sources.get(e.id, [])],
        })
    return out
