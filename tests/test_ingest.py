"""Ingest: files in, documents stored unchanged, one transaction each, bad input explained."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from izde.library import Izde


def _izde(db: str) -> Izde:
    return Izde(db, actor="tester")


def test_seed_articles_are_stored_with_header_metadata(db_url: str, seeds: Path) -> None:
    izde = _izde(db_url)
    outcomes = izde.ingest([seeds], process=False)
    assert [o.status for o in outcomes] == ["stored"] * 5
    doc = izde.document(outcomes[0].document_id or "")
    assert doc["publisher"] == "Radio Free Asia" and doc["published"] == "2023-12-01"
    assert doc["title"].startswith("Kazakh Jailed on Spy Charge")
    assert doc["body"].startswith("Home » Kazakh Jailed")


def test_original_bytes_and_sha256_are_kept(db_url: str, seeds: Path) -> None:
    from izde.store.models import Document

    izde = _izde(db_url)
    f = sorted(seeds.iterdir())[0]
    [outcome] = izde.ingest([f], process=False)
    with izde.store.sessions() as s:
        doc = s.get(Document, outcome.document_id)
        assert doc is not None
        assert doc.original == f.read_bytes()
        assert doc.sha256 == hashlib.sha256(f.read_bytes()).hexdigest()


def test_same_bytes_again_is_a_no_op_that_says_so(db_url: str, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Police detained a man in Almaty on Monday.")
    b = tmp_path / "copy.txt"
    b.write_bytes(a.read_bytes())
    izde = _izde(db_url)
    first, second = izde.ingest([a, b], process=False)
    assert first.status == "stored"
    assert second.status == "duplicate" and second.document_id == first.document_id
    assert "already stored" in second.message
    assert izde.stats()["documents"] == 1


def test_overrides_replace_header_values(sqlite_db: str, seeds: Path) -> None:
    izde = _izde(sqlite_db)
    f = sorted(seeds.iterdir())[1]
    [o] = izde.ingest([f], overrides={"publisher": "Other", "published": "Feb 22, 2021",
                                      "title": "T", "url": "https://example.org/x"},
                      process=False)
    doc = izde.document(o.document_id or "")
    assert (doc["publisher"], doc["published"], doc["title"], doc["url"]) == (
        "Other", "2021-02-22", "T", "https://example.org/x")


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty"),
    ("garbage.txt", bytes(range(256)) * 8, ""),
    ("table.xlsx", b"PK\x03\x04whatever", "unsupported"),
    ("scan.pdf", b"%PDF-1.4\n%%EOF", ""),
    ("blank.html", b"<html><head><script>x()</script></head><body>  </body></html>", ""),
])
def test_bad_file_fails_alone_with_a_reason(sqlite_db: str, tmp_path: Path, name: str,
                                            data: bytes, reason: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "good.txt").write_text("A report about a detention in Almaty.")
    izde = _izde(sqlite_db)
    outcomes = {Path(o.path).name: o for o in izde.ingest([folder], process=False)}
    assert outcomes["good.txt"].status == "stored"
    assert outcomes[name].status == "failed"
    assert reason in outcomes[name].message.lower() and outcomes[name].message
    assert izde.stats()["documents"] == 1


def test_file_over_the_size_limit_is_refused(sqlite_db: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IZDE_MAX_FILE_MB", "0.001")
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    [o] = _izde(sqlite_db).ingest([big], process=False)
    assert o.status == "failed" and "limit" in o.message


def test_folders_are_walked_recursively_skipping_hidden(sqlite_db: str, tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "deep.txt").write_text("A deep report about a detention.")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("hidden")
    outcomes = _izde(sqlite_db).ingest([root], process=False)
    assert [Path(o.path).name for o in outcomes] == ["deep.txt"]


def test_failure_inside_processing_leaves_nothing(sqlite_db: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import izde.processing as processing

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("extractor crashed")

    monkeypatch.setattr(processing, "process_document", explode)
    f = tmp_path / "r.txt"
    f.write_text("Police detained a man in Almaty.")
    izde = _izde(sqlite_db)
    with pytest.raises(RuntimeError):
        izde.ingest([f], process=True)
    counts = izde.stats()
    assert counts["documents"] == 0 and counts["audit entries"] == 0


def test_every_ingest_is_audited(sqlite_db: str, seeds: Path) -> None:
    izde = _izde(sqlite_db)
    izde.ingest([seeds], process=False)
    report = izde.verify_audit()
    assert report.ok and report.entries == 5


def test_published_reporting_is_public_and_testimony_restricted(sqlite_db: str,
                                                                tmp_path: Path) -> None:
    from izde.store.models import Document

    (tmp_path / "report.txt").write_text("publisher: RFA\n\nPolice detained a man in Almaty.")
    (tmp_path / "testimony.txt").write_text("My brother was taken away by police in Ghulja.")
    izde = _izde(sqlite_db)
    outcomes = {Path(o.path).name: o.document_id for o in izde.ingest([tmp_path],
                                                                      process=False)}
    with izde.store.sessions() as s:
        assert s.get(Document, outcomes["report.txt"]).sensitivity == "public"  # type: ignore[union-attr]
        assert s.get(Document, outcomes["testimony.txt"]).sensitivity == "restricted"  # type: ignore[union-attr]


def test_sensitivity_option_overrides_the_default(sqlite_db: str, tmp_path: Path) -> None:
    from izde.store.models import Document

    (tmp_path / "report.txt").write_text("publisher: RFA\n\nPolice detained a man in Almaty.")
    [o] = _izde(sqlite_db).ingest([tmp_path / "report.txt"], process=False,
                                  sensitivity="confidential")
    with _izde(sqlite_db).store.sessions() as s:
        assert s.get(Document, o.document_id).sensitivity == "confidential"  # type: ignore[union-attr]
