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

from izde.extract.literals import Folded, leading_literals, opening_lookahead, scan
from izde.extract.spans import fold, left_context, without_overlaps
from izde.extract.values import value_class

__all__ = ["TermMention", "find_terms", "parse_number"]


@value_class
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
WORD_NUMBER = _WORDNUM  # a number in words, as a regular expression ("thirteen", "twenty")
# A quantity: digits, number words (hyphenated or spaced compounds), "a"/"an", with "and a half".
_QTY = (
    rf"(?i:[0-9]+(?:\.[0-9]+)?|{_WORDNUM}(?:[- ]{_WORDNUM})*|an?)"
    r"(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?"
)
_VAGUE = r"(?i:several|a\s+few|few|many|some)"
# penalties served at liberty under Kazakh, Kyrgyz and Russian law, as a regular expression to
# build on: "restricted freedom", "restriction of liberty", probation, correctional labour
AT_LIBERTY = (r"(?:restrict\w*\s+(?:of\s+)?(?:freedom|liberty)|probation|(?:correctional|"
              r"corrective)\s+labou?r)")
_PENALTY_HEAD = (
    r"(?:(?:prison|jail|custodial|suspended|administrative|criminal|reduced|harsh|long|"
    # non-custodial penalties of Kazakh and Russian law: "a two-year restricted freedom sentence"
    r"restricted\s+freedom|restriction\s+of\s+(?:freedom|liberty)|probation(?:ary)?|"
    r"correctional\s+labou?r|corrective\s+labou?r)\s+)*"
    r"(?:(?:jail|prison)\s+)?(?:sentences?|terms?|imprisonment|detention|stint|incarceration)"
)
_TRAILER = (
    r"(?:\s*(?:'|’)|\s+of)?\s+(?:"
    r"in\s+(?:a\s+)?(?:prison|jail|custody|detention(?:\s+(?:cent(?:er|re)|facility)|"
    r"(?!\s+camps?\b)))"  # "nine months in a detention camp" is time in a camp
    r"|(?:of\s+)?(?:(?:administrative|criminal)\s+)?(?:imprisonment|detention|incarceration)"
    r"|(?:of\s+)?administrative\s+arrest"
    r"|(?:of\s+)?(?:restricted\s+freedom|restriction\s+of\s+(?:freedom|liberty)|"
    r"(?:correctional|corrective)\s+labou?r)"
    r"|behind\s+bars|in\s+(?:a\s+)?(?:labou?r|re-?education|internment)\s+camp"
    r"|(?:jail|prison)(?:\s+(?:term|sentence))?)"
)

