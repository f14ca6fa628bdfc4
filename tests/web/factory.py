"""A small database built row by row, as extraction and resolution would leave it.

Two reports of one Kazakh man (Latin and Cyrillic spellings, one canonical person) who was
detained in a county of Ili prefecture and sentenced; the reports disagree on the sentence
(9 vs 10 years). A second, unrelated person; a pending merge proposal; a relative.
Names are invented.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from izde.resolve.names import detect_script, latinize, name_key
from izde.store.ids import make_id
from izde.store.models import (
    Claim,
    Document,
    Event,
    Judgement,
    Mention,
    Person,
    PersonName,
    Place,
    Relation,
)

BODY_A = ("Serik Tolegenuly, 44, a Kazakh herder, was detained in Nilka county in March 2018. "
          "In 2019 Serik Tolegenuly was sentenced to 10 years in prison for \"extremism\". "
          "His daughter Aigerim Serikkyzy spoke to reporters.")
BODY_B = ("Серік Төлегенұлы was sentenced to 9 years in prison, his relatives said. "
          "He had been detained in 2018.")


def _doc(s: Session, n: int, title: str, body: str, publisher: str, published: str,
         sensitivity: str) -> Document:
    doc = Document(id=f"doc_{n:016x}", sha256=f"{n:064x}", filename=f"r{n}.txt",
                   media_type="text/plain", size=len(body), original=body.encode(), body=body,
                   title=title, publisher=publisher, published=published, language="en",
                   sensitivity=sensitivity, notes=[])
    s.add(doc)
    return doc


def _person(s: Session, pid: str, cid: str, doc: Document, name: str, names: list[str],
            sensitivity: str, **attrs: Any) -> Person:
    p = Person(id=pid, canonical_id=cid, document_id=doc.id, name=name,
               sensitivity=sensitivity, roles=attrs.pop("roles", ["victim"]), **attrs)
    for n in dict.fromkeys([name, *names]):
        p.names.append(PersonName(name=n, script=detect_script(n), latin=latinize(n),
                                  key=name_key(n), sensitivity=sensitivity))
    s.add(p)
    return p


def _claim(s: Session, kind: str, subject: str, prop: str, value: Any, doc: Document,
           quote: str, confidence: float = 0.8, status: str = "proposed") -> Claim:
    start = doc.body.find(quote)
    c = Claim(id=make_id("clm", kind, subject, prop, value, doc.id), subject_kind=kind,
              subject_id=subject, property=prop, value=value, document_id=doc.id,
              start=start, end=start + len(quote), quote=quote, confidence=confidence,
              status=status, sensitivity=doc.sensitivity, extractor="test.v1")
    s.add(c)
    return c


def _places(s: Session) -> None:
    s.add_all([
        Place(id="cn", name="China", kind="country", country="CN", lat=35.0, lon=103.0,
              source="gazetteer"),
        Place(id="cn-xj-ili", name="Ili", kind="prefecture", country="CN", parent_id="cn",
              lat=43.9, lon=81.3, source="gazetteer"),
        Place(id="cn-xj-nilka", name="Nilka", kind="county", country="CN",
              parent_id="cn-xj-ili", lat=43.8, lon=82.5, source="gazetteer"),
        Place(id="cn-xj-altay", name="Altay", kind="prefecture", country="CN", parent_id="cn",
              lat=47.8, lon=88.1, source="gazetteer"),
    ])


def populate(s: Session, sensitivity: str = "restricted") -> dict[str, str]:
    """Fill an empty database; returns the ids tests refer to."""
    _places(s)
    a = _doc(s, 1, "Herder detained and sentenced", BODY_A, "Example Wire", "2019-06-01",
             sensitivity)
    b = _doc(s, 2, "Relatives report sentence", BODY_B, "Another Outlet", "2019-07-15",
             sensitivity)
    serik_a = _person(s, "per_a", "per_a", a, "Serik Tolegenuly", [], sensitivity,
                      ethnicity="Kazakh", birth_year=1975)
    _person(s, "per_b", "per_a", b, "Серік Төлегенұлы", [], sensitivity, ethnicity="Kazakh")
    _person(s, "per_c", "per_c", a, "Aigerim Serikkyzy", [], sensitivity, roles=["relative"])
    _person(s, "per_d", "per_d", b, "Nurlan Bekov", [], sensitivity)
    s.flush()
    det = Event(id="evt_det", person_id="per_a", document_id=a.id, type="detention",
                date="2018-03", place_id="cn-xj-nilka", sensitivity=sensitivity)
    sen_a = Event(id="evt_sen_a", person_id="per_a", document_id=a.id, type="sentencing",
                  date="2019", charge="extremism", sentence_years=10.0,
                  sensitivity=sensitivity)
    sen_b = Event(id="evt_sen_b", person_id="per_b", document_id=b.id, type="sentencing",
                  sentence_years=9.0, sensitivity=sensitivity)
    s.add_all([det, sen_a, sen_b])
    s.add(Relation(id="rel_1", subject_id="per_c", type="child", object_id="per_a",
                   document_id=a.id))
    s.flush()
    quote_det = "was detained in Nilka county in March 2018"
    quote_sen = "was sentenced to 10 years in prison"
    _claim(s, "event", "evt_det", "occurred", "detention", a, quote_det, 0.9)
    _claim(s, "event", "evt_sen_a", "occurred", "sentencing", a, quote_sen, 0.9)
    ten = _claim(s, "event", "evt_sen_a", "sentence_years", 10.0, a, quote_sen, 0.7)
    _claim(s, "event", "evt_sen_b", "occurred", "sentencing", b,
           "was sentenced to 9 years in prison", 0.9)
    nine = _claim(s, "event", "evt_sen_b", "sentence_years", 9.0, b,
                  "was sentenced to 9 years in prison", 0.6)
    _claim(s, "person", "per_a", "ethnicity", "Kazakh", a, "a Kazakh herder", 0.8)
    _claim(s, "person", "per_a", "age", 44, a, "Serik Tolegenuly, 44", 0.8)
    s.add_all([Mention(document_id=a.id, start=0, end=16, text="Serik Tolegenuly",
                       kind="person", person_id=serik_a.id),
               Mention(document_id=a.id, start=BODY_A.find("Nilka"),
                       end=BODY_A.find("Nilka") + 5, text="Nilka", kind="place",
                       place_id="cn-xj-nilka")])
    s.add(Judgement(left_id="per_c", right_id="per_d", judgement="unsure", status="pending",
                    score=0.55, explanation={"names": "partial"}, origin="auto"))
    s.flush()
    return {"person": "per_a", "other": "per_d", "doc_a": a.id, "doc_b": b.id,
            "claim_10": ten.id, "claim_9": nine.id}
