"""The public export: the JSON contract with nothing above ``public`` in it.

What goes in: documents marked public; persons with at least one public record, named as
their identity level allows (full, partial, or a pseudonym with a pseudonymous id); each
attribute, relation and event computed from *public claims only* (in public documents or
entered by hand), never from the stored current values, which may rest on restricted
evidence. Places are coarsened to the person's location precision; facilities are shown
only at "exact", courts down to "prefecture". Every free text that is published (quotes,
titles, charge texts) has the spellings of every person not shown in full, and the
non-public personal values (contact details, residences, occupations...), replaced.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from izde.errors import ConfigError
from izde.export.contract import FORMAT_VERSION, INVERSE, SYMMETRIC
from izde.protect.names import WITHHELD, best_name, partial_name, pseudonym, pseudonymous_id
from izde.protect.places import coarsen_place
from izde.protect.privacy import DEFAULT, Privacy, privacy_map
from izde.store import current
from izde.store.models import Claim, Document, Event, Mention, Person, PersonName, Place

PUBLIC = "public"
_CLOSED_VOCABULARY = {"gender", "ethnicity", "citizenship", "role", "relation", "occurred",
                      "type", "charge", "sentence_kind", "sentence_years", "date", "age",
                      "birth_year"}
_MIN_REDACT = 3


@dataclass
class PublicPerson:
    cid: str
    public_id: str
    name: str
    privacy: Privacy
    records: list[Person]
    names: list[str] = field(default_factory=list)


class PublicExport:
    """Builds the public export from one session; see module docstring."""

    def __init__(self, s: Session, secret: bytes | None = None) -> None:
        self.s, self.secret = s, secret
        self.docs = list(s.scalars(select(Document).where(Document.sensitivity == PUBLIC)
                                   .order_by(Document.id)))
        self.doc_ids = {d.id for d in self.docs}
        self.claims = self._public_claims()
        self.privacy = privacy_map(s)
        self.persons = self._persons()
        self.by_record = {r.id: p for p in self.persons.values() for r in p.records}
        self.redactions = self._redactions()
        self.place_ids: set[str] = set()
        self.relations: list[Any] | None = None

    # -- selection ------------------------------------------------------------------------
    def _public_claims(self) -> dict[tuple[str, str], dict[str, list[Claim]]]:
        out: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(
            lambda: defaultdict(list))
        for c in self.s.scalars(select(Claim).where(Claim.sensitivity == PUBLIC,
                                                    Claim.status != "rejected")):
            if c.document_id is None or c.document_id in self.doc_ids:
                out[(c.subject_kind, c.subject_id)][c.property].append(c)
        return out

    def _visible_record(self, p: Person) -> bool:
        return p.sensitivity == PUBLIC and (p.document_id is None
                                            or p.document_id in self.doc_ids)

    def _persons(self) -> dict[str, PublicPerson]:
        clusters: dict[str, list[Person]] = defaultdict(list)
        for p in self.s.scalars(select(Person).order_by(Person.id)):
            if self._visible_record(p):
                clusters[p.canonical_id].append(p)
        public_names = _names_by_record(self.s, {p.id for ps in clusters.values() for p in ps})
        return {cid: self._present(cid, recs, public_names) for cid, recs in clusters.items()}

    def _present(self, cid: str, records: list[Person],
                 names: dict[str, list[str]]) -> PublicPerson:
        privacy = self.privacy.get(cid, DEFAULT)
        spellings = list(dict.fromkeys(n for r in records for n in names.get(r.id, [])))
        best = best_name(spellings)
        if privacy.identity == "full" and best:
            return PublicPerson(cid, cid, best, privacy, records, spellings)
        if privacy.identity == "partial" and best:
            short = partial_name(best)
            return PublicPerson(cid, pseudonymous_id(cid, self.secret), short, privacy,
                                records, [short])
        return PublicPerson(cid, pseudonymous_id(cid, self.secret), pseudonym(cid, self.secret),
                            privacy, records, [])

    # -- redaction -------------------------------------------------------------------------
    def _redactions(self) -> list[tuple[re.Pattern[str], str]]:
        """(pattern, replacement) for every private string, longest first."""
        shown = {n for p in self.persons.values() if p.privacy.identity == "full"
                 for n in p.names}
        private: dict[str, str] = {}
        for n in self.s.scalars(select(PersonName)):
            self._hide(private, _plain(n.name), self.by_record.get(n.person_id), shown)
        for p in self.s.scalars(select(Person)):
            self._hide(private, _plain(p.name), self.by_record.get(p.id), shown)
        for value in self._private_values():
            private.setdefault(value, WITHHELD)
        ordered = sorted(private.items(), key=lambda kv: -len(kv[0]))
        return [(re.compile(re.escape(k), re.IGNORECASE), v) for k, v in ordered]

    def _hide(self, private: dict[str, str], name: str | None, person: PublicPerson | None,
              shown: set[str]) -> None:
        if not name or len(name.strip()) < _MIN_REDACT or name in shown:
            return
        replacement = person.name if person and person.privacy.identity != "full" else WITHHELD
        private.setdefault(name.strip(), replacement)
        for word in name.split():  # "Auelkhan" alone in a later sentence
            if len(word) >= 4 and word not in " ".join(shown):
                private.setdefault(word, replacement)

    def _private_values(self) -> set[str]:
        out: set[str] = set()
        for c in self.s.scalars(select(Claim).where(Claim.sensitivity != PUBLIC)):
            if c.property in _CLOSED_VOCABULARY:
                continue
            out |= {_plain(v).strip() for v in (c.value, c.value_text)
                    if isinstance(v, str) and len(v.strip()) >= _MIN_REDACT}
        return out

    def redact(self, text: str | None) -> str | None:
        if text is None:
            return None
        for pattern, replacement in self.redactions:
            text = pattern.sub(replacement, text)
        return text

    # -- output ----------------------------------------------------------------------------
    def build(self) -> dict[str, Any]:
        persons = [self._person(p) for p in sorted(self.persons.values(),
                                                   key=lambda p: p.public_id)]
        events = self._events()
        return {"format_version": FORMAT_VERSION, "public": True,
                "documents": [self._document(d) for d in self.docs],
                "persons": persons, "places": self._places(), "events": events}

    def _document(self, d: Document) -> dict[str, Any]:
        return {"id": d.id, "filename": self.redact(d.filename), "title": self.redact(d.title),
                "publisher": d.publisher, "url": d.url, "published": d.published,
                "sha256": d.sha256}

    def _values(self, kind: str, ids: list[str]) -> dict[str, list[Claim]]:
        merged: dict[str, list[Claim]] = defaultdict(list)
        for i in ids:
            for prop, cs in self.claims.get((kind, i), {}).items():
                merged[prop].extend(cs)
        return merged

    def _person(self, p: PublicPerson) -> dict[str, Any]:
        claims = self._values("person", [r.id for r in p.records])
        return {
            "id": p.public_id, "name": p.name, "names": p.names,
            "roles": sorted({str(v) for v in current.values(claims.get("role", []))}),
            "gender": current.choose(claims.get("gender", [])),
            "ethnicity": current.choose(claims.get("ethnicity", [])),
            "birth_year": current.choose(claims.get("birth_year", [])),
            "citizenship": sorted({str(v) for v in current.values(claims.get("citizenship",
                                                                              []))}),
            "occupation": self.redact(current.choose(claims.get("occupation", []))),
            "mentions": self._mentions(p), "relations": self._relations(p),
        }

    def _mentions(self, p: PublicPerson) -> list[dict[str, Any]]:
        if p.privacy.identity != "full" or not self.doc_ids:
            return []
        rows = self.s.scalars(select(Mention).where(
            Mention.person_id.in_([r.id for r in p.records]),
            Mention.document_id.in_(self.doc_ids)).order_by(Mention.document_id, Mention.start))
        return [{"document": m.document_id, "text": self.redact(m.text), "start": m.start,
                 "end": m.end} for m in rows]

    def _relations(self, p: PublicPerson) -> list[dict[str, str]]:
        from izde.store.models import Relation

        if self.relations is None:
            self.relations = [r for r in self.s.scalars(
                select(Relation).where(Relation.status != "rejected").order_by(Relation.id))
                if self.claims.get(("relation", r.id))]
        record_ids = [r.id for r in p.records]
        out: list[dict[str, str]] = []
        for r in self.relations:
            pair = self._relation_pair(r, record_ids)
            if pair and pair not in out:
                out.append(pair)
        return out

    def _relation_pair(self, r: Any, mine: list[str]) -> dict[str, str] | None:
        if r.subject_id in mine:
            other, rtype = self.by_record.get(r.object_id), r.type
        elif r.object_id in mine:
            other = self.by_record.get(r.subject_id)
            rtype = r.type if r.type in SYMMETRIC else INVERSE.get(r.type, r.type)
        else:
            return None
        return {"type": rtype, "person": other.public_id} if other else None

    def _events(self) -> list[dict[str, Any]]:
        out = []
        for e in self.s.scalars(select(Event).where(Event.sensitivity == PUBLIC,
                                                    Event.status != "rejected")
                                .order_by(Event.id)):
            person = self.by_record.get(e.person_id)
            if person is None or (e.document_id and e.document_id not in self.doc_ids):
                continue
            claims = self._values("event", [e.id])
            if claims.get("occurred"):
                out.append(self._event(e, person, claims))
        return out

    def _event(self, e: Event, person: PublicPerson,
               claims: dict[str, list[Claim]]) -> dict[str, Any]:
        level = person.privacy.location
        place = coarsen_place(current.choose(claims.get("place", [])), level, self.s)
        if place:
            self.place_ids.add(place)

        def pick(prop: str) -> Any:
            return current.choose(claims.get(prop, []))

        return {
            "id": e.id, "type": e.type, "person": person.public_id, "date": pick("date"),
            "place": place,
            "facility": self.redact(pick("facility")) if level == "exact" else None,
            "agency": self.redact(pick("agency")),
            "court": self.redact(pick("court")) if level in ("exact", "county", "prefecture")
            else None,
            "charge": pick("charge"), "charge_text": self.redact(pick("charge_text")),
            "sentence_years": pick("sentence_years"),
            "sources": [{"document": c.document_id, "quote": self.redact(c.quote),
                         "start": c.start, "end": c.end}
                        for c in sorted(claims["occurred"],
                                        key=lambda c: (c.document_id or "", c.start or 0))],
        }

    def _places(self) -> list[dict[str, Any]]:
        ids = set(self.place_ids)
        for pid in list(ids):
            ids |= _ancestors(self.s, pid)
        rows = self.s.scalars(select(Place).where(Place.id.in_(ids)).order_by(Place.id))
        return [{"id": p.id, "name": p.name, "names": [n.name for n in p.names],
                 "kind": p.kind, "country": p.country, "parent": p.parent_id, "lat": p.lat,
                 "lon": p.lon} for p in rows]


def _plain(value: Any) -> Any:
    """A value as stored, refusing ciphertext: redaction must know every private string."""
    from izde import crypto

    if crypto.is_encrypted(value):
        raise ConfigError("the public export needs the encryption key (IZDE_KEY_FILE) to "
                          "find and redact confidential names in published text")
    return value


def _names_by_record(s: Session, record_ids: set[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    if not record_ids:
        return out
    for n in s.scalars(select(PersonName).where(PersonName.person_id.in_(record_ids),
                                                PersonName.sensitivity == PUBLIC)
                       .order_by(PersonName.id)):
        out[n.person_id].append(n.name)
    return out


def _ancestors(s: Session, place_id: str) -> set[str]:
    out: set[str] = set()
    place = s.get(Place, place_id)
    while place is not None and place.parent_id and place.parent_id not in out:
        out.add(place.parent_id)
        place = s.get(Place, place.parent_id)
    return out


def build_public_export(s: Session, secret: bytes | None = None) -> dict[str, Any]:
    """The public export as a dict (the JSON contract, plus ``"public": true``)."""
    return PublicExport(s, secret).build()
