"""Events that take their time or place from other events of the same story.

A report is a story about one person told in order; an event told without a date or place
often gets it from another event of that story:

- "was released after the verdict was read": the time of the verdict (the person's
  sentencing); likewise "after his arrest" (detention) and "after her release";
- "released in the courtroom", "at the hearing": the time of the verdict;
- "died in custody": where the person was last told to be held;
- after a trip ("travelled to Altay to visit his father"), what follows in the paragraph
  happened where the trip went; "When she returned" is at the time of the trip told before;
- an event told with "also" ("a second woman was also detained") takes the time and place
  of the same kind of event told before for someone else;
- an undated internment or prison term told after the arrest (or verdict) began with it;
- "No information since." starts at the date of the person's event told just before;
- a wire story's lede names the event but not the person ("A court in Shymkent on Tuesday
  convicted a former miner of illegally crossing the border"), the next paragraph names the
  person and retells the event without date or charge: the retelling is the lede's event, so
  it inherits the lede's date, charge and place. ``lede_mentions`` finds such ledes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from izde.extract.dates import DateMention, find_dates
from izde.extract.descriptions import HEADS
from izde.extract.event_dates import refines
from izde.extract.event_places import PlaceHit
from izde.extract.events import RawEvent
from izde.extract.literals import may_occur, required_literals
from izde.extract.model import ExtractedEvent
from izde.extract.references import SMALL_NUMBERS
from izde.extract.segment import Sentence, sentences
from izde.extract.spans import fold
from izde.extract.triggers import HYPOTHETICAL, NEGATION, active_stems, live_triggers

# "after the verdict", "after his arrest": the event named, and the type that tells it
_AFTER_EVENT = re.compile(
    r"\b(?:after|following|once)\s+(?:the|his|her|their|my)\s+(?:(?P<sentencing>verdict|"
    r"trial|sentencing|conviction|sentence\s+was\s+(?:read|announced|handed\s+down))|"
    r"(?P<detention>arrest|detention)|(?P<release>release))\b"
    # freed where the verdict was given: "released in the courtroom", "freed at the hearing"
    r"|\b(?:in|from|at)\s+(?:the\s+)?(?P<sentencing_>courtroom|court\s+room|hearing|"
    r"dock)\b|\bin\s+court\b(?!\s+(?:on|in|last|this|next|documents?|papers?|records?|"
    r"filings?))", re.IGNORECASE)
_AFTER_REACH = 60  # characters after the trigger: the same clause
_CUSTODY_TYPES = ("detention", "internment", "imprisonment", "transfer")
_IN_CUSTODY = re.compile(r"\b(?:in|under)\s+(?:police\s+)?(?:custody|detention)\b|"
                         r"\bin\s+(?:an?\s+|the\s+)?(?:prison|jail|camp|detention\s+cent(?:er|re))\b|"
                         r"\bwhile\s+(?:in|being)\s+(?:held|detained|custody)\b", re.IGNORECASE)


def after_events(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]], text: str) -> None:
    """An undated event whose clause says it came right "after the verdict" (or arrest,
    release) takes the date of that event of the same person."""
    dated = {(ev.person, ev.type): ev for ev, _ in made if ev.date}
    for ev, rs in made:
        if ev.date is not None:
            continue
        for r in rs:
            m = _AFTER_EVENT.search(text, r.trigger[1], min(r.sentence.end,
                                                             r.trigger[1] + _AFTER_REACH))
            told = dated.get((ev.person, _told_type(m))) if m else None
            if told is not None and ev.type in _LATER_THAN.get(told.type, ()):
                break
            if told is not None and told is not ev:
                ev.date, ev.date_text = told.date, told.date_text
                break


# acts that come later than the act they are told "after", not at its time: a verdict "after
# his arrest" came months later
_LATER_THAN = {"detention": ("sentencing", "release", "imprisonment", "deportation")}


def _told_type(m: re.Match[str]) -> str:
    """The type of the event an "after ..." phrase names (a freeing "in court" or "at the
    hearing" is at the verdict)."""
    return "sentencing" if m.lastgroup in (None, "sentencing_") else m.lastgroup


def custody_death_place(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]],
                        text: str) -> None:
    """ "Died in custody in 2019": where the person was held last (the latest custody event
    told before the death with a place), when the death's own sentence names no place."""
    for ev, rs in made:
        if ev.type != "death" or ev.place is not None:
            continue
        if not any(_IN_CUSTODY.search(text, r.sentence.start, r.sentence.end) for r in rs):
            continue
        at = rs[0].trigger[0]
        held = [(r.trigger[0], e) for e, rr in made if e.person == ev.person and e.place
                and e.type in _CUSTODY_TYPES for r in rr if r.trigger[0] < at]
        if held:
            ev.place = max(held, key=lambda h: h[0])[1].place


