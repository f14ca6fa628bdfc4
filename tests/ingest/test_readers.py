"""read_document on plain text and Markdown, the header block, the seeds, and general errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from izde.errors import IngestError
from izde.ingest.readers import SUPPORTED_SUFFIXES, ReadResult, read_document

ARTICLE = (
    "Kazakh activists were detained in Almaty after a protest against the deportation of "
    "two ethnic Kazakhs who had fled China. Their lawyer said that the police had not shown "
    "any warrant and that the men were held for two days without food.\n"
)


def test_supported_suffixes_are_the_six_formats() -> None:
    assert frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"}) == SUPPORTED_SUFFIXES


def test_plain_text_without_header_keeps_the_whole_text_as_body() -> None:
    result = read_document("report.txt", ARTICLE.encode())
    assert result == ReadResult(ARTICLE, "text/plain", {}, "utf-8", "en", ())


def test_markdown_has_its_own_media_type_and_keeps_its_markup() -> None:
    result = read_document("report.md", b"# Detained\n\n" + ARTICLE.encode())
    assert result.media_type == "text/markdown"
    assert result.body.startswith("# Detained\n\n")


def test_suffix_is_case_insensitive() -> None:
    assert read_document("REPORT.TXT", ARTICLE.encode()).media_type == "text/plain"


def test_header_block_becomes_metadata_and_is_cut_from_the_body() -> None:
    data = (
        "url: https://example.org/a\nPublisher: Example News\npublished: 2023-12-01\n"
        "title: Activists detained\nlanguage: en\n\n" + ARTICLE
    ).encode()
    result = read_document("a.txt", data)
    assert result.metadata == {
        "url": "https://example.org/a",
        "publisher": "Example News",
        "published": "2023-12-01",
        "title": "Activists detained",
        "language": "en",
    }
    assert result.body == ARTICLE


def test_body_starts_right_after_the_first_blank_line() -> None:
    result = read_document("a.txt", b"title: T\n\n\n  Indented first line.\n")
    assert result.body == "\n  Indented first line.\n"


def test_first_line_with_an_unknown_key_is_not_a_header() -> None:
    text = "Note: this is the article itself.\n\n" + ARTICLE
    result = read_document("a.txt", text.encode())
    assert result.metadata == {}
    assert result.body == text


def test_header_broken_by_a_prose_line_is_treated_as_body() -> None:
    text = "title: Detained\nthe article continues without a blank line\n\n" + ARTICLE
    result = read_document("a.txt", text.encode())
    assert result.metadata == {}
    assert result.body == text


def test_header_published_is_normalised_to_edtf() -> None:
    result = read_document("a.txt", b"published: Feb 22, 2021\n\n" + ARTICLE.encode())
    assert result.metadata["published"] == "2021-02-22"


def test_header_without_body_is_an_error() -> None:
    with pytest.raises(IngestError, match="no text after it"):
        read_document("a.txt", b"title: Only a header\npublisher: X\n")


def test_crlf_newlines_become_lf_in_header_and_body() -> None:
    result = read_document("a.txt", b"title: T\r\n\r\nline one\r\nline two\r\n")
    assert result.metadata == {"title": "T"}
    assert result.body == "line one\nline two\n"


def test_body_is_nfc_normalised() -> None:
    decomposed = "Qaz\u0438\u0306 i\u0307 Cafe\u0301 and more words here.".encode()
    expected = "Qaz\u0439 i\u0307 Caf\u00e9 and more words here."
    assert read_document("a.txt", decomposed).body == expected


def test_reading_the_same_bytes_twice_gives_equal_results() -> None:
    data = ("title: T\n\n" + ARTICLE * 3).encode("cp1252")
    assert read_document("a.txt", data) == read_document("a.txt", data)


def test_declared_language_is_kept_when_the_text_gives_no_clear_guess() -> None:
    result = read_document("a.txt", b"language: kk\n\n12 34 56\n")
    assert result.language == "kk"


def test_a_declared_language_that_disagrees_with_the_text_gets_a_note() -> None:
    result = read_document("a.txt", b"language: ru\n\n" + ARTICLE.encode())
    assert result.language == "en"
    assert any("declared as 'ru'" in note for note in result.notes)


@pytest.mark.parametrize("name", ["notes.rtf", "scan.png", "README"])
def test_unsupported_type_is_an_error_listing_the_supported_ones(name: str) -> None:
    with pytest.raises(IngestError) as error:
        read_document(name, b"whatever")
    assert error.value.path == name
    assert "unsupported file type" in error.value.reason
    assert ".docx, .htm, .html, .md, .pdf, .txt" in error.value.reason


@pytest.mark.parametrize("suffix", sorted(SUPPORTED_SUFFIXES))
def test_empty_file_is_an_error(suffix: str) -> None:
    with pytest.raises(IngestError, match="empty"):
        read_document("empty" + suffix, b"")


def test_whitespace_only_text_is_an_error() -> None:
    with pytest.raises(IngestError, match="no text"):
        read_document("blank.txt", b" \n\t\n")


def test_file_over_the_limit_is_refused_with_its_size() -> None:
    data = b"a" * int(61.2 * 1024 * 1024)
    with pytest.raises(IngestError) as error:
        read_document("big.txt", data)
    assert error.value.reason == "file is 61.2 MB, over the 50 MB limit (IZDE_MAX_FILE_MB)"


def test_limit_can_be_lowered_by_the_caller() -> None:
    data = b"a" * (2 * 1024 * 1024)
    with pytest.raises(IngestError, match=r"file is 2\.0 MB, over the 1 MB limit"):
        read_document("a.txt", data, max_bytes=1024 * 1024)


def test_error_message_names_the_file_and_the_reason() -> None:
    with pytest.raises(IngestError) as error:
        read_document("dir/empty.txt", b"")
    assert str(error.value) == "dir/empty.txt: the file is empty [E200]"


SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.mark.skipif(not SEED_FILES, reason="shared/corpus/seeds is not beside the repository")
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_header_is_parsed_and_body_starts_after_the_blank_line(seed: Path) -> None:
    raw = seed.read_text(encoding="utf-8")
    header, _, body = raw.partition("\n\n")
    expected = dict(line.split(": ", 1) for line in header.split("\n"))
    result = read_document(str(seed), seed.read_bytes())
    assert result.metadata == expected
    assert result.body == body
    assert result.language == "en"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", ".pdf"),
        (b"PK\x03\x04\x14\x00", ".docx"),
        (b"{\\rtf1\\ansi", ".rtf"),
    ],
)
def test_a_binary_document_with_a_text_suffix_is_named_for_what_it_is(
    content: bytes, kind: str
) -> None:
    with pytest.raises(IngestError, match=rf"the content is a \{kind}"):
        read_document("report.txt", content)


def test_a_few_stray_control_characters_are_dropped_from_the_body() -> None:
    data = ARTICLE.replace("Almaty", "Alma\x07ty").replace("two days", "two\x0bdays").encode()
    assert read_document("a.txt", data).body == ARTICLE.replace("two days", "two\ndays")
