"""The bulk path decides every pair as ``score_pair`` does (on generated records)."""

from __future__ import annotations

import dataclasses
import gc
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from izde.resolve import bulk, bulk_clusters
from izde.resolve.blocking import candidate_pairs, split_keys
from izde.resolve.comparisons import COMPARISONS, MatchContext, Record, kin_key, make_record
from izde.resolve.matching import APART, MERGE, name_counts, score_pair
from izde.resolve.settings import DEFAULT

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "resolve.py"


@cache
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("resolve_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@cache
def population() -> list[Record]:
    """800 generated records: variants, scripts, typos, namesakes, partial attributes."""
    bench = generator()
    return [bench.to_record(row) for row in bench.generate(800, 3)]


@cache
def matched() -> tuple[bulk.Batch, bulk.Scored]:
    return bulk.match_batch(population(), DEFAULT)


def codes_as_pairs(codes: list[int]) -> set[tuple[int, int]]:
    return {(c >> 32, c & 0xFFFFFFFF) for c in codes}


def test_bulk_candidates_are_the_blocking_candidates() -> None:
    batch = bulk.Batch.of(population())
    codes = bulk.candidate_codes(batch, DEFAULT.max_block)
    assert codes_as_pairs(codes.tolist()) == candidate_pairs(population(), DEFAULT.max_block)


@pytest.mark.parametrize("max_block", [4, 12])
def test_bulk_splits_oversized_blocks_as_blocking_does(max_block: int) -> None:
    batch = bulk.Batch.of(population())
    codes = bulk.candidate_codes(batch, max_block)
    assert codes_as_pairs(codes.tolist()) == candidate_pairs(population(), max_block)


def test_bulk_gives_score_pairs_weight_and_decision_for_every_scored_pair() -> None:
    records = population()
    _batch, scored = matched()
    counts = name_counts(records)
    ctx = MatchContext(name_count=lambda key: counts.get(key, 1))
    assert len(scored.left) > 300
    for i, j, weight, decision in zip(scored.left.tolist(), scored.right.tolist(),
                                      scored.weight.tolist(), scored.decision.tolist(),
                                      strict=True):
        reference = score_pair(records[i], records[j], DEFAULT, ctx)
        assert (weight, bulk.DECISIONS[decision]) == (reference.weight, reference.decision)


def test_pairs_the_bulk_path_leaves_out_are_kept_apart_by_score_pair() -> None:
    records = population()
    _batch, scored = matched()
    counts = name_counts(records)
    ctx = MatchContext(name_count=lambda key: counts.get(key, 1))
    kept = set(zip(scored.left.tolist(), scored.right.tolist(), strict=True))
    left_out = sorted(candidate_pairs(records, DEFAULT.max_block) - kept)
    assert len(left_out) > 100
    assert {score_pair(records[i], records[j], DEFAULT, ctx).decision
            for i, j in left_out} == {APART}


def test_scores_for_gives_the_waterfalls_of_score_pair() -> None:
    batch, scored = matched()
    scores = list(bulk.scores_for(batch, scored))
    assert scores and all(s.decision != APART for s in scores)
    merges = int((scored.decision == bulk.DECISIONS.index(MERGE)).sum())
    assert sum(s.decision == MERGE for s in scores) == merges


def test_worker_processes_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    batch = bulk.Batch.of(population())
    codes = bulk.candidate_codes(batch, DEFAULT.max_block)
    alone = bulk.score_codes(batch, codes, DEFAULT, workers=1)
    monkeypatch.setattr(bulk, "MIN_PARALLEL", 0)
    shared = bulk.score_codes(batch, codes, DEFAULT, workers=2)
    assert shared.weight.tolist() == alone.weight.tolist()
    assert shared.decision.tolist() == alone.decision.tolist()


def test_scoring_in_parts_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    batch = bulk.Batch.of(population())
    codes = bulk.candidate_codes(batch, DEFAULT.max_block)
    whole = bulk.score_codes(batch, codes, DEFAULT)
    monkeypatch.setattr(bulk, "CHUNK", 97)
    parts = bulk.score_codes(batch, codes, DEFAULT)
    assert parts.weight.tolist() == whole.weight.tolist()
    assert parts.left.tolist() == whole.left.tolist()


def test_pairs_from_one_document_are_never_scored() -> None:
    a = make_record("a", "d1", ["Nurlan Amanov"], birth_year=1980)
    b = make_record("b", "d1", ["Nurlan Amanov"], birth_year=1980)
    _batch, scored = bulk.match_batch([a, b])
    assert len(scored.left) == 0


def test_clusters_refuse_a_chain_across_genders() -> None:
    records = [make_record("a", "d1", ["Nurlan Amanov"], gender="male"),
               make_record("b", "d2", ["Nurlan Amanov"]),
               make_record("c", "d3", ["Nurlan Amanov"], gender="female")]
    clusters = bulk.resolve_batch(records)
    assert clusters[0] != clusters[2]


def test_spellings_of_one_name_resolve_to_one_cluster() -> None:
    records = [make_record("a", "d1", ["Asqar Azatbekuly"], birth_year=1975),
               make_record("b", "d2", ["Асқар Азатбекұлы"], birth_year=1975),
               make_record("c", "d3", ["阿斯卡尔·阿扎提别克"], birth_year=1976)]
    assert len(set(bulk.resolve_batch(records))) == 1


def test_an_empty_value_gives_every_comparison_the_level_of_two_empty_values() -> None:
    empty = Record("", None, ())
    for comparison in COMPARISONS:
        if comparison.name == "name":
            continue
        attribute = bulk.ATTRIBUTE_OF[comparison.name]
        both_empty = comparison.level(empty, empty)
        for record in population()[:200]:
            value = getattr(record, attribute)
            if bulk.is_empty(value):
                continue
            one = empty._replace(**{attribute: value})
            assert comparison.level(empty, one) == both_empty
            assert comparison.level(one, empty) == both_empty


def test_blocking_in_small_parts_finds_the_same_candidates(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    batch = bulk.Batch.of(population())
    whole = bulk.candidate_codes(batch, DEFAULT.max_block)
    monkeypatch.setattr(bulk, "PAIRS_AT_ONCE", 3)
    assert bulk.candidate_codes(batch, DEFAULT.max_block).tolist() == whole.tolist()


@pytest.fixture
def parallel_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every stage that can use worker processes uses them, even on a small batch."""
    for threshold in ("MIN_PARALLEL", "MIN_PARALLEL_PAIRS", "MIN_BACKGROUND"):
        monkeypatch.setattr(bulk, threshold, 0)
    monkeypatch.setattr(bulk_clusters, "MIN_PARALLEL_RECORDS", 0)


@pytest.mark.usefixtures("parallel_everything")
def test_blocking_keys_found_in_the_background_give_the_same_candidates() -> None:
    alone = bulk.candidate_codes(bulk.Batch.of(population()), DEFAULT.max_block, workers=1)
    batch = bulk.Batch.of(population())
    shared = bulk.candidate_codes(batch, DEFAULT.max_block, workers=2)
    assert shared.tolist() == alone.tolist()
    assert "traits" in batch.columns  # built here meanwhile


@pytest.mark.usefixtures("parallel_everything")
def test_columns_built_while_the_keys_are_found_are_the_columns_built_later() -> None:
    later = bulk.Batch.of(population())
    later.prepare_scoring()
    meanwhile = bulk.Batch.of(population())
    bulk.candidate_codes(meanwhile, DEFAULT.max_block, workers=2)
    for name in ("birth_year", "events", "document_id", "rank", "levels|hometown"):
        assert later.columns[name][0].tolist() == meanwhile.columns[name][0].tolist()
        assert later.columns[name][1] == meanwhile.columns[name][1]


@pytest.mark.usefixtures("parallel_everything")
def test_scoring_slices_in_threads_give_the_same_scores() -> None:
    batch = bulk.Batch.of(population())
    codes = bulk.candidate_codes(batch, DEFAULT.max_block)
    alone = bulk.score_codes(batch, codes, DEFAULT, workers=1)
    shared = bulk.score_codes(batch, codes, DEFAULT, workers=2)
    for column in dataclasses.fields(bulk.Scored):
        assert (getattr(shared, column.name).tolist()
                == getattr(alone, column.name).tolist()), column.name


@pytest.mark.usefixtures("parallel_everything")
def test_a_batch_resolved_with_two_workers_gets_the_clusters_of_one() -> None:
    assert bulk.resolve_batch(population(), workers=2) == bulk.resolve_batch(population())


def test_batch_counts_each_folded_name_once_per_record() -> None:
    records = [*population(), make_record("x1", None, ["Asqar Azatbekuly", "Askar Azatbekov"]),
               make_record("x2", None, [])]
    assert bulk.Batch.of(records).counts == name_counts(records)


def test_records_of_one_spelling_share_a_nameset_and_two_spellings_make_another() -> None:
    one = make_record("a", None, ["Asqar Azatbekuly"])
    same = make_record("b", None, ["Asqar Azatbekuly"])
    two = make_record("c", None, ["Asqar Azatbekuly", "Askar Azatbekov"])
    assert bulk.Batch.of([one, same, two]).nameset.tolist() == [0, 0, 1]


def test_collection_is_paused_inside_a_batch_and_restored_after() -> None:
    gc.enable()
    with bulk.paused_collection():
        assert not gc.isenabled()
        with bulk.paused_collection():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused() -> None:
    gc.disable()
    try:
        with bulk.paused_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_numpy_huge_page_advice_is_off_inside_a_batch_and_restored_after() -> None:
    before = bulk._huge_page_advice(True)
    try:
        with bulk.large_batch():
            assert bulk._huge_page_advice(False) is False  # it was off
            assert not gc.isenabled()
        assert bulk._huge_page_advice(True) is True  # it is back on
    finally:
        bulk._huge_page_advice(before)


def test_split_ids_are_shared_exactly_where_blocking_split_keys_are() -> None:
    records = [*population(), make_record("y1", "d", ["Asqar Azatbekuly"], birth_year=1980,
                                          events=frozenset({("detention", "2018", "Ghulja"),
                                                            ("arrest", "2018", "Ghulja")}))]
    offset, flat = bulk._split_ids(bulk.Batch.of(records))
    by_key: dict[str, set[int]] = {}
    by_id: dict[int, set[int]] = {}
    for r, record in enumerate(records):
        for key in split_keys(record):
            by_key.setdefault(key, set()).add(r)
        ids = flat[offset[r]:offset[r + 1]].tolist()
        assert len(ids) == len(split_keys(record))
        for i in ids:
            by_id.setdefault(i, set()).add(r)
    assert sorted(map(sorted, by_key.values())) == sorted(map(sorted, by_id.values()))


def test_counts_are_counted_when_first_asked() -> None:
    batch = bulk.Batch.of(population())
    assert batch.counted is None
    assert batch.counts == name_counts(population())
    assert batch.counted is batch.counts


def test_interned_ids_number_values_in_order_of_first_sight() -> None:
    ids, values = bulk._intern(["b", "a", "b", None, "a", frozenset(), None])
    assert ids.tolist() == [0, 1, 0, 2, 1, 3, 2]
    assert values == ["b", "a", None, frozenset()]


def test_members_sorted_packed_are_sorted_as_lexsort_sorts_them() -> None:
    rng = np.random.default_rng(5)
    key, rec, side = (rng.integers(0, n, 5000) for n in (300, 2000, 2))
    order = np.lexsort((rec, side, key))
    packed = bulk._sorted_members(key, rec, side)
    big = bulk._sorted_members(key + (1 << 30), rec, side)  # too large to pack
    for found in (packed, (big[0] - (1 << 30), big[1], big[2])):
        assert [c.tolist() for c in found] == [key[order].tolist(), rec[order].tolist(),
                                               side[order].tolist()]


def test_bulk_decides_common_names_without_corroboration_as_score_pair_does() -> None:
    # a low threshold makes many of the generated names "common", so the rule is exercised
    records = population()
    settings = dataclasses.replace(DEFAULT, corroborate_above=2)
    _batch, scored = bulk.match_batch(records, settings)
    counts = name_counts(records)
    ctx = MatchContext(name_count=lambda key: counts.get(key, 1))
    reasons = set()
    for i, j, weight, decision in zip(scored.left.tolist(), scored.right.tolist(),
                                      scored.weight.tolist(), scored.decision.tolist(),
                                      strict=True):
        reference = score_pair(records[i], records[j], settings, ctx)
        assert (weight, bulk.DECISIONS[decision]) == (reference.weight, reference.decision)
        reasons.add(reference.reason.split(":")[0])
    assert any("many records share" in r for r in reasons)
    assert bulk.DECISIONS.index(MERGE) in scored.decision.tolist()


def test_bulk_merges_a_lone_name_with_the_same_kin_as_score_pair_does() -> None:
    wife = frozenset({"nurkhat syzdykuly", kin_key("spouse", "nurkhat syzdykuly")})
    sister = frozenset({"nurkhat syzdykuly", kin_key("sibling", "nurkhat syzdykuly")})
    records = [make_record("r1", "d1", ["Gulsim Kaldybaikyzy"], gender="female",
                           relatives=wife),
               make_record("r2", "d2", ["Gulsim"], gender="female", relatives=wife),
               make_record("r3", "d3", ["Gulsim"], gender="female", relatives=sister)]
    batch, scored = bulk.match_batch(records, DEFAULT)
    decided = {tuple(sorted((batch.records[i].id, batch.records[j].id))): bulk.DECISIONS[d]
               for i, j, d in
               zip(scored.left.tolist(), scored.right.tolist(), scored.decision.tolist(),
                   strict=True)}
    assert decided == {tuple(sorted((a.id, b.id))): score_pair(a, b).decision
                       for a, b in [(records[0], records[1]), (records[0], records[2]),
                                    (records[1], records[2])]}
    assert decided[("r1", "r2")] == MERGE
