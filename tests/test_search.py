"""Search use case: names across scripts, the index queue, facets, visibility."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select

from izde import search
from izde.protect.policy import ANONYMOUS, Viewer
from izde.store.engine import Store
from izde.store.models import Event, PersonName

sys.path.insert(0, str(Path(__file__).parent / "web"))
from factory import populate

VIEWER = Viewer("v", "viewer")


def _store(path: str) -> Store:
    store = Store(path)
    with store.session() as s:
        populate(s)
    return store


def _index_rows(store: Store) -> tuple[int, int]:
    with store.reading() as s:
        return (s.scalar(select(func.count()).select_from(search.name_keys_table)) or 0,
                s.scalar(select(func.count()).select_from(search.queue_table)) or 0)


def test_names_are_indexed_by_the_transaction_that_writes_them(db_url: str) -> None:
    keys, queued = _index_rows(_store(db_url))
    assert keys > 0 and queued == 0


def test_a_search_writes_nothing(db_url: str) -> None:
    store = _store(db_url)
    with store.session() as s:
        s.execute(insert(search.queue_table).from_select(
            ["name_id"], select(PersonName.id)))  # as a writer that does not index leaves it
    before = _index_rows(store)
    with store.reading() as s:
        search.search_persons(s, VIEWER, "Serik Tolegenov")
    assert _index_rows(store) == before


def test_a_queued_name_is_found_before_it_is_indexed(db_url: str) -> None:
    store = _store(db_url)
    with store.session() as s:
        s.execute(delete(search.name_keys_table))
        s.execute(insert(search.queue_table).from_select(["name_id"], select(PersonName.id)))
    with store.reading() as s:
        found = search.search_persons(s, VIEWER, "Serik Tolegenov")
    assert [h.id for h in found.data] == ["per_a"]


def test_sync_index_indexes_queued_names_once(db_url: str) -> None:
    store = _store(db_url)
    with store.session() as s:
        s.execute(insert(search.queue_table).from_select(["name_id"], select(PersonName.id)))
        assert search.sync_index(s) > 0
        assert search.sync_index(s) == 0


def test_indexing_names_again_keeps_one_set_of_keys(db_url: str) -> None:
    store = _store(db_url)
    keys = _index_rows(store)[0]
    with store.session() as s:
        search.index_names(s, set(s.scalars(select(PersonName.id))))
    assert _index_rows(store)[0] == keys


def test_latin_variant_finds_the_cyrillic_record(db_url: str) -> None:
    with _store(db_url).session() as s:
        found = search.search_persons(s, VIEWER, "Serik Tolegenov")
    assert [h.id for h in found.data] == ["per_a"]


def test_anonymous_viewer_sees_no_restricted_person(db_url: str) -> None:
    with _store(db_url).session() as s:
        assert search.search_persons(s, ANONYMOUS, "Serik").count == 0


def test_year_filter_on_events(db_url: str) -> None:
    with _store(db_url).session() as s:
        early = search.search_persons(s, VIEWER, filters=search.SearchFilters(year_to=2017))
        late = search.search_persons(s, VIEWER, filters=search.SearchFilters(year_from=2018))
    assert early.count == 0 and [h.id for h in late.data] == ["per_a"]


@pytest.mark.parametrize(("date", "year_to", "counted"), [
    ("2019-05", 2019, True), ("2020-01", 2019, False), ("2019", 2019, True),
    ("201X", 2019, False),  # some year of the 2010s: maybe after 2019
    ("201X", 2020, True), ("201X", 2015, False), ("2015~", 2015, True),
    ("20XX", 2099, False), ("2016/2018", 2016, True), ("2017/2018", 2016, False),
])
def test_year_to_counts_an_event_only_when_its_year_is_surely_not_later(
        db_url: str, date: str, year_to: int, counted: bool) -> None:
    store = _store(db_url)
    first = _detained(store, 1)[0]
    with store.session() as s:
        s.get_one(Event, f"evt_{first}").date = date
    found = _browse_ids(store, event_type="detention", year_to=year_to)
    assert (first in found[0]) is counted


def test_document_text_search_marks_the_matched_word(db_url: str) -> None:
    with _store(db_url).session() as s:
        found = search.search_documents(s, VIEWER, "herder")
    assert found.count == 1
    marked = [text for text, hit in search.snippet_parts(found.data[0].snippet) if hit]
    assert [m.lower() for m in marked] == ["herder"]


def test_spellings_beyond_the_comparison_limit_are_still_found(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "COMPARE_LIMIT", 1)
    search._name_score.cache_clear()
    with _store(db_url).session() as s:
        found = search.search_persons(s, VIEWER, "Serik")
    assert "per_a" in [h.id for h in found.data]


def test_browsing_without_a_query_pages_in_id_order(db_url: str) -> None:
    with _store(db_url).session() as s:
        every = search.search_persons(s, VIEWER)
        second = search.search_persons(s, VIEWER, limit=1, offset=1)
    assert [h.id for h in second.data] == [every.data[1].id]
    assert second.count == every.count == len(every.data)


def test_facet_choices_are_the_distinct_values_of_visible_events(db_url: str) -> None:
    with _store(db_url).session() as s:
        facets = search.facet_values(s, VIEWER)
        public = search.facet_values(s, ANONYMOUS)
    assert facets["event_type"] == ["detention", "sentencing"]
    assert facets["charge"] == ["extremism"] and public["charge"] == []


def test_place_choices_include_the_prefecture_above_a_county(db_url: str) -> None:
    with _store(db_url).session() as s:
        ids = [p[0] for p in search.place_choices(s, VIEWER)]
    assert "cn-xj-nilka" in ids and "cn-xj-ili" in ids and "cn-xj-altay" not in ids


def test_control_characters_in_a_document_query_are_ignored(db_url: str) -> None:
    with _store(db_url).session() as s:
        assert search.search_documents(s, VIEWER, "herder\x00\x01").count == 1


def test_a_year_range_includes_full_dates_in_its_last_year(db_url: str) -> None:
    store = _store(db_url)
    with store.session() as s:
        s.add(Event(id="evt_late", person_id="per_d", type="detention", date="2019-12-31",
                    sensitivity="restricted"))
    with store.reading() as s:
        within = search.search_persons(s, VIEWER, filters=search.SearchFilters(
            event_type="detention", year_from=2019, year_to=2019))
        after = search.search_persons(s, VIEWER, filters=search.SearchFilters(
            event_type="detention", year_from=2020))
    assert [h.id for h in within.data] == ["per_d"] and after.count == 0


def test_a_page_past_the_end_still_reports_the_total(db_url: str) -> None:
    with _store(db_url).reading() as s:
        every = search.search_persons(s, VIEWER)
        beyond = search.search_persons(s, VIEWER, offset=every.count + 5)
    assert beyond.data == [] and beyond.count == every.count > 0


def test_a_facet_counts_two_records_of_one_person_once(db_url: str) -> None:
    with _store(db_url).reading() as s:
        found = search.search_persons(s, VIEWER, filters=search.SearchFilters(
            event_type="sentencing"))
    assert [h.id for h in found.data] == ["per_a"] and found.count == 1


def test_an_editor_sees_the_facts_of_a_confidential_event(db_url: str) -> None:
    store = _store(db_url)
    with store.session() as s:
        s.add(Event(id="evt_conf", person_id="per_d", type="disappearance", date="2020-02",
                    sensitivity="confidential"))
    with store.reading() as s:
        editor = search.search_persons(s, Viewer("e", "editor"), "Nurlan Bekov")
        viewer = search.search_persons(s, VIEWER, "Nurlan Bekov")
    assert "disappearance 2020-02" in editor.data[0].facts
    assert not any("disappearance" in f for f in viewer.data[0].facts)


def _detained(store: Store, n: int) -> list[str]:
    """``n`` more persons, each with a detention in 2021; their canonical ids."""
    from izde.store.models import Person

    ids = [f"per_x{i:02d}" for i in range(n)]
    with store.session() as s:
        for pid in ids:
            s.add(Person(id=pid, canonical_id=pid, name=pid, sensitivity="restricted",
                         roles=["victim"]))
        s.flush()  # persons before their events (no ORM relationship orders them)
        for pid in ids:
            s.add(Event(id=f"evt_{pid}", person_id=pid, type="detention", date="2021-05",
                        sensitivity="restricted"))
    return ids


def test_facet_browsing_pages_through_every_match_with_one_total(db_url: str) -> None:
    store = _store(db_url)
    expected = sorted(_detained(store, 5))
    filters = search.SearchFilters(event_type="detention", year_from=2021)
    with store.reading() as s:
        pages = [search.search_persons(s, VIEWER, filters=filters, limit=2, offset=o)
                 for o in (0, 2, 4)]
    assert [h.id for p in pages for h in p.data] == expected
    assert {p.count for p in pages} == {5}


def test_a_facet_page_past_the_end_reports_the_filtered_total(db_url: str) -> None:
    store = _store(db_url)
    _detained(store, 3)
    with store.reading() as s:
        beyond = search.search_persons(s, VIEWER, filters=search.SearchFilters(
            event_type="detention", year_from=2021), offset=10)
    assert beyond.data == [] and beyond.count == 3


def _add_report(store: Store, n: int, title: str, body: str,
                sensitivity: str = "restricted") -> str:
    from izde.store.models import Document

    with store.session() as s:
        s.add(Document(id=f"doc_r{n}", sha256=f"{n:064x}", media_type="text/plain",
                       size=len(body), original=body.encode(), body=body, title=title,
                       sensitivity=sensitivity, notes=[]))
    return f"doc_r{n}"


def test_the_report_naming_a_word_most_often_ranks_first(db_url: str) -> None:
    store = _store(db_url)
    once = _add_report(store, 90, "Release", "He was released from a camp in 2020.")
    often = _add_report(store, 91, "Camp", "The camp guards beat him in the camp at night.")
    with store.reading() as s:
        found = search.search_documents(s, VIEWER, "camp")
    assert [h.id for h in found.data] == [often, once] and found.count == 2


def _set_sensitivity(store: Store, doc_id: str, level: str) -> None:
    from izde.store.models import Document

    with store.session() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None
        doc.sensitivity = level  # the store seals or opens its title and body


def _index_holds(store: Store, word: str) -> bool:
    """Whether the documents' full-text index itself (FTS5 copy or stored vector) holds
    ``word``, whoever may read the documents."""
    from sqlalchemy import text

    with store.reading() as s:
        if store.dialect == "sqlite":
            sql = "SELECT count(*) FROM document_fts WHERE document_fts MATCH :w"
        else:
            sql = ("SELECT count(*) FROM documents "
                   "WHERE search_vector @@ plainto_tsquery('simple', :w)")
        return bool(s.execute(text(sql), {"w": word}).scalar())


def test_sealing_a_document_takes_its_words_out_of_the_search_index(db_url: str) -> None:
    store = _store(db_url)
    doc = _add_report(store, 92, "Testimony", "My cousin Qasymbek was taken at night.")
    _set_sensitivity(store, doc, "confidential")
    assert not _index_holds(store, "qasymbek")


def test_a_document_no_longer_confidential_is_found_by_its_words(db_url: str) -> None:
    store = _store(db_url)
    doc = _add_report(store, 93, "Testimony", "My cousin Qasymbek was taken at night.",
                      sensitivity="confidential")  # stored sealed from the start
    _set_sensitivity(store, doc, "restricted")
    with store.reading() as s:
        found = search.search_documents(s, VIEWER, "Qasymbek")
    assert [h.id for h in found.data] == [doc]


# Facet browsing reads each event's copy of its person record's canonical id and
# sensitivity (migration 0008); the database keeps the copy in step with the record.

def _browse_ids(store: Store, viewer: Viewer = VIEWER,
                **facets: object) -> tuple[list[str], int]:
    with store.reading() as s:
        page = search.search_persons(s, viewer, filters=search.SearchFilters(**facets))
    return [h.id for h in page.data], page.count


def test_a_facet_follows_a_merge_made_after_the_events_were_written(db_url: str) -> None:
    from izde.store.models import Person

    store = _store(db_url)
    first, second = _detained(store, 2)
    with store.session() as s:
        s.get_one(Person, second).canonical_id = first
    assert _browse_ids(store, event_type="detention", year_from=2021) == ([first], 1)


def test_a_facet_no_longer_counts_a_record_sealed_after_its_events(db_url: str) -> None:
    from izde.store.models import Person

    store = _store(db_url)
    first, second = _detained(store, 2)
    with store.session() as s:
        s.get_one(Person, second).sensitivity = "confidential"
    assert _browse_ids(store, event_type="detention", year_from=2021) == ([first], 1)
    editor = Viewer("e", "editor")
    assert _browse_ids(store, editor, event_type="detention", year_from=2021)[1] == 2


def test_a_facet_follows_an_event_moved_to_another_record(db_url: str) -> None:
    store = _store(db_url)
    first, second = _detained(store, 2)
    with store.session() as s:
        s.get_one(Event, f"evt_{second}").person_id = "per_d"
    assert _browse_ids(store, event_type="detention", year_from=2021) == (
        sorted([first, "per_d"]), 2)


def test_facets_with_a_person_condition_still_count_real_persons(db_url: str) -> None:
    store = _store(db_url)
    assert _browse_ids(store, event_type="sentencing", ethnicity="kazakh") == (["per_a"], 1)


def test_a_name_search_with_event_facets_keeps_only_matching_persons(db_url: str) -> None:
    store = _store(db_url)
    with store.reading() as s:
        sentenced = search.search_persons(s, VIEWER, "Serik Tolegenov",
                                          search.SearchFilters(event_type="sentencing"))
        released = search.search_persons(s, VIEWER, "Serik Tolegenov",
                                         search.SearchFilters(event_type="release"))
    assert [h.id for h in sentenced.data] == ["per_a"] and released.count == 0
