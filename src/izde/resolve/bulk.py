"""Resolving a large batch of records at once: the same model as ``score_pair``, by columns.

``match_records`` scores one candidate pair at a time in Python (~100 µs a pair), which is
right for one document at ingest and far too slow for a million records. This module gives
the same decisions for the same candidate pairs, organised around what a large batch shares:

- *Records share spellings and attributes.* Each distinct set of names ("nameset"), birth
  year, gender, hometown set or event set is interned once; a comparison's level is computed
  once per distinct *pair of values* by the comparison itself (``Comparison.level`` on two
  stub records holding just that value), then looked up for every pair with numpy.
- *Names are the expensive comparison.* Their level and term-frequency bar are computed once
  per distinct pair of namesets: by columns for one name of two words on each side
  (``izde.resolve.name_columns``, nearly every pair), else by ``NameComparison.bars`` in
  worker processes.
- *Blocking by integer key ids*: the keys of ``izde.resolve.blocking`` per nameset, as
  integer codes built by columns (``izde.resolve.key_columns``), grouped by sorting,
  oversized blocks split and pairs generated with numpy, under the same ``max_block`` and
  split of oversized blocks as ``blocking.candidate_pairs`` (the same candidate set).

- *Two cores.* With ``workers`` above one, the key codes and two-word columns of the
  names are built in a fork while the records are (``izde.resolve.name_tables``); a
  thread blocks while this one builds the scoring columns, and scoring runs in threads
  (numpy, without the interpreter's lock); the large cluster components run in forked
  workers (``izde.resolve.forked``); all in an order that makes the result the
  one-process result.

Weights are added in the waterfall's order, so every pair's total (and therefore its
probability and decision) is the one ``score_pair`` computes; the tests check that pair by
pair. Only the few pairs that are not kept apart need a waterfall, and
``scores_for`` builds it with ``score_pair`` itself, so an explanation stays true.
"""

from __future__ import annotations

import dataclasses
import gc
import importlib
import itertools
import math
import multiprocessing as mp
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

import numpy as np
import numpy.typing as npt

from izde.resolve import name_tables
from izde.resolve.arrays import distinct, distinct_inverse, distinct_merged
from izde.resolve.bulk_clusters import (
    NameCompatibility,
    TraitColumns,
    cluster_labels,
    unambiguous,
)
from izde.resolve.comparisons import (
    COMPARISONS,
    STRONG_NAME_LEVELS,
    Comparison,
    MatchContext,
    NameComparison,
    NameForm,
    Record,
    SameDocument,
    SharedRelative,
    best_names,
    frequency_bar,
)
from izde.resolve.forked import InThread, bounds, threaded_map
from izde.resolve.key_columns import nameset_key_ids
from izde.resolve.matching import (
    APART,
    CONTRADICTING_NAMES,
    MERGE,
    REVIEW,
    PairScore,
    hopeless_name_levels,
    score_pair,
)
from izde.resolve.name_columns import TwoWordNames, two_word_levels
from izde.resolve.settings import CORROBORATING, DEFAULT, MatchSettings

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]

# The record attribute each comparison other than the name reads (a stub record holding
# only that attribute gives the comparison's level for a pair of values).
ATTRIBUTE_OF = {"birth_year": "birth_year", "gender": "gender", "ethnicity": "ethnicity",
                "hometown": "hometowns", "shared_relative": "relatives",
                "shared_event": "events", "same_document": "document_id"}
SMALL = 512  # values of an attribute up to which its levels are a full lookup table
CHUNK = 2_000_000  # candidate pairs scored at a time (bounds the memory of the columns)
MIN_PARALLEL = 20000  # distinct name pairs worth starting worker processes for
MIN_PARALLEL_PAIRS = 200_000  # candidate pairs worth scoring in worker processes
NEAR = 1e-9  # probabilities this close to a threshold are decided again exactly
DECISIONS = (APART, REVIEW, MERGE)


@contextmanager
def paused_collection() -> Iterator[None]:
    """The cyclic garbage collector paused while a batch is built and resolved.

    A batch creates millions of small objects (records, name forms, tuples), none in a
    reference cycle, and each collection pass walks all of them: at 300k generated records
    the whole bulk path took 42 CPU s with the collector running and 27 s without it. A
    forked worker's collections also write to every object they walk, which copies the
    parent's pages into the worker. The collector's state is restored afterwards (a pause
    inside a pause changes nothing)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _huge_page_advice(enabled: bool) -> bool:
    """Set numpy's advice to the kernel to back large arrays with huge pages; the setting
    before (False where this numpy has no such switch)."""
    switch = getattr(importlib.import_module("numpy._core.multiarray"),
                     "_set_madvise_hugepage", None)
    return bool(switch(enabled)) if switch is not None else False


@contextmanager
def small_pages() -> Iterator[None]:
    """numpy's huge-page advice off while a batch is resolved, restored afterwards.

    numpy asks the kernel for 2 MB pages for every array of 4 MB or more. A batch creates
    and frees gigabytes of short-lived arrays (blocking alone, at a million records), and
    each fresh huge page is zeroed whole at its first touch; where the kernel hands freed
    memory back to a virtual machine's host, as on the machine these figures come from, a
    huge page costs far more than the 4 KB pages actually written. Measured on the blocking
    of 1M generated records in one process (four alternating runs): 2.7-4.1 s of system
    time with the advice, 1.9 s without, user time within the noise. What is computed does
    not change."""
    before = _huge_page_advice(False)
    try:
        yield
    finally:
        _huge_page_advice(before)


@contextmanager
def large_batch() -> Iterator[None]:
    """What resolving a large batch runs under: the collector paused
    (``paused_collection``) and numpy's huge-page advice off (``small_pages``)."""
    with paused_collection(), small_pages():
        yield


