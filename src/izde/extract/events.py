"""Events: a trigger phrase, the person it happens to, and its date, place, agency, charge, term.

For each sentence every trigger of ``triggers.TRIGGERS`` is tried in table order; a span taken
by one trigger is not reused by a later one ("held in a re-education camp" is internment, not
also detention). Negated or hypothetical wording before the trigger ("was not charged",
"fears he will be detained", "could face torture") makes no event. Attributes come from the
same sentence, the nearest mention to the trigger winning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from izde.extract.charges import ChargeMention
from izde.extract.dates import DateMention
from izde.extract.references import (
    PersonIndex,
    antecedent,
    is_cited_source,
    label_speaker_at,
    speaks,
)
from izde.extract.segment import Sentence
from izde.extract.spans import fold
from izde.extract.subjects import object_after, subject_before
from izde.extract.terms import TermMention
from izde.extract.triggers import HYPOTHETICAL, NEGATION, Trigger, active_stems, live_triggers

_TERM_BEFORE = re.compile(r"(?:sentenced\s+to|jailed\s+for|imprisoned\s+for|given|handed|got|"
                          r"received|earned|serving|served|a|an|with)\s+$", re.IGNORECASE)
_TERM_AFTER = re.compile(r"\s*(?:in\s+(?:prison|jail)|(?:prison\s+|jail\s+)?(?:sentence|term)|"
                         r"(?:of\s+)?imprisonment|behind\s+bars)", re.IGNORECASE)
_LEADING_PRONOUN = re.compile(r"(?:[\w'’]+\s+){0,2}?(his|her|their)\b", re.IGNORECASE)
AGENCY_RE = re.compile(
    r"\b(?:National\s+Security\s+(?:Committee|Service|Commission)|(?:state|national)\s+security"
    r"(?:\s+(?:officials|officers|agents|police|service))?|(?:Ministry\s+of\s+)?Public\s+Security|"
    r"Interior\s+Ministry|border\s+guards|(?:secret\s+|local\s+|county\s+|city\s+|Chinese\s+|"
    r"Kazakh\s+)?police)\b", re.IGNORECASE)
COURT_RE = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,4}(?:Court|Tribunal)\b")


@dataclass
class RawEvent:
    """One trigger occurrence for one person, before merging per (person, type)."""

    type: str
    person: str
    sentence: Sentence
    trigger: tuple[int, int]
    confidence: float
    term: TermMention | None = None


@dataclass(frozen=True)
class SentenceFacts:
    """The dated, charged and termed mentions of one sentence (absolute offsets)."""

    dates: list[DateMention]
    charges: list[ChargeMention]
    terms: list[TermMention]


def events_in_sentence(index: PersonIndex, sent: Sentence, floor: int,
                       terms: list[TermMention], stems: frozenset[str] | None = None
                       ) -> list[RawEvent]:
    """Every event the sentence states, one per (trigger, person); ``stems``, when the caller
    knows them (``triggers.StemIndex``), are the trigger stems the sentence contains: only
    triggers spelling one of them are tried."""
    taken: list[tuple[int, int]] = []
    out: list[RawEvent] = []
    folded = ""
    for trig in live_triggers(active_stems(sent.text) if stems is None else stems):
        if trig.needs:
            folded = folded or fold(sent.text)
            if not any(n in folded for n in trig.needs):
                continue
        for m in _matches(trig, index.text, sent):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            found = _persons_for(index, sent, trig, m.start(), m.end(), floor)
            upto = m.start() if trig.type == "disappearance" or trig.negative else m.end()
            if found and (trig.asserted or not _negated(index.text, sent, m.start(), upto)):
                taken.append((m.start(), m.end()))
                out.extend(RawEvent(trig.type, k, sent, (m.start(), m.end()), trig.confidence)
                           for k in found[0])
    out.extend(_term_events(index, sent, floor, terms, taken))
    return _beatings_as_torture(out)


def _matches(trig: Trigger, text: str, sent: Sentence) -> Iterable[re.Match[str]]:
    """The trigger's matches in the sentence; a "lead" trigger is tried only where the
    sentence's words begin."""
    if trig.side != "lead":
        return trig.pattern.finditer(text, sent.start, sent.end)
    opening = _OPENING.match(text, sent.start, sent.end)
    m = trig.pattern.match(text, opening.end() if opening else sent.start, sent.end)
    return (m,) if m else ()


def _beatings_as_torture(found: list[RawEvent]) -> list[RawEvent]:
    """A beating told in the same sentence as torture of the same person is part of that
    torture ("guards beat him and kept him in a tiger chair"), not a separate assault."""
    tortured = {r.person for r in found if r.type == "torture"}
    if not tortured:
        return found
    return [r for r in found if not (r.type == "assault" and r.person in tortured)]


