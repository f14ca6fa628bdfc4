"""A SIGKILL in the middle of an ingest leaves a sound database; re-running completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

IZDE = [sys.executable, "-c", "from izde.cli import main; main()"]


def _write_reports(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:04d}.txt").write_text(
            f"publisher: Test\npublished: 2020-01-01\n\nReport {i}: police detained "
            f"a man named Test Person{i} in Almaty on Jan. {1 + i % 28}, 2020.\n" * 20)


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as c:
            return int(c.execute("select count(*) from documents").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_completes_without_duplicates(tmp_path: Path) -> None:
    reports, db = tmp_path / "reports", tmp_path / "crash.db"
    _write_reports(reports, 400)
    env = {**os.environ, "IZDE_DB": str(db)}
    proc = subprocess.Popen([*IZDE, "ingest", str(reports), "--no-extract"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 30 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = _count(db)
    assert 0 < stored < 400, "the kill should land part-way"
    with sqlite3.connect(db) as c:
        assert c.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert c.execute("select count(*) from audit_log").fetchone()[0] == stored
    done = subprocess.run([*IZDE, "ingest", str(reports), "--no-extract"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as c:
        assert c.execute("select count(*) from documents").fetchone()[0] == 400
        assert c.execute("select count(distinct sha256) from documents").fetchone()[0] == 400
    assert f"{400 - stored} stored, {stored} already present" in done.stdout
