"""Name levels of many pairs at once: ``name_level`` by columns of token ids.

At a million records the candidate pairs hold millions of distinct pairs of names, and
``best_names`` costs tens of microseconds a pair in Python. Nearly every record carries one
name of two words (given name and patronymic or surname), and for such a pair the level
depends only on the four token-pair classes, the words' family marks and the names run
together. So the tokens are interned once, the class of each distinct token pair is computed
in columns (numpy for the equalities, rapidfuzz's ``cpdist`` for the edit distances), and
the level follows from the classes with array arithmetic. Names of any other shape (one word,
three words, several spellings on one record) keep going through ``best_names``.

Every step mirrors a function of ``izde.resolve.comparisons`` (named at each step), and
``tests/resolve/test_name_columns.py`` checks the two agree on generated names and the
hand-written name pairs.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import TypeVar

import numpy as np
import numpy.typing as npt
from rapidfuzz.distance import OSA, JaroWinkler
from rapidfuzz.process import cpdist

from izde.resolve.arrays import distinct_inverse
from izde.resolve.comparisons import (
    EXACT,
    FUZZY,
    HAN_VOWEL_AGREEMENT,
    MIN_VARIANT_SKELETON,
    NAME_RANK,
    TOKEN_CLASSES,
    TRANSLITERATION,
    VOWEL_VARIANT,
    NameForm,
    TokenForm,
    endeared,
    heard_j_as_g,
    one_syllable,
    skeletons_joined,
    vowels_may_vary,
)

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
G = TypeVar("G", bound=np.generic)
LEVELS = tuple(NAME_RANK)  # level index -> level name, as ``NameComparison.levels``
LEVEL = {level: i for i, level in enumerate(LEVELS)}
WORDS = 2  # names of exactly this many words take the column path


def _ids(values: list[str]) -> Ints:
    """Integer ids of strings (equal strings, equal ids)."""
    seen = dict(zip(dict.fromkeys(values), range(len(values)), strict=False))
    return np.fromiter(map(seen.__getitem__, values), dtype=np.int64, count=len(values))


def _ids_in(values: list[str], others: list[str]) -> Ints:
    """The ids ``_ids(values)`` gives, for other strings: -1 for one not among the values
    (the empty string included), so it equals no id."""
    seen = dict(zip(dict.fromkeys(values), range(len(values)), strict=False))
    seen.pop("", None)
    return np.fromiter((seen.get(v, -1) for v in others), dtype=np.int64, count=len(others))


@dataclass
class TokenTable:
    """Distinct tokens as columns of what ``token_pair_class`` reads."""

    fine: list[str]
    length: Ints  # letters of the fine form
    latin: Ints
    fine_id: Ints
    skel: Ints
    skel_len: Ints
    heard: Ints  # comparisons.heard_skeleton
    heard_g: Ints  # comparisons.heard_j_as_g, in heard's ids; -1 where it is empty
    unendeared: Ints  # the latin form without an endearment -jan (comparisons.endeared), in
    # latin's ids; -1 where there is none or that form is no token here
    vowel: Ints
    vowel_ok: Bools  # comparisons.vowels_may_vary
    syllable: Bools  # one pinyin syllable (comparisons.one_syllable)
    pinyin: Bools
    han: Bools
    fine_array: npt.NDArray[np.object_]  # ``fine`` as an array: picked by index in C
    first: Ints  # the fine form's first letter (comparisons.initial_of)
    latin_len: Ints  # letters of the latin form as written (an initial has one)

    @classmethod
    def of(cls, tokens: list[TokenForm]) -> TokenTable:
        heard = [t.heard for t in tokens]
        latins = [t.latin for t in tokens]
        return cls(
            fine=[t.fine for t in tokens],
            length=np.array([len(t.fine) for t in tokens], dtype=np.int64),
            latin=_ids(latins),
            fine_id=_ids([t.fine for t in tokens]),
            skel=_ids([t.skel for t in tokens]),
            skel_len=np.array([len(t.skel) for t in tokens], dtype=np.int64),
            heard=_ids(heard),
            heard_g=_ids_in(heard, [heard_j_as_g(t) for t in tokens]),
            unendeared=_ids_in(latins, [t.latin[:-3] if endeared(t.latin, t.latin[:-3])
                                        else "" for t in tokens]),
            vowel=_ids([t.vowel for t in tokens]),
            vowel_ok=np.array([vowels_may_vary(t.vowel, t.latin) for t in tokens]),
            syllable=np.array([one_syllable(t.latin) for t in tokens], dtype=bool),
            pinyin=np.array([t.pinyin for t in tokens], dtype=bool),
            han=np.array([t.han for t in tokens], dtype=bool),
            fine_array=np.array([t.fine for t in tokens], dtype=object),
            first=_ids([t.fine[:1] for t in tokens]),
            latin_len=np.array([len(t.latin) for t in tokens], dtype=np.int64))


def token_classes(table: TokenTable, a: Ints, b: Ints, workers: int = 1) -> Ints:
    """``token_pair_class`` of token ``a[k]`` and ``b[k]`` for every k (computed once per
    distinct pair)."""
    codes, inverse = distinct_inverse(a << 32 | b)
    found = _classes(table, codes >> 32, codes & 0xFFFFFFFF, workers)
    return np.asarray(found[inverse.ravel()], dtype=np.int64)


def _classes(t: TokenTable, a: Ints, b: Ints, workers: int) -> Ints:
    """The classes in ``token_pair_class``'s order of tests: the first test that holds
    decides, so each test only fills the pairs still undecided."""
    out = np.zeros(len(a), dtype=np.int64)
    open_ = np.ones(len(a), dtype=bool)

    def settle(mask: Bools, value: Ints | int) -> None:
        nonlocal open_
        chosen = open_ & mask
        out[chosen] = value if isinstance(value, int) else value[chosen]
        open_ = open_ & ~mask

    settle(t.latin[a] == t.latin[b], EXACT)
    settle(t.fine_id[a] == t.fine_id[b], TRANSLITERATION)
    settle(_han_pairs(t, a, b), _han_classes(t, a, b, open_))
    settle(_vowel_variants(t, a, b), VOWEL_VARIANT)
    settle((t.unendeared[a] == t.latin[b]) | (t.unendeared[b] == t.latin[a]), FUZZY)
    settle(_initials(t, a, b), FUZZY)
    settle(_typos(t, a, b, open_, workers), FUZZY)
    return out


def _han_pairs(t: TokenTable, a: Ints, b: Ints) -> Bools:
    """``comparisons.heard_alike``: one side heard through Chinese, heard skeletons agreeing."""
    longest = np.maximum(t.skel_len[a], t.skel_len[b])
    heard = (t.heard[a] == t.heard[b]) | (t.heard_g[a] == t.heard[b]) | \
        (t.heard_g[b] == t.heard[a])
    return np.asarray((t.pinyin[a] | t.pinyin[b]) & heard & (longest >= MIN_VARIANT_SKELETON))


def _han_classes(t: TokenTable, a: Ints, b: Ints, open_: Bools) -> Ints:
    """Transliteration where the fine forms agree by Jaro-Winkler, else fuzzy in characters
    and a vowel variant in pinyin (``comparisons.token_pair_class``)."""
    out = np.where(t.han[a] | t.han[b], FUZZY, VOWEL_VARIANT).astype(np.int64)
    todo = np.flatnonzero(open_ & _han_pairs(t, a, b))
    if len(todo):
        score = cpdist(t.fine_array[a[todo]], t.fine_array[b[todo]],
                       scorer=JaroWinkler.similarity, dtype=np.float64)
        out[todo] = np.where(score >= HAN_VOWEL_AGREEMENT, TRANSLITERATION, out[todo])
    return out


def _initials(t: TokenTable, a: Ints, b: Ints) -> Bools:
    """``comparisons.initial_of`` either way: one token a single letter as written, the other
    longer, their folded forms opening alike."""
    one_a, one_b = t.latin_len[a] == 1, t.latin_len[b] == 1
    some = (t.latin_len[a] > 0) & (t.latin_len[b] > 0) & (t.length[a] > 0) & (t.length[b] > 0)
    return np.asarray((one_a != one_b) & some & (t.first[a] == t.first[b]))


def _vowel_variants(t: TokenTable, a: Ints, b: Ints) -> Bools:
    """``comparisons.vowel_variant``: one vowel frame with enough consonants."""
    return np.asarray((t.vowel[a] == t.vowel[b]) & t.vowel_ok[a] & t.vowel_ok[b])


def _typos(t: TokenTable, a: Ints, b: Ints, open_: Bools, workers: int) -> Bools:
    """An edit (optimal string alignment) within 1, or 2 for words of eight letters; never
    between two pinyin syllables (``comparisons.token_pair_class``)."""
    shortest = np.minimum(t.length[a], t.length[b])
    todo = np.flatnonzero(open_ & (shortest >= 4) & ~(t.syllable[a] & t.syllable[b]))
    out = np.zeros(len(a), dtype=bool)
    if len(todo):
        dist = cpdist(t.fine_array[a[todo]], t.fine_array[b[todo]], scorer=OSA.distance,
                      score_cutoff=2, dtype=np.int32, workers=workers)
        out[todo] = dist <= np.where(shortest[todo] >= 8, 2, 1)
    return out


@dataclass
class TwoWordNames:
    """Namesets (a record's spellings) that are one name of two words, as columns."""

    simple: Bools  # the nameset is one name of two words
    token: Ints  # (nameset, 2) token ids into ``table``
    family: Bools  # (nameset, 2) the word names a family (NameForm.family)
    han: Bools
    joined: Ints  # id of the name run together (NameForm.joined)
    joined_skel: Ints  # id of its skeleton, -1 where shorter than four letters
    table: TokenTable

    @classmethod
    def of(cls, namesets: list[tuple[NameForm, ...]]) -> TwoWordNames:
        simple = np.array([len(s) == 1 and len(s[0].fine) == WORDS for s in namesets],
                          dtype=bool)
        rows = np.flatnonzero(simple)
        names = [namesets[k][0] for k in rows.tolist()]
        return cls.of_tokens(len(namesets), rows, [t for name in names for t in name.tokens],
                             list(chain.from_iterable(n.family for n in names)),
                             [n.han for n in names])

    @classmethod
    def of_tokens(cls, count: int, rows: Ints, tokens: list[TokenForm], family: list[bool],
                  han: list[bool]) -> TwoWordNames:
        """The columns of ``count`` namesets of which ``rows`` are one name of two words,
        given as those names' tokens and family marks (two a name, in the order of
        ``rows``) and ``han`` flags; no name form needed (``name_tables``)."""
        simple = np.zeros(count, dtype=bool)
        simple[rows] = True
        # by object: a word's token is one cached object (``comparisons._token_entry``);
        # two equal tokens taken for two only repeat a row (classes are by content)
        where = list(map(id, tokens))
        ids = dict(zip(dict.fromkeys(where), range(len(where)), strict=False))
        token = np.full((count, WORDS), -1, dtype=np.int64)
        token[rows] = np.fromiter(map(ids.__getitem__, where), dtype=np.int64,
                                  count=len(where)).reshape(-1, WORDS)
        by_id = dict(zip(where, tokens, strict=True))
        table = TokenTable.of([by_id[k] for k in ids])
        flags = np.zeros((count, WORDS), dtype=bool)
        flags[rows] = np.array(family, dtype=bool).reshape(-1, WORDS)
        han_column = np.zeros(count, dtype=bool)
        han_column[rows] = han
        joined = np.full(count, -1, dtype=np.int64)
        joined[rows] = _ids([a.fine + b.fine for a, b in zip(tokens[::2], tokens[1::2],
                                                              strict=True)])  # NameForm.joined
        skel_id = np.full(count, -1, dtype=np.int64)
        skel_id[rows] = _joined_skeletons(table, token[rows], by_id, list(ids))
        return cls(simple, token, flags, han_column, joined, skel_id, table)

    def rows(self, which: Ints) -> TwoWordNames:
        """These columns for other namesets: nameset k is row ``which[k]`` of these, or, where
        ``which[k]`` is -1, a nameset that is not one name of two words. A row's columns
        depend on its name alone (ids only compare), so they hold for it in any batch."""
        found = which >= 0
        at = np.where(found, which, 0)

        def taken(column: npt.NDArray[G], missing: bool | int) -> npt.NDArray[G]:
            out: npt.NDArray[G] = column[at]
            out[~found] = missing
            return out

        return TwoWordNames(taken(self.simple, False), taken(self.token, -1),
                            taken(self.family, False), taken(self.han, False),
                            taken(self.joined, -1), taken(self.joined_skel, -1), self.table)


def _joined_skeletons(table: TokenTable, token: Ints, by_id: dict[int, TokenForm],
                      order: list[int]) -> Ints:
    """Per two-word name (its token ids): the id of ``comparisons.joined_skeleton``, -1
    where shorter than four letters; computed once per distinct pair of skeletons."""
    text = {int(k): by_id[order[i]].skel for i, k in enumerate(table.skel.tolist())}
    pairs, inverse = distinct_inverse(table.skel[token[:, 0]] << 32 | table.skel[token[:, 1]])
    joined = [skeletons_joined((text[p >> 32], text[p & 0xFFFFFFFF])) for p in pairs.tolist()]
    found = np.where([len(j) >= 4 for j in joined], _ids(joined), -1).astype(np.int64)
    return np.asarray(found[inverse.ravel()], dtype=np.int64)


def two_word_levels(names: TwoWordNames, sa: Ints, sb: Ints, workers: int = 1) -> Ints:
    """``name_level`` (as an index into ``LEVELS``) of two-word namesets ``sa[k]``, ``sb[k]``."""
    ta, tb = names.token[sa], names.token[sb]
    grid = token_classes(names.table, np.repeat(ta, WORDS, axis=1).ravel(),
                         np.tile(tb, (1, WORDS)).ravel(), workers).reshape(-1, 4)
    best, m, lowest = _alignment(grid)
    level = np.full(len(sa), LEVEL["different"], dtype=np.int64)
    level[m == 1] = LEVEL["partial"]
    whole = m == 2
    level[whole] = _BY_LOWEST_CLASS[lowest[whole]]
    level[whole & _crossed(names, sa, sb, best)] = LEVEL["different"]
    level[(m < 2) & _run_together(names, sa, sb)] = LEVEL["transliteration"]
    level[(grid[:, 0] == EXACT) & (grid[:, 3] == EXACT)] = LEVEL["exact"]  # latin equal
    return level


# the level of two fully aligned names by their weakest token pair (index: token class)
_BY_LOWEST_CLASS = np.array([LEVEL["different"]] + [LEVEL[TOKEN_CLASSES[EXACT - c]]
                                                    for c in range(1, EXACT + 1)])


def _alignment(grid: Ints) -> tuple[Ints, Ints, Ints]:
    """``comparisons.aligned_pairs`` on the classes of a 2 x 2 grid of token pairs (index
    2i + j): the best pair (highest class, then highest i and j, as the reversed sort picks
    it), how many pairs align (0, 1 or 2: the second can only be the pair opposite the
    best) and the lower class of the two."""
    best = np.argmax(grid * 4 + np.arange(4), axis=1)
    best_class = np.take_along_axis(grid, best[:, None], axis=1)[:, 0]
    other_class = np.take_along_axis(grid, (3 - best)[:, None], axis=1)[:, 0]
    m = np.where(best_class > 0, 1 + (other_class > 0), 0)
    return best, m, np.minimum(best_class, other_class)


def _crossed(names: TwoWordNames, sa: Ints, sb: Ints, best: Ints) -> Bools:
    """``comparisons.family_crossed`` with both pairs aligned: both names mark a family
    word and the two marked words are not aligned with each other."""
    fa, fb = names.family[sa], names.family[sb]
    i, j = best // 2, best % 2
    rows = np.arange(len(sa))
    aligned = (fa[rows, i] & fb[rows, j]) | (fa[rows, 1 - i] & fb[rows, 1 - j])
    return np.asarray(fa.any(axis=1) & fb.any(axis=1) & ~aligned)


def _run_together(names: TwoWordNames, sa: Ints, sb: Ints) -> Bools:
    """``comparisons._run_together`` for two two-word names: "transliteration" when true."""
    han = names.han[sa] | names.han[sb]
    skel = (names.joined_skel[sa] >= 0) & (names.joined_skel[sa] == names.joined_skel[sb])
    return np.asarray((names.joined[sa] == names.joined[sb]) | (han & skel))
