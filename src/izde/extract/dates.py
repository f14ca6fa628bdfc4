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
- "N years after <event>" has no date to anchor on: it is returned with ``edtf=None``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from izde.extract.terms import parse_number

__all__ = ["DateMention", "find_dates", "resolve_date"]


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


_RANK = {"day": 0, "month": 1, "season": 2, "year": 3, "decade": 4, "unknown": 5}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_SEASONS = {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MONTH_ALT = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"(?![A-Za-z])"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
_MOD = (
    r"(?P<mod>(?i:early|earlier|late|later|mid|(?:the\s+)?(?:very\s+)?(?:end|beginning|start"
    r"|middle|first\s+half|second\s+half)\s+of))(?:\s*-\s*|\s+)"
)
_REL = r"(?P<rel>(?i:this|last|next))\s+"
_WORD_NUMBERS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
)
_QTY = (
    r"(?P<q>(?i:a\s+few|several|few|some|many|\d+|an?|the"
    rf"|(?:{_WORD_NUMBERS})(?:-(?:{_WORD_NUMBERS}))?))"
)
_UNIT = r"(?P<unit>(?i:day|week|month|year|decade))s?\b"


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_ALT})"


def _year(name: str) -> str:
    return rf"(?P<{name}>1[89]\d\d|20\d\d)(?!\d)"


_P_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<day>[0-3]\d)\b")
_P_MDY = re.compile(rf"(?<![A-Za-z])(?:{_WEEKDAY},?\s+)?{_month('mon')}\s*{_DAY},?\s*{_year('y')}")
_P_DMY = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?<![\d.,])\b{_DAY}\s+(?:of\s+)?{_month('mon')},?\s+{_year('y')}"
)
_P_MY = re.compile(rf"(?:{_MOD})?{_month('mon')},?\s+(?:of\s+)?{_year('y')}")
_P_MD = re.compile(rf"(?:{_REL})?(?:{_WEEKDAY},?\s+)?(?<![A-Za-z]){_month('mon')}\s*{_DAY}")
_P_DM = re.compile(rf"(?:{_REL})?(?<![\d.,])\b{_DAY}\s+(?:of\s+)?{_month('mon')}(?![,\s]*\d)")
_P_MONTH = re.compile(
    r"(?:\b(?P<cue>(?i:in|since|until|till|by|from|during|through|throughout|before|after"
    r"|between|and|or|to|of|around|as\s+of))\s+)?"
    rf"(?P<core>(?:{_MOD})?(?:{_REL})?(?<![A-Za-z]){_month('mon')})(?![\s,]*\d)"
)
_P_SEASON_Y = re.compile(
    rf"(?:{_MOD})?(?:(?i:the)\s+)?\b(?P<season>(?i:spring|summer|autumn|fall|winter))"
    rf",?\s+(?:(?i:of)\s+)?{_year('y')}"
)
_P_SEASON_REL = re.compile(
    rf"(?:{_MOD})?\b{_REL}(?P<season>(?i:spring|summer|autumn|fall|winter))\b"
)
_P_DECADE = re.compile(
    rf"(?:{_MOD})?(?:(?i:the)\s+)?(?:(?P<dec>(?:1[89]|20)\d)0['’]?s|['’](?P<dec2>\d)0s)\b"
)
_P_YEAR_RANGE = re.compile(
    rf"(?<![\d,.])\b{_year('y')}\s*[-–—/]\s*(?:{_year('y2')}|(?P<y2s>\d\d)(?![\d-]))"
)
_P_YEAR = re.compile(rf"(?:{_MOD})?\b{_year('y')}\b")
_P_REL_WORD = re.compile(rf"(?<!the\s)(?:{_MOD})?\b{_REL}(?P<unit>(?i:year|month|week))\b(?!-)")
_P_YESTERDAY = re.compile(r"\b(?i:yesterday)\b")
_P_WEEKDAY = re.compile(
    r"(?:\b(?P<cue>(?i:on|since|by|until|from|that))\s+)?"
    rf"(?P<core>(?:{_REL})?(?P<wd>{_WEEKDAY})(?:\s+(?i:morning|afternoon|evening|night))?)\b"
)
_P_AGO = re.compile(rf"\b{_QTY}\s+(?:[a-z]+\s+)?{_UNIT}\s+(?i:ago)\b")
_P_LATER = re.compile(
    rf"\b{_QTY}\s+(?:(?P<adj>[a-z]+)\s+)?{_UNIT}\s+"
    r"(?P<dir>(?i:later|earlier|afterwards?|after|before|prior))\b"
)
_P_FOLLOWING = re.compile(
    r"\b(?i:the\s+(?P<which>next|following|previous|same|preceding)|(?P<that>that))\s+"
    r"(?P<unit>(?i:day|week|month|year|morning|evening))\b"
)