# Patterns start at the unit or at "life"/"death" (a fixed word, which the regex engine finds
# fast); the number before the unit is read by a left-context pattern anchored at the unit.
_C_UNIT = re.compile(
    r"(?P<unit>year|yr|month|week|day)(?P<pl>s)?\b"
    rf"(?:(?P<head>(?:-long)?\s+{_PENALTY_HEAD}\b)"
    rf"|(?P<comp>(?:,|\s+and)\s+(?P<q2>{_QTY})\s+months?\b)?(?P<half>\s+and\s+a\s+half\b)?"
    rf"(?P<trail>{_TRAILER})?)"
)
# a number may carry its other spelling in brackets, as legal texts write it: "two (2) years",
# "10 (ten) days"
_Q_WORDS = rf"(?P<q>{_QTY}|{_VAGUE})"
_L_UNIT = re.compile(
    rf"(?:\b{opening_lookahead(_Q_WORDS)}{_Q_WORDS}(?:\s*\([0-9]+\)|\s*\((?i:{_WORDNUM}"
    rf"(?:[- ]{_WORDNUM})*)\))?(?P<sep>\s*-\s*|\s+)"
    r"|\b(?P<halfa>(?i:half)\s+(?i:an?)\s+))?$"
)
_C_PENALTY = re.compile(
    r"(?P<w>life|death|Life|Death)\b"
    r"(?:(?P<death_rest>\s+(?:sentences?|penalty|penalties))"
    r"|(?P<life_rest>(?:\s+|-)(?:imprisonment|sentences?|terms?|in\s+(?:prison|jail))))?"
    rf"(?P<susp>,?\s+(?:with\s+(?:an?\s+)?(?:(?:{_QTY})[-\s]years?\s+)?(?:reprieve|suspension"
    rf"|stay\s+of\s+execution)|suspended\s+for\s+(?:{_QTY})\s+years?))?"
)
_L_PENALTY = re.compile(
    r"(?:\b(?P<verb>(?i:sentenced|condemned|jailed))\s+to\s+"
    r"|\b(?P<susp_l>(?i:suspended|deferred))\s+)?$"
)
_LEFT_REACH = 40
_NOT_A_DURATION_AFTER = re.compile(
    r"[-\s]*(?:old\b|of\s+age\b|later\b|earlier\b|ago\b|prior\b|hence\b|afterwards?\b"
    r"|younger\b|older\b|senior\b|junior\b)",
    re.IGNORECASE,
)
# "N years after/before X" is a relative time unless a penalty verb comes right before it.
_AFTER_BEFORE = re.compile(r"(?i)\s+(?:after|before)\b")
_PENALTY_CONTEXT = re.compile(
    r"(?i)\b(?:sentenced\s+to|jailed\s+for|imprisoned\s+for|detained\s+for|given|serv(?:e|es|ed"
    r"|ing)|fac(?:e|es|ed|ing)|get|got|gets|received?)\s+(?:about\s+|nearly\s+|almost\s+"
    r"|up\s+to\s+|more\s+than\s+|over\s+|another\s+)?$"
)
# "twice a week", "every two years", "per day": rates, not durations.
_FREQUENCY = re.compile(r"(?i)\b(?:once|twice|times|per|every|each)\s+$")
# "one day he would...", "some day": adverbs, not durations.
_ADVERB = re.compile(r"(?i)(?:one|some)\s+day")
_UNIT_YEARS = {"year": 1.0, "yr": 1.0, "month": 1 / 12, "week": 7 / 365, "day": 1 / 365}


def _left(pattern: re.Pattern[str], text: str, at: int) -> re.Match[str]:
    return left_context(pattern, text, at, _LEFT_REACH)


def _term(text: str, s: int, e: int, qty: float | None, unit: str) -> TermMention:
    unit = "year" if unit == "yr" else unit
    years = None if qty is None else qty * _UNIT_YEARS[unit]
    return TermMention(s, e, text[s:e], years, "term", unit)


def _quantity(q: str) -> tuple[bool, float | None]:
    """(is a quantity, its value): vague amounts ("several") are quantities without value."""
    if re.fullmatch(_VAGUE, q):
        return True, None
    value = parse_number(q)
    return value is not None, value


def _unit_phrase(m: re.Match[str], text: str) -> TermMention | None:
    """A duration ending in a unit: "20-year sentence", "12 years' imprisonment", "18 months"."""
    if m.start() > 0 and text[m.start() - 1].isalpha():
        return None  # "Monday", "birthday"
    left = _left(_L_UNIT, text, m.start())
    if left.group("halfa"):
        return _half_a(m, text, left)
    if not left.group("q"):
        return None
    ok, qty = _quantity(left.group("q"))
    if not ok:
        return None
    if "-" in left.group("sep") or m.group("head"):
        return _adjectival(m, text, left, qty)
    return _noun(m, text, left, qty)


def _half_a(m: re.Match[str], text: str, left: re.Match[str]) -> TermMention | None:
    end = m.end("unit")
    if m.group("pl") or _NOT_A_DURATION_AFTER.match(text, end):
        return None
    return _term(text, left.start(), end, 0.5, m.group("unit"))


def _adjectival(
    m: re.Match[str], text: str, left: re.Match[str], qty: float | None
) -> TermMention | None:
    """ "a nine-year prison sentence": a hyphenated unit counts only before a penalty noun."""
    if not m.group("head"):
        return None  # "47-year-old", "five-year plan"
    return _term(text, left.start(), m.end("head"), qty, m.group("unit"))


def _noun(
    m: re.Match[str], text: str, left: re.Match[str], qty: float | None
) -> TermMention | None:
    """ "10 years in prison", "five years and six months", "two years and a half"."""
    s, e = left.start(), m.end()
    if _NOT_A_DURATION_AFTER.match(text, e) or _FREQUENCY.search(text, max(0, s - 8), s):
        return None
    if _ADVERB.fullmatch(text, s, e):
        return None
    if _AFTER_BEFORE.match(text, e) and not _PENALTY_CONTEXT.search(text, max(0, s - 40), s):
        return None
    if qty is not None and m.group("half"):
        qty += 0.5
    if m.group("comp"):
        months = parse_number(m.group("q2"))
        if qty is None or months is None or m.group("unit") != "year":
            return None
        qty += months / 12
    return _term(text, s, e, qty, m.group("unit"))


