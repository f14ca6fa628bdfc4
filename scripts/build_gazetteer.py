"""Build src/izde/resolve/data/gazetteer.json from the tables in src/izde/resolve/data/sources/.

Run from the repository root: ``python scripts/build_gazetteer.py``. The tables are written
by hand (see docs/gazetteer.md for sources and licence); this script only adds forms that
follow mechanically from them, so that each name is typed once:

- Uyghur Arabic script from the Uyghur Latin (ULY) spelling,
- Kazakh Latin (2021 alphabet) from the Kazakh Cyrillic,
- toneless pinyin from the Chinese characters,
- ASCII spellings of Latin names with diacritics (Ürümchi -> Urumchi),
- the lookup keys of every name (``izde.resolve.gazetteer.index_keys``), so that loading
  is fast; tests/resolve/test_gazetteer.py fails when they are stale.

Table format, one place per line, fields separated by "|", several values by ";":
``id | kind | parent | lat,lon | name | zh | ug (ULY) | kk (Cyrillic) | ru | other | historical``
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from pypinyin import lazy_pinyin

from izde.resolve.gazetteer import PlaceEntry, index_keys
from izde.resolve.translit import kazakh_cyrillic_to_latin, uly_to_arabic

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "izde" / "resolve" / "data" / "sources"
OUTPUT = ROOT / "src" / "izde" / "resolve" / "data" / "gazetteer.json"
FIELDS = ("id", "kind", "parent", "coords", "name", "zh", "ug", "kk", "ru", "other", "hist")


def split_values(field: str) -> list[str]:
    return [v.strip() for v in field.split(";") if v.strip()]


def ascii_fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def pinyin(zh: str) -> str:
    return "".join(lazy_pinyin(zh)).capitalize()


def country_of(place_id: str, kind: str) -> str:
    return place_id.split("-")[0].upper()


def derived_names(row: dict[str, str]) -> dict[str, list[str]]:
    """All name forms of a row by language tag, mechanical forms added."""
    ug_latn = split_values(row["ug"])
    kk = split_values(row["kk"])
    zh = split_values(row["zh"])
    other = split_values(row["other"])
    names: dict[str, list[str]] = {
        "en": [], "zh": zh, "zh-Latn": [pinyin(z) for z in zh[:1]],
        "ug": [uly_to_arabic(u) for u in ug_latn], "ug-Latn": ug_latn,
        "kk": kk, "kk-Latn": [kazakh_cyrillic_to_latin(k) for k in kk],
        "ru": split_values(row["ru"]), "other": other, "hist": split_values(row["hist"]),
    }
    latin = [row["name"], *ug_latn, *names["kk-Latn"], *other, *names["hist"]]
    names["en"] = [ascii_fold(n) for n in latin if ascii_fold(n) != n]
    return {lang: list(dict.fromkeys(vs)) for lang, vs in names.items() if vs}


def parse_row(line: str, source: str) -> dict[str, Any]:
    cells = [c.strip() for c in line.split("|")]
    if len(cells) != len(FIELDS):
        sys.exit(f"{source}: {len(cells)} fields, expected {len(FIELDS)}: {line}")
    row = dict(zip(FIELDS, cells, strict=True))
    lat, lon = (float(x) for x in row["coords"].split(",")) if row["coords"] else (None, None)
    return {
        "id": row["id"], "name": row["name"], "kind": row["kind"],
        "country": country_of(row["id"], row["kind"]), "parent": row["parent"] or None,
        "lat": lat, "lon": lon, "names": derived_names(row),
    }


def read_tables() -> list[dict[str, Any]]:
    places: list[dict[str, Any]] = []
    for path in sorted(SOURCE.glob("*.psv")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                places.append(parse_row(line, path.name))
    return places


def check(places: list[dict[str, Any]]) -> None:
    ids = [p["id"] for p in places]
    duplicates = {i for i in ids if ids.count(i) > 1}
    missing = {p["parent"] for p in places if p["parent"] and p["parent"] not in set(ids)}
    if duplicates or missing:
        sys.exit(f"duplicate ids {sorted(duplicates)}; unknown parents {sorted(missing)}")


def main() -> None:
    places = read_tables()
    check(places)
    for place in places:  # precomputed lookup keys: the loader then does no string work
        place["keys"] = index_keys(PlaceEntry.from_record(place).names)
    document = {
        "format_version": 1,
        "source": "hand-written tables in src/izde/resolve/data/sources (see docs/gazetteer.md)",
        "places": places,
    }
    OUTPUT.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n",
                      "utf-8")
    print(f"{len(places)} places -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
