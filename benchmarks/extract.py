#!/usr/bin/env python3
"""Throughput and memory of the English extractor over generated reports.

usage: python benchmarks/extract.py [--mb 5] [--docs-words 900]

Generates at least ``--mb`` MB of text by recombining sentence templates (names built from
random syllables, so nothing depends on real cases), splits it into documents of about
``--docs-words`` words, and runs ``izde.extract.pipeline.extract`` on them on one core and on
all cores (one process per core). Prints words/s, documents/s and peak memory (RSS).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import time

from izde.extract.pipeline import extract

GIVEN = ["Ab", "Ai", "Ba", "Da", "Er", "Gul", "Kai", "Mu", "Nur", "Sa", "Ta", "Zha", "Yer"]
MID = ["ras", "li", "ken", "bol", "mur", "zhan", "dar", "sul", "tal", "gaz"]
END = ["bek", "uly", "kyzy", "khan", "jan", "ov", "ova", "gul", "nur", "at", "ai"]
TEMPLATES = [
    "{A} was detained by police in Almaty on {D}.",
    "{B}, {N}, said her brother, {A}, had not been heard from since {D}.",
    "Chinese authorities sentenced {A} to {Y} years in prison for separatism.",
    "{A}'s lawyer {B} told reporters that the court had refused to hear witnesses.",
    "The weather in the region was cold and the roads to the border were closed for weeks.",
    "Officials at the local administration declined to comment on the case when contacted.",
    "{B} is a researcher who manages a database of testimonies from the region.",
    "According to {B}, {A} was sent to a re-education camp in {D}.",
    "Rights groups say hundreds of thousands of people have been held in the camps.",
    "{A} was released after {Y} months and then placed under house arrest.",
    "The embassy did not respond to emailed requests for comment on Monday.",
    "{B} staged a protest outside the consulate to demand the release of {A}.",
]
MONTHS = ["Jan. 4, 2018", "March 2019", "mid-May", "last year", "Oct. 14, 2019", "2017"]


def name(rng: random.Random) -> str:
    def word() -> str:
        return rng.choice(GIVEN) + rng.choice(MID) + rng.choice(END)
    return f"{word()} {word()}"


def document(rng: random.Random, words: int) -> str:
    a, b = name(rng), name(rng)
    out: list[str] = []
    count = 0
    while count < words:
        s = rng.choice(TEMPLATES).format(A=a, B=b, D=rng.choice(MONTHS), N=rng.randint(25, 70),
                                         Y=rng.randint(2, 20))
        out.append(s)
        count += len(s.split())
        if rng.random() < 0.2:
            out.append("\n\n")
    return " ".join(out)


def corpus(mb: float, words: int) -> list[str]:
    rng = random.Random(7)
    docs: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        docs.append(document(rng, words))
        size += len(docs[-1])
    return docs


def _run(doc: str) -> int:
    return len(extract(doc, "2021-02-22").events)


def measure(docs: list[str], processes: int) -> float:
    start = time.perf_counter()
    if processes == 1:
        cpu = time.process_time()
        for d in docs:
            _run(d)
        cpu = time.process_time() - cpu
        words = sum(len(d.split()) for d in docs)
        print(f"  one core, CPU time: {words / cpu:,.0f} words/s (independent of other load)")
    else:
        with mp.get_context("fork").Pool(processes) as pool:
            pool.map(_run, docs, chunksize=8)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--docs-words", type=int, default=900)
    a = ap.parse_args()
    docs = corpus(a.mb, a.docs_words)
    words = sum(len(d.split()) for d in docs)
    mb = sum(len(d) for d in docs) / 1e6
    _run(docs[0])  # load lexicons and the gazetteer outside the timing
    print(f"corpus: {len(docs)} documents, {words:,} words, {mb:.1f} MB")
    for procs in (1, mp.cpu_count()):
        secs = measure(docs, procs)
        print(f"{procs} process(es): {words / secs:,.0f} words/s, {len(docs) / secs:,.1f} docs/s,"
              f" {secs:.1f} s")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: {own:.0f} MB (main process), {kids:.0f} MB (largest worker)")


if __name__ == "__main__":
    main()
