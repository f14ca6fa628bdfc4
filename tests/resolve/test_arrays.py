"""Sorting-based distinct values give what ``np.unique`` gives."""

from __future__ import annotations

import numpy as np

from izde.resolve.arrays import distinct, distinct_inverse, distinct_merged

VALUES = np.random.default_rng(4).integers(0, 50, 1000).astype(np.int64) << 32


def test_distinct_is_np_unique() -> None:
    assert distinct(VALUES).tolist() == np.unique(VALUES).tolist()


def test_distinct_inverse_is_np_unique_with_inverse() -> None:
    uniq, inverse = distinct_inverse(VALUES)
    expected, expected_inverse = np.unique(VALUES, return_inverse=True)
    assert uniq.tolist() == expected.tolist()
    assert inverse.tolist() == expected_inverse.ravel().tolist()


def test_no_values_have_no_distinct_values() -> None:
    empty = np.zeros(0, dtype=np.int64)
    assert distinct(empty).tolist() == []
    assert [part.tolist() for part in distinct_inverse(empty)] == [[], []]


def test_distinct_merged_is_np_unique_of_both() -> None:
    done = distinct(VALUES[:600])
    merged = distinct_merged(done, VALUES[600:])
    assert merged.tolist() == np.unique(VALUES).tolist()


def test_distinct_merged_into_nothing_is_distinct() -> None:
    assert distinct_merged(np.zeros(0, np.int64), VALUES).tolist() == np.unique(VALUES).tolist()
    assert distinct_merged(distinct(VALUES), np.zeros(0, np.int64)).tolist() == (
        np.unique(VALUES).tolist())