# "When she came home, the police kept her passport": home is where the story left the person.
# Found from the word "home" (a literal the engine skips to), then the verb before it.
_HOME_WORD = re.compile(r"[Hh]ome\b(?!\s+(?:country|town|village|city|office|affairs))")
_HOME_VERB = re.compile(r"\b(?:c[ao]me|returned|got|went|go(?:es|ing)?|arrived|back|was|were|at)"
                        r"\s+(?:back\s+)?$", re.IGNORECASE)


def _says_home(text: str, start: int, end: int) -> bool:
    if text.find("ome", start, end) < 0:
        return False  # no "home" (most sentences): the scan is not needed
    return any(_HOME_VERB.search(text, max(start, m.start() - 18), m.start())
               for m in _HOME_WORD.finditer(text, start, end))


def home_place(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]], text: str) -> None:
    """An event told as happening when the person "came home" (or "at home"), with no place
    of its own, happened where the person's story was last placed (the latest of their
    events told before it with a place: "spent eighteen months in a camp in Nilka and was
    released in December. When she came home, the police kept her passport.")."""
    for ev, rs in made:
        if ev.place is not None or not any(
                _says_home(text, r.sentence.start, r.sentence.end) for r in rs):
            continue
        at = rs[0].trigger[0]
        told = [(r.trigger[0], e) for e, rr in made if e.person == ev.person and e.place
                and e is not ev for r in rr if r.trigger[0] < at]
        if told:
            ev.place = max(told, key=lambda h: h[0])[1].place


# "In October 2017 my husband travelled to Altay to visit his father. On the 14th police came
# to the house and took his passport": a trip sets the scene of what follows in its paragraph
_TRIP = re.compile(r"\b(?:trav[e]ll?ed|went|flew|drove|returned|came|journeyed|headed|moved|"
                   r"visited|go(?:ing)?|travel(?:l?ing)?)\s+(?:back\s+)?(?:home\s+)?(?:to\s+)?"
                   r"(?:(?:the\s+)?(?:city|town|village|county|region|prefecture)\s+of\s+)?$",
                   re.IGNORECASE)
_SCENE_ENDS = re.compile(r"\b(?:returned|came\s+back|flew\s+back|got\s+back|went\s+back|left)\b",
                         re.IGNORECASE)
_TRIP_REACH = 600  # characters back from the event: a scene of a few sentences


def trip_place(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]], text: str,
               places: Callable[[Sentence], Sequence[PlaceHit]]) -> None:
    """An event with no place of its own that is told, in the same paragraph, after a trip
    ("travelled to Altay to visit his father") happened where the trip went, unless another
    place is named in between or the scene ends ("returned", "left")."""
    for ev, rs in made:
        if ev.place is not None:
            continue
        r = rs[0]
        lo = max(text.rfind("\n", 0, r.sentence.start) + 1, r.trigger[0] - _TRIP_REACH)
        hits = list(places(Sentence(lo, r.trigger[0], "", r.sentence.paragraph)))
        if not hits or not _TRIP.search(text, max(0, hits[-1].start - 40), hits[-1].start):
            continue
        if not _SCENE_ENDS.search(text, hits[-1].end, r.trigger[0]):
            ev.place = hits[-1].key


# where a person lives, as the text says it: "Resident in Istanbul since 2019", "a student in
# Semey", "who has lived in Munich since 2015", "lives in Almaty"
_LIVES_IN = re.compile(r"\b(?:lives?|lived|living|resident|residing|settled|based|students?|"
                       r"studies|studying)\s+(?:\w+\s+){0,2}?(?:in|at)\s+$", re.IGNORECASE)
