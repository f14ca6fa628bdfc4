"""Search use case: names across scripts, the index queue, facets, visibility."""

from __future__ import annotations

import sys
from pathlib import Path

from izde import search
from izde.protect.policy import ANONYMOUS, Viewer
from izde.store.engine import Store

sys.path.insert(0, str(Path(__file__).parent / "web"))
from factory import populate

VIEWER = Viewer("v", "viewer")


def _store(path: str) -> Store:
    store = Store(path)
    with store.session() as s:
        populate(s)
    return store


def test_new_names_are_queued_and_indexed_before_search(sqlite_db: str) -> None:
    with _store(sqlite_db).session() as s:
        assert search.sync_index(s) > 0
        assert search.sync_index(s) == 0


def test_latin_variant_finds_the_cyrillic_record(sqlite_db: str) -> None:
    with _store(sqlite_db).session() as s:
        found = search.search_persons(s, VIEWER, "Serik Tolegenov")
    assert [h.id for h in found.data] == ["per_a"]


def test_anonymous_viewer_sees_no_restricted_person(sqlite_db: str) -> None:
    with _store(sqlite_db).session() as s:
        assert search.search_persons(s, ANONYMOUS, "Serik").count == 0


def test_year_filter_on_events(sqlite_db: str) -> None:
    with _store(sqlite_db).session() as s:
        early = search.search_persons(s, VIEWER, filters=search.SearchFilters(year_to=2017))
        late = search.search_persons(s, VIEWER, filters=search.SearchFilters(year_from=2018))
    assert early.count == 0 and [h.id for h in late.data] == ["per_a"]
