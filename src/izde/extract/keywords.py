"""Every occurrence of a set of keywords in a text, found in one pass (Aho-Corasick).

Stem and cue-word indexes (``triggers.StemIndex``, ``spans.WordHits``) used to call
``str.find`` once per keyword over the whole document: ~150 passes over the text for the
trigger stems alone. An Aho-Corasick automaton (``pyahocorasick``, a C extension) reads the
text once and reports every occurrence, overlapping ones included, whatever the number of
keywords (measured: the trigger stems of a 900-word report in a fifth of the time); the
automaton of a keyword set is built once per process and kept. Without the package the
same occurrences are found by the ``str.find`` loops (a compiled alternation of the
keywords was tried too: four times slower than the loops, as the engine tries every
alternative at every position).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter
from typing import Any, TypeVar

try:
    import ahocorasick as _ac

    HAVE_AUTOMATON = True
except ImportError:  # pragma: no cover - depends on the environment
    HAVE_AUTOMATON = False


@lru_cache(maxsize=64)
def _automaton(keywords: frozenset[str]) -> Any:
    auto = _ac.Automaton()
    for word in keywords:
        auto.add_word(word, (len(word), word))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=64)
def _word_automaton(keywords: frozenset[str]) -> Any:
    """An automaton whose hits carry only the word (``present``): the set of words is then
    built from the hits without a line of Python per hit."""
    auto = _ac.Automaton()
    for word in keywords:
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


def occurrences(keywords: Iterable[str], text: str, shared: DocumentHits | None = None
                ) -> list[tuple[int, int, str]]:
    """``(start, end, keyword)`` for every occurrence of every keyword in ``text``, overlapping
    ones included, sorted: what a ``str.find`` loop per keyword finds, in one pass (none at
    all when ``shared`` already holds the occurrences of these keywords in this text)."""
    if shared is not None and shared.covers(keywords, text):
        return shared.of(keywords)
    words = _nonempty(keywords)
    if not words or not text:
        return []
    if not HAVE_AUTOMATON:
        return by_find(words, text)
    found = [(end + 1 - size, end + 1, word) for end, (size, word) in _automaton(words).iter(text)]
    found.sort()
    return found


def starts(keywords: Iterable[str], text: str, shared: DocumentHits | None = None
           ) -> list[int]:
    """Sorted start offsets of every occurrence (``occurrences`` without the words; one entry
    per occurrence, so a position where two keywords start appears twice)."""
    if shared is not None and shared.covers(keywords, text):
        return [start for start, _, _ in shared.of(keywords)]
    words = frozenset(w for w in keywords if w)
    if not words or not text:
        return []
    if not HAVE_AUTOMATON:
        return [s for s, _, _ in by_find(words, text)]
    found = [end + 1 - size for end, (size, _) in _automaton(words).iter(text)]
    found.sort()
    return found


def _nonempty(keywords: Iterable[str]) -> frozenset[str]:
    """The keywords as a frozenset without the empty string: the set itself when it is one
    (the document's declared keywords, the same object for every document, whose automaton
    is then found without hashing its words again)."""
    if isinstance(keywords, frozenset) and "" not in keywords:
        return keywords
    return frozenset(w for w in keywords if w)


K = TypeVar("K", bound=Iterable[str])
_IN_DOCUMENTS: set[str] = set()


def searched_in_documents(keywords: K) -> K:
    """Declare (at import) keywords that a module looks for over whole documents; returns
    them unchanged. ``DocumentHits`` finds all that are declared in one pass: the automaton
    reads about 40 characters a microsecond whatever the number of keywords, so five passes
    over a report (trigger stems, charge stems, kin, role and activity words) cost five times
    what one does."""
    _IN_DOCUMENTS.update(w for w in keywords if w)
    return keywords


_DECLARED: dict[int, frozenset[str]] = {}  # the declared keywords, by how many there are


def _declared() -> frozenset[str]:
    """The keywords declared so far (``searched_in_documents``), made into a frozenset once
    per number of them (declarations only add), not once per document."""
    words = _DECLARED.get(len(_IN_DOCUMENTS))
    if words is None:
        words = _DECLARED[len(_IN_DOCUMENTS)] = frozenset(_IN_DOCUMENTS)
    return words


class DocumentHits:
    """Every occurrence in one text (a document folded by ``spans.fold``) of every keyword
    declared with ``searched_in_documents``, found in one pass. ``occurrences`` and ``starts``
    given one answer from it, the same lists a pass of their own would find, when it was
    made of the same text and holds all their keywords; otherwise they make that pass."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = _declared()
        self.found = occurrences(self.words, text)

    def covers(self, keywords: Iterable[str], text: str) -> bool:
        return text == self.text and self.words.issuperset(keywords)

    def of(self, keywords: Iterable[str]) -> list[tuple[int, int, str]]:
        """The occurrences of ``keywords`` (all among ``words``), in order."""
        wanted = keywords if isinstance(keywords, (frozenset, set, dict)) else frozenset(keywords)
        return [hit for hit in self.found if hit[2] in wanted]


def present(keywords: frozenset[str], text: str) -> set[str]:
    """The keywords that occur in ``text``, found in one pass (a short text such as a sentence,
    against a large keyword set: one automaton step per character instead of a substring
    test per keyword)."""
    if not HAVE_AUTOMATON:
        return {w for w in keywords if w and w in text}
    return set(map(_WORD, _word_automaton(keywords).iter(text))) if text else set()


_WORD = itemgetter(1)  # the word of an automaton hit ``(end, word)``


def by_find(words: frozenset[str], text: str) -> list[tuple[int, int, str]]:
    """``occurrences`` by one ``str.find`` loop per keyword (without ``pyahocorasick``)."""
    found: list[tuple[int, int, str]] = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            found.append((i, i + len(word), word))
            i = text.find(word, i + 1)
    found.sort()
    return found