# an event at the person's own door: "placed under house arrest", "at her home", "outside
# her dormitory", calls and visits received there
_AT_HOME = re.compile(r"\b(?:house\s+arrest|at\s+(?:his|her|their|my)\s+(?:home|flat|house|"
                      r"apartment)|outside\s+(?:his|her|their|my)\s+(?:home|flat|house|apartment|"
                      r"dormitory|door)|(?:came|come)\s+to\s+(?:his|her|their|my)\s+(?:home|flat|"
                      r"house|apartment)|calls?)\b", re.IGNORECASE)
_HOME_REACH = 1500  # characters back from the event to where the text says the person lives


def residence_place(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]], text: str,
                    places: Callable[[Sentence], Sequence[PlaceHit]],
                    prev: Callable[[Sentence], Sentence | None]) -> None:
    """An event at the person's own home or door (house arrest, "at her home", calls received)
    with no place of its own happened where its paragraph said, before it, that one lives
    ("II.1 X. Resident in Istanbul since 2019. Detained by Turkish police at her home")."""
    for ev, rs in made:
        r = rs[0]
        if ev.place is not None or not _AT_HOME.search(text, r.sentence.start, r.sentence.end):
            continue
        s: Sentence | None = r.sentence
        while s is not None and r.sentence.start - s.start <= _HOME_REACH:
            lived = [h for h in places(s) if h.start < r.trigger[0] and _LIVES_IN.search(
                text, max(s.start, h.start - 40), h.start)]
            if lived:
                ev.place = lived[-1].key
                break
            s = prev(s)


# "In March 2017 she went on a trip to Almaty ... When she returned, police took her phone":
# the return is at the time of the trip told before (no finer than that date)
_WHEN_BACK = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Oo]nce|[Aa]s\s+soon\s+as|[Oo]n\s+(?:his|her|their|"
                        r"my|our))\s+(?:(?:he|she|they|I|we)\s+)?(?:returned|return|came\s+back|"
                        r"got\s+back|flew\s+back|arrived\s+back|went\s+back)\b")
_WHEN_BACK_NEEDS = required_literals(_WHEN_BACK)  # a return verb and a conjunction
_TRIP_TOLD = re.compile(r"\b(?:trav[e]ll?ed|went|flew|drove|trip|journey|visit(?:ed)?)\b",
                        re.IGNORECASE)
_RETURN_REACH = 900  # characters back from the return to the trip


def return_time(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]], text: str) -> None:
    """An undated event told in a paragraph that opens with "When she returned" (or in the
    sentence that says so) took place on the return from the trip told just before: at the
    date of the sentence that told the trip, when it has one of its own."""
    for ev, rs in made:
        if ev.date is not None:
            continue
        for r in rs:
            lo = max(text.rfind("\n", 0, r.sentence.start) + 1, r.trigger[0] - _TRIP_REACH)
            back = _WHEN_BACK.search(text, lo, r.trigger[0]) if may_occur(
                _WHEN_BACK_NEEDS, text, lo, r.trigger[0]) else None
            trip = _trip_date(text, back.start()) if back is not None else None
            if trip is not None:
                ev.date, ev.date_text = trip.edtf, trip.text
                break


def _trip_date(text: str, at: int) -> DateMention | None:
    """The date of the latest sentence before ``at`` (within reach) that tells a trip."""
    lo = max(0, at - _RETURN_REACH)
    for s in reversed(list(sentences(text[lo:at]))):
        if _TRIP_TOLD.search(s.text):
            dated = [d for d in find_dates(s.text) if d.edtf and d.precision != "unknown"]
            return dated[0] if dated else None
    return None


# "A second woman, who was filming, was also detained": "also" makes the event a parallel of
# the same kind of event told before, about someone else
# "was also detained", "was detained together with X": the event of another told before
_ALSO = re.compile(r"\b(?:also|(?:together|along)\s+with)\b", re.IGNORECASE)
# a member of a group told of before, from the sentence's start: "One of the women, Zhibek
# Abenova, said she was held for three hours"; "The second woman was also released"
_ONE_OF = re.compile(r"\b(?:one|two|another|each|both|some|several)\s+of\s+(?:the|them|those)\b"
                     r"|\bthe\s+(?:second|third|other)\s+(?:wom[ae]n|m[ae]n|activists?|"
                     r"detainees?|protesters?|picketers?|students?)\b", re.IGNORECASE)


