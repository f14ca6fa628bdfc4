"""The store hook that keeps confidential values encrypted at rest (see ``izde.crypto``).

``install()`` registers ORM events on the protected models once per process:

* before insert/update: every protected column of a confidential row is sealed with the
  current key; a row that is no longer confidential has its columns opened again;
* typed and short columns (``SEALED``: an event's type, date, place, charge, sentence; a
  person's gender, birth year, roles; a document's filename) cannot hold ciphertext, so
  for a confidential row they move together, as one encrypted JSON object, into the row's
  ``sealed`` column, and the clear columns hold a neutral placeholder (NULL, ``""``,
  ``[]``). SQL that filters or counts on those columns does not see inside them;
* after insert/update, on load and on refresh: the session object gets the plaintext back
  (when a key is configured), so code above the store never sees ciphertext.

``rotate`` re-encrypts every protected value with a new key (and seals confidential values
written before a key existed), then drops the old keys from the key file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, event, select, update
from sqlalchemy.orm import Mapper, attributes
from sqlalchemy.orm.attributes import set_committed_value

from izde import crypto
from izde.store.models import (
    Attachment,
    Base,
    Claim,
    Document,
    Event,
    Mention,
    Organisation,
    Person,
    PersonName,
    Place,
    PlaceName,
    Relation,
)

PROTECTED: dict[type[Base], tuple[tuple[str, str], ...]] = {
    Claim: (("value", "json"), ("value_text", "text"), ("quote", "text")),
    Person: (("name", "text"), ("sealed", "text")),
    PersonName: (("name", "text"), ("latin", "text"), ("key", "text")),
    Attachment: (("data", "bytes"), ("sealed", "text")),
    Document: (("original", "bytes"), ("body", "text"), ("title", "text"), ("sealed", "text")),
    Event: (("facility", "text"), ("agency", "text"), ("court", "text"),
            ("charge_text", "text"), ("sealed", "text")),
    Mention: (("text", "text"), ("sealed", "text")),
    Relation: (("sealed", "text"),),
    Organisation: (("name", "text"),),
    Place: (("name", "text"),),
    PlaceName: (("name", "text"), ("key", "text")),
}
"""Columns encrypted in place when their row is confidential (``sealed`` is re-encrypted by
rotation like any other; the hook fills it from ``SEALED``)."""

SEALED: dict[type[Base], dict[str, Any]] = {
    Person: {"gender": None, "ethnicity": None, "birth_year": None, "occupation": None,
             "citizenship": [], "roles": []},
    Event: {"type": "", "date": None, "place_id": None, "charge": None,
            "sentence_years": None, "sentence_kind": None},
    Document: {"filename": None, "publisher": None, "url": None},
    Attachment: {"filename": ""},
    Mention: {"place_id": None, "organisation_id": None},
    Relation: {"type": ""},
}
"""Columns moved into ``sealed`` when their row is confidential, with their placeholders."""

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
    if ring is not None:
        plain.update(_move_fields(target, confidential, lowered, ring))
    for attr, kind in PROTECTED[type(target)]:
        if attr == "sealed" or ring is None or not _loaded(target, attr):
            continue
        value = getattr(target, attr)
        if confidential and value is not None:
            plain[attr] = crypto.unseal(kind, value, ring)
            setattr(target, attr, crypto.seal(kind, plain[attr], ring))
        elif lowered or crypto.is_encrypted(value):
            setattr(target, attr, crypto.unseal(kind, value, ring))
            attributes.flag_modified(target, attr)  # the stored value may be ciphertext
    target.__dict__["_izde_plain"] = plain


def _move_fields(target: Any, confidential: bool, lowered: bool,
                 ring: crypto.Keyring) -> dict[str, Any]:
    """Move a confidential row's ``SEALED`` fields into its ``sealed`` column (placeholders
    left in clear), or back out of it when the row is lowered. Returns the plaintext to
    put back on the session object after the write."""
    fields = SEALED.get(type(target))
    state = attributes.instance_state(target)
    if not fields or (state.key is not None and not all(_loaded(target, a) for a in fields)):
        return {}  # a partly loaded row: its stored fields stay as they are
    # a new row's unset fields take their column default, which is their placeholder
    plain = {a: target.__dict__.get(a, placeholder) for a, placeholder in fields.items()}
    if confidential:
        target.sealed = crypto.encrypt_json(plain, ring)
        for attr, placeholder in fields.items():
            setattr(target, attr, placeholder)
        return plain
    if state.key is not None and (lowered or target.sealed is not None):
        target.sealed = None
        for attr in fields:
            attributes.flag_modified(target, attr)  # the stored value is a placeholder
    return {}


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
        if attr == "sealed" or _loaded(target, attr):
            continue
        col = table.c[attr]
        where = table.c.id == target.id
        stored = conn.execute(select(col).where(where)).scalar()
        value = crypto.unseal(kind, stored, ring)
        new = crypto.seal(kind, value, ring) if confidential else value
        conn.execute(update(table).where(where).values({attr: new}))


def _open_all(target: Any, names: Any = None) -> None:
    """Decrypt what is encrypted in a loaded row. Most rows hold nothing encrypted, so the
    key is looked up (a stat of the key file) only when a value needs it."""
    ring: crypto.Keyring | None = None
    for attr, kind in PROTECTED[type(target)]:
        if attr != "sealed" and (names is None or attr in names) and _loaded(target, attr):
            value = target.__dict__[attr]
            if crypto.is_encrypted(value):
                ring = ring or crypto.configured_keyring()
                if ring is None:
                    return
                set_committed_value(target, attr, crypto.unseal(kind, value, ring))
    sealed = target.__dict__.get("sealed") if type(target) in SEALED else None
    if isinstance(sealed, str) and crypto.is_encrypted(sealed):
        ring = ring or crypto.configured_keyring()
        if ring is None:
            return
        for attr, value in crypto.decrypt_json(sealed, ring).items():
            if names is None or attr in names:
                set_committed_value(target, attr, value)


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
    It also moves the ``SEALED`` fields of confidential rows written around the ORM hook (or
    before a key existed) into ``sealed``, and out again for rows no longer confidential.
    """
    count = 0
    for model, columns in PROTECTED.items():
        table: Table = model.__table__  # type: ignore[assignment]
        pk = table.c.id
        fields = SEALED.get(model, {})
        names = [attr for attr, _ in columns] + list(fields)
        rows = conn.execute(select(pk, table.c.sensitivity, *(table.c[n] for n in names)))
        for row in rows.fetchall():
            stored = dict(zip(names, row[2:], strict=True))
            new = _moved(stored, fields, row[1] == "confidential", ring)
            new.update(_resealed(row[1], {**stored, **new}, columns, ring))
            if new:
                conn.execute(update(table).where(pk == row[0]).values(new))
                count += sum(1 for v in new.values() if crypto.is_encrypted(v))
    return count


