"""What the store does with sensitivity beyond encryption: current values never drawn
from stricter claims; mentions, relations, text places and organisations take the
sensitivity of the documents that name them; migration 0005 sets them on old rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from izde.library import Izde
from izde.store import current
from izde.store.engine import Store
from izde.store.models import Claim, Document, Event, Mention, Person, Place
from izde.store.places import ensure_place

TESTIMONY = ("title: Testimony\npublished: 2021-03-01\n\nAigerim Zholdasbekkyzy said her "
             "brother Yerzhan Zholdasbekuly was detained by police in Ghulja on 14 March "
             "2019.\n")


def _doc(s: object, sensitivity: str, n: int = 1) -> Document:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    doc = Document(id=f"doc_{n}", sha256=f"{n:064d}", media_type="text/plain", size=1,
                   original=b"x", body="x", sensitivity=sensitivity)
    s.add(doc)
    s.flush()
    return doc


def _claim(doc: Document, subject: str, prop: str, value: object, sensitivity: str,
           kind: str = "person") -> Claim:
    return Claim(id=f"clm_{subject}_{prop}_{sensitivity}", subject_kind=kind,
                 subject_id=subject, property=prop, value=value, document_id=doc.id,
                 sensitivity=sensitivity, confidence=0.9)


def test_a_stricter_claim_is_not_copied_into_the_entity(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        doc = _doc(s, "restricted")
        s.add(Person(id="per_1", canonical_id="per_1", name="A", sensitivity="restricted"))
        s.add(_claim(doc, "per_1", "occupation", "secret occupation", "confidential"))
        s.flush()
        current.refresh_person(s, "per_1")
    with store.reading() as s:
        person = s.get(Person, "per_1")
        assert person is not None and person.occupation is None


def test_a_claim_as_sensitive_as_the_entity_is_its_current_value(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        doc = _doc(s, "confidential")
        s.add(Person(id="per_1", canonical_id="per_1", name="A", sensitivity="confidential"))
        s.add(_claim(doc, "per_1", "occupation", "teacher", "confidential"))
        s.flush()
        current.refresh_person(s, "per_1")
    with store.reading() as s:
        person = s.get(Person, "per_1")
        assert person is not None and person.occupation == "teacher"


def test_an_event_status_counts_every_existence_claim(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        doc = _doc(s, "restricted")
        s.add(Person(id="per_1", canonical_id="per_1", name="A", sensitivity="restricted"))
        s.flush()
        s.add(Event(id="evt_1", person_id="per_1", type="detention", sensitivity="restricted"))
        c = _claim(doc, "evt_1", "occurred", "detention", "confidential", kind="event")
        c.status = "accepted"
        s.add(c)
        s.flush()
        current.refresh_event(s, "evt_1")
        assert s.get(Event, "evt_1").status == "accepted"  # type: ignore[union-attr]


def test_a_text_place_is_as_sensitive_as_the_least_sensitive_document(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        place = ensure_place(s, None, "Qarabulaq village", "village", "confidential")
        assert place.sensitivity == "confidential"
        again = ensure_place(s, None, "Qarabulaq village", "village", "restricted")
        assert again is place and place.sensitivity == "restricted"
        ensure_place(s, None, "Qarabulaq village", "village", "confidential")
        assert place.sensitivity == "restricted"


def test_mentions_and_relations_take_their_documents_sensitivity(db_url: str,
                                                                tmp_path: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text(TESTIMONY)
    with Izde(db_url, actor="t") as izde:
        izde.ingest([f], sensitivity="confidential")
        with izde.store.reading() as s:
            levels = set(s.scalars(select(Mention.sensitivity)))
    assert levels == {"confidential"}


def test_migration_0005_gives_old_rows_their_documents_sensitivity(db_url: str) -> None:
    from alembic import command

    from izde.store.engine import alembic_config, make_engine

    engine = make_engine(Store(db_url, upgrade=False).url)
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.execute(text(
            "INSERT INTO documents (id, sha256, media_type, size, original, body, notes, "
            "sensitivity, ingested_at, ingested_by) VALUES ('doc_c', :sha, 'text/plain', 1, "
            ":b, 'x', '[]', 'confidential', '2026-01-01', 't')"), {"sha": "1" * 64, "b": b"x"})
        conn.execute(text("INSERT INTO places (id, name, source) VALUES ('pl_v', 'V', 'text')"))
        conn.execute(text("INSERT INTO mentions (document_id, start, \"end\", text, kind, "
                          "place_id) VALUES ('doc_c', 0, 1, 'V', 'place', 'pl_v')"))
    store = Store(db_url)
    with store.reading() as s:
        assert s.scalar(select(Mention.sensitivity)) == "confidential"
        place = s.get(Place, "pl_v")
        assert place is not None and place.sensitivity == "confidential"


def test_migration_0005_can_be_undone(db_url: str) -> None:
    from alembic import command

    from izde.store.engine import alembic_config

    store = Store(db_url)
    cfg = alembic_config(store.engine.url.render_as_string(hide_password=False))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    with store.engine.connect() as c:
        columns = {r[1] for r in c.execute(text("PRAGMA table_info(events)"))} \
            if store.dialect == "sqlite" else set(c.execute(text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'events'")).scalars())
    assert "sealed" not in columns and "type" in columns
