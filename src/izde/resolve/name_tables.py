"""Blocking keys and two-word columns of many names, built in a fork while the records are.

At a million records the records stage (a ``Record`` per record, in one process) leaves the
second core idle, and the next stage, blocking, spends a third of its time on what a
nameset's names alone decide: its blocking key codes (``key_columns.nameset_key_codes``,
in the blocking worker) and its row of ``name_columns.TwoWordNames`` (in this process).
Nearly every nameset is one name. So once the words of a batch's distinct names are read
(``name_words.prepare``), ``start`` forks a worker that builds their name forms and then
both tables per distinct name, and hands the tables back as numpy arrays (never as Python
objects, which would cost more to pickle than to build), while this process builds the
same name forms and the records. The fork builds its own name forms rather than reading
this process's: at 1M records the records stage's longer branch was 5.5 + 8.1 CPU s with
the forms built first and read by the fork (its reads copy their pages), 11.7 s now.
``take`` gives a batch those tables, with each of its namesets' row among the names.

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

from izde.resolve.comparisons import NameForm, name_form
from izde.resolve.forked import Background
from izde.resolve.key_columns import Atoms, key_ids, nameset_key_codes
from izde.resolve.name_columns import TwoWordNames

Ints = npt.NDArray[np.int64]


@dataclass
class NameTables:
    """Per name (row ``k``: the ``k``-th name, as a nameset of one name): its key codes
    in a run (``length[k]`` codes from ``offset[k]``, each with its side, as
    ``nameset_key_codes`` orders them), the ``Atoms`` they were coded with, and its row of
    two-word columns."""

    offset: Ints
    length: Ints
    codes: Ints
    side: npt.NDArray[np.int8]
    atoms: Atoms
    two_words: TwoWordNames

    @classmethod
    def of(cls, forms: list[NameForm]) -> NameTables:
        namesets: list[tuple[NameForm, ...]] = [(f,) for f in forms]
        atoms = Atoms()
        rows, codes, side = nameset_key_codes(namesets, atoms)
        length = np.bincount(rows, minlength=len(forms)).astype(np.int64)
        return cls(np.cumsum(length) - length, length, codes, side.astype(np.int8), atoms,
                   TwoWordNames.of(namesets))

    def key_ids(self, namesets: list[tuple[NameForm, ...]], which: Ints
                ) -> tuple[Ints, Ints, Ints]:
        """``key_columns.nameset_key_ids(namesets)``, up to the numbering of keys, where
        nameset ``k`` is row ``which[k]`` of the tables (-1: not one name; its codes are
        built here, with the tables' atoms)."""
        mapped = np.flatnonzero(which >= 0)
        count = self.length[which[mapped]]
        run_start = np.cumsum(count) - count
        at = np.arange(int(count.sum()), dtype=np.int64) + np.repeat(
            self.offset[which[mapped]] - run_start, count)
        rows, codes, side = np.repeat(mapped, count), self.codes[at], self.side[at]
        rest = np.flatnonzero(which < 0)
        if len(rest):
            r_rows, r_codes, r_side = nameset_key_codes([namesets[k] for k in rest.tolist()],
                                                        self.atoms)
            rows = np.concatenate([rows, rest[r_rows]])
            order = np.argsort(rows, kind="stable")
            rows = rows[order]
            codes = np.concatenate([codes, r_codes])[order]
            side = np.concatenate([side, r_side.astype(np.int8)])[order]
        return key_ids(rows, codes, side.astype(np.int64), len(namesets))


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
    return NameTables.of([name_form(n) for n in names])


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
