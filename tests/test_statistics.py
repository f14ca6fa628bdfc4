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


def test_two_reports_of_one_sentencing_count_one_person(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        populate(s)
        rows = dict(statistics.statistic(s, VIEWER, "event_types").rows)
    assert rows["sentencing"] == 1


def test_detention_in_a_county_counts_for_its_prefecture(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        populate(s)
        assert dict(statistics.statistic(s, VIEWER, "prefectures").rows) == {"Ili": 1}


def test_sentences_are_binned_at_the_longest_reported(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        populate(s)
        rows = dict(statistics.statistic(s, VIEWER, "sentences").rows)
    assert rows["10–14 years"] == 1 and rows["5–9 years"] == 0


def _event_types(store: Store) -> dict[str, int]:
    with store.session() as s:
        table = next(t for t in statistics.all_statistics(s, VIEWER) if t.name == "event_types")
    return dict(table.rows)


def test_cached_statistics_follow_a_new_event(db_url: str) -> None:
    from izde.store.models import Event

    store = Store(db_url)
    with store.session() as s:
        populate(s)
    assert "release" not in _event_types(store)
    with store.session() as s:
        s.add(Event(id="evt_rel", person_id="per_d", type="release", date="2021",
                    status="proposed", sensitivity="restricted"))
    assert _event_types(store)["release"] == 1


def test_cached_statistics_follow_a_rejected_event(db_url: str) -> None:
    from izde.store.models import Event

    store = Store(db_url)
    with store.session() as s:
        populate(s)
    assert _event_types(store)["detention"] == 1
    with store.session() as s:
        s.get_one(Event, "evt_det").status = "rejected"
    assert "detention" not in _event_types(store)
