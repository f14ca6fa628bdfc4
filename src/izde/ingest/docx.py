"""Paragraphs and table cells of a Word (.docx) file, and its core properties.

A .docx is a zip archive, so its declared member sizes are checked before anything is
decompressed: a few kilobytes can expand to gigabytes (a "zip bomb").
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator

import docx
from docx.opc.coreprops import CoreProperties
from docx.table import Table
from docx.text.paragraph import Paragraph

from izde.errors import IngestError
from izde.ingest.header import normalise_language
from izde.ingest.media import Extracted, parser_errors_as_ingest_errors

_ZIP_MAGIC = b"PK\x03\x04"
_EXPANSION_FACTOR = 10  # total uncompressed size allowed, as a multiple of max_bytes
_MAX_MEMBERS = 10_000
_MAX_TABLE_DEPTH = 5
_MB = 1024 * 1024


def read_docx(path: str, data: bytes, max_bytes: int) -> Extracted:
    """Body paragraphs and table cells in document order, one block per paragraph."""
    _check_archive(path, data, max_bytes)
    with parser_errors_as_ingest_errors(path, ".docx"):
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document.iter_inner_content(), depth=0))
        metadata = _metadata(document.core_properties)
    body = "\n\n".join(blocks)
    if not body.strip():
        raise IngestError(path, "the Word document has no text")
    return Extracted(body, metadata)


def _check_archive(path: str, data: bytes, max_bytes: int) -> None:
    """A zip, holding word/document.xml, whose members expand to a bounded size."""
    if not data.startswith(_ZIP_MAGIC):
        raise IngestError(path, "not a .docx file (not a zip archive); is the suffix right?")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception as exc:  # zipfile fails on damage with BadZipFile, NotImplementedError, ...
        raise IngestError(path, f"not a .docx file (damaged zip archive: {exc})") from exc
    if len(members) > _MAX_MEMBERS:
        raise IngestError(path, f"zip archive has {len(members)} members; refusing (zip bomb?)")
    expanded = sum(member.file_size for member in members)
    limit = _EXPANSION_FACTOR * max_bytes
    if expanded > limit:
        raise IngestError(
            path,
            f"expands to {expanded / _MB:.1f} MB, over the {limit / _MB:g} MB limit "
            "for unpacked .docx contents (zip bomb?)",
        )
    if "word/document.xml" not in {member.filename for member in members}:
        raise IngestError(path, "not a Word document (the archive has no word/document.xml)")



def _blocks(content: Iterable[Paragraph | Table], depth: int) -> Iterator[str]:
    """Non-empty paragraph texts; tables give their cells' paragraphs, row by row."""
    for item in content:
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if text:
                yield text
        elif depth < _MAX_TABLE_DEPTH:
            yield from _table_blocks(item, depth)


def _table_blocks(table: Table, depth: int) -> Iterator[str]:
    """A merged cell appears once per spanned grid position; read it once.

    The set holds the cell elements themselves, which keeps lxml's proxies alive and so
    makes the same cell compare equal on each visit.
    """
    seen: set[object] = set()
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield from _blocks(cell.iter_inner_content(), depth + 1)


def _metadata(properties: CoreProperties) -> dict[str, str]:
    """Title, author, language and creation day ('published') from docProps/core.xml."""
    metadata: dict[str, str] = {}
    for key, value in (
        ("title", properties.title),
        ("author", properties.author),
        ("language", normalise_language(properties.language or "")),
    ):
        if value and value.strip():
            metadata[key] = " ".join(value.split())
    if properties.created is not None:
        metadata["published"] = properties.created.date().isoformat()
    return metadata
