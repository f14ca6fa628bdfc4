"""Turning one document's `Extraction` into rows: persons, names, mentions, events, claims.

Ids are deterministic (document + content), so loading the same extraction twice changes
nothing, and re-extraction after an upgrade replaces only what no person has reviewed:
unreviewed machine claims, mentions, and entities that nothing reviewed refers to.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import delete, exists, or_, select, true
from sqlalchemy.orm import Session

from izde.extract.model import Evidence, ExtractedEvent, ExtractedPerson, Extraction
from izde.protect.defaults import Defaults
from izde.store import current
from izde.store.ids import make_id
from izde.store.models import (
    Claim,
    Document,
    Event,
    Judgement,
    Mention,
    Organisation,
    Person,
    PersonName,
    Place,
    PlaceName,
    Relation,
)
from izde.store.places import ensure_place

EVENT_FIELDS = ("date", "place", "facility", "agency", "court", "charge", "charge_text",
                "sentence_years", "sentence_kind")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    return " ".join(s.split())


class Loader:
    """Writes one extraction for one document inside the caller's transaction."""

    def __init__(self, session: Session, doc: Document, ex: Extraction) -> None:
        self.s, self.doc, self.ex = session, doc, ex
        self.person_ids: dict[str, str] = {}
        self.place_ids: dict[str, str] = {}
        self.defaults = Defaults(session, doc)
        self.claim_ids: set[str] = set()  # claims of this document already in the session

    def run(self) -> None:
        if _has_output(self.s, self.doc.id):  # a re-extraction; a new document has none
            clear_machine_output(self.s, self.doc.id)
            # What survived is reviewed work; one query instead of one per claim.
            self.claim_ids = set(self.s.scalars(select(Claim.id).where(
                Claim.document_id == self.doc.id)))
        for p in self.ex.persons:
            self.person_ids[p.key] = self._person(p)
        for pl in self.ex.places:
            self.place_ids[pl.key] = self._place(pl.key)
        for org in self.ex.organisations:
            self._organisation(org.name, org.mentions)
        for rel in self.ex.relations:
            self._relation(rel.subject, rel.type, rel.object, rel.evidence)
        for ev in self.ex.events:
            self._event(ev)
        self.s.flush()
        for pid in set(self.person_ids.values()):
            current.refresh_person(self.s, pid)

    # -- claims -------------------------------------------------------------------------
    def claim(self, kind: str, subject: str, prop: str, value: Any, ev: Evidence | None,
              value_text: str | None = None) -> None:
        start, end = (ev.start, ev.end) if ev else (None, None)
        cid = make_id("clm", kind, subject, prop, value, self.doc.id, start, end)
        if cid in self.claim_ids:  # reviewed claims survive re-extraction; no duplicates
            return
        self.claim_ids.add(cid)
        self.s.add(Claim(
            id=cid, subject_kind=kind, subject_id=subject, property=prop, value=value,
            value_text=value_text, document_id=self.doc.id, start=start, end=end,
            quote=ev.quote if ev else None, extractor=self.ex.extractor,
            confidence=ev.confidence if ev else 0.5,
            sensitivity=self.defaults.of(kind, prop, value=value, subject_id=subject),
        ))

    # -- entities -----------------------------------------------------------------------
    def _person(self, p: ExtractedPerson) -> str:
        pid = make_id("per", self.doc.id, norm(p.name))
        person = self.s.get(Person, pid)
        if person is None:
            person = Person(id=pid, canonical_id=pid, document_id=self.doc.id, name=p.name,
                            sensitivity=self.defaults.of("person", "name", subject_id=pid))
            self.s.add(person)
            self.s.flush()
        _add_names(self.s, person, [p.name, *p.names])
        for m in p.mentions:
            self.s.add(Mention(document_id=self.doc.id, start=m.start, end=m.end, text=m.text,
                               kind="person", person_id=pid, sensitivity=self.doc.sensitivity))
        first = p.mentions[0] if p.mentions else None
        name_ev = Evidence(first.start, first.end, first.text, 0.9) if first else None
        self.claim("person", pid, "name", p.name, name_ev)
        for r in p.roles:
            self.claim("person", pid, "role", r.role, r.evidence)
        for a in p.attributes:
            self._attribute(pid, a.property, a.value, a.evidence)
        return pid

    def _attribute(self, pid: str, prop: str, value: Any, ev: Evidence) -> None:
        self.claim("person", pid, prop, value, ev)
        if prop == "age" and isinstance(value, int | float) and self.doc.published:
            year = int(self.doc.published[:4])
            self.claim("person", pid, "birth_year", year - int(value), ev,
                       value_text=f"aged {value} in {year}")

    def _place(self, key: str) -> str:
        pl = next(x for x in self.ex.places if x.key == key)
        place = ensure_place(self.s, pl.gazetteer_id, pl.name, pl.kind,
                             sensitivity=self.doc.sensitivity)
        written = {m.text for m in pl.mentions}
        _add_place_names(self.s, place, written)
        for m in pl.mentions:
            self.s.add(Mention(document_id=self.doc.id, start=m.start, end=m.end, text=m.text,
                               kind="place", place_id=place.id, sensitivity=self.doc.sensitivity))
        return place.id

    def _organisation(self, name: str, mentions: list[Any]) -> None:
        oid = make_id("org", norm(name))
        org = self.s.get(Organisation, oid)
        if org is None:
            self.s.add(Organisation(id=oid, name=name, sensitivity=self.doc.sensitivity))
            self.s.flush()
        elif _rank(self.doc.sensitivity) < _rank(org.sensitivity):
            org.sensitivity = self.doc.sensitivity  # named by a less sensitive document
        for m in mentions:
            self.s.add(Mention(document_id=self.doc.id, start=m.start, end=m.end, text=m.text,
                               kind="organisation", organisation_id=oid,
                               sensitivity=self.doc.sensitivity))

    def _relation(self, subj: str, rtype: str, obj: str, ev: Evidence) -> None:
        a, b = self.person_ids.get(subj), self.person_ids.get(obj)
        if not a or not b or a == b:
            return
        rid = make_id("rel", self.doc.id, a, rtype, b)
        if self.s.get(Relation, rid) is None:
            self.s.add(Relation(id=rid, subject_id=a, type=rtype, object_id=b,
                                document_id=self.doc.id, sensitivity=self.doc.sensitivity))
        self.claim("relation", rid, "relation", rtype, ev)

    def _event(self, ev: ExtractedEvent) -> None:
        pid = self.person_ids.get(ev.person)
        if pid is None or not ev.evidence:
            return
        eid = make_id("evt", self.doc.id, pid, ev.type)
        if self.s.get(Event, eid) is None:
            self.s.add(Event(id=eid, person_id=pid, document_id=self.doc.id, type=ev.type,
                             sensitivity=self.defaults.of("event", ev.type)))
            self.s.flush()
        for e in ev.evidence:
            self.claim("event", eid, "occurred", ev.type, e)
        values = _event_values(ev, self.place_ids)
        for prop in EVENT_FIELDS:
            if values.get(prop) is not None:
                text = ev.date_text if prop == "date" else None
                self.claim("event", eid, prop, values[prop], ev.evidence[0], value_text=text)
        current.refresh_event(self.s, eid)


