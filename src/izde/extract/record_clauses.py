"""Short statements inside case-sheet values: a name with its kinship, and terse clauses.

Sheets list relatives as "- Serik Abenuly (brother), detained June 2018 in Nilka; released
2019. Not charged." and state a status as "released in March 2019" or "imprisoned". These
are clauses without a subject (the subject is the line's person), which the sentence rules
do not read, so a small trigger lexicon reads them here; a negated clause ("not charged",
"never detained") states nothing.
"""

from __future__ import annotations

import re

from izde.extract.charges import find_charges
from izde.extract.dates import find_dates
from izde.extract.model import Evidence, ExtractedEvent
from izde.extract.relations import KIN
from izde.extract.structured import FoundEvent
from izde.extract.terms import find_terms

__all__ = ["clause_events", "kin_of", "split_name"]

_NAME_END = re.compile(r"\s*(?:[(,;:]|\s[-–—/]\s|$)")
_NAME = re.compile(r"[^\W\d_][^\W\d_'’.·-]*(?:[-'’.·]?[^\W\d_]+)*\.?")
_NOT_NAME = re.compile(r"(?i)^(?:unknown|n/?a|none|the|his|her|their|my|a|an|mr|mrs|ms)$")


def split_name(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name at the start of a value and any other spellings after a slash or in brackets
    ("Nurlan Abenuly (Нұрлан Әбенұлы)", "Ai'erlan Sapa'er / Erlan Saparuly"); [] when the
    value does not start with a name."""
    s = start
    while s < end and text[s] in " \t\"'“”":
        s += 1
    m = _NAME_END.search(text, s, end)
    e = m.start() if m else end
    while e > s and text[e - 1] in " .\"'”":
        e -= 1
    if not _name_like(text[s:e]):
        return []
    out = [(s, e)]
    slashed = _SLASHED.match(text, e, end)  # "Ai'erlan Sapa'er / Erlan Saparuly"
    if slashed and _name_like(slashed.group(1)):
        out.append(slashed.span(1))
        e = slashed.end(1)
    bracket = re.match(r"\s*\(([^()]{2,60})\)", text[e:end])
    if bracket and _name_like(bracket.group(1)) and kin_of(bracket.group(1), 0,
                                                            len(bracket.group(1))) is None:
        out.append((e + bracket.start(1), e + bracket.end(1)))
    return out


_SLASHED = re.compile(r"\s+/\s+([^()/,;:]{2,60}?)\s*(?=$|[(,;:])")


def _name_like(value: str) -> bool:
    """Two to six words that each start with a capital (or are in a script without case)."""
    words = value.split()
    if not 1 <= len(words) <= 6 or any(_NOT_NAME.match(w) for w in words):
        return False
    if not all(_NAME.fullmatch(w) for w in words):
        return False
    return all(not w[0].islower() for w in words) and (len(words) > 1 or not value.isascii())


_KIN_ALT = "|".join(sorted([*KIN, "sibling", "spouse", "child", "parent"], key=len,
                           reverse=True))
_KIN_AT = re.compile(r"[\s(,:–—-]*(?:the\s+)?(?:(?:victim|detainee)['’]s\s+|his\s+|her\s+)?"
                     r"(?:(?:older|younger|elder|eldest|youngest|little|big)\s+)?"
                     rf"(?P<kin>{_KIN_ALT})\b", re.IGNORECASE)
_PLAIN = {"sibling": ("sibling", ""), "spouse": ("spouse", ""), "child": ("child", ""),
          "parent": ("parent", "")}


def kin_of(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(relation, gender) of a kinship word right at ``start`` ("(daughter)", ", brother")."""
    m = _KIN_AT.match(text, start, end)
    if m is None:
        return None
    word = m.group("kin").lower()
    return KIN.get(word) or _PLAIN[word]


_TRIGGERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (etype, re.compile(pattern, re.IGNORECASE)) for etype, pattern in (
        ("detention", r"\b(?:detained|arrested|taken\s+(?:away|into\s+custody)|apprehended|"
                      r"in\s+(?:police\s+)?custody|held\s+(?:in|at|by))\b"),
        ("internment", r"\b(?:interned|(?:sent|taken|transferred)\s+to\s+(?:an?\s+|the\s+)?"
                       r"(?:[\w-]+\s+){0,2}camp|in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}camp|"
                       r"re-?education|(?:in|to)\s+(?:an?\s+|the\s+)?[\w-]*(?:training|"
                       r"education|transformation|vocational)[\w\s-]{0,30}?(?:centre|center|"
                       r"school|facility))\b"),
        ("house_arrest", r"\b(?:house\s+arrest|residential\s+surveillance|home\s+detention)\b"),
        ("sentencing", r"\b(?:sentenced|convicted|jailed\s+for)\b"),
        ("imprisonment", r"\b(?:imprisoned|in\s+prison|serving\s+(?:a|his|her|the)?\s*"
                         r"(?:sentence|term)|incarcerated)\b"),
        ("release", r"\b(?:released|freed|set\s+free)\b"),
        ("disappearance", r"\b(?:disappeared|missing|whereabouts\s+(?:are\s+|is\s+)?unknown|"
                          r"vanished)\b"),
        ("death", r"\b(?:died|dead|deceased|killed)\b"),
        ("deportation", r"\bdeported\b"),
        ("passport_confiscation", r"\bpassports?\s+(?:was\s+|were\s+)?(?:confiscated|seized|"
                                  r"taken)\b"),
        ("travel_ban", r"\b(?:travel\s+ban|barred\s+from\s+(?:leaving|travel))\b"),
        # pressure on a relative listed: "summoned for a 'conversation' by Almaty police"
        ("harassment", r"\b(?:summoned|called\s+in)\b"),
    ))
