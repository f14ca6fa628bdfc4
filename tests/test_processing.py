"""The read-only half of processing: a bug of the extraction rules on one document costs that
document's claims, with a note on it, never the batch."""

from __future__ import annotations

import pytest

from izde import processing
from izde.processing import DocumentText, extract_prepare


def test_a_failing_extraction_gives_an_empty_result_with_a_note(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("izde.extract.pipeline.extract", broken)
    found = extract_prepare(DocumentText("Aidos Bekov was detained in 2019.", None, "en"))
    assert found.persons == [] and found.events == []
    assert found.notes and "extraction failed (RecursionError" in found.notes[0]


def test_a_working_extraction_is_returned_as_is() -> None:
    found = extract_prepare(DocumentText("Aidos Bekov was detained in 2019.", None, "en"))
    assert [p.name for p in found.persons] == ["Aidos Bekov"]
    assert processing.STAGES[0].prepare is extract_prepare
