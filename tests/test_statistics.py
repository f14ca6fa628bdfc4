"""Statistics count distinct real persons and roll places up to prefectures."""

from __future__ import annotations

import sys
from pathlib import Path

from izde import statistics
from izde.protect.policy import Viewer
from izde.store.engine import Store

sys.path.insert(0, str(Path(__file__).parent / "web"))
from factory import populate

VIEWER = Viewer("v", "viewer")


def test_two_reports_of_one_sentencing_count_one_person(sqlite_db: str) -> None:
    store = Store(sqlite_db)
    with store.session() as s:
        populate(s)
        rows = dict(statistics.statistic(s, VIEWER, "event_types").rows)
    assert rows["sentencing"] == 1


def test_detention_in_a_county_counts_for_its_prefecture(sqlite_db: str) -> None:
    store = Store(sqlite_db)
    with store.session() as s:
        populate(s)
        assert dict(statistics.statistic(s, VIEWER, "prefectures").rows) == {"Ili": 1}


def test_sentences_are_binned_at_the_longest_reported(sqlite_db: str) -> None:
    store = Store(sqlite_db)
    with store.session() as s:
        populate(s)
        rows = dict(statistics.statistic(s, VIEWER, "sentences").rows)
    assert rows["10–14 years"] == 1 and rows["5–9 years"] == 0
