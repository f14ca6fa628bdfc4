"""Merge raw events into one event per (person, type), keeping the most informative attributes.

Each raw event contributes its sentence as evidence. The date is the date mention closest to
its trigger among all the evidence sentences (a date right after "was convicted" beats one
two clauses away); place, agency, court, charge and term likewise come from the nearest
mention in an evidence sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from izde.extract.dates import DateMention
from izde.extract.events import AGENCY_RE, COURT_RE, STATUTORY, RawEvent, SentenceFacts
from izde.extract.facilities import FacilityMention, find_facilities
from izde.extract.model import Evidence, ExtractedEvent
from izde.extract.segment import Sentence
from izde.extract.triggers import NEGATION


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Spanned)


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    key: str
    rank: int


def _distance(span: _Spanned, trigger: tuple[int, int]) -> int:
    if span.end <= trigger[0]:
        return trigger[0] - span.end + 10  # a little preference for what follows the trigger
    return max(0, span.start - trigger[1])


def _nearest(items: Sequence[tuple[T, tuple[int, int]]]) -> T | None:
    best = min(items, key=lambda it: _distance(it[0], it[1]), default=None)
    return best[0] if best else None


@dataclass(frozen=True)
class Neighbours:
    """The paragraph around an evidence sentence: the sentence before and after it in the
    same paragraph (None at its edges), whether a sentence refers to a person (by name or
    by a pronoun resolved to them), and whether it refers to anyone but that person."""

    prev: Callable[[Sentence], Sentence | None]
    next: Callable[[Sentence], Sentence | None]
    refers_to: Callable[[Sentence, str], bool]
    refers_to_other: Callable[[Sentence, str], bool] = lambda s, key: False


def merge(raw: list[RawEvent], facts: Callable[[Sentence], SentenceFacts],
          places: Callable[[Sentence], list[PlaceHit]], text: str,
          around: Neighbours | None = None) -> list[ExtractedEvent]:
    """One ExtractedEvent per (person, type), in order of first evidence."""
    groups: dict[tuple[str, str], list[RawEvent]] = {}
    for r in raw:
        groups.setdefault((r.person, r.type), []).append(r)
    seen: dict[tuple[int, int], list[FacilityMention]] = {}

    def facilities(s: Sentence) -> list[FacilityMention]:
        """Facilities of a sentence, found once however many events it states."""
        if (s.start, s.end) not in seen:
            seen[(s.start, s.end)] = find_facilities(text, s.start, s.end)
        return seen[(s.start, s.end)]

    out = [_event(rs, facts, places, text, facilities) for rs in groups.values()]
    if around is not None:
        for ev, rs in zip(out, groups.values(), strict=True):
            _from_paragraph(ev, rs, facts, places, around, text)
    _same_time_as_parallel(out)
    _share_charges(out)
    return out


_SHARED_CHARGE = ("detention", "sentencing", "imprisonment")


def _share_charges(events: list[ExtractedEvent]) -> None:
    """One prosecution runs from arrest to prison: a detention, sentencing or imprisonment
    whose own sentences name no charge takes the charge of the nearest such event of the same
    person ("arrested in March ... In 2019 he was convicted of separatism")."""
    charged = [e for e in events if e.type in _SHARED_CHARGE and e.charge]
    for ev in events:
        if ev.charge or ev.type not in _SHARED_CHARGE:
            continue
        mine = [e for e in charged if e.person == ev.person]
        if mine:
            at = ev.evidence[0].start
            src = min(mine, key=lambda e: abs(e.evidence[0].start - at))
            ev.charge, ev.charge_text = src.charge, src.charge_text


_SAME_TIME = re.compile(r"\bsame\s+(?:time|period)\b", re.IGNORECASE)


def _same_time_as_parallel(events: list[ExtractedEvent]) -> None:
    """ "Her husband was detained at around the same time": the time of the same kind of event
    told before (parallel predicates share their time), not of whatever date came last. Kept
    no more precise than a month, as the words are vague."""
    for i, ev in enumerate(events):
        if not (ev.date_text and _SAME_TIME.search(ev.date_text)):
            continue
        start = ev.evidence[0].start
        before = [p for p in events[:i] if p.type == ev.type and p.person != ev.person
                  and p.date and p.evidence[0].start < start]
        if before:
            ev.date = before[-1].date[:7] if before[-1].date else ev.date


def _event(rs: list[RawEvent], facts: Callable[[Sentence], SentenceFacts],
           places: Callable[[Sentence], list[PlaceHit]], text: str,
           facilities: Callable[[Sentence], list[FacilityMention]]) -> ExtractedEvent:
    first = rs[0]
    spans = list(dict.fromkeys((r.sentence.start, r.sentence.end) for r in rs))
    ev = ExtractedEvent(first.type, first.person,
                        [Evidence.of(text, s, e, max(r.confidence for r in rs)) for s, e in spans],
                        confidence=max(r.confidence for r in rs))
    f = [(facts(r.sentence), r) for r in rs]
    _date(ev, f, text)
    _charge(ev, f)
    _term(ev, f, text)
    _place(ev, rs, places, text)
    _agency_court(ev, rs, text)
    _facility(ev, rs, facilities)
    return ev


def _from_paragraph(ev: ExtractedEvent, rs: list[RawEvent],
                    facts: Callable[[Sentence], SentenceFacts],
                    places: Callable[[Sentence], list[PlaceHit]], around: Neighbours,
                    text: str) -> None:
    """Fill a missing date or place from the sentence before, a missing charge from the
    sentence after, when that sentence is about the same person ("In June 2017 the messages
    stopped ... police took Dilnur away"; "He was arrested. He got 20 years for 'divulging
    state secrets'."). The sentence used is added to the evidence."""
    before = around.prev(rs[0].sentence)
    if before is not None and around.refers_to(before, ev.person):
        dated = [d for d in facts(before).dates if d.edtf]
        hits = places(before)
        if ev.date is None and dated:
            ev.date, ev.date_text = dated[-1].edtf, dated[-1].text
            _cite(ev, text, before)
        if ev.place is None and hits:
            ev.place = _paragraph_place(hits, text, ev.type)
            _cite(ev, text, before)
    if ev.date is None:
        _from_frame(ev, rs[0].sentence, facts, around, text)
    after = around.next(rs[-1].sentence)
    if (ev.charge is None and ev.type in _CHARGED and after is not None
            and _about(after, ev.person, around, text) and facts(after).charges):
        _charge_from(ev, after, facts, text)
    if (ev.charge is None and ev.type in _CHARGED and before is not None
            and around.refers_to(before, ev.person) and _ACCUSED.search(before.text)):
        _charge_from(ev, before, facts, text)


# words that say a sentence is about what someone is accused of
_ACCUSED = re.compile(r"\b(?:charg(?:e|es|ed)|accus(?:ed|ing|ation|ations)|convicted|guilty|"
                      r"indicted|suspicion|suspected)\b", re.IGNORECASE)


def _about(s: Sentence, person: str, around: Neighbours, text: str) -> bool:
    """The sentence refers to the person, or names nobody else and is about a charge ("He
    was arrested in May. The charge was separatism.")."""
    if around.refers_to(s, person):
        return True
    return not around.refers_to_other(s, person) and bool(_ACCUSED.search(s.text))


def _charge_from(ev: ExtractedEvent, s: Sentence, facts: Callable[[Sentence], SentenceFacts],
                 text: str) -> None:
    """The first charge of a neighbouring sentence that is not denied ("was not charged with
    separatism")."""
    for c in facts(s).charges:
        if not NEGATION.search(text, max(s.start, c.start - 45), c.start):
            ev.charge, ev.charge_text = c.charge, c.text
            _cite(ev, text, s)
            return


_FRAME_REACH = 3  # sentences back within the paragraph
_OPENING = re.compile(r"[\s\"“‘'(]*(?:(?:in|on|by|since|during|from|until|at|around|about|"
                      r"after|before|through|throughout|as\s+of|then|and|but|so)\s+)?",
                      re.IGNORECASE)


def _from_frame(ev: ExtractedEvent, s: Sentence, facts: Callable[[Sentence], SentenceFacts],
                around: Neighbours, text: str) -> None:
    """A date that opens a sentence ("In June 2017 the messages stopped. ... police took
    Dilnur away.") frames the narrative that follows it in the paragraph (a sentence-initial
    time adverbial sets the reference time of the discourse after it), until a sentence with
    a date of its own intervenes. A framing sentence about someone else ("In June 2017 Askar
    moved to Almaty.") sets that person's time, not the event's."""
    prev = around.prev(s)
    for _ in range(_FRAME_REACH):
        if prev is None:
            return
        dated = [d for d in facts(prev).dates if d.edtf]
        if facts(prev).dates:
            opening = dated[0] if dated and dated[0] is facts(prev).dates[0] else None
            if (opening is not None and _OPENING.fullmatch(text, prev.start, opening.start)
                    and not around.refers_to_other(prev, ev.person)):
                ev.date, ev.date_text = opening.edtf, opening.text
                _cite(ev, text, prev)
            return
        prev = around.prev(prev)


def _cite(ev: ExtractedEvent, text: str, s: Sentence) -> None:
    if all(e.start != s.start for e in ev.evidence):
        ev.evidence.append(Evidence.of(text, s.start, s.end, 0.5))


_FACILITY_TYPES = frozenset({"detention", "internment", "imprisonment", "transfer", "release",
                             "death", "torture", "sentencing"})


def _facility(ev: ExtractedEvent, rs: list[RawEvent],
              facilities: Callable[[Sentence], list[FacilityMention]]) -> None:
    if ev.type not in _FACILITY_TYPES:
        return
    found = [(f, r.trigger) for r in rs for f in facilities(r.sentence)]
    f = _nearest(found)
    if f is not None:
        ev.facility = f.text


_PRECISION_BONUS = {"day": 60, "month": 30}


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\b|;|\s[—–]\s")


def _date(ev: ExtractedEvent, f: list[tuple[SentenceFacts, RawEvent]], text: str) -> None:
    """The nearest date to a trigger; a more precise date may be a little farther away,
    a date across a clause break (", and ...") much less likely belongs to the trigger."""
    cands = [(d, r.trigger) for sf, r in f for d in sf.dates if d.edtf]
    if not cands:
        return

    def cost(d: DateMention, trig: tuple[int, int]) -> int:
        lo, hi = (d.end, trig[0]) if d.end <= trig[0] else (trig[1], d.start)
        broken = 200 if _CLAUSE_BREAK.search(text, lo, max(lo, hi)) else 0
        return _distance(d, trig) - _PRECISION_BONUS.get(d.precision, 0) + broken

    d, _ = min(cands, key=lambda it: cost(*it))
    if d:
        ev.date, ev.date_text = d.edtf, d.text


_CHARGED = ("sentencing", "detention", "imprisonment", "internment")


def _charge(ev: ExtractedEvent, f: list[tuple[SentenceFacts, RawEvent]]) -> None:
    if ev.type not in _CHARGED:
        return
    c = _nearest([(c, r.trigger) for sf, r in f for c in sf.charges])
    if c:
        ev.charge, ev.charge_text = c.charge, c.text


def _term(ev: ExtractedEvent, f: list[tuple[SentenceFacts, RawEvent]], text: str = "") -> None:
    """The term of a sentencing, or of an imprisonment ("serving an 11-year sentence")."""
    if ev.type not in ("sentencing", "imprisonment"):
        return
    own = [r.term for _, r in f if r.term is not None]
    terms = [(t, r.trigger) for sf, r in f for t in sf.terms
             if not STATUTORY.search(text, max(0, t.start - 30), t.start)]
    t = own[0] if own else _nearest(terms)
    if t is None or t.unit == "day":
        return
    ev.sentence_text = t.text
    ev.sentence_kind = "term" if t.kind == "term" else ("death" if "death" in t.kind else t.kind)
    ev.sentence_years = t.years if t.kind == "term" else None


# a place introduced as someone's origin or home is not where the event happened:
# "a trader from Osh ... was detained in Artush", "his brother, who lives in Taldykorgan",
# "back from a trip to relatives in Almaty"
_ORIGIN = re.compile(r"\b(?:from(?:\s+an?\s+(?:visit|trip|journey)\s+to(?:\s+[\w-]+){0,2}?)?|"
                     r"lives?|lived|living|based|born|native\s+of|resident\s+of|"
                     r"hometown|home\s+town)\s+(?:in\s+)?(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:city|town|village|county|region)\s+of\s+)?$", re.IGNORECASE)
# nor is where someone was heading: "about to board a flight to Istanbul", "deported to China"
# (the deportation happened where it started); a transfer, though, is told by where it ends
_DESTINATION = re.compile(r"\b(?:flights?|fl(?:y|ew|ying|own)|board(?:s|ed|ing)?|bound|"
                          r"trav[e]ll?(?:ed|ing|s)?|trip|journey|deport(?:ed|ing)?|"
                          r"extradit(?:ed|ing)|expell?(?:ed|ing)|repatriat(?:ed|ing)|"
                          r"sent\s+back|left|leav(?:e|es|ing))\s+(?:to|for)\s+(?:the\s+)?$",
                          re.IGNORECASE)
# a transfer is told by where it ends: "from a prison in Aksu to one in Urumqi"
_TRANSFER_FROM = re.compile(r"\bfrom\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:in\s+)?$",
                            re.IGNORECASE)
# a place set beside another only to locate it shares its role: "from Altay, in the north of
# Xinjiang", "from Kulja, Xinjiang"
_APPOSED = re.compile(r",\s+(?:in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west)"
                      r"(?:-?(?:east|west))?(?:ern)?\s+(?:part\s+)?(?:of\s+)?)?)?",
                      re.IGNORECASE)


def _aside(h: PlaceHit, hits: Sequence[PlaceHit], text: str, event_type: str) -> bool:
    """Whether ``h`` is named as an origin or home, as where someone was heading (for a
    transfer: where it started), or only locates such a place."""
    before = text[max(0, h.start - 45) : h.start]
    leg = _TRANSFER_FROM if event_type == "transfer" else _DESTINATION
    if _ORIGIN.search(before) or leg.search(before):
        return True
    return any(p.end <= h.start and _APPOSED.fullmatch(text, p.end, h.start)
               and _aside(p, hits, text, event_type) for p in hits)


def _place(ev: ExtractedEvent, rs: list[RawEvent],
           places: Callable[[Sentence], list[PlaceHit]], text: str = "") -> None:
    """The nearest, then most specific place (then the nearest again); a place named as an
    origin, home or destination counts as three distance steps farther: used only when
    nothing else is."""
    hits = [(h, r.trigger) for r in rs for h in places(r.sentence)]
    plain = [h for h, _ in hits]

    def cost(h: PlaceHit, trig: tuple[int, int]) -> tuple[int, int, int]:
        aside = bool(text) and _aside(h, plain, text, ev.type)
        near = _distance(h, trig)
        return near // 60 + (3 if aside else 0), -h.rank, near

    if hits:
        ev.place = min(hits, key=lambda it: cost(*it))[0].key


def _paragraph_place(hits: list[PlaceHit], text: str, event_type: str) -> str:
    """The place a neighbouring sentence gives: not an origin or destination when another
    is named, then the most specific, then the last."""
    return min(hits, key=lambda h: (_aside(h, hits, text, event_type), -h.rank, -h.start)).key


# every AGENCY_RE match has one of these words; COURT_RE (case-sensitive) one of the last two:
# substring tests rule most sentences out before the searches
_AGENCY_WORDS = ("security", "ministry", "guards", "police")
_COURT_WORDS = ("Court", "Tribunal")


def _agency_court(ev: ExtractedEvent, rs: list[RawEvent], text: str) -> None:
    for r in rs:
        s = r.sentence
        if ev.agency is None and ev.type != "sentencing":
            low = text[s.start:s.end].casefold()
            m = AGENCY_RE.search(text, s.start, s.end) if any(
                w in low for w in _AGENCY_WORDS) else None
            ev.agency = _agency_name(m.group()) if m else None
        if ev.court is None and ev.type in ("sentencing", "imprisonment"):
            c = COURT_RE.search(text, s.start, s.end) if any(
                w in text[s.start:s.end] for w in _COURT_WORDS) else None
            ev.court = c.group() if c else None


def _agency_name(phrase: str) -> str:
    low = phrase.lower()
    if "police" in low and "security" not in low:
        return "police"
    if "national security" in low:
        return "National Security Committee" if "committee" in low else phrase
    return phrase
