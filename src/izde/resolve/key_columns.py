"""Blocking keys of many namesets at once: ``blocking.nameset_keys`` as integer codes.

The bulk path files every nameset (a record's spellings) under the keys of
``izde.resolve.blocking`` and only needs to know which namesets share a key, not the keys'
text. Building each key as a string costs ~15 µs a nameset in Python (a million namesets:
15 s). Nearly every nameset is one name of two words, and each of its keys is made of a
word-level piece or two (a skeleton, a folded form, the first three letters of a word) in a
fixed pattern. So the pieces are computed once per distinct token, given integer ids
("atoms"), and each key becomes an integer code built from atom ids with numpy:

- a key whose pieces are sorted before joining (``k|`` and ``f|`` keys: order-free) is
  the unordered pair (lower id, higher id) of its atoms;
- a key of a first piece and the next one's prefix (``p|``, ``l|``) is the ordered pair;
- a key of one piece (``k|skeleton``, met by one-token names) is that atom.

Two keys are equal as strings exactly when their codes are equal: pieces hold no space and
no ``|`` (they are words of ``[a-z0-9]``, skeletons or prefixes of them), so a key's text
determines its namespace and its sequence of pieces, and the reverse. Namesets of any other
shape (one word, three words, a particle such as "uly", several spellings) keep the string
keys of ``blocking.nameset_keys``, which are cut back into their pieces and coded the same
way (keys of three or more pieces, which two-word names never have, are numbered by their
text), so both kinds of nameset meet under one key exactly as the strings do.
``tests/resolve/test_key_columns.py`` checks that the keys group namesets as the strings do.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from izde.resolve.arrays import distinct_inverse
from izde.resolve.blocking import PREFIX, nameset_keys
from izde.resolve.comparisons import NameForm, TokenForm, pinyin_skeleton, skeletons_joined

Ints = npt.NDArray[np.int64]
# Namespaces of the codes: unordered pairs (k|, f|), ordered pairs (p|, l|), one piece (k|).
K_PAIR, F_PAIR, P_PAIR, L_PAIR, K_ONE = range(5)
_BY_PREFIX = {"k": K_PAIR, "f": F_PAIR, "p": P_PAIR, "l": L_PAIR}
FULL_SLOTS = 6  # key, folded, pinyin, heard, prefix, latin (``blocking._two_word_keys``)


class Atoms:
    """Integer ids of the pieces keys are made of (equal strings, equal ids), and of the
    keys of three or more pieces (``longer``, by text). Codes built with one ``Atoms``
    compare equal exactly where the keys do, in whatever calls they were built."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.longer: dict[str, int] = {}

    def __call__(self, piece: str) -> int:
        return self.ids.setdefault(piece, len(self.ids))

    def many(self, pieces: list[str]) -> Ints:
        """The ids of many pieces (the loops in C)."""
        ids = self.ids
        new = [p for p in dict.fromkeys(pieces) if p not in ids]
        ids.update(zip(new, range(len(ids), len(ids) + len(new)), strict=True))
        return np.fromiter(map(ids.__getitem__, pieces), dtype=np.int64, count=len(pieces))


def nameset_key_ids(namesets: list[tuple[NameForm, ...]]) -> tuple[Ints, Ints, Ints]:
    """(key ids flat, keys per nameset, full-name keys per nameset), as ``bulk`` reads them:
    each nameset's keys in a run, the keys it is filed under first, then those under which
    it only meets one-token names; equal ids for equal keys (``blocking.nameset_keys``)."""
    return key_ids(*nameset_key_codes(namesets, Atoms()), len(namesets))


def nameset_key_codes(namesets: list[tuple[NameForm, ...]], atoms: Atoms
                      ) -> tuple[Ints, Ints, Ints]:
    """(nameset index, key code, side) of every key of the namesets, grouped by nameset
    (rising), each nameset's keys in the order ``nameset_key_ids`` reads them: side 0 (filed
    under) before side 1 (meets one-token names). A nameset's codes depend on it alone and
    on ``atoms`` (shared by every call whose codes are compared)."""
    simple = [k for k, s in enumerate(namesets)
              if len(s) == 1 and len(s[0].fine) == 2 and len(s[0].words) == 2]
    s_rows, s_codes, s_side = two_word_codes(
        [t for k in simple for t in namesets[k][0].tokens], atoms)
    is_simple = np.zeros(len(namesets), dtype=bool)
    is_simple[simple] = True
    rest = np.flatnonzero(~is_simple).tolist()
    r_rows, r_codes, r_side = _string_codes([namesets[k] for k in rest], atoms)
    rows = np.concatenate([np.asarray(simple, dtype=np.int64)[s_rows],
                           np.asarray(rest, dtype=np.int64)[r_rows]])
    order = np.argsort(rows, kind="stable")  # each nameset's keys together, full side first
    return rows[order], np.concatenate([s_codes, r_codes])[order], np.concatenate(
        [s_side, r_side])[order]


def key_ids(rows: Ints, codes: Ints, side: Ints, count: int) -> tuple[Ints, Ints, Ints]:
    """``nameset_key_ids`` of the codes of ``count`` namesets (``nameset_key_codes``)."""
    _, flat = distinct_inverse(codes)
    lengths = np.bincount(rows, minlength=count).astype(np.int64)
    fulls = np.bincount(rows[side == 0], minlength=count).astype(np.int64)
    return flat, lengths, fulls


def _pair(kind: int, first: Ints | int, second: Ints) -> Ints:
    """Codes of pairs of atoms in one namespace (atoms below 2**28, ~268 million)."""
    return np.asarray(((kind << 28 | first) << 28) | second, dtype=np.int64)


def _unordered(kind: int, a: Ints, b: Ints) -> Ints:
    return _pair(kind, np.minimum(a, b), np.maximum(a, b))


