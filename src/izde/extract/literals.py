"""Literal strings a regular expression cannot match without: cheap gates before a regex.

``required_literals`` reads a compiled pattern's syntax tree (the standard library's own
parser) and returns sets of strings such that every match contains at least one string of
each set. A sentence whose folded text (``spans.fold``) lacks every string of one set cannot
match, so the regex need not run there: a few substring tests (which run at memory speed)
instead of a scan that tries the pattern at every position. The answer is derived from the
pattern itself, so it stays right when the pattern's wording changes.

Only what is certain is kept: characters other than ASCII letters (which ``fold`` lower-cases
as ``re.IGNORECASE`` equates them) and case-less symbols end a literal; anything optional,
repeated, negated or looked at behind the match start contributes nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# the standard library's own regex parser (private modules, stable since Python 3.11; the
# old public names ``sre_parse``/``sre_constants`` are deprecated aliases of them)
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

from izde.extract.spans import at_word_starts, fold

_MAX_ALTERNATIVES = 64  # beyond this many spellings a set is not worth keeping
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))


@dataclass
class _Info:
    """What a piece of pattern matches: ``exact``, every string it can match (folded), when
    few and known; ``needs``, sets of which every match contains a member of each."""

    exact: frozenset[str] | None
    needs: list[frozenset[str]]


_EMPTY = _Info(frozenset({""}), [])
_UNKNOWN = _Info(None, [])


def required_literals(pattern: re.Pattern[str], keep: int = 3, max_tests: int = 12
                      ) -> tuple[frozenset[str], ...]:
    """Up to ``keep`` sets of folded strings, each of which every match of ``pattern``
    contains one member of (the most selective first: longest shortest member). A set of
    more than ``max_tests`` strings costs about as much to test as a short regex search, so
    it is left out (raise it for a pattern searched over a long span)."""
    info = _sequence(_p.parse(pattern.pattern, pattern.flags))
    needs = [*info.needs, *([info.exact] if info.exact else [])]
    useful = {_minimal(n) for n in needs if "" not in n}
    cheap = [n for n in useful if len(n) <= max_tests]
    return tuple(sorted(cheap, key=_selectivity, reverse=True)[:keep])



def min_width(pattern: re.Pattern[str]) -> int:
    """The fewest characters a match of ``pattern`` spans (lookarounds and anchors span
    none): a window shorter than that holds no match, which its length tells at once (the
    window before a trigger is often a single space: "X was detained")."""
    return int(_p.parse(pattern.pattern, pattern.flags).getwidth()[0])


def _minimal(needed: frozenset[str]) -> frozenset[str]:
    """The set without strings that contain another of its strings ("arrested" holds
    "arrest"): the same texts pass, with fewer tests."""
    return frozenset(s for s in needed if not any(o != s and o in s for o in needed))


def _selectivity(needed: frozenset[str]) -> tuple[int, int]:
    return min(len(s) for s in needed), -len(needed)


def word_occurs(text: str, word: str, after_space: bool = False, whole: bool = False
                ) -> bool:
    """Whether ``word`` occurs in ``text`` as a pattern's ``word\\b`` needs it: not followed
    by a word character (with ``after_space``, also right after white space, as ``\\s+word``
    needs; with ``whole``, after no word character, as ``\\bword\\b`` needs). A substring test
    alone says yes wherever the word is part of a longer one ("reporters", "authorities");
    this one looks at each occurrence (few), which costs far less than the scan over the
    whole text it rules out."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (j == len(text) or not _is_word(text[j])) and (
                not after_space or (i > 0 and text[i - 1].isspace())) and (
                not whole or i == 0 or not _is_word(text[i - 1])):
            return True
        i = text.find(word, i + 1)
    return False


def _is_word(c: str) -> bool:
    """``\\w`` for one character."""
    return c.isalnum() or c == "_"


def may_occur(needs: Sequence[frozenset[str]], text: str, start: int, end: int) -> bool:
    """``passes`` for ``text[start:end]``, folded: False when a pattern whose
    ``required_literals`` are ``needs`` cannot match there (a window searched once per event
    or date, where the pattern's words are mostly absent)."""
    return passes(needs, fold(text[start:end])) if needs else True


