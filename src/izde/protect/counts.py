"""Small-count suppression for statistics that anonymous visitors see.

A count of 1 to k-1 under a narrow facet ("detained at facility F in county C in 2019")
can identify a person even when no name is shown, so such rows are dropped from public
statistics. Totals shown beside them must be computed from the rows kept (``public_total``),
or the dropped count could be recovered by subtraction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

DEFAULT_K = 5
Row = TypeVar("Row", Mapping[str, Any], Sequence[Any])


def row_count(row: Mapping[str, Any] | Sequence[Any], key: str = "count") -> int:
    """The count in a row: ``row[key]`` for a mapping, the last element of a tuple."""
    value = row[key] if isinstance(row, Mapping) else row[-1]
    return int(value or 0)


def suppress_small_counts(rows: Iterable[Row], k: int = DEFAULT_K,
                          key: str = "count") -> list[Row]:
    """The rows whose count is 0 or at least ``k``; rows with 1..k-1 are left out."""
    return [r for r in rows if not 0 < row_count(r, key) < k]


def public_total(rows: Iterable[Row], k: int = DEFAULT_K, key: str = "count") -> int:
    """The total of the rows that survive suppression."""
    kept: list[Row] = suppress_small_counts(rows, k, key)
    return sum((row_count(r, key) for r in kept), 0)
