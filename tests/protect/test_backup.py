"""`izde backup` / `izde restore`: a populated database comes back row for row."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from izde.backup import backup, restore, verify_backup
from izde.errors import StoreError
from izde.library import Izde
from izde.protect.consent import add_consent
from izde.store import audit
from izde.store.engine import Store
from izde.store.models import Attachment, Base

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def populate(db: str) -> None:
    with Izde(db, actor="tester") as izde:
        izde.ingest([EXAMPLES])
        with izde.store.session() as s:
            s.add(Attachment(id="att_1", sha256="0" * 64, filename="photo.jpg",
                             media_type="image/jpeg", size=4, data=b"\x00\xff\x10\x80",
                             sensitivity="restricted"))
            add_consent(s, "tester", scope="publish_name", given_by="the person",
                        means="written form", person_id="per_x")
            audit.record(s, "tester", "note", "database", None, text="Құлжа 伊宁")


def all_rows(db: str) -> dict[str, list[Any]]:
    store = Store(db)
    try:
        with store.engine.connect() as c:
            return {t.name: [tuple(r) for r in c.execute(
                select(t).order_by(*t.primary_key.columns))]
                for t in Base.metadata.sorted_tables}
    finally:
        store.close()


def test_restore_gives_back_every_row(db_url: str, tmp_path: Path) -> None:
    populate(db_url)
    file = tmp_path / "b.izdebak"
    backup(Store(db_url), file)
    restore(str(tmp_path / "restored.db"), file)
    assert all_rows(str(tmp_path / "restored.db")) == all_rows(db_url)


def test_restore_into_the_other_kind_of_database(db_url: str, tmp_path: Path) -> None:
    source = str(tmp_path / "source.db")
    populate(source)
    file = tmp_path / "b.izdebak"
    backup(Store(source), file)
    restore(db_url, file)
    assert all_rows(db_url) == all_rows(source)


def test_restored_audit_chain_verifies(db_url: str, tmp_path: Path) -> None:
    populate(db_url)
    file = tmp_path / "b.izdebak"
    backup(Store(db_url), file)
    restore(str(tmp_path / "restored.db"), file)
    with Store(str(tmp_path / "restored.db")).session() as s:
        assert audit.verify_chain(s).ok


def test_restored_database_accepts_new_writes(db_url: str, tmp_path: Path) -> None:
    populate(str(tmp_path / "source.db"))
    file = tmp_path / "b.izdebak"
    backup(Store(str(tmp_path / "source.db")), file)
    restore(db_url, file)
    with Store(db_url).session() as s:  # serial ids continue after the restored ones
        audit.record(s, "tester", "after", "database")
        add_consent(s, "tester", scope="publish_name", given_by="x", means="email",
                    person_id="per_y")


def test_restore_refuses_a_database_that_has_rows(db_url: str, tmp_path: Path) -> None:
    populate(db_url)
    file = tmp_path / "b.izdebak"
    backup(Store(db_url), file)
    with pytest.raises(StoreError, match="not empty"):
        restore(db_url, file)


def test_altered_backup_is_refused(sqlite_db: str, tmp_path: Path) -> None:
    populate(sqlite_db)
    file = tmp_path / "b.izdebak"
    backup(Store(sqlite_db), file)
    lines = gzip.decompress(file.read_bytes()).split(b"\n")
    i = next(i for i, line in enumerate(lines) if b'"tester"' in line)
    lines[i] = lines[i].replace(b'"tester"', b'"someone"')
    file.write_bytes(gzip.compress(b"\n".join(lines)))
    with pytest.raises(StoreError, match="checksum"):
        verify_backup(file)


def test_truncated_backup_is_refused(sqlite_db: str, tmp_path: Path) -> None:
    populate(sqlite_db)
    file = tmp_path / "b.izdebak"
    backup(Store(sqlite_db), file)
    lines = gzip.decompress(file.read_bytes()).split(b"\n")
    file.write_bytes(gzip.compress(b"\n".join(lines[:-2]) + b"\n"))
    with pytest.raises(StoreError, match="incomplete"):
        verify_backup(file)
