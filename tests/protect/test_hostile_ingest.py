"""Hostile files at ingest: bombs, oversized and malformed files, traversal names, markup.

Every case ends in a stored document or an IngestError that names the file; nothing else
(no crash, no runaway memory, no file written outside the store).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest

from izde.errors import IngestError
from izde.ingest.pipeline import IngestOptions, ingest_bytes
from izde.ingest.readers import read_document
from izde.store.engine import Store
from izde.store.models import Document


def pdf_with_stream(content: bytes) -> bytes:
    """A minimal one-page PDF whose content stream is ``content``, Flate-compressed."""
    comp = zlib.compress(content, 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)


def docx_with(document_xml: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def refused(name: str, data: bytes, max_bytes: int = 1 << 20) -> IngestError:
    with pytest.raises(IngestError) as info:
        read_document(name, data, max_bytes=max_bytes)
    assert info.value.path == name
    return info.value


def test_pdf_decompression_bomb_is_refused() -> None:
    page = b"BT /F1 12 Tf 72 712 Td (All work and no play) Tj ET\n"
    bomb = pdf_with_stream(page * 3_000_000)  # ~160 MB of content from ~0.5 MB
    assert len(bomb) < 1 << 20
    refused("bomb.pdf", bomb)


def test_docx_zip_bomb_is_refused() -> None:
    bomb = docx_with(b"<w:document>" + b" " * 30_000_000 + b"</w:document>")
    assert len(bomb) < 100_000
    assert "zip bomb" in refused("bomb.docx", bomb, max_bytes=1 << 20).reason


def test_oversized_file_is_refused_before_parsing() -> None:
    error = refused("big.txt", b"a" * 2048, max_bytes=1024)
    assert "limit" in error.reason


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\n", b"%PDF-1.7\n1 0 obj << /Type /Catalog", b"%PDF-" + b"\xff" * 500,
    pdf_with_stream(b"BT (unterminated")[:-40]])
def test_malformed_pdf_is_refused_with_a_reason(data: bytes) -> None:
    assert refused("bad.pdf", data).reason


@pytest.mark.parametrize("data", [
    b"PK\x03\x04" + b"\x00" * 100, docx_with(b"<w:document><w:body><w:p>"),
    docx_with(b"<!DOCTYPE x [<!ENTITY a '" + b"A" * 1000 + b"'>]><x>&a;&a;</x>")])
def test_malformed_docx_is_refused_with_a_reason(data: bytes) -> None:
    assert refused("bad.docx", data).reason


def test_xml_entity_expansion_in_docx_does_not_expand() -> None:
    lol = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "' + b"lol" * 10 + b'">'
           + b"".join(b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10)
                      for i in range(7))
           + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
           b'2006/main"><w:body><w:p><w:r><w:t>&h;</w:t></w:r></w:p></w:body></w:document>')
    try:
        result = read_document("lol.docx", docx_with(lol), max_bytes=1 << 20)
    except IngestError:
        return
    assert len(result.body) < 1_000_000


@pytest.mark.parametrize("html", [
    b"<html><body>" + b"<div>" * 20_000 + b"deep text" + b"</div>" * 20_000 + b"</body>",
    b"<html><body><p>unclosed <b>bold <i>italic <table><tr><td>cell",
    b"<html><body>\x00\x01\x02<p>text after control bytes</p>",
    b"<!-- <p>comment only --><p>real text</p>"])
def test_malformed_html_is_read_or_refused(html: bytes) -> None:
    try:
        result = read_document("page.html", html, max_bytes=1 << 20)
    except IngestError as error:
        assert error.path == "page.html"
        return
    assert result.body.strip()


def test_script_and_style_contents_are_not_read_as_text() -> None:
    html = (b"<html><head><style>p{color:red}</style></head><body><p>Detained in 2018.</p>"
            b"<script>alert('x')</script><noscript>enable js</noscript></body></html>")
    body = read_document("page.html", html).body
    assert "alert" not in body and "color:red" not in body and "Detained" in body


def test_script_in_a_text_file_is_kept_as_inert_text() -> None:
    """A document's text is evidence and is kept verbatim; escaping happens on display."""
    payload = "<script>alert(1)</script> was detained"
    assert read_document("x.txt", payload.encode()).body.startswith("<script>")


@pytest.mark.parametrize("name", [
    "../../etc/passwd.txt", "/abs/path/evil.txt", "a/../../b/evil.txt",
    "..\\..\\windows\\evil.txt"])
def test_traversal_in_an_upload_name_keeps_only_the_base_name(sqlite_db: str, tmp_path: Path,
                                                              name: str) -> None:
    store = Store(sqlite_db)
    outcome = ingest_bytes(store, name, f"Text of {name}".encode(),
                           IngestOptions(process=False, actor="t"))
    with store.session() as s:
        doc = s.get(Document, outcome.document_id)
        assert doc is not None and doc.filename in ("evil.txt", "passwd.txt")
        assert "/" not in (doc.filename or "") and "\\" not in (doc.filename or "")
    store.close()


def test_nothing_is_written_outside_the_store(sqlite_db: str, tmp_path: Path) -> None:
    before = set(tmp_path.parent.rglob("*"))
    store = Store(sqlite_db)
    ingest_bytes(store, "../escape.txt", b"Some text", IngestOptions(process=False, actor="t"))
    store.close()
    created = set(tmp_path.parent.rglob("*")) - before
    assert all(tmp_path in p.parents for p in created)
