"""`izde export --public`: nothing above public, names and places as privacy allows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.orm import Session

from izde.export.public import build_public_export
from izde.protect.privacy import set_privacy
from izde.store.engine import Store
from izde.store.models import PersonName, Place

from . import builders as b

SECRET = b"k" * 32


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    store = Store(db_url)
    with store.session() as s:
        yield s
    store.close()


def export(s: Session) -> dict[str, Any]:
    s.flush()
    return build_public_export(s, SECRET)


def dumped(s: Session) -> str:
    return json.dumps(export(s), ensure_ascii=False)


def test_restricted_document_is_left_out(session: Session) -> None:
    b.document(session, "restricted", title="Internal memo")
    assert export(session)["documents"] == []


def test_public_document_is_kept(session: Session) -> None:
    doc = b.document(session, "public", title="RFA report")
    assert [d["id"] for d in export(session)["documents"]] == [doc.id]


def test_person_with_only_restricted_records_is_left_out(session: Session) -> None:
    doc = b.document(session)
    b.person(session, "Zhanar Ospan", doc, sensitivity="restricted")
    assert export(session)["persons"] == []


def test_restricted_spelling_of_a_public_person_is_left_out(session: Session) -> None:
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    p.names.append(PersonName(name="Жанар", latin="zhanar", key="zhanar",
                                sensitivity="restricted"))
    assert export(session)["persons"][0]["names"] == ["Zhanar Ospan"]


def test_attribute_from_a_restricted_claim_is_not_shown(session: Session) -> None:
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    p.occupation = "imam"  # the stored current value, computed from every claim
    b.claim(session, "person", p.id, "occupation", "imam", doc, "restricted")
    person = export(session)["persons"][0]
    assert person["occupation"] is None and "imam" not in dumped(session)


def test_attribute_from_a_public_claim_is_shown(session: Session) -> None:
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    b.claim(session, "person", p.id, "occupation", "teacher", doc, "public")
    assert export(session)["persons"][0]["occupation"] == "teacher"


def test_partial_identity_shows_given_name_and_initial(session: Session) -> None:
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    set_privacy(session, p.canonical_id, "tester", identity="partial")
    person = export(session)["persons"][0]
    assert person["name"] == "Zhanar O." and "Ospan" not in dumped(session)


def test_anonymous_person_has_pseudonym_and_no_canonical_id(session: Session) -> None:
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    set_privacy(session, p.canonical_id, "tester", identity="anonymous")
    text = dumped(session)
    assert export(session)["persons"][0]["name"].startswith("Person ")
    assert "Zhanar" not in text and p.canonical_id not in text


def test_anonymous_name_is_replaced_in_quotes(session: Session) -> None:
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    b.event(session, p, doc, quote="Zhanar Ospan was detained in 2018; Ospan's son fled.")
    set_privacy(session, p.canonical_id, "tester", identity="anonymous")
    quote = export(session)["events"][0]["sources"][0]["quote"]
    assert "Ospan" not in quote and quote.startswith("Person ")


def test_restricted_bystander_is_withheld_from_a_public_quote(session: Session) -> None:
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    b.person(session, "Marat Ospanuly", doc, sensitivity="restricted")
    b.event(session, p, doc, quote="Zhanar Ospan and Marat Ospanuly were detained.")
    quote = export(session)["events"][0]["sources"][0]["quote"]
    assert "Marat" not in quote and "[withheld]" in quote


def test_restricted_event_is_left_out(session: Session) -> None:
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    b.event(session, p, doc, sensitivity="restricted")
    assert export(session)["events"] == []


def test_public_event_with_only_restricted_evidence_is_left_out(session: Session) -> None:
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    b.event(session, p, doc, claim_sensitivity="restricted")
    assert export(session)["events"] == []


def _places(s: Session) -> None:
    for pid, kind, parent in [("cn", "country", None), ("cn-xj", "region", "cn"),
                              ("pref", "prefecture", "cn-xj"), ("cty", "county", "pref"),
                              ("camp", "facility", "cty")]:
        s.add(Place(id=pid, name=pid, kind=kind, parent_id=parent, country="CN"))
    s.flush()


def test_event_place_is_coarsened_to_the_location_level(session: Session) -> None:
    _places(session)
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    e = b.event(session, p, doc)
    b.claim(session, "event", e.id, "place", "camp", doc)
    b.claim(session, "event", e.id, "facility", "Camp No. 3", doc)
    set_privacy(session, p.canonical_id, "tester", location="prefecture")
    data = export(session)
    assert data["events"][0]["place"] == "pref" and data["events"][0]["facility"] is None
    assert {pl["id"] for pl in data["places"]} == {"pref", "cn-xj", "cn"}


def test_withheld_location_shows_no_place(session: Session) -> None:
    _places(session)
    doc = b.document(session)
    p = b.person(session, "Zhanar Ospan", doc)
    e = b.event(session, p, doc)
    b.claim(session, "event", e.id, "place", "camp", doc)
    set_privacy(session, p.canonical_id, "tester", location="withheld")
    data = export(session)
    assert data["events"][0]["place"] is None and data["places"] == []


def test_relation_to_an_unpublished_person_is_left_out(session: Session) -> None:
    from izde.store.models import Relation

    doc = b.document(session)
    a = b.person(session, "Zhanar Ospan", doc)
    c = b.person(session, "Marat Ospanuly", doc, sensitivity="restricted")
    session.add(Relation(id="rel_1", subject_id=a.id, type="parent", object_id=c.id,
                         document_id=doc.id))
    b.claim(session, "relation", "rel_1", "relation", "parent", doc)
    assert export(session)["persons"][0]["relations"] == []


def test_relation_between_public_persons_is_kept_with_inverse(session: Session) -> None:
    from izde.store.models import Relation

    doc = b.document(session)
    a = b.person(session, "Zhanar Ospan", doc)
    c = b.person(session, "Marat Ospanuly", doc)
    session.add(Relation(id="rel_1", subject_id=a.id, type="parent", object_id=c.id,
                         document_id=doc.id))
    b.claim(session, "relation", "rel_1", "relation", "parent", doc)
    by_name = {p["name"]: p for p in export(session)["persons"]}
    assert by_name["Marat Ospanuly"]["relations"] == [{"type": "child", "person": a.id}]
