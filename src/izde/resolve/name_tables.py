"""Blocking keys and two-word columns of many names, built in a fork while the records are.

At a million records the records stage (a ``Record`` per record, in one process) leaves the
second core idle, and the next stage, blocking, spends a third of its time on what a
nameset's names alone decide: its blocking key codes (``key_columns.nameset_key_codes``,
in the blocking worker) and its row of ``name_columns.TwoWordNames`` (in this process).
Nearly every nameset is one name. So once the words of a batch's distinct names are read
(``name_words.prepare``), ``start`` forks a worker that builds both tables per distinct
name, and hands them back as numpy arrays (never as Python objects, which would cost more
to pickle than to build), while this process builds the name forms and the records. The
fork reads the names itself rather than reading this process's name forms: at 1M records
the records stage's longer branch was 5.5 + 8.1 CPU s with the forms built first and read
by the fork (its reads copy their pages), 11.7 s with the fork building its own. Since
session 12 it builds none for a name of two tokens (nearly every name): the tables need
only the tokens (``comparisons.two_word_entries``), and a name form's tuples were most of
its cost (1M records: 4.5-6 CPU s for the name forms, 2.2 s for the tokens alone). The
keys are numbered in the fork too (their index among the distinct codes), so the blocking
only gathers them. ``take`` gives a batch those tables, with each of its namesets' row
among the names.

A row depends on its name alone (key codes on the name and the shared ``Atoms``; two-word
columns hold ids that are only compared), so the keys and columns a batch reads are the
ones it would build itself, numbered differently: the candidate pairs and every decision
are the same (``tests/resolve/test_name_tables.py``). A batch with a one-name nameset whose
name was not prepared takes nothing and builds its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat

import numpy as np
import numpy.typing as npt

from izde.resolve.arrays import distinct_inverse
from izde.resolve.comparisons import NameForm, name_form, two_word_entries
from izde.resolve.forked import Background
from izde.resolve.key_columns import Atoms, nameset_key_codes, two_word_codes
from izde.resolve.name_columns import WORDS, TwoWordNames

Ints = npt.NDArray[np.int64]


@dataclass
class NameTables:
    """Per name (row ``k``: the ``k``-th name, as a nameset of one name): its keys in a run
    (``length[k]`` from ``offset[k]``, each with its side, as ``nameset_key_codes`` orders
    them), each key as its index ``ids`` among the distinct key codes ``keys`` (sorted),
    the ``Atoms`` the codes were made with, and its row of two-word columns."""

    offset: Ints
    length: Ints
    ids: Ints
    keys: Ints
    side: npt.NDArray[np.int8]
    atoms: Atoms
    two_words: TwoWordNames

    @classmethod
    def of(cls, names: list[str]) -> NameTables:
        """The tables of these names. A name that ``name_form`` assembles from two tokens
        (nearly every name) is read only as far as its tokens
        (``comparisons.two_word_entries``); the others get their name form."""
        entries = list(map(two_word_entries, names))
        fast = [k for k, e in enumerate(entries) if e is not None]
        found = [e for e in entries if e is not None]
        tokens = [t for e in found for t in (e[0], e[2])]
        others = [k for k, e in enumerate(entries) if e is None]
        forms = [name_form(names[k]) for k in others]
        atoms = Atoms()
        f_rows, f_codes, f_side = two_word_codes(tokens, atoms)
        o_rows, o_codes, o_side = nameset_key_codes([(f,) for f in forms], atoms)
        rows = np.concatenate([np.asarray(fast, dtype=np.int64)[f_rows],
                               np.asarray(others, dtype=np.int64)[o_rows]])
        order = np.argsort(rows, kind="stable")  # each name's keys together, in their order
        keys, ids = distinct_inverse(np.concatenate([f_codes, o_codes])[order])
        length = np.bincount(rows, minlength=len(names)).astype(np.int64)
        side = np.concatenate([f_side, o_side])[order].astype(np.int8)
        two = [k for k, f in enumerate(forms) if len(f.fine) == WORDS]  # as TwoWordNames.of
        two_words = TwoWordNames.of_tokens(
            len(names), np.asarray(fast + [others[k] for k in two], dtype=np.int64),
            tokens + [t for k in two for t in forms[k].tokens],
            [m for e in found for m in (e[1], e[3])] + [m for k in two for m in forms[k].family],
            [e[4] for e in found] + [forms[k].han for k in two])
        return cls(np.cumsum(length) - length, length, ids, keys, side, atoms, two_words)

    def key_ids(self, namesets: list[tuple[NameForm, ...]], which: Ints
                ) -> tuple[Ints, Ints, Ints]:
        """``key_columns.nameset_key_ids(namesets)``, up to the numbering of keys, where
        nameset ``k`` is row ``which[k]`` of the tables (-1: not one name; its codes are
        built here, with the tables' atoms, and numbered after the tables' keys where they
        are none of them)."""
        mapped = np.flatnonzero(which >= 0)
        count = self.length[which[mapped]]
        run_start = np.cumsum(count) - count
        at = np.arange(int(count.sum()), dtype=np.int64) + np.repeat(
            self.offset[which[mapped]] - run_start, count)
        rows, ids, side = np.repeat(mapped, count), self.ids[at], self.side[at]
        rest = np.flatnonzero(which < 0)
        if len(rest):
            r_rows, r_codes, r_side = nameset_key_codes([namesets[k] for k in rest.tolist()],
                                                        self.atoms)
            rows = np.concatenate([rows, rest[r_rows]])
            order = np.argsort(rows, kind="stable")
            rows = rows[order]
            ids = np.concatenate([ids, self._ids_of(r_codes)])[order]
            side = np.concatenate([side, r_side.astype(np.int8)])[order]
        lengths = np.bincount(rows, minlength=len(namesets)).astype(np.int64)
        fulls = np.bincount(rows[side == 0], minlength=len(namesets)).astype(np.int64)
        return ids, lengths, fulls

    def _ids_of(self, codes: Ints) -> Ints:
        """Key ids of codes: a code among the tables' keys has its index there, others are
        numbered after them (equal codes, equal ids)."""
        at = np.minimum(np.searchsorted(self.keys, codes), max(len(self.keys) - 1, 0))
        known = self.keys[at] == codes if len(self.keys) else np.zeros(len(codes), bool)
        out = np.where(known, at, 0)
        out[~known] = len(self.keys) + distinct_inverse(codes[~known])[1]
        return np.asarray(out, dtype=np.int64)


@dataclass
class Taken:
    """Name tables as one batch reads them: the row of each of its namesets (-1 where the
    nameset is not one name)."""

    tables: NameTables
    which: Ints

    def key_ids(self, namesets: list[tuple[NameForm, ...]]) -> tuple[Ints, Ints, Ints]:
        return self.tables.key_ids(namesets, self.which)

    def two_word_names(self) -> TwoWordNames:
        return self.tables.two_words.rows(self.which)


_PENDING: list[tuple[list[str], Background[NameTables]]] = []


def start(names: list[str], workers: int) -> None:
    """Build the tables of these distinct names in a forked worker (with more than one
    worker), for the next batch to ``take``; the words of the names should be read already
    (the fork builds the name forms from them)."""
    discard()
    if workers > 1:
        _PENDING.append((names, Background(lambda: _build(names))))


def _build(names: list[str]) -> NameTables:
    return NameTables.of(names)


def take(spellings: list[str | tuple[str, ...]]) -> Taken | None:
    """The tables ``start`` is building (waiting for them), for namesets of these spellings
    (``bulk._spellings``: a one-name nameset's name, a tuple otherwise); None when none are
    pending or a one-name nameset's name is not among them. Taken once."""
    if not _PENDING:
        return None
    names, pending = _PENDING.pop()
    tables = pending.result()
    if spellings == names:  # the batch of these names, in their order (compared in C)
        return Taken(tables, np.arange(len(names), dtype=np.int64))
    index: dict[str | tuple[str, ...], int] = dict(zip(names, range(len(names)), strict=True))
    which = np.fromiter(map(index.get, spellings, repeat(-1)), dtype=np.int64,
                        count=len(spellings))
    if any(isinstance(spellings[k], str) for k in np.flatnonzero(which < 0).tolist()):
        return None
    return Taken(tables, which)


def discard() -> None:
    """Stop building tables no batch took."""
    while _PENDING:
        _PENDING.pop()[1].cancel()
