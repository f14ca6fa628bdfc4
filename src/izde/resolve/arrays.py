"""Distinct values of large integer arrays, by sorting.

numpy 2's ``np.unique`` finds the distinct values of an integer array through a hash table;
on tens of millions of pair codes that measured 30 times slower than sorting them (32 s
against 1 s for 20 million codes on the benchmark machine), and the bulk path asks for the
distinct values of such arrays at every stage. These functions give what
``np.unique(values)`` and ``np.unique(values, return_inverse=True)`` give, by sorting.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]


def distinct(values: Ints) -> Ints:
    """The distinct values, sorted (``np.unique(values)``)."""
    return _distinct_of_sorted(np.sort(values))


def _distinct_of_sorted(ordered: Ints) -> Ints:
    """The distinct values of a sorted array, in order."""
    if not len(ordered):
        return ordered
    return np.asarray(ordered[np.r_[True, ordered[1:] != ordered[:-1]]], dtype=np.int64)


def distinct_merged(done: Ints, values: Ints) -> Ints:
    """``distinct(np.concatenate([done, values]))`` where ``done`` is already sorted and
    distinct (values gathered in rounds): only the new values are sorted, then the two
    sorted runs are merged by numpy's stable sort (timsort, which finds the two runs and
    merges them in one pass: 0.27 s for 12 million codes here, against 1.1 s to sort them
    afresh)."""
    new = distinct(values)
    if not len(done):
        return new
    merged = np.concatenate([done, new])
    merged.sort(kind="stable")
    return _distinct_of_sorted(merged)


def distinct_inverse(values: Ints) -> tuple[Ints, Ints]:
    """The distinct values, sorted, and for each value its index among them
    (``np.unique(values, return_inverse=True)``)."""
    order = np.argsort(values)
    ordered = values[order]
    first = np.r_[True, ordered[1:] != ordered[:-1]] if len(ordered) else np.zeros(0, bool)
    inverse = np.empty(len(values), dtype=np.int64)
    inverse[order] = np.cumsum(first) - 1
    return np.asarray(ordered[first], dtype=np.int64), inverse
