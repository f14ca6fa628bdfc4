"""Small helpers that write hand-made records straight into a store (no extraction)."""

from __future__ import annotations

import hashlib
import itertools
from typing import Any

from sqlalchemy.orm import Session

from izde.store.models import Claim, Document, Event, Person, PersonName

_ids = itertools.count(1)


def uid(prefix: str) -> str:
    return f"{prefix}_{next(_ids):06d}"


def document(s: Session, sensitivity: str = "public", title: str = "A report",
             body: str = "Body text.", original: bytes | None = None) -> Document:
    data = original if original is not None else f"{body}\n{uid('n')}".encode()
    sha = hashlib.sha256(data).hexdigest()
    doc = Document(id=uid("doc"), sha256=sha, filename=f"{uid('f')}.txt",
                   media_type="text/plain", size=len(data), original=data, body=body,
                   title=title, sensitivity=sensitivity)
    s.add(doc)
    s.flush()
    return doc


def person(s: Session, name: str, doc: Document | None, sensitivity: str = "public",
           name_sensitivity: str | None = None, canonical_id: str | None = None) -> Person:
    pid = uid("per")
    p = Person(id=pid, canonical_id=canonical_id or pid, name=name,
               document_id=doc.id if doc else None, sensitivity=sensitivity)
    p.names.append(PersonName(name=name, latin=name.lower(), key=name.lower(),
                              sensitivity=name_sensitivity or sensitivity))
    s.add(p)
    s.flush()
    return p


def claim(s: Session, kind: str, subject: str, prop: str, value: Any,
          doc: Document | None, sensitivity: str = "public", quote: str | None = None,
          status: str = "proposed") -> Claim:
    c = Claim(id=uid("clm"), subject_kind=kind, subject_id=subject, property=prop, value=value,
              document_id=doc.id if doc else None, quote=quote, sensitivity=sensitivity,
              status=status, start=0, end=len(quote or ""))
    s.add(c)
    s.flush()
    return c


def event(s: Session, who: Person, doc: Document | None, type_: str = "detention",
          sensitivity: str = "public", quote: str = "was detained",
          claim_sensitivity: str | None = None) -> Event:
    e = Event(id=uid("evt"), person_id=who.id, document_id=doc.id if doc else None, type=type_,
              sensitivity=sensitivity)
    s.add(e)
    s.flush()
    claim(s, "event", e.id, "occurred", type_, doc, claim_sensitivity or sensitivity, quote)
    return e
