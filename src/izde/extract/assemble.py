"""Merge raw events into one event per (person, type), keeping the most informative attributes.

Each raw event contributes its sentence as evidence. The date is the date mention closest to
its trigger among all the evidence sentences (a date right after "was convicted" beats one
two clauses away); place, agency, court, charge and term likewise come from the nearest
mention in an evidence sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from izde.extract.dates import DateMention, counted_from, diary_days, find_dates
from izde.extract.event_anchors import anchored_events
from izde.extract.event_dates import (
    MentionDate,
    blocked,
    choose,
    continues_document,
    document_date,
    is_background,
    is_birth,
    is_learning,
    mention_date,
    refines,
)
from izde.extract.event_places import PlaceHit as PlaceHit
from izde.extract.event_places import all_aside, city_part, paragraph_place, place_of
from izde.extract.events import AGENCY_RE, COURT_RE, STATUTORY, RawEvent, SentenceFacts
from izde.extract.facilities import FacilityMention, find_facilities
from izde.extract.model import EVENT_TYPES, Evidence, ExtractedEvent
from izde.extract.narrative import (
    after_events,
    also_parallel,
    contact_lost,
    custody_death_place,
    custody_start,
    group_lede_mentions,
    home_place,
    lede_mentions,
    might_have_lede,
    residence_place,
    return_time,
    same_day_release,
    since_last_told,
    trip_place,
)
from izde.extract.segment import Sentence, sentences
from izde.extract.triggers import NEGATION
from izde.extract.voices import QUOTE_OPENS


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Spanned)


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
    # in an interview, the first sentence of the answer to the question holding a sentence
    answer: Callable[[Sentence], Sentence | None] = lambda s: None
    # the document's sentences in order, when the caller has them (else read again)
    sentences: Sequence[Sentence] = ()
    # the persons a stretch of text refers to (by name, pronoun or kinship phrase)
    referred: Callable[[int, int], frozenset[str]] = lambda start, end: frozenset()
    # the sex the text gives a person, when it gives one
    gender_of: Callable[[str], str | None] = lambda key: None


def merge(raw: list[RawEvent], facts: Callable[[Sentence], SentenceFacts],
          places: Callable[[Sentence], list[PlaceHit]], text: str,
          around: Neighbours | None = None) -> list[ExtractedEvent]:
    """One ExtractedEvent per (person, type), in order of first evidence."""
    groups: dict[tuple[str, str], list[RawEvent]] = {}
    for r in raw:
        groups.setdefault((r.person, r.type), []).append(r)
    for key, rs in groups.items():
        own = [r for r in rs if not r.supplementary]
        if own and len(own) < len(rs):
            groups[key] = own  # "added three years to his sentence" beside the sentence
    seen: dict[tuple[int, int], list[FacilityMention]] = {}

    def facilities(s: Sentence) -> list[FacilityMention]:
        """Facilities of a sentence, found once however many events it states."""
        if (s.start, s.end) not in seen:
            seen[(s.start, s.end)] = find_facilities(text, s.start, s.end)
        return seen[(s.start, s.end)]

    made = [_event(rs, facts, places, text, facilities) for rs in groups.values()]
    out = [ev for ev, _ in made]
    if around is not None:
        told = {(r.sentence.start, r.person, r.type) for r in raw}
        for (ev, proposed), rs in zip(made, groups.values(), strict=True):
            _from_paragraph(ev, rs, facts, places, around, text, blocked(proposed))
            if ev.date is None and not blocked(proposed):
                _from_answer(ev, rs, facts, around, text)
                if ev.date is None:
                    _from_document(ev, rs, facts, places, around, text)
                if ev.date is None:
                    _from_scene(ev, rs, facts, around, text)
            if ev.date is not None:
                _refine_from_next(ev, rs, facts, around, text, told)
        _from_ledes(list(zip(out, groups.values(), strict=True)),
                    lambda rs: _event(rs, facts, places, text, facilities), text, around)
    stories = list(zip(out, groups.values(), strict=True))
    after_events(stories, text)
    if around is not None:
        anchored_events(stories, text, around.referred, around.gender_of)
    custody_start(stories)
    since_last_told(stories, text)
    if around is not None:
        contact_lost(stories, text, lambda s: facts(s).dates,
                     lambda s, key: (around.refers_to(s, key)
                                     or not around.refers_to_other(s, key)))
    custody_death_place(stories, text)
    home_place(stories, text)
    trip_place(stories, text, places)
    if around is not None:
        residence_place(stories, text, places, around.prev)
    also_parallel(stories, text)
    same_day_release(stories, text)
    return_time(stories, text)
    _same_time_as_parallel(out)
    _same_day_as_told(out)
    _share_charges(out)
    _release_at_end(out)
    _after_release(out, text)
    return _beatings_beside_torture(_beatings_in_custody(_camp_before_release(out), text), text)


# let out of a camp: "was released from a camp in Burjin in the autumn of 2020 after more
# than two years", "was let out of the 'training centre'"
_FROM_A_CAMP = re.compile(r"\b(?:released|release|freed|let\s+out|discharged|came\s+out)\s+"
                          r"(?:from|of)\s+"
                          r"(?:an?|the|that)\s+(?:[\w“”\"'’-]+\s+){0,3}?(?:camps?|(?:training|"
                          r"education|re-?education)[”\"'’]?\s+(?:cent(?:er|re)|school|"
                          r"facility))\b", re.IGNORECASE)


def _camp_before_release(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """A release from a camp tells that the person was held in one: an internment, undated
    (the release's date is its end), when the document tells none of that person's."""
    interned = {ev.person for ev in events if ev.type == "internment"}
    added = []
    for ev in events:
        if ev.type != "release" or ev.person in interned:
            continue
        told = next((e for e in ev.evidence if _FROM_A_CAMP.search(e.quote)), None)
        if told is not None:
            interned.add(ev.person)
            added.append(ExtractedEvent("internment", ev.person, [told], place=ev.place,
                                        confidence=min(ev.confidence, 0.6)))
    return events + added


# the staff of a place of custody and its rooms: a beating they give, or given there, to one
# the document has held is torture ("The guards took him into the corridor and beat him", "a
# guard hit him across the back with a rubber baton")
_CUSTODY_STAFF = re.compile(r"\b(?:guards?|investigators?|interrogators?|jailers?|gaolers?|"
                            r"warders?|wardens?|prison\s+(?:officers|staff)|camp\s+(?:staff|"
                            r"officials|guards)|(?:in|into|from)\s+(?:the|his|her|my|a)\s+cell|"
                            r"interrogation\s+room)\b", re.IGNORECASE)
# a beating in the street or at a protest is an assault whoever else held the person
_IN_PUBLIC = re.compile(r"\b(?:protests?|protesters|rally|rallies|pickets?|picketers|"
                        r"demonstrat\w*|street|outside\s+(?:his|her|their|the)|dormitory)\b",
                        re.IGNORECASE)
_HELD = frozenset({"detention", "internment", "imprisonment", "transfer"})
_KEPT = frozenset({"internment", "imprisonment"})
_GUARDS = re.compile(r"\b(?:guards|a\s+guard|the\s+guard|interrogators?|jailers?|warders?)\b",
                     re.IGNORECASE)


# a sentence whose subject is "they", the guards of the sentence before: '"The guards found
# out. They took him out and beat him with a stick."'
_THEY_FIRST = re.compile(r"[\s\"“]*They\b")


def _guards_before(text: str, quote_start: int) -> bool:
    """The sentence starts with "They" and the words just before it (in its paragraph or at
    the end of the one before) name guards ('... that guards were still taking the trader
    away for interrogation. / "They beat him with a rubber stick," said Ysmanov')."""
    if not _THEY_FIRST.match(text, quote_start):
        return False
    lo = max(0, quote_start - 160)
    return _GUARDS.search(text, lo, quote_start) is not None


def _beatings_in_custody(events: list[ExtractedEvent], text: str) -> list[ExtractedEvent]:
    """An assault by custody staff, or in a cell, of a person the document tells was held is
    torture (the sentence-level rule, ``events._beatings_as_torture``, needs the custody in the
    beating's own sentence; here the custody is told elsewhere: "In October he was taken to a
    camp. ... Guards beat him with a rubber baton"). It joins the person's torture when there
    is one; a beating in the street or at a protest stays an assault."""
    held = {ev.person for ev in events if ev.type in _HELD}
    if not held:
        return events
    # a document that tells of camps or prisons: its guards are theirs ("Once the guards saw
    # him whisper a prayer and beat him", told by a fellow inmate)
    camps = any(ev.type in _KEPT for ev in events)
    torture = {ev.person: ev for ev in events if ev.type == "torture"}
    out = []
    for ev in events:
        if (ev.type == "assault"
                and ((ev.person in held and any(_CUSTODY_STAFF.search(e.quote)
                                               for e in ev.evidence))
                     or (camps and any(_GUARDS.search(e.quote) or _guards_before(text, e.start)
                                       for e in ev.evidence)))
                and not any(_IN_PUBLIC.search(e.quote) for e in ev.evidence)):
            known = torture.get(ev.person)
            if known is not None:
                _fold_into(known, ev)
                continue
            ev.type = "torture"
            torture[ev.person] = ev
        out.append(ev)
    return out


def _beatings_beside_torture(events: list[ExtractedEvent], text: str) -> list[ExtractedEvent]:
    """Beatings told in the paragraph that tells a person's torture are part of it ('"They
    beat me with a rubber stick," he said. "They kept me on an iron chair all night."'), not a
    separate assault (the sentence-level rule is ``events._beatings_as_torture``): their
    quotes become evidence of the torture."""
    torture = {ev.person: ev for ev in events if ev.type == "torture"}
    if not torture:
        return events
    out = []
    for ev in events:
        held = torture.get(ev.person) if ev.type == "assault" else None
        if held is not None and {_paragraph(text, e.start) for e in ev.evidence} <= {
                _paragraph(text, e.start) for e in held.evidence}:
            _fold_into(held, ev)
            continue  # its quotes stay, as evidence of the torture
        out.append(ev)
    return out


def _fold_into(torture: ExtractedEvent, beating: ExtractedEvent) -> None:
    """A beating that is part of a torture: its quotes become the torture's evidence, and its
    date and place the torture's when the torture's own sentences tell none ('"they tied my
    hands to a chair for the whole night. Two guards beat me," he said, describing events in
    the autumn of 2018')."""
    torture.evidence = sorted(torture.evidence + beating.evidence, key=lambda e: e.start)
    if torture.date is None and beating.date is not None:
        torture.date, torture.date_text = beating.date, beating.date_text
    if torture.place is None and beating.place is not None:
        torture.place = beating.place


def _paragraph(text: str, pos: int) -> int:
    """Where the paragraph (line) holding ``pos`` starts."""
    return text.rfind("\n", 0, pos) + 1


def _release_at_end(events: list[ExtractedEvent]) -> None:
    """A release dated by the span of the custody it ends ("held from May 2018 until 20
    December 2019 ... Released after signing a pledge") happened at the span's end."""
    for ev in events:
        if ev.type == "release" and ev.date and "/" in ev.date:
            end = ev.date.rsplit("/", 1)[1]
            if end and end != "..":
                ev.date = end


def _after_release(events: list[ExtractedEvent], text: str) -> None:
    """An undated event told "After her release" or "Since his release" began when the
    person's release did ("She was held there until May 2019 ... After her release from the
    compound, she was told by police that she could not leave the city")."""
    released = {ev.person: ev for ev in events if ev.type == "release" and ev.date}
    if not released:
        return
    for ev in events:
        rel = released.get(ev.person)
        if ev.date is None and rel is not None and ev is not rel and any(
                _SINCE_RELEASE.match(text, e.start) for e in ev.evidence):
            ev.date, ev.date_text = rel.date, rel.date_text


def _from_ledes(made: list[tuple[ExtractedEvent, list[RawEvent]]],
                made_from: Callable[[list[RawEvent]], tuple[ExtractedEvent, list[MentionDate]]],
                text: str, around: Neighbours) -> None:
    """An event told again after a lede that gave it without naming anyone takes what the
    retelling lacks (date, charge, place, court) from the lede (see ``narrative``); the
    lede's date only when it stands by the lede's trigger ("A court on Tuesday convicted")."""
    wanting = [(ev, rs[0].sentence) for ev, rs in made if _lacks(ev)
               and rs[0].sentence.paragraph > 0 and might_have_lede(text, rs[0].sentence.start)]
    if not wanting:
        return
    # the ledes come before the events: the text up to the last of them is enough
    sents = _sentences_before(text, max(first.start for _, first in wanting), around)
    for ev, first in wanting:
        for s, trigger in lede_mentions(ev.person, ev.type, first, sents, around.refers_to,
                                        around.refers_to_other):
            lede, proposed = made_from([RawEvent(ev.type, ev.person, s, trigger, 0.5)])
            if not any(p.narrating and p.date.edtf for p in proposed):
                lede.date = lede.date_text = None
            if _inherit(ev, lede):
                _cite(ev, text, s)
        if ev.date is None:
            _from_group_lede(ev, first, sents, made_from, text, around)


def _sentences_before(text: str, end: int, around: Neighbours) -> list[Sentence]:
    """The sentences of ``text[:end]``, ``end`` being where a sentence starts: those of the
    whole text that start before it, when known (the sentence before ``end`` ends where it
    would in the cut text, as only white space lies between it and ``end``), else read."""
    if not around.sentences:
        return list(sentences(text[:end]))
    return [s for s in around.sentences if s.start < end]


def _from_group_lede(ev: ExtractedEvent, first: Sentence, sents: list[Sentence],
                     made_from: Callable[[list[RawEvent]],
                                         tuple[ExtractedEvent, list[MentionDate]]],
                     text: str, around: Neighbours) -> None:
    """A retelling after a lede about a counted group ("convicted two men") takes the lede's
    date and court place, not its charge (co-defendants' charges may differ)."""
    for s, trigger in group_lede_mentions(ev.person, ev.type, first, sents, around.refers_to,
                                          around.refers_to_other):
        lede, proposed = made_from([RawEvent(ev.type, ev.person, s, trigger, 0.5)])
        if any(p.narrating and p.date.edtf for p in proposed):
            ev.date, ev.date_text = lede.date, lede.date_text
            ev.place = ev.place or lede.place
            ev.court = ev.court or lede.court
            _cite(ev, text, s)
            return


def _lacks(ev: ExtractedEvent) -> bool:
    return (ev.date is None or ev.place is None
            or (ev.type in _CHARGED and ev.charge is None))


def _inherit(ev: ExtractedEvent, lede: ExtractedEvent) -> bool:
    """Fill ``ev``'s missing date, charge, place and court from ``lede``; whether any was."""
    before = (ev.date, ev.charge, ev.place, ev.court)
    if ev.date is None:
        ev.date, ev.date_text = lede.date, lede.date_text
    if ev.charge is None and ev.type in _CHARGED:
        ev.charge, ev.charge_text = lede.charge, lede.charge_text
    if ev.place is None:
        ev.place = lede.place
    ev.court = ev.court or lede.court
    return before != (ev.date, ev.charge, ev.place, ev.court)


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
# "was detained the same month as Yaqup": a unit of time compared with another's event
_SAME_UNIT_AS = re.compile(r"\bsame\s+(?P<unit>day|week|month|year)\s+as\b", re.IGNORECASE)
_UNIT_LENGTH = {"day": 10, "week": 7, "month": 7, "year": 4}


def _same_time_as_parallel(events: list[ExtractedEvent]) -> None:
    """ "Her husband was detained at around the same time": the time of the same kind of event
    told before (parallel predicates share their time), not of whatever date came last. Kept
    no more precise than a month, as the words are vague; "the same month (year, day) as X"
    at that unit's precision."""
    for i, ev in enumerate(events):
        if not ev.date_text:
            continue
        unit = _SAME_UNIT_AS.search(ev.evidence[0].quote) if "same" in ev.date_text else None
        if not (unit or _SAME_TIME.search(ev.date_text)):
            continue
        start = ev.evidence[0].start
        before = [p for p in events[:i] if p.type == ev.type and p.person != ev.person
                  and p.date and "/" not in p.date and p.evidence[0].start < start]
        if before and before[-1].date:
            told = ev.date
            ev.date = before[-1].date[:_UNIT_LENGTH[unit.group("unit").lower()] if unit else 7]
            _recount(events, ev, told)


# a day named by the act told before it: "He was released that evening", "was detained on
# the same day"
_THAT_DAY = re.compile(r"(?:(?:later|early|earlier)\s+)?(?:that|the\s+same)(?:\s+very)?\s+"
                       r"(?:day|evening|night|morning|afternoon)", re.IGNORECASE)


def _same_day_as_told(events: list[ExtractedEvent]) -> None:
    """An event dated "that evening" or "on the same day" happened on the day of the latest
    act told before it with a day of its own: the date a reader has in mind there, which may
    lie farther back than the last date written ("stopped her on June 4 ... since April ...
    was detained ... He was released that evening"). Kept as read when no act before it has
    a day, or when its own sentence gives the day before it."""
    for ev in events:
        if not (ev.date_text and _THAT_DAY.fullmatch(ev.date_text)):
            continue
        quote = ev.evidence[0].quote
        said = quote.find(ev.date_text)
        if any(d.precision == "day" for d in find_dates(quote[:max(said, 0)])):
            continue  # the day is in its own sentence: "Charged on 14 November and placed
            # under house arrest the same day"
        at = ev.evidence[0].start
        told = [(e.evidence[0].start, e) for e in events if e is not ev and e.date
                and len(e.date) == 10 and e.evidence[0].start < at
                and not (e.date_text and _THAT_DAY.fullmatch(e.date_text))]
        if told:
            told_date = ev.date
            ev.date = max(told, key=lambda t: t[0])[1].date
            _recount(events, ev, told_date)


def _recount(events: list[ExtractedEvent], ev: ExtractedEvent, told: str | None) -> None:
    """ "... was detained at around the same time. A year later he was jailed": a date counted
    from the time just re-read counts from its new value (in the sentence right after, or in
    its own: "detained on the same day and released two days later")."""
    end = ev.evidence[0].end
    for later in events:
        if (later is not ev and later.person == ev.person and later.date_text and told
                and ev.date and (0 <= later.evidence[0].start - end <= 2
                                 or later.evidence[0].start == ev.evidence[0].start)
                and counted_from(later.date_text, told) == later.date):
            later.date = counted_from(later.date_text, ev.date)


def _event(rs: list[RawEvent], facts: Callable[[Sentence], SentenceFacts],
           places: Callable[[Sentence], list[PlaceHit]], text: str,
           facilities: Callable[[Sentence], list[FacilityMention]]
           ) -> tuple[ExtractedEvent, list[MentionDate]]:
    first = rs[0]
    spans = list(dict.fromkeys((r.sentence.start, r.sentence.end) for r in rs))
    confidence = max(r.confidence for r in rs)  # once, not once per sentence cited
    ev = ExtractedEvent(first.type, first.person,
                        [Evidence.of(text, s, e, confidence) for s, e in spans],
                        confidence=confidence)
    f = [(facts(r.sentence), r) for r in rs]
    proposed = _date(ev, f, text)
    _charge(ev, f)
    _term(ev, f, text)
    ev.place = place_of(ev.type, rs, places, text)
    _agency_court(ev, rs, text)
    _facility(ev, rs, facilities)
    return ev, proposed


def _from_paragraph(ev: ExtractedEvent, rs: list[RawEvent],
                    facts: Callable[[Sentence], SentenceFacts],
                    places: Callable[[Sentence], list[PlaceHit]], around: Neighbours,
                    text: str, undatable: bool = False) -> None:
    """Fill a missing date or place from the sentence before, a missing charge from the
    sentence after (of any mention, the first that has one), when that sentence is about the
    same person ("In June 2017 the messages stopped ... police took Dilnur away"; "He was
    arrested. He got 20 years for 'divulging state secrets'."). A place from the sentence
    before also replaces one that is only an origin or destination ("She teaches in Istanbul.
    She gets calls from an officer from Urumqi."). The sentence used is cited."""
    before = around.prev(rs[0].sentence)
    hits = places(before) if before is not None else []
    if before is not None and hits and around.refers_to(before, ev.person) and (
            ev.place is None or all_aside(ev.type, [r.sentence for r in rs], places, text)):
        ev.place = paragraph_place(hits, text, ev.type)
        _cite(ev, text, before)
    ev.place = city_part(ev.place, [r.sentence for r in rs], places, around.prev, text)
    if ev.date is None and not undatable:
        for s in dict.fromkeys(r.sentence for r in rs):
            if _date_before(ev, s, facts, places, around, text):
                break
    for s in dict.fromkeys(r.sentence for r in rs):
        after = around.next(s)
        if (ev.charge is None and ev.type in _CHARGED and after is not None
                and facts(after).charges and _about(after, ev.person, around, text)):
            _charge_from(ev, after, facts, text)
    if (ev.charge is None and ev.type in _CHARGED and before is not None
            and around.refers_to(before, ev.person) and _ACCUSED.search(before.text)):
        _charge_from(ev, before, facts, text)


def _from_answer(ev: ExtractedEvent, rs: list[RawEvent],
                 facts: Callable[[Sentence], SentenceFacts], around: Neighbours,
                 text: str) -> None:
    """An interviewer's question that states an event ("Q: You were also arrested for your
    pickets.") is dated by the answer that opens with its date ("A: Ten days of administrative
    arrest, in March 2021."), when that sentence speaks of no one else."""
    for r in rs:
        answer = around.answer(r.sentence)
        if answer is None or around.refers_to_other(answer, ev.person):
            continue
        dated = _setting_dates(answer, facts, text)
        if dated:
            ev.date, ev.date_text = dated[0].edtf, dated[0].text
            _cite(ev, text, answer)
            return


def _from_document(ev: ExtractedEvent, rs: list[RawEvent],
                   facts: Callable[[Sentence], SentenceFacts],
                   places: Callable[[Sentence], list[PlaceHit]], around: Neighbours,
                   text: str) -> None:
    """An event a document reports ("It says he was sentenced to life") took place at the
    date of the ruling the paragraph introduced ("a summary of a 2019 ruling by the Kashgar
    Intermediate People's Court"), and in its court's city when it has no place: the chain
    "it says", "the document states", "according to the ruling" goes back to that sentence."""
    s = next((r.sentence for r in rs if continues_document(text, r.sentence.start)), None)
    crossed = False
    for _ in range(_DOC_REACH if s is not None else 0):
        prev = around.prev(s) if s is not None else None
        if prev is None and s is not None and not crossed:
            # the paragraph before, once: the ruling introduced there, quoted in this one
            # ('The judgment, dated December 20, 2018, names the defendant as X. ...' / '"..."
            # the judgment reads. It sentences him to 15 years')
            prev, crossed = _sentence_before(around, s), True
        if prev is None:
            return
        dated = [d for d in facts(prev).dates if d.edtf]
        found = document_date(text, dated)
        if found is not None:
            _take_document(ev, prev, found, places, text)
            if (ev.charge is None and ev.type in _CHARGED
                    and not around.refers_to_other(prev, ev.person)):
                _charge_from(ev, prev, facts, text)
            return
        if dated and not continues_document(text, prev.start):
            return  # another time told in between (not one the same document tells: "It
            # says he was arrested on September 3, 2018.")
        s = prev


_DOC_REACH = 3  # sentences back to the one that introduced the document


def _sentence_before(around: Neighbours, s: Sentence) -> Sentence | None:
    """The sentence before ``s`` in the document, when the caller gave the sentences."""
    sents = around.sentences
    i = bisect.bisect_left(sents, s.start, key=lambda x: x.start)
    return sents[i - 1] if i > 0 else None


# an occasion named again with "the": "an activist who accompanied her to the airport was
# detained" after "border guards at Almaty International Airport stopped her on June 4"
_SCENE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?P<noun>airport|picket|protest|rally|demonstration|"
                    r"courthouse|consulate|embassy|checkpoint|border\s+crossing|hearing|trial|"
                    r"funeral|wedding)\b", re.IGNORECASE)
_SCENE_TYPES = ("detention", "release", "assault", "threat", "harassment",
                "passport_confiscation", "travel_ban")


def _from_scene(ev: ExtractedEvent, rs: list[RawEvent],
                facts: Callable[[Sentence], SentenceFacts], around: Neighbours,
                text: str) -> None:
    """A short-lived act (a detention, a threat, a beating) told at an occasion named again
    with "the" ("accompanied her to the airport, was detained") happened on the day that
    occasion was told with ("stopped her at Almaty International Airport on June 4"), when
    the first sentence naming it gave one day, and no other."""
    if ev.type not in _SCENE_TYPES or not around.sentences:
        return
    for r in rs:
        m = _SCENE.search(text, r.sentence.start, r.sentence.end)
        if m is None:
            continue
        noun = re.compile(r"\b" + re.escape(m.group("noun")).replace(r"\ ", r"\s+") + r"\b",
                          re.IGNORECASE)
        for s in around.sentences:
            if s.start >= r.sentence.start:
                break
            if not noun.search(s.text):
                continue
            dated = [d for d in facts(s).dates if d.edtf]
            days = {d.edtf for d in dated if not _aside(text, d)}
            if len(days) == 1 and all(d.precision == "day" for d in dated):
                ev.date, ev.date_text = dated[0].edtf, dated[0].text
                _cite(ev, text, s)
                return
            break  # the occasion was first told without one day


def _take_document(ev: ExtractedEvent, s: Sentence, found: DateMention,
                   places: Callable[[Sentence], list[PlaceHit]], text: str) -> None:
    """The ruling's date, and its court (and the court's city) when the event has none."""
    ev.date, ev.date_text = found.edtf, found.text
    hits = places(s) if ev.place is None else []
    ev.place = paragraph_place(hits, text, ev.type) if hits else ev.place
    court = COURT_RE.search(text, s.start, s.end) if ev.type in ("sentencing",
                                                                  "imprisonment") else None
    ev.court = ev.court or (court.group() if court else None)
    _cite(ev, text, s)


def _date_before(ev: ExtractedEvent, s: Sentence, facts: Callable[[Sentence], SentenceFacts],
                 places: Callable[[Sentence], list[PlaceHit]], around: Neighbours,
                 text: str) -> bool:
    """Date the event from the sentence before ``s`` when that sentence is about the same
    person or sets the scene with a precise date and nobody else in it ("The trouble in Almaty
    began in April. She was summoned ..."; its place too, when the event has none), else from
    a date framing the paragraph."""
    before = around.prev(s)
    if ev.type == "release" and _HELD_LENGTH.search(s.text):
        before = None  # "held for three months and released": not at the arrest's time
    back = _FLASHBACK.search(s.text) if before is not None else None
    if (back is not None and before is not None and not _FLASHBACK.search(before.text)
            and not _RELAYED.search(s.text, 0, back.start())):
        before = None  # "He came home in May. He said he had spent eight months in a camp"
    if before is not None and _sets_time_for(before, s, ev.person, facts, around, text):
        dated = _setting_dates(before, facts, text)
        ev.date, ev.date_text = dated[-1].edtf, dated[-1].text
        if _SINCE_RELEASE.match(s.text) and ev.date and "/" in ev.date:
            # "held ... from April 2018 until August this year. Since his release he may not
            # leave the village": the stay's end
            ev.date = ev.date.rpartition("/")[2] or ev.date
        hits = places(before) if ev.place is None else []
        ev.place = paragraph_place(hits, text, ev.type) if hits else ev.place
        _cite(ev, text, before)
        return True
    if before is not None and _date_two_back(ev, s, before, facts, around, text):
        return True
    if before is None and _SINCE_THEN.match(s.text) and _since_last_paragraph(ev, s, facts,
                                                                              around, text):
        return True
    _from_frame(ev, s, facts, around, text)
    if ev.date is None and ev.type in _SAID_IN_CONTACT:
        _from_contact_told(ev, s, facts, around, text)
    if ev.date is None:
        _from_diary_entry(ev, s, text)
    return ev.date is not None


# what is said to someone on a call, a visit or a summons
_SAID_IN_CONTACT = frozenset({"threat"})
# a sentence that tells someone was reached: called, summoned, visited, messaged
_CONTACT = re.compile(r"\b(?:call(?:ed|s)?|phoned|rang|summon(?:ed|s)|visit(?:ed|s)|"
                      r"message[sd]?|texted|wrote\s+to|came\s+to|"
                      r"(?:received|got)\s+(?:a|an)\s+(?:\w+\s+)?(?:call|message|visit))\b",
                      re.IGNORECASE)


def _from_contact_told(ev: ExtractedEvent, s: Sentence,
                       facts: Callable[[Sentence], SentenceFacts], around: Neighbours,
                       text: str) -> None:
    """ "In May, a police officer from Chuguchak called her on WeChat. / "He said that if I
    kept spreading rumors, Bolysbek would go back ...," she said.": a paragraph that opens
    with a quotation and gives no time of its own tells what was said on the occasion the
    paragraph before ended on, when that last sentence tells the person reached (called,
    summoned, visited) on a date."""
    first = s
    while (p := around.prev(first)) is not None:
        if _setting_dates(p, facts, text):
            return  # the paragraph has a time of its own before the threat
        first = p
    if not QUOTE_OPENS.match(text, first.start):  # "“He said that if I kept ...”"
        return
    earlier = [x for x in _sentences_before(text, first.start, around) if x.end <= first.start]
    if not earlier:
        return
    last = earlier[-1]
    if (_CONTACT.search(last.text) and around.refers_to(last, ev.person)
            and not _LATER.search(s.text)):
        _last_date_of(ev, last, facts, text)


# a paragraph that goes on from the last one's time: "Since then, she has not been allowed to
# leave our neighborhood"
_SINCE_THEN = re.compile(r"[\s\"“(]*(?:Since\s+then|Ever\s+since|From\s+then\s+on)\b")


def _since_last_paragraph(ev: ExtractedEvent, s: Sentence,
                          facts: Callable[[Sentence], SentenceFacts], around: Neighbours,
                          text: str) -> bool:
    """ "In November 2019 she was sent home. / Since then, she has not been allowed to leave":
    the last sentence of the paragraph before, when it is about the person and dated."""
    earlier = [x for x in _sentences_before(text, s.start, around) if x.end <= s.start]
    if not earlier or not around.refers_to(earlier[-1], ev.person):
        return False
    return _last_date_of(ev, earlier[-1], facts, text)


def _date_two_back(ev: ExtractedEvent, s: Sentence, before: Sentence,
                   facts: Callable[[Sentence], SentenceFacts], around: Neighbours,
                   text: str) -> bool:
    """The sentence before that one, when the one between is about the person, gives no
    date and moves no time on ("In February 2018 he was detained. For a year the family
    heard nothing. Former detainees saw him in the county's camp."): the paragraph's time
    still holds."""
    if (facts(before).dates or not around.refers_to(before, ev.person)
            or _LATER.search(before.text) or _LATER.search(s.text)
            or _FLASHBACK.search(s.text)):
        return False
    earlier = around.prev(before)
    if earlier is None or not around.refers_to(earlier, ev.person) or _GENERIC.search(
            earlier.text):
        return False
    return _last_date_of(ev, earlier, facts, text)


def _setting_dates(s: Sentence, facts: Callable[[Sentence], SentenceFacts],
                   text: str) -> list[DateMention]:
    """The resolved dates of a sentence that may set a time for the sentences around it (not
    background, a learning or a birth: ``_aside``)."""
    return [d for d in facts(s).dates if d.edtf and not _aside(text, d)]


def _last_date_of(ev: ExtractedEvent, s: Sentence,
                  facts: Callable[[Sentence], SentenceFacts], text: str) -> bool:
    """Date the event by the last of the sentence's setting dates, citing the sentence;
    whether it had one."""
    dated = _setting_dates(s, facts, text)
    if not dated:
        return False
    ev.date, ev.date_text = dated[-1].edtf, dated[-1].text
    _cite(ev, text, s)
    return True


# an event told from the end of a stay the sentence before dated: "Since his release he has
# had to report to the village committee"
_SINCE_RELEASE = re.compile(r"[\s\"“(]*(?:Since|After|Following|Upon|On)\s+(?:his|her|their)\s+"
                            r"(?:release|return\s+home|return)\b")


# a pluperfect goes back before the time of a simple past told just before it
_FLASHBACK = re.compile(r"\bhad\s+(?:been|spent|(?:[a-z]+ed|taken|held|sent|put|given|seen)\b)",
                        re.IGNORECASE)
# a pluperfect in what another relayed is the tense of reported speech, not a step back:
# "Relatives later told her that Perhat had been sent to a camp"
_RELAYED = re.compile(r"\b(?:told|informed|learned|heard)\b[^.;]*?\bthat\b", re.IGNORECASE)
# a custody's length told with its end: "was held for three months and released"
_HELD_LENGTH = re.compile(r"\b(?:for|after)\s+(?:about\s+|nearly\s+|over\s+|almost\s+|"
                          r"more\s+than\s+|some\s+)?(?:[\w-]+\s+){1,2}?(?:days?|weeks?|"
                          r"months?|years?)\b", re.IGNORECASE)


def _from_diary_entry(ev: ExtractedEvent, s: Sentence, text: str) -> None:
    """An undated event told in a diary's entry ("20 July 2017 / Yerlan is home! They let
    him go ...") happened by the day the entry was written: dated by that entry's month (its
    day would claim more than the text says)."""
    days = diary_days(text)
    i = bisect.bisect_right(days, (s.start,)) - 1
    if i >= 0:
        start, end, day = days[i]
        ev.date, ev.date_text = day[:7], text[start:end]
        ev.evidence.append(Evidence.of(text, start, end, 0.5))


def _aside(text: str, d: DateMention) -> bool:
    """A date that sets no time for the sentences around it: background ("had expired in
    March"), the time someone learned of something ("On 19 November she learned ..."), or a
    birth ("X, born 1990, crossed the border")."""
    return is_background(text, d) or is_learning(text, d) or is_birth(text, d)


# a statement about many people or a policy sets no one's time: "Since 2017 the authorities
# have held a million people"
_GENERIC = re.compile(r"\b(?:authorities|government|officials|campaign|polic(?:y|ies)|"
                      r"thousands|millions?|hundreds|many|groups|people|residents|camps|"
                      r"Uyghurs|Kazakhs|Muslims|minorities|citizens|since)\b", re.IGNORECASE)


# time moved on: the event is not at the time of the sentence before
_LATER = re.compile(r"\b(?:later|afterwards?|eventually|subsequently|then)\b", re.IGNORECASE)


def _sets_time_for(s: Sentence, event: Sentence, person: str,
                   facts: Callable[[Sentence], SentenceFacts], around: Neighbours,
                   text: str = "") -> bool:
    """Whether the sentence ``s`` before the ``event`` sentence gives the event its time: it
    is about the person, or it sets a scene (a day or month, nobody else, nothing generic) that
    the event sentence continues without moving time on ("later", "then")."""
    dated = [d for d in facts(s).dates if d.edtf and not (text and _aside(text, d))]
    if not dated:
        return False
    if around.refers_to(s, person):
        return True
    # a day names one occasion, whoever was there ("About a dozen people gathered outside
    # the courthouse on Wednesday morning"); a month or a span may be a policy's time
    generic = _GENERIC.search(s.text)
    return (dated[-1].precision in ("day", "month") and not around.refers_to_other(s, person)
            and not (generic and (dated[-1].precision != "day" or _SINCE.search(s.text)))
            and not _LATER.search(event.text))


_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


def _refine_from_next(ev: ExtractedEvent, rs: list[RawEvent],
                      facts: Callable[[Sentence], SentenceFacts], around: Neighbours,
                      text: str, told: set[tuple[int, str, str]]) -> None:
    """ "She was released in March. She walked out of the gate on the 9th": a day told by
    its ordinal alone in the next sentence about the same person refines the event's month,
    unless that sentence tells another event of theirs ("He was sentenced on the 14th")."""
    after = around.next(rs[-1].sentence)
    days = [d for d in facts(after).dates if d.relative and d.precision == "day" and d.edtf
            and _ORDINAL_DAY.match(d.text) and refines(d.edtf, ev.date or "")] if after else []
    if not days or after is None or not around.refers_to(after, ev.person):
        return
    if any((after.start, ev.person, t) in told for t in EVENT_TYPES if t != ev.type):
        return
    ev.date, ev.date_text = days[0].edtf, days[0].text
    _cite(ev, text, after)


_ORDINAL_DAY = re.compile(r"(?i:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)\b")


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
    a date of its own intervenes. A generic statement ("In 2017 the authorities began ...")
    frames nobody's story. A framing sentence about someone else ("In June 2017 Askar
    moved to Almaty.") sets that person's time, not the event's."""
    prev = around.prev(s)
    for _ in range(_FRAME_REACH):
        if prev is None:
            return
        told = [d for d in facts(prev).dates if not _aside(text, d)]
        dated = [d for d in told if d.edtf]
        if told:
            opening = dated[0] if dated and dated[0] is told[0] else None
            if (opening is not None and _OPENING.fullmatch(text, prev.start, opening.start)
                    and not around.refers_to_other(prev, ev.person)
                    and not _GENERIC.search(prev.text)):
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


def _date(ev: ExtractedEvent, f: list[tuple[SentenceFacts, RawEvent]], text: str
          ) -> list[MentionDate]:
    """The date of the event from its mentions (see ``event_dates``); returns what each
    mention proposed, which later steps need to know whether the event's time was told."""
    proposed = [p for sf, r in f if (p := mention_date(text, sf.dates, r.trigger)) is not None]
    best = choose(proposed)
    if best is not None:
        ev.date, ev.date_text = best.date.edtf, best.date.text
    return proposed


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
