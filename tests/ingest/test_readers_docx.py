"""Word documents: paragraphs and table cells in order, core properties, archive checks."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import datetime

import pytest

from izde.errors import IngestError
from izde.ingest.readers import read_document

Builder = Callable[..., bytes]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_paragraphs_become_blank_line_separated_blocks(make_docx: Builder) -> None:
    data = make_docx(["Testimony of a relative.", "", "My brother was detained in 2018."])
    result = read_document("t.docx", data)
    assert result.body == "Testimony of a relative.\n\nMy brother was detained in 2018."
    assert (result.media_type, result.encoding, result.language) == (DOCX, None, "en")


def test_table_cells_follow_the_paragraphs_before_them(make_docx: Builder) -> None:
    data = make_docx(["Detainees:"], table=[["Name", "Place"], ["A. B.", "Ghulja"]])
    assert read_document("t.docx", data).body == "Detainees:\n\nName\n\nPlace\n\nA. B.\n\nGhulja"


def test_core_properties_give_title_author_and_day(make_docx: Builder) -> None:
    data = make_docx(
        ["Body."], title="Testimony", author="Interviewer", created=datetime(2020, 5, 1, 9, 30)
    )
    assert read_document("t.docx", data).metadata == {
        "title": "Testimony",
        "author": "Interviewer",
        "published": "2020-05-01",
    }


def test_docx_without_text_is_an_error(make_docx: Builder) -> None:
    with pytest.raises(IngestError, match="no text"):
        read_document("t.docx", make_docx([]))


def test_file_that_is_not_a_zip_is_not_a_docx() -> None:
    with pytest.raises(IngestError, match=r"not a \.docx file \(not a zip archive\)"):
        read_document("t.docx", b"{\\rtf1 an RTF file renamed}")


def test_damaged_zip_is_a_clear_error(make_docx: Builder) -> None:
    with pytest.raises(IngestError, match="damaged zip archive"):
        read_document("t.docx", make_docx(["Some text."])[:200])


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_zip_without_a_word_document_is_refused() -> None:
    with pytest.raises(IngestError, match=r"no word/document\.xml"):
        read_document("t.docx", zip_of({"content.xml": b"<office:document/>"}))


def test_decompression_bomb_is_refused_before_reading() -> None:
    bomb = zip_of({"word/document.xml": b"<w:document/>", "word/media/x.bin": bytes(20 << 20)})
    assert len(bomb) < 1 << 20
    with pytest.raises(IngestError, match=r"over the 10 MB limit for unpacked \.docx contents"):
        read_document("t.docx", bomb, max_bytes=1 << 20)


def test_zip_with_a_damaged_word_document_is_a_clear_error() -> None:
    data = zip_of({"[Content_Types].xml": b"<not xml", "word/document.xml": b"<w:document"})
    with pytest.raises(IngestError, match=r"corrupt or unreadable \.docx"):
        read_document("t.docx", data)
