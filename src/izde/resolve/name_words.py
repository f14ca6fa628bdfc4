"""Reading the words of many names at once, in worker processes.

``comparisons.name_form`` reads a name word by word: each distinct word is transliterated
(``translit._latinize_word``: Cyrillic, Arabic script, Chinese characters through pypinyin)
and folded into a token (``comparisons._token_entry``: skeleton, vowel frame, the pinyin
test) once, at tens of microseconds a word, and cached. A million generated names are
spelled with some 60,000 distinct words, so the words are a quarter of the cost of reading
the names, and the work of one word does not depend on any other: ``prepare`` reads them in
forked workers before the names are read, and hands the readings to those two caches. Each
word is read once, by one worker (the distinct words are found first, also in workers).

What is handed over is what the caches would have computed (same functions, in a fork of
this process), so every name form is the one ``name_form`` gives without it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from izde.resolve import comparisons, name_tables, translit
from izde.resolve.comparisons import (
    TokenEntry,
    name_form,
    token_entry,
    transcribed_in_characters,
)
from izde.resolve.forked import SHARED, bounds, forked_map

MIN_NAMES = 50_000  # distinct names worth reading their words in worker processes

R = TypeVar("R")
# A word to read: (text, read as written in a plain name, the name is in characters).
Word = tuple[str, bool, bool]


def prepare(names: Sequence[str], workers: int) -> None:
    """Read the distinct words of ``names`` in ``workers`` processes, so that
    ``name_form`` of these names finds them read, start building their blocking keys and
    two-word columns in a fork (``name_tables.start``: the next batch takes them) and build
    the names' forms here while it runs, then the caller builds its records (nothing happens
    for a few names or one worker: ``name_form`` reads the words itself)."""
    translit.READ_ELSEWHERE.clear()  # what an earlier batch read and never took
    comparisons.MADE_ELSEWHERE.clear()
    name_tables.discard()
    distinct = list(dict.fromkeys(names))
    if workers <= 1 or len(distinct) < MIN_NAMES:
        return
    words = sorted(set().union(*_in_workers(_words_of_slice, distinct, workers)))
    for readings, entries in _in_workers(_read_slice, words, workers):
        translit.READ_ELSEWHERE.update(readings)
        comparisons.MADE_ELSEWHERE.update(entries)
    name_tables.start(distinct, workers)
    for name in distinct:  # the forms the records will take
        name_form(name)


def _in_workers(task: Callable[[tuple[int, int]], R], items: Sequence[Any],
                workers: int) -> list[R]:
    """``task`` over ``workers`` slices of ``items`` (which the workers read from the fork)."""
    SHARED.update(items=items)
    try:
        return forked_map(task, bounds(len(items), workers), workers, here=True)
    finally:
        SHARED.clear()


def _words_of_slice(span: tuple[int, int]) -> set[Word]:
    """The words of the names ``items[start:stop]`` as ``name_form`` will ask for them."""
    names = SHARED["items"][span[0]:span[1]]
    plain = [name for name in names if translit.is_plain(name)]
    # a plain name is ASCII, never in characters: its words are found all at once, in C
    found: set[Word] = {(w, True, False) for w in set(" ".join(plain).lower().split())}
    if len(plain) < len(names):
        for name in names:
            if not translit.is_plain(name):
                han = transcribed_in_characters(name)
                found.update((w, False, han) for w in translit.raw_words(name))
    return found


def _read_slice(span: tuple[int, int]) -> tuple[dict[str, str], dict[tuple[str, bool],
                                                                       TokenEntry]]:
    """Readings of the raw words and token entries of every word of ``items[start:stop]``."""
    readings: dict[str, str] = {}
    entries: dict[tuple[str, bool], TokenEntry] = {}
    for text, plain, han in SHARED["items"][span[0]:span[1]]:
        latin = text if plain else readings.get(text)
        if latin is None:
            latin = readings[text] = translit.read_word(text)
        for word in latin.split():
            if (word, han) not in entries:
                entries[word, han] = token_entry(word, han)
    return readings, entries