def _intern(values: Iterable[Hashable]) -> tuple[Ints, list[Any]]:
    """Integer ids for values (first seen first) and the values by id (the loops run in C:
    a million records are interned per attribute). Each value is hashed and looked up once:
    ``setdefault`` gives where it was first seen, and first positions, rising with the ids,
    are numbered with numpy (1M document ids: 2.0 -> 1.1 s against a dict of the distinct
    values then a lookup of each)."""
    every = list(values)
    first: dict[Hashable, int] = {}
    at = np.fromiter(map(first.setdefault, every, itertools.count()), dtype=np.int64,
                     count=len(every))
    seen = np.zeros(len(every), dtype=bool)
    seen[at] = True
    return (np.cumsum(seen) - 1)[at], list(first)


def _spellings(records: list[Record]) -> list[str | tuple[str, ...]]:
    """What makes two records' namesets one: the spelling of a record's one name, or the
    tuple of its spellings (a string never equals a tuple, so the two kinds stay apart)."""
    return [names[0].written if len(names) == 1 else tuple(f.written for f in names)
            for names in map(_NAMES, records)]


_NAMES = attrgetter("names")


def _first_seen(ids: Ints) -> Ints:
    """Where each id first occurs, by id, for ids numbered in order of first occurrence
    (``_intern``): an id occurs first where it exceeds every id before it."""
    if not len(ids):
        return ids
    before = np.maximum.accumulate(ids)
    return np.flatnonzero(np.r_[True, ids[1:] > before[:-1]])


def _name_counts(folded: list[list[str]], per_set: list[int]) -> Counter[str]:
    """Records carrying each folded name (a record counts once per distinct folded name),
    from the folded names of each nameset and its number of records."""
    keys: list[str] = []
    weights: list[int] = []
    for names, n in zip(folded, per_set, strict=True):
        distinct_names = set(names) if len(names) > 1 else names
        keys += distinct_names
        weights += [n] * len(distinct_names)
    ids, values = _intern(keys)
    totals = np.bincount(ids, weights=weights, minlength=len(values)).astype(np.int64)
    return Counter(dict(zip(values, totals.tolist(), strict=True)))


