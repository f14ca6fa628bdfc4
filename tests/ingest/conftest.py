"""Builders of small, real documents for the reader tests: PDFs and .docx files made in code.

Generated rather than committed so that each test shows the content it relies on.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime

import docx
import pytest
from pypdf import PdfReader, PdfWriter


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _page_stream(lines: Sequence[str]) -> bytes:
    """A content stream that shows each line in Helvetica, one under the other."""
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        ops += [f"{_pdf_string(line)} Tj", "T*"]
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def build_pdf(pages: Sequence[Sequence[str]], info: dict[str, str] | None = None) -> bytes:
    """A valid PDF 1.4 whose pages hold the given lines as a real text layer."""
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] "
        f"/Count {len(pages)} >>".encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    for page_id, lines in zip(page_ids, pages, strict=True):
        stream = _page_stream(lines)
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {page_id + 1} 0 R >>"
        ).encode()
        objects[page_id + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    info_id = max(objects) + 1
    fields = " ".join(f"/{key} {_pdf_string(value)}" for key, value in (info or {}).items())
    objects[info_id] = f"<< {fields} >>".encode("latin-1")
    return _assemble_pdf(objects, info_id)


def _assemble_pdf(objects: dict[int, bytes], info_id: int) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for number in sorted(objects):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, info_id)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def build_blank_pdf(page_count: int = 1) -> bytes:
    """Pages with no text layer at all, as a scanner without OCR would make (minus the image)."""
    writer = PdfWriter()
    for _ in range(page_count):
        writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def build_docx(
    paragraphs: Sequence[str],
    table: Sequence[Sequence[str]] | None = None,
    title: str | None = None,
    author: str | None = None,
    created: datetime | None = None,
) -> bytes:
    """A .docx with the paragraphs, then an optional table, and the given core properties."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    properties = document.core_properties
    properties.title = title or ""
    properties.author = author or ""
    if created is not None:
        properties.created = created
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    return build_pdf


@pytest.fixture
def make_blank_pdf() -> Callable[..., bytes]:
    return build_blank_pdf


@pytest.fixture
def make_encrypted_pdf() -> Callable[..., bytes]:
    return encrypt_pdf


@pytest.fixture
def make_docx() -> Callable[..., bytes]:
    return build_docx
