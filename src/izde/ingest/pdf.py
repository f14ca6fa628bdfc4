"""The text layer of a PDF, page by page, and its document information.

izde does no OCR: a scanned report has no text to quote, and saying so plainly is better
than storing an empty document that the extractors would silently find nothing in.
"""

from __future__ import annotations

import io
import logging
from datetime import datetime

from pypdf import PdfReader

from izde.errors import IngestError
from izde.ingest.media import Extracted, parser_errors_as_ingest_errors

# pypdf logs what it repairs ("EOF marker not found"); without a handler Python prints those
# lines to stderr. The NullHandler stops that; an application that configures logging still
# receives them, and a PDF that cannot be read raises IngestError with the reason anyway.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

_PDF_MAGIC = b"%PDF-"
_MAGIC_WINDOW = 1024
_NO_TEXT = "PDF has no text layer (scanned?); run OCR first"


def read_pdf(path: str, data: bytes) -> Extracted:
    """Text of every page, pages separated by a blank line."""
    if _PDF_MAGIC not in data[:_MAGIC_WINDOW]:
        raise IngestError(path, "not a PDF (no %PDF- header); is the suffix right?")
    with parser_errors_as_ingest_errors(path, "PDF"):
        reader = PdfReader(io.BytesIO(data), strict=False)
        notes = _unlock(path, reader)
        pages = [_page_text(page.extract_text()) for page in reader.pages]
        metadata = _metadata(reader)
    body = "\n\n".join(text for text in pages if text)
    if not body.strip():
        raise IngestError(path, _NO_TEXT)
    empty = sum(1 for text in pages if not text)
    if empty:
        notes += (f"{empty} of {len(pages)} pages have no text layer (scanned?)",)
    return Extracted(body, metadata, None, notes)



def _unlock(path: str, reader: PdfReader) -> tuple[str, ...]:
    """Many PDFs are 'encrypted' with an empty password only to forbid copying; open those."""
    if not reader.is_encrypted:
        return ()
    try:
        unlocked = bool(reader.decrypt(""))
    except Exception as exc:  # missing crypto backend or damaged encryption dictionary
        raise IngestError(path, f"PDF is encrypted and cannot be opened ({exc})") from exc
    if not unlocked:
        raise IngestError(path, "PDF is encrypted with a password; decrypt it first")
    return ("PDF is encrypted with an empty password; opened it",)


def _page_text(text: str) -> str:
    """Trailing spaces removed from each line; a page of whitespace counts as empty."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n") if any(lines) else ""


def _metadata(reader: PdfReader) -> dict[str, str]:
    """Title and author from the document information; its creation date as 'published'."""
    info = reader.metadata
    if info is None:
        return {}
    metadata: dict[str, str] = {}
    for key, value in (("title", info.title), ("author", info.author)):
        if isinstance(value, str) and value.strip():
            metadata[key] = " ".join(value.split())
    created = _creation_date(info.creation_date_raw)
    if created:
        metadata["published"] = created
    return metadata


def _creation_date(raw: object) -> str | None:
    """PDF dates look like D:20210222101500+06'00'; the day is all we keep."""
    if not isinstance(raw, str):
        return None
    digits = raw.removeprefix("D:")[:8]
    try:
        return datetime.strptime(digits, "%Y%m%d").date().isoformat()
    except ValueError:
        return None