def _rank(level: str) -> int:
    levels = ("public", "restricted", "confidential")
    return levels.index(level) if level in levels else len(levels)


def _event_values(ev: ExtractedEvent, place_ids: dict[str, str]) -> dict[str, Any]:
    return {"date": ev.date, "place": place_ids.get(ev.place or ""), "facility": ev.facility,
            "agency": ev.agency, "court": ev.court, "charge": ev.charge,
            "charge_text": ev.charge_text, "sentence_years": ev.sentence_years,
            "sentence_kind": ev.sentence_kind}


def _add_names(s: Session, person: Person, names: list[str]) -> None:
    from izde.resolve.names import detect_script, latinize, name_key

    have = {n.name for n in person.names}
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        if name not in have:
            person.names.append(PersonName(name=name, script=detect_script(name),
                                           latin=latinize(name), key=name_key(name),
                                           sensitivity=person.sensitivity))
            have.add(name)


def _add_place_names(s: Session, place: Place, names: set[str]) -> None:
    from izde.resolve.names import detect_script

    have = {n.name for n in place.names}
    for name in sorted(names - have):
        place.names.append(PlaceName(name=name, script=detect_script(name), key=norm(name),
                                     sensitivity=place.sensitivity))


def _has_output(s: Session, doc_id: str) -> bool:
    """Whether anything was loaded from this document before (one indexed probe per table):
    ingest skips clearing, which is most of the storing work for a new document."""
    probes = [exists().where(m.document_id == doc_id)
              for m in (Claim, Mention, Person, Event, Relation)]
    return bool(s.scalar(select(or_(*probes))))


def clear_machine_output(s: Session, doc_id: str) -> None:
    """Remove what extraction made from this document that no person has reviewed."""
    s.execute(delete(Claim).where(Claim.document_id == doc_id, Claim.status == "proposed",
                                  Claim.origin == "machine", Claim.reviewed_by.is_(None)))
    s.execute(delete(Mention).where(Mention.document_id == doc_id))
    reviewed = set(s.scalars(select(Claim.subject_id).where(Claim.document_id == doc_id)))
    for model in (Event, Relation):
        s.execute(delete(model).where(model.document_id == doc_id,
                                      model.id.not_in(reviewed) if reviewed else true()))
    kept = _persons_still_needed(s, doc_id, reviewed)
    s.execute(delete(Person).where(Person.document_id == doc_id, Person.origin == "machine",
                                   Person.id.not_in(kept) if kept else true()))
    s.flush()


def _persons_still_needed(s: Session, doc_id: str, reviewed: set[str]) -> set[str]:
    kept = set(reviewed)
    kept |= set(s.scalars(select(Event.person_id).where(Event.document_id == doc_id)))
    for col in (Relation.subject_id, Relation.object_id):
        kept |= set(s.scalars(select(col).where(Relation.document_id == doc_id)))
    for col in (Judgement.left_id, Judgement.right_id):
        kept |= set(s.scalars(select(col).where(Judgement.origin == "human")))
    return kept


def load_extraction(session: Session, doc: Document, ex: Extraction) -> None:
    Loader(session, doc, ex).run()
