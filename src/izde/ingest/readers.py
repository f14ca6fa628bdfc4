"""One file's bytes -> body text + metadata, or an IngestError that says what is wrong.

This is the entry point of the format readers; the ingest pipeline calls read_document and
stores its result. The body is final here (NFC, "\\n" newlines): every offset extracted
later points into it, so the same bytes must always give the same body.
"""

from __future__ import annotations

from dataclasses import dataclass

from izde.errors import IngestError
from izde.ingest.docx import read_docx
from izde.ingest.encoding import decode_text, normalise_text
from izde.ingest.header import split_header
from izde.ingest.html import read_html
from izde.ingest.language import detect_language
from izde.ingest.media import (
    SUPPORTED_SUFFIXES,
    Extracted,
    check_not_misnamed,
    media_type_for,
    suffix_of,
)
from izde.ingest.pdf import read_pdf

__all__ = ["SUPPORTED_SUFFIXES", "ReadResult", "detect_language", "read_document"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_MB = 1024 * 1024


@dataclass(frozen=True)
class ReadResult:
    """What a file holds: the body that evidence is quoted from, and what it says about itself.

    ``metadata`` keys are among url, publisher, published (EDTF where possible), title,
    language and author. ``language`` is guessed from the body, falling back to the
    declared one; ``notes`` tell the user anything surprising (e.g. "decoded as cp1251").
    """

    body: str
    media_type: str
    metadata: dict[str, str]
    encoding: str | None
    language: str | None
    notes: tuple[str, ...]


def read_document(path: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read one file; raises IngestError naming the file and the reason, and nothing else."""
    media_type = media_type_for(path)
    _check_size(path, data, max_bytes)
    extracted = _extract(path, data, max_bytes)
    body = normalise_text(extracted.body)
    if not body.strip():
        raise IngestError(path, "the file has no text")
    metadata = {key: normalise_text(value) for key, value in extracted.metadata.items()}
    language, notes = _language(body, metadata, extracted.notes)
    return ReadResult(body, media_type, metadata, extracted.encoding, language, notes)


def _check_size(path: str, data: bytes, max_bytes: int) -> None:
    if not data:
        raise IngestError(path, "the file is empty")
    if len(data) > max_bytes:
        raise IngestError(
            path,
            f"file is {len(data) / _MB:.1f} MB, over the {max_bytes / _MB:.3g} MB limit "
            "(IZDE_MAX_FILE_MB)",
        )


def _extract(path: str, data: bytes, max_bytes: int) -> Extracted:
    suffix = suffix_of(path)
    if suffix in (".html", ".htm"):
        check_not_misnamed(path, data)
        return read_html(path, data)
    if suffix == ".pdf":
        return read_pdf(path, data)
    if suffix == ".docx":
        return read_docx(path, data, max_bytes)
    return _read_plain_text(path, data)


def _read_plain_text(path: str, data: bytes) -> Extracted:
    """.txt and .md: decode, then cut the optional `key: value` header block."""
    check_not_misnamed(path, data)
    decoded = decode_text(path, data)
    metadata, body = split_header(normalise_text(decoded.text))
    if metadata and not body.strip():
        raise IngestError(path, "the file has a header block but no text after it")
    return Extracted(body, metadata, decoded.encoding, decoded.notes)


def _language(
    body: str, metadata: dict[str, str], notes: tuple[str, ...]
) -> tuple[str | None, tuple[str, ...]]:
    """The body's own evidence wins; a disagreeing declaration is worth a note."""
    detected = detect_language(body)
    declared = metadata.get("language")
    if detected and declared and declared != detected:
        notes += (f"language declared as {declared!r} but the text looks like {detected!r}",)
    return detected or declared, notes
