"""Words with offsets, and runs of capitalised words: the raw material of every name mention.

A run is a sequence of capitalised words separated by single spaces ("Askar Azatbek",
"Ili Prefectural Court"). A possessive ("Azatbek's") closes a run, because what follows
belongs to another noun phrase ("Kazakhstan's Ministry of Foreign Affairs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from izde.extract.names import looks_like_name_token

WORD_RE = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?")
# words that may start with a capital: skips the ASCII lower-case majority cheaply
CAP_WORD_RE = re.compile(r"(?<![\w'’\-])[^\W\d_a-z](?:[\w'’\-]*[^\W_])?")
_POSSESSIVE = ("'s", "’s", "s'", "s’")


@dataclass(frozen=True)
class Word:
    """A word of the body text; ``end`` excludes a possessive ending, kept in ``possessive``."""

    start: int
    end: int
    text: str
    possessive: bool = False


def words(text: str, start: int = 0, end: int | None = None, capitalised: bool = False
          ) -> list[Word]:
    """The words of ``text[start:end]`` with absolute offsets; possessive endings split off.

    ``capitalised`` keeps only words starting with a capital (all that names need).
    """
    out: list[Word] = []
    rx = CAP_WORD_RE if capitalised else WORD_RE
    for m in rx.finditer(text, start, len(text) if end is None else end):
        w = m.group()
        if capitalised and not w[0].isupper():
            continue
        if w.endswith(_POSSESSIVE[:2]) and len(w) > 3:
            out.append(Word(m.start(), m.end() - 2, w[:-2], True))
        else:
            out.append(Word(m.start(), m.end(), w))
    return out


def capitalised_runs(text: str, ws: list[Word]) -> list[list[Word]]:
    """Maximal runs of name-like capitalised words joined by exactly one space."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    for w in ws:
        joined = bool(current) and not current[-1].possessive and _single_space(
            text, current[-1].end, w.start)
        if looks_like_name_token(w.text) and (joined or not current):
            current.append(w)
            continue
        if current:
            runs.append(current)
        current = [w] if looks_like_name_token(w.text) else []
    if current:
        runs.append(current)
    return runs


def _single_space(text: str, end: int, start: int) -> bool:
    return start - end == 1 and text[end] == " "