def also_parallel(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]], text: str) -> None:
    """An event told with "also" or "together with", or of one "of the women" told of before,
    and lacking a date (or place) of its own happened when (and where) the latest event of the
    same type told before it for another person did."""
    for ev, rs in made:
        r = rs[0]
        if (ev.date is not None and ev.place is not None) or not (_ALSO.search(
                text, max(r.sentence.start, r.trigger[0] - 30), r.trigger[1] + 20)
                or _ONE_OF.search(text, r.sentence.start, r.trigger[0])):
            continue
        told = [(m.trigger[0], e) for e, ms in made if e.type == ev.type
                and e.person != ev.person for m in ms[:1] if m.trigger[0] < r.sentence.start]
        if not told:
            continue
        first = max(told, key=lambda t: t[0])[1]
        if ev.date is None:
            ev.date, ev.date_text = first.date, first.date_text
        ev.place = ev.place or first.place


# custody counted in hours: "held at a police station for three hours and released"
_HOURS = re.compile(r"\bfor\s+(?:(?:about|around|some|nearly|over|more\s+than|several|a\s+few|"
                    r"a\s+couple\s+of|many|\w+)\s+)?hours?\b|\bovernight\b", re.IGNORECASE)


def same_day_release(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]],
                     text: str) -> None:
    """An undated release told in the sentence of the person's custody counted in hours ("was
    held at a police station for three hours and released") happened the day the custody
    began, when that is dated (and where it was, when the release has no place)."""
    held = {ev.person: (ev, rs) for ev, rs in made
            if ev.type == "detention" and ev.date and "/" not in ev.date}
    for ev, rs in made:
        if ev.type != "release" or ev.date is not None or ev.person not in held:
            continue
        custody, crs = held[ev.person]
        told = {(m.sentence.start, m.sentence.end) for m in crs}
        for r in rs:
            if ((r.sentence.start, r.sentence.end) in told
                    and _HOURS.search(text, r.sentence.start, r.sentence.end)):
                ev.date, ev.date_text = custody.date, custody.date_text
                ev.place = ev.place or custody.place
                break


# "No information since.", "has not been heard from since", "Since then ... nothing": a
# "since" with no date of its own points back at the event just told
_SINCE_TOLD = re.compile(r"\bsince\s*(?:then\b|that\s+(?:day|time)\b|[.;,!”\"]|$)",
                         re.IGNORECASE)


def since_last_told(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]], text: str) -> None:
    """An undated disappearance told as "no information since" starts at the date of the
    person's event told just before it ("Sentenced to 12 years in 2019. No information
    since.")."""
    for ev, rs in made:
        if ev.type != "disappearance" or ev.date is not None:
            continue
        r = rs[0]
        if not _SINCE_TOLD.search(text, r.sentence.start, r.sentence.end):
            continue
        told = [(m.trigger[0], e) for e, ms in made if e.person == ev.person and e.date
                and e is not ev for m in ms if m.trigger[0] < r.trigger[0]]
        if told:
            last = max(told, key=lambda t: t[0])[1]
            ev.date, ev.date_text = last.date, last.date_text


# "has been missing since the summer of 2018 ... The next morning his phone was off": a
# disappearance is when contact stopped; a sentence telling that refines a coarse date
_CONTACT_WORDS = ("phone", "silent", "contact", "touch", "stopped", "heard from", "last time")
_CONTACT_LOST = re.compile(
    r"\bphones?\s+(?:was|were|went|had\s+been|has\s+been)\s+(?:off|dead|silent|switched\s+off|"
    r"disconnected|unreachable)\b|\bwent\s+(?:silent|quiet|dead)\b|\blost\s+(?:all\s+)?"
    r"(?:contact|touch)\b|\bstopped\s+(?:answering|replying|responding|calling|writing)\b|"
    r"\b(?:messages|calls|letters)\s+(?:stopped|ceased)\b|\blast\s+(?:heard\s+from|spoke\s+"
    r"(?:to|with))\b|\bnever\s+heard\s+from\s+(?:him|her|them)\s+again\b|\bthe\s+last\s+"
    r"time\s+(?:we|I|she|he|they)\s+(?:spoke|heard|talked)\b", re.IGNORECASE)
_CONTACT_REACH = 1500  # characters after the disappearance is told: its story
_COARSE = re.compile(r"[0-9]{4}(?:-2[1-4])?")  # a year or a season