_COUNT_NOUN = re.compile(
    r"(?i)\s*(?:%|percent|per\s+cent|people|persons|prisoners|detainees|residents|members"
    r"|families|households|camps|villages|students|workers|officers|police|soldiers|km|kilomet"
    r"|miles|met(?:er|re)s|yuan|dollars|tenge|euros|rubles|roubles|pounds|words|pages|cases"
    r"|signatures|letters|documents|individuals|men|women|children|others|times|tons|tonnes"
    r"|hectares|acres|feet|kg|head|sheep|cattle|[A-Z][a-z]+s\b)"
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(?:No\.?|number|room|cell|article|art\.|section|page|version)|[#$€£¥+]"
    r"|\d[\s,.-]?|[,./-])\s*$"
)
_NUMBER_AFTER = re.compile(r"\s*[.,/–-]?\d")
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|(?i:to|until|till|through|and))\s*")
_RANGE_OPEN = re.compile(r"(?i)\b(?:from|between)\s+$")
_ANCHOR_GAP = re.compile(r"\s+(?:(?i:the)\s+)?")


def _pub(published: str | None) -> _Pub:
    m = re.match(r"\s*(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", published or "")
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


def _day_cand(m: re.Match[str], pub: _Pub, explicit: bool) -> _Cand | None:
    """A day-precision date; without an explicit year the year comes from publication."""
    mon, day = _month_no(m.group("mon")), int(m.group("day"))
    rel = (m.groupdict().get("rel") or "").lower()
    y = (
        int(m.group("y"))
        if explicit
        else (_rel_year(pub, rel, mon) if rel else _infer_year(pub, mon, day))
    )
    if not _valid_day(y, mon, day):
        return None
    edtf = _edtf(y, mon, day) if y is not None else f"XXXX-{mon:02d}-{day:02d}"
    s, e = m.span()
    return _Cand(s, e, edtf, "day", not explicit, y, mon, day, year_inferred=not explicit)