def passes(needs: Iterable[frozenset[str]], folded: str) -> bool:
    """Whether ``folded`` holds a member of every set (so a match is possible)."""
    for needed in needs:  # plain loops: no generator objects on a path taken per mention
        for s in needed:
            if s in folded:
                break
        else:
            return False
    return True


def _sequence(items: Sequence[Any]) -> _Info:
    needs: list[frozenset[str]] = []
    current: frozenset[str] | None = frozenset({""})
    broken = False
    for op, av in items:
        info = _node(op, av)
        needs.extend(info.needs)
        if info.exact is None:
            _flush(current, needs)
            current, broken = frozenset({""}), True
            continue
        joined = _join(current, info.exact)
        if joined is None:
            _flush(current, needs)
            current, broken = info.exact, True
        else:
            current = joined
    if broken:
        _flush(current, needs)
        return _Info(None, needs)
    return _Info(current, needs)


def _join(a: frozenset[str] | None, b: frozenset[str]) -> frozenset[str] | None:
    if a is None or len(a) * len(b) > _MAX_ALTERNATIVES:
        return None
    return frozenset(x + y for x in a for y in b)


def _flush(current: frozenset[str] | None, needs: list[frozenset[str]]) -> None:
    if current and "" not in current:
        needs.append(current)


def _node(op: Any, av: Any) -> _Info:
    if op is _c.LITERAL:
        return _literal(av)
    if op is _c.IN:
        return _char_set(av)
    if op is _c.AT:
        return _EMPTY
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        return _repeat(av[0], av[1], av[2])
    if op is _c.ASSERT:
        return _lookahead(av[0], av[1])
    if op is _c.ASSERT_NOT:
        return _EMPTY
    return _UNKNOWN


def _literal(code: int) -> _Info:
    """A character: kept when ``fold`` maps every character the pattern equates with it
    to one string (ASCII letters; characters without case)."""
    ch = chr(code)
    if ch.isascii() or (ch.lower() == ch == ch.upper() and ch.casefold() == ch):
        return _Info(frozenset({fold(ch).lower() if ch.isascii() else ch}), [])
    return _UNKNOWN


def _char_set(items: Sequence[Any]) -> _Info:
    """A class of a few listed characters ("[“\"]"); ranges and categories are unknown."""
    found: set[str] = set()
    for op, av in items:
        if op is not _c.LITERAL:
            return _UNKNOWN
        one = _literal(av).exact
        if one is None:
            return _UNKNOWN
        found |= one
    return _Info(frozenset(found), []) if 0 < len(found) <= 4 else _UNKNOWN


def _branch(alternatives: Sequence[Any]) -> _Info:
    infos = [_sequence(alt) for alt in alternatives]
    exact: frozenset[str] | None = frozenset()
    for info in infos:
        exact = None if exact is None or info.exact is None else exact | info.exact
    if exact is not None and len(exact) > _MAX_ALTERNATIVES:
        exact = None
    best = [_best(info) for info in infos]
    if exact is None and all(b is not None for b in best):
        union = _minimal(frozenset().union(*(b for b in best if b is not None)))
        return _Info(None, [union] if len(union) <= _MAX_ALTERNATIVES else [])
    return _Info(exact, [])


def _best(info: _Info) -> frozenset[str] | None:
    """The most selective set an alternative needs (its exact strings count too)."""
    options = [n for n in [*info.needs, *([info.exact] if info.exact else [])] if "" not in n]
    return max(options, key=_selectivity) if options else None


def _repeat(low: int, high: int, body: Sequence[Any]) -> _Info:
    inner = _sequence(body)
    if low == 0:
        if high == 1 and inner.exact is not None:
            return _Info(inner.exact | {""}, [])
        return _UNKNOWN
    if low == high == 1:
        return inner
    needs = [*inner.needs, *([inner.exact] if inner.exact and "" not in inner.exact else [])]
    return _Info(None, needs)


