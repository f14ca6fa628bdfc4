"""Penalty lengths in English text: prison terms, detention periods, life and death sentences.

`find_terms` finds *duration phrases* ("20-year sentence", "12 years' imprisonment", "18
months", "life imprisonment", "death with a two-year reprieve") and normalises their length to
years. It deliberately does not decide whether a duration is a sentence handed down, time
already served ("in jail for about six years now") or a threatened penalty: that needs the
surrounding event, which the caller (the extraction pipeline) sees. What it does exclude are
phrases that only look like durations: ages ("47-year-old"), relative times ("three years
later", "two years ago") and calendar years ("in 2018").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["TermMention", "find_terms", "parse_number"]


@dataclass(frozen=True)
class TermMention:
    """A penalty phrase; ``years`` is None for life/death and vague amounts ("several years")."""

    start: int
    end: int
    text: str
    years: float | None
    kind: str  # "term" | "life" | "death" | "suspended_death"
    unit: str  # "year" | "month" | "week" | "day" | "" (life/death)


_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SPECIAL = {"a": 1.0, "an": 1.0, "half": 0.5, "a half": 0.5, "dozen": 12.0, "a dozen": 12.0}
_NUMBER_WORDS = sorted([*_UNITS, *_TENS, "hundred", "dozen", "half"], key=len, reverse=True)
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def parse_number(word: str) -> float | None:
    """Read a number as English writes it in prose: "nine", "12", "twenty-one", "a", "two and a
    half", "one hundred". Returns None for anything else, so callers can reject the phrase."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w in _SPECIAL:
        return _SPECIAL[w]
    if _THOUSANDS.fullmatch(w):
        return float(w.replace(",", ""))
    if _DIGITS.fullmatch(w):
        return float(w)
    if w.endswith(" and a half"):
        whole = parse_number(w[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    return _parse_number_words(w.split())


def _parse_number_words(words: list[str]) -> float | None:
    """Sum English number words: "twenty one" -> 21, "one hundred five" -> 105."""
    if not words:
        return None
    total = 0
    for w in words:
        if w in _UNITS:
            total += _UNITS[w]
        elif w in _TENS:
            total += _TENS[w]
        elif w == "hundred":
            total = max(total, 1) * 100
        elif w != "and":
            return None
    return float(total)


_WORDNUM = "(?:" + "|".join(_NUMBER_WORDS) + ")"
# A quantity: digits, number words (hyphenated or spaced compounds), "a"/"an", with "and a half".
_QTY = rf"(?:\d+(?:\.\d+)?|{_WORDNUM}(?:[- ]{_WORDNUM})*|an?)(?:\s+and\s+a\s+half)?"
_VAGUE = r"(?:several|a\s+few|few|many|some)"
_UNIT = r"(?P<unit>year|yr|month|week|day)"
_PENALTY_HEAD = (
    r"(?:(?:prison|jail|custodial|suspended|administrative|criminal|reduced|harsh|long)\s+)*"
    r"(?:(?:jail|prison)\s+)?(?:sentences?|terms?|imprisonment|detention|stint|incarceration)"
)
_TRAILER = (
    r"(?:\s*(?:'|’)|\s+of)?\s+(?:"
    r"in\s+(?:a\s+)?(?:prison|jail|custody|detention)"
    r"|(?:of\s+)?(?:(?:administrative|criminal)\s+)?(?:imprisonment|detention|incarceration)"
    r"|behind\s+bars|in\s+(?:a\s+)?(?:labou?r|re-?education|internment)\s+camp"
    r"|(?:jail|prison)(?:\s+(?:term|sentence))?)"
)
_NOT_AFTER = (
    r"(?![-\s]*(?:old\b|of\s+age\b|later\b|earlier\b|ago\b|prior\b|hence\b|afterwards?\b"
    r"|younger\b|older\b|senior\b|junior\b))"
)

_ADJECTIVAL = re.compile(rf"(?i)\b(?P<q>{_QTY})[-\s]{_UNIT}(?:-long)?\s+{_PENALTY_HEAD}\b")
_COMPOUND = re.compile(
    rf"(?i)\b(?P<q>{_QTY})\s+years?(?:,|\s+and)\s+(?P<q2>{_QTY})\s+months?\b(?:{_TRAILER})?"
    + _NOT_AFTER
)
_NOUN = re.compile(
    rf"(?i)\b(?P<q>{_QTY}|{_VAGUE})\s+{_UNIT}s?\b(?P<half>\s+and\s+a\s+half)?(?:{_TRAILER})?"
    + _NOT_AFTER
)
_UNIT_AND_HALF = re.compile(r"(?i)\b(?:a|one)\s+(?P<unit>year|month)\s+and\s+a\s+half\b")
_HALF_A = re.compile(r"(?i)\bhalf\s+an?\s+(?P<unit>year|month)\b" + _NOT_AFTER)
_LIFE = re.compile(
    r"(?i)\b(?:life(?:\s+|-)(?:imprisonment|sentences?|terms?|in\s+(?:prison|jail))"
    r"|(?:sentenced|condemned|jailed)\s+to\s+life\b(?![-\s]+(?:imprisonment|sentence|term|in\s)))"
)
_SUSPENDED = re.compile(
    rf"(?i)\b(?:(?:suspended|deferred)\s+death(?:\s+(?:sentences?|penalty))?"
    rf"|death(?:\s+(?:sentences?|penalty))?,?\s+(?:with\s+(?:an?\s+)?(?:(?:{_QTY})[-\s]years?\s+)?"
    rf"(?:reprieve|suspension|stay\s+of\s+execution)|suspended\s+for\s+(?:{_QTY})\s+years?))"
)
_DEATH = re.compile(
    r"(?i)\b(?:death\s+(?:sentences?|penalty|penalties)"
    r"|(?:sentenced|condemned)\s+to\s+death\b)"
)
# A "N years after/before" is a relative time unless a penalty word precedes it closely.
_AFTER_BEFORE = re.compile(r"(?i)\s+(?:after|before)\b")
_PENALTY_CONTEXT = re.compile(
    r"(?i)\b(?:sentenced\s+to|jailed\s+for|imprisoned\s+for|detained\s+for|given|serv(?:e|es|ed"
    r"|ing)|fac(?:e|es|ed|ing)|get|got|gets|received?)\s+(?:about\s+|nearly\s+|almost\s+"
    r"|up\s+to\s+|more\s+than\s+|over\s+|another\s+)?$"
)
# "one day he would...", "some day": adverbs, not durations.
_ADVERB = re.compile(r"(?i)(?:one|some)\s+day")
_UNIT_YEARS = {"year": 1.0, "yr": 1.0, "month": 1 / 12, "week": 7 / 365, "day": 1 / 365}
# "twice a week", "every two years", "per day": rates, not durations.
_FREQUENCY = re.compile(r"(?i)\b(?:once|twice|times|per|every|each)\s+$")


def _unit(raw: str) -> str:
    u = raw.lower()
    return "year" if u == "yr" else u


def _quantity(raw: str) -> float | None:
    q = raw.lower()
    return None if re.fullmatch(_VAGUE, q) else parse_number(q)


def _years(qty: float | None, unit: str) -> float | None:
    return None if qty is None else qty * _UNIT_YEARS[unit]


def _mention(text: str, m: re.Match[str], years: float | None, kind: str, unit: str) -> TermMention:
    return TermMention(m.start(), m.end(), m.group(0), years, kind, unit)


def _adjectival(text: str, m: re.Match[str]) -> TermMention | None:
    unit = _unit(m.group("unit"))
    qty = parse_number(m.group("q"))
    return None if qty is None else _mention(text, m, _years(qty, unit), "term", unit)


def _compound(text: str, m: re.Match[str]) -> TermMention | None:
    y, mo = parse_number(m.group("q")), parse_number(m.group("q2"))
    if y is None or mo is None:
        return None
    return _mention(text, m, y + mo / 12, "term", "year")


def _noun(text: str, m: re.Match[str]) -> TermMention | None:
    """Read "N years [in prison]"; rejected when it reads as a relative time ("N years after X")."""
    unit = _unit(m.group("unit"))
    qty = _quantity(m.group("q"))
    if qty is None and not re.fullmatch(_VAGUE, m.group("q").lower()):
        return None
    if m.group("half") and qty is not None:
        qty += 0.5
    if _FREQUENCY.search(text, max(0, m.start() - 8), m.start()):
        return None
    if _ADVERB.fullmatch(m.group(0)):
        return None
    if _AFTER_BEFORE.match(text, m.end()) and not _PENALTY_CONTEXT.search(
        text, max(0, m.start() - 40), m.start()
    ):
        return None
    return _mention(text, m, _years(qty, unit), "term", unit)


def _unit_and_half(text: str, m: re.Match[str]) -> TermMention | None:
    unit = _unit(m.group("unit"))
    return _mention(text, m, _years(1.5, unit), "term", unit)


def _half_a(text: str, m: re.Match[str]) -> TermMention | None:
    unit = _unit(m.group("unit"))
    return _mention(text, m, _years(0.5, unit), "term", unit)


_Finder = Callable[[str, re.Match[str]], TermMention | None]


def _fixed(kind: str) -> _Finder:
    def make(text: str, m: re.Match[str]) -> TermMention | None:
        return _mention(text, m, None, kind, "")

    return make


_RULES: tuple[tuple[re.Pattern[str], _Finder], ...] = (
    (_SUSPENDED, _fixed("suspended_death")),
    (_DEATH, _fixed("death")),
    (_LIFE, _fixed("life")),
    (_COMPOUND, _compound),
    (_ADJECTIVAL, _adjectival),
    (_UNIT_AND_HALF, _unit_and_half),
    (_HALF_A, _half_a),
    (_NOUN, _noun),
)


def find_terms(text: str) -> list[TermMention]:
    """Every penalty-length phrase in ``text``, in order, without overlaps (longest wins).

    The caller decides whether a duration is a sentence: "for about six years now" is returned
    like "sentenced to six years"; relative times and ages are not returned at all.
    """
    found: list[TermMention] = []
    for pattern, make in _RULES:
        for m in pattern.finditer(text):
            mention = make(text, m)
            if mention is not None:
                found.append(mention)
    return _without_overlaps(found)


def _without_overlaps(found: list[TermMention]) -> list[TermMention]:
    """Keep the longest of overlapping mentions (earlier rules win ties)."""
    kept: list[TermMention] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(found, key=lambda t: t.start - t.end):
        if all(m.end <= s or m.start >= e for s, e in taken):
            kept.append(m)
            taken.append((m.start, m.end))
    return sorted(kept, key=lambda t: t.start)
