#!/usr/bin/env python3
"""Check a hand-made dev set before it is scored: its gold against its texts, and the gold
against the shared scorer.

usage: check_devset.py DIR [--only 001-008]

DIR holds the reports (``NNN_*.txt``) and ``gold/NNN_*.json``. The check fails (exit 1) when a
gold file does not parse or name its text, a title line lacks ``[FICTIONAL]``, a gold name does
not occur verbatim in its text, a role, event type, charge or EDTF date is outside the
vocabulary of ``shared/eval/FORMAT.md``, an event's person is unknown, a person who suffers a
core violation is not a victim, or a synthetic export built from the gold does not score 1.0
everywhere with ``shared/eval/score.py`` (which catches, among other things, two persons of one
document whose names the scorer cannot tell apart). Standard library only; the scorer is
imported, not copied.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
# the shared scorer is found and loaded one way, score_devset's
from score_devset import SCORER as SCORER
from score_devset import load_scorer

EVENTS = {"detention", "internment", "disappearance", "sentencing", "imprisonment", "transfer",
          "release", "deportation", "asylum", "assault", "threat", "harassment", "torture",
          "house_arrest", "travel_ban", "passport_confiscation", "death"}
ROLES = {"victim", "relative", "activist", "official", "lawyer", "researcher", "journalist",
         "witness", "other"}
CHARGES = {"state_secrets", "extremism", "separatism", "terrorism", "inciting_ethnic_hatred",
           "illegal_border_crossing", "fraud", "picking_quarrels", "other"}
EDTF = re.compile(r"^\d{4}(-(\d\d|2[1-4]))?(-(\d\d|XX))?[~?]?(/\d{4}(-\d\d)?(-\d\d)?)?$")


def check_gold(stem: str, gold: dict[str, Any], text: str, victims: set[str]) -> list[str]:
    """What is wrong with one document's gold (see the module's docstring)."""
    errs: list[str] = []
    if "[FICTIONAL]" not in text.split("\n\n")[0]:
        errs.append(f"{stem}: title line lacks [FICTIONAL]")
    keys: set[str] = set()
    for p in gold.get("persons", []):
        if not p.get("key") or not p.get("names"):
            errs.append(f"{stem}: person without key or names: {p}")
            continue
        keys.add(p["key"])
        if not any(name in text for name in p["names"]):
            errs.append(f"{stem}: no name of {p['key']} occurs verbatim in the text")
        if set(p.get("roles", [])) - ROLES:
            errs.append(f"{stem}: {p['key']} has roles {set(p['roles']) - ROLES}")
    for e in gold.get("events", []):
        if e.get("person") not in keys:
            errs.append(f"{stem}: event of unknown person {e.get('person')}")
        if e.get("type") not in EVENTS:
            errs.append(f"{stem}: event type {e.get('type')}")
        if e.get("date") and not EDTF.match(str(e["date"])):
            errs.append(f"{stem}: EDTF {e['date']}")
        if e.get("charge") and e["charge"] not in CHARGES:
            errs.append(f"{stem}: charge {e['charge']}")
        if e.get("place") is not None and not (isinstance(e["place"], list) and e["place"]):
            errs.append(f"{stem}: an event's place is a non-empty list of names")
        if e.get("type") in victims and e.get("core", True):
            p = next((q for q in gold["persons"] if q.get("key") == e.get("person")), None)
            if p is not None and "victim" not in p.get("roles", []):
                errs.append(f"{stem}: {e['person']} suffers {e['type']} but is no victim")
    for group in gold.get("places", []):
        if not group.get("canonical") or not group.get("names"):
            errs.append(f"{stem}: a place group needs canonical and names")
    return errs


def synthetic_export(golds: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An export that says exactly what the gold says: it must score 1.0."""
    docs: list[dict[str, Any]] = []
    persons: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    events: list[dict[str, Any]] = []
    for stem, gold in golds.items():
        doc = "d_" + stem
        docs.append({"id": doc, "filename": stem + ".txt"})
        for p in gold["persons"]:
            person = persons.setdefault(p["key"], {"id": p["key"], "name": p["names"][0],
                                                   "names": [], "roles": [], "mentions": []})
            person["names"] = sorted(set(person["names"]) | set(p["names"]))
            person["roles"] = sorted(set(person["roles"]) | set(p.get("roles", [])))
            person["mentions"].append({"document": doc, "text": p["names"][0], "start": 0,
                                       "end": 1})
        for i, group in enumerate(gold.get("places", [])):
            places[f"g_{stem}_{i}"] = {"id": f"g_{stem}_{i}", "name": group["canonical"],
                                       "names": group["names"]}
        for j, e in enumerate(gold["events"]):
            place = None
            if e.get("place"):
                place = f"e_{stem}_{j}"
                places[place] = {"id": place, "name": e["place"][0], "names": e["place"]}
            events.append({"id": f"ev_{stem}_{j}", "type": e["type"], "person": e["person"],
                           "date": e.get("date"), "place": place, "charge": e.get("charge"),
                           "sentence_years": e.get("sentence_years"),
                           "sources": [{"document": doc, "quote": "", "start": 0, "end": 0}]})
    return {"format_version": 1, "documents": docs, "persons": list(persons.values()),
            "places": list(places.values()), "events": events}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("devset")
    ap.add_argument("--only", help="a range of file numbers, e.g. 001-008")
    a = ap.parse_args()
    root = pathlib.Path(a.devset)
    low, high = (int(x) for x in a.only.split("-")) if a.only else (0, 10**9)
    sc = load_scorer()
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))}
    errs: list[str] = []
    golds: dict[str, dict[str, Any]] = {}
    for path in sorted((root / "gold").glob("*.json")):
        if not low <= int(path.name[:3]) <= high:
            continue
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            errs.append(f"{path.name}: not JSON ({exc})")
            continue
        stem = sc.stem(gold.get("document", ""))
        if stem != path.stem or stem not in texts:
            errs.append(f"{path.name}: 'document' must name its text ({path.stem}.txt)")
            continue
        golds[stem] = gold
        errs.extend(check_gold(stem, gold, texts[stem], sc.VIOLATIONS))
    result = sc.score(synthetic_export(golds), golds)
    errs.extend(f"synthetic export: {k} F1 {result[k]['f1']}"
                for k in ("persons", "victims", "events", "linking") if result[k]["f1"] != 1.0)
    errs.extend(f"synthetic export: {k} accuracy {v['accuracy']}"
                for k, v in result["attributes"].items() if v["of"] and v["accuracy"] != 1.0)
    print(f"{len(golds)} gold files, {sum(len(g['persons']) for g in golds.values())} persons, "
          f"{sum(len(g['events']) for g in golds.values())} events")
    for err in errs:
        print("ERROR", err)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