def _lookahead(direction: int, body: Sequence[Any]) -> _Info:
    """A lookahead's text lies inside the searched span, so what it needs is needed; a
    lookbehind may look before the span's start and tells nothing about the span."""
    if direction != 1:
        return _EMPTY
    inner = _sequence(body)
    needs = [*inner.needs, *([inner.exact] if inner.exact and "" not in inner.exact else [])]
    return _Info(frozenset({""}), needs)


def leading_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` starts with (none of them
    starting with another), or None when the pattern's opening is not that plain. Where
    none of them occurs, no match starts: see ``match_starts``."""
    found, _ = _prefixes(_p.parse(pattern.pattern, pattern.flags))
    if not found or "" in found:
        return None
    return frozenset(s for s in found if not any(o != s and s.startswith(o) for o in found))


def _prefixes(items: Sequence[Any]) -> tuple[frozenset[str], bool]:
    """The strings a match of ``items`` starts with, and whether they are all of it."""
    current: frozenset[str] | None = frozenset({""})
    for op, av in items:
        if op is _c.SUBPATTERN:
            part, whole = _prefixes(av[-1])
        elif op is _c.BRANCH:
            parts = [_prefixes(alt) for alt in av[1]]
            part = frozenset().union(*(p for p, _ in parts))
            whole = all(w for _, w in parts)
        else:
            exact, whole = _node(op, av).exact, True
            if exact is None:
                return current or frozenset({""}), False
            part = exact
        joined = _join(current, part)
        if joined is None:
            return current or frozenset({""}), False
        current = joined
        if not whole:
            return current, False
    return current or frozenset({""}), True


_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_NOT_WORD: r"\W",
               _c.CATEGORY_NOT_SPACE: r"\S"}


class _NotPlain(Exception):
    """A pattern opening that ``opening_class`` does not read (a back reference, a negated
    class): no class is given, and the pattern is used as it is."""


def opening_class(pattern: re.Pattern[str]) -> str | None:
    """The inside of a character class that holds every character a non-empty match of
    ``pattern`` can start with, letters read in both cases (so ``(?i:[...])`` of it), or
    None when the pattern's opening is not plain enough to tell. Read from the pattern
    itself, so it stays right when the wording changes."""
    try:
        items, _ = _first_items(_p.parse(pattern.pattern, pattern.flags))
    except _NotPlain:
        return None
    return "".join(dict.fromkeys(items)) or None


def _first_items(items: Sequence[Any]) -> tuple[list[str], bool]:
    """The class items a match of ``items`` may start with, and whether it may be empty."""
    out: list[str] = []
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: the next item opens the match
        if op is _c.LITERAL:
            return [*out, _class_item(op, av)], False
        if op is _c.IN:
            return [*out, *(_class_item(o, a) for o, a in av)], False
        if op is _c.SUBPATTERN:
            found, empty = _first_items(av[-1])
        elif op is _c.BRANCH:
            parts = [_first_items(alt) for alt in av[1]]
            found, empty = [x for p, _ in parts for x in p], any(e for _, e in parts)
        elif op in _REPEATS:
            found, empty = _first_items(av[2])
            empty = empty or av[0] == 0
        else:
            raise _NotPlain
        out += found
        if not empty:
            return out, False
    return out, True


def _class_item(op: Any, av: Any) -> str:
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is _c.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _NotPlain


def opening_lookahead(fragment: str) -> str:
    """A lookahead for the characters a match of ``fragment`` can start with
    (``opening_class``; empty when that cannot be told), to put before a case-insensitive
    alternation tried at every word of a window: the engine then rejects a word with one
    test instead of entering each alternative (a case-insensitive literal gets no fast
    path). The left contexts of dates and terms, tried at each word of the 40 characters
    before every date and term, took nearly a quarter fewer steps so (measured)."""
    opening = opening_class(re.compile(fragment))
    return f"(?=(?i:[{opening}]))" if opening else ""


def with_opening(guarded: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern made by ``spans.at_word_starts``, also told the characters its matches
    start with (``opening_class``): the engine then rejects every word that starts
    otherwise with one test instead of trying each alternative there (the same matches;
    the pronoun and charge patterns scan a third to half faster)."""
    opening = opening_class(guarded)
    if opening is None or not guarded.pattern.startswith(_GUARD):
        return guarded
    return at_word_starts(guarded.pattern[len(_GUARD):-1], guarded.flags, opening)


_GUARD = "(?<!\\w)(?:"  # what ``at_word_starts`` puts before a pattern


def match_starts(folded: str, leading: frozenset[str], offset: int) -> list[int]:
    """Where in the text (``folded`` begins at ``offset``) one of ``leading`` occurs, in
    order: the only places a match can start."""
    starts: set[int] = set()
    for s in leading:
        i = folded.find(s)
        while i >= 0:
            starts.add(offset + i)
            i = folded.find(s, i + 1)
    return sorted(starts)


class Folded:
    """A span's folded text (``spans.fold``) starting at ``offset`` in the document, with
    where each literal occurs, found once: in a sentence many trigger patterns open with
    the same words (the auxiliaries of passives), and in a document many date rules with
    the same month names, so each literal is looked for once, and each set of them once."""

    def __init__(self, folded: str, offset: int = 0) -> None:
        self.text = folded
        self.offset = offset
        self._at: dict[str, list[int]] = {}
        self._sets: dict[frozenset[str], list[int]] = {}

    def starts(self, leading: frozenset[str]) -> list[int]:
        """``match_starts(self.text, leading, self.offset)``, kept (callers do not change it)."""
        found = self._sets.get(leading)
        if found is None:
            found = self._sets[leading] = self._union(leading)
        return found

    def starts_within(self, leading: frozenset[str], start: int, end: int) -> list[int]:
        """``starts`` from ``start`` to before ``end`` (a ``Folded`` of a whole document serves
        every window of it)."""
        found = self.starts(leading)
        if start <= self.offset and end >= self.offset + len(self.text):
            return found
        return found[bisect.bisect_left(found, start):bisect.bisect_left(found, end)]

    def any_within(self, leading: frozenset[str], start: int, end: int) -> bool:
        """Whether ``starts_within`` would find any place (a yes or no, without the list)."""
        found = self.starts(leading)
        i = bisect.bisect_left(found, start)
        return i < len(found) and found[i] < end

    def _union(self, leading: frozenset[str]) -> list[int]:
        at_map, text = self._at, self.text
        held: list[list[int]] = []
        for s in leading:
            at = at_map.get(s)
            if at is None:  # most words are absent: one search says so, and nothing is built
                first = text.find(s)
                at = at_map[s] = _NONE if first < 0 else _positions(text, s, self.offset, first)
            if at:
                held.append(at)
        if len(held) == 1:  # one word's places are already in order, each once
            return held[0]
        return sorted({i for at in held for i in at})


_NONE: list[int] = []  # shared by every absent word; never changed


def _positions(folded: str, literal: str, offset: int, first: int) -> list[int]:
    """Where ``literal`` occurs in ``folded`` (plus ``offset``), the first at ``first``."""
    found: list[int] = []
    i = first
    while i >= 0:
        found.append(offset + i)
        i = folded.find(literal, i + 1)
    return found


def scan(pattern: re.Pattern[str], text: str, start: int, end: int, folded: str | Folded,
         leading: frozenset[str] | None, max_tries: int | None = None
         ) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, found by trying the pattern only where one
    of ``leading`` (``leading_literals``) occurs in ``folded`` (``text[start:end]`` folded):
    the regex engine would otherwise try every position of the span, while the words occur
    at a few. Left to right, each try after the previous match's end: the same matches.
    With more than ``max_tries`` places, the span is scanned as usual. ``folded`` may be
    a ``Folded`` of the span or of a text around it, which keeps the places found for the
    next pattern and the next span."""
    if leading is None:
        starts: list[int] = []
    elif isinstance(folded, Folded):
        starts = folded.starts_within(leading, start, end)
    else:
        starts = match_starts(folded, leading, start)
    if leading is None or (max_tries is not None and len(starts) > max_tries):
        return pattern.finditer(text, start, end)
    found: list[re.Match[str]] = []
    after = start
    for at in starts:
        m = pattern.match(text, at, end) if at >= after else None
        if m is not None:
            found.append(m)
            after = m.end()
    return found
