#!/usr/bin/env python3
"""Ingest the fictional development set with the izde CLI and score it with the shared scorer.

usage: score_devset.py [--details] [--keep EXPORT.json] [--devset DIR] [--gold DIR]

The devset (tests/fixtures/devset) stands in for unseen reports: scores here, unlike on the
five seeds, say how extraction generalises. The pipeline runs end to end (ingest into a fresh
SQLite database, export JSON, score), so resolution across documents is measured too.
``--details`` lists, per document, the persons and events that were invented or missed,
matched the way ``shared/eval/score.py`` matches them (it is imported, not copied).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import subprocess
import sys
import tempfile
from collections import defaultdict
from types import ModuleType
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCORER = pathlib.Path("/work/shared/eval/score.py")
IZDE = ROOT / ".venv/bin/izde"


def load_scorer(path: pathlib.Path = SCORER) -> ModuleType:
    """The shared scorer as a module, so that details use exactly its matching rules."""
    spec = importlib.util.spec_from_file_location("izde_shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_pipeline(devset: pathlib.Path, workdir: pathlib.Path) -> dict[str, Any]:
    """Ingest every .txt of the devset into a new database and return its JSON export."""
    db = workdir / "devset.db"
    out = workdir / "export.json"
    texts = sorted(str(p) for p in devset.glob("*.txt"))
    subprocess.run([str(IZDE), "--db", str(db), "ingest", *texts], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([str(IZDE), "--db", str(db), "export", "--format", "json", "--output",
                    str(out)], check=True, stdout=subprocess.DEVNULL)
    export: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return export


def print_summary(result: dict[str, Any]) -> None:
    print(f"documents scored: {len(result['documents'])}  missing: {result['missing_documents']}")
    for k in ("persons", "victims", "events", "linking"):
        x = result[k]
        print(f"{k:10s} P={x['precision']:.3f} R={x['recall']:.3f} F1={x['f1']:.3f}  "
              f"(tp={x['tp']} fp={x['fp']} fn={x['fn']})")
    for k, x in result["attributes"].items():
        print(f"{k:15s} {x['correct']}/{x['of']}  accuracy={x['accuracy']}")
    print("per document (persons / victims / events F1):")
    for doc, f in result["per_document"].items():
        print(f"  {doc:42s} {f['persons']:.2f} / {f['victims']:.2f} / {f['events']:.2f}")


class DocView:
    """One document's predicted persons and events, matched to gold as score.py does."""

    def __init__(self, sc: ModuleType, export: dict[str, Any], stem: str,
                 gold: dict[str, Any]) -> None:
        self.sc, self.gold, self.stem = sc, gold, stem
        self.persons = {p["id"]: p for p in export.get("persons", [])}
        docs = {d["id"]: sc.stem(d.get("filename") or d.get("title") or d["id"])
                for d in export.get("documents", [])}
        self.doc_id = next(i for i, s in docs.items() if s == stem)
        self.mentions: dict[str, set[str]] = defaultdict(set)
        for p in self.persons.values():
            for m in p.get("mentions", []):
                if m.get("document") == self.doc_id:
                    self.mentions[p["id"]].add(m.get("text", ""))
        self.events = [e for e in export.get("events", [])
                       if any(s.get("document") == self.doc_id for s in e.get("sources", []))]
        self.p2g, self.g2p = self._match()

    def _match(self) -> tuple[dict[str, str], dict[str, str]]:
        """Greedy one-to-one name matching, the same order and tie-breaks as score.py."""
        gp = {x["key"]: x for x in self.gold["persons"]}
        cands = []
        for pid, texts in self.mentions.items():
            p = self.persons[pid]
            names = set(p.get("names", [])) | {p.get("name", "")} | texts
            for k, x in gp.items():
                s = self.sc.name_score(names, x["names"])
                if s:
                    cands.append((s, len(texts), pid, k))
        p2g: dict[str, str] = {}
        g2p: dict[str, str] = {}
        for _s, _n, pid, k in sorted(cands, reverse=True):
            if pid not in p2g and k not in g2p:
                p2g[pid], g2p[k] = k, pid
        return p2g, g2p

    def person_errors(self) -> tuple[list[str], list[str]]:
        fps = [f"{self.persons[pid]['name']} {sorted(self.mentions[pid])}"
               for pid in self.mentions if pid not in self.p2g]
        fns = [f"{x['key']} {x['names']}" for x in self.gold["persons"]
               if x["key"] not in self.g2p]
        return fps, fns

    def event_errors(self) -> tuple[list[str], list[str]]:
        gall = {(e["person"], e["type"]) for e in self.gold["events"]}
        gcore = {(e["person"], e["type"]) for e in self.gold["events"] if e.get("core", True)}
        seen: set[tuple[str | None, str]] = set()
        fps = []
        for e in self.events:
            key = (self.p2g.get(e.get("person", "")), e.get("type", ""))
            if key in gcore:
                seen.add(key)
            elif key not in gall:
                fps.append(self._describe(e, key[0]))
        fns = [f"{k}:{t}" for k, t in sorted(gcore - seen)]
        return fps, fns

    def attribute_errors(self, places: dict[str, Any]) -> list[str]:
        """Matched events whose date, place, charge or term disagrees with gold, judged with
        score.py's own tests (``date_ok``, ``pnorm``)."""
        gold = {(e["person"], e["type"]): e for e in self.gold["events"] if e.get("core", True)}
        out: list[str] = []
        seen: set[tuple[str | None, str]] = set()
        for e in self.events:
            key = (self.p2g.get(e.get("person", "")), e.get("type", ""))
            if key not in gold or key in seen:
                continue
            seen.add(key)
            out.extend(f"{key[0]}:{key[1]} {what}"
                       for what in self._wrong(e, gold[key], places))
        return out

    def _wrong(self, e: dict[str, Any], g: dict[str, Any], places: dict[str, Any]) -> list[str]:
        wrong = []
        if g.get("date") and not self.sc.date_ok(e.get("date"), g["date"]):
            wrong.append(f"date {e.get('date')} (gold {g['date']})")
        if g.get("place"):
            pl = places.get(e.get("place") or "", {})
            names = {self.sc.pnorm(n) for n in [pl.get("name", ""), *pl.get("names", [])]}
            if not names & {self.sc.pnorm(n) for n in g["place"]}:
                wrong.append(f"place {pl.get('name')} (gold {g['place'][0]})")
        if g.get("charge") and e.get("charge") != g["charge"]:
            wrong.append(f"charge {e.get('charge')} (gold {g['charge']})")
        return wrong

    def _describe(self, e: dict[str, Any], key: str | None) -> str:
        who = key or f"unmatched:{self.persons.get(e.get('person', ''), {}).get('name')}"
        quote = next((s.get("quote", "") for s in e.get("sources", [])
                      if s.get("document") == self.doc_id), "")
        return f"{who}:{e.get('type')} date={e.get('date')} <<{quote[:160]}>>"


