"""Words with offsets, and runs of capitalised words: the raw material of every name mention.

A run is a sequence of capitalised words separated by single spaces ("Askar Azatbek",
"Ili Prefectural Court"). A possessive ("Azatbek's") closes a run, because what follows
belongs to another noun phrase ("Kazakhstan's Ministry of Foreign Affairs").
"""

from __future__ import annotations

import bisect
import re

from izde.extract.names import looks_like_name_token
from izde.extract.values import value_class

WORD_RE = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?")
# words that may start with a capital: skips the ASCII lower-case majority cheaply (the
# pattern opens with the class, so the engine skips to the next candidate at C speed; what
# may not stand before the word is checked behind it)
# (an underscore before it is a form's mark of a handwritten entry, "_Zhou Haitao_", and no
# part of the word)
CAP_WORD_RE = re.compile(r"[^\W\d_a-z](?<![^\W_][^\W\d_a-z])(?<!['’\-][^\W\d_a-z])"
                         r"(?:[\w'’\-]*[^\W_])?")
# the same words in an ASCII text, where a capital is [A-Z]: the engine tests a range, not
# a Unicode category, at every character it skips (twice as fast, measured)
CAP_ASCII_RE = re.compile(r"[A-Z](?<![^\W_][A-Z])(?<!['’\-][A-Z])(?:[\w'’\-]*[^\W_])?")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_APOSTROPHE_S = _POSSESSIVE[:2]


@value_class
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
    rx = (CAP_ASCII_RE if text.isascii() else CAP_WORD_RE) if capitalised else WORD_RE
    # an ASCII capitalised word opens with [A-Z]; other patterns' words are tested
    test_case = capitalised and rx is not CAP_ASCII_RE
    for m in rx.finditer(text, start, len(text) if end is None else end):
        if test_case and not m.group()[0].isupper():
            continue
        out.append(_word(text, *m.span()))
    return out


# An ASCII text coded by the shape of each character: "A" a capital, "a" another letter or a
# digit, "_", "'" and "-" themselves, " " anything else. ``CAP_ASCII_RE`` over the text and
# ``_CAP_SHAPE_RE`` over its shapes match at the same places (each class of the one is a
# byte of the other), and the engine compares bytes instead of testing classes.
_SHAPE = bytes.maketrans(
    bytes(range(128)),
    bytes(ord("A") if chr(c).isupper() else ord("a") if chr(c).isalnum()
          else c if chr(c) in "_'-" else ord(" ") for c in range(128)))
_CAP_SHAPE_RE = re.compile(rb"A(?<![Aa]A)(?<!['\-]A)(?:[Aa_'\-]*[Aa])?")


class CapitalisedWords:
    """The capitalised words of a whole text (``words(text, capitalised=True)``), found in
    one scan and handed out per sentence: a scan per sentence cost a call of the engine and
    of ``words`` for each of a report's sentences."""

    def __init__(self, text: str) -> None:
        self.text = text
        if text.isascii():
            shapes = text.encode("ascii").translate(_SHAPE)
            self.words = [_word(text, *m.span()) for m in _CAP_SHAPE_RE.finditer(shapes)]
        else:
            self.words = words(text, capitalised=True)
        self.starts = [w.start for w in self.words]

    def within(self, start: int, end: int) -> list[Word]:
        """``words(text, start, end, capitalised=True)``: the words of the whole text from
        ``start`` to ``end`` when no word can run across either (a character that no word
        holds on one side of each, as around a sentence), else the span scanned alone."""
        if self._joined_at(start) or self._joined_at(end):
            return words(self.text, start, end, capitalised=True)
        lo = bisect.bisect_left(self.starts, start)
        return self.words[lo:bisect.bisect_left(self.starts, end, lo)]

    def _joined_at(self, at: int) -> bool:
        text = self.text
        return 0 < at < len(text) and _is_word_char(text[at - 1]) and _is_word_char(text[at])


