"""Opening databases: URL resolution, WAL mode, migrations on open, upgrade in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from izde.errors import StoreError
from izde.store.engine import Store, current_revision, database_url, migrate

TABLES = {"documents", "persons", "person_names", "places", "place_names", "organisations",
          "events", "mentions", "claims", "relations", "judgements", "audit_log"}


def test_database_url_from_path_is_sqlite(tmp_path: Path) -> None:
    assert database_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"


def test_database_url_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("IZDE_DB", str(tmp_path / "env.db"))
    assert database_url(None).endswith("env.db")


def test_database_url_default_is_izde_db_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IZDE_DB", raising=False)
    assert database_url(None).endswith("/izde.db")


def test_postgres_url_gets_psycopg_driver() -> None:
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_open_creates_every_table(db_url: str) -> None:
    store = Store(db_url)
    assert set(store.tables()) >= TABLES
    store.close()


def test_sqlite_runs_in_wal_mode(sqlite_db: str) -> None:
    store = Store(sqlite_db)
    with store.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_older_database_is_upgraded_in_place(sqlite_db: str) -> None:
    store = Store(sqlite_db, upgrade=False)
    assert current_revision(store.engine) is None
    migrate(store.engine)
    assert current_revision(store.engine) is not None
    assert Store(sqlite_db).tables() == store.tables()


def test_unreachable_database_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        Store("postgresql://nobody@127.0.0.1:1/none")


def test_session_rolls_back_on_error(db_url: str) -> None:
    from izde.store.models import Organisation

    store = Store(db_url)
    with pytest.raises(RuntimeError), store.session() as s:
        s.add(Organisation(id="org_x", name="X"))
        s.flush()
        raise RuntimeError("boom")
    with store.session() as s:
        assert s.get(Organisation, "org_x") is None


def test_database_at_the_first_revision_is_upgraded_keeping_its_rows(db_url: str) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from izde.store.engine import alembic_config, make_engine

    engine = make_engine(Store(db_url, upgrade=False).url)
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO organisations (id, name) VALUES ('org_old', 'Old')"))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    store = Store(db_url)
    assert current_revision(store.engine) == head
    with store.engine.connect() as c:
        assert c.execute(text("SELECT name FROM organisations")).scalar() == "Old"
