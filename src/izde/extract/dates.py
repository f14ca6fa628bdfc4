"""Date expressions in English running text, resolved to EDTF.

News reports date events loosely: "on Dec. 7, 2017", "on May 14" (year left to the reader),
"mid-May", "last fall", "three years later". `find_dates` finds such phrases with compiled
patterns (no date library guesses on running text: `dateparser` fills missing parts silently)
and resolves each against the publication date or, for "N days later", against the nearest
preceding resolved date in the text. The result is never more precise than the wording:
"late 2019" is "2019", "mid-May" is "2017-05", "in the spring of 2018" is the EDTF level 1
season "2018-21".

Conventions where English is ambiguous:
- A month or day without a year is the most recent one not after publication.
- "last <month>" / "last <season>" is the most recent one before the publication's own month
  or season ("last February" published 2021-02-22 is 2020-02); "this <month>" is in the
  publication year.
- Seasons use meteorological months (spring = Mar-May, ..., winter = Dec-Feb); a winter takes
  the year of its January.
- "last week" is the EDTF interval of the Monday-Sunday week before publication.
- "since April 2017" is resolved to its start, "2017-04"; the span leaves out the preposition.
- "N years after <event>" counts from the date of a sentence before that tells the same event
  (a word with the same stem: "the day after he crossed" ... "crossed the border on 3 March");
  without one it is returned with ``edtf=None``; so is "three years later" when no date
  precedes it, and any relative phrase without a usable publication date. "N days later"
  takes the nearest preceding date however far back it is.
- "on the 14th", "the 21st of that month": that day of the month told before (``edtf=None``
  when no month is told); ordinals that count other things ("the 14th floor") are no dates.
- Numeric dates: "07.12.2017" is day-first (usage in Kazakhstan, Russia, Europe); "12/7/2017"
  is read only when one number cannot be a month, otherwise only its year is kept.
- "from 2017 to 2019", "between May and July 2018", "2017-2019", "April–December 2018" are
  EDTF intervals.
- "the same evening" in a clause told with "also" ("was also detained and released the same
  evening") is the day of the act it parallels, not of the last date told.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from izde.extract.literals import Folded, leading_literals, opening_lookahead, scan
from izde.extract.spans import at_line_starts, fold, left_context, without_overlaps
from izde.extract.terms import parse_number
from izde.extract.values import value_class

__all__ = ["DateMention", "counted_from", "find_dates", "resolve_date"]


@value_class
class DateMention:
    start: int
    end: int
    text: str  # == source[start:end]
    edtf: str | None  # "2017-12-07", "2017-05", "2018", "2019-21", "199X", "2019/2020"
    precision: str  # "day" | "month" | "year" | "season" | "decade" | "unknown"
    relative: bool  # resolved against the publication date or an anchor in the text


@dataclass(frozen=True)
class _Pub:
    y: int | None = None
    m: int | None = None
    d: int | None = None


@value_class
class _Cand:
    """A found phrase before overlaps, ranges and anchors are settled."""

    start: int
    end: int
    edtf: str | None
    precision: str
    relative: bool = False
    y: int | None = None
    m: int | None = None
    d: int | None = None
    year_inferred: bool = False
    shift: tuple[int, str] | None = None  # (signed amount, unit) from an anchor
    anchor: str = ""  # "prev": nearest preceding date; "next": the date right after
    season: int | None = None  # "that spring": season index, the year from the anchor
    day_of: int | None = None  # "on the 14th": that day of the anchor's month
    rel_told: bool = False  # "last May", "this May": the year is told, relative to publication
    vague: str = ""  # "weeks later" ("bare") / "several weeks later" ("some"): approximate
    slashed: tuple[int, int] | None = None  # "12/06/2018": either number may be the month
    slash_first: str = ""  # "25/06/2018": "day" (first), "06/25/2018": "month"
    weekday: int | None = None  # "on Friday": its index, for a story told in its own week


_RANK = {"day": 0, "month": 1, "season": 2, "year": 3, "decade": 4, "unknown": 5}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_SEASONS = {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

# Every pattern below starts with a fixed word or digit, so that the regex engine can skip
# quickly to candidate positions; words that may precede a date ("in", "mid-", "last") are read
# afterwards by a *left-context* pattern anchored at the date's start (see `_left`).
_MONTH = (
    r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"(?![A-Za-z])"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89][0-9][0-9]|20[0-9][0-9])(?![0-9])"
# "[0-3]?[0-9]" spelled so that a pattern starting with it starts with a digit class, which
# lets the regex engine skip straight to digits (same matches, tried in the same order)
_D2 = r"[0-9](?:(?<=[0-3])[0-9])?"
_DAY = rf"(?P<day>{_D2})(?:st|nd|rd|th)?(?![0-9:])"
# each part of a left context opens with a lookahead of its first letters (see
# ``literals.opening_lookahead``): the same matches, found with fewer engine steps
_MOD_WORDS = (r"(?P<mod>(?i:early|earlier|late|later|mid|(?:the\s+)?(?:very\s+)?(?:end|beginning"
              r"|start|middle|first\s+half|second\s+half)\s+of))")
_MOD = rf"(?:\b{opening_lookahead(_MOD_WORDS)}{_MOD_WORDS}(?:\s*-\s*|\s+))"
_REL_WORDS = r"(?P<rel>(?i:this|last|next))"
_REL = rf"(?:\b{opening_lookahead(_REL_WORDS)}{_REL_WORDS}\s+)"
_CUE_WORDS = (r"(?P<cue>(?i:in|on|since|until|till|by|from|during|through|throughout|before"
              r"|after|between|and|or|to|of|around|as\s+of|that))")
_CUE = rf"(?:\b{opening_lookahead(_CUE_WORDS)}{_CUE_WORDS}\s+)"
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
)
_QTY = (
    r"(?P<q>(?i:a\s+few|several|few|some|many|[0-9]+|an?|the"
    rf"|(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?))"
)

_C_MONTH = re.compile(
    rf"{_MONTH}(?:\s*{_DAY}(?:,?\s*(?P<y>{_YEAR}))?|,?\s+(?:of\s+)?(?P<my>{_YEAR}))?"
)
# after a day, a month written in lower case too ("on 24 july", informal posts); alone, a
# lower-case "march" or "may" is a verb
_MONTH_AFTER_DAY = _MONTH.replace(
    "|Dec(?:ember|\\.)?)", "|Dec(?:ember|\\.)?|january|february|march|april|june|july|august|"
    "september|october|november|december)")
_C_DAY_MONTH = re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH_AFTER_DAY}(?:,?\s+(?P<y>{_YEAR}))?")
# patterns that open with a character class let the engine skip to the next digit at C
# speed ("[0-9][0-9]{3}", not "[0-9]{4}"; see also ``_C_NUMERIC_MONTH``)
_C_ISO = re.compile(r"(?P<y>[0-9][0-9]{3})-(?P<mo>[01][0-9])(?:-(?P<day>[0-3][0-9]))?"
                    r"(?![0-9]|[./-][0-9])")
_C_NUMERIC = re.compile(
    rf"(?P<a>{_D2})(?P<sep>[./-])(?P<b>{_D2})(?P=sep)(?P<y>{_YEAR})(?![./-]?[0-9])"
)
_C_YEAR = re.compile(
    rf"(?P<y>{_YEAR})(?P<s>['’]?s\b)?"
    r"(?:\s*[-–—/]\s*(?:(?P<y2>(?:1[89]|20)[0-9]{2})|(?P<y2s>[0-9]{2}))(?![0-9-]))?"
)
_C_SHORT_DECADE = re.compile(r"['’](?P<dec>[0-9])0s\b")
_C_SEASON = re.compile(
    r"(?P<season>spring|Spring|summer|Summer|autumn|Autumn|fall|Fall|winter|Winter)\b"
    rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?"
)
_C_UNIT = re.compile(
    r"(?P<unit>year|month|week|day|decade|morning|evening|night|hour|minute)(?P<pl>s)?\b"
    r"(?:\s+(?P<dir>ago|later|earlier|afterwards?|after|before|prior)\b)?"
)
_C_WEEKDAY = re.compile(rf"(?P<wd>{_WEEKDAY})\b(?:\s+(?:morning|afternoon|evening|night)\b)?")
_C_YESTERDAY = re.compile(r"(?:yesterday|Yesterday)\b")

_L_DATE = re.compile(rf"{_CUE}?{_MOD}?{_REL}?(?:\b(?P<wd>{_WEEKDAY}),?\s+)?$")
_L_YEAR = re.compile(
    r"(?:\b(?P<the>(?i:the))\s+(?!(?i:very|end|beginning|start|middle|first|second)\b))?"
    rf"{_MOD}?$"
)
_L_SEASON = re.compile(
    rf"{_MOD}?(?:\b(?i:the)\s+(?P<which>(?i:following|next|previous|preceding))\s+"
    r"|\b(?P<rel>(?i:this|last|next|the|that))\s+)?$"
)
_L_UNIT = re.compile(
    rf"(?:(?P<relp>{_MOD}?{_REL})"
    r"|(?P<follow>(?:\b(?i:early|earlier|late|later|mid)(?:\s*-\s*|\s+))?"
    r"\b(?i:the\s+(?P<which>next|following|previous|same|preceding)|that(?:\s+(?:same|very))?)"
    r"\s+)"
    rf"|(?P<qtyp>\b{_QTY}\s+(?:(?P<adj>[a-z]+)\s+)?))?$"
)
_LEFT_REACH = 40
_TIMES_OF_DAY = frozenset({"morning", "evening", "night"})
# "at around the same time": the time of the event told just before, no more precise than a
# month (the words are vague); a bare "at the same time" is as often "meanwhile", so not read.
# Spelled out in both cases (no (?i)) so that the engine can skip to the letters that start it.
_C_SAME_TIME = re.compile(r"(?:around|Around|about|About|roughly|Roughly|approximately|"
                          r"Approximately)\s+the\s+same\s+(?:time|period)\b")

_COUNT_NOUN = re.compile(
    r"(?i)\s*(?:%|percent|per\s+cent|people|persons|prisoners|detainees|residents|members"
    r"|families|households|camps|villages|students|workers|officers|police|soldiers|km|kilomet"
    r"|miles|met(?:er|re)s|yuan|dollars|tenge|euros|rubles|roubles|pounds|words|pages|cases"
    r"|signatures|letters|documents|individuals|men|women|children|others|times|tons|tonnes"
    r"|hectares|acres|feet|kg|head|sheep|cattle|(?-i:[A-Z][a-z]+s)\b)"
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(?:No\.?|number|room|cell|article|art\.|section|page|version)|[#$€£¥+]"
    r"|[0-9][\s,.-]?|[,./-])\s*$"
)
# "In 2019 police detained ...": a year that opens the sentence after a preposition is a time,
# whatever noun starts the clause after it ("in 2019 police" is no count of police)
_OPENER = re.compile(r"(?:^|[.!?;:\n]\s*|[“\"]\s*)(?:In|By|Since|During|Until|From|Through)\s+$")
_NUMBER_AFTER = re.compile(r"\s*[.,/–-]?[0-9]")
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|(?i:to|until|till|through|and))\s*")
_RANGE_OPEN = re.compile(r"(?i)\b(?:from|between)\s+$")
_ANCHOR_GAP = re.compile(r"\s+(?:(?i:the)\s+)?")
_NOT_AN_ADJECTIVE = {"more", "of", "and", "or", "old", "in", "for", "to", "the"}


def _left(pattern: re.Pattern[str], text: str, at: int) -> re.Match[str]:
    return left_context(pattern, text, at, _LEFT_REACH)


def _left_start(left: re.Match[str], at: int, groups: tuple[str, ...]) -> int:
    """Where a mention starts: at the first of ``groups`` found before it, else at ``at``."""
    starts = [left.start(g) for g in groups if left.group(g)]
    return min(starts, default=at)


def _word_start(text: str, at: int) -> bool:
    return at == 0 or not text[at - 1].isalnum()


def _pub(published: str | None) -> _Pub:
    m = re.match(r"\s*([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", published or "")
    if not m:
        return _Pub()
    y, mo, d = (int(g) if g else None for g in m.groups())
    return _Pub(y, mo, d)


def _edtf(y: int, m: int | None = None, d: int | None = None) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else "")


def _valid_day(y: int | None, m: int, d: int) -> bool:
    last = calendar.monthrange(y if y is not None else 2000, m)[1]
    return 1 <= d <= last


def _month_no(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _infer_year(pub: _Pub, m: int, d: int | None = None) -> int | None:
    """The year of the most recent month (and day) not after publication."""
    if pub.y is None or pub.m is None:
        return pub.y
    return pub.y if (m, d or 0) <= (pub.m, pub.d or 31) else pub.y - 1


def _rel_year(pub: _Pub, rel: str, m: int) -> int | None:
    """Year of "this/last/next <month>" relative to the publication month."""
    if pub.y is None or (pub.m is None and rel != "this"):
        return None
    if rel == "this" or pub.m is None:
        return pub.y
    if rel == "last":
        return pub.y if m < pub.m else pub.y - 1
    return pub.y if m > pub.m else pub.y + 1


def _day(s: int, e: int, pub: _Pub, mon: int, day: int, y: int | None, rel: str) -> _Cand | None:
    """A day-precision date; without an explicit year ``y`` the year comes from publication."""
    explicit = y is not None
    if y is None:
        y = _rel_year(pub, rel, mon) if rel else _infer_year(pub, mon, day)
    if not _valid_day(y, mon, day):
        return None
    edtf = _edtf(y, mon, day) if y is not None else f"XXXX-{mon:02d}-{day:02d}"
    return _Cand(s, e, edtf, "day", not explicit, y, mon, day, year_inferred=not explicit,
                 rel_told=bool(rel))


def _month_only(s: int, e: int, pub: _Pub, mon: int, rel: str) -> _Cand:
    y = _rel_year(pub, rel, mon) if rel else _infer_year(pub, mon)
    edtf = _edtf(y, mon) if y is not None else f"XXXX-{mon:02d}"
    return _Cand(s, e, edtf, "month", True, y, mon, year_inferred=True, rel_told=bool(rel))


def _h_month(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """ "Dec. 7, 2017", "Dec. 7", "May 2017", and a bare month when a word before it shows
    that it is one ("in May", "mid-May", "last May"): "May" is also a verb."""
    if not _word_start(text, m.start()):
        return None
    left = _left(_L_DATE, text, m.start())
    s, e = _left_start(left, m.start(), ("mod", "rel", "wd")), m.end()
    mon, rel = _month_no(m.group("mon")), (left.group("rel") or "").lower()
    if m.group("day"):
        y = int(m.group("y")) if m.group("y") else None
        if y is None and not rel:
            told = _day_of_year(text, e, s, pub, mon, int(m.group("day")))
            if told is not None:
                return told
        day = _day(s, e, pub, mon, int(m.group("day")), y, rel)
        if day is None and y is not None:  # "Feb 30, 2019": keep what is certain
            return _Cand(s, e, _edtf(y, mon), "month", False, y, mon)
        return day
    if m.group("my"):
        y = int(m.group("my"))
        return _Cand(s, e, _edtf(y, mon), "month", False, y, mon)
    of_year = None if rel else _of_year(text, e, s, pub, mon=mon)
    if of_year is not None:
        return of_year
    if not (left.group("cue") or left.group("mod") or rel or _OPENS_RANGE.match(text, e)):
        return None
    if (left.group("cue") or "").lower() == "that":
        # "in April 2018 ... and that June she vanished": the June of the year told before
        return _Cand(s, e, None, "unknown", True, shift=(0, "year"), anchor="prev", m=mon)
    return _month_only(s, e, pub, mon, rel)


# "April–December 2018", "March through June 2019": a bare month that opens a range ending in
# a month with its year is a date (the range is joined in `_merge_ranges`)
_OPENS_RANGE = re.compile(rf"\s*(?:-|–|—|(?:to|until|till|through)\s)\s*(?:{_D2}\s+)?" + _MONTH
                          + rf"(?:\s*{_D2})?,?\s+(?:of\s+)?{_YEAR}")


# "January of last year", "May this year", "the autumn of the previous year": a month or season
# of a year told against publication ("last year") or against the year narrated before ("the
# previous year", "that year"); "last year's" is a possessive, not a time
_R_OF_YEAR = re.compile(
    r",?\s+(?:of\s+)?(?:(?P<rel>this|last|next)|(?:the\s+)?(?P<which>previous|preceding|"
    r"following|next|same|that))\s+year\b(?!['’])", re.IGNORECASE)
_STEP = {"this": 0, "last": -1, "next": 1, "previous": -1, "preceding": -1, "following": 1,
         "same": 0, "that": 0}


def _of_year(text: str, at: int, s: int, pub: _Pub, mon: int | None = None,
             season: int | None = None) -> _Cand | None:
    """A month or season (index ``season``) followed at ``at`` by the year it belongs to."""
    r = _R_OF_YEAR.match(text, at)
    if r is None:
        return None
    step = _STEP[(r.group("rel") or r.group("which")).lower()]
    if r.group("rel"):
        return _in_year(s, r.end(), None if pub.y is None else pub.y + step, mon, season)
    # counted from the year told before; with none, "the previous year" is the one before
    # publication ("last year"), the others stay unresolved
    alone = pub.y + step if pub.y is not None and step < 0 else None
    c = _in_year(s, r.end(), alone, mon, season)
    return replace(c, shift=(step, "year"), anchor="prev", m=mon, season=season)


def _day_of_year(text: str, at: int, s: int, pub: _Pub, mon: int, day: int) -> _Cand | None:
    """A day followed at ``at`` by "last year", "this year" or "next year", told against
    publication ("on January 16 last year" published in 2024 is 2023-01-16)."""
    r = _R_OF_YEAR.match(text, at)
    if r is not None and r.group("which") is not None:
        # "on March 14 that year", "on 2 May of the following year": the year told before
        return _Cand(s, r.end(), None, "unknown", True, shift=(_STEP[r.group("which").lower()],
                                                                "year"), anchor="prev", m=mon,
                     d=day)
    if r is None or r.group("rel") is None or pub.y is None:
        return None
    y = pub.y + _STEP[r.group("rel").lower()]
    if not _valid_day(y, mon, day):
        return None
    return _Cand(s, r.end(), _edtf(y, mon, day), "day", True, y, mon, day, rel_told=True)


def _in_year(s: int, e: int, y: int | None, mon: int | None, season: int | None) -> _Cand:
    if y is None:
        return _Cand(s, e, None, "unknown", True)
    if season is not None:
        return _Cand(s, e, f"{y:04d}-{21 + season}", "season", True, y)
    return _Cand(s, e, _edtf(y, mon), "month", True, y, mon)


def _h_day_month(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """ "7 December 2017", "7th of December", "14 May"."""
    if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,"):
        return None
    left = _left(_L_DATE, text, m.start())
    s = _left_start(left, m.start(), ("rel", "wd"))
    y = int(m.group("y")) if m.group("y") else None
    rel = (left.group("rel") or "").lower()
    if y is None and not rel:
        told = _day_of_year(text, m.end(), s, pub, _month_no(m.group("mon")),
                            int(m.group("day")))
        if told is not None:
            return told
    return _day(s, m.end(), pub, _month_no(m.group("mon")), int(m.group("day")), y, rel)


def _h_iso(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    y, mon = int(m.group("y")), int(m.group("mo"))
    if not (_word_start(text, m.start()) and 1 <= mon <= 12):
        return None
    if m.group("day") is None:
        # a year and month, as a record or spreadsheet writes them ("2017-12"), unless the
        # pair reads as a span of years going forward ("2010-12" is 2010 to 2012)
        if not (1900 <= y <= 2099) or (mon > y % 100 and m.group("mo")[0] != "0"):
            return None
        return _Cand(m.start(), m.end(), _edtf(y, mon, None), "month", False, y, mon, None)
    day = int(m.group("day"))
    if not _valid_day(y, mon, day):
        return None
    return _Cand(m.start(), m.end(), _edtf(y, mon, day), "day", False, y, mon, day)


def _h_numeric(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """ "07.12.2017" is day-first (the usage of Kazakhstan, Russia, Europe); "12/7/2017" is read
    only when one number cannot be a month, otherwise it gives just the year."""
    if not _word_start(text, m.start()):
        return None
    if _NOT_YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if m.group("sep") == "/" and a <= 12 and b <= 12 and a != b:
        return _Cand(m.start(), m.end(), _edtf(y), "year", False, y, slashed=(a, b))
    day, mon = (b, a) if m.group("sep") == "/" and b > 12 else (a, b)
    if not (1 <= mon <= 12 and _valid_day(y, mon, day)):
        return None
    first = ("month" if b > 12 else "day" if a > 12 else "") if m.group("sep") == "/" else ""
    return _Cand(m.start(), m.end(), _edtf(y, mon, day), "day", False, y, mon, day,
                 slash_first=first)


# "on 05.03.18", "since 12.06.19": a day in figures with a two-digit year, as protocols and
# testimonies from the post-Soviet space write it; read only after a word that introduces a
# date (a bare "3.12.18" may be a version or a score)
_C_NUMERIC_SHORT = re.compile(rf"(?P<a>{_D2})\.(?P<b>{_D2})\.(?P<yy>[0-9]{{2}})(?![0-9]|\.[0-9])")
_L_SHORT_CUE = re.compile(r"\b(?i:on|since|from|until|till|by|before|after|dated|of|to)\s+$")


def _h_numeric_short(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    if not _word_start(text, m.start()) or not _L_SHORT_CUE.search(
            text, max(0, m.start() - 8), m.start()):
        return None
    day, mon, yy = int(m.group("a")), int(m.group("b")), int(m.group("yy"))
    y = 2000 + yy if 2000 + yy <= (pub.y or 2030) else 1900 + yy
    if not (1 <= mon <= 12 and _valid_day(y, mon, day)):
        return None
    return _Cand(m.start(), m.end(), _edtf(y, mon, day), "day", False, y, mon, day)


# year first, as Chinese documents and their translations write dates: "2018.04.12",
# "2018/4/12", "2018年4月12日", "2018年4月"
_C_YEAR_FIRST = re.compile(rf"(?P<y>{_YEAR})(?:(?P<sep>[./])(?P<mo>[01]?[0-9])(?P=sep)"
                           r"(?P<day>[0-3]?[0-9])(?![0-9./])|\s*年\s*(?P<cmo>[01]?[0-9])\s*月"
                           r"(?:\s*(?P<cday>[0-3]?[0-9])\s*日)?)")


def _h_year_first(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    y = int(m.group("y"))
    mon = int(m.group("mo") or m.group("cmo"))
    day_text = m.group("day") or m.group("cday")
    if not 1 <= mon <= 12 or (m.group("sep") and not _word_start(text, m.start())):
        return None
    if day_text is None:
        return _Cand(m.start(), m.end(), _edtf(y, mon), "month", False, y, mon)
    day = int(day_text)
    if not _valid_day(y, mon, day):
        return None
    return _Cand(m.start(), m.end(), _edtf(y, mon, day), "day", False, y, mon, day)


# "In 03.2018 they took my mother", "since 11/2019": month and year in figures, as testimonies
# from Turkey and Central Asia write them; not inside a full "07.12.2017", nor a decimal
# ("1.2000 tonnes") or a version ("version 3.2018")
# "[01]?[0-9]" spelled to open with a class (same matches, tried in the same order)
_C_NUMERIC_MONTH = re.compile(rf"(?P<mo>[0-9](?:(?<=[01])[0-9])?)[./](?P<y>{_YEAR})"
                              r"(?![./,]?[0-9])")
_L_NUMERIC_MONTH = re.compile(r"(?:\b(?P<cue>(?i:in|since|from|until|till|by|before|after|"
                              r"between|and|to|of|as\s+of))\s+)?$")
_MAGNITUDE = re.compile(r"\s*(?i:million|billion|thousand|mln|bn)\b")
_NOT_MONTH_BEFORE = re.compile(r"(?i)(?:\b(?:No\.?|number|room|cell|article|art\.|section|page"
                               r"|version|v)|[#$€£¥+])\s*$")


def _h_numeric_month(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """ "03.2018", "11/2019": a month when its number has two digits ("03") or a word before
    shows that it is a date ("in 3.2018")."""
    at, mon, y = m.start(), int(m.group("mo")), int(m.group("y"))
    if not 1 <= mon <= 12 or (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "./,")):
        return None
    if _NOT_MONTH_BEFORE.search(text, max(0, at - 8), at):
        return None
    if _COUNT_NOUN.match(text, m.end()) or _MAGNITUDE.match(text, m.end()):
        return None
    if len(m.group("mo")) == 1 and not _left(_L_NUMERIC_MONTH, text, at).group("cue"):
        return None
    return _Cand(at, m.end(), _edtf(y, mon), "month", False, y, mon)


def _h_year(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """A year ("2018", "late 2019"), a decade ("the 1990s") or a range ("2017-2019")."""
    if not _word_start(text, m.start()):
        return None
    left = _left(_L_YEAR, text, m.start())
    y = int(m.group("y"))
    if m.group("s"):
        s = _left_start(left, m.start(), ("mod", "the"))
        return _Cand(s, m.end(), f"{y // 10}X", "decade") if y % 10 == 0 else None
    if m.group("y2") or m.group("y2s"):
        y2 = int(m.group("y2")) if m.group("y2") else y // 100 * 100 + int(m.group("y2s"))
        if y < y2 <= y + 50 and not _NUMBER_AFTER.match(text, m.end()):
            return _Cand(m.start(), m.end(), f"{y}/{y2}", "year")
    return _single_year(m, text, left, y)


def _single_year(m: re.Match[str], text: str, left: re.Match[str], y: int) -> _Cand | None:
    """A four-digit number is a year unless it reads as a count, an amount or a code."""
    end = m.end("y")
    if not left.group("mod") and _NOT_YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    if _NUMBER_AFTER.match(text, end) or (
            _COUNT_NOUN.match(text, end) and not _OPENER.search(text, max(0, m.start() - 9),
                                                                 m.start())):
        return None
    if text.startswith(("-", "–"), end):
        return None
    s = _left_start(left, m.start(), ("mod",))
    return _Cand(s, end, _edtf(y), "year", False, y)


def _h_short_decade(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    left = _left(_L_YEAR, text, m.start())
    dec = int(m.group("dec"))
    century = "19" if dec >= 3 else "20"
    s = _left_start(left, m.start(), ("mod", "the"))
    return _Cand(s, m.end(), f"{century}{dec}X", "decade")


def _season_code(y: int, season: str) -> str:
    return f"{y:04d}-{21 + _SEASONS[season.lower()]}"


def _h_season(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """ "the spring of 2018", "autumn 2018", "last fall", "this winter"."""
    if not _word_start(text, m.start()):
        return None
    left = _left(_L_SEASON, text, m.start())
    s = _left_start(left, m.start(), ("mod", "which", "rel"))
    if left.group("which"):
        s = left.start("which") - 4  # "the following spring": from "the"
    rel, season = (left.group("rel") or "").lower(), m.group("season")
    if m.group("y"):
        y = int(m.group("y"))
        return _Cand(s, m.end(), _season_code(y, season), "season", y=y)
    idx = _SEASONS[season.lower()]
    if left.group("which"):  # "the following spring": the next one after the anchor
        step = -1 if left.group("which").lower() in {"previous", "preceding"} else 1
        return _Cand(s, m.end("season"), None, "unknown", True, anchor="prev", season=idx,
                     shift=(step, "season"))
    if rel in {"", "the"}:
        of_year = _of_year(text, m.end("season"), s, pub, season=idx)
        if of_year is None and rel == "the" and _IN_THE.search(text, max(0, s - 8), s):
            # "In 2017 he was arrested. In the autumn ...": the first autumn from then on
            return _Cand(s, m.end("season"), None, "unknown", True, anchor="prev", season=idx,
                         shift=(0, "season"))
        return of_year
    if rel == "that":  # "He died that spring": the spring of the year told just before
        return _Cand(s, m.end("season"), None, "unknown", True, anchor="prev",
                     season=_SEASONS[season.lower()])
    sy = _season_year(pub, rel, _SEASONS[season.lower()])
    code = None if sy is None else _season_code(sy, season)
    return _Cand(s, m.end("season"), code, "season" if code else "unknown", True)


_IN_THE = re.compile(r"\b(?i:in|during|by|over|through)\s+$")


def _pub_season(pub: _Pub) -> tuple[int, int] | None:
    """(season year, index) of publication; Dec belongs to the next year's winter."""
    if pub.y is None or pub.m is None:
        return None
    idx = {12: 3, 1: 3, 2: 3}.get(pub.m, (pub.m - 3) // 3)
    return (pub.y + 1 if pub.m == 12 else pub.y), idx


def _season_order(y: int, idx: int) -> int:
    """Position in time: a winter (3) comes before the spring (0) of its own year."""
    return y * 4 + (idx + 1) % 4


def _season_year(pub: _Pub, rel: str, idx: int) -> int | None:
    now = _pub_season(pub)
    if now is None:
        return None
    y = now[0]
    if rel == "last":
        return y if _season_order(y, idx) < _season_order(*now) else y - 1
    if rel == "next":
        return y if _season_order(y, idx) > _season_order(*now) else y + 1
    if idx != 3:
        return pub.y
    # "this winter": the current one, or the coming one in the second half of the year.
    return y if now[1] == 3 or (pub.m or 1) <= 6 else y + 1


def _h_unit(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """Phrases built on a time unit: "last year", "the next day", "two days later/ago"."""
    unit, plural, direction = m.group("unit"), bool(m.group("pl")), m.group("dir")
    if not _word_start(text, m.start()) or (plural and not direction):
        return None  # "years in prison": plural units date nothing without "ago"/"later"
    left = _left(_L_UNIT, text, m.start())
    if unit in _CLOCK_UNITS:
        # "About 15 minutes later", "two hours later": the day of the time told before
        if direction not in _LATER and direction != "earlier":
            return None
        start = left.start("q") if left.group("qtyp") else m.start()
        return _Cand(start, m.end(), None, "unknown", True, shift=(0, "day"), anchor="prev")
    unit_end = m.end("pl") if plural else m.end("unit")
    if left.group("relp") and not plural and unit in {"year", "month", "week"}:
        if text[max(0, left.start() - 4) : left.start()].lower() == "the ":
            return None  # "in the last year": a duration
        return _rel_unit(left.start(), unit_end, pub, unit, left.group("rel").lower())
    if left.group("follow") and not plural:
        return _following(left, unit_end, unit)
    if left.group("qtyp") and direction:
        if _FOR_BEFORE.search(text, max(0, left.start("q") - 5), left.start("q")):
            return None  # "held for nine days before he was deported": a duration
        return _shift_phrase(m, left, pub)
    if plural and direction in _LATER:
        return _vaguely_later(m.start(), m.end(), unit, "bare")
    return None


_LATER = frozenset({"later", "afterwards", "afterward"})
_CLOCK_UNITS = frozenset({"hour", "minute"})  # counted within one day
# the same, opening a sentence ("Weeks later, ..."; `_C_UNIT` reads lower case only)
_C_VAGUE = re.compile(r"(?P<unit>Day|Week|Month)s\s+(?:later|afterwards?)\b")


def _h_vague(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    return _vaguely_later(m.start(), m.end(), m.group("unit").lower(), "bare")
# "weeks later", "a few days later": some time after the anchor, told no finer than its
# month (days, weeks) or year (months); "years later" says too little to date anything
_VAGUE_UNIT = {"day": "month", "week": "month", "month": "year"}


def _vaguely_later(s: int, e: int, unit: str, how: str) -> _Cand:
    coarse = _VAGUE_UNIT.get(unit)
    shift = None if coarse is None else (0, coarse)
    return _Cand(s, e, None, "unknown", True, shift=shift, anchor="prev", vague=how)


def _rel_unit(s: int, e: int, pub: _Pub, unit: str, rel: str) -> _Cand:
    """Resolve "last year", "earlier this month", "next week" against publication."""
    step = {"this": 0, "last": -1, "next": 1}[rel]
    if unit == "week":
        return _week(s, e, pub, step)
    if pub.y is None or (unit == "month" and pub.m is None):
        return _Cand(s, e, None, "unknown", True)
    if unit == "year":
        return _Cand(s, e, _edtf(pub.y + step), "year", True, pub.y + step)
    y, mon = divmod(pub.y * 12 + (pub.m or 1) - 1 + step, 12)
    return _Cand(s, e, _edtf(y, mon + 1), "month", True, y, mon + 1)


def _following(left: re.Match[str], end: int, unit: str) -> _Cand:
    which = (left.group("which") or "same").lower()
    unit = "day" if unit in _TIMES_OF_DAY else unit
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(which, 0)
    return _Cand(left.start(), end, None, "unknown", True, shift=(step, unit), anchor="prev")


def _amount(q: str, plural: bool) -> int | None:
    n = (None if plural else 1.0) if q == "the" else parse_number(q)
    return int(n) if n is not None and n == int(n) else None


def _shift_phrase(m: re.Match[str], left: re.Match[str], pub: _Pub) -> _Cand | None:
    """ "two years ago" (from publication), "three years later" (from the date before), "a day
    after the Dec. 9 ..." (from the date that follows)."""
    if (left.group("adj") or "") in _NOT_AN_ADJECTIVE or m.group("unit") in _TIMES_OF_DAY:
        return None
    n = _amount(left.group("q").lower(), bool(m.group("pl")))
    direction, unit = m.group("dir"), m.group("unit")
    base = _Cand(left.start("q"), m.end(), None, "unknown", True)
    if direction == "ago":
        return base if n is None else _from_publication(base, pub, (-n, unit))
    sign = -1 if direction in {"earlier", "before", "prior"} else 1
    anchor = "next" if direction in {"after", "before"} else "prev"
    if n is None and direction in _LATER:
        return _vaguely_later(base.start, base.end, unit, "some")
    shift = None if n is None else (sign * n, unit)
    return replace(base, shift=shift, anchor=anchor)


_FOR_BEFORE = re.compile(r"\b(?i:for)\s+$")


def _from_publication(c: _Cand, pub: _Pub, shift: tuple[int, str]) -> _Cand:
    if pub.y is None:
        return c
    prec = "day" if pub.d else "month" if pub.m else "year"
    anchor = _Cand(0, 0, _edtf(pub.y, pub.m, pub.d), prec, y=pub.y, m=pub.m, d=pub.d)
    return _shifted(c, anchor, shift)


def _pub_date(pub: _Pub) -> date | None:
    if pub.y is None or pub.m is None or pub.d is None:
        return None
    return date(pub.y, pub.m, pub.d) if _valid_day(pub.y, pub.m, pub.d) else None


def _week(s: int, e: int, pub: _Pub, step: int) -> _Cand:
    today = _pub_date(pub)
    if today is None:
        return _Cand(s, e, None, "unknown", True)
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
    edtf = f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    return _Cand(s, e, edtf, "day", True)


def _on_day(s: int, e: int, day: date) -> _Cand:
    return _Cand(s, e, day.isoformat(), "day", True, day.year, day.month, day.day)


def _h_yesterday(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    today = _pub_date(pub)
    if not _word_start(text, m.start()):
        return None
    if today is None:
        return _Cand(m.start(), m.end(), None, "unknown", True)
    return _on_day(m.start(), m.end(), today - timedelta(days=1))


def _h_weekday(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """The weekday nearest before publication ("on Monday"), or after it ("next Monday");
    a habit ("every Monday", "on Mondays") is no date."""
    if _HABIT.search(text, max(0, m.start() - 8), m.start()) or text.startswith("s", m.end()):
        return None
    left = _left(_L_DATE, text, m.start())
    s, e, today = _left_start(left, m.start(), ("rel",)), m.end(), _pub_date(pub)
    if today is None:
        return _Cand(s, e, None, "unknown", True)
    back = (today.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7
    rel = (left.group("rel") or "").lower()
    if rel == "next":
        return _on_day(s, e, today + timedelta(days=(7 - back) % 7 or 7))
    day = _on_day(s, e, today - timedelta(days=7 if rel == "last" and back == 0 else back))
    return day if rel else replace(day, weekday=_WEEKDAYS[m.group("wd").lower()])


_HABIT = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)


def _h_same_time(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    return _Cand(m.start(), m.end(), None, "unknown", True, shift=(0, "month"), anchor="prev")


# "on the 14th", "the 21st of that month": a day of the month the narrative is in. An ordinal
# that counts something else ("the 14th floor", "the 20th Party Congress") is no date.
_C_ORDINAL_DAY = re.compile(
    rf"(?P<day>{_D2})(?:st|nd|rd|th)\b(?:\s+of\s+(?:that|the\s+same)\s+month\b)?"
    r"(?![-‐]|\s+[A-Z]|\s+(?i:century|centuries|floor|stor(?:e)?y|anniversary|birthday|times?|"
    r"days?|weeks?|months?|years?|grade|class|place|round|session|congress|plenum|edition|"
    r"article|paragraph|clause|row|district|division|regiment|brigade|corps|amendment|"
    r"generation|minutes?|hours?|attempt|person|one|largest|biggest|most|street|avenue|"
    r"degree|level|stage|party|in\s+line|of\s+(?!(?:that|the\s+same)\s+month)))"
)
_L_ORDINAL_DAY = re.compile(r"(?:\b(?P<the>(?i:the))\s+)?$")


def _h_ordinal_day(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """ "on the 14th", "the 21st of that month": the day of the month told just before."""
    left = _left(_L_ORDINAL_DAY, text, m.start())
    day = int(m.group("day"))
    if not left.group("the") or not 1 <= day <= 31:
        return None
    return _Cand(left.start("the"), m.end(), None, "unknown", True, anchor="prev", day_of=day)


_Handler = Callable[[re.Match[str], str, _Pub], _Cand | None]
_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_C_MONTH, _h_month),
    (_C_DAY_MONTH, _h_day_month),
    (_C_ISO, _h_iso),
    (_C_NUMERIC, _h_numeric),
    (_C_NUMERIC_SHORT, _h_numeric_short),
    (_C_YEAR_FIRST, _h_year_first),
    (_C_NUMERIC_MONTH, _h_numeric_month),
    (_C_YEAR, _h_year),
    (_C_SHORT_DECADE, _h_short_decade),
    (_C_SEASON, _h_season),
    (_C_UNIT, _h_unit),
    (_C_VAGUE, _h_vague),
    (_C_WEEKDAY, _h_weekday),
    (_C_YESTERDAY, _h_yesterday),
    (_C_SAME_TIME, _h_same_time),
    (_C_ORDINAL_DAY, _h_ordinal_day),
)


def _shifted(c: _Cand, anchor: _Cand, shift: tuple[int, str]) -> _Cand:
    """``c`` dated ``shift`` from ``anchor``, as precise as the coarser of the two allows."""
    n, unit = shift
    if anchor.y is None:
        return c
    unit = "year" if unit == "decade" else unit
    n = n * 10 if shift[1] == "decade" else n
    y, mon, d = anchor.y, anchor.m or 1, anchor.d or 1
    if unit in {"day", "week"}:
        day = date(y, mon, min(d, calendar.monthrange(y, mon)[1]))
        day += timedelta(days=n * (7 if unit == "week" else 1))
        y, mon, d = day.year, day.month, day.day
    elif unit == "month":
        y, mon = divmod(y * 12 + mon - 1 + n, 12)
        mon += 1
    else:
        y += n
    unit_prec = "day" if unit in {"day", "week"} else unit
    prec = max(unit_prec, anchor.precision, key=_RANK.__getitem__)
    nd = d if prec == "day" else None
    nm = mon if prec in {"day", "month"} else None
    return replace(c, edtf=_edtf(y, nm, nd), precision=prec, y=y, m=nm, d=nd, relative=True)


# the words each rule's matches start with ("Jan", "spring", "year"): a rule is tried only
# where they occur (``literals.scan``); rules opening with a digit or a quote mark scan as
# usual (the engine skips to the next such character at C speed)
_LEADING = tuple(None if lead is None or min(map(len, lead)) < 3 else lead
                 for lead in (leading_literals(pattern) for pattern, _ in _RULES))
# rules that can match only where a literal occurs: a substring test skips the scan
_GATES: dict[re.Pattern[str], tuple[str, ...]] = {_C_VAGUE: ("s later", "s after"),
                                                  _C_YEAR_FIRST: ("年", ".", "/"),
                                                  _C_SHORT_DECADE: ("0s",)}


# rules opening with a digit try every digit of the text; most texts hold none of the shapes
# that all their matches contain: a digit, a separator and a digit ("12.06.2018", "2018-06-12",
# "6/2019", also "2018年"), or an ordinal ("5th"). One search per text for the shape rules them
# out (the same matches: each shape is a part of every match of its rules)
# (年 is tested apart, in ``_has_shape``: "[0-9][./-][0-9]|年" would keep the engine from
# skipping to the next digit at C speed, 2.5 times slower over a report)
_SEPARATED = re.compile(r"[0-9][./-][0-9]")
_ORDINAL = re.compile(r"[0-9](?:st|nd|rd|th)")
_SHAPES: dict[re.Pattern[str], re.Pattern[str]] = {
    **{p: _SEPARATED for p in (_C_ISO, _C_NUMERIC, _C_NUMERIC_SHORT, _C_YEAR_FIRST,
                               _C_NUMERIC_MONTH)},
    _C_ORDINAL_DAY: _ORDINAL}


def _candidates(text: str, pub: _Pub) -> list[_Cand]:
    found: list[_Cand] = []
    folded = Folded(fold(text))
    shapes: dict[re.Pattern[str], bool] = {}
    for (pattern, handle), leading in zip(_RULES, _LEADING, strict=True):
        gate = _GATES.get(pattern)
        if gate is not None and not any(g in text for g in gate):
            continue
        shape = _SHAPES.get(pattern)
        if shape is not None and not _has_shape(shape, text, shapes):
            continue
        for m in scan(pattern, text, 0, len(text), folded, leading):
            c = handle(m, text, pub)
            if c is not None:
                found.append(c)
    return found


def _has_shape(shape: re.Pattern[str], text: str, seen: dict[re.Pattern[str], bool]) -> bool:
    """Whether ``shape`` occurs in ``text``, searched once per text (``seen``)."""
    held = seen.get(shape)
    if held is None:
        held = seen[shape] = shape.search(text) is not None or (
            shape is _SEPARATED and "年" in text)
    return held


def _is_anchor(c: _Cand) -> bool:
    return c.edtf is not None and "/" not in c.edtf and c.precision in {"day", "month", "year"}


def _is_year_anchor(c: _Cand) -> bool:
    """A season with its year ("the fall of 2017"): precise enough for "that year"."""
    return c.edtf is not None and "/" not in c.edtf and c.precision == "season" and \
        c.y is not None


def _merge_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join "from 2017 to 2019", "between May and July 2018", "2017-2019" into intervals."""
    out: list[_Cand] = []
    for c in cands:
        joined = _interval(out[-1], c) if out and _joins(text, out[-1], c) else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(c)
    return out


def _joins(text: str, a: _Cand, b: _Cand) -> bool:
    if not (_is_anchor(a) and _is_anchor(b) and a.shift is None and b.shift is None):
        return False
    gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return False
    dash = gap.group(0).strip() in {"-", "–", "—"}
    opened = _RANGE_OPEN.search(text, max(0, a.start - 9), a.start) is not None
    return opened or (dash and "and" not in gap.group(0)) or _month_span(text, a, b)


def _month_span(text: str, a: _Cand, b: _Cand) -> bool:
    """ "April through June 2018": a bare month ranging to a month of a told year."""
    return (a.precision == "month" and a.year_inferred and not b.year_inferred
            and _OPENS_RANGE.match(text, a.end) is not None)


def _interval(a: _Cand, b: _Cand) -> _Cand | None:
    """The interval from ``a`` to ``b``; None when ``b`` comes first ("2019 to 2017")."""
    if a.year_inferred and b.y is not None and not b.year_inferred and a.m is not None:
        y = b.y if (a.m, a.d or 0) <= (b.m or 12, b.d or 31) else b.y - 1
        a = replace(a, edtf=_edtf(y, a.m, a.d), y=y)
    prec = max(a.precision, b.precision, key=_RANK.__getitem__)
    if (a.edtf or "") > (b.edtf or ""):
        return None
    return _Cand(a.start, b.end, f"{a.edtf}/{b.edtf}", prec, a.relative or b.relative)


def _resolve_anchors(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Date "N days later" from the nearest preceding date, "a day after the Dec. 9 ..." from
    the date that follows (the two then form one mention)."""
    out: list[_Cand] = []
    anchors: list[_Cand] = []
    seasons: list[_Cand] = []  # seasons with their year: anchors for "that year" only
    told: _Cand | None = None  # the latest date told with its own year (see _year_from_told)
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if c.anchor and out and (not out[-1].relative or out[-1].year_inferred) and \
                out[-1].edtf and _RESTATED.fullmatch(text, out[-1].end, c.start):
            i += 1  # "In February 2018, a month after he crossed,": the date before is its date
            continue
        if c.anchor == "next" and nxt is not None and _ANCHOR_GAP.fullmatch(text, c.end, nxt.start):
            c = _from_anchor(replace(c, end=nxt.end), nxt)
            i += 1
        elif c.anchor == "prev" and (anchors or seasons):
            # "in the fall of 2017 ... in October of that year": a season names its year
            pool = sorted(anchors + seasons, key=lambda a: a.start) if (
                seasons and c.shift is not None and c.shift[1] == "year") else anchors
            if pool:
                c = _from_anchor(c, _parallel(text, c, pool) or _antecedent(text, c, pool))
        elif c.anchor == "next" and anchors:
            told = _told_event(text, c, anchors)
            c = c if told is None else _from_anchor(c, told)
        i += 1
        if c.shift == (0, "season") and c.edtf is None:
            continue  # "in the spring" with no year told: no date ("He marched in the spring")
        if c.vague == "bare" and c.edtf is None:
            continue  # "Days later he was gone." with nothing told before: no date at all
        c = _in_week_told(text, c, told)
        c = _year_from_told(text, c, out[-1] if out else None, told)
        c = _year_from_story(text, c, out)
        out.append(c)
        if _is_anchor(c):
            anchors.append(c)
        elif _is_year_anchor(c):
            seasons.append(c)
        if c.y is not None and not (c.year_inferred or c.relative) and "/" not in (c.edtf or "/"):
            told = c
    return out


def _in_week_told(text: str, c: _Cand, told: _Cand | None) -> _Cand:
    """ "17 April 2018. You call from the bus station ... you will come home on Friday": a bare
    weekday in a timeline's entry headed by a day told with its year is in that day's week
    (the next such weekday after it), not in publication's. Elsewhere a bare weekday keeps
    the news convention (the week of publication)."""
    if c.weekday is None or told is None or told.precision != "day" or told.y is None \
            or told.m is None or told.d is None or "\n" in text[told.end:c.start] \
            or not _heads_entry(text, told):
        return c
    anchor = date(told.y, told.m, told.d)
    if c.y is not None and c.m is not None and c.d is not None and \
            abs((date(c.y, c.m, c.d) - anchor).days) <= _SAME_WEEK:
        return c
    ahead = (c.weekday - anchor.weekday()) % 7 or 7
    return replace(_on_day(c.start, c.end, anchor + timedelta(days=ahead)), weekday=None)


_SAME_WEEK = 7  # days: a weekday resolved this close to the told day needs no second look
_ENTRY_HEAD_END = re.compile(r"[ \t]*[.:—–-]")


def _heads_entry(text: str, c: _Cand) -> bool:
    """The date opens its line and ends there or in a full stop, colon or dash, as a
    timeline's entry does ("17 April 2018. You call ...", "3 May 2019 — ...")."""
    line = text.rfind("\n", 0, c.start) + 1
    return not text[line:c.start].strip() and _ENTRY_HEAD_END.match(text, c.end) is not None


# "A year later, in March, ...": a month set beside the year just counted
_APPOSED_MONTH = re.compile(r"\s*,?\s*(?:(?i:in|on|by|around)\s+)?")


def _year_from_told(text: str, c: _Cand, last: _Cand | None, told: _Cand | None) -> _Cand:
    """ "missing since the summer of 2018. He called me on the evening of June 9": a month (and
    day) without a year that falls in the season, or is the month, ``told`` with a year just
    before takes that year rather than publication's (the story is still in that season).
    Set beside a year just told (``last``: "A year later, in March"; "in 2016, in May"), or
    beside the same month just counted ("Two months later, in August"), it is in that year."""
    if not c.year_inferred or c.m is None or c.rel_told or _state_to_now(text, c):
        return c
    if (last is not None and last.y is not None and last.edtf
            and (last.precision == "year" or last.m == c.m)
            and _APPOSED_MONTH.fullmatch(text, last.end, c.start)):
        return _with_year(c, last.y)
    if told is None or c.start - told.end > _ANTECEDENT_REACH:
        return c
    y = _year_within(told, c.m)
    return c if y is None else _with_year(c, y)


def _year_from_story(text: str, c: _Cand, before: list[_Cand]) -> _Cand:
    """A month without a year that the story told with its year before ("missing since he
    travelled to China in November 2017 ... he was taken away in November") is that month,
    not publication's (a definite reference back, like a pronoun). Another month keeps
    publication's year (see ``_year_from_told``), and so does a day ("on March 9"), which
    news reports use for recent events, and a month that starts a state lasting to now ("since
    January, police have had her mother call her every week")."""
    if (not c.year_inferred or c.m is None or c.d is not None or c.rel_told
            or c.edtf is None):
        return c
    if _state_to_now(text, c):
        return c
    for b in reversed(before):
        if c.start - b.end > _STORY_REACH:
            break
        if b.m == c.m and b.y is not None and not (b.year_inferred or b.relative):
            return _with_year(c, b.y)
    return c


_STORY_REACH = 3000  # characters back to the same month told with its year: a report's body


def _state_to_now(text: str, c: _Cand) -> bool:
    """Whether the month ``c`` starts a state its sentence tells in the present perfect ("since
    January, police have had her mother call her every week"): the most recent such month."""
    if not _SINCE_MONTH.search(text, max(0, c.start - 8), c.start):
        return False
    lo = max(_clause_start(text, c.start), c.start - 150)
    hi = min(x for x in (text.find(". ", c.end), text.find("\n", c.end), c.end + 150) if x >= 0)
    return _PERFECT.search(text, max(0, lo), hi) is not None


_SINCE_MONTH = re.compile(r"\b(?:[Ss]ince|[Ee]ver\s+since)\s+$")
# the present perfect of a state lasting to now, in the same sentence: "have had", "has been"
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:not\s+|never\s+|only\s+|repeatedly\s+)?(?:been|had|"
                      r"[a-z]+ed)\b", re.IGNORECASE)


def _with_year(c: _Cand, y: int) -> _Cand:
    if c.m is None or (c.d is not None and not _valid_day(y, c.m, c.d)):
        return c
    return replace(c, edtf=_edtf(y, c.m, c.d), y=y)


def _year_within(told: _Cand, mon: int) -> int | None:
    """The year of month ``mon`` when it lies in the season or is the month ``told``."""
    if told.precision == "season" and told.edtf and told.y is not None:
        idx = int(told.edtf[-2:]) - 21
        if {12: 3, 1: 3, 2: 3}.get(mon, (mon - 3) // 3) == idx:
            return told.y - (1 if mon == 12 else 0)
    if told.precision in {"month", "day"} and told.m == mon:
        return told.y
    return None


_ANTECEDENT_REACH = 1500  # characters: about the reach of a pronoun (see references)
# what "the day after" / "two weeks before" counts from when no date follows: a clause ("he
# crossed", "they had left") or a possessed noun ("his arrest")
_EVENT_AFTER = re.compile(r"\s+(?:(?:he|she|they|I|we)\s+(?:had\s+)?(?:been\s+)?|"
                          r"(?:his|her|their|my|our)\s+)(?P<word>[a-z]{4,})\b")


def _told_event(text: str, c: _Cand, anchors: list[_Cand]) -> _Cand | None:
    """ "the day after he crossed": the latest date within reach whose sentence tells that
    event (a word with the same stem, "crossed the border on 3 March"), if any; else None:
    the phrase stays undated rather than taking an unrelated date."""
    m = _EVENT_AFTER.match(text, c.end)
    if m is None:
        return None
    stem = m.group("word")[:5]
    for a in reversed(anchors):
        if c.start - a.end > _ANTECEDENT_REACH:
            break
        lo = _clause_start(text, a.start)
        hi = text.find(".", a.end) % (len(text) + 1)
        if re.search(rf"\b{re.escape(stem)}", text[lo:hi], re.IGNORECASE):
            return a
        if stem in _JOURNEY_STEMS and _journey_at(text, a, lo, hi):
            return _to_month(a)
    return None


# "the day after he crossed" when the crossing was told in other words ("swam across the river
# and walked through the mountains to reach Kazakhstan in March"): crossing, arriving,
# returning, fleeing are the one journey; its date is then kept to the month at most, as the
# words do not say which step of the journey "the day after" counts from
_JOURNEY_STEMS = frozenset({"cross", "arriv", "retur", "fled", "escap", "reach", "enter"})
# (not "arrived in Khorgos": reaching a border town comes before crossing there)
_JOURNEY = re.compile(r"\b(?:cross|across|swam|swim|walk|reach|enter|fled|flee|escap|"
                      r"return|trekk|hiked|smuggl|travell?(?:ed|ing)\b|flew\s+(?:back\s+)?to\b|"
                      r"went\s+back\b|came\s+(?:back\s+)?(?:to|into|over)\b|"
                      r"made\s+(?:it|his|her|their)\s+(?:way\s+)?(?:to|into|across)\b)",
                      re.IGNORECASE)
_JOURNEY_REACH = 60  # characters between the journey verb and its date: one clause
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\b", re.IGNORECASE)


def _journey_at(text: str, a: _Cand, lo: int, hi: int) -> bool:
    """A journey verb of the anchor's own clause (near it, not in a relative clause about
    someone described: "a herder who fled ... went on trial on Tuesday")."""
    for m in _JOURNEY.finditer(text, max(lo, a.start - _JOURNEY_REACH),
                               min(hi, a.end + _JOURNEY_REACH)):
        if not _RELATIVE_BEFORE.search(text, max(lo, m.start() - 40), m.start()):
            return True
    return False


def _to_month(a: _Cand) -> _Cand:
    if a.precision != "day" or a.edtf is None:
        return a
    return replace(a, edtf=a.edtf[:7], precision="month", d=None)


# "A second woman was also detained and released the same evening": "also" makes the clause a
# parallel of one told before; "the same evening" is that one's, not the last date's
_ALSO = re.compile(r"\balso\s+(?:(?:been|being|be)\s+)?(?P<word>[a-z]{4,})\b")
_NOT_THE_ONLY = re.compile(r"\bnot\s+the\s+only\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:be\s+)?"
                          r"(?P<word>[a-z]{4,})\b")
# verbs that tell the same act in other words ("was also taken away" parallels "detained")
_SAME_ACT = (frozenset({"detai", "arres", "taken", "take", "held", "seize", "appre", "picke",
                        "grabb", "round", "force"}),
             frozenset({"relea", "freed", "let", "set"}),
             frozenset({"fined", "sente", "convi", "jaile"}),
             frozenset({"vanis", "disap", "missi"}))


def _parallel(text: str, c: _Cand, anchors: list[_Cand]) -> _Cand | None:
    """For "the same day/evening" in a clause told with "also" (or after "X was not the only
    one to vanish"), the date of the latest sentence within reach that tells the same act
    (same stem or a verb of the same act)."""
    reach = _ANTECEDENT_REACH
    window = text[max(0, c.start - 300):c.start]
    if c.shift is None or c.shift[0] != 0 or ("also" not in window and "only" not in window):
        return None
    lo = _clause_start(text, c.start)
    m = _ALSO.search(text, lo, c.start)
    if m is None:
        # "X was not the only member of the staff to vanish. His colleague ... was taken the
        # same month": the sentence before says what the two share
        prev = _clause_start(text, max(0, lo - 2))
        m = _NOT_THE_ONLY.search(text, prev, lo) if lo - prev < 300 else None
        if m is None:
            return None
        lo, reach = prev, _STORY_REACH  # (the act it parallels may be the story's first)
    stems = _act_stems(m.group("word")[:5])
    for a in reversed(anchors):
        if c.start - a.end > reach:
            break
        a_lo = _clause_start(text, a.start)
        a_hi = text.find(".", a.end) % (len(text) + 1)
        if a_lo < lo and any(re.search(rf"\b{w}", text[a_lo:a_hi]) for w in stems):
            return a
    return None


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last ". " or line break before it."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
# a count set right after a date restates it ("On 23 April 2018, two weeks later,", "on
# September 9, exactly a week after his arrest,"): it counts from the date before that one
_RESTATED = re.compile(r"\s*[,(–—-]\s*(?:(?:exactly|just|only|almost|nearly|about|some|"
                       r"precisely)\s+)?")


def _same_sentence(text: str, start: int, end: int) -> bool:
    return end - start < 200 and _SENTENCE_BREAK.search(text, start, end) is None


def _sentence_before(text: str, a: _Cand, c: _Cand) -> bool:
    """ "In January 2018 he went back for a funeral. The next morning, ...": a date told with
    its own year in the sentence just before sets the story's time, however coarse it is."""
    return (not (a.relative or a.year_inferred) and c.start - a.end < _NEXT_SENTENCE_REACH
            and len(_SENTENCE_BREAK.findall(text, a.end, c.start)) == 1)


_NEXT_SENTENCE_REACH = 400  # characters: a long sentence


def _act_stems(stem: str) -> frozenset[str]:
    return next((group for group in _SAME_ACT if stem in group or stem[:4] in group),
                frozenset({stem}))


def _antecedent(text: str, c: _Cand, anchors: list[_Cand]) -> _Cand:
    """The date "the same week" or "two days later" counts from: the latest one precise
    enough to name that day, week or month ("last month" cannot anchor "the same week", so an
    earlier "April 11" within reach does); the latest date of all when none is. A date in the
    phrase's own sentence anchors it whatever its precision ("In March 2019 she was taken to
    the infirmary, and two days later she died": March 2019, not a day told years before)."""
    if anchors and _RESTATED.fullmatch(text, anchors[-1].end, c.start) and len(anchors) > 1:
        anchors = anchors[:-1]  # "On 23 April 2018, two weeks later": from the date before
    elif anchors and (_same_sentence(text, anchors[-1].end, c.start)
                      or _sentence_before(text, anchors[-1], c)):
        return anchors[-1]
    unit = "month" if c.day_of else c.shift[1] if c.shift else "year"
    need = (_RANK["day"] if unit in {"day", "week"} or unit in _TIMES_OF_DAY
            else _RANK.get(unit, _RANK["year"]))
    for a in reversed(anchors):
        if c.start - a.end > _ANTECEDENT_REACH:
            break
        if _RANK[a.precision] <= need:
            return a
    return anchors[-1]


def _from_anchor(c: _Cand, anchor: _Cand) -> _Cand:
    if not (_is_anchor(anchor) or _is_year_anchor(anchor)) or anchor.y is None:
        return c
    if c.day_of is not None:
        return _day_of(c, anchor)
    if c.season is not None:
        return _season_from(c, c.season, anchor)
    if c.shift is None:
        return c
    if c.m is not None and c.shift[1] == "year":  # "in May of the previous year"
        y = anchor.y + c.shift[0]
        if c.d is not None and _valid_day(y, c.m, c.d):  # "on March 14 that year"
            return replace(c, edtf=_edtf(y, c.m, c.d), precision="day", y=y)
        return replace(c, edtf=_edtf(y, c.m), precision="month", y=y)
    return _shifted(c, anchor, c.shift)


def _season_from(c: _Cand, idx: int, anchor: _Cand) -> _Cand:
    """ "that spring" (the anchor's year), "the spring of the previous year", "the following
    spring" (the first spring after the anchor's month or, for a bare year, after that year)."""
    y = anchor.y or 0
    step, unit = c.shift or (0, "year")
    if unit == "season":
        y = _season_after(anchor, idx, step)
    else:
        y += step + (1 if step == 0 and idx == 3 and anchor.m == 12 else 0)  # winter: Jan's
    return replace(c, edtf=f"{y:04d}-{21 + idx}", precision="season", y=y)


def _season_after(anchor: _Cand, idx: int, step: int) -> int:
    """The season year of the first season ``idx`` after (``step`` 1), before (-1) or not
    before (0) the anchor, in the order of `_season_order` (a winter before the spring of
    its year)."""
    y = anchor.y or 0
    if anchor.m is not None:
        here = _season_order(y + (anchor.m == 12), {12: 3, 1: 3, 2: 3}.get(
            anchor.m, (anchor.m - 3) // 3))
        lo = hi = here
    else:
        lo, hi = y * 4, y * 4 + 3
    k = (idx + 1) % 4
    if step == 0:  # "in the autumn": the first not before the anchor
        return (lo - k + 3) // 4
    return (hi - k) // 4 + 1 if step > 0 else (lo - k - 1) // 4



def _day_of(c: _Cand, anchor: _Cand) -> _Cand:
    """ "on the 9th" after "in March 2019": 2019-03-09; no date when the anchor names no month
    or the month has no such day."""
    if anchor.m is None or not _valid_day(anchor.y, anchor.m, c.day_of or 0):
        return c
    return replace(c, edtf=_edtf(anchor.y or 0, anchor.m, c.day_of), precision="day",
                   y=anchor.y, m=anchor.m, d=c.day_of)


# A wire dateline opening a line: the place(s) the story was filed from, the filing date,
# an optional agency, a dash: "ALMATY/BEIJING, May 18 (Reuters) - ", "Almaty, December 10 -- ",
# "BISHKEK, Kyrgyzstan, Jan. 5 (RFA) -- ". Its date is when the report was written, not when
# anything in it happened ("..., May 18 (Reuters) - A scholar who disappeared six years ago
# was sentenced to life").
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][\w'’.-]*(?:[ /-][A-Z][\w'’.-]*){0,3}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r",\s*(?P<date>" + _MONTH.replace("(?P<mon>", "(?:") + r"\s+\d{1,2}(?:,\s*\d{4})?)"
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:--?|—|–)")


def _dateline_dates(text: str) -> list[tuple[int, int]]:
    """Spans of filing dates in datelines (cheap: only lines with a dash near their start)."""
    if "-" not in text and "—" not in text and "–" not in text:
        return []
    return [m.span("date") for m in at_line_starts(_DATELINE, text)]


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date phrase in ``text`` in order, resolved to EDTF against ``published``.

    A phrase that is a date but cannot be resolved (no publication date, "three years after
    his arrest") is still returned, with ``edtf=None``. A dateline's filing date is not a
    date of the story and is left out.
    """
    pub = _pub(published)
    cands = _slash_order(without_overlaps(_candidates(text, pub)))
    filed = _dateline_dates(text)
    if filed:
        cands = [c for c in cands if not any(s <= c.start < e for s, e in filed)]
    cands = _resolve_anchors(text, _merge_ranges(text, cands))
    found = [
        DateMention(c.start, c.end, text[c.start : c.end], _approximate(c), c.precision,
                    c.relative)
        for c in cands
    ]
    if "\n" not in text:
        return found
    return _live_entries(text, _diary(text, _timeline(text, found)), pub)


# a diary or a log: a full date alone on its line heads the entry under it ("9 January 2017",
# "Monday, 9 January 2017", "2017-01-09")
_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December)")
_DATE_LINE = re.compile(r"(?m)^[ \t#*_]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
                        r"(?P<date>[0-3]?[0-9][ \t]+" + _MONTH_NAMES + r"[ \t]+(?:19|20)\d\d|"
                        + _MONTH_NAMES + r"[ \t]+[0-3]?[0-9],?[ \t]+(?:19|20)\d\d|"
                        r"(?:19|20)\d\d-[01]\d-[0-3]\d)[ \t*_:.]*$")


# a live blog's update: a clock time opening its line, then a dash ("11:15 — Police ...")
_CLOCK_ENTRY = re.compile(r"(?m)^[ \t*_]*(?P<t>[0-2]?\d[:.][0-5]\d)(?:[ \t]*(?:local|UTC|GMT|"
                          r"[ap]\.?m\.?))?[ \t*_]*[—–-]")


def _live_entries(text: str, found: list[DateMention], pub: _Pub) -> list[DateMention]:
    """A live blog's updates (two or more lines opening with a clock time and a dash) tell
    what happened on the day it is published: each clock time is that day ("11:15 — A second
    activist has been detained" was detained on the publication date)."""
    if pub.y is None or pub.m is None or pub.d is None or ":" not in text:
        return found
    clocks = list(_CLOCK_ENTRY.finditer(text))
    if len(clocks) < _MIN_HEADINGS:
        return found
    day = _edtf(pub.y, pub.m, pub.d)
    stamps = [DateMention(m.start("t"), m.end("t"), m.group("t"), day, "day", True)
              for m in clocks]
    return sorted([*found, *stamps], key=lambda d: d.start)


@lru_cache(maxsize=8)
def _date_lines(text: str) -> tuple[re.Match[str], ...]:
    """The date lines heading a diary's entries; none when the text has fewer than two (it
    is then no diary). Kept for the last few texts: the dates of a document read them, then
    each of its undated events (``diary_days``)."""
    heads = tuple(at_line_starts(_DATE_LINE, text)) if "\n" in text else ()
    return heads if len(heads) >= _MIN_HEADINGS else ()


@lru_cache(maxsize=8)
def diary_days(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, EDTF day) of the date heading each entry of a diary (``_date_lines``)."""
    days = ((h.start("date"), h.end("date"), resolve_date(h.group("date")))
            for h in _date_lines(text))
    return tuple((start, end, day) for start, end, day in days if day)


def _diary(text: str, found: list[DateMention]) -> list[DateMention]:
    """The relative dates of a diary's entries read against the entry's own date: under
    "3 December 2018", "last month" is November 2018, not a month before publication."""
    heads = _date_lines(text)
    if not heads:
        return found
    out = [d for d in found if d.start < heads[0].start()]
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        own = [d for d in found if h.start() <= d.start < end]
        day = next((d.edtf for d in own if d.start == h.start("date")), None)
        if day is None or not any(d.relative for d in own):
            out.extend(own)
            continue
        again = find_dates(text[h.end():end], day)
        out.extend(d for d in own if d.start < h.end())
        out.extend(replace(d, start=d.start + h.end(), end=d.end + h.end()) for d in again)
    return out


# a timeline: a year alone on its line (perhaps bold, with a colon), then entries that open
# with a month or a day and a month ("- May: ...", "14 February: ...")
_YEAR_LINE = re.compile(r"(?m)^[ \t#*_]*(?P<y>(?:19|20)\d\d)[ \t*_:.]*$")
_ENTRY = re.compile(r"(?m)^[ \t]*(?:[-*•–][ \t]+)?(?:(?P<d>[0-3]?[0-9])[ \t]+)?(?P<mon>January|"
                    r"February|March|April|May|June|July|August|September|October|November|"
                    r"December)(?:[ \t]+(?P<d2>[0-3]?[0-9]))?(?=[ \t]*:)")
_MIN_HEADINGS = 2


def _timeline(text: str, found: list[DateMention]) -> list[DateMention]:
    """The entries of a timeline dated in the year heading them: "2018" on its own line, then
    "- May: Qanat's mother is held ..." is May 2018, whatever the publication date (which
    a bare month would otherwise take). A text with fewer than two year lines is no
    timeline."""
    years = at_line_starts(_YEAR_LINE, text)
    if len(years) < _MIN_HEADINGS:
        return found
    heads = [y.start() for y in years]
    entries: list[DateMention] = []
    for m in _ENTRY.finditer(text):
        i = bisect.bisect_right(heads, m.start()) - 1
        if i < 0:
            continue
        year, mon = int(years[i].group("y")), _MONTHS[m.group("mon")[:3].lower()]
        day = m.group("d") or m.group("d2")
        s = m.start("d") if m.group("d") else m.start("mon")
        if day and not _valid_day(year, mon, int(day)):
            continue
        edtf = _edtf(year, mon, int(day) if day else None)
        entries.append(DateMention(s, m.end(), text[s:m.end()], edtf,
                                   "day" if day else "month", False))
    taken = [(e.start, e.end) for e in entries]
    kept = [d for d in found if not any(a < d.end and d.start < b for a, b in taken)]
    return sorted([*kept, *entries], key=lambda d: d.start)


def _approximate(c: _Cand) -> str | None:
    """EDTF of a candidate, marked approximate ("2018-06~") when its wording is vague."""
    return f"{c.edtf}~" if c.vague and c.edtf and "/" not in c.edtf else c.edtf


def _slash_order(cands: list[_Cand]) -> list[_Cand]:
    """ "12/06/2018" is read day-first when the same text writes another slashed date that can
    only be day-first ("25/06/2018"), month-first when one can only be that ("06/25/2018"),
    and as its year alone when the text gives no such evidence or contradicts itself."""
    unsure = [c for c in cands if c.slashed is not None]
    if not unsure:
        return cands
    orders = {c.slash_first for c in cands if c.slash_first}
    if len(orders) != 1:
        return cands
    first = orders.pop()
    return [_read_slashed(c, first) if c.slashed is not None else c for c in cands]


def _read_slashed(c: _Cand, first: str) -> _Cand:
    a, b = c.slashed or (0, 0)
    day, mon = (a, b) if first == "day" else (b, a)
    if c.y is None or not _valid_day(c.y, mon, day):
        return c
    return replace(c, edtf=_edtf(c.y, mon, day), precision="day", m=mon, d=day)


def counted_from(phrase: str, anchor: str) -> str | None:
    """EDTF of a phrase counted from another date ("a year later" from "2018-02" is "2019-02"),
    as precise as the coarser of the two; None when the phrase counts from nothing."""
    m = re.fullmatch(r"([0-9]{4})(?:-([01][0-9])(?:-([0-3][0-9]))?)?", anchor)
    if m is None:
        return None
    y, mo, d = (int(g) if g else None for g in m.groups())
    base = _Cand(0, 0, anchor, "day" if d else "month" if mo else "year", y=y, m=mo, d=d)
    for c in without_overlaps(_candidates(phrase, _Pub())):
        if c.anchor == "prev" and (c.shift is not None or c.day_of is not None):
            return _from_anchor(c, base).edtf
    return None


def resolve_date(phrase: str, published: str | None = None) -> str | None:
    """EDTF of a date phrase found elsewhere ("Dec. 7, 2017", "May", "last fall").

    A bare month is accepted here (the caller already knows the phrase is a date); the
    longest date inside the phrase decides.
    """
    found = find_dates(phrase, published) or find_dates("in " + phrase, published)
    if not found:
        return None
    return max(found, key=lambda d: d.end - d.start).edtf
