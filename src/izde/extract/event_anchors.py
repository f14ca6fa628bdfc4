"""Events dated by another event of the story they are told against.

"Two days after his father died, a man called him", "Days after his mother was taken, an
official called him", "Before he was released, an officer warned him", "Two weeks before her
detention, a police officer called her", "Since the funeral, his widow has not been allowed to
leave her house" (a state that began then): the time of the event is told as a span from another
event the document tells (an anchor) and dates. When the event has no date of its own, it takes
the anchor's, moved by the span when the span is a count of days, weeks or months, and never
more precise than the text allows: a vague span ("days after", "shortly before") or a bare
"after"/"before" keeps the anchor's month at most.

The anchor is found by what the phrase names: a noun of an act ("his release", "her
detention", "the burial") or a clause ("his mother was taken", "he was released", "his father
died"). A kinship word ("his father died") points at someone else than the person the event
is about; without one ("before he was released") the person's own event is meant first. Of
several such events, the one told last before the phrase is meant.

``narrative.after_events`` dates an event told "after the verdict" right after its trigger by
the same person's event; this module reads the fronted or clause-level phrase, with amounts
and with kin.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from izde.extract.events import RawEvent
from izde.extract.model import ExtractedEvent
from izde.extract.relations import KIN, KIN_ALT
from izde.extract.terms import parse_number

_POSS = r"(?:his|her|their|my|our)"
_SUBJ = r"(?:he|she|they|I|we)"

# the span: "two days", "a few weeks", "days", "shortly", "the day", "a month"
_AMOUNT = (r"(?P<amount>(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
           r"eleven|twelve|[0-9]{1,2})\s+|(?P<few>a\s+few|several|some)\s+|(?P<the>the)\s+)?"
           r"(?P<unit>days?|weeks?|months?)|(?P<soon>shortly|soon|just|right|immediately|"
           r"hours))\s+")
# the act of the anchor, by the word that tells it
_NOUNS = {
    "release": "release", "arrest": "detention", "detention": "detention",
    "death": "death", "burial": "death", "funeral": "death",
    "verdict": "sentencing", "trial": "sentencing", "sentencing": "sentencing",
    "fine": "sentencing",
    "conviction": "sentencing", "deportation": "deportation", "expulsion": "deportation",
    "disappearance": "disappearance",
}
_VERBS = {
    "released": "release", "freed": "release", "let go": "release",
    "detained": "detention", "arrested": "detention", "taken away": "detention",
    "taken": "detention", "picked up": "detention",
    "sentenced": "sentencing", "convicted": "sentencing",
    "deported": "deportation", "expelled": "deportation",
    "died": "death", "disappeared": "disappearance", "vanished": "disappearance",
}
_NOUN_ALT = "|".join(sorted(_NOUNS, key=len, reverse=True))
_PASSIVE_ALT = "|".join(sorted((v for v, t in _VERBS.items() if t not in (
    "death", "disappearance")), key=len, reverse=True)).replace(" ", r"\s+")
_INTRANSITIVE = r"died|disappeared|vanished"

_ANCHORED = re.compile(
    # (a bare "after" or "before" is no time: "sentenced ... after his arrest" may be years on;
    # "since" starts a state then)
    rf"\b(?:{_AMOUNT}(?P<rel>after|before)|(?P<since>since))\s+(?:"
    # "his release", "her husband's arrest", "the burial"
    rf"(?P<who>{_POSS}\s+(?:(?:elder|older|younger)\s+)?(?:(?P<kin_n>{KIN_ALT})['’]s\s+)?|"
    rf"the\s+)(?P<noun>{_NOUN_ALT})\b"
    # "his mother was taken", "her husband was taken to the border", "his father died"
    rf"|(?P<who_k>{_POSS}\s+(?:(?:elder|older|younger)\s+)?(?P<kin_c>{KIN_ALT}))\s+(?:"
    rf"(?:was|were|had\s+been)\s+(?P<passive_k>{_PASSIVE_ALT})|(?:had\s+)?"
    rf"(?P<intrans_k>{_INTRANSITIVE}))\b"
    # "he was released", "she was detained"
    rf"|(?P<who_s>{_SUBJ})\s+(?:(?:was|were|had\s+been)\s+(?P<passive_s>{_PASSIVE_ALT})|(?:had\s+)?"
    rf"(?P<intrans_s>{_INTRANSITIVE}))\b)",
    re.IGNORECASE)
# the phrase opens the sentence or a clause before the event, or follows its trigger closely
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:—–]|\bthat|\band|\bbut)[\s\"“‘']*$", re.IGNORECASE)
_AFTER_TRIGGER_REACH = 60


def _anchor_type(m: re.Match[str]) -> str:
    if m.group("noun"):
        return _NOUNS[m.group("noun").lower()]
    verb = next(v for v in (m.group("passive_k"), m.group("intrans_k"), m.group("passive_s"),
                            m.group("intrans_s")) if v)
    return _VERBS[" ".join(verb.lower().split())]


def _phrases(text: str, r: RawEvent) -> list[re.Match[str]]:
    """The anchoring phrases of a mention: opening a clause before the trigger, or right
    after it."""
    s = r.sentence
    found = []
    for m in _ANCHORED.finditer(text, s.start, s.end):
        if m.end() <= r.trigger[0]:
            if _CLAUSE_OPEN.search(text, max(s.start, m.start() - 12), m.start()) or \
                    m.start() == s.start:
                found.append(m)
        elif r.trigger[1] <= m.start() <= r.trigger[1] + _AFTER_TRIGGER_REACH:
            found.append(m)
    return found


def _shift(date: str, m: re.Match[str]) -> str | None:
    """The anchor's date moved by the phrase's span, at the precision the span allows."""
    if "/" in date or not re.fullmatch(r"[0-9]{4}(?:-[0-9]{2}){0,2}", date):
        return None
    parts = [int(p) for p in date.split("-")]
    sign = -1 if (m.group("rel") or "").lower() == "before" else 1
    unit = (m.group("unit") or "").lower().rstrip("s")
    n_word = (m.group("n") or "").lower()
    n = None
    if unit and n_word:
        n = int(parse_number(n_word) or 0) or None
    elif unit and m.group("the") and unit == "day":
        n = 1  # "the day after"
    if n is None or len(parts) == 1:
        return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts[:2]))
    if unit == "day" and len(parts) == 3:
        day = dt.date(*parts) + dt.timedelta(days=sign * n)
        return day.isoformat()
    if unit == "week" and len(parts) == 3:
        day = dt.date(*parts) + dt.timedelta(weeks=sign * n)
        return day.isoformat()[:7]
    if unit == "month":
        y, mon = divmod(parts[0] * 12 + parts[1] - 1 + sign * n, 12)
        return f"{y:04d}-{mon + 1:02d}"
    return f"{parts[0]:04d}-{parts[1]:02d}"


def _anchor(ev: ExtractedEvent, kind: str, m: re.Match[str], who: frozenset[str],
            dated: Sequence[ExtractedEvent], gender_of: Callable[[str], str | None]
            ) -> ExtractedEvent | None:
    """The event the phrase ``m`` names: of the kind named, of whom the phrase refers to
    (``who``) when that is known; else someone else's when a kinship word names them (of several,
    those of the kin word's sex, when theirs is known), the person's own first when none does; of
    several, the one told last before the phrase (what a reader has in mind), none when none
    was told before it."""
    kin_word = (m.group("kin_n") or m.group("kin_c") or "").lower()
    kin = bool(kin_word)
    sex = KIN[kin_word][1] if kin else ""
    of_kind = [e for e in dated if e.type == kind]
    fitting = [e for e in of_kind if not (sex and gender_of(e.person) not in (None, sex))]
    if len({e.person for e in of_kind}) > 1:
        of_kind = fitting  # the sex tells several apart; alone, a wrong guess must not win
    named = [e for e in of_kind if e.person in who and not (kin and e.person == ev.person)]
    own = [e for e in of_kind if e.person == ev.person]
    others = [e for e in of_kind if e.person != ev.person]
    pool = named or (others if kin else (own or others))
    at = m.start()
    told = [(max(x.start for x in e.evidence if x.start < at), e) for e in pool
            if any(x.start < at for x in e.evidence)]
    if not told:
        return None
    told.sort(key=lambda t: t[0])
    if len(told) > 1 and told[-1][0] == told[-2][0]:
        return None  # two told in the same sentence: which one is not said
    return told[-1][1]


def anchored_events(made: Sequence[tuple[ExtractedEvent, list[RawEvent]]], text: str,
                    referred: Callable[[int, int], frozenset[str]] | None = None,
                    gender_of: Callable[[str], str | None] = lambda key: None) -> None:
    """Date each undated event told as a span from another dated event of the document (see
    the module's text); ``referred`` tells whom a stretch of text refers to (the possessor
    and kin of "his mother was taken") and ``gender_of`` a person's sex, when the caller
    knows."""
    dated = [ev for ev, _ in made if ev.date]
    if not dated:
        return
    for ev, rs in made:
        if ev.date is not None:
            continue
        for r in rs:
            for m in _phrases(text, r):
                kind = _anchor_type(m)
                if kind == ev.type:
                    continue
                g = next(x for x in ("who", "who_k", "who_s") if m.group(x) is not None)
                who = referred(m.start(g), m.end(g)) if referred else frozenset()
                anchor = _anchor(ev, kind, m, who, dated, gender_of)
                moved = _shift(anchor.date, m) if anchor is not None and anchor.date else None
                if moved is not None and anchor is not None:
                    ev.date, ev.date_text = moved, m.group()
                    _cite_anchor(ev, anchor)
                    break
            if ev.date is not None:
                break


def _cite_anchor(ev: ExtractedEvent, anchor: ExtractedEvent) -> None:
    """The date came from the anchor's telling: its first quote becomes the event's evidence
    too (at the anchor's confidence, halved: the reading of the span is the program's)."""
    told = anchor.evidence[0]
    if all(e.start != told.start for e in ev.evidence):
        ev.evidence.append(replace(told, confidence=round(told.confidence / 2, 2)))