@dataclass
class Batch:
    """A batch of records as columns of interned ids (see module docstring)."""

    records: list[Record]
    nameset: Ints
    namesets: list[tuple[NameForm, ...]]
    columns: dict[str, tuple[Ints, list[Any]]] = field(default_factory=dict, repr=False)
    two_words: TwoWordNames | None = field(default=None, repr=False)
    counted: Counter[str] | None = field(default=None, repr=False)
    # key codes and two-word columns built in a fork beside the records (``name_tables``)
    tables: name_tables.Taken | None = field(default=None, repr=False)

    @classmethod
    def of(cls, records: list[Record]) -> Batch:
        ids, spellings = _intern(_spellings(records))
        namesets = [records[i].names for i in _first_seen(ids).tolist()]
        return cls(records, ids, namesets, tables=name_tables.take(spellings))

    @property
    def counts(self) -> Counter[str]:
        """Records carrying each folded name (term frequencies; ``count_names``)."""
        return self.count_names()

    def count_names(self) -> Counter[str]:
        """The term frequencies, counted once when first asked: blocking reads none of
        them, so a background worker can start blocking before they are counted."""
        if self.counted is None:
            per_set = np.bincount(self.nameset, minlength=len(self.namesets))
            folded = [[f.folded for f in names] for names in self.namesets]
            self.counted = _name_counts(folded, per_set.tolist())
            found = [self.counted.get(keys[0], 1) if keys else 1 for keys in folded]
            self.columns["folded_counts"] = (np.array(found, dtype=np.int64), [])
        return self.counted

    def column(self, attribute: str) -> tuple[Ints, list[Any]]:
        """Interned ids of an attribute per record, and the values (computed once)."""
        if attribute not in self.columns:
            self.columns[attribute] = _intern(map(attrgetter(attribute), self.records))
        return self.columns[attribute]

    def present(self, attribute: str) -> npt.NDArray[np.bool_]:
        """Per distinct value of an attribute: is anything reported (``is_empty``)."""
        if attribute + "|present" not in self.columns:
            values = self.column(attribute)[1]
            flags = np.array([not is_empty(v) for v in values], dtype=np.int64)
            self.columns[attribute + "|present"] = (flags, [])
        return self.columns[attribute + "|present"][0].astype(bool)

    def per_record(self, name: str) -> Ints:
        """A derived integer column (computed once): "rank" (order of record ids, the order
        ``score_pair`` compares in), "longest" (tokens of the fullest name), "has_doc"."""
        if name not in self.columns:
            if name == "rank":
                ids = np.array([r.id for r in self.records])
                values = np.argsort(np.argsort(ids, kind="stable"), kind="stable")
            elif name == "longest":  # Record.longest, once per nameset
                per_set = [len(s[0].fine) if len(s) == 1 else
                           max((len(n.fine) for n in s), default=0) for s in self.namesets]
                values = np.array(per_set, dtype=np.int64)[self.nameset]
            else:
                values = np.array([r.document_id is not None for r in self.records],
                                  dtype=np.int64)
            self.columns[name] = (np.asarray(values, dtype=np.int64), [])
        return self.columns[name][0]

    def level_table(self, comparison: Comparison) -> Ints:
        """The level (index into ``comparison.levels``) of every two values of a comparison's
        attribute that has at most ``SMALL`` values (computed once)."""
        if "levels|" + comparison.name not in self.columns:
            values = self.column(ATTRIBUTE_OF[comparison.name])[1]
            stubs = [_stub(ATTRIBUTE_OF[comparison.name], v) for v in values]
            index = {level: i for i, level in enumerate(comparison.levels)}
            table = [[index[comparison.level(x, y)] for y in stubs] for x in stubs]
            self.columns["levels|" + comparison.name] = (np.array(table, dtype=np.int64), [])
        return self.columns["levels|" + comparison.name][0]

    def prepare_scoring(self) -> None:
        """Build every column scoring reads (before forking workers that share them)."""
        for comparison in COMPARISONS:
            if comparison.name in ATTRIBUTE_OF:
                self.present(ATTRIBUTE_OF[comparison.name])
                if len(self.column(ATTRIBUTE_OF[comparison.name])[1]) <= SMALL:
                    self.level_table(comparison)
        for name in ("rank", "longest", "has_doc"):
            self.per_record(name)
        self.two_word_names()
        self.count_names()

    def two_word_names(self) -> TwoWordNames:
        """The namesets as ``name_columns.TwoWordNames`` (built once)."""
        if self.two_words is None:
            self.two_words = (self.tables.two_word_names() if self.tables is not None
                              else TwoWordNames.of(self.namesets))
        return self.two_words

    def folded_counts(self) -> Ints:
        """Records carrying each nameset's first name's folded form (term frequencies of
        one-name namesets; 1 for a nameset without names)."""
        self.count_names()  # counted with the names
        return self.columns["folded_counts"][0]

    def stub(self, nameset: int) -> Record:
        return Record("", None, self.namesets[nameset])


# --- blocking ----------------------------------------------------------------------------


def _key_members(batch: Batch) -> tuple[Ints, Ints, Ints]:
    """(key id, record, side) for every key a record is filed under (side 0) or meets
    one-token names under (side 1), as in ``blocking.blocks``: keys are found once per
    nameset, by columns (``key_columns.nameset_key_ids``, or taken from the ``name_tables``
    built beside the records), and spread to its records with numpy."""
    flat, length, fulls = (batch.tables.key_ids(batch.namesets) if batch.tables is not None
                           else nameset_key_ids(batch.namesets))
    offset = np.cumsum(length) - length
    per_record = length[batch.nameset]
    rec = np.repeat(np.arange(len(batch.records), dtype=np.int64), per_record)
    within = _within(per_record)
    side = (within >= np.repeat(fulls[batch.nameset], per_record)).astype(np.int64)
    return flat[np.repeat(offset[batch.nameset], per_record) + within], rec, side


MIN_BACKGROUND = 50_000  # namesets worth blocking in a background worker


def candidate_codes(batch: Batch, max_block: int, workers: int = 1) -> Ints:
    """Sorted unique pair codes (i << 32 | j, i < j): ``blocking.candidate_pairs``.

    With several workers and many namesets, a thread blocks while this one builds the
    columns scoring and clustering will read (``Batch.prepare_scoring``,
    ``trait_columns``: loops over the records it would otherwise run later), so the two
    halves of the work share the two cores. Blocking is numpy (sorts, gathers, pairing)
    and runs without the interpreter's lock; the columns are Python loops that hold it.
    A forked worker did the blocking until session 12: at 1M records it cost 3-5 CPU s
    more (the fork of a large process, the pages it copied, the 12 million codes pickled
    back)."""
    if workers <= 1 or len(batch.namesets) < MIN_BACKGROUND:
        return _candidate_codes(batch, max_block)
    for attribute in ("birth_year", "events"):  # read by the split of oversized blocks
        batch.column(attribute)  # built here once, for scoring too
    found = InThread(lambda: _candidate_codes(batch, max_block))
    batch.prepare_scoring()
    trait_columns(batch)
    codes = found.result()
    batch.tables = None  # read: by the blocking (keys) and by ``two_word_names``
    return codes


def _candidate_codes(batch: Batch, max_block: int) -> Ints:
    """``candidate_codes`` in this process. All in numpy: an oversized block's members are
    filed again under (block, split key) (``_split_oversized``), then every block within
    ``max_block`` is paired, all blocks of one size at once."""
    key, rec, side = _sorted_members(*_split_oversized(batch, *_key_members(batch), max_block))
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else key
    size = np.r_[starts[1:], len(key)] - starts
    n_full = np.add.reduceat(1 - side, starts) if len(key) else key
    paired = ((n_full >= 2) | ((n_full == 1) & (size > 1))) & (size <= max_block)
    found = _Codes()
    for k in distinct(size[paired]).tolist():
        chosen = paired & (size == k)
        found.add_all(_same_size_pairs(rec, starts[chosen], n_full[chosen], k))
    return found.result()


