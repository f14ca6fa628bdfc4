#!/usr/bin/env python3
"""Score every dev set under tests/fixtures and the seeds, and print one line per set.

usage: score_all.py [--out DIR] [--jobs 2] [--root REPO]

Each set is scored by ``scripts/score_devset.py --details`` (a fresh database per set); its
full output, with the missed and invented persons and events, goes to DIR/SET.txt. ``--root``
scores another tree (a snapshot of the working tree or an older commit, with its own ``src``)
with this checkout's Python: the tree's ``src`` comes first on the path (the tree needs a
``.venv`` for ``score_devset.py``'s CLI; a link to this checkout's will do). Compare
two runs' lines before committing a rule: a rule that costs any set is narrowed or dropped.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = pathlib.Path(__file__).resolve().parent.parent
SEEDS = pathlib.Path("/work/shared/corpus/seeds")
SEED_GOLD = pathlib.Path("/work/shared/eval/gold/seeds")


def _sets(root: pathlib.Path) -> list[str]:
    found = [p.name for p in (root / "tests/fixtures").glob("devset*") if (p / "gold").is_dir()]
    number = re.compile(r"(\d+)$")

    def order(name: str) -> int:
        m = number.search(name)
        return int(m.group(1)) if m else 1
    return (["seeds"] if SEEDS.is_dir() else []) + sorted(found, key=order)


def _score(name: str, root: pathlib.Path, out: pathlib.Path) -> str:
    if name == "seeds":
        args = ["--devset", str(SEEDS), "--gold", str(SEED_GOLD)]
    else:
        args = ["--devset", str(root / "tests/fixtures" / name)]
    env = dict(os.environ, PYTHONPATH=str(root / "src"))
    done = subprocess.run([sys.executable, str(root / "scripts/score_devset.py"), "--details",
                           *args], capture_output=True, text=True, env=env, check=False)
    (out / f"{name}.txt").write_text(done.stdout + done.stderr, encoding="utf-8")
    return summary(name, done.stdout)


def summary(name: str, text: str) -> str:
    """One line: F1 of persons, victims, events and linking; date, place, sentence and charge
    accuracy as right/of."""
    def f1(key: str) -> str:
        m = re.search(rf"^{key}\s+P=\S+ R=\S+ F1=(\S+)", text, re.MULTILINE)
        return m.group(1) if m else "-"

    def acc(key: str) -> str:
        m = re.search(rf"^{key}\s+(\d+/\d+)", text, re.MULTILINE)
        return m.group(1) if m else "-"
    return (f"{name:9s} pers {f1('persons')} vic {f1('victims')} ev {f1('events')} "
            f"link {f1('linking')} date {acc('date')} place {acc('place')} "
            f"sent {acc('sentence_years')} charge {acc('charge')}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="where each set's details go (default: a temporary folder)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--root", default=str(HERE))
    a = ap.parse_args()
    root = pathlib.Path(a.root).resolve()
    out = pathlib.Path(a.out or tempfile.mkdtemp(prefix="izde-scores-"))
    out.mkdir(parents=True, exist_ok=True)
    names = _sets(root)
    with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        lines = list(pool.map(lambda n: _score(n, root, out), names))
    for line in lines:
        print(line)
    print(f"details: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
