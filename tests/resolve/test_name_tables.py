"""Key codes and two-word columns built per name in a fork are the ones a batch builds."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import numpy as np
import pytest
from test_bulk import population
from test_key_columns import Nameset, hand_written_names

from izde.resolve import bulk, name_tables, name_words
from izde.resolve.comparisons import Record, make_record
from izde.resolve.key_columns import nameset_key_ids
from izde.resolve.name_columns import TwoWordNames, two_word_levels
from izde.resolve.settings import DEFAULT


def records() -> list[Record]:
    """The generated records, the hand-written names one record each, records of two
    spellings (namesets the tables do not hold) and a record without a name."""
    names = hand_written_names()
    return [*population(),
            *(make_record(f"h{k}", None, [n]) for k, n in enumerate(names)),
            *(make_record(f"t{k}", None, [a, b])
              for k, (a, b) in enumerate(zip(names[::7], names[3::7], strict=False))),
            make_record("none", None, [])]


def names_of(rs: list[Record]) -> list[str]:
    return list(dict.fromkeys(n.written for r in rs for n in r.names))


def taken(rs: list[Record], names: list[str]) -> tuple[list[Nameset], name_tables.Taken]:
    """The batch's namesets and the tables of ``names`` as the batch takes them."""
    namesets = bulk.Batch.of(rs).namesets
    tables = name_tables.NameTables.of(names)
    index = {n: i for i, n in enumerate(names)}
    which = np.array([index.get(s[0].written, -1) if len(s) == 1 else -1 for s in namesets])
    return namesets, name_tables.Taken(tables, which)


def key_groups(flat: np.ndarray, lengths: np.ndarray, fulls: np.ndarray
               ) -> set[frozenset[tuple[int, int]]]:
    """(nameset, side) members of each key, whatever the keys' numbering."""
    members: dict[int, set[tuple[int, int]]] = {}
    start = 0
    for k, (length, full) in enumerate(zip(lengths.tolist(), fulls.tolist(), strict=True)):
        for i, key in enumerate(flat[start:start + length].tolist()):
            members.setdefault(key, set()).add((k, int(i >= full)))
        start += length
    return {frozenset(m) for m in members.values()}


def test_keys_from_the_tables_group_namesets_as_their_own_keys_do() -> None:
    rs = records()
    namesets, tables = taken(rs, names_of(rs)[::-1])  # another order than the batch's
    flat, lengths, fulls = tables.key_ids(namesets)
    own = nameset_key_ids(namesets)
    assert lengths.tolist() == own[1].tolist() and fulls.tolist() == own[2].tolist()
    assert key_groups(flat, lengths, fulls) == key_groups(*own)


def test_keys_of_namesets_outside_the_tables_group_with_the_tables_keys() -> None:
    """Namesets the tables do not hold (here every other name) are coded with the tables'
    atoms and numbered after the tables' keys where a key is new to them."""
    rs = records()
    namesets, tables = taken(rs, names_of(rs)[::2])
    assert (tables.which < 0).sum() > len(namesets) // 3
    flat, lengths, fulls = tables.key_ids(namesets)
    own = nameset_key_ids(namesets)
    assert lengths.tolist() == own[1].tolist() and fulls.tolist() == own[2].tolist()
    assert key_groups(flat, lengths, fulls) == key_groups(*own)


def test_two_word_columns_from_the_tables_give_the_levels_of_the_batchs_own() -> None:
    rs = records()
    namesets, tables = taken(rs, names_of(rs)[::-1])
    mine, own = tables.two_word_names(), TwoWordNames.of(namesets)
    for column in ("simple", "family", "han"):
        assert getattr(mine, column).tolist() == getattr(own, column).tolist()
    simple = np.flatnonzero(own.simple)
    sa, sb = np.repeat(simple, len(simple)), np.tile(simple, len(simple))
    assert two_word_levels(mine, sa, sb).tolist() == two_word_levels(own, sa, sb).tolist()


@pytest.fixture
def prepared_in_a_fork(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(name_words, "MIN_NAMES", 0)
    yield
    name_words.prepare([], workers=1)  # nothing left pending


@pytest.mark.usefixtures("prepared_in_a_fork")
def test_a_batch_after_prepare_takes_the_tables_and_scores_as_without() -> None:
    rs = records()
    alone = bulk.match_batch(rs, DEFAULT)[1]
    name_words.prepare(names_of(rs), workers=2)
    batch = bulk.Batch.of(rs)
    assert batch.tables is not None
    codes = bulk.candidate_codes(batch, DEFAULT.max_block)
    shared = bulk.score_codes(batch, codes, DEFAULT)
    for column in dataclasses.fields(bulk.Scored):
        assert (getattr(shared, column.name).tolist()
                == getattr(alone, column.name).tolist()), column.name
    assert bulk.cluster(batch, shared) == bulk.cluster(*bulk.match_batch(rs, DEFAULT))


@pytest.mark.usefixtures("prepared_in_a_fork")
def test_tables_are_taken_once_and_only_for_names_they_hold() -> None:
    rs = records()
    name_words.prepare(names_of(rs), workers=2)
    assert bulk.Batch.of(rs).tables is not None
    assert bulk.Batch.of(rs).tables is None  # taken
    name_words.prepare(names_of(rs)[1:], workers=2)
    assert bulk.Batch.of(rs).tables is None  # a name missing: the batch builds its own


@pytest.mark.usefixtures("prepared_in_a_fork")
def test_one_worker_builds_no_tables() -> None:
    rs = records()
    name_words.prepare(names_of(rs), workers=1)
    assert bulk.Batch.of(rs).tables is None


@pytest.mark.usefixtures("prepared_in_a_fork")
def test_a_batch_of_the_names_in_their_order_takes_them_row_for_row() -> None:
    rs = [r for r in population() if len(r.names) == 1]
    name_words.prepare(names_of(rs), workers=2)
    batch = bulk.Batch.of(rs)
    assert batch.tables is not None
    assert batch.tables.which.tolist() == list(range(len(batch.namesets)))
    assert (bulk.candidate_codes(batch, DEFAULT.max_block).tolist()
            == bulk.candidate_codes(bulk.Batch.of(rs), DEFAULT.max_block).tolist())
