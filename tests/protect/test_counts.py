"""Small counts are suppressed from statistics anonymous viewers see."""

from __future__ import annotations

from izde.protect.counts import public_total, suppress_small_counts


def test_counts_below_k_are_dropped() -> None:
    rows = [{"facility": "A", "count": 4}, {"facility": "B", "count": 5}]
    assert suppress_small_counts(rows, k=5) == [{"facility": "B", "count": 5}]


def test_zero_counts_are_kept() -> None:
    assert suppress_small_counts([("A", 0)], k=5) == [("A", 0)]


def test_tuple_rows_use_their_last_element() -> None:
    assert suppress_small_counts([("2019", "detention", 1), ("2018", "detention", 12)]) == [
        ("2018", "detention", 12)]


def test_public_total_cannot_reveal_a_suppressed_count() -> None:
    rows = [("A", 1), ("B", 10), ("C", 7)]
    assert public_total(rows) == 17
