"""What happens to a document after it is stored: the processing stages, in order.

Each stage has two halves. ``prepare`` is the CPU-heavy, read-only work (extraction reads
only the body text, publication date and language) and runs *before* the write
transaction opens, so other writers do not queue behind it. ``store`` writes its result
inside the document's transaction (loading claims, resolving persons), so a crash still
leaves all or nothing. Stages are registered under versioned names, recorded on what they
produce.

Ingest prepares while it holds no lock, then calls `process_document` with the prepared
result inside the document's own transaction; `izde extract` does the same after an
upgrade. Called without a prepared result, `process_document` prepares inside the
transaction (a script that already holds a session).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

import izde.search  # noqa: F401  (its session hooks index every name a transaction writes)
from izde.store import audit
from izde.store.models import Document, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentText:
    """What the read-only half of processing needs from a document."""

    body: str
    published: str | None
    language: str | None
    publisher: str | None = None

    @classmethod
    def of(cls, doc: Document) -> DocumentText:
        return cls(doc.body, doc.published, doc.language, doc.publisher)


@dataclass
class Prepared:
    """Results of the stages' ``prepare`` halves, by stage name, for one text."""

    text: DocumentText
    results: dict[str, Any] = field(default_factory=dict)


Prepare = Callable[[DocumentText], Any]
Store = Callable[[Session, Document, str, Any], None]


@dataclass(frozen=True)
class RegisteredStage:
    name: str
    store: Store
    prepare: Prepare | None = None


def extract_prepare(text: DocumentText) -> Any:
    """Extraction (English rules pipeline): a pure function of the text.

    A failure of the rules on one document (a bug, never the document's fault) costs that
    document's claims only: it is stored with a note saying so, and the other documents of the
    batch go on; ``izde extract`` re-runs it after an upgrade."""
    from izde.extract.model import Extraction
    from izde.extract.pipeline import EXTRACTOR, extract

    try:
        return extract(text.body, text.published, language=text.language,
                       publisher=text.publisher)
    except Exception as exc:  # any bug of the rules, reported on the document
        log.exception("extraction failed")
        failed = Extraction(EXTRACTOR, language=text.language)
        failed.notes.append(f"extraction failed ({type(exc).__name__}: {str(exc)[:200]}); "
                            "the document is stored without claims; run `izde extract` "
                            "again after an upgrade")
        return failed


def extract_store(session: Session, doc: Document, actor: str, ex: Any) -> None:
    """Loading an extraction into the claim store."""
    from izde.store.load import load_extraction

    load_extraction(session, doc, ex)
    doc.extractor, doc.extracted_at = ex.extractor, utcnow()
    doc.notes = list(dict.fromkeys([*(doc.notes or []), *ex.notes]))
    audit.record(session, actor, "extract", "document", doc.id, extractor=ex.extractor,
                 persons=len(ex.persons), events=len(ex.events))


def resolve_store(session: Session, doc: Document, actor: str, _prepared: Any) -> None:
    """Cross-document resolution of the document's persons against the database."""
    from izde.resolve.persons import resolve_document

    resolve_document(session, doc.id, actor=actor)


STAGES: list[RegisteredStage] = [
    RegisteredStage("izde.extract.v1", extract_store, extract_prepare),
    RegisteredStage("izde.resolve.persons.v1", resolve_store),
]


def prepare_document(text: DocumentText) -> Prepared:
    """Run every stage's read-only half; call it outside any write transaction."""
    prepared = Prepared(text)
    for stage in STAGES:
        if stage.prepare is not None:
            prepared.results[stage.name] = stage.prepare(text)
    return prepared


def process_document(session: Session, doc: Document, actor: str = "izde",
                     prepared: Prepared | None = None) -> None:
    """Store every stage's result in the caller's transaction.

    A ``prepared`` made from another text than the document's (it cannot happen through
    ingest, whose body never changes) is prepared again rather than trusted.
    """
    if prepared is None or prepared.text != DocumentText.of(doc):
        prepared = prepare_document(DocumentText.of(doc))
    for stage in STAGES:
        stage.store(session, doc, actor, prepared.results.get(stage.name))


def reprocess(store: Any, document_id: str, actor: str = "izde") -> bool:
    """Re-run every stage on a stored document (``izde extract``), in the same shape as
    ingest: read the text in a read-only transaction, prepare holding no lock, then store
    in one write transaction. False when there is no such document."""
    with store.reading() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            return False
        text = DocumentText.of(doc)
    prepared = prepare_document(text)
    with store.session() as session:
        doc = session.get(Document, document_id)
        if doc is None:  # removed in between
            return False
        process_document(session, doc, actor=actor, prepared=prepared)
    return True