def contact_lost(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]], text: str,
                 dates_in: Callable[[Sentence], Sequence[DateMention]],
                 about: Callable[[Sentence, str], bool]) -> None:
    """A disappearance dated only by a year or season ("missing since the summer of 2018")
    is refined by the date of a sentence after it that tells contact stopping ("The next
    morning his phone was off"; "In June 2018 the family lost contact with him"), when that
    date lies within it and the sentence is ``about`` the person (or about no one else); to
    the month at most, as contact stopping only bounds when the person was taken."""
    for ev, rs in made:
        if ev.type != "disappearance" or not _COARSE.fullmatch(ev.date or ""):
            continue
        end = rs[0].sentence.end
        window = text[end:end + _CONTACT_REACH]
        low = window.lower()
        if not any(w in low for w in _CONTACT_WORDS):
            continue
        for s in sentences(window):
            at = Sentence(s.start + end, s.end + end, s.text, s.paragraph)
            if _CONTACT_LOST.search(s.text) and about(at, ev.person):
                _refine_by(ev, dates_in(at))
                break


def _refine_by(ev: ExtractedEvent, dates: Sequence[DateMention]) -> None:
    """The month of the first date among ``dates`` that falls within the event's date."""
    for d in dates:
        if d.edtf and refines(d.edtf.rstrip("~")[:7], ev.date or ""):
            ev.date, ev.date_text = d.edtf.rstrip("~")[:7], d.text
            return


# what a state of being held began with: internment with the arrest, prison with the verdict
_BEGUN_BY = {"internment": ("detention",), "imprisonment": ("sentencing", "detention")}


def custody_start(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]]) -> None:
    """An undated internment or imprisonment told after the person's dated arrest (or
    verdict) began then ("was taken from her home in February 2018 ... was held in a
    'training centre'"), to the month at most, when no other dated event of theirs is told
    in between."""
    for ev, rs in made:
        if ev.date is not None or ev.type not in _BEGUN_BY:
            continue
        at = rs[0].trigger[0]
        before = sorted(((m.trigger[0], e) for e, ms in made if e.person == ev.person
                         and e.date for m in ms if m.trigger[0] < at), key=lambda b: b[0])
        if before and before[-1][1].type in _BEGUN_BY[ev.type]:
            start = before[-1][1]
            ev.date, ev.date_text = (start.date or "")[:7] or None, start.date_text


def lede_mentions(person: str, type_: str, first: Sentence, sents: Sequence[Sentence],
                  refers_to: Callable[[Sentence, str], bool],
                  refers_to_other: Callable[[Sentence, str], bool]
                  ) -> list[tuple[Sentence, tuple[int, int]]]:
    """The sentences (the lede) that told this event of ``person`` before naming them, each
    with its trigger span: sentences in paragraphs before ``first`` that describe one person
    ("a former miner") and have a trigger of ``type_`` whose subject is no one's relative
    ("his brother was convicted"), when no one else is named before ``first``."""
    ledes = [(s, span) for s in sents if s.paragraph < first.paragraph
             and s.start < first.start and _describes_one(s.text)
             and (span := _trigger_in(s, type_)) is not None
             and not _POSSESSIVE.search(s.text, 0, span[0] - s.start)]
    if not ledes or any(refers_to_other(s, person) for s in sents if s.start < first.start):
        return []
    return ledes if refers_to(first, person) else []


def group_lede_mentions(person: str, type_: str, first: Sentence, sents: Sequence[Sentence],
                        refers_to: Callable[[Sentence, str], bool],
                        refers_to_other: Callable[[Sentence, str], bool]
                        ) -> list[tuple[Sentence, tuple[int, int]]]:
    """The lede that told, before naming anyone, the event of a counted group ("A court on
    Tuesday convicted two men of ...") that ``person``'s retelling in the next paragraphs
    belongs to ("X, 37, was sentenced to a year, and his co-defendant Y ..."): each member
    named after it shares its time. Only a small counted group (not "dozens of people", a
    statement about many), told with no one named up to it and not as someone's relatives
    ("his two brothers")."""
    if not refers_to(first, person):
        return []
    found: list[tuple[Sentence, tuple[int, int]]] = []
    for s in sents:
        if s.start >= first.start:
            break
        if first.paragraph - s.paragraph > _GROUP_REACH or s.paragraph == first.paragraph:
            continue
        group = _GROUP.search(s.text) if _COUNT_WORD.search(s.text) else None
        span = _trigger_in(s, type_) if group is not None else None
        if (span is not None and group is not None
                and not _POSSESSIVE.search(s.text, 0, group.start() + 1)
                and not any(refers_to(x, person) or refers_to_other(x, person)
                            for x in sents if x.start <= s.start)):
            found.append((s, span))
    return found[::-1]  # the nearest first: "convicted the four in August" after the lede


