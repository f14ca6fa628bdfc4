"""CSV export: one file per entity type, flattened from the JSON contract."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "filename", "title", "publisher", "url", "published", "sha256"),
    "persons": ("id", "name", "names", "roles", "gender", "ethnicity", "birth_year",
                "citizenship", "occupation", "relations"),
    "places": ("id", "name", "names", "kind", "country", "parent", "lat", "lon"),
    "events": ("id", "type", "person", "date", "place", "facility", "agency", "court",
               "charge", "charge_text", "sentence_years", "sources"),
    "mentions": ("person", "document", "text", "start", "end"),
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(export: dict[str, Any], directory: Path) -> list[Path]:
    """Write documents.csv, persons.csv, places.csv, events.csv (and mentions.csv)."""
    directory.mkdir(parents=True, exist_ok=True)
    tables = {name: export[name] for name in ("documents", "persons", "places", "events")}
    tables["mentions"] = [{"person": p["id"], **m} for p in export["persons"]
                          for m in p["mentions"]]
    written = []
    for name, rows in tables.items():
        path = directory / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS[name], extrasaction="ignore")
            writer.writeheader()
            writer.writerows({k: _cell(r.get(k)) for k in COLUMNS[name]} for r in rows)
        written.append(path)
    return written