_NEGATION = re.compile(r"(?i)\b(?:not|never|no|\w+n['’]t|without|neither|nor)\b")
# a feared or conditional event has not happened: "fears she will be detained if she returns"
# (case-sensitive: "may" the modal, not "May" the month)
_HYPOTHETICAL = re.compile(r"\b(?:[Ff]ears?|[Ff]eared|[Aa]fraid|[Ww]orried|[Rr]isk|might|may|could|"
                           r"would|will|[Ii]f|[Uu]nless|[Tt]hreat(?:en(?:ed|s)?)?)\b")


def clause_events(text: str, start: int, end: int, person: str,
                  published: str | None) -> list[FoundEvent]:
    """The events that the clauses of ``text[start:end]`` state about ``person``; the first
    clause of each type decides (a later "released" does not override an earlier one)."""
    made: dict[str, FoundEvent] = {}
    for m in re.finditer(r"[^;.]+(?:\.\d[^;.]*)*", text[start:end]):
        s, e = start + m.start(), start + m.end()
        for etype, pattern in _TRIGGERS:
            hit = pattern.search(text, s, e)
            if hit and etype not in made and not _NEGATION.search(text, s, hit.start()) \
                    and not _HYPOTHETICAL.search(text, s, e):
                made[etype] = _clause_event(text, s, e, etype, person, published)
    return list(made.values())


def _clause_event(text: str, s: int, e: int, etype: str, person: str,
                  published: str | None) -> FoundEvent:
    while s < e and text[s] in " ,\t":
        s += 1
    clause = text[s:e]
    ev = ExtractedEvent(etype, person, [Evidence.of(text, s, e, 0.8)], confidence=0.8)
    dates = [d for d in find_dates(clause, published) if d.edtf]
    if dates:
        ev.date, ev.date_text = dates[0].edtf, dates[0].text
    if etype == "sentencing":
        terms, charges = find_terms(clause), find_charges(clause)
        if terms:
            ev.sentence_years, ev.sentence_kind = terms[0].years, terms[0].kind
            ev.sentence_text = terms[0].text
        if charges:
            ev.charge, ev.charge_text = charges[0].charge, charges[0].text
    return FoundEvent(ev, (s, e))
