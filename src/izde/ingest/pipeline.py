"""Ingest: files in, documents stored unchanged, each in its own transaction.

For each file: read the bytes, hash them; the same bytes again are a no-op that says so;
otherwise read the format (``izde.ingest.readers``), store the original, the body text and
metadata, append to the audit log and hand the document to the processing hook
(``izde.processing``: extraction, loading and resolution) — all in one transaction, so a
failure or a crash leaves nothing of that file behind.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from izde import config
from izde.errors import IngestError
from izde.store import audit
from izde.store.engine import Store
from izde.store.ids import document_id
from izde.store.models import Document

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
    """Ingest one file's bytes (from disk or an upload) in one transaction."""
    sha = hashlib.sha256(data).hexdigest()
    existing = _existing(store, sha)
    if existing:
        return IngestOutcome(name, "duplicate", existing, "already stored (same sha256)")
    from izde.ingest.readers import read_document

    result = read_document(name, data, max_bytes=options.max_bytes)
    try:
        with store.session() as session:
            doc = _new_document(name, data, sha, result, options)
            session.add(doc)
            session.flush()
            audit.record(session, options.actor, "ingest", "document", doc.id,
                         sha256=sha, filename=doc.filename, size=doc.size)
            if options.process:
                from izde.processing import process_document

                process_document(session, doc, actor=options.actor)
            return IngestOutcome(name, "stored", doc.id, _summary(doc))
    except IntegrityError:  # the same bytes were stored concurrently
        if _existing(store, sha):
            return IngestOutcome(name, "duplicate", document_id(sha),
                                 "already stored (same sha256)")
        raise


def _existing(store: Store, sha: str) -> str | None:
    with store.sessions() as session:
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
