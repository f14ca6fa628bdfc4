"""Migrations 0007, 0008 and 0009, each upgrading a database that holds data.

0007: documents' stored full-text vector on PostgreSQL, nothing on SQLite. An existing
database with reports is upgraded in place (their vectors computed from the text already
stored) and can be taken back to 0006, where the expression index of migration 0002
searches them again.

0008: every event carries its person record's canonical id and sensitivity, copied by the
upgrade for the events already stored and by triggers afterwards.

0009: on PostgreSQL an events index led by event type and canonical id (facet browsing
reads the distinct persons in order); SQLite's planner does not use it, so SQLite has none.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, Engine, inspect, text

from izde import search
from izde.protect.policy import Viewer
from izde.store.engine import Store, alembic_config, current_revision, make_engine

VIEWER = Viewer("v", "viewer")
HEAD = "0009"
REPORT = ("INSERT INTO documents (id, sha256, media_type, size, original, body, title, notes, "
          "sensitivity, ingested_at, ingested_by) VALUES (:id, :sha, 'text/plain', 1, :b, "
          ":body, :title, '[]', 'restricted', '2026-01-01', 't')")


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(Store(db_url, upgrade=False).url)
    yield engine
    engine.dispose()


def _alembic(conn: Connection, action: str, revision: str) -> None:
    from alembic import command

    cfg = alembic_config(conn.engine.url.render_as_string(hide_password=False))
    cfg.attributes["connection"] = conn
    getattr(command, action)(cfg, revision)


def _add_report(conn: Connection, n: int, title: str, body: str) -> None:
    conn.execute(text(REPORT), {"id": f"doc_{n}", "sha": f"{n:064x}", "b": body.encode(),
                                "body": body, "title": title})


def _documents_columns(engine: Engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("documents")}


def _documents_indexes(engine: Engine) -> set[str]:
    return {i["name"] or "" for i in inspect(engine).get_indexes("documents")}


def _found(db_url: str, words: str) -> list[str]:
    store = Store(db_url)
    with store.reading() as s:
        found = [h.id for h in search.search_documents(s, VIEWER, words).data]
    store.close()
    return found


def test_reports_stored_before_the_upgrade_are_found_after_it(db_url: str,
                                                              engine: Engine) -> None:
    with engine.begin() as conn:
        _alembic(conn, "upgrade", "0006")
        _add_report(conn, 1, "Hearing in Ghulja", "The herder was detained in Nilka.")
    assert _found(db_url, "herder nilka") == ["doc_1"]
    assert _found(db_url, "ghulja") == ["doc_1"]


def test_upgrade_stores_a_vector_column_on_postgresql_only(db_url: str,
                                                           engine: Engine) -> None:
    Store(db_url).close()
    stored = "search_vector" in _documents_columns(engine)
    assert stored == (engine.dialect.name == "postgresql")


def test_a_report_added_after_the_upgrade_gets_its_vector(db_url: str,
                                                          engine: Engine) -> None:
    Store(db_url).close()
    with engine.begin() as conn:
        _add_report(conn, 2, "Letter", "Her brother vanished after a trip to Kuytun.")
    assert _found(db_url, "vanished kuytun") == ["doc_2"]


def test_downgrade_restores_the_expression_index_and_drops_the_column(
        db_url: str, engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("the stored vector exists on PostgreSQL only")
    Store(db_url).close()
    with engine.begin() as conn:
        _add_report(conn, 3, "Appeal", "The court refused the appeal.")
        _alembic(conn, "downgrade", "0006")
    assert "search_vector" not in _documents_columns(engine)
    assert "ix_documents_fulltext" in _documents_indexes(engine)
    assert "ix_documents_search_vector" not in _documents_indexes(engine)


def test_a_downgraded_database_upgrades_again_keeping_its_reports(db_url: str,
                                                                  engine: Engine) -> None:
    Store(db_url).close()
    with engine.begin() as conn:
        _add_report(conn, 4, "Appeal", "The court refused the appeal.")
        _alembic(conn, "downgrade", "0006")
    store = Store(db_url)
    assert current_revision(store.engine) == HEAD
    store.close()
    assert _found(db_url, "court appeal") == ["doc_4"]


def test_upgrade_replaces_index_copies_of_text_changed_before_it(db_url: str,
                                                                  engine: Engine) -> None:
    with engine.begin() as conn:
        _alembic(conn, "upgrade", "0006")
        _add_report(conn, 5, "Draft", "Placeholder text.")
        conn.execute(text("UPDATE documents SET body = 'Her son vanished in Chuguchak.' "
                          "WHERE id = 'doc_5'"))  # no trigger carried this to FTS5 at 0006
    assert _found(db_url, "chuguchak") == ["doc_5"]
    assert _found(db_url, "placeholder") == []


def test_downgrade_on_sqlite_drops_the_text_change_trigger(sqlite_db: str) -> None:
    engine = make_engine(Store(sqlite_db).url)
    with engine.begin() as conn:
        _alembic(conn, "downgrade", "0006")
        triggers = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    engine.dispose()
    assert "search_document_changed" not in triggers and "search_document_added" in triggers


PERSON = ("INSERT INTO persons (id, canonical_id, name, citizenship, roles, origin, sensitivity, "
          "created_at) VALUES (:id, :canonical, :id, '[]', '[]', 'extracted', :level, "
          "'2026-01-01')")
EVENT = ("INSERT INTO events (id, person_id, type, date, status, sensitivity, created_at) "
         "VALUES (:id, :person, 'detention', '2018-04', 'proposed', 'restricted', '2026-01-01')")


def _event_copies(conn: Connection) -> dict[str, tuple[str, str]]:
    rows = conn.execute(text(
        "SELECT id, person_canonical_id, person_sensitivity FROM events ORDER BY id"))
    return {eid: (canonical, level) for eid, canonical, level in rows}


def test_upgrade_copies_each_stored_events_person_record(db_url: str, engine: Engine) -> None:
    with engine.begin() as conn:
        _alembic(conn, "upgrade", "0007")
        conn.execute(text(PERSON), [{"id": "per_1", "canonical": "per_1", "level": "restricted"},
                                    {"id": "per_2", "canonical": "per_1", "level": "public"}])
        conn.execute(text(EVENT), [{"id": "evt_1", "person": "per_1"},
                                   {"id": "evt_2", "person": "per_2"}])
        _alembic(conn, "upgrade", "0008")
        assert _event_copies(conn) == {"evt_1": ("per_1", "restricted"),
                                       "evt_2": ("per_1", "public")}


def test_triggers_copy_new_events_merges_and_sealing(db_url: str, engine: Engine) -> None:
    Store(db_url).close()
    with engine.begin() as conn:
        conn.execute(text(PERSON), [{"id": "per_1", "canonical": "per_1", "level": "restricted"},
                                    {"id": "per_2", "canonical": "per_2", "level": "restricted"}])
        conn.execute(text(EVENT), [{"id": "evt_1", "person": "per_1"},
                                   {"id": "evt_2", "person": "per_2"}])
        assert _event_copies(conn)["evt_2"] == ("per_2", "restricted")
        conn.execute(text("UPDATE persons SET canonical_id = 'per_1' WHERE id = 'per_2'"))
        conn.execute(text("UPDATE persons SET sensitivity = 'confidential' WHERE id = 'per_1'"))
        conn.execute(text("UPDATE events SET person_id = 'per_1' WHERE id = 'evt_2'"))
        assert _event_copies(conn) == {"evt_1": ("per_1", "confidential"),
                                       "evt_2": ("per_1", "confidential")}


def test_downgrade_to_0007_drops_the_copies_and_their_triggers(db_url: str,
                                                               engine: Engine) -> None:
    Store(db_url).close()
    with engine.begin() as conn:
        conn.execute(text(PERSON), {"id": "per_1", "canonical": "per_1", "level": "restricted"})
        conn.execute(text(EVENT), {"id": "evt_1", "person": "per_1"})
        _alembic(conn, "downgrade", "0007")
        conn.execute(text("UPDATE persons SET canonical_id = 'per_9' WHERE id = 'per_1'"))
        conn.execute(text(EVENT), {"id": "evt_2", "person": "per_1"})
    columns = {c["name"] for c in inspect(engine).get_columns("events")}
    assert not columns & {"person_canonical_id", "person_sensitivity"}
    Store(db_url).close()
    with engine.begin() as conn:
        assert _event_copies(conn) == {"evt_1": ("per_9", "restricted"),
                                       "evt_2": ("per_9", "restricted")}


def _events_indexes(engine: Engine) -> set[str]:
    return {i["name"] or "" for i in inspect(engine).get_indexes("events")}


def test_0009_indexes_events_by_type_and_person_on_postgresql_only(db_url: str,
                                                                    engine: Engine) -> None:
    Store(db_url).close()
    postgres = engine.dialect.name == "postgresql"
    assert ("ix_events_type_person" in _events_indexes(engine)) is postgres
    with engine.begin() as conn:
        conn.execute(text(PERSON), {"id": "per_1", "canonical": "per_1", "level": "restricted"})
        conn.execute(text(EVENT), {"id": "evt_1", "person": "per_1"})
        _alembic(conn, "downgrade", "0008")
    assert "ix_events_type_person" not in _events_indexes(engine)
    Store(db_url).close()
    assert ("ix_events_type_person" in _events_indexes(engine)) is postgres
    with engine.begin() as conn:
        assert _event_copies(conn) == {"evt_1": ("per_1", "restricted")}
