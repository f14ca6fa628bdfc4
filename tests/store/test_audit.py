"""The audit log is append-only and hash-chained: any edit, removal or reordering shows."""

from __future__ import annotations

import itertools

from sqlalchemy import delete, select, update

from izde.store import audit
from izde.store.engine import Store
from izde.store.models import AuditEntry


def _store_with_entries(db_url: str, n: int = 4) -> Store:
    store = Store(db_url)
    with store.session() as s:
        for i in range(n):
            audit.record(s, "tester", "edit", "person", f"per_{i}", note=f"change {i}")
    return store


def test_intact_chain_verifies(db_url: str) -> None:
    store = _store_with_entries(db_url)
    with store.session() as s:
        report = audit.verify_chain(s)
    assert report.ok and report.entries == 4


def test_each_entry_links_to_the_previous(db_url: str) -> None:
    store = _store_with_entries(db_url)
    with store.session() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(rows))


def test_edited_entry_is_detected(db_url: str) -> None:
    store = _store_with_entries(db_url)
    with store.session() as s:
        second = s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()[1]
        s.execute(update(AuditEntry).where(AuditEntry.id == second).values(actor="intruder"))
    with store.session() as s:
        report = audit.verify_chain(s)
    assert not report.ok and report.first_bad == second and "edited" in (report.reason or "")


def test_removed_entry_is_detected(db_url: str) -> None:
    store = _store_with_entries(db_url)
    with store.session() as s:
        second = s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()[1]
        s.execute(delete(AuditEntry).where(AuditEntry.id == second))
    with store.session() as s:
        report = audit.verify_chain(s)
    assert not report.ok and "removed or reordered" in (report.reason or "")


def test_entry_rolls_back_with_its_transaction(db_url: str) -> None:
    store = _store_with_entries(db_url, 1)
    try:
        with store.session() as s:
            audit.record(s, "tester", "edit", "person", "per_x")
            raise ValueError
    except ValueError:
        pass
    with store.session() as s:
        assert audit.verify_chain(s).entries == 1