def _sorted_members(key: Ints, rec: Ints, side: Ints) -> tuple[Ints, Ints, Ints]:
    """The members sorted by key, then side (a block's full side first), then record
    (``np.lexsort((rec, side, key))``): by one sort of the three packed into one integer
    (key from bit 33, side at bit 32, record below): 1M records' 7.4M members in 0.8 s
    against 1.5-1.7 s (loaded machine); by ``lexsort`` where they would not fit."""
    if len(key) and (int(key.max()) >= 1 << 30 or int(rec.max()) >= 1 << 32):
        order = np.lexsort((rec, side, key))
        return key[order], rec[order], side[order]
    packed = np.sort(key << 33 | side << 32 | rec)
    return packed >> 33, packed & 0xFFFFFFFF, (packed >> 32) & 1


def _split_oversized(batch: Batch, key: Ints, rec: Ints, side: Ints,
                     max_block: int) -> tuple[Ints, Ints, Ints]:
    """The members with each oversized block (more than ``max_block`` members, and some
    pair to make) replaced by its parts: a member is filed again under (block, split key)
    for each of its record's ``blocking.split_keys``; a record without any drops out."""
    n_keys = int(key.max()) + 1 if len(key) else 0
    size = np.bincount(key, minlength=n_keys)
    full = np.bincount(key[side == 0], minlength=n_keys)
    oversized = ((full >= 2) | ((full == 1) & (size > 1))) & (size > max_block)
    inside = oversized[key]
    if not inside.any():
        return key, rec, side
    offset, flat = _split_ids(batch)
    if not len(flat):
        return key[~inside], rec[~inside], side[~inside]
    okey, orec, oside = key[inside], rec[inside], side[inside]
    count = offset[orec + 1] - offset[orec]
    where = np.repeat(offset[orec], count) + _within(count)
    part = np.repeat(okey, count) * (int(flat.max()) + 1) + flat[where]
    _, part_id = distinct_inverse(part)
    return (np.concatenate([key[~inside], n_keys + part_id.ravel()]),
            np.concatenate([rec[~inside], np.repeat(orec, count)]),
            np.concatenate([side[~inside], np.repeat(oside, count)]))


def _within(count: Ints) -> Ints:
    """0, 1, .. count[k] - 1 for each k, concatenated."""
    start = np.cumsum(count) - count
    return np.arange(int(count.sum()), dtype=np.int64) - np.repeat(start, count)


def _split_ids(batch: Batch) -> tuple[Ints, Ints]:
    """``blocking.split_keys`` of every record as integer ids, in CSR form (record r's ids are
    ``flat[offset[r]:offset[r + 1]]``): its two birth-year bands (``blocking.year_bands``,
    a band named by its lower year) and the (date, place) of each event. Worked out once
    per distinct birth year and event set (the batch's interned columns) and spread to the
    records with numpy; the ids only need to be equal where the keys are."""
    if "split" not in batch.columns:
        year_id, years = batch.column("birth_year")
        has = np.array([y is not None for y in years], dtype=bool)
        year = np.array([y if y is not None else 0 for y in years], dtype=np.int64)
        bands = np.stack([year - year % 2, year - 1 + year % 2], axis=1)
        bands -= int(bands[has].min()) if has.any() else 0
        event_offset, event_flat = _event_ids(batch.column("events")[1])
        event_flat += int(bands[has].max()) + 1 if has.any() else 0
        event_id = batch.column("events")[0]
        n_years = 2 * has[year_id].astype(np.int64)
        n_events = (event_offset[1:] - event_offset[:-1])[event_id]
        count = n_years + n_events
        offset = np.concatenate([[0], np.cumsum(count)]).astype(np.int64)
        flat = np.zeros(int(offset[-1]), dtype=np.int64)
        dated = np.flatnonzero(n_years)
        flat[offset[dated]] = bands[year_id[dated], 0]
        flat[offset[dated] + 1] = bands[year_id[dated], 1]
        where = np.repeat(offset[:-1] + n_years, n_events) + _within(n_events)
        taken = np.repeat(event_offset[:-1][event_id], n_events) + _within(n_events)
        flat[where] = event_flat[taken]
        batch.columns["split"] = (offset, [flat])
    offset, (flat,) = batch.columns["split"]
    return offset, flat


def _event_ids(event_sets: list[frozenset[tuple[str, str, str]]]) -> tuple[Ints, Ints]:
    """Per distinct event set, in CSR form: the sorted distinct ids of its events' (date,
    place), numbered from 0."""
    ids: dict[tuple[str, str], int] = {}
    lists = [sorted({ids.setdefault((d, p), len(ids)) for _, d, p in events})
             for events in event_sets]
    count = np.array([len(x) for x in lists], dtype=np.int64)
    offset = np.concatenate([[0], np.cumsum(count)]).astype(np.int64)
    flat = np.fromiter((i for x in lists for i in x), dtype=np.int64, count=int(count.sum()))
    return offset, flat


