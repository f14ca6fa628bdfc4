"""izde as a library: everything the CLI does is one method here.

    >>> from izde import Izde
    >>> db = Izde("reports.db")
    >>> db.ingest(["reports/"])
    >>> data = db.export()          # the JSON contract, as a dict
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from izde import config
from izde.errors import NotFound
from izde.ingest.pipeline import IngestOptions, IngestOutcome, ingest_paths
from izde.store import audit
from izde.store.engine import Store
from izde.store.models import (
    AuditEntry,
    Claim,
    Document,
    Event,
    Judgement,
    Mention,
    Organisation,
    Person,
    Place,
    Relation,
)

COUNTED = {"documents": Document, "person records": Person, "places": Place,
           "organisations": Organisation, "events": Event, "relations": Relation,
           "mentions": Mention, "claims": Claim, "judgements": Judgement,
           "audit entries": AuditEntry}


class Izde:
    """One izde database: ingest, extract, export, statistics."""

    def __init__(self, db: str | None = None, *, actor: str | None = None) -> None:
        self.store = Store(db)
        self.actor = actor or config.actor()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Izde:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def ingest(self, paths: Iterable[str | Path], *, overrides: dict[str, str] | None = None,
               process: bool | None = None,
               on_file: Callable[[IngestOutcome], None] | None = None,
               sensitivity: str | None = None) -> list[IngestOutcome]:
        """Ingest files and folders; one outcome per file (stored, duplicate or failed).

        ``sensitivity`` sets the documents' sensitivity (default: public for published
        reporting that names a publisher or URL, else restricted)."""
        options = IngestOptions(
            overrides=overrides or {}, actor=self.actor, max_bytes=config.max_file_bytes(),
            sensitivity=sensitivity,
            process=config.setting("IZDE_EXTRACT") != "0" if process is None else process)
        return ingest_paths(self.store, paths, options, on_file)

    def extract(self, document_id: str | None = None) -> int:
        """Re-run extraction and resolution on one document, or on all; returns the count."""
        from izde.processing import reprocess

        ids = [document_id] if document_id else self._document_ids()
        for did in ids:
            if not reprocess(self.store, did, self.actor):
                raise NotFound(f"no document {did!r}; `izde stats` lists counts")
        return len(ids)

    def _document_ids(self) -> list[str]:
        with self.store.sessions() as s:
            return list(s.scalars(select(Document.id).order_by(Document.ingested_at)))

    def export(self, *, public: bool = False) -> dict[str, Any]:
        """Everything in the database in the JSON contract (shared/eval/FORMAT.md).

        ``public=True``: only public values, with names and places coarsened as each person's
        privacy settings say (``izde.export.public``).
        """
        from izde.export.contract import build_export
        from izde.export.public import build_public_export

        with self.store.sessions() as s:
            return build_public_export(s) if public else build_export(s)

    def stats(self) -> dict[str, int]:
        with self.store.sessions() as s:
            counts = {k: s.scalar(select(func.count()).select_from(m)) or 0
                      for k, m in COUNTED.items()}
            counts["persons"] = s.scalar(select(func.count(func.distinct(Person.canonical_id)))
                                         ) or 0
            return counts

    def events_by_type(self) -> dict[str, int]:
        with self.store.sessions() as s:
            rows = s.execute(select(Event.type, func.count()).where(Event.status != "rejected")
                             .group_by(Event.type).order_by(func.count().desc()))
            return {t: n for t, n in rows}

    def document(self, document_id: str) -> dict[str, Any]:
        with self.store.sessions() as s:
            doc = s.get(Document, document_id)
            if doc is None:
                raise NotFound(f"no document {document_id!r}")
            persons = s.scalars(select(Person.name).where(Person.document_id == doc.id))
            return {"id": doc.id, "filename": doc.filename, "sha256": doc.sha256,
                    "media_type": doc.media_type, "size": doc.size, "title": doc.title,
                    "publisher": doc.publisher, "url": doc.url, "published": doc.published,
                    "language": doc.language, "encoding": doc.encoding, "notes": doc.notes,
                    "ingested_at": doc.ingested_at.isoformat(), "extractor": doc.extractor,
                    "persons": sorted(persons), "body": doc.body}

    def verify_audit(self) -> audit.ChainReport:
        with self.store.sessions() as s:
            return audit.verify_chain(s)