def _penalty(m: re.Match[str], text: str) -> TermMention | None:
    """Life and death sentences, with or without the verb: "sentenced to death", "life
    imprisonment", "death with a two-year reprieve"."""
    if m.start() > 0 and text[m.start() - 1].isalpha():
        return None
    left = _left(_L_PENALTY, text, m.start())
    if m.group("w").lower() == "life":
        return _life(m, text, left)
    s, word_end = m.start(), m.end("death_rest") if m.group("death_rest") else m.end("w")
    if left.group("susp_l"):
        return _fixed(text, left.start(), word_end, "suspended_death")
    if m.group("susp"):
        return _fixed(text, s, m.end("susp"), "suspended_death")
    if m.group("death_rest"):
        return _fixed(text, s, word_end, "death")
    return _fixed(text, left.start(), word_end, "death") if left.group("verb") else None


def _life(m: re.Match[str], text: str, left: re.Match[str]) -> TermMention | None:
    if m.group("life_rest") or m.group("death_rest"):
        end = m.end("life_rest") if m.group("life_rest") else m.end("death_rest")
        return _fixed(text, m.start(), end, "life")
    if left.group("verb"):
        return _fixed(text, left.start(), m.end("w"), "life")
    return None


def _fixed(text: str, s: int, e: int, kind: str) -> TermMention:
    return TermMention(s, e, text[s:e], None, kind, "")


_Finder = Callable[[re.Match[str], str], TermMention | None]
_RULES: tuple[tuple[re.Pattern[str], _Finder], ...] = (
    (_C_PENALTY, _penalty),
    (_C_UNIT, _unit_phrase),
)

# the words every match starts with ("year", "life"): each rule is tried only where they
# occur (``literals.scan``), not at every character of the text
_LEADING = tuple(leading_literals(pattern) for pattern, _ in _RULES)


def find_terms(text: str) -> list[TermMention]:
    """Every penalty-length phrase in ``text``, in order, without overlaps (longest wins).

    The caller decides whether a duration is a sentence: "for about six years now" is returned
    like "sentenced to six years"; relative times and ages are not returned at all.
    """
    found: list[TermMention] = []
    folded = Folded(fold(text))
    for (pattern, make), leading in zip(_RULES, _LEADING, strict=True):
        for m in scan(pattern, text, 0, len(text), folded, leading):
            mention = make(m, text)
            if mention is not None and not (mention.unit == "year" and mention.years is not None
                                            and mention.years >= 1000):
                found.append(mention)  # "in 2018 year" (Russian "в 2018 году") is a date
    named = without_overlaps(found)
    return without_overlaps(named + _same_terms(text, named)) if named else named


# "received the same penalty", "was given the same sentence", "an identical term"
_SAME_TERM = re.compile(r"\b(?:the\s+)?(?:same|identical|similar)\s+(?:penalty|sentence|"
                        r"punishment|term|prison\s+term|jail\s+term)\b", re.IGNORECASE)
# words that say a duration before it was a penalty handed down
_PENALTY_CUE = re.compile(r"(?i)\b(?:sentenc|jail|prison|imprison|given|handed|received|term|"
                          r"penalt|punish)")


def _same_terms(text: str, named: list[TermMention]) -> list[TermMention]:
    """A penalty told by reference to the one before it ("His co-defendant received the same
    penalty."): the nearest earlier life or death sentence, or duration worded as a penalty,
    with its length and wording."""
    if "same " not in text and "identical " not in text and "similar " not in text:
        return []
    out: list[TermMention] = []
    for m in _SAME_TERM.finditer(text):
        earlier = [t for t in named if t.end <= m.start() and (
            t.kind != "term" or _PENALTY_CUE.search(text, max(0, t.start - 40), t.end))]
        if earlier:
            src = earlier[-1]
            out.append(TermMention(m.start(), m.end(), src.text, src.years, src.kind, src.unit))
    return out


