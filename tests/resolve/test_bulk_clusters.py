"""Clusters by columns are the clusters of ``merges`` (link by link in Python)."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
import pytest
from test_bulk import matched, population

from izde.resolve import bulk, bulk_clusters
from izde.resolve.bulk_clusters import (
    NameCompatibility,
    TraitColumns,
    cluster_labels,
    component_pairs,
    components,
    unambiguous,
)
from izde.resolve.matching import compatible
from izde.resolve.merges import Clusters, Traits, unambiguous_links
from izde.resolve.settings import DEFAULT


def reference_clusters() -> list[int]:
    """The clusters ``merges`` gives the merged pairs of the generated batch, with the
    name compatibility of ``matching.compatible`` on the records themselves."""
    records = population()
    _batch, scored = matched()
    merged = np.flatnonzero(scored.decision == bulk.DECISIONS.index("merge"))
    links = list(zip(scored.left[merged].tolist(), scored.right[merged].tolist(),
                     scored.weight[merged].tolist(), strict=True))
    linked = {i for a, b, _ in links for i in (a, b)}
    traits = {i: Traits(records[i].document_id, records[i].gender, records[i].birth_year)
              for i in linked}

    def names_agree(x: int, y: int) -> bool:
        return compatible(records[x], records[y])

    kept = unambiguous_links(links, traits, names_agree, DEFAULT.ambiguity_margin)
    clusters = Clusters(traits, names_agree)  # type: ignore[arg-type]
    for a, b, _w in sorted(kept, key=lambda link: (-link[2], link[0], link[1])):
        clusters.union(a, b, human=False)
    return [int(clusters.find(i)) if i in linked else i for i in range(len(records))]


def test_bulk_clusters_are_the_clusters_of_merges() -> None:
    batch, scored = matched()
    assert int((scored.decision == bulk.DECISIONS.index("merge")).sum()) > 100
    assert bulk.cluster(batch, scored) == reference_clusters()


def columns(traits: list[Traits]) -> TraitColumns:
    return TraitColumns.of([t.document for t in traits], [t.gender for t in traits],
                           [t.birth_year for t in traits])


TRAITS = [Traits("d1"), Traits("d2", "male", 1960), Traits("d3", "male", 1990),
          Traits("d4", "male", 1961)]


def everyone_agrees(x: np.ndarray, _y: np.ndarray) -> np.ndarray:
    return np.ones(len(x), dtype=bool)


def test_a_record_matching_two_people_equally_keeps_no_link() -> None:
    keep = unambiguous(np.array([0, 0]), np.array([1, 2]), np.array([8.0, 8.0]),
                       columns(TRAITS), everyone_agrees, 1.0)
    assert keep.tolist() == [False, False]


def test_a_clearly_better_match_keeps_its_link_and_drops_its_rival() -> None:
    keep = unambiguous(np.array([0, 0]), np.array([1, 2]), np.array([14.0, 8.0]),
                       columns(TRAITS), everyone_agrees, 1.0)
    assert keep.tolist() == [True, False]


def test_partners_that_agree_with_each_other_keep_their_links() -> None:
    keep = unambiguous(np.array([0, 0]), np.array([1, 3]), np.array([8.0, 8.0]),
                       columns(TRAITS), everyone_agrees, 1.0)
    assert keep.tolist() == [True, True]


def test_contradicting_names_make_partners_rivals() -> None:
    def names(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        return np.asarray({1, 3} != set(x.tolist()) | set(y.tolist()))

    keep = unambiguous(np.array([0, 0]), np.array([1, 3]), np.array([8.0, 8.0]),
                       columns(TRAITS), names, 1.0)
    assert keep.tolist() == [False, False]


def test_components_are_labelled_by_their_smallest_node() -> None:
    label = components(np.array([4, 1, 2]), np.array([3, 2, 0]), 6)
    assert label.tolist() == [0, 0, 0, 3, 3, 5]


def test_component_pairs_are_every_two_nodes_of_one_component() -> None:
    x, y = component_pairs(np.array([7, 9, 3, 5]), np.array([0, 0, 0, 1]))
    assert sorted(zip(x.tolist(), y.tolist(), strict=True)) == [(3, 7), (3, 9), (7, 9)]


def compatibility(agree: set[tuple[int, int]] | None = None) -> NameCompatibility:
    """Name compatibility of records 0..9 (one nameset each): all agree, or only ``agree``."""
    def check(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        pairs = zip(a.tolist(), b.tolist(), strict=True)
        return np.array([agree is None or (x, y) in agree or (y, x) in agree
                         for x, y in pairs], dtype=bool)

    return NameCompatibility(np.arange(10), np.zeros(0, np.int64), check)


def test_two_records_of_two_genders_stay_apart() -> None:
    traits = columns([Traits("d1", "male"), Traits("d2", "female")])
    labels = cluster_labels(2, np.array([0]), np.array([1]), traits, compatibility())
    assert labels == [0, 1]


def test_a_chain_across_genders_joins_only_its_first_link() -> None:
    traits = columns([Traits("d1", "male"), Traits("d2"), Traits("d3", "female")])
    labels = cluster_labels(3, np.array([0, 1]), np.array([1, 2]), traits, compatibility())
    assert labels[0] == labels[1] != labels[2]


def test_a_union_whose_members_names_contradict_is_refused() -> None:
    traits = columns([Traits("d1"), Traits("d2"), Traits("d3")])
    agree = compatibility({(0, 1), (1, 2)})
    labels = cluster_labels(3, np.array([0, 1]), np.array([1, 2]), traits, agree)
    assert labels[0] == labels[1] != labels[2]


def test_large_components_dealt_to_two_workers_get_the_clusters_of_merges(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_clusters, "MIN_PARALLEL_RECORDS", 0)
    batch, scored = matched()
    expected = reference_clusters()
    assert max(Counter(expected).values()) >= 3  # components the union loop decides
    assert bulk.cluster(batch, scored, workers=2) == expected


def test_chains_in_two_workers_are_decided_as_in_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_clusters, "MIN_PARALLEL_RECORDS", 0)
    traits = columns([Traits("d1", "male"), Traits("d2"), Traits("d3", "female"),
                      Traits("d4"), Traits("d5"), Traits("d6")])
    left, right = np.array([0, 3, 1, 4]), np.array([1, 4, 2, 5])
    alone = cluster_labels(6, left, right, traits, compatibility({(0, 1), (1, 2), (3, 4)}))
    shared = cluster_labels(6, left, right, traits, compatibility({(0, 1), (1, 2), (3, 4)}),
                            workers=2)
    assert shared == alone == [0, 0, 2, 3, 3, 5]


def test_traits_from_interned_columns_are_the_traits_of_the_records() -> None:
    records = population()
    direct = TraitColumns.of([r.document_id for r in records], [r.gender for r in records],
                             [r.birth_year for r in records])
    interned = bulk.trait_columns(bulk.Batch.of(records))
    for column in dataclasses.fields(TraitColumns):
        assert (getattr(interned, column.name).tolist()
                == getattr(direct, column.name).tolist()), column.name


def test_refusals_are_the_contradicting_pairs_both_ways_and_their_components() -> None:
    agree = compatibility({(0, 1), (1, 2), (3, 4)})
    x, y = np.array([0, 0, 1, 3]), np.array([1, 2, 2, 4])
    refused, doubtful = agree.refusals(x, y, x, y, np.array([0, 0, 0, 3, 3]))
    assert refused == {0 << 32 | 2, 2 << 32 | 0}
    assert doubtful == [True, True, True, False, False]


def test_ambiguity_split_over_two_processes_keeps_the_same_links(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_clusters, "MIN_PARALLEL_LINKS", 0)
    left, right = np.array([0, 0, 1, 2, 3, 1]), np.array([1, 2, 3, 3, 4, 4])
    weight = np.array([8.0, 8.0, 14.0, 9.0, 9.0, 8.5])
    traits = columns([*TRAITS, Traits("d5")])
    alone = unambiguous(left, right, weight, traits, everyone_agrees, 1.0)
    shared = unambiguous(left, right, weight, traits, everyone_agrees, 1.0, workers=2)
    assert shared.tolist() == alone.tolist()
    assert not alone.all()


def test_large_batches_split_for_ambiguity_get_the_clusters_of_merges(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_clusters, "MIN_PARALLEL_LINKS", 0)
    batch, scored = matched()
    assert bulk.cluster(batch, scored, workers=2) == reference_clusters()