def _persons_for(index: PersonIndex, sent: Sentence, trig: Trigger, start: int, end: int,
                 floor: int) -> tuple[list[str], int] | None:
    """Persons and where the clause to check for negation starts."""
    found = _persons_named(index, sent, trig, start, end, floor)
    if found is not None:
        return _not_the_speaker(index, found, start, floor)
    if _first_person(index.text, trig, start, end):
        speaker = label_speaker_at(index, start) or index.narrator
        keys = quote_speaker(index, start, floor) or ([speaker] if speaker else [])
        return (keys, start) if keys else None
    return found


def _not_the_speaker(index: PersonIndex, found: tuple[list[str], int], pos: int, floor: int
                     ) -> tuple[list[str], int] | None:
    """Inside a quotation "he" and "him" are not its speaker, who says "I" ('"We asked for
    him to stay, and then he was deported," said his lawyer')."""
    speaker = quote_speaker(index, pos, floor)
    keys = [k for k in found[0] if k not in speaker]
    return (keys, found[1]) if keys else None


_SPEECH_VERB = r"(?:said|says|recalled|recalls|added|explained|told\s+[\w\s]{1,30}?|wrote|writes)"
_SPEAKER_AFTER = re.compile(r"\s*(?:" + _SPEECH_VERB + r"\s+(?P<p1>he|she)\b|(?P<p2>he|she)\s+"
                            + _SPEECH_VERB + r"\b|(?:" + _SPEECH_VERB + r"\s+)?(?=[A-Z]))")
# the name is the subject of the verb that introduces the quotation: 'Aigul told RFA: "...'
_SPEAKER_BEFORE = re.compile(r"\s*(?:,[^,“\"]{0,60},\s*)?" + _SPEECH_VERB
                             + r"\b[^“\"]{0,30}?[:,]?\s*$")


def quote_speaker(index: PersonIndex, pos: int, floor: int) -> list[str]:
    """Who speaks a quotation that ``pos`` lies inside ('"They took me away," Aigul said.',
    'Aigul said: "They took me away."', '"..." she recalled'): the person its "I" and "me"
    are. Empty when ``pos`` is not inside a quotation of the paragraph or no speaker is named."""
    text = index.text
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos) % (len(text) + 1)
    before = text[lo:pos]
    curly_open = before.rfind("“") > before.rfind("”")
    if not (curly_open or before.count('"') % 2 == 1):
        return []
    opened = lo + max(before.rfind("“"), before.rfind('"'))
    intro = index.persons_between(lo, opened)
    if intro and _SPEAKER_BEFORE.match(text, intro[-1][1], opened):
        return [intro[-1][2]]
    close = min((i for i in (text.find("”", pos, hi), text.find('"', pos, hi)) if i >= 0),
                default=-1)
    if close < 0:
        return []
    m = _SPEAKER_AFTER.match(text, close + 1, hi)
    if m is None:
        return []
    pron = m.group("p1") or m.group("p2")
    if pron:
        return antecedent(index, m.start("p1") if m.group("p1") else m.start("p2"), pron, floor)
    named = index.persons_between(m.end(), min(hi, m.end() + 60))
    return [named[0][2]] if named and named[0][0] == m.end() else []


# "I was held ...", "they took me away": in a testimony whose narrator has given their name
# ("My name is ..."), the first person is that narrator
_I_BEFORE = re.compile(r"(?<![\w’'])(?-i:I)\s+(?:[\w’'-]+\s+){0,3}$")
_ME_AFTER = re.compile(r"\s*(?:me|myself)\b", re.IGNORECASE)


def _first_person(text: str, trig: Trigger, start: int, end: int) -> bool:
    if trig.side == "after":
        return bool(_ME_AFTER.match(text, end))
    if trig.side in ("before", "inside"):
        return bool(_I_BEFORE.search(text, max(0, start - 40), start))
    return False


def _persons_named(index: PersonIndex, sent: Sentence, trig: Trigger, start: int, end: int,
                   floor: int) -> tuple[list[str], int] | None:
    """Persons a trigger names or refers to, and where its clause starts."""
    if trig.side == "after":
        keys = object_after(index, end, sent.end, floor)
        return (keys, start) if keys else None
    if trig.side == "lead":
        keys = _lead_subject(index, sent, start, end, floor)
        return (keys, start) if keys else None
    pos = end if trig.side == "inside" else start
    pron = _LEADING_PRONOUN.match(index.text, start, end) if trig.side == "inside" else None
    if pron:
        keys = antecedent(index, start, pron.group(1), floor)
        return (keys, start) if keys else None
    keys = subject_before(index, sent.start, pos, floor)
    if not keys and trig.side == "before" and _BARE_PARTICIPLE.match(index.text, sent.start):
        keys = _lead_subject(index, sent, sent.start, sent.start, floor)
    if not keys and trig.side == "inside":
        keys = object_after(index, end, sent.end, floor)
    if not keys and trig.side == "noun":
        named = {m[2] for m in index.persons_between(sent.start, sent.end)
                 if not is_cited_source(index, m[0], m[1]) and not speaks(index, m)}
        keys = list(named) if len(named) == 1 else []
    return (keys, start) if keys else None


