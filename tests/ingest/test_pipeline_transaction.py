"""Ingest prepares (reads, extracts) holding no database connection, then stores in one
transaction; concurrent ingests of the same bytes still make one document."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from izde import processing
from izde.ingest.pipeline import IngestOptions, IngestOutcome, ingest_bytes
from izde.store.engine import Store
from izde.store.models import AuditEntry, Claim, Document

REPORT = (b"publisher: Test\npublished: 2020-05-01\n\nPolice detained Nurlan Bekov in "
          b"Almaty on 3 March 2020, his sister said.\n")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    yield s
    s.close()


def _with_prepare(monkeypatch: pytest.MonkeyPatch, around: Any) -> None:
    """Replace the extraction stage's prepare half by ``around(real_prepare, text)``."""
    real = processing.STAGES[0]

    def prepare(text: processing.DocumentText) -> Any:
        assert real.prepare is not None
        return around(real.prepare, text)

    stage = processing.RegisteredStage(real.name, real.store, prepare)
    monkeypatch.setattr(processing, "STAGES", [stage, *processing.STAGES[1:]])


def _count(store: Store, *where: Any, model: Any = Document) -> int:
    with store.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_extraction_runs_while_no_database_connection_is_held(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    held: list[int] = []

    def around(real: Any, text: processing.DocumentText) -> Any:
        held.append(store.engine.pool.checkedout())  # type: ignore[attr-defined]
        return real(text)

    _with_prepare(monkeypatch, around)
    outcome = ingest_bytes(store, "r.txt", REPORT, IngestOptions(actor="t"))
    assert outcome.status == "stored" and held == [0]


def test_prepared_extraction_is_what_gets_stored(store: Store) -> None:
    outcome = ingest_bytes(store, "r.txt", REPORT, IngestOptions(actor="t"))
    assert outcome.document_id
    assert _count(store, Claim.document_id == outcome.document_id, model=Claim) > 0
    assert _count(store, AuditEntry.action == "extract", model=AuditEntry) == 1


def test_concurrent_ingests_of_the_same_bytes_store_one_document(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    both_preparing = threading.Barrier(2, timeout=30)

    def around(real: Any, text: processing.DocumentText) -> Any:
        both_preparing.wait()  # both have passed the early duplicate check
        return real(text)

    _with_prepare(monkeypatch, around)
    outcomes: list[IngestOutcome] = []

    def ingest(name: str) -> None:
        outcomes.append(ingest_bytes(store, name, REPORT, IngestOptions(actor="t")))

    threads = [threading.Thread(target=ingest, args=(n,)) for n in ("a.txt", "b.txt")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(o.status for o in outcomes) == ["duplicate", "stored"]
    assert _count(store) == 1
    assert _count(store, AuditEntry.action == "ingest", model=AuditEntry) == 1


def test_a_failing_extraction_stores_nothing(store: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def around(_real: Any, _text: processing.DocumentText) -> Any:
        raise RuntimeError("extractor crashed")

    _with_prepare(monkeypatch, around)
    with pytest.raises(RuntimeError):
        ingest_bytes(store, "r.txt", REPORT, IngestOptions(actor="t"))
    assert _count(store) == 0 and _count(store, model=AuditEntry) == 0


def test_without_processing_nothing_is_extracted(store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def around(_real: Any, _text: processing.DocumentText) -> Any:
        raise AssertionError("extraction ran although processing was off")

    _with_prepare(monkeypatch, around)
    outcome = ingest_bytes(store, "r.txt", REPORT, IngestOptions(actor="t", process=False))
    assert outcome.status == "stored" and _count(store, model=Claim) == 0


def test_reprocess_prepares_outside_the_write_transaction(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    outcome = ingest_bytes(store, "r.txt", REPORT, IngestOptions(actor="t", process=False))
    assert outcome.document_id
    held: list[int] = []

    def around(real: Any, text: processing.DocumentText) -> Any:
        held.append(store.engine.pool.checkedout())  # type: ignore[attr-defined]
        return real(text)

    _with_prepare(monkeypatch, around)
    assert processing.reprocess(store, outcome.document_id, actor="t")
    assert held == [0]
    assert _count(store, Claim.document_id == outcome.document_id, model=Claim) > 0


def test_reprocess_of_an_unknown_document_says_so(store: Store) -> None:
    assert not processing.reprocess(store, "doc_missing", actor="t")


def test_a_confidential_document_is_extracted_once_outside_the_transaction(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    held: list[int] = []

    def around(real: Any, text: processing.DocumentText) -> Any:
        held.append(store.engine.pool.checkedout())  # type: ignore[attr-defined]
        return real(text)

    _with_prepare(monkeypatch, around)
    options = IngestOptions(actor="t", sensitivity="confidential")
    outcome = ingest_bytes(store, "r.txt", REPORT, options)
    assert outcome.status == "stored" and held == [0]
    assert _count(store, Claim.document_id == outcome.document_id, model=Claim) > 0
