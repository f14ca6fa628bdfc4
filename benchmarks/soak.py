"""Soak test: concurrent clients against a real `izde` web server, with a SIGKILL mid-run.

    .venv/bin/python benchmarks/soak.py --seconds 600            # SQLite (temporary file)
    .venv/bin/python benchmarks/soak.py --db postgresql+psycopg://postgres@127.0.0.1:54330/x

The server runs in its own process on loopback (what `izde serve` runs). N clients (default
32) each sign in and loop over a mix of searches, page views, claim reviews and ingests.
Halfway (``--kill-at``) the server is killed with SIGKILL and restarted on the same
database. Afterwards the database is checked against what the server acknowledged:

* lost writes: an acknowledged ingest whose document is missing, or a claim whose status is
  not the one its client's last acknowledged review set (each client reviews its own claims,
  one request at a time, so the expected final state is known);
* duplicated writes: more audit entries for a document's ingest, or for a claim's reviews,
  than requests were sent;
* the audit chain still verifies.

Printed: requests, errors (HTTP 5xx, unexpected 4xx, exceptions; refused connections while
the server is down are counted apart), p50/p95/p99 latency per operation, throughput.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from izde.library import Izde
from izde.store import audit
from izde.store.engine import Store
from izde.store.models import AuditEntry, Claim, Document

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "soak-password-123"
WORDS = ["detained", "sentenced", "camp", "Kazakh", "Ghulja", "prison", "extremism",
         "Altay", "police", "released", "Almaty", "mother"]
SERVER = ("import faulthandler, signal, sys, uvicorn; from izde.web import create_app; "
          "faulthandler.register(signal.SIGUSR1, all_threads=True); "
          "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
          "log_level='warning')")
TIMEOUT = 30.0  # a request slower than this counts as failed
GRACE = 90  # seconds a request may still run after the end before it counts as hung


# -- server ---------------------------------------------------------------------------------

class Server:
    """The web app in a child process; ``kill`` is a SIGKILL, ``start`` waits until ready."""

    def __init__(self, db: str, port: int, log: Path) -> None:
        self.db, self.port, self.log = db, port, log
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> float:
        t0 = time.perf_counter()
        env = {**os.environ, "IZDE_EXTRACT": os.environ.get("IZDE_EXTRACT", "1"),
               # every client signs in from 127.0.0.1: one address's sign-in limit would
               # refuse all but the first few (the limit itself is tested in tests/web)
               "IZDE_RATE_LOGIN": os.environ.get("IZDE_RATE_LOGIN", "1000/1000"),
               "IZDE_SECRET_KEY": os.environ.get("IZDE_SECRET_KEY") or uuid.uuid4().hex * 2}
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-c", SERVER, self.db,
                                          str(self.port)], env=env, cwd=ROOT, stdout=log,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        while time.perf_counter() - t0 < 60:
            try:
                if httpx.get(f"{self.url}/api/session", timeout=1).status_code == 200:
                    return time.perf_counter() - t0
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start within 60 s")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def dump_stacks(self) -> None:
        """Ask the server to write every thread's stack to its log (for hung requests)."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGUSR1)
            time.sleep(1)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:  # requests hung: shutdown would wait forever
                self.proc.kill()
                self.proc.wait()


# -- setup ------------------------------------------------------------------------------------

def prepare(db: str, clients: int) -> dict[int, list[str]]:
    """Examples ingested, one reviewer account per client, and each client's own claims."""
    from izde import users

    with Izde(db, actor="soak") as izde:
        izde.ingest([ROOT / "examples"], process=True)
        with izde.store.session() as s:
            for i in range(clients):
                users.create_user(s, f"soak{i}", "reviewer", PASSWORD, "soak")
            ids = list(s.scalars(select(Claim.id).where(Claim.status == "proposed")
                                 .order_by(Claim.id)))
    if len(ids) < clients:
        raise RuntimeError(f"only {len(ids)} proposed claims for {clients} clients")
    return {i: ids[i::clients] for i in range(clients)}


# -- clients ----------------------------------------------------------------------------------

@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)
    refused: int = 0
    timeouts: int = 0
    ingests_acked: dict[str, str] = field(default_factory=dict)  # sha-less name -> doc id
    ingests_sent: Counter[str] = field(default_factory=Counter)
    reviews_sent: Counter[str] = field(default_factory=Counter)
    last_ack: dict[str, str] = field(default_factory=dict)  # claim -> status acknowledged
    last_sent_unacked: set[str] = field(default_factory=set)
    samples: dict[str, str] = field(default_factory=dict)  # "op status" -> first message
    lock: threading.Lock = field(default_factory=threading.Lock)