_GROUP_REACH = 2  # paragraphs from the lede to the retelling
_COUNT_WORD = re.compile(r"\b(?:" + "|".join(SMALL_NUMBERS) + r")\b", re.IGNORECASE)
# a small counted group of people: "two men", "three ethnic Kazakh activists"
_GROUP = re.compile(r"\b(?i:two|three|four|five|six)\s+(?:[\w'’-]+\s+){0,3}?"
                    r"(?:men|women|people|persons|children|(?:" + HEADS + r")s)\b"
                    # the group named before by its count alone: "convicted the four in August"
                    r"|\b(?i:the)\s+(?i:two|three|four|five|six)\b(?!\s+(?i:of|years?|months?|"
                    r"days?|weeks?|hours?)\b)")


def might_have_lede(text: str, end: int) -> bool:
    """Whether the text before ``end`` describes anyone (or a counted group) at all: a quick
    test before the sentences are read one by one."""
    return (_DESCRIBED.search(text, 0, end) is not None
            or (_has_count_word(fold(text[:end])) and _GROUP.search(text, 0, end) is not None))


def _has_count_word(folded: str) -> bool:
    """Whether ``folded`` holds a number ``_GROUP`` counts with (a text without any has no
    counted group, which substring tests tell sooner than a search)."""
    return any(w in folded for w in SMALL_NUMBERS)


@lru_cache(maxsize=1024)
def _describes_one(sentence: str) -> bool:
    """The sentence describes exactly one unnamed person (asked for every event of a
    document, so the answer is kept)."""
    return len(_DESCRIBED.findall(sentence)) == 1 and not _PLURAL.search(sentence)


# a lede about several people ("a trader and a historian ... both") tells no one's date
_PLURAL = re.compile(r"\b(?:both|two|three|several|they|them)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b(?:his|her|their|my|our)\b", re.IGNORECASE)
# an indefinite description of a person: the lede's way of telling about someone unnamed
# (opening with the class [Aa], the word start checked behind it, so that a search over the
# text before an event skips to the next "a" at C speed)
_DESCRIBED = re.compile(r"[Aa](?<!\w[Aa])n?\s+(?:[\w'’-]+\s+){0,4}?(?:school|head|sub)?(?:" + HEADS
                        + r"|miner|pastor|"
                        r"employee|labou?rer|villager|youth|person|national|official)\b")


@lru_cache(maxsize=4096)
def _trigger_in(s: Sentence, type_: str) -> tuple[int, int] | None:
    """The first affirmed trigger of ``type_`` in the sentence (absolute offsets). Asked
    for every sentence before each event that lacks a date or place, so kept."""
    for trig in live_triggers(active_stems(s.text)):
        if trig.type != type_:
            continue
        for m in trig.pattern.finditer(s.text):
            window = s.text[max(0, m.start() - 45):m.start()]
            if not (NEGATION.search(window) or HYPOTHETICAL.search(window)
                    or _GROUP_BEFORE.search(window)):
                return s.start + m.start(), s.start + m.end()
    return None


# a participle after a plural noun says what befell that group ("an activist who campaigns
# for ethnic Kazakhs detained in Xinjiang"), not the one person a lede describes
_GROUP_BEFORE = re.compile(r"\b(?:Kazakhs|Uyghurs|Uighurs|Kyrgyz|Muslims|people|persons|"
                           r"relatives|others|men|women|activists|prisoners|detainees|citizens|"
                           r"residents|families|those|thousands|hundreds|dozens|millions)\s+$",
                           re.IGNORECASE)


__all__ = ["after_events", "also_parallel", "contact_lost", "custody_death_place", "custody_start",
           "group_lede_mentions", "home_place", "lede_mentions", "might_have_lede",
           "residence_place", "return_time", "same_day_release", "since_last_told",
           "trip_place"]