def print_details(sc: ModuleType, export: dict[str, Any], gold: dict[str, Any]) -> None:
    stems = {sc.stem(d.get("filename") or d["id"]) for d in export.get("documents", [])}
    for stem in sorted(set(gold) & stems):
        view = DocView(sc, export, stem, gold[stem])
        print(f"\n== {stem}")
        for label, items in zip(("FP person", "missed person"), view.person_errors(), strict=True):
            for item in items:
                print(f"  {label}: {item}")
        for label, items in zip(("FP event", "missed event"), view.event_errors(), strict=True):
            for item in items:
                print(f"  {label}: {item}")
        places = {p["id"]: p for p in export.get("places", [])}
        for item in view.attribute_errors(places):
            print(f"  wrong attribute: {item}")


def print_linking(sc: ModuleType, export: dict[str, Any], gold: dict[str, Any]) -> None:
    """For each person gold places in several documents: the predicted person in each."""
    stems = {sc.stem(d.get("filename") or d["id"]) for d in export.get("documents", [])}
    where: dict[str, list[str]] = defaultdict(list)
    for stem in sorted(set(gold) & stems):
        view = DocView(sc, export, stem, gold[stem])
        for x in gold[stem]["persons"]:
            pid = view.g2p.get(x["key"])
            name = view.persons[pid]["name"] if pid else "-"
            where[x["key"]].append(f"{stem[:3]}={pid or 'unmatched'}({name})")
    print("\n== cross-document persons (doc=predicted person id)")
    for key, places in sorted(where.items()):
        if len(places) > 1:
            ids = {p.split("=")[1].split("(")[0] for p in places}
            verdict = "linked" if len(ids) == 1 and "unmatched" not in ids else "SPLIT"
            print(f"  {key:22s} {verdict:6s} " + "  ".join(places))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--devset", default=str(ROOT / "tests/fixtures/devset"))
    ap.add_argument("--gold", default=None, help="default: DEVSET/gold")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--keep", help="also write the export to this file")
    a = ap.parse_args()
    devset = pathlib.Path(a.devset)
    gold_dir = pathlib.Path(a.gold) if a.gold else devset / "gold"
    sc = load_scorer()
    with tempfile.TemporaryDirectory(prefix="izde-devset-") as tmp:
        export = run_pipeline(devset, pathlib.Path(tmp))
    if a.keep:
        pathlib.Path(a.keep).write_text(json.dumps(export, ensure_ascii=False, indent=1))
    gold = sc.load_gold(gold_dir)
    print_summary(sc.score(export, gold))
    if a.details:
        print_details(sc, export, gold)
        print_linking(sc, export, gold)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
