"""`izde export`: the JSON contract of shared/eval/FORMAT.md, and CSV per entity type."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from izde.export.schema import EXPORT_SCHEMA
from izde.library import Izde

FORMAT_MD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "FORMAT.md"


def _exported(db: str, paths: list[Path], process: bool = True) -> dict[str, Any]:
    izde = Izde(db, actor="tester")
    izde.ingest(paths, process=process)
    return izde.export()


def test_empty_database_exports_empty_lists(sqlite_db: str) -> None:
    data = Izde(sqlite_db).export()
    assert data == {"format_version": 1, "documents": [], "persons": [], "places": [],
                    "events": []}


def test_documents_only_export_validates(db_url: str, seeds: Path) -> None:
    data = _exported(db_url, [seeds], process=False)
    jsonschema.validate(data, EXPORT_SCHEMA)
    assert {d["filename"] for d in data["documents"]} == {p.name for p in seeds.iterdir()}


def test_seed_export_validates_against_the_contract(db_url: str, seeds: Path) -> None:
    data = _exported(db_url, [seeds])
    jsonschema.validate(data, EXPORT_SCHEMA)
    assert data["persons"] and data["events"]


def test_every_quote_is_the_text_at_its_span(sqlite_db: str, seeds: Path) -> None:
    izde = Izde(sqlite_db)
    izde.ingest([seeds])
    data = izde.export()
    bodies = {d["id"]: izde.document(d["id"])["body"] for d in data["documents"]}
    for e in data["events"]:
        for src in e["sources"]:
            assert bodies[src["document"]][src["start"]:src["end"]] == src["quote"]
    for p in data["persons"]:
        for m in p["mentions"]:
            assert bodies[m["document"]][m["start"]:m["end"]] == m["text"]


def test_references_point_at_exported_items(sqlite_db: str, seeds: Path) -> None:
    data = _exported(sqlite_db, [seeds])
    persons = {p["id"] for p in data["persons"]}
    places = {p["id"] for p in data["places"]}
    docs = {d["id"] for d in data["documents"]}
    for e in data["events"]:
        assert e["person"] in persons and (e["place"] is None or e["place"] in places)
        assert all(s["document"] in docs for s in e["sources"])
    for p in data["persons"]:
        assert all(r["person"] in persons for r in p["relations"])
    assert all(p["parent"] is None or p["parent"] in places for p in data["places"])


@pytest.mark.skipif(not FORMAT_MD.exists(), reason="shared/eval/FORMAT.md not present")
def test_schema_names_every_key_of_format_md() -> None:
    text = FORMAT_MD.read_text()
    for section in ("documents", "persons", "places", "events"):
        item = EXPORT_SCHEMA["properties"][section]["items"]
        for key in item["properties"]:
            assert f'"{key}"' in text, f"{section}.{key} is not in FORMAT.md"


def test_csv_writes_one_file_per_entity(sqlite_db: str, seeds: Path, tmp_path: Path) -> None:
    from izde.export.tables import write_csv

    data = _exported(sqlite_db, [seeds])
    paths = write_csv(data, tmp_path / "csv")
    assert {p.name for p in paths} == {"documents.csv", "persons.csv", "places.csv",
                                       "events.csv", "mentions.csv"}
    with (tmp_path / "csv" / "events.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(data["events"])
    assert json.loads(rows[0]["sources"])[0]["quote"]
