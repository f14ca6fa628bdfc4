"""Default sensitivity per kind of value, moved by consent records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from izde.protect.consent import add_consent, withdraw_consent
from izde.protect.defaults import default_sensitivity, load_rules
from izde.store.engine import Store
from izde.store.models import Place, utcnow

from . import builders as b


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    store = Store(db_url)
    with store.session() as s:
        yield s
    store.close()


def test_ordinary_value_takes_the_document_sensitivity(session: Session) -> None:
    doc = b.document(session, "restricted")
    assert default_sensitivity("event", "date", doc) == "restricted"


@pytest.mark.parametrize("prop", ["phone", "email", "address"])
def test_contact_details_default_to_confidential(session: Session, prop: str) -> None:
    doc = b.document(session, "public")
    assert default_sensitivity("person", prop, doc) == "confidential"


def test_residence_inside_china_is_confidential(session: Session) -> None:
    session.add(Place(id="cn-village", name="Village", country="CN"))
    doc = b.document(session, "public")
    assert default_sensitivity("person", "residence", doc, value="cn-village") == "confidential"


def test_residence_elsewhere_is_restricted(session: Session) -> None:
    session.add(Place(id="kz-almaty", name="Almaty", country="KZ"))
    doc = b.document(session, "public")
    assert default_sensitivity("person", "residence", doc, value="kz-almaty") == "restricted"


def test_consent_to_publish_testimony_makes_its_claims_public(session: Session) -> None:
    doc = b.document(session, "restricted")
    add_consent(session, "t", scope="publish_testimony", given_by="the witness",
                means="written form", document_id=doc.id)
    assert default_sensitivity("event", "date", doc) == "public"


def test_testimony_consent_does_not_publish_a_phone_number(session: Session) -> None:
    doc = b.document(session, "restricted")
    add_consent(session, "t", scope="publish_testimony", given_by="w", means="email",
                document_id=doc.id)
    assert default_sensitivity("person", "phone", doc) == "confidential"


def test_consent_naming_the_property_publishes_it(session: Session) -> None:
    doc = b.document(session, "restricted")
    p = b.person(session, "A B", doc)
    add_consent(session, "t", scope="publish:phone", given_by="A B", means="email",
                person_id=p.id)
    assert default_sensitivity("person", "phone", doc, subject_id=p.id) == "public"


def test_name_consent_given_on_the_canonical_person_applies_to_records(
        session: Session) -> None:
    doc = b.document(session, "restricted")
    p = b.person(session, "A B", doc, canonical_id="per_canon")
    add_consent(session, "t", scope="publish_name", given_by="A B", means="recorded oral",
                person_id="per_canon")
    assert default_sensitivity("person", "name", doc, subject_id=p.id) == "public"


def test_refusal_makes_the_value_confidential(session: Session) -> None:
    doc = b.document(session, "public")
    p = b.person(session, "A B", doc)
    add_consent(session, "t", scope="publish_name", given_by="A B", means="email",
                person_id=p.id, granted=False)
    assert default_sensitivity("person", "name", doc, subject_id=p.id) == "confidential"


def test_withdrawn_consent_makes_the_value_confidential(session: Session) -> None:
    doc = b.document(session, "restricted")
    c = add_consent(session, "t", scope="publish_testimony", given_by="w", means="email",
                    document_id=doc.id)
    withdraw_consent(session, "t", c.id)
    assert default_sensitivity("event", "date", doc) == "confidential"


def test_broad_grant_after_a_refusal_does_not_undo_it(session: Session) -> None:
    doc = b.document(session, "restricted")
    p = b.person(session, "A B", doc)
    add_consent(session, "t", scope="publish_name", given_by="A B", means="email",
                person_id=p.id, granted=False, given_at=utcnow() - timedelta(days=1))
    add_consent(session, "t", scope="publish_testimony", given_by="w", means="email",
                document_id=doc.id)
    assert default_sensitivity("person", "name", doc, subject_id=p.id) == "confidential"


def test_consents_are_audited(session: Session) -> None:
    from sqlalchemy import select

    from izde.store.models import AuditEntry

    doc = b.document(session, "restricted")
    add_consent(session, "t", scope="publish_testimony", given_by="w", means="email",
                document_id=doc.id)
    assert session.scalars(select(AuditEntry.action)).all() == ["consent"]


def test_unknown_scope_is_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="unknown scope"):
        add_consent(session, "t", scope="everything", given_by="w", means="email",
                    document_id="doc_1")


def test_rules_file_replaces_the_builtin_floors(tmp_path: Path, session: Session) -> None:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"rules": [{"kind": "person", "property": "occupation",
                                           "sensitivity": "confidential"}]}))
    doc = b.document(session, "public")
    rules = load_rules(path)
    assert default_sensitivity("person", "occupation", doc, rules=rules) == "confidential"
    assert default_sensitivity("person", "phone", doc, rules=rules) == "public"
