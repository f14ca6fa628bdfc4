"""How the app opens its database: SQLite read through a memory map by the server."""

from __future__ import annotations

from sqlalchemy import text

from izde.store.engine import Store
from izde.web import create_app
from izde.web.settings import WebSettings


def test_the_server_reads_sqlite_through_a_memory_map(sqlite_db: str) -> None:
    store = Store(sqlite_db)
    create_app(settings=WebSettings(None, "k" * 40, dev=True), store=store)
    with store.reading() as s:
        assert (s.execute(text("PRAGMA mmap_size")).scalar() or 0) > 0
    store.close()


def test_an_in_memory_database_keeps_its_data_when_served() -> None:
    store = Store(":memory:")
    create_app(settings=WebSettings(None, "k" * 40, dev=True), store=store)
    assert "persons" in store.tables()
