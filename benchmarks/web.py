"""Web latency and throughput on a large synthetic database.

    python benchmarks/web.py [--persons 100000] [--events 300000] [--db .bench/web.db]

Rows are generated directly (no extraction): persons with Latin and Cyrillic names drawn
from invented given names and surnames, events spread over the gazetteer's Xinjiang places.
Then a real server (uvicorn on 127.0.0.1) is measured: median and p95 latency of search,
person page and statistics page, and requests/s under 16 concurrent clients.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import insert, select

from izde import search, users
from izde.store.engine import Store
from izde.store.models import Event, Person, PersonName, Place
from izde.store.places import ensure_gazetteer_place

SYLLABLES = ["ser", "ik", "nur", "lan", "as", "kar", "bek", "jan", "gul", "mira", "er", "bol",
             "ai", "gerim", "dau", "let", "kai", "rat", "sul", "tan", "zhan", "ar", "man", "tol"]
CYR = {"a": "а", "b": "б", "d": "д", "e": "е", "g": "г", "i": "и", "j": "ж", "k": "к",
       "l": "л", "m": "м", "n": "н", "o": "о", "r": "р", "s": "с", "t": "т", "u": "у",
       "z": "з", "h": "х"}
TYPES = ["detention", "sentencing", "disappearance", "release", "harassment"]
CHARGES = ["extremism", "separatism", "terrorism", "fraud", None]
PASSWORD = "benchmark password"


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def cyrillic(name: str) -> str:
    return "".join(CYR.get(c.lower(), c) if c.isalpha() else c for c in name).title()


def generate(store: Store, n_persons: int, n_events: int, seed: int = 7) -> None:
    from izde.resolve.gazetteer import Gazetteer
    from izde.resolve.names import detect_script, latinize, name_key

    rng = random.Random(seed)
    with store.session() as s:
        gaz = [e.id for e in Gazetteer.load_default() if e.id.startswith("cn-xj")
               and e.kind in ("county", "city")][:120]
        for gid in gaz:
            ensure_gazetteer_place(s, gid)
        place_ids = list(s.scalars(select(Place.id)))
        given = [word(rng) for _ in range(400)]
        family = [word(rng) + rng.choice(["uly", "kyzy", "ov", "bek", ""]) for _ in range(400)]
        persons, names = [], []
        for i in range(n_persons):
            pid = f"per_{i:012d}"
            name = f"{rng.choice(given)} {rng.choice(family)}"
            cid = f"per_{i - i % 3 if i % 5 == 0 else i:012d}"  # some real persons have 2+ records
            persons.append({"id": pid, "canonical_id": cid,
                            "name": name, "sensitivity": "restricted", "origin": "machine",
                            "roles": ["victim"], "citizenship": [], "ethnicity": "Kazakh"})
            for n in (name, cyrillic(name)):
                names.append({"person_id": pid, "name": n, "script": detect_script(n),
                              "latin": latinize(n), "key": name_key(n),
                              "sensitivity": "restricted"})
        s.execute(insert(Person), persons)
        s.execute(insert(PersonName), names)
        events = [{"id": f"evt_{j:012d}", "person_id": f"per_{rng.randrange(n_persons):012d}",
                   "type": rng.choice(TYPES),
                   "date": f"{rng.randint(2014, 2023)}-0{rng.randint(1, 9)}",
                   "place_id": rng.choice(place_ids), "charge": rng.choice(CHARGES),
                   "sentence_years": rng.choice([None, 5.0, 7.0, 10.0, 15.0, 20.0]),
                   "status": "proposed", "sensitivity": "restricted"} for j in range(n_events)]
        s.execute(insert(Event), events)
        users.create_user(s, "bench", "viewer", PASSWORD, "bench")
    with store.session() as s:
        search.sync_index(s)


def serve(db: str) -> tuple[str, object]:
    import uvicorn

    from izde.web import create_app
    from izde.web.settings import WebSettings

    app = create_app(settings=WebSettings(db, "x" * 40, dev=True))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def client(base: str) -> httpx.Client:
    c = httpx.Client(base_url=base, timeout=60)
    c.post("/api/session", json={"name": "bench", "password": PASSWORD}).raise_for_status()
    return c


def latencies(c: httpx.Client, paths: list[str]) -> list[float]:
    out = []
    for p in paths:
        t = time.perf_counter()
        c.get(p).raise_for_status()
        out.append((time.perf_counter() - t) * 1000)
    return out


def report(label: str, ms: list[float]) -> None:
    ms = sorted(ms)
    p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
    print(f"{label:28s} n={len(ms):4d} median {statistics.median(ms):7.1f} ms  p95 {p95:7.1f} ms")


def throughput(base: str, paths: list[str], clients: int = 16, seconds: float = 10.0) -> float:
    stop = time.perf_counter() + seconds
    counts = [0] * clients

    def run(i: int) -> None:
        c = client(base)
        k = i
        while time.perf_counter() < stop:
            c.get(paths[k % len(paths)]).raise_for_status()
            counts[i] += 1
            k += clients
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(run, range(clients)))
    return sum(counts) / seconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=100_000)
    ap.add_argument("--events", type=int, default=300_000)
    ap.add_argument("--db", default=".bench/web.db")
    ap.add_argument("--samples", type=int, default=200)
    args = ap.parse_args()
    db = Path(args.db)
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        generate(Store(str(db)), args.persons, args.events)
        print(f"generated {args.persons} persons, {args.events} events "
              f"in {time.perf_counter() - t:.0f} s")
    store = Store(str(db))
    with store.sessions() as s:
        sample = list(s.execute(select(Person.canonical_id, Person.name).limit(5000)))
    rng = random.Random(1)
    picks = [sample[rng.randrange(len(sample))] for _ in range(args.samples)]
    search_paths = [f"/search?q={name}" for _, name in picks[: args.samples // 2]]
    search_paths += [f"/search?q={cyrillic(name.split()[0])}" for _, name in
                     picks[args.samples // 2:]]
    person_paths = [f"/persons/{cid}" for cid, _ in picks]
    base, server = serve(str(db))
    c = client(base)
    latencies(c, search_paths[:5] + person_paths[:5])  # warm caches
    report("search (name, any script)", latencies(c, search_paths))
    report("person page", latencies(c, person_paths))
    report("statistics page", latencies(c, ["/statistics"] * 10))
    mixed = [p for pair in zip(search_paths, person_paths, strict=False) for p in pair]
    print(f"throughput, 16 clients, search+person: {throughput(base, mixed):.0f} requests/s")
    server.should_exit = True  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
