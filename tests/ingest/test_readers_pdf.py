"""PDFs: the text layer page by page, document information, and clear errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from izde.errors import IngestError
from izde.ingest.readers import read_document

Builder = Callable[..., bytes]
PAGES = [
    ["Kazakh man sentenced to twenty years", "for (alleged) espionage."],
    ["His sister asked the court to transfer him."],
]


def test_text_layer_of_each_page_separated_by_a_blank_line(make_pdf: Builder) -> None:
    result = read_document("r.pdf", make_pdf(PAGES))
    assert result.body == (
        "Kazakh man sentenced to twenty years\nfor (alleged) espionage.\n\n"
        "His sister asked the court to transfer him."
    )
    assert (result.media_type, result.encoding, result.language) == ("application/pdf", None, "en")


def test_document_information_gives_title_author_and_day(make_pdf: Builder) -> None:
    info = {"Title": "Annual report", "Author": "Rights Group", "CreationDate": "D:20210222"}
    result = read_document("r.pdf", make_pdf(PAGES, info))
    assert result.metadata == {
        "title": "Annual report",
        "author": "Rights Group",
        "published": "2021-02-22",
    }


def test_pdf_without_text_layer_asks_for_ocr(make_blank_pdf: Builder) -> None:
    with pytest.raises(IngestError) as error:
        read_document("scan.pdf", make_blank_pdf(2))
    assert error.value.reason == "PDF has no text layer (scanned?); run OCR first"


def test_pages_without_text_are_noted(make_pdf: Builder) -> None:
    result = read_document("r.pdf", make_pdf([["Text page."], []]))
    assert result.notes == ("1 of 2 pages have no text layer (scanned?)",)


def test_password_protected_pdf_is_refused(make_pdf: Builder, make_encrypted_pdf: Builder) -> None:
    with pytest.raises(IngestError, match="encrypted with a password; decrypt it first"):
        read_document("r.pdf", make_encrypted_pdf(make_pdf(PAGES), "secret"))


def test_pdf_encrypted_with_an_empty_password_is_read(
    make_pdf: Builder, make_encrypted_pdf: Builder
) -> None:
    result = read_document("r.pdf", make_encrypted_pdf(make_pdf(PAGES), ""))
    assert result.body.startswith("Kazakh man sentenced")
    assert result.notes == ("PDF is encrypted with an empty password; opened it",)


def test_truncated_pdf_is_a_clear_error(make_pdf: Builder) -> None:
    with pytest.raises(IngestError, match=r"corrupt or unreadable PDF: Stream has ended"):
        read_document("r.pdf", make_pdf(PAGES)[:60])


def test_file_without_pdf_signature_is_not_a_pdf() -> None:
    with pytest.raises(IngestError, match="not a PDF"):
        read_document("r.pdf", b"<html>a web page saved as .pdf</html>")