# what may precede an event word that opens a sentence: quotes, dashes, bullets, brackets
_OPENING = re.compile(r"[\s\"“‘'(\[*•·–—-]*")
# a telegraphic sentence of a case entry: "Released in 2018 and placed under house arrest."
_BARE_PARTICIPLE = re.compile(r"[\s\"“‘'(\[*•·–—-]*(?:(?-i:[A-Z])[a-z]+ed|Held|Taken|Sent|Put|Kept|"
                              r"Given|Beaten|Caught|Brought|Thrown|Forbidden|Banned|Barred)\b")
_CLAUSE_END = re.compile(r"[^,;:]{0,80}?,\s*")


def _lead_subject(index: PersonIndex, sent: Sentence, start: int, end: int,
                  floor: int) -> list[str]:
    """The person of a sentence that opens with its event and no subject. A participial
    clause takes the subject after it ("Detained in 2018, she was ..."); a telegraphic
    sentence ("Detained by police in April 2018." in a list of cases, "No information
    since.") continues the account of the person the text was just about."""
    if not _OPENING.fullmatch(index.text, sent.start, start):
        return []
    clause = _CLAUSE_END.match(index.text, end, sent.end)
    if clause:
        keys = object_after(index, clause.end(), sent.end, floor)
        if keys:
            return keys
    if index.persons_between(sent.start, sent.end):
        return []  # a name later in the sentence: too unclear who it is about
    if not index.persons_between(max(floor, start - 1500), start):
        return []
    return antecedent(index, start, "", floor)


# a negation or condition does not reach across a contrasting or new clause: "asked for his
# papers, but officers told him ...", "was not charged, and was released"
_NEW_CLAUSE = re.compile(r",?\s+but\s+|,\s+(?:and|while|whereas|although|though|yet)\s+",
                         re.IGNORECASE)


def _negated(text: str, sent: Sentence, start: int, end: int) -> bool:
    lo = max(sent.start, start - 45)
    for brk in _NEW_CLAUSE.finditer(text, lo, start):
        lo = brk.end()
    window = text[lo:end]
    return bool(NEGATION.search(window) or HYPOTHETICAL.search(window))


def _term_events(index: PersonIndex, sent: Sentence, floor: int, terms: list[TermMention],
                 taken: list[tuple[int, int]]) -> list[RawEvent]:
    """'a 20-year sentence', 'given nine years', 'a 10-day jail term' (days: detention)."""
    out: list[RawEvent] = []
    text = index.text
    for t in terms:
        if any(s <= t.start < e + 30 for s, e in taken) or not _is_sentence_term(text, t):
            continue
        keys = subject_before(index, sent.start, t.start, floor)
        if not keys or _negated(text, sent, t.start, t.end):
            continue
        kind = "detention" if t.unit in ("day", "week") else "sentencing"
        out.extend(RawEvent(kind, k, sent, (t.start, t.end), 0.7, t) for k in keys)
    return out


# "an offense that carries up to a year in prison": the law's maximum, not a sentence
STATUTORY = re.compile(r"\b(?:carries|carry|carrying|punishable\s+by|up\s+to|maximum(?:\s+of)?|"
                       r"as\s+(?:much|long)\s+as)\s+(?:an?\s+)?$", re.IGNORECASE)
_TERM_WORDS = re.compile(r"sentence|term|prison|jail|imprisonment", re.IGNORECASE)


def _is_sentence_term(text: str, t: TermMention) -> bool:
    if STATUTORY.search(text, max(0, t.start - 30), t.start):
        return False
    if t.kind != "term" or _TERM_WORDS.search(t.text):
        return True
    before = text[max(0, t.start - 25):t.start]
    return bool(_TERM_BEFORE.search(before) or _TERM_AFTER.match(text, t.end, t.end + 30))


def facts_for(sent: Sentence, dates: list[DateMention], charges: list[ChargeMention],
              terms: list[TermMention]) -> SentenceFacts:
    """The mentions that lie inside the sentence."""
    def inside(start: int, end: int) -> bool:
        return sent.start <= start and end <= sent.end

    return SentenceFacts([d for d in dates if inside(d.start, d.end)],
                         [c for c in charges if inside(c.start, c.end)],
                         [t for t in terms if inside(t.start, t.end)])
