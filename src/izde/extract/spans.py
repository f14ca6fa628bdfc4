"""Choosing among overlapping phrases found by several rules (dates, terms, ...)."""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterable
from typing import Protocol, TypeVar

from izde.extract import keywords
from izde.extract.pattern_map import PatternMap


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


def left_context(pattern: re.Pattern[str], text: str, at: int, reach: int) -> re.Match[str]:
    """The words just before position ``at`` (within ``reach`` characters) that ``pattern``
    (anchored with ``$``) accepts; every part of such patterns is optional, so there is always
    a (maybe empty) match.

    Every part of a left-context pattern starts a word (``\\b``), so the search is run with a
    guard that lets the engine reject positions inside words at once: the same match, found
    about three times faster than by trying every optional part at every position."""
    m = _guarded(pattern).search(text, max(0, at - reach), at)
    if m is None:  # all parts are optional, so only an engine oddity gets here: read as
        m = pattern.match("")  # "no words before" (every group None) rather than stop
    if m is None:
        raise ValueError(f"left-context pattern matched nothing at {at}")
    return m


_GUARDED: PatternMap[re.Pattern[str]] = PatternMap()  # (not hashed: see ``pattern_map``)


def _guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` tried only where a word starts or where it can match empty (at the end):
    for a pattern whose every non-empty match starts a word, the matches are the same."""
    g = _GUARDED.get(pattern)
    if g is None:
        g = _GUARDED[pattern] = re.compile(rf"(?:(?<!\w)|$)(?:{pattern.pattern})", pattern.flags)
    return g


def at_word_starts(pattern: str, flags: int = 0, opening: str = "") -> re.Pattern[str]:
    """Compile ``pattern`` (whose every match begins ``\\b`` and a word character, e.g.
    ``\\b(?:he|she|they)\\b|\\bthis\\s+man``) so that the engine rejects positions inside
    words with one test instead of trying every alternative there: the same matches, found
    up to ten times faster for patterns of many alternatives (measured; for a pattern that is
    one ``\\b`` and a short word list the guard gains nothing, so it is not used there).
    ``opening``, the characters every match starts with (a character class's inside,
    letters read in both cases; see ``literals.with_opening``), also rejects the words that
    start otherwise with one test."""
    if opening:
        return re.compile(rf"(?<!\w)(?=(?i:[{opening}]))(?:{pattern})", flags)
    return re.compile(rf"(?<!\w)(?:{pattern})", flags)


# ASCII capitals to lower case, and the few other letters that ``re.IGNORECASE`` equates with
# an ASCII letter (ſ, K, ı, İ): one character for one, so offsets stay those of the text
_FOLD = str.maketrans(string.ascii_uppercase + "ſ\u212aıİ", string.ascii_lowercase + "skii")


def fold(text: str) -> str:
    """``text`` lower-cased for substring tests that stand in for case-insensitive patterns.
    An ASCII text (which ``isascii`` tells at once) is lower-cased by ``str.lower``, the same
    result many times faster than a translation table."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


class WordHits:
    """Where any of ``stems`` occurs in a text (``folded`` by ``fold``), found with one pass
    (``keywords``; none when the document's ``shared`` pass holds them). A case-insensitive
    pattern searched next to every mention ("lawyer X", "his brother, X") can only match
    where one of its stems lies in the window; most windows have none, and a bisection says
    so."""

    def __init__(self, stems: Iterable[str], folded: str,
                 shared: keywords.DocumentHits | None = None) -> None:
        self.starts = keywords.starts(stems, folded, shared)

    def any_in(self, lo: int, hi: int) -> bool:
        """Does a stem start at a position in ``[lo, hi)``?"""
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi


def without_overlaps(found: list[S]) -> list[S]:
    """Keep the longest of overlapping phrases; earlier rules (earlier in ``found``) win ties.

    Phrases are sorted by start and cut into groups of transitively overlapping ones (a
    phrase never competes with one outside its group), and the longest-first choice is made
    inside each small group: O(n log n) for the sort instead of comparing every pair."""
    kept: list[S] = []
    group: list[tuple[int, S]] = []
    reach = -1
    for n, x in sorted(enumerate(found), key=lambda nx: nx[1].start):
        if group and x.start >= reach:
            kept.extend(_longest_first(group))
            group = []
        group.append((n, x))
        reach = max(reach, x.end)
    kept.extend(_longest_first(group))
    return kept


def _longest_first(group: list[tuple[int, S]]) -> list[S]:
    """The greedy choice within one group of overlapping phrases (numbered in rule order, which
    breaks ties), in text order."""
    if len(group) < 2:
        return [x for _, x in group]
    starts: list[int] = []
    ends: list[int] = []
    kept: list[S] = []
    for _, x in sorted(group, key=lambda nx: (nx[1].start - nx[1].end, nx[0])):
        i = bisect.bisect_right(starts, x.start)
        if (i > 0 and ends[i - 1] > x.start) or (i < len(starts) and starts[i] < x.end):
            continue
        starts.insert(i, x.start)
        ends.insert(i, x.end)
        kept.insert(i, x)
    return kept


def at_line_starts(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern that can only match at a line's start (``^`` in
    multi-line mode): tried at each line start instead of at every character (the engine
    tests ``^`` at each of a report's thousands of characters, for its few dozen lines)."""
    found: list[re.Match[str]] = []
    at, after = 0, 0
    while at >= 0:
        m = rx.match(text, at) if at >= after else None
        if m is not None:
            found.append(m)
            after = m.end() + (m.end() == m.start())
        nl = text.find("\n", at)
        at = nl + 1 if nl >= 0 else -1
    return found


def quote_opened(text: str, lo: int, pos: int) -> int | None:
    """Where the quotation that ``pos`` lies inside opens, in the paragraph line from ``lo``
    (a curly quote not yet closed, or an odd count of straight ones); None outside one."""
    curly = text.rfind("“", lo, pos)
    if not (curly > text.rfind("”", lo, pos) or text.count('"', lo, pos) % 2 == 1):
        return None
    return max(curly, text.rfind('"', lo, pos))


def quote_on_line(text: str, pos: int) -> int | None:
    """``quote_opened`` from the start of the paragraph line holding ``pos``."""
    return quote_opened(text, text.rfind("\n", 0, pos) + 1, pos)
