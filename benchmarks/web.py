"""Web latency and throughput on a large synthetic database.

    python benchmarks/web.py [--persons 100000] [--events 300000] [--db .bench/web.db]
    python benchmarks/web.py --db postgresql+psycopg://user@host:5432/izde_bench
    python benchmarks/web.py --db PATH --only facets --only "search page"

Rows are generated directly (no extraction) into an empty database (a SQLite file that does
not exist yet, or a PostgreSQL database without persons): persons with Latin and Cyrillic
names drawn from invented given names and surnames, events spread over the gazetteer's
Xinjiang places. Then a real server (uvicorn on 127.0.0.1) is measured: median and p95
latency of search, facet browsing, person page and statistics page (cached, and right after
a write, when every aggregate is recomputed), and requests/s under 16 concurrent clients.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import Any, cast

import httpx
from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from izde import search, users
from izde.store.engine import Store
from izde.store.models import Base, Document, Event, Person, PersonName, Place
from izde.store.places import ensure_gazetteer_place

SYLLABLES = ["ser", "ik", "nur", "lan", "as", "kar", "bek", "jan", "gul", "mira", "er", "bol",
             "ai", "gerim", "dau", "let", "kai", "rat", "sul", "tan", "zhan", "ar", "man", "tol"]
CYR = {"a": "а", "b": "б", "d": "д", "e": "е", "g": "г", "i": "и", "j": "ж", "k": "к",
       "l": "л", "m": "м", "n": "н", "o": "о", "r": "р", "s": "с", "t": "т", "u": "у",
       "z": "з", "h": "х"}
TYPES = ["detention", "sentencing", "disappearance", "release", "harassment"]
CHARGES = ["extremism", "separatism", "terrorism", "fraud", None]
PASSWORD = "benchmark password"
ETHNICITIES = ["Kazakh", "Kazakh", "Uyghur", "Kyrgyz", "Hui"]
TOWNS = ["Ghulja", "Altay", "Tacheng", "Urumqi", "Kashgar", "Hotan", "Nilka", "Chapchal"]
DOC_EVERY = 20


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def cyrillic(name: str) -> str:
    return "".join(CYR.get(c.lower(), c) if c.isalpha() else c for c in name).title()


def name_row(name: str) -> dict[str, Any]:
    """A name's stored columns and its search keys (the slow part, run in worker processes)."""
    from izde.resolve.names import detect_script, latinize, name_key, name_keys

    return {"name": name, "script": detect_script(name), "latin": latinize(name),
            "key": name_key(name), "keys": [k[:200] for k in name_keys(name)]}


def name_pool(rng: random.Random, size: int) -> list[dict[str, Any]]:
    """``size`` distinct full names, each also in Cyrillic: real names repeat, so persons
    draw from a pool and keys are computed once per spelling."""
    given = [word(rng) for _ in range(600)]
    family = [word(rng) + rng.choice(["uly", "kyzy", "ov", "bek", ""]) for _ in range(600)]
    latin = list(dict.fromkeys(f"{rng.choice(given)} {rng.choice(family)}"
                               for _ in range(size)))
    spellings = [s for n in latin for s in (n, cyrillic(n))]
    with ProcessPoolExecutor(2) as pool:
        rows = list(pool.map(name_row, spellings, chunksize=500))
    return [{"latin": rows[i], "cyrillic": rows[i + 1]} for i in range(0, len(rows), 2)]