class Client:
    def __init__(self, n: int, server: Server, claims: list[str], tally: Tally,
                 stop_at: float) -> None:
        self.n, self.server, self.claims, self.tally, self.stop_at = (n, server, claims,
                                                                      tally, stop_at)
        self.http = httpx.Client(base_url=server.url, timeout=TIMEOUT)
        self.csrf = ""
        self.rng = random.Random(n)
        self.person_ids: list[str] = []

    def login(self) -> None:
        """Sign in (timed as "login"); a refusal by the sign-in limit waits as told, any
        other failure is counted as an error and retried."""
        t0 = time.perf_counter()
        r = self.http.post("/api/session", json={"name": f"soak{self.n}",
                                                  "password": PASSWORD})
        with self.tally.lock:
            self.tally.latencies["login"].append(time.perf_counter() - t0)
        if r.status_code == 429:
            time.sleep(float(r.headers.get("retry-after", "1")))
        elif r.status_code >= 400:
            with self.tally.lock:
                self.tally.errors[f"login {r.status_code}"] += 1
                self.tally.samples.setdefault(f"login {r.status_code}", r.text[:200])
            time.sleep(0.5)
        else:
            self.csrf = r.json()["csrf_token"]

    def run(self) -> None:
        while time.time() < self.stop_at:
            try:
                if not self.csrf:
                    self.login()
                    continue
                self.one()
            except httpx.TimeoutException:
                with self.tally.lock:
                    self.tally.timeouts += 1
            except httpx.TransportError:
                with self.tally.lock:
                    self.tally.refused += 1
                self.csrf = ""
                time.sleep(0.2)

    def one(self) -> None:
        roll = self.rng.random()
        if roll < 0.45:
            self.timed("search", "GET", f"/api/search?q={self.rng.choice(WORDS)}")
        elif roll < 0.75:
            self.page_view()
        elif roll < 0.92:
            self.review()
        else:
            self.ingest()

    def timed(self, op: str, method: str, url: str, **kw: Any) -> httpx.Response | None:
        t0 = time.perf_counter()
        r = self.http.request(method, url, headers={"x-csrf-token": self.csrf}, **kw)
        elapsed = time.perf_counter() - t0
        with self.tally.lock:
            self.tally.latencies[op].append(elapsed)
            if r.status_code >= 400:
                self.tally.errors[f"{op} {r.status_code}"] += 1
                self.tally.samples.setdefault(f"{op} {r.status_code}", r.text[:200])
        if r.status_code == 401:
            self.csrf = ""
        return r if r.status_code < 400 else None

    def page_view(self) -> None:
        if not self.person_ids:
            r = self.timed("search", "GET", "/api/search?q=")
            self.person_ids = [h["id"] for h in r.json().get("data", [])] if r else []
        target = f"/persons/{self.rng.choice(self.person_ids)}" if self.person_ids else "/search"
        self.timed("page", "GET", target)

    def review(self) -> None:
        claim = self.rng.choice(self.claims)
        action = self.rng.choice(("accept", "reject"))
        with self.tally.lock:
            self.tally.reviews_sent[claim] += 1
            self.tally.last_sent_unacked.add(claim)
        r = self.timed("review", "POST", f"/api/claims/{claim}/{action}")
        if r is not None:
            with self.tally.lock:
                self.tally.last_ack[claim] = r.json()["status"]
                self.tally.last_sent_unacked.discard(claim)

    def ingest(self) -> None:
        name = f"soak-{self.n}-{uuid.uuid4().hex[:12]}.txt"
        text = (f"title: Soak report {name}\n\nA man was detained in Ghulja in 2018, his "
                f"relatives said. Reference {name}.\n")
        with self.tally.lock:
            self.tally.ingests_sent[name] += 1
        r = self.timed("ingest", "POST", "/api/documents",
                       files={"files": (name, text.encode(), "text/plain")})
        if r is not None:
            outcome = r.json()["data"][0]
            if outcome["status"] == "stored":
                with self.tally.lock:
                    self.tally.ingests_acked[name] = outcome["document_id"]


# -- checks and report ----------------------------------------------------------------------