def _moved(stored: dict[str, Any], fields: dict[str, Any], confidential: bool,
           ring: crypto.Keyring) -> dict[str, Any]:
    """The column changes that put a raw row's ``SEALED`` fields where its sensitivity
    says (the ``sealed`` value returned is plaintext JSON; ``_resealed`` encrypts it)."""
    if not fields:
        return {}
    sealed = stored["sealed"]
    if confidential:
        clear = {a: stored[a] for a in fields if stored[a] != fields[a]}
        if not clear:
            return {}
        inside = crypto.decrypt_json(sealed, ring) if sealed else {}
        return {"sealed": json.dumps({**inside, **clear}, ensure_ascii=False), **fields}
    if sealed is None:
        return {}
    return {"sealed": None, **crypto.decrypt_json(sealed, ring)}


def _resealed(sensitivity: str, stored: dict[str, Any], columns: tuple[tuple[str, str], ...],
              ring: crypto.Keyring) -> dict[str, Any]:
    confidential = sensitivity == "confidential"
    out: dict[str, Any] = {}
    for attr, kind in columns:
        value = stored[attr]
        if value is None or (not confidential and not crypto.is_encrypted(value)):
            continue
        plain = crypto.unseal(kind, value, ring)
        out[attr] = crypto.seal(kind, plain, ring) if confidential else plain
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
