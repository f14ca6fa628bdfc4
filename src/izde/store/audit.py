"""The append-only, hash-chained audit log.

Each entry's hash covers its content and the previous entry's hash, so editing, removing or
reordering any entry breaks the chain from that point on (``verify_chain`` finds where).
Writers serialise on the chain's head: SQLite's write lock does it by itself; on PostgreSQL
a transaction-level advisory lock does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from izde.store.ids import digest
from izde.store.models import AuditEntry, utcnow

GENESIS = "0" * 64
_PG_LOCK_KEY = 7_220_417  # any constant shared by all izde writers


def entry_hash(prev_hash: str, at: datetime, actor: str, action: str, entity_kind: str,
               entity_id: str | None, detail: dict[str, Any]) -> str:
    return digest(prev_hash, at.isoformat(), actor, action, entity_kind, entity_id, detail)


def _head(session: Session) -> str:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS


def record(session: Session, actor: str, action: str, entity_kind: str,
           entity_id: str | None = None, **detail: Any) -> AuditEntry:
    """Append one entry in the caller's transaction (so it commits or rolls back with it)."""
    prev = _head(session)
    at = utcnow()
    clean = {k: v for k, v in detail.items() if v is not None}
    entry = AuditEntry(at=at, actor=actor, action=action, entity_kind=entity_kind,
                       entity_id=entity_id, detail=clean, prev_hash=prev,
                       hash=entry_hash(prev, at, actor, action, entity_kind, entity_id, clean))
    session.add(entry)
    session.flush()
    return entry


def unless_confidential(value: Any, sensitivity: str | None) -> Any:
    """``value``, or None (left out of the entry) when it is confidential.

    Audit entries are immutable and hash-chained, so they cannot be re-encrypted on key
    rotation; a confidential value must never enter one. The entry keeps the entity's id,
    which is enough to find the (encrypted) value with the key.
    """
    return value if sensitivity in ("public", "restricted") else None


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad: int | None = None
    reason: str | None = None


def verify_chain(session: Session) -> ChainReport:
    """Walk the log in id order and recompute every hash."""
    prev, count = GENESIS, 0
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        if e.prev_hash != prev:
            return ChainReport(count, False, e.id, "entry does not follow the previous one "
                               "(an entry was removed or reordered)")
        want = entry_hash(e.prev_hash, e.at, e.actor, e.action, e.entity_kind, e.entity_id,
                          e.detail)
        if want != e.hash:
            return ChainReport(count, False, e.id, "entry content does not match its hash "
                               "(the entry was edited)")
        prev = e.hash
    return ChainReport(count, True)