def generate(store: Store, n_persons: int, n_events: int, seed: int = 7) -> None:
    """Bulk rows through Core ``executemany`` (no ORM objects), keys written directly."""
    rng = random.Random(seed)
    pool = name_pool(rng, max(1000, n_persons // 5))
    weights = [1 / (rank + 20) for rank in range(len(pool))]  # a few very common names
    with store.session() as s:
        place_ids = _places(s)
        drawn = rng.choices(range(len(pool)), weights, k=n_persons)
        _documents(s, rng, pool, drawn)
        _persons(s, pool, drawn)
        _events(s, rng, n_persons, n_events, place_ids)
        users.create_user(s, "bench", "viewer", PASSWORD, "bench")


def _table(model: type[Base]) -> Table:
    """The Core table: a Core insert is one executemany; an ORM bulk insert is much slower."""
    return cast(Table, model.__table__)


def _places(s: Session) -> list[str]:
    from izde.resolve.gazetteer import Gazetteer

    for entry in Gazetteer.load_default().__iter__():  # __iter__ is typed as Iterable
        if entry.id.startswith("cn-xj") and entry.kind in ("county", "city"):
            ensure_gazetteer_place(s, entry.id)
    return list(s.scalars(select(Place.id)))


def _documents(s: Session, rng: random.Random, pool: list[dict[str, Any]],
               drawn: list[int]) -> None:
    """One report per ~20 person records, naming them, so full-text search has work."""
    rows = []
    for d in range(0, len(drawn), DOC_EVERY):
        people = ", ".join(pool[i]["latin"]["name"] for i in drawn[d:d + DOC_EVERY])
        body = (f"Report {d}. Relatives say {people} were detained in "
                f"{rng.choice(TOWNS)} and sent to a camp. " * 3)
        rows.append({"id": f"doc_{d:016x}", "sha256": f"{d:064x}", "filename": f"r{d}.txt",
                     "media_type": "text/plain", "size": len(body), "original": body.encode(),
                     "body": body, "title": f"Report {d} from {rng.choice(TOWNS)}",
                     "publisher": "bench", "published": f"{rng.randint(2017, 2024)}",
                     "sensitivity": "restricted", "notes": []})
    s.execute(insert(_table(Document)), rows)


def _persons(s: Session, pool: list[dict[str, Any]], drawn: list[int]) -> None:
    persons: list[dict[str, Any]] = []
    names: list[dict[str, Any]] = []
    keys: list[dict[str, Any]] = []
    for i, k in enumerate(drawn):
        pid = f"per_{i:012d}"
        cid = f"per_{i - i % 3 if i % 5 == 0 else i:012d}"  # some real persons have 2+ records
        persons.append({"id": pid, "canonical_id": cid, "name": pool[k]["latin"]["name"],
                        "document_id": f"doc_{i - i % DOC_EVERY:016x}",
                        "sensitivity": "restricted", "origin": "machine", "roles": ["victim"],
                        "citizenship": [], "ethnicity": ETHNICITIES[i % len(ETHNICITIES)]})
        for spelling in (pool[k]["latin"], pool[k]["cyrillic"]):
            nid = len(names) + 1
            names.append({"id": nid, "person_id": pid, "sensitivity": "restricted",
                          **{c: spelling[c] for c in ("name", "script", "latin", "key")}})
            keys.extend({"name_id": nid, "token": t} for t in spelling["keys"])
    s.execute(insert(_table(Person)), persons)
    s.execute(insert(_table(PersonName)), names)
    s.execute(insert(search.name_keys_table), keys)
    s.execute(delete(search.queue_table))  # keys written above: nothing left to index


def _events(s: Session, rng: random.Random, n_persons: int, n_events: int,
            place_ids: list[str]) -> None:
    for start in range(0, n_events, 50_000):
        s.execute(insert(_table(Event)), [
            {"id": f"evt_{j:012d}", "person_id": f"per_{rng.randrange(n_persons):012d}",
             "type": rng.choice(TYPES), "date": f"{rng.randint(2014, 2023)}-0{rng.randint(1, 9)}",
             "place_id": rng.choice(place_ids), "charge": rng.choice(CHARGES),
             "sentence_years": rng.choice([None, 5.0, 7.0, 10.0, 15.0, 20.0]),
             "status": "proposed", "sensitivity": "restricted"}
            for j in range(start, min(n_events, start + 50_000))])


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


def client(base: str, cookies: httpx.Cookies | None = None) -> httpx.Client:
    """A client signed in as the benchmark user; ``cookies`` of a signed-in client share its
    session (sign-in is rate limited per address and argon2 is slow by design)."""
    c = httpx.Client(base_url=base, timeout=60, cookies=cookies)
    if cookies is None:
        c.post("/api/session", json={"name": "bench", "password": PASSWORD}).raise_for_status()
    return c


def latencies(c: httpx.Client, paths: list[str], before: Any = None) -> list[float]:
    """Milliseconds per GET; ``before()`` runs untimed ahead of each request."""
    out = []
    for p in paths:
        if before is not None:
            before()
        t = time.perf_counter()
        c.get(p).raise_for_status()
        out.append((time.perf_counter() - t) * 1000)
    return out


def row(label: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return f"| {label:34s} | {len(ms):4d} | {statistics.median(ms):8.1f} | {p95:8.1f} |"


def throughput(base: str, cookies: httpx.Cookies, paths: list[str], clients: int = 16,
               seconds: float = 10.0, cap: int = 20_000) -> tuple[float, int]:
    """Requests/s of ``clients`` threads on loopback for ``seconds`` (and at most ``cap``
    requests in all); also the number of failed requests. Clients connect before the clock
    starts."""
    counts, errors = [0] * clients, [0] * clients
    pool = [client(base, cookies) for _ in range(clients)]
    stop = time.perf_counter() + seconds

    def run(i: int) -> None:
        k = i
        while time.perf_counter() < stop and sum(counts) < cap:
            errors[i] += pool[i].get(paths[k % len(paths)]).status_code >= 400
            counts[i] += 1
            k += clients
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as threads:
        list(threads.map(run, range(clients)))
    elapsed = time.perf_counter() - start
    for c in pool:
        c.close()
    return sum(counts) / elapsed, sum(errors)


def facet_paths(db: str, samples: int) -> list[str]:
    """Facet-only searches (no name), mostly distinct so few are answered from a cache:
    event type and a year range, half of them also in a prefecture with its sub-places."""
    with Store(db).sessions() as s:
        prefectures = list(s.scalars(select(Place.id).where(Place.kind == "prefecture")))
    rng = random.Random(2)
    out = []
    for i in range(samples):
        first = rng.randint(2014, 2022)
        path = (f"/search?event_type={rng.choice(TYPES)}&year_from={first}"
                f"&year_to={rng.randint(first, 2023)}")
        out.append(path + (f"&place={rng.choice(prefectures)}" if i % 2 and prefectures else ""))
    return out


def workload(db: str, samples: int) -> dict[str, list[str]]:
    """Paths per measured page: names drawn from the data, full (Latin) and one word
    (Cyrillic, which reaches every spelling of a common given name)."""
    with Store(db).sessions() as s:
        sample = list(s.execute(select(Person.canonical_id, Person.name)
                                .order_by(Person.id).limit(20_000)))
    rng = random.Random(1)
    picks = [sample[rng.randrange(len(sample))] for _ in range(samples)]
    half = samples // 2
    names = [n for _, n in picks[:half]] + [cyrillic(n.split()[0]) for _, n in picks[half:]]
    return {
        "search page (/search?q=name)": [f"/search?q={n}" for n in names],
        "search API (/api/search?q=name)": [f"/api/search?q={n}" for n in names],
        "persons API (/api/persons?q=name)": [f"/api/persons?q={n}" for n in names],
        "search page, facets only": facet_paths(db, max(10, samples // 4)),
        "person page": [f"/persons/{cid}" for cid, _ in picks],
        "statistics page": ["/statistics"] * max(5, samples // 20),
    }


def touch(db: str) -> None:
    """A write that moves the data version, so the next statistics page recomputes."""
    store = Store(db)
    with store.session() as s:
        s.execute(update(_table(Place)).where(Place.id == s.scalar(select(Place.id).limit(1)))
                  .values(lat=_table(Place).c.lat))
    store.close()


def empty(db: str) -> bool:
    """True when there is nothing to measure yet: no SQLite file, or no persons."""
    if "://" not in db:
        return not Path(db).exists()
    store = Store(db)
    with store.sessions() as s:
        found = s.scalar(select(Person.id).limit(1))
    store.close()
    return found is None


def wanted(label: str, only: list[str]) -> bool:
    """True when ``--only`` names nothing, or a word of this measurement's label."""
    return not only or any(word in label for word in only)


def measure_on(base: str, db: str, paths: dict[str, list[str]],
               only: list[str]) -> httpx.Cookies:
    """Print the latency table (the groups ``--only`` selects); the client's cookies."""
    with closing(client(base)) as c:
        chosen = {label: group for label, group in paths.items() if wanted(label, only)}
        for group in chosen.values():
            latencies(c, group[:3])  # warm the page cache and imports
        print("| page | n | median ms | p95 ms |\n| --- | --- | --- | --- |")
        for label, group in chosen.items():
            print(row(label, latencies(c, group)))
        if wanted("statistics page, after a write", only):
            print(row("statistics page, after a write",
                      latencies(c, paths["statistics page"][:5], lambda: touch(db))))
        return c.cookies


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=100_000)
    ap.add_argument("--events", type=int, default=300_000)
    ap.add_argument("--db", default=".bench/web.db", help="a SQLite path or a database URL")
    ap.add_argument("--samples", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--only", action="append", default=[], metavar="WORD",
                    help="measure only the rows whose label holds WORD (repeatable; "
                         "'throughput' for the concurrent run), e.g. --only facets")
    args = ap.parse_args()
    db = args.db
    if empty(db):
        if "://" not in db:
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        generate(Store(db), args.persons, args.events)
        print(f"generated {args.persons} persons, {args.events} events "
              f"in {time.perf_counter() - t:.0f} s")
    paths = workload(db, args.samples)
    base, server = serve(db)
    cookies = measure_on(base, db, paths, args.only)
    if wanted("throughput", args.only):
        mixed = [p for pair in zip(paths["search page (/search?q=name)"], paths["person page"],
                                   strict=False) for p in pair]
        rate, errors = throughput(base, cookies, mixed, seconds=args.seconds)
        print(f"throughput, 16 concurrent clients, search + person pages: {rate:.0f} "
              f"requests/s ({errors} errors)")
    server.should_exit = True  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
