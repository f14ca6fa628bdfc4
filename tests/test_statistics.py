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


def _event_types(store: Store, reading: bool = False) -> dict[str, int]:
    """The event-type table as a writing transaction, or a read-only one, computes it."""
    with store.reading() if reading else store.session() as s:
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


def test_statistics_cached_for_readers_follow_a_new_event(db_url: str) -> None:
    from izde.store.models import Event

    store = Store(db_url)
    with store.session() as s:
        populate(s)
    assert "release" not in _event_types(store, reading=True)
    with store.session() as s:
        s.add(Event(id="evt_rel", person_id="per_d", type="release", date="2021",
                    status="proposed", sensitivity="restricted"))
    assert _event_types(store, reading=True)["release"] == 1


def test_a_writing_transaction_sees_its_own_uncommitted_event(db_url: str) -> None:
    from izde.store.models import Event

    store = Store(db_url)
    with store.session() as s:
        populate(s)
    _event_types(store, reading=True)  # cached for readers
    with store.session() as s:
        s.add(Event(id="evt_rel", person_id="per_d", type="release", status="proposed",
                    sensitivity="restricted"))
        s.flush()
        rows = dict(statistics.statistic(s, VIEWER, "event_types").rows)
        s.rollback()
    assert rows["release"] == 1 and "release" not in _event_types(store, reading=True)


def test_an_event_without_a_type_counts_in_no_row(db_url: str) -> None:
    """Sealed confidential events keep an empty type in clear: it is not a category."""
    from izde.store.models import Event

    store = Store(db_url)
    with store.session() as s:
        populate(s)
        s.add(Event(id="evt_blank", person_id="per_d", type="", sensitivity="restricted"))
    assert "" not in _event_types(store, reading=True)


def test_years_count_detained_persons_by_the_year_of_their_detention(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        populate(s)
    with store.reading() as s:
        assert dict(statistics.statistic(s, VIEWER, "years").rows) == {"2018": 1}


def test_map_counts_persons_and_events_per_place(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        populate(s)
    with store.reading() as s:
        rows = {p.id: (n, e) for p, n, e in statistics.place_counts(s, VIEWER)}
    assert rows == {"cn-xj-nilka": (1, 1)}
