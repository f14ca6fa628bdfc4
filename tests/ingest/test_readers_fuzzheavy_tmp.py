"""Whatever bytes arrive, read_document returns a ReadResult or raises IngestError, nothing else.

Random bytes exercise the early refusals; damaged copies of real files reach the parsers.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from izde.errors import IngestError
from izde.ingest.readers import SUPPORTED_SUFFIXES, ReadResult, read_document

Builder = Callable[..., bytes]
SUFFIXES = sorted(SUPPORTED_SUFFIXES)
PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    b"<html><body><p>",
    b"title: x\n\n",
]
FUZZ = settings(
    max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def read_or_refuse(name: str, data: bytes) -> None:
    """The property itself: a result whose body has text, or an IngestError naming the file."""
    try:
        result = read_document(name, data, max_bytes=1 << 20)
    except IngestError as error:
        assert error.path == name
        assert error.reason
    else:
        assert isinstance(result, ReadResult)
        assert result.body.strip()


_VALID: dict[str, bytes] = {}


def valid_file(kind: str, build: Callable[[], bytes]) -> bytes:
    """Each valid file is built once: building a .docx costs more than reading it."""
    if kind not in _VALID:
        _VALID[kind] = build()
    return _VALID[kind]


def damaged(data: bytes, edits: list[tuple[int, int]], cut: int) -> bytes:
    """Overwrite some bytes and cut the tail: the shapes in which real files break."""
    mutable = bytearray(data)
    for position, value in edits:
        mutable[position % len(mutable)] = value
    return bytes(mutable[: max(1, len(mutable) - cut)])


EDITS = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=8)
CUTS = st.one_of(st.just(0), st.integers(0, 4096))


@FUZZ
@given(suffix=st.sampled_from(SUFFIXES), prefix=st.sampled_from(PREFIXES), tail=st.binary())
def test_random_bytes_are_read_or_refused(suffix: str, prefix: bytes, tail: bytes) -> None:
    read_or_refuse("fuzz" + suffix, prefix + tail)


@FUZZ
@given(suffix=st.sampled_from(SUFFIXES), text=st.text())
def test_random_text_is_read_or_refused(suffix: str, text: str) -> None:
    read_or_refuse("fuzz" + suffix, text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(edits=EDITS, cut=CUTS)
def test_damaged_pdf_is_read_or_refused(
    make_pdf: Builder, edits: list[tuple[int, int]], cut: int
) -> None:
    pages = [["Detained in Ghulja in 2017."], ["Sentenced in 2018."]]
    valid = valid_file("pdf", lambda: make_pdf(pages, {"Title": "T"}))
    read_or_refuse("fuzz.pdf", damaged(valid, edits, cut))


@FUZZ
@given(edits=EDITS, cut=CUTS)
def test_damaged_docx_is_read_or_refused(
    make_docx: Builder, edits: list[tuple[int, int]], cut: int
) -> None:
    paragraphs = ["Detained in Ghulja in 2017."]
    valid = valid_file("docx", lambda: make_docx(paragraphs, table=[["a", "b"]], title="T"))
    read_or_refuse("fuzz.docx", damaged(valid, edits, cut))


@FUZZ
@given(edits=EDITS, cut=CUTS)
def test_damaged_html_is_read_or_refused(edits: list[tuple[int, int]], cut: int) -> None:
    valid = (
        b'<html lang="kk"><head><meta charset="utf-8"><title>T</title></head>'
        b"<body><article><p>\xd2\x9a\xd2\xb1\xd0\xbb\xd0\xb6\xd0\xb0</p><p>Text.</p></article>"
        b"</body></html>"
    )
    read_or_refuse("fuzz.html", damaged(valid, edits, cut))
