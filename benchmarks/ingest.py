"""Ingest throughput: documents/s and MB/s for 1,000 generated reports, and peak memory.

    python benchmarks/ingest.py [--docs 1000] [--pg URL] [--no-extract]

Runs each backend in its own process (so peak memory is that backend's alone): SQLite in a
temporary file, and PostgreSQL when --pg or $IZDE_BENCH_PG names a server where the user may
create databases. Prints one line per run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

GIVEN = ["Askar", "Nurlan", "Erlan", "Aigerim", "Gulnar", "Bakhytzhan", "Serik", "Dana",
         "Murat", "Zhanar", "Abdulla", "Mehmet", "Dilnur", "Ablikim", "Gulbahar", "Rahima"]
FAMILY = ["Kabdolla", "Seitkali", "Nurbekuly", "Tursyn", "Abenov", "Temirkhanova", "Omarov",
          "Kasimjan", "Tokhti", "Yusup", "Abdurehim", "Mamyt", "Zhaksylyk", "Erlankyzy"]
PLACES = ["Ghulja", "Tacheng", "Urumqi", "Almaty", "Kashgar", "Altay", "Korla", "Zharkent"]
TEMPLATES = [
    "{a}, an ethnic Kazakh from {p}, was detained by police on {d}, his sister {b} said.",
    "{a} was sentenced to {n} years in prison for \"religious extremism\", {b} told reporters.",
    "Relatives have not heard from {a} since {d}, when he vanished in {p}.",
    "{b}, who lives in {p}, said her brother {a} was sent to a re-education camp in {y}.",
    "Police in {p} threatened {b} after she spoke to journalists about {a}.",
    "The report, published in {y}, describes conditions in camps around {p}.",
]


def make_report(rng: random.Random, i: int) -> str:
    a = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    b = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    y = rng.randint(2016, 2022)
    lines = [rng.choice(TEMPLATES).format(a=a, b=b, p=rng.choice(PLACES), n=rng.randint(2, 20),
                                          d=f"May {rng.randint(1, 28)}, {y}", y=y)
             for _ in range(rng.randint(15, 40))]
    return (f"publisher: Benchmark Wire\npublished: {y + 1}-01-15\ntitle: Report {i}\n\n"
            + "\n\n".join(lines) + f"\n\nReference {uuid.uuid4()}.\n")


def generate(folder: Path, n: int) -> int:
    rng = random.Random(7)
    total = 0
    for i in range(n):
        data = make_report(rng, i).encode()
        (folder / f"report_{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def run_one(db: str, folder: str, extract: bool) -> dict[str, float]:
    """Child process: ingest the folder into db and report figures as JSON."""
    from izde.library import Izde

    izde = Izde(db, actor="bench")
    start = time.perf_counter()
    outcomes = izde.ingest([folder], process=extract)
    seconds = time.perf_counter() - start
    size = sum(Path(o.path).stat().st_size for o in outcomes)
    failed = sum(o.status == "failed" for o in outcomes)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": len(outcomes), "failed": failed, "seconds": seconds,
            "docs_per_s": len(outcomes) / seconds, "mb_per_s": size / 2**20 / seconds,
            "peak_mb": peak_mb}


def pg_database(admin_url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"izde_bench_{uuid.uuid4().hex[:8]}"
    with create_engine(admin_url, isolation_level="AUTOCOMMIT").connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--pg", default=os.environ.get("IZDE_BENCH_PG"))
    ap.add_argument("--no-extract", action="store_true")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child[0], args.child[1], not args.no_extract)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        total = generate(folder, args.docs)
        print(f"{args.docs} documents, {total / 2**20:.1f} MB, extraction "
              f"{'off' if args.no_extract else 'on'}")
        targets = [("sqlite", str(Path(tmp) / "bench.db"))]
        if args.pg:
            targets.append(("postgresql", pg_database(args.pg)))
        for label, db in targets:
            cmd = [sys.executable, __file__, "--child", db, str(folder)]
            cmd += ["--no-extract"] if args.no_extract else []
            r = json.loads(subprocess.run(cmd, check=True, capture_output=True,
                                          text=True).stdout.splitlines()[-1])
            print(f"{label:10s} {r['docs_per_s']:8.1f} docs/s  {r['mb_per_s']:6.2f} MB/s  "
                  f"{r['seconds']:6.1f} s  peak {r['peak_mb']:.0f} MB  failed {r['failed']:.0f}")


if __name__ == "__main__":
    main()