def check(db: str, tally: Tally) -> dict[str, Any]:
    store = Store(db)
    with store.session() as s:
        docs = {name: did for name, did in s.execute(
            select(Document.filename, Document.id).where(Document.filename.like("soak-%")))
            if name}
        ingest_entries = Counter(s.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.action == "ingest")))
        review_entries = Counter(s.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.action.in_(("accept", "reject")))))
        status = dict(s.execute(select(Claim.id, Claim.status).where(
            Claim.id.in_(list(tally.reviews_sent)))).all()) if tally.reviews_sent else {}
        chain = audit.verify_chain(s)
        n_docs = s.scalar(select(func.count()).select_from(Document))
    store.close()
    lost_ingests = [n for n in tally.ingests_acked if n not in docs]
    lost_reviews = [c for c, st in tally.last_ack.items()
                    if c not in tally.last_sent_unacked and status.get(c) != st]
    dup_ingests = [i for i, k in ingest_entries.items() if k > 1]
    dup_reviews = [c for c, k in review_entries.items() if k > tally.reviews_sent.get(c or "", 0)]
    return {"documents": n_docs, "lost_ingests": len(lost_ingests),
            "lost_reviews": len(lost_reviews), "duplicated_ingests": len(dup_ingests),
            "duplicated_reviews": len(dup_reviews), "audit_chain_ok": chain.ok,
            "audit_entries": chain.entries}


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


def report(tally: Tally, seconds: float, result: dict[str, Any], restart: float | None,
           backend: str, clients: int) -> None:
    total = sum(len(v) for v in tally.latencies.values())
    print(f"backend {backend}, {clients} clients, {seconds:.0f} s, "
          f"{total} requests, {total / seconds:.1f} req/s")
    for op, vals in sorted(tally.latencies.items()):
        print(f"  {op:7s} n={len(vals):6d}  p50 {pct(vals, 50):7.1f} ms  "
              f"p95 {pct(vals, 95):7.1f} ms  p99 {pct(vals, 99):7.1f} ms")
    print(f"  errors: {dict(tally.errors) or 'none'}; timeouts ({TIMEOUT:.0f} s): "
          f"{tally.timeouts}; refused while down: {tally.refused}")
    for key, text in sorted(tally.samples.items()):
        print(f"    first {key}: {text}")
    if restart is not None:
        print(f"  SIGKILL + restart: server ready again after {restart:.1f} s")
    print(f"  ingests acknowledged {len(tally.ingests_acked)}, reviews acknowledged "
          f"{len(tally.last_ack)} claims")
    for k, v in result.items():
        print(f"  {k}: {v}")


def run(db: str, seconds: float, clients: int, kill_at: float | None, port: int) -> int:
    claims = prepare(db, clients)
    log = Path(tempfile.mkdtemp(prefix="izde-soak-log-")) / "server.log"
    server = Server(db, port, log)
    try:
        return _soak(server, db, seconds, clients, kill_at, claims)
    finally:
        server.stop()
        print(f"  server log: {log}")


def _soak(server: Server, db: str, seconds: float, clients: int, kill_at: float | None,
          claims: dict[int, list[str]]) -> int:
    server.start()
    tally = Tally()
    stop_at = time.time() + seconds
    workers = [Client(i, server, claims[i], tally, stop_at) for i in range(clients)]
    threads = [threading.Thread(target=w.run, daemon=True) for w in workers]
    for t in threads:
        t.start()
    restart = None
    if kill_at is not None and kill_at < seconds:
        time.sleep(kill_at)
        server.kill()
        restart = server.start()
    hung = _join(threads, stop_at + GRACE)
    if hung or tally.timeouts:
        server.dump_stacks()
    server.stop()
    result = check(db, tally)
    result["hung_clients"] = hung
    report(tally, seconds, result, restart, Store(db).dialect, clients)
    bad = result["lost_ingests"] + result["lost_reviews"] + result["duplicated_ingests"]
    failed = bad or hung or tally.timeouts or any(k.endswith(("500", "502", "503"))
                                                  for k in tally.errors)
    return 1 if failed or result["duplicated_reviews"] or not result["audit_chain_ok"] else 0


def _join(threads: list[threading.Thread], deadline: float) -> int:
    """Wait for the clients until ``deadline``; the number still stuck in a request."""
    for t in threads:
        t.join(max(0.0, deadline - time.time()))
    return sum(t.is_alive() for t in threads)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="database (default: a new temporary SQLite file); a "
                    "PostgreSQL URL must name an empty database")
    ap.add_argument("--seconds", type=float, default=600)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--kill-at", type=float, default=None,
                    help="seconds after the start to SIGKILL the server (default: half-way; "
                    "negative: never)")
    ap.add_argument("--port", type=int, default=8765)
    a = ap.parse_args()
    db = a.db or str(Path(tempfile.mkdtemp(prefix="izde-soak-")) / "soak.db")
    kill_at = a.seconds / 2 if a.kill_at is None else (None if a.kill_at < 0 else a.kill_at)
    sys.exit(run(db, a.seconds, a.clients, kill_at, a.port))


if __name__ == "__main__":
    main()