def _h_iso(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    y, mon, day = int(m.group("y")), int(m.group("mo")), int(m.group("day"))
    if not (1 <= mon <= 12 and _valid_day(y, mon, day)):
        return None
    return _Cand(m.start(), m.end(), _edtf(y, mon, day), "day", False, y, mon, day)


def _h_full(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    return _day_cand(m, pub, explicit=True)


def _h_partial(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    return _day_cand(m, pub, explicit=False)


def _h_month_year(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    y, mon = int(m.group("y")), _month_no(m.group("mon"))
    return _Cand(m.start(), m.end(), _edtf(y, mon), "month", False, y, mon)


def _h_month(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """A bare month needs a cue ("in May", "mid-May", "last May"): "May" is also a verb."""
    if not (m.group("cue") or m.group("mod") or m.group("rel")):
        return None
    mon, rel = _month_no(m.group("mon")), (m.group("rel") or "").lower()
    y = _rel_year(pub, rel, mon) if rel else _infer_year(pub, mon)
    s, e = m.span("core")
    edtf = _edtf(y, mon) if y is not None else f"XXXX-{mon:02d}"
    return _Cand(s, e, edtf, "month", True, y, mon, year_inferred=True)


def _season_code(y: int, season: str) -> str:
    return f"{y:04d}-{21 + _SEASONS[season.lower()]}"


def _h_season_year(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    code = _season_code(int(m.group("y")), m.group("season"))
    return _Cand(m.start(), m.end(), code, "season")


def _pub_season(pub: _Pub) -> tuple[int, int] | None:
    """(season year, index) of publication; Dec belongs to the next year's winter."""
    if pub.y is None or pub.m is None:
        return None
    idx = {12: 3, 1: 3, 2: 3}.get(pub.m, (pub.m - 3) // 3)
    return (pub.y + 1 if pub.m == 12 else pub.y), idx


def _season_order(y: int, idx: int) -> int:
    """Position in time: a winter (3) comes before the spring (0) of its own year."""
    return y * 4 + (idx + 1) % 4


def _h_season_rel(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    now, idx = _pub_season(pub), _SEASONS[m.group("season").lower()]
    rel = m.group("rel").lower()
    if now is None:
        return None
    y = now[0]
    if rel == "last":
        y = y if _season_order(y, idx) < _season_order(*now) else y - 1
    elif rel == "next":
        y = y if _season_order(y, idx) > _season_order(*now) else y + 1
    else:
        y = _this_season_year(pub, now, idx)
    return _Cand(m.start(), m.end(), _season_code(y, m.group("season")), "season", True)


def _this_season_year(pub: _Pub, now: tuple[int, int], idx: int) -> int:
    """Year of "this <season>": the publication year; for winter the current one, or the
    coming one when published in the second half of the year."""
    if idx != 3:
        return pub.y or now[0]
    if now[1] == 3:
        return now[0]
    return now[0] + 1 if (pub.m or 1) > 6 else now[0]


def _h_decade(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    dec = m.group("dec") or ("19" if int(m.group("dec2")) >= 3 else "20") + m.group("dec2")
    return _Cand(m.start(), m.end(), f"{dec}X", "decade")


def _h_year_range(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    y1 = int(m.group("y"))
    y2 = int(m.group("y2")) if m.group("y2") else y1 // 100 * 100 + int(m.group("y2s"))
    if not y1 < y2 <= y1 + 50 or _NUMBER_AFTER.match(text, m.end()):
        return None
    return _Cand(m.start(), m.end(), f"{y1}/{y2}", "year")


def _h_year(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """A four-digit year, unless it reads as a count, an amount, or part of a number."""
    ys = m.start("y")
    if not m.group("mod") and _NOT_YEAR_BEFORE.search(text, max(0, ys - 8), ys):
        return None
    if _COUNT_NOUN.match(text, m.end()) or _NUMBER_AFTER.match(text, m.end()):
        return None
    if text.startswith(("-", "–"), m.end()):
        return None
    y = int(m.group("y"))
    return _Cand(m.start(), m.end(), _edtf(y), "year", False, y)


def _h_rel_word(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """Resolve "last year", "earlier this month", "next week" against publication."""
    unit, rel = m.group("unit").lower(), m.group("rel").lower()
    step = {"this": 0, "last": -1, "next": 1}[rel]
    s, e = m.span()
    if unit == "week":
        return _week(s, e, pub, step)
    if pub.y is None or (unit == "month" and pub.m is None):
        return _Cand(s, e, None, "unknown", True)
    if unit == "year":
        return _Cand(s, e, _edtf(pub.y + step), "year", True, pub.y + step)
    y, mon = divmod(pub.y * 12 + (pub.m or 1) - 1 + step, 12)
    return _Cand(s, e, _edtf(y, mon + 1), "month", True, y, mon + 1)


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


def _h_yesterday(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    today = _pub_date(pub)
    if today is None:
        return _Cand(m.start(), m.end(), None, "unknown", True)
    day = today - timedelta(days=1)
    return _Cand(m.start(), m.end(), day.isoformat(), "day", True, day.year, day.month, day.day)


def _h_weekday(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """The weekday nearest before publication ("on Monday"), or after it ("next Monday")."""
    today, s, e = _pub_date(pub), *m.span("core")
    if today is None:
        return _Cand(s, e, None, "unknown", True)
    back = (today.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7
    rel = (m.group("rel") or "").lower()
    if rel == "last" and back == 0:
        back = 7
    day = today + timedelta(days=(7 - back) % 7 or 7) if rel == "next" else today - timedelta(back)
    return _Cand(s, e, day.isoformat(), "day", True, day.year, day.month, day.day)


def _amount(m: re.Match[str]) -> int | None:
    q = m.group("q").lower()
    n = 1.0 if q == "the" else parse_number(q)
    return int(n) if n is not None and n == int(n) else None


def _h_ago(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    n, unit = _amount(m), m.group("unit").lower()
    base = _Cand(m.start(), m.end(), None, "unknown", True)
    if n is None or pub.y is None:
        return base
    anchor = _Cand(0, 0, _edtf(pub.y, pub.m, pub.d), _precision_of(pub), y=pub.y, m=pub.m, d=pub.d)
    return _shifted(base, anchor, (-n, unit))


def _h_later(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    """Shift phrases: "three years later" (from the date before), "a day after the Dec. 9"."""
    if (m.group("adj") or "") in {"more", "of", "and", "or", "old"}:
        return None
    n, unit, direction = _amount(m), m.group("unit").lower(), m.group("dir").lower()
    sign = -1 if direction in {"earlier", "before", "prior"} else 1
    anchor = "next" if direction in {"after", "before"} else "prev"
    shift = None if n is None else (sign * n, unit)
    return _Cand(m.start(), m.end(), None, "unknown", True, shift=shift, anchor=anchor)


def _h_following(m: re.Match[str], text: str, pub: _Pub) -> _Cand | None:
    which, unit = (m.group("which") or "same").lower(), m.group("unit").lower()
    unit = "day" if unit in {"morning", "evening"} else unit
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(which, 0)
    return _Cand(m.start(), m.end(), None, "unknown", True, shift=(step, unit), anchor="prev")


def _precision_of(pub: _Pub) -> str:
    return "day" if pub.d else "month" if pub.m else "year"


_Handler = Callable[[re.Match[str], str, _Pub], _Cand | None]
_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_P_ISO, _h_iso),
    (_P_MDY, _h_full),
    (_P_DMY, _h_full),
    (_P_MY, _h_month_year),
    (_P_MD, _h_partial),
    (_P_DM, _h_partial),
    (_P_MONTH, _h_month),
    (_P_SEASON_Y, _h_season_year),
    (_P_SEASON_REL, _h_season_rel),
    (_P_DECADE, _h_decade),
    (_P_YEAR_RANGE, _h_year_range),
    (_P_YEAR, _h_year),
    (_P_REL_WORD, _h_rel_word),
    (_P_YESTERDAY, _h_yesterday),
    (_P_WEEKDAY, _h_weekday),
    (_P_AGO, _h_ago),
    (_P_LATER, _h_later),
    (_P_FOLLOWING, _h_following),
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


def _candidates(text: str, pub: _Pub) -> list[_Cand]:
    found: list[_Cand] = []
    for pattern, handle in _RULES:
        for m in pattern.finditer(text):
            c = handle(m, text, pub)
            if c is not None:
                found.append(c)
    return found


def _without_overlaps(found: list[_Cand]) -> list[_Cand]:
    """Keep the longest of overlapping phrases; earlier rules win ties."""
    kept: list[_Cand] = []
    for c in sorted(found, key=lambda c: c.start - c.end):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _is_anchor(c: _Cand) -> bool:
    return c.edtf is not None and "/" not in c.edtf and c.precision in {"day", "month", "year"}


def _merge_ranges(text: str, cands: list[_Cand], pub: _Pub) -> list[_Cand]:
    """Join "from 2017 to 2019", "between May and July 2018", "2017-2019" into intervals."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and _joins(text, prev, c):
            out[-1] = _interval(prev, c)
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
    return opened or (dash and "and" not in gap.group(0))


def _interval(a: _Cand, b: _Cand) -> _Cand:
    if a.year_inferred and b.y is not None and not b.year_inferred and a.m is not None:
        y = b.y if (a.m, a.d or 0) <= (b.m or 12, b.d or 31) else b.y - 1
        a = replace(a, edtf=_edtf(y, a.m, a.d), y=y)
    prec = max(a.precision, b.precision, key=_RANK.__getitem__)
    edtf = f"{a.edtf}/{b.edtf}" if (a.edtf or "") <= (b.edtf or "") else None
    return _Cand(a.start, b.end, edtf, prec, a.relative or b.relative)


def _resolve_anchors(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Date "N days later" from the nearest preceding date, "a day after the Dec. 9 ..." from
    the date that follows (the two then form one mention)."""
    out: list[_Cand] = []
    last: _Cand | None = None
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if c.anchor == "next" and nxt is not None and _ANCHOR_GAP.fullmatch(text, c.end, nxt.start):
            c = _from_anchor(replace(c, end=nxt.end), nxt)
            i += 1
        elif c.anchor == "prev" and last is not None:
            c = _from_anchor(c, last)
        out.append(c)
        last = c if _is_anchor(c) else last
        i += 1
    return out


def _from_anchor(c: _Cand, anchor: _Cand) -> _Cand:
    if c.shift is None or not _is_anchor(anchor):
        return c
    return _shifted(c, anchor, c.shift)


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date phrase in ``text`` in order, resolved to EDTF against ``published``.

    A phrase that is a date but cannot be resolved (no publication date, "three years after
    his arrest") is still returned, with ``edtf=None``.
    """
    pub = _pub(published)
    cands = _without_overlaps(_candidates(text, pub))
    cands = _resolve_anchors(text, _merge_ranges(text, cands, pub))
    return [
        DateMention(c.start, c.end, text[c.start : c.end], c.edtf, c.precision, c.relative)
        for c in cands
    ]


def resolve_date(phrase: str, published: str | None = None) -> str | None:
    """EDTF of a date phrase found elsewhere ("Dec. 7, 2017", "May", "last fall").

    A bare month is accepted here (the caller already knows the phrase is a date); the
    longest date inside the phrase decides.
    """
    found = find_dates(phrase, published) or find_dates("in " + phrase, published)
    if not found:
        return None
    return max(found, key=lambda d: d.end - d.start).edtf