PAIRS_AT_ONCE = 4_000_000  # pair codes built at a time (bounds the memory of blocking)


def _same_size_pairs(rec: Ints, starts: Ints, n_full: Ints, size: int) -> Iterator[Ints]:
    """Codes of the pairs inside blocks of ``size`` members (each sorted full side first):
    full x full and full x one-token names, never two one-token names."""
    iu, ju = np.triu_indices(size, k=1)
    step = max(1, PAIRS_AT_ONCE // len(iu))
    for k in range(0, len(starts), step):
        s = starts[k:k + step, None]
        keep = iu[None, :] < n_full[k:k + step, None]
        a, b = rec[s + iu][keep], rec[s + ju][keep]
        yield np.asarray(np.minimum(a, b) << 32 | np.maximum(a, b), dtype=np.int64)


@dataclass
class _Codes:
    """Pair codes gathered from many blocks, deduplicated as they grow (a pair shares
    several keys), so memory follows the distinct pairs, not every key's copy of them."""

    parts: list[Ints] = field(default_factory=list)
    size: int = 0
    done: Ints = field(default_factory=lambda: np.zeros(0, np.int64))

    def add(self, codes: Ints) -> None:
        self.parts.append(codes)
        self.size += len(codes)
        if self.size > 4 * PAIRS_AT_ONCE + len(self.done):
            self.result()

    def add_all(self, parts: Iterable[Ints]) -> None:
        for codes in parts:
            self.add(codes)

    def result(self) -> Ints:
        """The distinct codes so far, sorted (the new parts sorted alone, then merged)."""
        if self.parts:
            self.done = distinct_merged(self.done, np.concatenate(self.parts))
        self.parts, self.size = [], 0
        return self.done


# --- names, in worker processes ------------------------------------------------------------

_WORK: dict[str, Any] = {}


def _name_part(codes: Ints) -> tuple[Ints, Floats, Floats]:
    """(level index, name weight, frequency weight) per nameset-pair code (see
    ``_name_weights``); hopeless levels get their index and no weights."""
    batch: Batch = _WORK["batch"]
    settings: MatchSettings = _WORK["settings"]
    hopeless: frozenset[str] = _WORK["hopeless"]
    ctx = MatchContext(name_count=lambda key: batch.counts.get(key, 1))
    comparison = NameComparison()
    stubs: dict[int, Record] = {}
    n = len(codes)
    level, name_w, freq_w = np.zeros(n, np.int64), np.zeros(n), np.zeros(n)
    for k, code in enumerate(codes.tolist()):
        a = stubs.get(code >> 32) or stubs.setdefault(code >> 32, batch.stub(code >> 32))
        b = stubs.get(code & 0xFFFFFFFF) or stubs.setdefault(code & 0xFFFFFFFF,
                                                             batch.stub(code & 0xFFFFFFFF))
        best = best_names(a, b)
        level[k] = NAME_INDEX[best[0]]
        if best[0] in hopeless:
            continue
        bars = comparison.bars(best, settings, ctx)
        name_w[k] = bars[0].weight
        freq_w[k] = bars[1].weight if len(bars) > 1 else 0.0
    return level, name_w, freq_w


NAME_LEVELS = tuple(NameComparison.levels)
NAME_INDEX = {level: i for i, level in enumerate(NAME_LEVELS)}


def _name_weights(batch: Batch, codes: Ints, settings: MatchSettings,
                  workers: int) -> tuple[Ints, Floats, Floats]:
    """Name level and weights per distinct nameset pair: pairs of two-word names by columns
    (``name_columns``), the rest by ``best_names``, spread over ``workers`` processes
    (forked: they read the batch without copying it)."""
    names = batch.two_word_names()
    sa, sb = codes >> 32, codes & 0xFFFFFFFF
    columns = names.simple[sa] & names.simple[sb]
    level, name_w, freq_w = np.zeros(len(codes), np.int64), np.zeros(len(codes)), np.zeros(
        len(codes))
    if columns.any():
        level[columns], name_w[columns], freq_w[columns] = _two_word_weights(
            batch, sa[columns], sb[columns], settings, workers)
    rest = ~columns
    if rest.any():
        level[rest], name_w[rest], freq_w[rest] = _python_name_weights(
            batch, codes[rest], settings, workers)
    return level, name_w, freq_w


def _two_word_weights(batch: Batch, sa: Ints, sb: Ints, settings: MatchSettings,
                      workers: int) -> tuple[Ints, Floats, Floats]:
    """``NameComparison.bars`` of pairs of two-word names, by columns: the level's weight,
    and the term-frequency weight of the commoner name where the level is strong."""
    level = two_word_levels(batch.two_word_names(), sa, sb, workers)
    name_w = np.array([settings.weight("name", lv) for lv in NAME_LEVELS])[level]
    strong = np.array([lv in STRONG_NAME_LEVELS for lv in NAME_LEVELS])[level]
    count = batch.folded_counts()
    commoner = np.maximum(count[sa], count[sb])
    uniq, inverse = distinct_inverse(commoner)
    per_count = np.array([frequency_bar(c, settings).weight for c in uniq.tolist()])
    freq_w = np.where(strong, per_count[inverse.ravel()], 0.0)
    hopeless = np.array([lv in hopeless_name_levels(settings) for lv in NAME_LEVELS])[level]
    return level, np.where(hopeless, 0.0, name_w), np.where(hopeless, 0.0, freq_w)


def _python_name_weights(batch: Batch, codes: Ints, settings: MatchSettings,
                         workers: int) -> tuple[Ints, Floats, Floats]:
    """``_name_part`` over nameset pairs, in worker processes when there are many."""
    batch.count_names()  # before forking: the workers read the counts
    _WORK.update(batch=batch, settings=settings, hopeless=hopeless_name_levels(settings))
    if workers <= 1 or len(codes) < MIN_PARALLEL:
        return _name_part(codes)
    parts = np.array_split(codes, workers * 8)
    with mp.get_context("fork").Pool(workers) as pool:
        done = pool.map(_name_part, parts)
    return (np.concatenate([d[0] for d in done]), np.concatenate([d[1] for d in done]),
            np.concatenate([d[2] for d in done]))


# --- the other comparisons, by value pairs -------------------------------------------------


def _stub(attribute: str, value: Any) -> Record:
    fields: dict[str, Any] = {"id": "", "document_id": None, "names": (), attribute: value}
    return Record(**fields)


def _attribute_weights(comparison: Comparison, batch: Batch, left: Ints, right: Ints,
                       settings: MatchSettings) -> Floats:
    """This comparison's weight for every pair, computed once per distinct pair of values.

    A pair with an empty value (no birth year, no event) is at the level of two empty values
    whatever the other side holds (``tests/resolve/test_bulk.py`` checks it for every
    comparison), so only pairs where both sides report something are looked up."""
    attribute = ATTRIBUTE_OF[comparison.name]
    ids, values = batch.column(attribute)
    stubs: dict[int, Record] = {}

    def stub(x: int) -> Record:
        found = stubs.get(x)
        if found is None:
            found = stubs[x] = _stub(attribute, values[x])
        return found

    def weight(x: int, y: int) -> float:
        return settings.weight(comparison.name, comparison.level(stub(x), stub(y)))

    a, b = ids[left], ids[right]
    k = len(values)
    if k <= SMALL:
        per_level = np.array([settings.weight(comparison.name, lv) for lv in comparison.levels])
        return np.asarray(per_level[batch.level_table(comparison)[a, b]], dtype=np.float64)
    empty = Record("", None, ())  # every attribute empty
    out = np.full(len(a), settings.weight(comparison.name, comparison.level(empty, empty)))
    present = batch.present(attribute)
    both = np.flatnonzero(present[a] & present[b])
    uniq, inverse = distinct_inverse(a[both] * k + b[both])
    found = np.array([weight(c // k, c % k) for c in uniq.tolist()], dtype=np.float64)
    out[both] = found[inverse]
    return out


def is_empty(value: Any) -> bool:
    """No value reported (None, an empty string or set)."""
    return value is None or value in ("", frozenset())


# --- scoring -------------------------------------------------------------------------------


@dataclass
class Scored:
    """Candidate pairs (record indexes) with their total weight and decision index."""

    left: Ints
    right: Ints
    weight: Floats
    probability: Floats
    decision: Ints  # index into DECISIONS
    name_level: Ints  # index into NAME_LEVELS


def _drop_same_document(batch: Batch, codes: Ints) -> Ints:
    docs, _ = batch.column("document_id")
    has_doc = batch.per_record("has_doc").astype(bool)
    left, right = codes >> 32, codes & 0xFFFFFFFF
    same = has_doc[left] & (docs[left] == docs[right])
    return np.asarray(codes[~same], dtype=np.int64)


def score_codes(batch: Batch, codes: Ints, settings: MatchSettings = DEFAULT,
                workers: int = 1) -> Scored:
    """Score candidate pairs (codes from ``candidate_codes``) as ``match_records`` would.

    Left out, as there: pairs of one document and pairs whose name level is hopeless; and
    pairs whose other comparisons already rule out the review band whatever the names say
    (their decision is "apart" either way), so their names are never compared. Scored in
    parts of ``CHUNK`` pairs, so that the columns of a part, not of all, are in memory.
    """
    if workers > 1 and len(codes) >= MIN_PARALLEL_PAIRS:
        parts = _score_in_workers(batch, codes, settings, workers)
    else:
        parts = [_score_part(batch, codes[i:i + CHUNK], settings, workers)
                 for i in range(0, max(len(codes), 1), CHUNK)]
    return Scored(*(np.concatenate([getattr(p, f.name) for p in parts])
                    for f in dataclasses.fields(Scored)))


def _score_in_workers(batch: Batch, codes: Ints, settings: MatchSettings,
                      workers: int) -> list[Scored]:
    """The parts of ``score_codes`` spread over ``workers`` threads of this process (a
    pair's score depends on that pair alone, so slices change nothing; the results are
    taken in order). Scoring is numpy nearly throughout (sorts, indexing, rapidfuzz's
    ``cpdist``), which runs without the interpreter's lock, so threads share the cores
    without what forked workers paid: at 1M records a fresh fork of the 5 GB process per
    slice, each copying the pages it wrote, cost ~10 CPU s (26-28 against 15-16 CPU s for
    the same slices in threads, half of it system time) and more wall time than threads
    (session 12). The threads together hold ``CHUNK`` pairs at a time (slices of
    ``CHUNK // workers`` pairs, their count rounded up to a multiple of the workers; at
    1M records, halving the slices cost 7 s of CPU in repeated work for 0.07 GB less peak
    memory, session 7). The batch's lazily built columns are built first, once, so the
    threads only read it."""
    batch.prepare_scoring()
    slices = -(-len(codes) // max(1, CHUNK // workers))

    def score(span: tuple[int, int]) -> Scored:
        return _score_part(batch, codes[span[0]:span[1]], settings, 1)

    return threaded_map(score, bounds(len(codes), -(-slices // workers) * workers), workers)


def _score_part(batch: Batch, codes: Ints, settings: MatchSettings, workers: int) -> Scored:
    codes = _drop_same_document(batch, codes)
    left, right = codes >> 32, codes & 0xFFFFFFFF
    others = [c for c in COMPARISONS if c.name != NameComparison.name]
    rest = [_other_weights(c, batch, left, right, settings) for c in others]
    hope = _may_reach_review(rest, settings)
    left, right, rest = left[hope], right[hope], [w[hope] for w in rest]
    level, name_w, freq_w = _pair_names(batch, left, right, settings, workers)
    keep = ~np.array([lv in hopeless_name_levels(settings) for lv in NAME_LEVELS])[level]
    total = np.zeros(int(keep.sum())) + settings.prior_weight
    for part in (name_w, freq_w, *rest):  # the waterfall's order: the same float sums
        total += part[keep]
    left, right, level = left[keep], right[keep], level[keep]
    probability = 1.0 / (1.0 + np.exp2(-total))
    _exact_near_thresholds(probability, total, settings)
    longest = batch.per_record("longest")
    corroborated = np.zeros(len(left), dtype=bool)
    for c, w in zip(others, rest, strict=True):
        if c.name in CORROBORATING:
            corroborated |= w[keep] > 0
    common = freq_w[keep] < settings.common_name_bound()
    shortest = np.minimum(longest[left], longest[right])
    kin = _same_kin(batch, left, right, (shortest < 2) & (probability >= settings.auto_merge)
                    & (level == NAME_INDEX["single_token"]))
    decision = _decide(probability, level, shortest, common & ~corroborated, settings, kin)
    return Scored(left, right, total, probability, decision, level)


def _same_kin(batch: Batch, left: Ints, right: Ints, candidates: Bools) -> Bools:
    """The candidate pairs whose records are related the same way to one relative
    (``SharedRelative`` level "same_kin"): looked up pair by pair, since only pairs of a
    one-token name high enough to merge need it."""
    out = np.zeros(len(left), dtype=bool)
    relative = SharedRelative()
    for k in np.flatnonzero(candidates).tolist():
        a, b = batch.records[int(left[k])], batch.records[int(right[k])]
        out[k] = relative.level(a, b) == "same_kin"
    return out


def _other_weights(comparison: Comparison, batch: Batch, left: Ints, right: Ints,
                   settings: MatchSettings) -> Floats:
    """A comparison's weights; pairs of one document were dropped, so every pair left is at
    the "different" level of ``same_document``."""
    if isinstance(comparison, SameDocument):
        return np.full(len(left), settings.weight(comparison.name, "different"))
    return _attribute_weights(comparison, batch, left, right, settings)


def _may_reach_review(rest: list[Floats], settings: MatchSettings) -> npt.NDArray[np.bool_]:
    """Pairs that the best name agreement could still lift to the review band."""
    best_name = max(settings.weights["name"].values())
    best_name += max(0.0, *settings.weights["name_frequency"].values())
    bound = settings.prior_weight + best_name + np.sum(rest, axis=0)
    needed = math.log2(settings.review / (1.0 - settings.review))
    return np.asarray(bound >= needed - 1e-6)


def _pair_names(batch: Batch, left: Ints, right: Ints, settings: MatchSettings,
                workers: int) -> tuple[Ints, Floats, Floats]:
    """Name level and weights per pair, computed once per distinct pair of namesets, in
    ``score_pair``'s order (the record with the lower id first)."""
    rank = batch.per_record("rank")
    flip = rank[left] > rank[right]
    sa = batch.nameset[np.where(flip, right, left)]
    sb = batch.nameset[np.where(flip, left, right)]
    uniq, inverse = distinct_inverse((sa << 32) | sb)
    level_u, name_u, freq_u = _name_weights(batch, uniq, settings, workers)
    return level_u[inverse], name_u[inverse], freq_u[inverse]


def _exact_near_thresholds(probability: Floats, total: Floats,
                           settings: MatchSettings) -> None:
    """Recompute with ``settings.probability`` where a last-bit difference could matter."""
    for threshold in (settings.review, settings.auto_merge):
        for k in np.flatnonzero(np.abs(probability - threshold) < NEAR).tolist():
            probability[k] = settings.probability(float(total[k]))


def _decide(probability: Floats, level: Ints, shortest: Ints, uncorroborated: Bools,
            settings: MatchSettings, same_kin: Bools) -> Ints:
    """``matching.decide`` by columns (same-document pairs were dropped before;
    ``uncorroborated``: ``matching.uncorroborated_common_name`` per pair; ``same_kin``:
    the shared_relative level, where ``matching.name_decides`` needs it)."""
    strong = np.array([lv in STRONG_NAME_LEVELS for lv in NAME_LEVELS])
    decision = np.full(len(probability), DECISIONS.index(REVIEW), dtype=np.int64)
    decision[probability < settings.review] = DECISIONS.index(APART)
    names_decide = ((strong[level] & (shortest >= 2))
                    | ((level == NAME_INDEX["single_token"]) & same_kin))
    merge = ((probability >= settings.auto_merge) & names_decide & ~uncorroborated)
    decision[merge] = DECISIONS.index(MERGE)
    return decision


def scores_for(batch: Batch, scored: Scored, settings: MatchSettings = DEFAULT
               ) -> Iterator[PairScore]:
    """Full ``PairScore``s (with waterfalls) of the pairs not kept apart, via ``score_pair``."""
    ctx = MatchContext(name_count=lambda key: batch.counts.get(key, 1))
    keep = np.flatnonzero(scored.decision != DECISIONS.index(APART))
    for k in keep.tolist():
        a = batch.records[int(scored.left[k])]
        b = batch.records[int(scored.right[k])]
        yield score_pair(a, b, settings, ctx)


def match_batch(records: list[Record], settings: MatchSettings = DEFAULT,
                workers: int = 1) -> tuple[Batch, Scored]:
    """Block and score a batch of records (the bulk ``match_records``)."""
    with large_batch():
        batch = Batch.of(records)
        codes = candidate_codes(batch, settings.max_block, workers)
        return batch, score_codes(batch, codes, settings, workers)


# --- clusters ------------------------------------------------------------------------------


def name_compatibility(batch: Batch, scored: Scored) -> NameCompatibility:
    """``matching.compatible`` by record index (``bulk_clusters.NameCompatibility``): the
    merged nameset pairs, two-word names by columns (``name_columns``), others by
    ``best_names``."""
    merged = scored.decision == DECISIONS.index(MERGE)
    sa, sb = batch.nameset[scored.left[merged]], batch.nameset[scored.right[merged]]

    def one(a: int, b: int) -> bool:
        return best_names(batch.stub(a), batch.stub(b))[0] not in CONTRADICTING_NAMES

    def by_columns(a: Ints, b: Ints) -> npt.NDArray[np.bool_]:
        names = batch.two_word_names()
        simple = names.simple[a] & names.simple[b]
        out = np.empty(len(a), dtype=bool)
        contradicting = np.array([lv in CONTRADICTING_NAMES for lv in NAME_LEVELS])
        out[simple] = ~contradicting[two_word_levels(names, a[simple], b[simple])]
        rest = np.flatnonzero(~simple)
        out[rest] = [one(x, y) for x, y in zip(a[rest].tolist(), b[rest].tolist(),
                                                strict=True)]
        return out

    return NameCompatibility(batch.nameset, np.concatenate([sa << 32 | sb, sb << 32 | sa]),
                             by_columns)


def trait_columns(batch: Batch) -> TraitColumns:
    """The records' ``merges.Traits`` as columns (built once, from the batch's interned
    columns of documents, genders and birth years)."""
    if "traits" not in batch.columns:
        batch.columns["traits"] = (np.zeros(0, np.int64), [TraitColumns.of_columns(
            batch.column("document_id"), batch.column("gender"), batch.column("birth_year"))])
    found: TraitColumns = batch.columns["traits"][1][0]
    return found


def cluster(batch: Batch, scored: Scored, settings: MatchSettings = DEFAULT,
            workers: int = 1) -> list[int]:
    """Cluster index per record: automatic unions of the merged pairs, strongest first,
    without the links of ambiguous records (``merges.unambiguous_links``) and under the
    checks of ``merges.Clusters`` (documents, gender, birth years, names), by columns
    (``izde.resolve.bulk_clusters``)."""
    with large_batch():
        return _cluster(batch, scored, settings, workers)


def _cluster(batch: Batch, scored: Scored, settings: MatchSettings, workers: int) -> list[int]:
    merged = np.flatnonzero(scored.decision == DECISIONS.index(MERGE))
    left, right, weight = scored.left[merged], scored.right[merged], scored.weight[merged]
    traits, compatible = trait_columns(batch), name_compatibility(batch, scored)
    keep = unambiguous(left, right, weight, traits, compatible.pairs,
                       settings.ambiguity_margin, workers)
    left, right, weight = left[keep], right[keep], weight[keep]
    order = np.lexsort((right, left, -weight))
    return cluster_labels(len(batch.records), left[order], right[order], traits, compatible,
                          workers)


def resolve_batch(records: Sequence[Record], settings: MatchSettings = DEFAULT,
                  workers: int = 1) -> list[int]:
    """Cluster index per record for a batch resolved in memory (benchmarks, bulk loads)."""
    batch, scored = match_batch(list(records), settings, workers)
    return cluster(batch, scored, settings, workers)

