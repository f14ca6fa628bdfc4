"""The store hook that keeps confidential values encrypted at rest (see ``izde.crypto``).

``install()`` registers ORM events on the protected models once per process:

* before insert/update: every protected column of a confidential row is sealed with the
  current key; a row that is no longer confidential has its columns opened again;
* after insert/update, on load and on refresh: the session object gets the plaintext back
  (when a key is configured), so code above the store never sees ciphertext.

``rotate`` re-encrypts every protected value with a new key (and seals confidential values
written before a key existed), then drops the old keys from the key file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, event, select, update
from sqlalchemy.orm import Mapper, attributes
from sqlalchemy.orm.attributes import set_committed_value

from izde import crypto
from izde.store.models import Attachment, Base, Claim, Document, Event, Person, PersonName

PROTECTED: dict[type[Base], tuple[tuple[str, str], ...]] = {
    Claim: (("value", "json"), ("value_text", "text"), ("quote", "text")),
    Person: (("name", "text"),),
    PersonName: (("name", "text"), ("latin", "text"), ("key", "text")),
    Attachment: (("data", "bytes"),),
    Document: (("original", "bytes"), ("body", "text"), ("title", "text")),
    Event: (("facility", "text"), ("agency", "text"), ("court", "text"),
            ("charge_text", "text")),
}
_installed = False


def install() -> None:
    """Register the events (idempotent); the store calls this once when it opens."""
    global _installed
    if _installed:
        return
    for model in PROTECTED:
        event.listen(model, "before_insert", _before_write)
        event.listen(model, "before_update", _before_write)
        event.listen(model, "after_insert", _after_write)
        event.listen(model, "after_update", _after_write)
        event.listen(model, "load", _on_load)
        event.listen(model, "refresh", _on_refresh)
    _installed = True


def uninstall() -> None:
    """Remove the events again (for tests that need a store without encryption)."""
    global _installed
    for model in PROTECTED:
        for name, fn in (("before_insert", _before_write), ("before_update", _before_write),
                         ("after_insert", _after_write), ("after_update", _after_write),
                         ("load", _on_load), ("refresh", _on_refresh)):
            if event.contains(model, name, fn):
                event.remove(model, name, fn)
    _installed = False


def _loaded(target: Any, attr: str) -> bool:
    return attr in attributes.instance_state(target).dict


def _before_write(_mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    confidential = target.sensitivity == "confidential"
    ring = crypto.require_keyring() if confidential else crypto.configured_keyring()
    lowered = not confidential and bool(attributes.get_history(target, "sensitivity").added)
    plain: dict[str, Any] = {}
    for attr, kind in PROTECTED[type(target)]:
        if ring is None or not _loaded(target, attr):
            continue
        value = getattr(target, attr)
        if confidential and value is not None:
            plain[attr] = crypto.unseal(kind, value, ring)
            setattr(target, attr, crypto.seal(kind, plain[attr], ring))
        elif lowered or crypto.is_encrypted(value):
            setattr(target, attr, crypto.unseal(kind, value, ring))
            attributes.flag_modified(target, attr)  # the stored value may be ciphertext
    target.__dict__["_izde_plain"] = plain


def _after_write(_mapper: Mapper[Any], conn: Any, target: Any) -> None:
    for attr, value in target.__dict__.pop("_izde_plain", {}).items():
        set_committed_value(target, attr, value)
    _fix_unloaded(conn, target)


def _fix_unloaded(conn: Any, target: Any) -> None:
    """Re-seal deferred columns that were not loaded when the row's sensitivity changed."""
    history = attributes.get_history(target, "sensitivity")
    if not history.added:
        return
    confidential = target.sensitivity == "confidential"
    ring = crypto.require_keyring() if confidential else crypto.configured_keyring()
    if ring is None:
        return
    table: Table = type(target).__table__
    for attr, kind in PROTECTED[type(target)]:
        if _loaded(target, attr):
            continue
        col = table.c[attr]
        where = table.c.id == target.id
        stored = conn.execute(select(col).where(where)).scalar()
        value = crypto.unseal(kind, stored, ring)
        new = crypto.seal(kind, value, ring) if confidential else value
        conn.execute(update(table).where(where).values({attr: new}))


def _open_all(target: Any, names: Any = None) -> None:
    ring = crypto.configured_keyring()
    if ring is None:
        return
    for attr, kind in PROTECTED[type(target)]:
        if (names is None or attr in names) and _loaded(target, attr):
            value = target.__dict__[attr]
            if crypto.is_encrypted(value):
                set_committed_value(target, attr, crypto.unseal(kind, value, ring))


def _on_load(target: Any, _context: Any) -> None:
    _open_all(target)


def _on_refresh(target: Any, _context: Any, attrs: Any) -> None:
    _open_all(target, attrs)


# -- rotation ------------------------------------------------------------------------------

@dataclass(frozen=True)
class RotationReport:
    new_key: str
    retired_keys: tuple[str, ...]
    values_sealed: int


def reseal_all(conn: Any, ring: crypto.Keyring) -> int:
    """Seal every confidential value with the ring's current key; open non-confidential ones.

    Works on raw rows (Core), one row at a time, so memory stays flat on large databases.
    """
    count = 0
    for model, columns in PROTECTED.items():
        table: Table = model.__table__  # type: ignore[assignment]
        pk = table.c.id
        names = [attr for attr, _ in columns]
        rows = conn.execute(select(pk, table.c.sensitivity, *(table.c[n] for n in names)))
        for row in rows.fetchall():
            new = _resealed(row, columns, ring)
            if new:
                conn.execute(update(table).where(pk == row[0]).values(new))
                count += sum(1 for v in new.values() if crypto.is_encrypted(v))
    return count


def _resealed(row: Any, columns: tuple[tuple[str, str], ...],
              ring: crypto.Keyring) -> dict[str, Any]:
    confidential = row[1] == "confidential"
    out: dict[str, Any] = {}
    for (attr, kind), stored in zip(columns, row[2:], strict=True):
        if stored is None or (not confidential and not crypto.is_encrypted(stored)):
            continue
        value = crypto.unseal(kind, stored, ring)
        out[attr] = crypto.seal(kind, value, ring) if confidential else value
    return out


def rotate(store: Any, key_file: str | Path) -> RotationReport:
    """Add a new key, re-encrypt everything with it, then retire the old keys.

    The key file is written with both keys before any row changes, and the old keys are
    dropped only after the transaction commits: a crash at any point leaves every value
    readable with the key file on disk.
    """
    ring = crypto.load_keyring(key_file)
    new = ring.add_new_key()
    crypto.save_keyring(ring, key_file)
    with store.engine.begin() as conn:
        count = reseal_all(conn, ring)
    retired = ring.drop_all_but_current()
    crypto.save_keyring(ring, key_file)
    if store.dialect == "sqlite":
        compact_sqlite(store)
    return RotationReport(new, tuple(retired), count)


def compact_sqlite(store: Any) -> None:
    """Rewrite the SQLite file so no old page (plaintext or old-key ciphertext) survives in
    free pages or in the write-ahead log."""
    with store.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
