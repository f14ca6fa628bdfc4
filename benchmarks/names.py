"""Precision, recall and speed of ``compare_names`` on the hand-written name pairs.

usage: python benchmarks/names.py [--errors]

Reads tests/resolve/name_pairs.tsv (a<TAB>b<TAB>same|different); a pair is predicted "same"
when the comparison score reaches ``SAME_THRESHOLD``. Prints precision, recall and F1 overall
and per group of pairs (the comment line above them), then pairs per second.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from izde.resolve.names import SAME_THRESHOLD, compare_names, name_keys

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "resolve" / "name_pairs.tsv"


def read_pairs(path: Path = PAIRS) -> list[tuple[str, str, bool, str]]:
    """(a, b, same, group) for each line; the group is the last comment line seen."""
    pairs, group = [], ""
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#"):
            group = line.lstrip("# ").strip()
        elif line.strip():
            a, b, label = line.split("\t")
            pairs.append((a, b, label.strip() == "same", group))
    return pairs


def prf(results: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in results)
    fp = sum(p and not g for p, g in results)
    fn = sum(g and not p for p, g in results)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    pairs = read_pairs()
    groups: dict[str, list[tuple[bool, bool]]] = {}
    errors = []
    for a, b, same, group in pairs:
        result = compare_names(a, b)
        predicted = result.score >= SAME_THRESHOLD
        groups.setdefault(group, []).append((predicted, same))
        if predicted != same:
            errors.append(f"  {a} | {b} | gold {'same' if same else 'different'} | {result}")
    overall = [r for rs in groups.values() for r in rs]
    print(f"{len(pairs)} pairs, threshold {SAME_THRESHOLD}")
    print("precision {:.3f}  recall {:.3f}  F1 {:.3f}".format(*prf(overall)))
    for group, results in groups.items():
        p, r, f = prf(results)
        print(f"  {group[:60]:60s} n={len(results):3d}  P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
    start, rounds = time.perf_counter(), 20
    for _ in range(rounds):
        for a, b, _, _ in pairs:
            compare_names(a, b)
    elapsed = time.perf_counter() - start
    print(f"compare_names: {rounds * len(pairs) / elapsed:,.0f} pairs/s (warm key caches)")
    start = time.perf_counter()
    for a, b, _, _ in pairs:
        name_keys(a + " x")
        name_keys(b + " y")
    print(f"name_keys (cold): {2 * len(pairs) / (time.perf_counter() - start):,.0f} names/s")
    if "--errors" in sys.argv:
        print("errors:", *errors, sep="\n")


if __name__ == "__main__":
    main()
