"""`izde verify`: every stored original still hashes to the sha256 recorded at ingest.

The sha256 is computed from the bytes as they arrived and never changes; a mismatch means
the stored bytes were altered (or damaged) after ingest. Confidential originals are stored
encrypted and are checked after decryption, so verifying them needs the key; without it they
are reported as unchecked, not as intact.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from izde import crypto
from izde.store.models import Attachment, Document


@dataclass(frozen=True)
class Problem:
    kind: str  # "document" or "attachment"
    id: str
    reason: str


@dataclass
class IntegrityReport:
    checked: int = 0
    unchecked: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _rows(s: Session, model: Any, data_col: Any) -> Iterator[tuple[str, str, int, Any]]:
    """(id, sha256, size, stored bytes) one row at a time, without loading ORM objects."""
    query = select(model.id, model.sha256, model.size, data_col).order_by(model.id)
    yield from s.execute(query.execution_options(yield_per=50))


def _check(kind: str, row: tuple[str, str, int, Any], ring: crypto.Keyring | None,
           report: IntegrityReport) -> None:
    rid, sha, size, stored = row
    data = bytes(stored or b"")
    if crypto.is_encrypted(data):
        if ring is None:
            report.unchecked += 1
            return
        data = crypto.decrypt_bytes(data, ring)
    report.checked += 1
    if hashlib.sha256(data).hexdigest() != sha:
        report.problems.append(Problem(kind, rid, "bytes do not match the recorded sha256"))
    elif len(data) != size:
        report.problems.append(Problem(kind, rid, f"size {len(data)} != recorded {size}"))


def verify_documents(s: Session) -> IntegrityReport:
    """Check every document original and attachment against its recorded sha256."""
    ring = crypto.configured_keyring()
    report = IntegrityReport()
    for row in _rows(s, Document, Document.original):
        _check("document", row, ring, report)
    for row in _rows(s, Attachment, Attachment.data):
        _check("attachment", row, ring, report)
    return report