def _is_word_char(c: str) -> bool:
    """Whether a word may hold ``c`` (``[\\w'’\\-]``: ``\\w`` is what ``str.isalnum`` accepts
    and the underscore)."""
    return c.isalnum() or c in "_'’-"


def _word(text: str, at: int, stop: int) -> Word:
    """The word ``text[at:stop]`` as ``words`` makes it (a possessive ending split off)."""
    w = text[at:stop]
    if w.endswith(_APOSTROPHE_S) and len(w) > 3:
        return Word(at, stop - 2, w[:-2], True)
    return Word(at, stop, w)


def capitalised_runs(text: str, ws: list[Word]) -> list[list[Word]]:
    """Maximal runs of name-like capitalised words joined by exactly one space.

    Words in capitals ("AIGUL SERIKKYZY") form a run only at the head of a line, after at
    most a list number, bullet or label ("Name:"), or an affidavit's "I,": how case lists,
    bulletins and sworn statements set out the person an entry is about. Elsewhere capitals
    are acronyms and shouted headlines."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    for w in ws:
        joined = bool(current) and not current[-1].possessive and _single_space(
            text, current[-1].end, w.start)
        if _fits(text, w, current, joined):
            current.append(w)
            continue
        if current:  # (with no run open, the test just made was the one for a new run)
            runs.append(current)
            current = [w] if _fits(text, w, [], False) else []
    if current:
        runs.append(current)
    return [_with_patronymic(text, run) if text[run[-1].end + 1:run[-1].end + 2] in _PARTICLE_HEADS
            else run for run in runs]


# Kyrgyz and Kazakh patronymic particles written as a separate, lower-case word after the
# father's name ("Kanybek Tashtanbek uulu", "Aizada Tashtanbek kyzy", "Nurlan Aben uly"):
# part of the name, so "Tashtanbek uulu" alone is a short form of the same person
_PARTICLE_HEADS = frozenset("uokq")  # first letters of the particles: a cheap pre-check
_PATRONYMIC = re.compile(r" (uulu|uly|ulı|kyzy|qyzy|kizi|qizi|ugli|ogli)(['’]s)?\b")


def _with_patronymic(text: str, run: list[Word]) -> list[Word]:
    last = run[-1]
    if last.possessive or last.text.isupper() or not text.startswith(" ", last.end):
        return run
    m = _PATRONYMIC.match(text, last.end)
    if m is None:
        return run
    return [*run, Word(m.start(1), m.end(1), m.group(1), m.group(2) is not None)]


def _fits(text: str, w: Word, current: list[Word], joined: bool) -> bool:
    """Whether ``w`` continues ``current`` (when ``joined``) or starts a run (when empty)."""
    if current and not joined:
        return False
    token = w.text
    if not token.isupper():  # the usual case, decided without a regular expression
        return looks_like_name_token(token) and not (current and current[0].text.isupper())
    if not is_capitals(token):
        return False
    if current:
        return is_capitals(current[0].text)
    return _LINE_HEAD.fullmatch(text, text.rfind("\n", 0, w.start) + 1, w.start) is not None


_LINE_HEAD = re.compile(
    r"[ \t]*(?:(?:No\.\s*)?\d{1,3}[.)]|\(\d{1,3}\)|[-•*–#]|[A-Z][a-z]{1,11}:|"
    # an affidavit's or a petition's writer: "I, ZULPIYE ABLIMIT, of Leeds, make oath ..."
    r"I[ \t]*,(?:[ \t]*the[ \t]+undersigned[ \t]*,)?)?[ \t]*")


def is_capitals(token: str) -> bool:
    """A word written in capitals and long enough to be a name part ("AIGUL", not "A")."""
    return len(token) >= 2 and token.isupper() and _LETTERS.fullmatch(token) is not None


_LETTERS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def name_case(token: str) -> str:
    """A word in capitals as a name is usually written: "SERIKKYZY" -> "Serikkyzy"."""
    return token.title() if is_capitals(token) else token


def _single_space(text: str, end: int, start: int) -> bool:
    return start - end == 1 and text[end] == " "
