#!/usr/bin/env python3
"""Run the English extractor on the seed texts and score it with the shared scorer.

usage: score_extraction.py [SEEDS_DIR] [GOLD_DIR] [--keep EXPORT.json] [--show]

Builds a FORMAT.md-shaped export (one export person per extracted person: cross-document
linking is not the extractor's job), writes it to a temporary file and runs
``shared/eval/score.py`` on it. ``--show`` prints what was extracted per document.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile
from typing import Any

from izde.extract.model import Extraction
from izde.extract.pipeline import default_gazetteer, extract

SHARED = pathlib.Path("/work/shared")


def read_seed(path: pathlib.Path) -> tuple[dict[str, str], str]:
    """Header `key: value` lines until a blank line, then the body."""
    raw = path.read_text(encoding="utf-8")
    head, _, body = raw.partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    return meta, body


def export(docs: list[tuple[pathlib.Path, dict[str, str], str, Extraction]]) -> dict[str, Any]:
    out: dict[str, Any] = {"format_version": 1, "documents": [], "persons": [], "places": [],
                           "events": []}
    gaz = default_gazetteer()
    for n, (path, meta, _body, ex) in enumerate(docs):
        did = f"d{n}"
        out["documents"].append({
            "id": did, "filename": path.name, "title": meta.get("title"),
            "publisher": meta.get("publisher"), "url": meta.get("url"),
            "published": meta.get("published"),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest()})
        _persons(out, did, ex)
        _places(out, did, ex, gaz)
        _events(out, did, ex)
    return out


def _persons(out: dict[str, Any], did: str, ex: Extraction) -> None:
    for p in ex.persons:
        attrs = {a.property: a.value for a in p.attributes}
        out["persons"].append({
            "id": f"{did}-{p.key}", "name": p.name, "names": p.names,
            "roles": sorted({r.role for r in p.roles}), "gender": attrs.get("gender"),
            "ethnicity": attrs.get("ethnicity"), "birth_year": None,
            "citizenship": sorted({str(a.value) for a in p.attributes
                                   if a.property == "citizenship"}),
            "occupation": attrs.get("occupation"),
            "mentions": [{"document": did, "text": m.text, "start": m.start, "end": m.end}
                         for m in p.mentions],
            "relations": [{"type": r.type, "person": f"{did}-{r.object}"}
                          for r in ex.relations if r.subject == p.key]})


def _places(out: dict[str, Any], did: str, ex: Extraction, gaz: Any) -> None:
    for pl in ex.places:
        names = [pl.name, *(m.text for m in pl.mentions)]
        if gaz is not None and pl.gazetteer_id:
            names.extend(gaz.get(pl.gazetteer_id).names)
        out["places"].append({"id": f"{did}-{pl.key}", "name": pl.name,
                              "names": list(dict.fromkeys(names)), "kind": pl.kind,
                              "country": None, "parent": None, "lat": None, "lon": None})


def _events(out: dict[str, Any], did: str, ex: Extraction) -> None:
    for i, e in enumerate(ex.events):
        out["events"].append({
            "id": f"{did}-e{i}", "type": e.type, "person": f"{did}-{e.person}", "date": e.date,
            "place": f"{did}-{e.place}" if e.place else None, "facility": e.facility,
            "agency": e.agency, "court": e.court, "charge": e.charge,
            "charge_text": e.charge_text, "sentence_years": e.sentence_years,
            "sources": [{"document": did, "quote": s.quote, "start": s.start, "end": s.end}
                        for s in e.evidence]})


def show(path: pathlib.Path, ex: Extraction) -> None:
    print(f"== {path.name}")
    for p in ex.persons:
        print(" ", p.key, p.name, p.names, [r.role for r in p.roles],
              [(a.property, a.value) for a in p.attributes])
    for e in ex.events:
        print("  E", e.type, e.person, e.date, e.place, e.charge, e.sentence_years, e.agency)
    for r in ex.relations:
        print("  R", r.subject, r.type, r.object)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("seeds", nargs="?", default=str(SHARED / "corpus/seeds"))
    ap.add_argument("gold", nargs="?", default=str(SHARED / "eval/gold/seeds"))
    ap.add_argument("--keep")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    docs = []
    for path in sorted(pathlib.Path(a.seeds).glob("*.txt")):
        meta, body = read_seed(path)
        ex = extract(body, meta.get("published"))
        if a.show:
            show(path, ex)
        docs.append((path, meta, body, ex))
    target = a.keep or tempfile.mkstemp(suffix=".json")[1]
    pathlib.Path(target).write_text(json.dumps(export(docs), ensure_ascii=False, indent=1))
    subprocess.run([sys.executable, str(SHARED / "eval/score.py"), target, a.gold], check=True)


if __name__ == "__main__":
    main()
