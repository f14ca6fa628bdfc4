"""The optional statistical model (IZDE_SPACY_MODEL): extra candidates, never required."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from izde.extract.pipeline import EXTRACTOR, extract

TEXT = "Bob Smith was detained in Springfield in May 2019."


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny blank English pipeline whose EntityRuler knows one person and one place."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([  # type: ignore[attr-defined]
        {"label": "PERSON", "pattern": "Bob Smith"},
        {"label": "GPE", "pattern": "Springfield"},
    ])
    path = tmp_path_factory.mktemp("model") / "tiny_ner"
    nlp.to_disk(path)
    return path


def test_without_a_model_the_rules_alone_decide() -> None:
    ex = extract(TEXT, "2021-01-01", spacy_model="")
    assert "Bob Smith" not in {p.name for p in ex.persons}
    assert ex.extractor == EXTRACTOR


def test_model_persons_are_added_and_get_events(model_dir: Path) -> None:
    ex = extract(TEXT, "2021-01-01", spacy_model=str(model_dir))
    assert [p.name for p in ex.persons] == ["Bob Smith"]
    assert [(e.type, e.date) for e in ex.events] == [("detention", "2019-05")]


def test_model_places_are_added(model_dir: Path) -> None:
    ex = extract(TEXT, "2021-01-01", spacy_model=str(model_dir))
    assert "Springfield" in {p.name for p in ex.places}


def test_the_setting_selects_the_model(model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IZDE_SPACY_MODEL", str(model_dir))
    ex = extract(TEXT, "2021-01-01")
    assert ex.extractor == f"{EXTRACTOR}+spacy:{model_dir}"


def test_a_missing_model_is_a_note_not_an_error(tmp_path: Path) -> None:
    ex = extract(TEXT, "2021-01-01", spacy_model=str(tmp_path / "absent"))
    assert ex.extractor == EXTRACTOR
    assert any("IZDE_SPACY_MODEL" in n for n in ex.notes)


def test_rule_mentions_are_never_overridden(model_dir: Path) -> None:
    ex = extract("Askar Azatbek met Bob Smith.", "2021-01-01", spacy_model=str(model_dir))
    assert {p.name for p in ex.persons} == {"Askar Azatbek", "Bob Smith"}
