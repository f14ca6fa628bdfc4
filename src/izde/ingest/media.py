"""File types izde can read, and the shape every format reader hands back.

The suffix decides the reader: ingest is given files by people who named them, and a wrong
guess from sniffing bytes would be harder to explain than "rename it to .pdf".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import PurePath

from izde.errors import IngestError

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

MEDIA_TYPES: dict[str, str] = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": DOCX_MEDIA_TYPE,
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(MEDIA_TYPES)


@dataclass(frozen=True)
class Extracted:
    """What one format reader found: text before final normalisation, plus what it learnt."""

    body: str
    metadata: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    notes: tuple[str, ...] = ()


# Signatures of the binary formats we read, to tell a user their file is misnamed.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", ".pdf"),
    (b"PK\x03\x04", ".docx (or another zip archive)"),
    (b"\xd0\xcf\x11\xe0", ".doc (old Word format: save it as .docx)"),
    (b"{\\rtf", ".rtf (save it as .docx or .txt)"),
)


def check_not_misnamed(path: str, data: bytes) -> None:
    """A text-format suffix on a PDF or Word file: say what it is instead of "binary data"."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise IngestError(path, f"the content is a {kind} file, not {suffix_of(path)}")


def suffix_of(path: str) -> str:
    """The lower-cased suffix, so that REPORT.PDF and report.pdf are read alike."""
    return PurePath(path).suffix.lower()


def media_type_for(path: str) -> str:
    """Media type from the suffix; an unsupported suffix is an error that lists the good ones."""
    suffix = suffix_of(path)
    if suffix not in MEDIA_TYPES:
        shown = f"'{suffix}'" if suffix else "without a suffix"
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise IngestError(path, f"unsupported file type {shown}; supported: {supported}")
    return MEDIA_TYPES[suffix]


@contextmanager
def parser_errors_as_ingest_errors(path: str, what: str) -> Iterator[None]:
    """A parser library's failure on damaged bytes, as one IngestError naming the file.

    python-docx, lxml and pypdf signal damage with many exception types; any of them means
    "corrupt or unreadable ``what``". Catching broadly is deliberate: the bytes are untrusted
    input and the caller must get one IngestError naming the file, never a parser traceback.
    """
    try:
        yield
    except IngestError:
        raise
    except Exception as exc:
        detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise IngestError(path, f"corrupt or unreadable {what}: {detail}") from exc
