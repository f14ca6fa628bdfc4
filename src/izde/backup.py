"""`izde backup FILE` and `izde restore FILE`: a consistent, portable copy of a database.

A backup is one gzip file of JSON lines: a header (format, schema revision, tables), then
each table's rows in primary-key order, then a trailer with the row counts and the sha256 of
everything before it, so a truncated or altered backup is refused. All rows are read in one
snapshot (SQLite: one read transaction, which WAL keeps consistent while the server writes;
PostgreSQL: REPEATABLE READ), so a backup taken while izde serves is a state the database
was really in. The same file restores into SQLite or PostgreSQL.

Values are copied as stored: confidential values stay encrypted in the backup, so a backup
is as safe to keep as the database, and restoring it needs the same key file.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, DateTime, Integer, LargeBinary, Table, func, select, text

from izde.errors import StoreError
from izde.store.engine import READ_ONLY, Store, alembic_config, current_revision
from izde.store.models import Base

FORMAT = "izde-backup/1"
_BATCH = 500


@dataclass(frozen=True)
class BackupReport:
    path: str
    revision: str | None
    counts: dict[str, int]


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _encode(table: Table, row: Any) -> list[Any]:
    out = []
    for col, value in zip(table.columns, row, strict=True):
        if value is not None and isinstance(col.type, LargeBinary):
            value = base64.b64encode(bytes(value)).decode("ascii")
        elif value is not None and isinstance(col.type, DateTime):
            value = value.isoformat()
        out.append(value)
    return out


def _decode(table: Table, values: list[Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for col, value in zip(table.columns, values, strict=True):
        if value is not None and isinstance(col.type, LargeBinary):
            value = base64.b64decode(value)
        elif value is not None and isinstance(col.type, DateTime):
            value = datetime.fromisoformat(value)
        row[col.name] = value
    return row


class _Writer:
    """Writes JSON lines and keeps a running sha256 of them."""

    def __init__(self, f: IO[bytes]) -> None:
        self.f, self.sha = f, hashlib.sha256()

    def line(self, obj: Any) -> None:
        raw = (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        self.sha.update(raw)
        self.f.write(raw)


def _snapshot(store: Store) -> Iterator[Connection]:
    """A connection reading one consistent snapshot of the whole database."""
    if store.dialect == "postgresql":
        conn = store.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with conn as c, c.begin():
            yield c
        return
    # SQLite: one deferred read transaction (see store.engine._sqlite_begin) is a snapshot.
    with store.engine.connect().execution_options(**{READ_ONLY: True}) as c, c.begin():
        yield c


def backup(store: Store, path: str | Path) -> BackupReport:
    """Write a backup of ``store`` to ``path`` (written to a temp name, then renamed)."""
    target = Path(path)
    tmp = target.with_name(target.name + ".partial")
    counts: dict[str, int] = {}
    revision = current_revision(store.engine)
    with gzip.open(tmp, "wb") as f:
        w = _Writer(f)  # type: ignore[arg-type]
        w.line({"format": FORMAT, "revision": revision, "dialect": store.dialect,
                "tables": [t.name for t in _tables()]})
        for conn in _snapshot(store):
            for table in _tables():
                counts[table.name] = _dump_table(conn, table, w)
        w.line({"end": True, "counts": counts, "sha256": w.sha.hexdigest()})
    tmp.replace(target)
    return BackupReport(str(target), revision, counts)


def _dump_table(conn: Connection, table: Table, w: _Writer) -> int:
    w.line({"table": table.name, "columns": [c.name for c in table.columns]})
    n = 0
    query = select(table).order_by(*table.primary_key.columns)
    for row in conn.execution_options(yield_per=_BATCH).execute(query):
        w.line(_encode(table, row))
        n += 1
    return n


# -- restore ---------------------------------------------------------------------------------

def _lines(path: Path) -> Iterator[tuple[bytes, Any]]:
    try:
        with gzip.open(path, "rb") as f:
            for raw in f:
                yield raw, json.loads(raw)
    except (OSError, EOFError, ValueError) as exc:
        raise StoreError(f"{path} is not a readable izde backup: {exc}") from exc


def verify_backup(path: str | Path) -> dict[str, Any]:
    """Read the whole backup once and check its trailer; returns the header."""
    p = Path(path)
    sha, header = hashlib.sha256(), None
    counts: dict[str, int] = {}
    table: str | None = None
    for raw, obj in _lines(p):
        if isinstance(obj, dict) and obj.get("end"):
            _check_trailer(p, obj, sha.hexdigest(), counts)
            assert header is not None
            return header
        sha.update(raw)
        if header is None:
            header = _check_header(p, obj)
        elif isinstance(obj, dict):
            table = obj["table"]
            counts[table] = 0
        elif table is not None:
            counts[table] += 1
    raise StoreError(f"{p} is incomplete (no trailer): the backup was cut short")


def _table_rows(path: Path) -> Iterator[tuple[str, list[Any]]]:
    """(table name, encoded row) for every row, in file order (a second, streaming pass)."""
    table: str | None = None
    for _raw, obj in _lines(path):
        if isinstance(obj, dict):
            table = obj.get("table", table)
        elif table is not None:
            yield table, obj


def _check_header(p: Path, obj: Any) -> dict[str, Any]:
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise StoreError(f"{p} is not an izde backup ({FORMAT})")
    return obj


def _check_trailer(p: Path, obj: dict[str, Any], sha: str, counts: dict[str, int]) -> None:
    if obj.get("sha256") != sha:
        raise StoreError(f"{p} fails its checksum: the backup was altered or damaged")
    if obj.get("counts") != counts:
        raise StoreError(f"{p} row counts do not match its trailer")


def restore(db: str, path: str | Path) -> dict[str, int]:
    """Restore a backup into an empty database, then bring its schema up to date."""
    header = verify_backup(path)
    counts: dict[str, int] = {}
    store = Store(db, upgrade=False)
    try:
        _prepare(store, header.get("revision"))
        with store.engine.begin() as conn:
            counts = _insert_all(conn, Path(path))
            if store.dialect == "postgresql":
                _reset_sequences(conn)
        from izde.store.engine import migrate

        migrate(store.engine)
    finally:
        store.close()
    return counts


def _prepare(store: Store, revision: str | None) -> None:
    from alembic import command

    cfg = alembic_config(store.engine.url.render_as_string(hide_password=False))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision or "head")
    with store.engine.connect() as conn:
        for table in _tables():
            if conn.execute(select(func.count()).select_from(table)).scalar():
                raise StoreError(f"{store.display_url} is not empty (table {table.name} has "
                                 "rows); restore into a new database")


def _insert_all(conn: Connection, path: Path) -> dict[str, int]:
    """Insert in batches; the dump's table order is the foreign-key order."""
    tables = {t.name: t for t in _tables()}
    counts: dict[str, int] = {}
    batch: list[dict[str, Any]] = []
    current: str | None = None
    for name, values in _table_rows(path):
        if name != current or len(batch) >= _BATCH:
            _flush(conn, tables.get(current or ""), batch)
            batch, current = [], name
        batch.append(_decode(tables[name], values))
        counts[name] = counts.get(name, 0) + 1
    _flush(conn, tables.get(current or ""), batch)
    return counts


def _flush(conn: Connection, table: Table | None, batch: list[dict[str, Any]]) -> None:
    if table is not None and batch:
        conn.execute(table.insert(), batch)


def _reset_sequences(conn: Connection) -> None:
    """Explicit ids were inserted: move each serial sequence past them."""
    for table in _tables():
        col = table.c.get("id")
        if col is None or not isinstance(col.type, Integer):
            continue
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))