class _TokenAtoms:
    """Per distinct token: the atoms of its pieces, and the lengths the keys test."""

    def __init__(self, tokens: list[TokenForm], atoms: Atoms) -> None:
        self.skel = atoms.many([t.skel for t in tokens])
        self.pinyin = atoms.many([pinyin_skeleton(t.skel) for t in tokens])
        self.heard = atoms.many([t.heard for t in tokens])
        self.fine = atoms.many([t.fine for t in tokens])
        self.latin = atoms.many([t.latin for t in tokens])
        self.skel_prefix = atoms.many([t.skel[:PREFIX] for t in tokens])
        self.latin_prefix = atoms.many([t.latin[:PREFIX] for t in tokens])
        self.skel_len = np.array([len(t.skel) for t in tokens], dtype=np.int64)
        self.latin_len = np.array([len(t.latin) for t in tokens], dtype=np.int64)
        skeletons = sorted({t.skel for t in tokens})
        rank = dict(zip(skeletons, range(len(skeletons)), strict=True))
        self.skel_rank = np.array([rank[t.skel] for t in tokens], dtype=np.int64)


def two_word_codes(tokens: list[TokenForm], atoms: Atoms) -> tuple[Ints, Ints, Ints]:
    """(name index, code, side) of every key of names of two words (``_two_word_keys``),
    given as their tokens (two a name, in order)."""
    # by object: a word's token is one cached object (``comparisons._token_entry``), and
    # two equal tokens taken for two only cost a repeated row (atoms are by text)
    where = list(map(id, tokens))
    ids = dict(zip(dict.fromkeys(where), range(len(where)), strict=False))
    pair = np.fromiter(map(ids.__getitem__, where), dtype=np.int64,
                       count=len(where)).reshape(-1, 2)
    by_id = dict(zip(where, tokens, strict=True))
    t = _TokenAtoms([by_id[k] for k in ids], atoms)
    count = len(pair)
    joined = _joined(t.skel[pair[:, 0]], t.skel[pair[:, 1]], atoms)
    u, v = pair[:, 0], pair[:, 1]
    key = _unordered(K_PAIR, t.skel[u], t.skel[v])
    pinyin = _unordered(K_PAIR, t.pinyin[u], t.pinyin[v])
    heard = _unordered(K_PAIR, t.heard[u], t.heard[v])
    first = np.where(t.skel_rank[u] <= t.skel_rank[v], u, v)  # blocking._ordered
    second = np.where(first == u, v, u)
    one_u, one_v = _pair(K_ONE, 0, t.skel[u]), _pair(K_ONE, 0, t.skel[v])
    one_joined = _pair(K_ONE, 0, joined)
    codes = np.stack([
        key, _unordered(F_PAIR, t.fine[u], t.fine[v]), pinyin, heard,
        _pair(P_PAIR, t.skel[first], t.skel_prefix[second]),
        _pair(L_PAIR, t.latin[u], t.latin_prefix[v]),
        one_u, one_v, one_joined], axis=1)
    keep = np.stack([
        np.ones(count, dtype=bool), np.ones(count, dtype=bool),
        pinyin != key, (heard != pinyin) & (heard != key),
        t.skel_len[first] >= 3, t.latin_len[u] >= 3,
        np.ones(count, dtype=bool), one_v != one_u,
        (one_joined != one_u) & (one_joined != one_v)], axis=1)
    rows = np.repeat(np.arange(count, dtype=np.int64), keep.sum(axis=1))
    side = np.broadcast_to(np.arange(keep.shape[1]) >= FULL_SLOTS, keep.shape)[keep]
    return rows, codes[keep], side.astype(np.int64)


def _joined(first: Ints, second: Ints, atoms: Atoms) -> Ints:
    """The atom of ``comparisons.skeletons_joined`` of two skeleton atoms, per pair (once
    per distinct pair of skeletons)."""
    pairs, inverse = distinct_inverse(first << 28 | second)
    text = list(atoms.ids)
    found = atoms.many([skeletons_joined((text[p >> 28], text[p & (1 << 28) - 1]))
                        for p in pairs.tolist()])
    return np.asarray(found[inverse], dtype=np.int64)


def _string_codes(namesets: list[tuple[NameForm, ...]], atoms: Atoms
                  ) -> tuple[Ints, Ints, Ints]:
    """(nameset index, code, side) of the string keys of ``blocking.nameset_keys``."""
    rows: list[int] = []
    codes: list[int] = []
    sides: list[int] = []
    for k, names in enumerate(namesets):
        full, tokens = nameset_keys(names)
        for side, keys in ((0, full), (1, tokens)):
            for key in keys:
                rows.append(k)
                codes.append(_string_code(key, atoms))
                sides.append(side)
    found = np.array(codes, dtype=np.int64)
    big = found < 0  # numbered after every pair code: ~(index) marks them
    found[big] = (np.int64(K_ONE + 1) << 56) + ~found[big]
    return (np.array(rows, dtype=np.int64), found, np.array(sides, dtype=np.int64))


def _string_code(key: str, atoms: Atoms) -> int:
    """The code of a key given as text: the same as ``two_word_codes`` gives it."""
    space, _, text = key.partition("|")
    pieces = text.split(" ")
    kind = _BY_PREFIX[space]
    if len(pieces) == 1 and kind == K_PAIR:
        return (K_ONE << 28 | 0) << 28 | atoms(pieces[0])
    if len(pieces) == 2:
        a, b = atoms(pieces[0]), atoms(pieces[1])
        if kind in (K_PAIR, F_PAIR):
            a, b = min(a, b), max(a, b)
        return (kind << 28 | a) << 28 | b
    return ~atoms.longer.setdefault(key, len(atoms.longer))
