"""What happens to a document after it is stored: the processing stages, in order.

Ingest calls `process_document` inside the document's own transaction; `izde extract`
calls it again after an upgrade. Each stage is a function ``(session, document, actor)``
registered under a versioned name, recorded on what it produces.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

import izde.search  # noqa: F401  (its session hooks index every name a transaction writes)
from izde.store import audit
from izde.store.models import Document, utcnow

Stage = Callable[[Session, Document, str], None]


@dataclass(frozen=True)
class RegisteredStage:
    name: str
    run: Stage


def extract_stage(session: Session, doc: Document, actor: str) -> None:
    """Extraction (English rules pipeline) and loading into the claim store."""
    from izde.extract.pipeline import extract
    from izde.store.load import load_extraction

    ex = extract(doc.body, doc.published, language=doc.language)
    load_extraction(session, doc, ex)
    doc.extractor, doc.extracted_at = ex.extractor, utcnow()
    doc.notes = list(dict.fromkeys([*(doc.notes or []), *ex.notes]))
    audit.record(session, actor, "extract", "document", doc.id, extractor=ex.extractor,
                 persons=len(ex.persons), events=len(ex.events))


def resolve_stage(session: Session, doc: Document, actor: str) -> None:
    """Cross-document resolution of the document's persons against the database."""
    from izde.resolve.persons import resolve_document

    resolve_document(session, doc.id, actor=actor)


STAGES: list[RegisteredStage] = [
    RegisteredStage("izde.extract.v1", extract_stage),
    RegisteredStage("izde.resolve.persons.v1", resolve_stage),
]


def process_document(session: Session, doc: Document, actor: str = "izde") -> None:
    for stage in STAGES:
        stage.run(session, doc, actor)
