"""Ingest: files in, documents stored unchanged, each in its own transaction.

For each file: read the bytes, hash them; the same bytes again are a no-op that says so.
Otherwise the CPU-heavy, read-only work happens first, holding no lock: reading the format
(``izde.ingest.readers``), language detection and extraction (``izde.processing``'s
``prepare`` halves). Only then does the write transaction open, and it only stores: the
original, the body text and metadata, the audit entry, the extracted claims, and the
resolution of the document's persons — all in one transaction, so a failure or a crash
leaves nothing of that file behind, and other writers wait only for the storing.

Duplicates are checked twice: once before the work (cheap, and saves extracting a file
already stored), and again inside the transaction, where it is decisive (SQLite's write
lock, or PostgreSQL's unique index on sha256, serialises two concurrent ingests of the
same bytes; the loser reports a duplicate).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from izde import config
from izde.errors import IngestError
from izde.store import audit
from izde.store.engine import Store
from izde.store.ids import document_id
from izde.store.models import Document

if TYPE_CHECKING:
    from izde.processing import Prepared

OVERRIDABLE = ("publisher", "published", "title", "url", "language")


@dataclass(frozen=True)
class IngestOutcome:
    path: str
    status: str  # "stored" | "duplicate" | "failed"
    document_id: str | None = None
    message: str = ""


@dataclass
class IngestOptions:
    overrides: dict[str, str] = field(default_factory=dict)
    actor: str = "cli"
    process: bool = True
    max_bytes: int = 50 * 1024 * 1024
    sensitivity: str | None = None  # None: decided by _document_sensitivity


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and every file under a folder (recursively, sorted, hidden skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not _hidden(f, p)))
        else:
            out.append(p)
    return out


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


def ingest_paths(store: Store, paths: Iterable[str | Path], options: IngestOptions | None = None,
                 on_file: Callable[[IngestOutcome], None] | None = None) -> list[IngestOutcome]:
    options = options or IngestOptions(max_bytes=config.max_file_bytes())
    outcomes = []
    for outcome in _ingest_each(store, expand_paths(paths), options):
        outcomes.append(outcome)
        if on_file:
            on_file(outcome)
    return outcomes


def _ingest_each(store: Store, files: list[Path], options: IngestOptions
                 ) -> Iterator[IngestOutcome]:
    for f in files:
        try:
            data = _read_bytes(f, options.max_bytes)
            yield ingest_bytes(store, str(f), data, options)
        except IngestError as exc:
            yield IngestOutcome(str(f), "failed", message=exc.reason)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(str(path), f"file is {size / 2**20:.1f} MB, over the "
                              f"{max_bytes / 2**20:.0f} MB limit (IZDE_MAX_FILE_MB)")
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), f"cannot read file: {exc.strerror or exc}") from exc


def ingest_bytes(store: Store, name: str, data: bytes, options: IngestOptions) -> IngestOutcome:
    """Ingest one file's bytes (from disk or an upload): prepare, then one transaction."""
    sha = hashlib.sha256(data).hexdigest()
    if _existing(store, sha):
        return _duplicate(name, sha)
    from izde.ingest.readers import read_document

    result = read_document(name, data, max_bytes=options.max_bytes)
    doc = _new_document(name, data, sha, result, options)
    prepared = _prepare(doc) if options.process else None
    try:
        return _store(store, name, doc, options, prepared)
    except IntegrityError:  # the same bytes were stored concurrently (PostgreSQL)
        if _existing(store, sha):
            return _duplicate(name, sha)
        raise


def _prepare(doc: Document) -> Prepared:
    from izde.processing import DocumentText, prepare_document

    return prepare_document(DocumentText.of(doc))


def _store(store: Store, name: str, doc: Document, options: IngestOptions,
           prepared: Prepared | None) -> IngestOutcome:
    """The write transaction: it stores what was prepared and does no extraction."""
    with store.session() as session:
        if session.scalar(select(Document.id).where(Document.sha256 == doc.sha256)):
            return _duplicate(name, doc.sha256)  # stored while this one was being prepared
        session.add(doc)
        session.flush()
        audit.record(session, options.actor, "ingest", "document", doc.id,
                     sha256=doc.sha256, size=doc.size,
                     filename=audit.unless_confidential(doc.filename, doc.sensitivity))
        if options.process:
            from izde import processing

            processing.process_document(session, doc, actor=options.actor, prepared=prepared)
        return IngestOutcome(name, "stored", doc.id, _summary(doc))


def _duplicate(name: str, sha: str) -> IngestOutcome:
    return IngestOutcome(name, "duplicate", document_id(sha), "already stored (same sha256)")


def _existing(store: Store, sha: str) -> str | None:
    """Outside the write transaction: a read that takes no write lock."""
    with store.reading() as session:
        return session.scalar(select(Document.id).where(Document.sha256 == sha))


def _new_document(name: str, data: bytes, sha: str, result: object, options: IngestOptions
                  ) -> Document:
    from izde.ingest.readers import ReadResult

    assert isinstance(result, ReadResult)
    meta = {**result.metadata, **{k: v for k, v in options.overrides.items() if v}}
    return Document(
        id=document_id(sha), sha256=sha, filename=PureWindowsPath(name).name,
        media_type=result.media_type, sensitivity=_document_sensitivity(meta, options),
        size=len(data), original=data, body=result.body, title=meta.get("title"),
        publisher=meta.get("publisher"), url=meta.get("url"),
        published=_published(meta.get("published")),
        language=meta.get("language") or result.language, encoding=result.encoding,
        notes=list(result.notes), ingested_by=options.actor,
    )


def _document_sensitivity(meta: dict[str, str], options: IngestOptions) -> str:
    """Published reporting (it names a publisher or URL) is public; anything else — a
    testimony, an internal note — starts restricted. ``--sensitivity`` overrides both."""
    if options.sensitivity:
        return options.sensitivity
    return "public" if meta.get("publisher") or meta.get("url") else "restricted"


def _published(value: str | None) -> str | None:
    if not value:
        return None
    from izde.ingest.header import normalise_published

    return normalise_published(value)


def _summary(doc: Document) -> str:
    bits = [doc.media_type, f"{len(doc.body):,} chars"]
    if doc.language:
        bits.append(doc.language)
    return ", ".join(bits)
