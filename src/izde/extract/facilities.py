"""Facility phrases: the prison, camp or detention centre where an event took place.

Two shapes cover how reports name facilities:
- a name before a facility noun: "Tianshui prison" (also "Gansu's Tianshui prison", where the
  possessive is the province and is left out), "Urumqi No. 3 Detention Center",
  "Kashgar Vocational Skills Education and Training Centre";
- a described facility with its place: "a re-education camp in Yining", "a detention center
  in Ghulja" (kept as worded, the place included, since the camp has no name of its own).
"""

from __future__ import annotations

import re

from izde.extract.values import value_class

_NOUN = (r"(?:prison|jail|gaol|penitentiary|detention\s+cent(?:er|re)|detention\s+facility|"
         r"pre-?trial\s+detention\s+cent(?:er|re)|labou?r\s+camp|internment\s+camp|"
         r"re-?education\s+camp|camp|(?:training|education)\s+cent(?:er|re)|"
         r"removal\s+cent(?:er|re)|deportation\s+cent(?:er|re)|colony|penal\s+colony)")
_CAP = r"[A-Z][\w'’.-]*"
_CALENDAR = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
             r"[a-z]*\.?\b")
# Searched over every sentence that states a facility event, so spelled for the engine:
# a lookahead for what a match can open with (a capital, a digit, "and", "of", or a noun's
# first letter in either case; under IGNORECASE "i" also stands for "ı" and "İ") rejects
# most words with one test, and capitalised words and numbers are read whole (``*+``,
# ``++``: white space must follow them, which they never hold, so giving characters back
# never led to a match). The same matches, with about 40% fewer engine steps (measured).
_OPENING = r"(?=[A-Z\dacdegijloprtıİ])"
_WHOLE_CAP = r"[A-Z][\w'’.-]*+"
NAMED_RE = re.compile(
    rf"\b{_OPENING}(?:{_WHOLE_CAP}\s+){{0,1}}(?:(?:No\.\s*\d++|\d++|and|of|{_WHOLE_CAP})\s+)"
    rf"{{0,5}}?(?:(?i:{_NOUN}))\b(?:\s+No\.\s*\d+)?")
DESCRIBED_RE = re.compile(
    rf"\b(?:an?|the)\s+(?P<f>(?:[\w-]+\s+){{0,2}}?(?i:{_NOUN})\s+(?:in|at|near|outside)\s+"
    rf"(?:{_CAP}['’]s\s+)?(?!{_CALENDAR}){_CAP}(?:\s+{_CAP})?)")
_NOUN_RE = re.compile(_NOUN, re.IGNORECASE)
# every facility noun contains one of these: text without them names no facility, and a
# substring test is far cheaper than ``NAMED_RE``, which tries six words at every word start
_NOUN_STEMS = ("prison", "jail", "gaol", "penitentiary", "detention", "camp", "cent", "colony")
_LEADING_POSSESSIVE = re.compile(r"^[A-Z][\w'’-]*['’]s\s+")
_NOT_A_NAME = frozenset({"The", "A", "An", "In", "At", "His", "Her", "Their", "Its", "This",
                         "That", "Chinese", "Kazakh", "Uyghur", "Xinjiang", "One"})


@value_class
class FacilityMention:
    start: int
    end: int
    text: str


def find_facilities(text: str, start: int = 0, end: int | None = None) -> list[FacilityMention]:
    """Named and described facilities in ``text[start:end]``, without overlaps, in order."""
    stop = len(text) if end is None else end
    low = text[start:stop].casefold()
    if not any(s in low for s in _NOUN_STEMS):
        return []
    out: list[FacilityMention] = []
    for m in DESCRIBED_RE.finditer(text, start, stop):
        out.append(FacilityMention(m.start("f"), m.end("f"), m.group("f")))
    for m in NAMED_RE.finditer(text, start, stop):
        named = _named(m)
        if named and not any(o.start < named.end and named.start < o.end for o in out):
            out.append(named)
    return sorted(out, key=lambda f: f.start)


def _named(m: re.Match[str]) -> FacilityMention | None:
    """The capitalised name and its noun; None when no capitalised word names it."""
    s, phrase = m.start(), m.group()
    if not phrase[0].isupper():
        return None  # most matches are a bare noun ("camp") or open in lower case: unnamed
    p = _LEADING_POSSESSIVE.match(phrase)
    if p:
        s, phrase = s + p.end(), phrase[p.end():]
    words = phrase.split()
    while words and words[0] in _NOT_A_NAME:
        s += phrase.index(words[1]) if len(words) > 1 else len(phrase)
        phrase = phrase[phrase.index(words[1]):] if len(words) > 1 else ""
        words = words[1:]
    if not words or not words[0][0].isupper() or _NOUN_RE.match(phrase):
        return None  # "The Prison": a noun with no name
    return FacilityMention(s, s + len(phrase), phrase)
