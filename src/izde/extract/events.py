"""Events: a trigger phrase, the person it happens to, and its date, place, agency, charge, term.

For each sentence every trigger of ``triggers.TRIGGERS`` is tried in table order; a span taken
by one trigger is not reused by a later one ("held in a re-education camp" is internment, not
also detention). Negated or hypothetical wording before the trigger ("was not charged",
"fears he will be detained", "could face torture") makes no event. Attributes come from the
same sentence, the nearest mention to the trigger winning.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from izde.extract.addressees import addressee_of, authorities_speak, owner_of
from izde.extract.charges import ChargeMention
from izde.extract.dates import DateMention
from izde.extract.keywords import present
from izde.extract.literals import Folded, leading_literals, passes, required_literals, scan
from izde.extract.pattern_map import PatternMap
from izde.extract.references import (
    PersonIndex,
    antecedent,
    first_person_at,
    is_cited_source,
    quote_speaker,
    speaks,
)
from izde.extract.segment import Sentence
from izde.extract.spans import fold, quote_opened
from izde.extract.subjects import object_after, refs_in, subject_before
from izde.extract.terms import AT_LIBERTY, WORD_NUMBER, TermMention
from izde.extract.trigger_spec import (
    AMONG_INMATES,
    ANOTHER_INMATE,
    CAMP,
    CAMP_WORD,
    GROUP_NOUNS,
    INMATES_ROOM,
    OFFICIAL_CAMP_NAME,
    OTHER_CAMPS,
    SHARED_ROOM,
    THE_SAME_PLACE,
)
from izde.extract.triggers import (
    FUTURE,
    HYPOTHETICAL,
    NEGATION,
    Trigger,
    active_stems,
    passing,
    words_in,
)
from izde.extract.values import value_class

_TERM_BEFORE = re.compile(r"\b(?:sentenced\s+to|jailed\s+for|imprisoned\s+for|given|handed|got|"
                          r"received|earned|serving|served|a|an|with|"
                          # "a sentence of eight years", "a prison term of 10 years"
                          r"(?:sentences?|terms?|imprisonment)\s+of)\s+$", re.IGNORECASE)
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
    supplementary: bool = False  # see ``Trigger.supplementary``


@value_class
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
    triggers spelling one of them, and whose literal gates the sentence passes
    (``triggers.passing``), are tried."""
    taken: list[tuple[int, int]] = []
    out: list[RawEvent] = []
    folded = index.folded[sent.start:sent.end]  # ``fold`` keeps offsets: the sentence's own
    found_at = Folded(folded, sent.start)
    openings = _Openings(index.text, sent)
    words = words_in(folded)
    for trig, leading in passing(active_stems(sent.text) if stems is None else stems, folded,
                                 words):
        if leading is not None and trig.side != "lead":
            leading = leading.intersection(words)  # the words its matches can start with here
            if not leading:
                continue  # none occurs: the trigger cannot match
        for m in _matches(trig, index.text, sent, found_at, leading, openings):
            core = _core_start(m)
            if any(core < e and s < m.end() for s, e in taken):
                continue
            if trig.near is not None and not _told_near(index, sent, trig.near, m.start()):
                continue
            if trig.back is not None and not _told_before(index, sent, trig.back):
                continue
            if trig.side == "before" and trig.type in _HELD_TYPES and _thing_subject(
                    index.text, max(sent.start, m.start() - 60), m.start()):
                continue  # "her passport has been seized": a thing is held, not a person
            if trig.side == "before" and trig.type != "sentencing" and _ASKED_WHY.search(
                    index.text, max(sent.start, m.start() - 30), m.start()):
                continue  # "never shown any document explaining why she had been held": the
                # custody told elsewhere, asked about, not told again (but "does not know how
                # long he was sentenced to serve" tells that he was: ``_presupposed``)
            found = _spoken_to(index, trig, m, floor) if trig.side in _SPOKEN_SIDES else \
                _persons_for(index, sent, trig, m.start(), m.end(), floor)
            if found and trig.type == "death" and (_natural_death(index.text, sent)
                                                    or _found_alive(index.text, sent, m.end())):
                continue
            if found and trig.type in _RESTRICTIONS and _SENTENCE_TERMS.match(index.text,
                                                                             sent.start):
                continue  # "Under the sentence, he may not leave Almaty without permission":
                # the terms of the penalty, which is the sentencing
            if found and trig.type == "release" and _order_unmet(index.text, sent, m):
                continue
            if found and trig.side == "about" and _PRESS.match(index.text, m.end()):
                continue
            if found and _OF_THEM.match(m.group()) and not _group_held_before(index.text, sent) \
                    and not _IN_A_ROOM.search(m.group()):
                continue  # "Among them was X": only after a group held (one of the men "in my
                # room" or "cell" was held there, as the teller was)
            upto = m.start() if trig.type == "disappearance" or trig.negative else m.end()
            if found and (trig.asserted or _presupposed(index.text, sent, trig, m)
                          or not _negated(index.text, sent, m.start(), upto,
                                          trig.type != "deportation")):
                taken.append((core, m.end()))
                out.extend(RawEvent(trig.type, k, sent, (m.start(), m.end()), trig.confidence,
                                    supplementary=trig.supplementary)
                           for k in found[0])
    out.extend(_term_events(index, sent, floor, terms, taken))
    out.extend(_sentenced_to_serve(index.text, out, terms))
    if out and sent.text.rstrip().endswith("?"):
        if _POLAR.match(index.text, sent.start, sent.end) and not _YES_AFTER.match(
                index.text, sent.end):
            return []  # "Can you confirm that he is in custody?" asserts nothing
        out.extend(_answered(index, sent, out))
    out = _taken_with(index, out)
    out = _taken_from_home(index.text, _calls_as_threats(_beatings_as_torture(out, index.text)))
    out = _pressure_within(index.text, out)
    out = _held_where_a_camp(index.text, out)
    out = _held_since_conviction(index.text, out)
    out = _work_after_release(index.text, _freed_and_handed_home(index.text, out))
    return _questioning_in_custody(index.text, out)


# one held with another: "was detained in April 2018 together with two colleagues, one of them
# Luqman Salam", "was arrested along with his cousin, Yerlan Nurgali" (the companion is held
# too); what comes between is a kin or role word, a count, or "one of them"
_TAKEN_WITH_TYPES = frozenset({"detention", "internment", "disappearance"})
_WITH_COMPANION = re.compile(
    r"\s*,?\s*(?:(?:together|along)\s+)?with\s+(?:(?:(?:his|her|their|two|three|four|five|several|"
    r"a|an|the|fellow|other|another)\s+){0,3}(?:[a-z-]+\s+)?[a-z-]+(?:\s*,\s*(?:one\s+of\s+"
    r"(?:them|whom)(?:\s+was)?|including|among\s+them)\s+|\s*,\s*|\s+))?(?=(?-i:[A-Z]))")


def _taken_with(index: PersonIndex, found: list[RawEvent]) -> list[RawEvent]:
    """``found`` with the companions its custody events name after the trigger."""
    extra: list[RawEvent] = []
    for r in found:
        if r.type not in _TAKEN_WITH_TYPES:
            continue
        at = index.text.find("with", r.trigger[0], min(r.sentence.end, r.trigger[1] + 60))
        if at < 0:
            continue
        lo = index.text.rfind(" ", r.trigger[1], at - 1)
        m = _WITH_COMPANION.match(index.text, max(r.trigger[0], lo if lo >= 0 else at))
        if m is None:
            continue
        near = index.persons_between(m.end(), m.end() + 1)
        if near and near[0][2] != r.person and not any(
                x.person == near[0][2] and x.type == r.type for x in found + extra):
            extra.append(RawEvent(r.type, near[0][2], r.sentence, r.trigger, r.confidence * 0.9,
                                  supplementary=r.supplementary))
    return found + extra if extra else found


# a move to a factory told as what came of a release ("After his release he was sent to a
# glove factory", "held in the camp ... before being sent to the factory"): the terms of
# the release, not a transfer from custody
_FACTORY = re.compile(r"\b(?:factory|factories|plant|workshop)\b", re.IGNORECASE)
_RELEASE_BEFORE = re.compile(r"\bafter\s+(?:his|her|their|my)\s+release\b|\b(?:released|freed)\b"
                             r"|\bbefore\s+being\b", re.IGNORECASE)


def _work_after_release(text: str, found: list[RawEvent]) -> list[RawEvent]:
    """Without the factory transfers told as what came of a release (``_RELEASE_BEFORE``)."""
    return [r for r in found if not (
        r.type == "transfer" and _FACTORY.search(text, *r.trigger)
        and _RELEASE_BEFORE.search(text, r.sentence.start, r.trigger[0] + 20))]


# a freed prisoner's handover to his own country's officials at the border ("who served four
# years of a 13-year sentence was handed over to Kazakh authorities at the Bakhty crossing
# ..., in a rare release"): sent out of China, not moved into their custody to serve the rest
# of the term (the transfer ``triggers`` reads when the sentence tells no release)
_HANDED_HOME = re.compile(r"\bhanded\s+over\s+to\b", re.IGNORECASE)
_FREED = re.compile(r"\b(?:released|release|freed|set\s+free|a\s+free\s+(?:man|woman))\b",
                    re.IGNORECASE)


def _freed_and_handed_home(text: str, found: list[RawEvent]) -> list[RawEvent]:
    if not any(r.type == "transfer" for r in found):
        return found
    return [replace(r, type="deportation") if r.type == "transfer" and _HANDED_HOME.search(
        text, *r.trigger) and _FREED.search(text, r.sentence.start, r.sentence.end) else r
        for r in found]


# a court's penalty told by its terms (a restricted freedom sentence): "Under the sentence,"
_SENTENCE_TERMS = re.compile(r"[\s\"“(]*(?:Under|By)\s+(?:the|his|her|its|this)\s+(?:terms\s+"
                             r"of\s+(?:the|his|her)\s+)?(?:sentence|verdict|ruling|judgment)\b")
_RESTRICTIONS = frozenset({"travel_ban", "house_arrest"})
# a custody named inside a question about it: "why she had been held", "how long he was
# kept"
_ASKED_WHY = re.compile(r"(?:\b(?:why|how\s+long|for\s+what)|"
                        # "no details of the evidence, the trial or where he is held"
                        r"(?:\bor|\b(?:know|knows|knew|details\s+of|idea|told\s+\w+|asked|"
                        r"ask|says?|said))\s+where)\s+(?:he|she|they|I|we)\s+"
                        r"(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)
_IN_A_ROOM = re.compile(r"\b" + INMATES_ROOM + r"\b", re.IGNORECASE)
_OF_THEM = re.compile(r"(?i:among\s+them|one\s+of\s+(?:them|the\s+(?:" + GROUP_NOUNS + r"))\b)")
# a group held, told just before "Among them was X": "Police detained four women",
# "detained three of them", "X and two other women were detained"
_GROUP_HELD = re.compile(r"\b(?:detained|arrested|rounded\s+up|held|took\s+away)\s+(?:[\w-]+\s+)"
                         r"{0,3}?(?:" + GROUP_NOUNS + r"|of\s+them)\b|\b(?:" + GROUP_NOUNS
                         + r")\s+(?:were|had\s+been|have\s+been)\s+(?:[\w-]+\s+)?(?:detained|"
                         r"arrested|rounded\s+up|held|taken\s+away)\b", re.IGNORECASE)
GROUP_REACH = 600  # characters before the sentence: the two or three sentences before it


def _group_held_before(text: str, sent: Sentence) -> bool:
    return _GROUP_HELD.search(text, max(0, sent.start - GROUP_REACH), sent.start + 40) \
        is not None


def _told_near(index: PersonIndex, sent: Sentence, near: re.Pattern[str], pos: int) -> bool:
    """Whether ``near`` matches between ``pos`` and the end of the next sentence, when that
    sentence is in the same paragraph ("a video call came from his mother's account. A man in
    police uniform sat beside her")."""
    end = sent.end
    i = bisect.bisect_right(index.sent_starts, sent.start)
    if i < len(index.sent_starts) and "\n" not in index.text[sent.end:index.sent_starts[i]]:
        nxt = index.text.find("\n", index.sent_starts[i])
        following = [s for s in index.sent_starts[i + 1:i + 2] if nxt < 0 or s < nxt]
        end = following[0] if following else (nxt if nxt >= 0 else len(index.text))
    return near.search(index.text, pos, end) is not None


def _told_before(index: PersonIndex, sent: Sentence, back: re.Pattern[str]) -> bool:
    """Whether ``back`` matches in the sentence before ``sent``, when that sentence is in the
    same paragraph ("... collected the passports of all teaching staff. Hers was never
    returned")."""
    i = bisect.bisect_left(index.sent_starts, sent.start)
    if i == 0:
        return False
    start = index.sent_starts[i - 1]
    return "\n" not in index.text[start:sent.start].rstrip() and \
        back.search(index.text, start, sent.start) is not None


def _core_start(m: re.Match[str]) -> int:
    """Where the wording of a match's own event begins: after the participles coordinated
    before it ("was detained and beaten": "beaten" is the assault, "detained" another
    event's), else at the match."""
    coordinating = _COORDINATING.get(m.re)
    if coordinating is None:  # read once per pattern (``groupindex`` builds a mapping)
        coordinating = _COORDINATING[m.re] = "coord" in m.re.groupindex
    if coordinating and m.group("coord"):
        return m.end("coord")
    return m.start()


# whether a trigger pattern has "coord" (by identity: see ``pattern_map``)
_COORDINATING: PatternMap[bool] = PatternMap()


# a yes/no question, after any speaker label: "Can you confirm that he is held?", "Was he
# detained?", "REUTERS: Is he still in prison?"
_POLAR = re.compile(r"[ \t\"“]*(?:[^\n:?]{1,40}:[ \t]*)?(?:and\s+|so\s+|but\s+)?"
                    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,\s*)?(?:can|could|"
                    r"will|would|is|are|was|were|has|have|had|did|do|does)\s+(?:you|he|she|they|"
                    r"it|the|this|that|there|china|[A-Z][\w'’-]+)\b", re.IGNORECASE)


# an answer that says yes to it: "Were you detained? — A: Yes, in 2018."
_YES_AFTER = re.compile(r"[\s\"”]*(?:[^\n:?]{1,40}:[ \t]*)?(?:yes|yeah|yep|correct|that['’]s\s+"
                        r"right|of\s+course|sure)\b", re.IGNORECASE)


# the opening of a wh-question, after any label: "Q: When was ...", "HOST: Where were you ..."
_WH_QUESTION = re.compile(r"(?:[^\n:?]{1,40}:[ \t]*)?(?:and\s+|so\s+)?(?:when|where|how\s+long|"
                          r"in\s+what\s+year|on\s+what\s+date)\b", re.IGNORECASE)
_ANSWER_REACH = 160  # a bare answer of a time or place is short


def _answered(index: PersonIndex, sent: Sentence, found: list[RawEvent]) -> list[RawEvent]:
    """A question that asks when or where an event happened ("Q: When was your nephew
    arrested?") is answered on the next line ("A: On 12 June 2018, at night."): the answer
    is evidence of the same event and carries its date and place."""
    if _WH_QUESTION.match(sent.text) is None:
        return []
    text = index.text
    i = bisect.bisect_right(index.sent_starts, sent.start)
    if i >= len(index.sent_starts) or "\n" not in text[sent.end:index.sent_starts[i]]:
        return []
    start = index.sent_starts[i]
    end = text.find("\n", start, start + _ANSWER_REACH)
    if end < 0:
        return []
    answer = Sentence(start, end, text[start:end], sent.paragraph + text.count("\n", sent.end,
                                                                               start))
    return [RawEvent(r.type, r.person, answer, r.trigger, r.confidence, r.term, r.supplementary)
            for r in found]


_SPOKEN_SIDES = frozenset({"owner", "addressee"})
# a passive custody verb whose subject is a thing: "her passport has been seized", "his phone
# and laptop were taken", "the house was held" (the thing's own trigger tells what happened);
# (checked for the types of ``_HELD_TYPES``, defined below: detention, internment, torture)
_THING_SUBJECT = re.compile(
    r"\b(?:passports?|(?:identity|ID|bank)\s+cards?|cards?|phones?|documents|papers|laptops?|"
    r"computers?|cars?|money|savings|photos?|photographs?|pictures?|videos?|books|Qur['’]?an|"
    r"Koran|property|belongings|land|livestock|house|flat|apartment|shop)\s+"
    r"(?:(?:has|have|had|was|were|is|are|been|also|all|then|later|reportedly)\s+)*\Z")


def _thing_subject(text: str, lo: int, hi: int) -> bool:
    """A thing is the subject right before ``hi`` ("her passport has been seized"), not the
    object of a preposition ("was taken from his house and sent to a camp")."""
    m = _THING_SUBJECT.search(text, lo, hi)
    return m is not None and _GOVERNING.search(text, max(0, m.start() - 30), m.start()) is None


# a preposition governing the thing: "taken from his house" (not its subject)
_GOVERNING = re.compile(r"\b(?:from|in|at|into|of|near|outside|inside|to|with|on)\s+(?:(?:the|his|"
                        r"her|their|my|our|a|an|its)\s+)?(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)


def _spoken_to(index: PersonIndex, trig: Trigger, m: re.Match[str], floor: int
               ) -> tuple[list[str], int] | None:
    """The person a threat told as reported speech is aimed at (``addressees``); a caller's
    words about the family are a threat only when the authorities speak."""
    if trig.side == "addressee":
        if not authorities_speak(index, m.start(), floor):
            return None
        # in a quotation, the "you" a caller threatened is the one quoted telling of it
        keys = (addressee_of(index, m.start(), floor) or quote_speaker(index, m.start(), floor)
                or _quoted_for(index, m.start()))
    else:
        keys = owner_of(index, m, floor)
    return (keys, m.start()) if keys else None


# a death the sentence puts down to natural causes or old age, with no custody in sight ("a
# cotton farmer, died of natural causes in 2005", "passed away at the age of 81"), is no
# repression event; "died in custody of what
# officials called natural causes" is
_NATURAL = re.compile(r"\b(?:natural\s+causes|old\s+age|in\s+(?:his|her|their)\s+sleep|"
                      r"peacefully|at\s+the\s+age\s+of\s+(?:[7-9][0-9]|1[0-9][0-9]))\b",
                      re.IGNORECASE)
_CUSTODY = re.compile(r"\b(?:custody|camps?|prison|jail|detention|detained|arrest(?:ed)?|"
                      r"released|freed|sent\s+home|cell|interrogat\w*|police|guards?)\b",
                      re.IGNORECASE)


# a death of an illness: "His wife, Kulyash, died of cancer in 2015"
_ILLNESS = re.compile(r"\b(?:died|dies|passed\s+away)\s+(?:of|from)\s+(?:cancer|a\s+(?:long\s+)?"
                      r"illness|a\s+heart\s+attack|a\s+stroke|covid(?:-19)?|leukaemia|leukemia)\b",
                      re.IGNORECASE)


def illness_deaths(raw: list[RawEvent], text: str) -> list[RawEvent]:
    """Without the deaths of an illness, told with no custody in their sentence, of persons
    nothing else happens to in the report: a relative's death from cancer years ago is part
    of a family's story, not a repression event. A former detainee's death stays (whether
    ill-treatment caused it is for the reader to weigh)."""
    others = {r.person for r in raw if r.type != "death"}
    return [r for r in raw if not (
        r.type == "death" and r.person not in others
        and _ILLNESS.search(text, r.sentence.start, r.sentence.end)
        and _CUSTODY.search(text, r.sentence.start, r.sentence.end) is None)]


_MOVED = re.compile(r"\b(?:moved|transferred)\b", re.IGNORECASE)
_STORY_REACH = 400  # characters back that the same telling of a stay runs (not a summary above)


def moves_between_camps(raw: list[RawEvent], text: str) -> list[RawEvent]:
    """A move to a camp is someone's internment unless the telling just before put them in a
    camp: then it is a transfer ("first held in the 'school' in Mongolküre. In September 2018
    he was moved to the camp in Tekes")."""
    held: dict[str, list[int]] = {}
    for r in raw:
        if r.type == "internment" and not _MOVED.search(text, *r.trigger):
            held.setdefault(r.person, []).append(r.trigger[0])
    if not held:
        return raw
    return [replace(r, type="transfer") if r.type == "internment" and any(
        0 < r.trigger[0] - at <= _STORY_REACH for at in held.get(r.person, ()))
        and _MOVED.search(text, *r.trigger) else r for r in raw]


# a death reported, then found untrue: "relatives were told in 2019 that he had died, but in
# 2023 they learned he was alive"; "reports of his death turned out to be false"; and someone
# the report says is alive did not die, whatever a rumour told earlier or later: 'a letter ...
# reads "T. Sherikbekov is alive and is serving a sentence"', "When they told me he was alive"
# (not "was alive when I last saw him", "whether he is alive", "if he is alive": ``_DOUBT``)
_IS_ALIVE = (r"\b(?:is|was|are|were)\s+(?:still\s+)?alive\b(?!\s+(?:when|until|till|at\s+the|"
             r"then|before|in\s+\d))|\bturned\s+out\s+to\s+be\s+alive\b")
_ALIVE = re.compile(_IS_ALIVE, re.IGNORECASE)
_ALIVE_AFTER = re.compile(_IS_ALIVE + r"|\b(?:be\s+(?:still\s+)?alive|turned\s+out\s+to\s+be\s+"
                          r"(?:false|untrue|wrong)|(?:proved|was|were)\s+(?:false|untrue|wrong|"
                          r"mistaken)|(?:had|has)\s+not\s+died)\b", re.IGNORECASE)
_DOUBT = re.compile(r"\b(?:if|whether|not\s+know|n['’]t\s+know|unclear|unsure|not\s+sure|hope|"
                    r"hoping|hoped|pray|praying|prayed|wonder|doubt|no\s+idea|no\s+way\s+of\s+knowing|"
                    r"confirm|proof|cannot\s+say|can['’]t\s+say)\b[^.;!?]*$", re.IGNORECASE)
_ALIVE_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\s+$")


def deaths_disproved(raw: list[RawEvent], index: PersonIndex) -> list[RawEvent]:
    """Without the deaths of persons the report says are alive (a rumour of a death in a camp
    that a letter later contradicts)."""
    dead = {r.person for r in raw if r.type == "death"}
    if not dead or "alive" not in index.text:
        return raw
    alive: set[str] = set()
    for m in _ALIVE.finditer(index.text):
        lo = max(0, m.start() - 80)
        if _DOUBT.search(index.text, lo, m.start()) or re.search(
                r"\b(?:not|never)\s+$", index.text[lo:m.start()]):
            continue
        pronoun = _ALIVE_PRONOUN.search(index.text, lo, m.start())
        if pronoun is not None:
            alive.update(antecedent(index, pronoun.start(1), pronoun.group(1).lower()))
        else:  # "Mr. Sherikbek uulu is alive": the name just before
            alive.update(k for _, e, k in index.persons_between(lo, m.start())
                         if not index.text[e:m.start()].strip())
    return [r for r in raw if not (r.type == "death" and r.person in alive)] if alive & dead \
        else raw


def _found_alive(text: str, sent: Sentence, end: int) -> bool:
    """Whether the sentence goes on, after a contrast, to say the person is alive."""
    rest = text[end:sent.end]
    m = re.search(r"\b(?:but|however|yet|only\s+to)\b", rest, re.IGNORECASE)
    return m is not None and _ALIVE_AFTER.search(rest, m.end()) is not None


def _natural_death(text: str, sent: Sentence) -> bool:
    return _NATURAL.search(text, sent.start, sent.end) is not None and \
        _CUSTODY.search(text, sent.start, sent.end) is None


# silence towards the press is no one's disappearance: "the family has had no contact with
# the media"
_PRESS = re.compile(r"\s+(?:with|from|to)\s+(?:the\s+|any\s+)?(?:press|media|journalists|reporters|"
                    r"news\s+outlets)\b", re.IGNORECASE)


# an order to release that was not carried out: "the court ordered his release, but he
# remains in custody", "... The authorities have ignored the ruling."
_UNMET = re.compile(r"\b(?:(?:remains?|remained|is\s+still|was\s+still|are\s+still|still)\s+"
                    r"(?:(?:held\s+)?in\s+(?:custody|detention|prison|jail|(?:a|the)\s+cell|"
                    r"(?:a|the)\s+(?:[\w-]+\s+)?(?:detention|pre-?trial|prison|jail))|behind\s+bars|"
                    r"held|detained|jailed|imprisoned|locked\s+up)|(?:has|have|had|was|were)\s+(?:not|never|yet\s+to)\s+"
                    r"(?:been\s+)?(?:released|freed|set\s+free|carried\s+out|implemented|"
                    r"enforced)|(?:hasn|haven|hadn|wasn|weren)['’]t\s+(?:been\s+)?(?:released|"
                    r"freed)|ignored|disregarded|overturned|refused\s+to\s+(?:release|free|"
                    r"comply)|not\s+(?:yet\s+)?(?:been\s+)?(?:released|freed|implemented)|"
                    r"appealed|re-?arrested|detained\s+again)\b", re.IGNORECASE)


def _order_unmet(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """A release told as an order ("ordered his release", "ordered her freed") happened only
    if nothing after it, in the sentence or the next, says it was not carried out."""
    if "order" not in text[m.start():m.end() + 40].lower():
        return False
    stop = text.find(".", sent.end + 1, sent.end + 200)
    return _UNMET.search(text, m.end(), stop if stop >= 0 else sent.end) is not None


def _sentenced_to_serve(text: str, found: list[RawEvent], terms: list[TermMention]
                        ) -> list[RawEvent]:
    """Someone serving a penalty of stated length was sentenced to it ("is serving a 15-year
    sentence"): the sentencing, with that term, beside the imprisonment."""
    out: list[RawEvent] = []
    for r in found:
        if r.type != "imprisonment" or r.term is not None or \
                not text.startswith("serv", r.trigger[0]):
            continue
        term = next((t for t in terms if r.trigger[0] <= t.start < r.trigger[1] + 30
                     and t.kind != "death"), None)
        if term is not None:
            out.append(RawEvent("sentencing", r.person, r.sentence, r.trigger, r.confidence,
                                term))
    return out


def _matches(trig: Trigger, text: str, sent: Sentence, folded: Folded,
             leading: frozenset[str] | None, openings: _Openings | None = None
             ) -> Iterable[re.Match[str]]:
    """The trigger's matches in the sentence (``folded``: its text folded, with the places
    found; ``leading``: the words its matches start with); a "lead" trigger is tried only
    where the sentence's words begin (``openings``, when the caller keeps them)."""
    if trig.side != "lead":
        return scan(trig.pattern, text, sent.start, sent.end, folded, leading, _MAX_TRIES)
    found = []
    for at in (openings or _Openings(text, sent)).starts:
        m = trig.pattern.match(text, at, sent.end)
        if m:
            found.append(m)
    return found


# beyond this many places where a trigger's first words occur, a plain scan is as quick
_MAX_TRIES = 8


class _Openings:
    """A sentence's clause openings (``_clause_openings``), read when the first "lead"
    trigger of the sentence asks and kept for the others (a sentence with a common stem
    wakes several: "detained", "released", "sentenced" each open a telegraphic clause)."""

    def __init__(self, text: str, sent: Sentence) -> None:
        self._text, self._sent = text, sent
        self._starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = _clause_openings(self._text, self._sent)
        return self._starts


def _clause_openings(text: str, sent: Sentence) -> list[int]:
    """Where a sentence's words begin, and where each clause after a semicolon begins (a case
    entry strings its telegraphic clauses together: "Passport confiscated in 2017; barred from
    leaving China since.")."""
    opening = _OPENING.match(text, sent.start, sent.end)
    starts = [opening.end() if opening else sent.start]
    fronted = _fronted_time(text, sent.start, sent.end)
    if fronted:
        starts.append(fronted)
    reply = _reply_opening(text, sent)
    if reply:
        starts.append(reply)
    at = text.find(";", sent.start, sent.end)
    while at >= 0:
        starts.append(_OPENING.match(text, at + 1, sent.end).end())  # type: ignore[union-attr]
        at = text.find(";", at + 1, sent.end)
    if " and " in sent.text and any(_TELEGRAPHIC.match(text, at) for at in starts):
        # "Detained by the GKNB in March 2023 and deported to China ...": a telegraphic
        # clause's coordinated participle opens a clause of the same subject
        starts.extend(m.end() for m in _AND_PARTICIPLE.finditer(text, sent.start, sent.end))
    return starts


def _coordinated_opening(text: str, sent: Sentence, start: int) -> bool:
    """``start`` follows the "and" of a telegraphic sentence's coordinated participle."""
    return start in _clause_openings(text, sent) and _AND_BEFORE.search(
        text, max(sent.start, start - 12), start) is not None


_AND_BEFORE = re.compile(r"\band\s+(?:then\s+|later\s+)?\Z")
# a clause opening with a participle, its subject left out ("Detained in June 2018 ...")
_TELEGRAPHIC = re.compile(r"(?:[A-Z][a-z]+ed|Held|Sent|Taken|Kept|Put|Given|Beaten|Thrown)\b")
_AND_PARTICIPLE = re.compile(r"\band\s+(?:then\s+|later\s+)?(?=(?:[a-z]+ed|held|sent|taken|kept|"
                             r"put|given|beaten|thrown)\b)")


# held after a conviction is a prison term, not an arrest: "the prison in Ghulja, where he had
# been held since his conviction"
_SINCE_CONVICTION = re.compile(r"\s+(?:ever\s+)?since\s+(?:his|her|their|my|the)\s+(?:conviction|"
                               r"sentencing|sentence|trial|verdict)\b", re.IGNORECASE)


def _held_since_conviction(text: str, found: list[RawEvent]) -> list[RawEvent]:
    """Without the detentions told as held since a conviction (the imprisonment is told)."""
    return [r for r in found if not (r.type == "detention"
                                     and _SINCE_CONVICTION.match(text, r.trigger[1]))]


_QUESTIONING = re.compile(r"\b(?:interrogated|questioned|summoned)\b", re.IGNORECASE)
_HELD_TYPES = frozenset({"detention", "internment", "torture"})


def _questioning_in_custody(text: str, found: list[RawEvent]) -> list[RawEvent]:
    """Questioning told with an arrest (or torture) of the same person in one sentence is
    part of that custody ("was arrested, interrogated and tortured", "summoned and detained",
    "was interrogated while locked in a restraint chair"), not harassment of its own."""
    held = {r.person for r in found if r.type in _HELD_TYPES}
    if not held:
        return found
    return [r for r in found if not (r.type == "harassment" and r.person in held
                                     and _QUESTIONING.search(text, *r.trigger))]


def questioning_after_custody(raw: list[RawEvent], text: str) -> list[RawEvent]:
    """Questioning told, with no time of its own, in the sentence right after one that holds
    or frees the same person, in the same paragraph, is part of that custody ("... held her
    for two days. Her mother ... was released on Feb. 11 .... The relative said officers
    questioned the older woman about her daughter's work"), not harassment of its own."""
    held = [r for r in raw if r.type in _HELD_TYPES or r.type == "release"]
    if not held:
        return raw

    def during(r: RawEvent) -> bool:
        if r.type != "harassment" or not _QUESTIONING.search(text, *r.trigger) or \
                _ANY_DATE.search(text, r.sentence.start, r.sentence.end):
            return False
        return any(h.person == r.person and h.sentence.end <= r.sentence.start
                   and not text[h.sentence.end:r.sentence.start].strip()
                   and "\n" not in text[h.sentence.end:r.sentence.start] for h in held)

    return [r for r in raw if not during(r)]


# the family's silence after someone was taken: "Since then we have heard nothing", "We
# have had no news since"
_FAMILY_SILENCE = re.compile(r"\b(?:(?:we|I|the\s+family|(?:my|our)\s+family)\s+(?:have|has|"
                             r"had)\s+(?:heard\s+nothing|(?:had|received|heard)\s+no\s+(?:news|"
                             r"word|letters?|calls?|contact|information))|^no\s+(?:news|word|"
                             r"contact|information)\s+since\s+(?:then|that\s+day))\b",
                             re.IGNORECASE)
_CUSTODY_TYPES = frozenset({"detention", "internment", "imprisonment", "transfer"})
_SILENCE_REACH = 400  # characters from the custody told to the silence that follows it


def silence_after_custody(raw: list[RawEvent], index: PersonIndex,
                          sents: list[Sentence]) -> list[RawEvent]:
    """A family's silence in a sentence that names nobody ("Police took my father away.
    Since then we have heard nothing.") is the disappearance of the person whose custody the
    same paragraph just told, who is often named only as "my father" and so is no antecedent
    of its own."""
    custody = [r for r in raw if r.type in _CUSTODY_TYPES]
    if not custody:
        return raw
    starts = [x.start for x in sents]
    had = {(r.sentence.start, r.person) for r in raw if r.type == "disappearance"}
    out = list(raw)
    told: dict[int, re.Match[str] | None] = {}  # each sentence's silence, searched once
    for r in custody:
        i = bisect.bisect_right(starts, r.sentence.start)
        for sent in sents[i:i + _SILENCE_SENTENCES]:
            span = _silence_in(sent, r, index, told)
            if span is None:
                continue
            # the silence is this person's, not whoever else a trigger gave it to
            out = [x for x in out if not (x.type == "disappearance" and x.sentence == sent
                                          and x.person != r.person)]
            if (sent.start, r.person) not in had:
                had.add((sent.start, r.person))
                out.append(RawEvent("disappearance", r.person, sent, span, 0.6))
    return out


_SILENCE_SENTENCES = 2  # sentences after the custody that may tell the silence after it


def _silence_in(sent: Sentence, custody: RawEvent, index: PersonIndex,
                told: dict[int, re.Match[str] | None]) -> tuple[int, int] | None:
    """Where a family's silence is told in ``sent``, when it follows the custody in the same
    paragraph and names nobody (``told``: the sentences searched so far, by start; a
    sentence follows every custody of the one before it)."""
    if sent.paragraph != custody.sentence.paragraph or \
            sent.start - custody.sentence.end >= _SILENCE_REACH:
        return None
    if sent.start not in told:
        # searched in the sentence alone, where "^" is its start ("No information since then.")
        told[sent.start] = _FAMILY_SILENCE.search(sent.text)
    m = told[sent.start]
    if m is None or index.names_between(sent.start, sent.end):
        return None
    return sent.start + m.start(), sent.start + m.end()


_UNTIL_DATE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
_HELD_TYPES_UNTIL = frozenset({"detention", "internment", "imprisonment"})
_UNTIL_REACH = 120  # characters from the custody's trigger to the date that ends it


# a custody's end set by an order, not reached: "extended until", "remanded until"
_EXTENDED = re.compile(r"\b(?:extend(?:ed|s)?|prolong(?:ed|s)?|renew(?:ed|s)?|remand(?:ed|s)?|"
                       r"ordered|order|sanctioned)\b", re.IGNORECASE)


def releases_at_until(raw: list[RawEvent], dates: Callable[[Sentence], Sequence[DateMention]],
                      text: str) -> list[RawEvent]:
    """ "held in a 'training centre' until July 2019": a custody told with the date it
    ended ends in a release then (the until-date itself is its evidence)."""
    have = {(r.sentence.start, r.person) for r in raw if r.type == "release"}
    out = list(raw)
    for r in raw:
        if r.type not in _HELD_TYPES_UNTIL or (r.sentence.start, r.person) in have:
            continue
        for d in dates(r.sentence):
            until = _UNTIL_DATE.search(text, max(r.sentence.start, d.start - 8), d.start) if (
                d.edtf and r.trigger[1] <= d.start < r.trigger[1] + _UNTIL_REACH) else None
            if until is not None and _EXTENDED.search(text, r.sentence.start, until.start()):
                break  # "her detention was extended until late January": a term set, not ended
            if until is not None:
                out.append(RawEvent("release", r.person, r.sentence, (until.start(), d.end),
                                    0.6))
                have.add((r.sentence.start, r.person))
                break
    return out


# removed from where one lives on the way to a camp: "was taken from his house to a camp"
# (or from where one works: "police took her father from the pharmacy in April 2017 and held
# him in a camp")
_FROM_HOME = re.compile(r"\b(?:taken|dragged|removed|took)\s+(?:(?:him|her|them|me|(?:his|her|"
                        r"their|my|our)\s+(?:[\w-]+\s+)?(?:father|mother|husband|wife|son|"
                        r"daughter|brother|sister))\s+)?"
                        r"(?:away\s+)?from\s+(?:his|her|their|my|our|the)\s+(?:[\w-]+['’]s?\s+)?"
                        r"(?:[\w-]+\s+)?(?:home|house|apartment|flat|pharmacy|shop|store|office|"
                        r"workplace|school|classroom|clinic|stall|restaurant)\b", re.IGNORECASE)


# the taking told first, the camp after it, with one verb of holding between: "police took
# her father from the pharmacy in April 2017 and held him in a camp"
_FROM_HOME_BEFORE = re.compile(_FROM_HOME.pattern + r"[^.;]{0,60}?\band\s+(?:then\s+|later\s+)?"
                               r"(?:(?:held|kept|put|placed|locked|sent|took|drove)\s+"
                               r"(?:him|her|them|me)\s+)?$", re.IGNORECASE)


def _taken_from_home(text: str, found: list[RawEvent]) -> list[RawEvent]:
    """An internment whose wording takes the person from home ("In October 2018 he was taken
    from his house to a camp"), or after the authorities came to the door, also tells the
    detention that began it."""
    if not any(r.type == "internment" for r in found):
        return found
    detained = {r.person for r in found if r.type == "detention"}
    extra = [replace(r, type="detention") for r in found if r.type == "internment"
             and r.person not in detained and (_FROM_HOME.search(text, r.trigger[0],
                                                                 r.sentence.end)
                                               or _FROM_HOME_BEFORE.search(
                                                   text, r.sentence.start, r.trigger[0])
                                               or _CAME_HOME.search(text, r.sentence.start,
                                                                    r.trigger[0]))]
    return found + extra


# the authorities at the door before the drive to the camp: "officers came to his house at
# night, put a hood over his head and drove him to a former school ... turned into a camp"
_CAME_HOME = re.compile(r"\b(?:police(?:m[ae]n)?|officers|officials|agents|guards|cadres|men)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:came|arrived|turned\s+up|showed\s+up)\s+(?:to|at)\s+"
                        # ("came to his cousin's house in Akto")
                        r"(?:his|her|their|my|our)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:house|"
                        r"home|flat|apartment|door)\b[^.;]{0,80}$", re.IGNORECASE)


# "freed in December from a camp in Burqin county, where he had been held since October
# 2017": the custody the relative clause tells is the camp's
_CAMP_WHERE = re.compile(r"\b(?:camps?|re-?education\s+cent(?:re|er)s?|training\s+cent(?:re|er)s?|"
                         r"internment\s+facilit(?:y|ies))\b[^.;]{0,90}?(?:,\s*|\s+)where\s+(?:he|she|"
                         r"they|I|we)\s+(?:had\s+|has\s+|have\s+)?(?:been\s+|was\s+|were\s+)?"
                         # "the camp where he was first held in 2018"
                         r"(?:first\s+|initially\s+|later\s+|then\s+|also\s+)?$",
                         re.IGNORECASE)


def _held_where_a_camp(text: str, found: list[RawEvent]) -> list[RawEvent]:
    """A detention told in a clause whose "where" is a camp is the internment there; so is
    one in a place the sentence goes on to give a camp's official name ("which officials
    called a vocational school")."""
    if not any(r.type == "detention" for r in found):
        return found
    out: list[RawEvent] = []
    for r in found:
        start = r.trigger[0]
        if r.type == "detention" and ((
                text.find("where", r.sentence.start, start) >= 0 and _CAMP_WHERE.search(
                    text, max(r.sentence.start, start - 160), _word_start(text, start)))
                or (_HELD_VERB.search(text, *r.trigger) and _CALLED_A_CAMP.match(
                    text, r.trigger[1], min(r.sentence.end, r.trigger[1] + 120)))):
            r = replace(r, type="internment")
        elif r.type == "detention" and (_IN_THE_SAME.search(
                text, r.trigger[0], min(r.sentence.end, r.trigger[1] + 40))
                or _AMONG.match(text, r.trigger[0], r.trigger[1])
                or _ANOTHER.match(text, r.trigger[0], r.trigger[1])):
            r = replace(r, type=_kind_before(text, r.sentence.start))
        elif r.type == "detention" and _SHARED.match(text, r.trigger[0], r.trigger[1]):
            # (the teller's custody may be told in the same sentence: "X, who was released
            # from a camp in Emin, said he had shared a cell with Ernur")
            r = replace(r, type=_kind_before(text, r.trigger[0]))
        elif r.type == "detention" and _HELD_THERE.match(text, r.trigger[1]):
            # "there" is a place just told: a prison named pages before is not it ("... her
            # husband's release from a Xinjiang prison. ... flew back to Kashgar ... and in May
            # he was detained there")
            r = replace(r, type=_kind_there(text, r.sentence.start, r.trigger[0]))
        out.append(r)
    return out


# held where someone else was held before: "was taken to the same facility in May 2018",
# "was held in the same camp"
_IN_THE_SAME = re.compile(r"\b(?:to|in|into|at|inside)\s+" + THE_SAME_PLACE, re.IGNORECASE)
# the places of custody a report names, by the kind of custody each is
_PLACE_KINDS = re.compile(
    r"\b(?P<camp>" + CAMP_WORD + r"\s+(?:[\w-]+\s+)?" + CAMP + r"|camps?)\b|"
    # ("his prison clothes", "a prison term": the word names no place there)
    r"\b(?P<prison>prisons?|penitentiar(?:y|ies)|penal\s+colon(?:y|ies))\b(?!\s+(?:clothes|"
    r"uniforms?|terms?|sentences?|guards?|officials?|authorities|conditions|system|staff|"
    r"visits?|letters?|records?)\b)|"
    r"\b(?P<held>detention\s+cent(?:re|er)s?|police\s+(?:stations?|departments?|headquarters)|"
    r"jails?|lock-?ups?|SIZO)\b"
    # a building given a camp's official name: "a compound that staff called a 'vocational
    # school'"
    r"|\b(?P<named>" + OFFICIAL_CAMP_NAME + r")",
    re.IGNORECASE)
_KIND_TYPES = {"camp": "internment", "named": "internment", "prison": "imprisonment",
               "held": "detention"}
_AMONG = re.compile(AMONG_INMATES, re.IGNORECASE)
# "another man in my room," (``triggers``): held where the teller was
_ANOTHER = re.compile(ANOTHER_INMATE, re.IGNORECASE)
_SHARED = re.compile(SHARED_ROOM, re.IGNORECASE)  # "shared a cell with X": X held there too
# held in the place just told: "She was held there until May 2019"
_HELD_THERE = re.compile(r"\s+there\b")
_CAMP_OTHER = re.compile(r"\b" + OTHER_CAMPS + r"\s+$", re.IGNORECASE)


_THERE_REACH = 600  # characters before the sentence where the place "there" means is told
_MONTH_OR_DAY = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                 r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
# any time told in a sentence: a year, a month or day, or a word of sequence
_ANY_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d|" + _MONTH_OR_DAY + r"|Jan|Feb|Mar|Apr|Aug|Sept?|"
                       r"Oct|Nov|Dec|later|after|since|again|earlier|before|previous|last|next|"
                       r"then)\b")
# a place named after the place of custody, not as its own modifier ("a prison in Kashgar"):
# "... the Chinese city of Artux ..., was detained there"
_PLACE_NAMED = re.compile(r"(?:\b(?:in|to|from|at)\s+(?:the\s+)?|\b(?:city|town|village|county|"
                          r"district|region|province|capital)\s+of\s+)(?!" + _MONTH_OR_DAY
                          + r"\b)[A-Z][\w'’-]+")
_ITS_OWN_PLACE = 25  # characters after the place of custody that still describe it


def _last_custody_place(text: str, lo: int, pos: int) -> re.Match[str] | None:
    """The last place of custody named in ``lo``..``pos`` (not "a refugee camp")."""
    last = None
    for m in _PLACE_KINDS.finditer(text, lo, pos):
        if m.lastgroup == "camp" and _CAMP_OTHER.search(text, max(0, m.start() - 20),
                                                         m.start()):
            continue
        last = m
    return last


def _kind_before(text: str, pos: int) -> str:
    """The custody type of the last place of custody named before ``pos`` ("the same
    facility" is that place); a detention when none is named."""
    last = _last_custody_place(text, 0, pos)
    return _KIND_TYPES[last.lastgroup or "held"] if last else "detention"


def _kind_there(text: str, sent_start: int, pos: int) -> str:
    """The custody type of the place "there" means: the place of custody told shortly before,
    unless another place is named after it; a detention otherwise."""
    last = _last_custody_place(text, max(0, sent_start - _THERE_REACH), pos)
    if last is None or _PLACE_NAMED.search(text, last.end() + _ITS_OWN_PLACE, pos):
        return "detention"
    return _KIND_TYPES[last.lastgroup or "held"]


_HELD_VERB = re.compile(r"\b(?:held|kept|locked\s+up|confined)\b")
# the place held described by its official name for a camp: "was held in a walled compound
# outside Akto, which officials called a vocational school"
_CALLED_A_CAMP = re.compile(r"(?:\s+for\s+[^.;,]{0,40}?)?\s+(?:in|at|inside)\s+(?:(?!and\b)"
                            r"[^.;,])*?,?\s*" + OFFICIAL_CAMP_NAME, re.IGNORECASE)


def _word_start(text: str, pos: int) -> int:
    """``pos`` with the auxiliary words the trigger took in given back: the clause's
    "where he had been" ends where "held" begins."""
    m = _AUX_WORDS.match(text, pos)
    return m.end() if m else pos


_AUX_WORDS = re.compile(r"(?:(?:had|has|have|been|was|were)\s+)+")


def _calls_as_threats(found: list[RawEvent]) -> list[RawEvent]:
    """A call or visit told in the same sentence as the threat it carried ("called her on
    WeChat and told her to stop talking to journalists 'or your husband will never come
    home'") is that threat, not harassment besides."""
    threatened = {r.person for r in found if r.type == "threat"}
    if not threatened:
        return found
    return [r for r in found if not (r.type == "harassment" and r.person in threatened)]


_GONE = frozenset({"disappearance", "detention", "internment"})
_RESTRICTED = frozenset({"travel_ban", "house_arrest"})


def visits_that_warned(raw: list[RawEvent], text: str) -> list[RawEvent]:
    """Visits whose words the next sentence tells as a threat to the same person ("Police
    officers have visited her twice this month. 'They said I should stop giving interviews
    ...'") are the occasion of that threat, not harassment besides."""
    if not any(r.type == "harassment" for r in raw):
        return raw
    threats = [(r.sentence.start, r.person) for r in raw if r.type == "threat"]
    out: list[RawEvent] = []
    for r in raw:
        if r.type == "harassment" and "visit" in text[r.trigger[0]:r.trigger[1]].lower() and \
                _THEY_SAID.match(text, r.sentence.end) is not None and any(
                    who == r.person and r.sentence.end <= at < r.sentence.end + _SAID_REACH
                    for at, who in threats):
            continue  # the words said on the visits, told in the next sentence or two
        out.append(r)
    return out


_SAID_REACH = 300  # characters: the sentence after the visits and the one after it


# the next sentence opens by telling what the visitors said
_THEY_SAID = re.compile(r"\s*[\"“]?(?:They|The\s+officers|The\s+police(?:men)?|He|She)\s+"
                        r"(?:said|told|warned)\b")


def _pressure_within(text: str, found: list[RawEvent]) -> list[RawEvent]:
    """A summons told with the disappearance or arrest it led to ("disappeared in April 2018
    after police summoned him") is part of it, and reporting to the police every week is
    part of the restriction told with it ("could not leave the county, and spent the
    following months reporting to the village committee every week", "may not leave his
    village and must attend a flag-raising ceremony every Monday"): not harassment besides."""
    gone = {r.person for r in found if r.type in _GONE}
    restricted = {r.person for r in found if r.type in _RESTRICTED}
    if found and _CONFINED.search(text, found[0].sentence.start, found[0].sentence.end):
        restricted |= {r.person for r in found if r.type == "harassment"}
    if not gone and not restricted:
        return found
    def part(r: RawEvent) -> bool:
        """An obligation that goes on, no summons ("had detained and beaten him in January
        and forced him to report to them every week"); read a little past the trigger,
        which may end at its verb ("forced")."""
        return _RESTRICTION_PART.search(text, r.trigger[0], r.trigger[1] + 30) is not None

    return [r for r in found if not (r.type == "harassment" and (
        (r.person in gone and not part(r)) or (r.person in restricted and part(r))))]


# a restriction told in words no trigger reads as one: "may leave the house only with
# permission from the village committee"
_CONFINED = re.compile(r"\b(?:may|can|could)\s+leave\s+(?:[\w-]+\s+){0,3}?only\b|\b(?:not\s+"
                       r"(?:been\s+)?allowed|forbidden|barred)\s+(?:to\s+leave|from\s+leaving)\b",
                       re.IGNORECASE)
# the parts of a restriction told with it: reporting to the police, attending its rituals
_RESTRICTION_PART = re.compile(r"report|flag-raising", re.IGNORECASE)


def _beatings_as_torture(found: list[RawEvent], text: str) -> list[RawEvent]:
    """A beating told in the same sentence as torture of the same person is part of that
    torture ("guards beat him and kept him in a tiger chair"), not a separate assault; so is a
    beating its sentence places in custody ("he was beaten repeatedly during his first year in
    custody", "they beat her in the camp")."""
    if not any(r.type == "assault" for r in found):
        return found
    tortured = {r.person for r in found if r.type == "torture"}
    out: list[RawEvent] = []
    for r in found:
        if r.type == "assault" and r.person not in tortured and _IN_CUSTODY.search(
                text, r.sentence.start, r.sentence.end):
            r = replace(r, type="torture")
            tortured.add(r.person)
        elif r.type == "assault" and r.person in tortured:
            continue
        out.append(r)
    return out


# where a beating happens in custody: held, under interrogation, in its cells ("guards" alone
# may be any security guards: "Guards beat him in the yard" stays an assault)
_IN_CUSTODY = re.compile(r"\b(?:in\s+(?:police\s+|pre-?trial\s+)?(?:custody|detention)|in\s+"
                         r"(?:the|a|an|his|her)\s+(?:[\w-]+\s+)?(?:camp|cell|prison|jail)|"
                         r"interrogat\w*|while\s+(?:detained|held|in\s+custody)|"
                         # an instrument of torture: "beat her with an electric baton"
                         r"(?:electric|electrified|stun)\s+(?:batons?|prods?|sticks?)|"
                         # told by one held with him: "A former cellmate says guards beat him"
                         r"cellmates?|fellow\s+(?:inmates?|prisoners?|detainees?)|(?:the\s+)?other\s+"
                         r"(?:inmates|prisoners|detainees))", re.IGNORECASE)


def _persons_for(index: PersonIndex, sent: Sentence, trig: Trigger, start: int, end: int,
                 floor: int) -> tuple[list[str], int] | None:
    """Persons and where the clause to check for negation starts."""
    found = None if _my_own(index.text, trig, start, end) else \
        _persons_named(index, sent, trig, start, end, floor)
    if found is not None:
        return _not_the_speaker(index, found, start, floor)
    if _first_person(index.text, trig, start, end):
        keys = _first_person_keys(index, start, floor)
        return (keys, start) if keys else None
    return found


def _first_person_keys(index: PersonIndex, pos: int, floor: int) -> list[str]:
    """Whom "I" or "me" at ``pos`` means: a quotation's speaker, even inside a labelled turn
    (where ``first_person_at`` answers with the turn's speaker), else ``first_person_at``."""
    speaker = first_person_at(index, pos)
    return quote_speaker(index, pos, floor) or ([speaker] if speaker else [])


def _not_the_speaker(index: PersonIndex, found: tuple[list[str], int], pos: int, floor: int
                     ) -> tuple[list[str], int] | None:
    """Inside a quotation "he" and "him" are not its speaker, who says "I" ('"We asked for
    him to stay, and then he was deported," said his lawyer')."""
    speaker = quote_speaker(index, pos, floor)
    keys = [k for k in found[0] if k not in speaker]
    return (keys, found[1]) if keys else None


def _quoted_for(index: PersonIndex, pos: int) -> list[str]:
    """The person a quotation with no speaker of its own is told by: the one the paragraph
    named last before it ('When Yasin refused, the tone changed. "He said: your mother ..."').
    Empty outside a quotation."""
    lo = index.text.rfind("\n", 0, pos) + 1
    opened = quote_opened(index.text, lo, pos)
    if opened is None:
        return []
    named = index.persons_between(lo, opened)
    return [named[-1][2]] if named else []


# "I was held ...", "they took me away": in a testimony whose narrator has given their name
# ("My name is ..."), the first person is that narrator
# "I" and up to three words before the trigger; spelled to open with the letter (what may
# not stand before it checked behind it), so that the engine looks for an "I" at C speed
_I_BEFORE = re.compile(r"I(?<![\w’']I)\s+(?:[\w’'-]+\s+){0,3}$")
# ("they drove us to a camp": the narrator is one of "us", taken with the others; what was
# done to "us" in a camp, "they beat us if we spoke Kazakh", is its routine, not one event)
_TAKEN_TOGETHER = frozenset({"detention", "internment", "transfer", "deportation", "release"})
_ME_AFTER = re.compile(r"\s*(?:me|myself|us)\b", re.IGNORECASE)


_MY = re.compile(r"\bmy\b", re.IGNORECASE)


def _my_own(text: str, trig: Trigger, start: int, end: int) -> bool:
    """An "inside" trigger whose person is the narrator's "my" ("they took my passport")."""
    return trig.side == "inside" and _MY.search(text, start, end) is not None


def _first_person(text: str, trig: Trigger, start: int, end: int) -> bool:
    if _my_own(text, trig, start, end):
        return True
    if trig.side == "after":
        me = _ME_AFTER.match(text, end)
        return me is not None and (trig.type in _TAKEN_TOGETHER
                                   or me.group().strip().lower() != "us")
    if trig.side in ("before", "inside"):
        return bool(_I_BEFORE.search(text, max(0, start - 40), start))
    return False


# a list item line: "- X, born 1986", "• X", "1. X", "(a) X"
_ITEM = re.compile(r"\n[ \t]*(?:[-–—•*·]|\d{1,2}[.)]|\([a-z0-9]\))[ \t]+")
_INTRODUCES_LIST = re.compile(r"[ \t]*:?[ \t]*(?=\n)")


def _listed_after(index: PersonIndex, end: int) -> list[str]:
    """The persons heading the items of a list that a trigger ending in a colon introduces
    ("Among the persons delivered are:\n- X, born 1986;\n- Y ..."), one per item."""
    if not (index.text.endswith(":", 0, end) or index.text.startswith(":", end)):
        return []
    m = _INTRODUCES_LIST.match(index.text, end)
    keys: list[str] = []
    pos = m.end() if m else -1
    while m is not None and (item := _ITEM.match(index.text, pos)) is not None:
        named = index.persons_between(item.end(), item.end() + 1)
        if not named:
            break
        keys.append(named[0][2])
        pos = index.text.find("\n", item.end())
        if pos < 0:
            break
    return list(dict.fromkeys(keys))


# a second verb sharing the trigger's object: "police had detained and beaten him"
_SHARED_OBJECT = re.compile(r"\s+and\s+(?:then\s+|later\s+)?(?:[a-z]+ed|beaten|beat|taken|took|"
                            r"held|kept|sent|thrown|threw)\b(?=\s+(?:him|her|them|me)\b)")


def _persons_named(index: PersonIndex, sent: Sentence, trig: Trigger, start: int, end: int,
                   floor: int) -> tuple[list[str], int] | None:
    """Persons a trigger names or refers to, and where its clause starts."""
    if trig.side == "after":
        shared = _SHARED_OBJECT.match(index.text, end, sent.end)
        keys = object_after(index, shared.end() if shared else end, sent.end, floor) or \
            _listed_after(index, end)
        return (keys, start) if keys else None
    if trig.side == "lead":
        keys = _lead_subject(index, sent, start, end, floor)
        return (keys, start) if keys else None
    if trig.side == "about":
        keys = _topic(index, sent, start, floor)
        return (keys, start) if keys else None
    pos = end if trig.side == "inside" else start
    pron = _LEADING_PRONOUN.match(index.text, start, end) if trig.side == "inside" else None
    if pron:
        keys = antecedent(index, start, pron.group(1), floor)
        return (keys, start) if keys else None
    keys = subject_before(index, sent.start, pos, floor)
    if keys and trig.side == "before" and _says_of_another(index, sent, start):
        return None
    if not keys and trig.side == "before" and _unnamed_subject(index, sent, start, floor):
        return None  # "the release of her son, who is serving a sentence": the son's
    if not keys and trig.side == "before":
        keys = _inverted_subject(index, sent, start, end, floor)
    if not keys and trig.side == "before" and _bare_participle(index.text, sent) and \
            not _unnamed_subject(index, sent, start, floor):
        keys = _lead_subject(index, sent, sent.start, sent.start, floor)
    if not keys and trig.side == "inside":
        keys = object_after(index, end, sent.end, floor)
    if not keys and trig.side == "noun":
        named = {m[2] for m in index.persons_between(sent.start, sent.end)
                 if not is_cited_source(index, m[0], m[1]) and not speaks(index, m)}
        keys = list(named) if len(named) == 1 else []
    return (keys, start) if keys else None


_RELATIVE_BEFORE = re.compile(r",?\s+(?:who|which|that)\s+(?:[\w-]+\s+){0,3}$")


def _unnamed_subject(index: PersonIndex, sent: Sentence, start: int, floor: int) -> bool:
    """The event's own subject is someone the text does not name, in a relative clause
    ("Posted videos about her grandfather, who is missing in Xinjiang."): it is not the
    person a telegraphic sentence is about."""
    refs = [r for r in refs_in(index, sent.start, start, floor) if r.end <= start]
    return bool(refs) and not refs[-1].keys and _RELATIVE_BEFORE.match(
        index.text, refs[-1].end, start) is not None


# a wh-question's opening word right before the auxiliary: "When was your brother detained?"
_WH_BEFORE = re.compile(r"\b(?:when|where|why|how\s+long|what\s+(?:year|month|day|date))\s+$",
                        re.IGNORECASE)
_INVERTED_AUX = re.compile(r"(?:was|were)\s", re.IGNORECASE)


def _inverted_subject(index: PersonIndex, sent: Sentence, start: int, end: int, floor: int
                      ) -> list[str]:
    """The subject between the auxiliary and the participle of a question that presupposes
    the event ("When was your brother Askar detained?", "Where were you held?"); a yes/no
    question ("Was he detained?") asserts nothing and has none."""
    text = index.text
    if not _INVERTED_AUX.match(text, start) or text.find("?", end, sent.end + 1) < 0:
        return []
    if _WH_BEFORE.search(text, max(sent.start, start - 20), start) is None:
        return []
    refs = [r for r in refs_in(index, start, end, floor) if r.keys]
    return list(refs[-1].keys) if refs else []


# what may precede an event word that opens a sentence: quotes, dashes, bullets, brackets
_OPENING = re.compile(r"[\s\"“‘'(\[*•·–—-]*")
# a form's field label before the clause: "What happened: held from May 2018 in a camp"
_FIELD_OPENING = re.compile(r"[\s*•·–—-]*(?-i:[A-Z])[\w ]{0,24}:[ \t]+", re.IGNORECASE)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# a time fronted before a telegraphic clause of a case entry ("In March 2019 sentenced to 12
# years", "On 04.06.2018 detained at work", "Later released."): the clause still has no
# subject, so it continues the entry's person
_FRONTED = re.compile(
    r"[\s\"“‘'(\[*•·–—-]*(?:(?:in|on|by|around|about|until|after|before|since)\s+(?:(?:early|late|mid|"
    r"the\s+(?:spring|summer|autumn|fall|winter|end|beginning|middle|start)\s+of)\s+|mid-)?"
    r"(?:(?:spring|summer|autumn|fall|winter|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH
    + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?),?\s+)?(?:19|20)\d\d|(?:on\s+)?\d{1,2}[./]\d{1,2}[./]"
    r"(?:19|20)?\d\d|later|then|afterwards|subsequently|eventually|soon\s+after(?:wards)?|"
    r"reportedly|allegedly|also|again|finally|initially|first|briefly)"
    r"\s*,?\s+(?=[a-z])", re.IGNORECASE)


# an interview answer's label and a one-word reply before the clause: "A: No. The ban on
# leaving the country is still there."
_REPLY = re.compile(r"[ \t]*(?:(?:a|answer)[ \t]*[:.–—-]|(?-i:[A-Z])[\w'’.-]*"
                    r"(?:[ \t]+[\w'’.-]+){0,3}"
                    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:)[ \t]*(?:(?:no|yes|yeah|nope|sadly|"
                    r"unfortunately|of\s+course|not\s+yet|still\s+no)[.,!]\s+)?", re.IGNORECASE)


def _reply_opening(text: str, sent: Sentence) -> int | None:
    """Where an answer's words begin after its label and a bare yes or no, or None."""
    if text.find(":", sent.start, min(sent.end, sent.start + 48)) < 0 and not \
            text.startswith(("A.", "A -", "A –", "A —", "Answer"), sent.start):
        return None
    m = _REPLY.match(text, sent.start, sent.end)
    return m.end() if m and m.end() > sent.start else None


def _fronted_time(text: str, start: int, end: int) -> int | None:
    """Where the words after a time fronted at ``start`` begin, or None; a lower-case word
    must follow ("In 2019 released", not "In 2019 Karimov was ...")."""
    head = text[start:start + 16].lstrip(" \t\"“‘'([*•·–—-")
    first = head.split(None, 1)[0].rstrip(",").lower() if head else ""
    if first not in _FRONT_WORDS and not first[:1].isdigit():
        return None
    m = _FRONTED.match(text, start, end)
    return m.end() if m and not text[m.end()].isupper() else None


# the words a fronted time can start with: a cheap test before the regex
_FRONT_WORDS = frozenset(["in", "on", "by", "around", "about", "until", "after", "before", "since",
                          "later", "then", "afterwards", "subsequently", "eventually", "soon",
                          "reportedly", "allegedly", "also", "again", "finally", "initially",
                          "first", "briefly"])
# a telegraphic sentence of a case entry: "Released in 2018 and placed under house arrest."
_BARE_PARTICIPLE = re.compile(r"[\s\"“‘'(\[*•·–—-]*(?:(?-i:[A-Z])[a-z]+ed|Held|Taken|Sent|Put|Kept|"
                              r"Given|Beaten|Caught|Brought|Thrown|Forbidden|Banned|Barred)\b")


def _bare_participle(text: str, sent: Sentence) -> bool:
    """The sentence opens with a participle and no subject, perhaps after a fronted time
    ("Released in 2018 and placed under house arrest.", "In 2019 released and placed ...")."""
    if _BARE_PARTICIPLE.match(text, sent.start) or (
            _BARE_AUX.match(text, sent.start) and text.find("?", sent.start, sent.end) < 0):
        return True
    fronted = _fronted_time(text, sent.start, sent.end)
    return fronted is not None and _BARE_LOWER.match(text, fronted) is not None


# the past participles a subjectless clause opens with ("detained", "held", "sent")
_PARTICIPLE = (r"(?:[a-z]+ed|held|taken|sent|put|kept|given|beaten|caught|brought|thrown|"
               r"forbidden)\b")
# an auxiliary with no subject before it: "Was detained in April 2017." (not "Was he ...?")
_BARE_AUX = re.compile(r"[\s\"“‘'(\[*•·–—-]*(?-i:Was|Were|Has\s+been|Had\s+been|Have\s+been)\s+"
                       r"(?:(?:later|then|again|also|reportedly|allegedly|briefly)\s+)?"
                       + _PARTICIPLE)
_BARE_LOWER = re.compile(_PARTICIPLE)
_AFTER_SEMICOLON = re.compile(r";[\s\"“‘'(\[*•·–—-]*$")
_CLAUSE_END = re.compile(r"[^,;:]{0,80}?,\s*")


# a participle that modifies a plural noun: "Detained Uyghurs are ...", "released prisoners"
_PARTICIPLE_ADJECTIVE = re.compile(r"\s+(?:[a-z-]+\s+)?(?:prisoners|detainees|inmates|people|"
                                   r"persons|men|women|children|activists|Uyghurs|Uighurs|"
                                   r"Kazakhs|Muslims|relatives|families|students|imams)\b")


_PARTICIPLE_END = re.compile(r"(?:ed|en|wn|ld|pt|nt|up)$")


def _lead_subject(index: PersonIndex, sent: Sentence, start: int, end: int,
                  floor: int) -> list[str]:
    """The person of a sentence that opens with its event and no subject. A participial
    clause takes the subject after it ("Detained in 2018, she was ..."); a telegraphic
    sentence ("Detained by police in April 2018." in a list of cases, "No information
    since.") continues the account of the person the text was just about."""
    if _PARTICIPLE_ADJECTIVE.match(index.text, end) and _PARTICIPLE_END.search(
            index.text, start, end):
        return []  # "In 2019 released prisoners told reporters ...": an adjective
    if _subheading(index.text, sent):
        return []  # 'Sentenced for "separatism"' between paragraphs: a heading, of no one
    if not (_OPENING.fullmatch(index.text, sent.start, start)
            or _FIELD_OPENING.fullmatch(index.text, sent.start, start)
            or _AFTER_SEMICOLON.search(index.text, sent.start, start)
            or _fronted_time(index.text, sent.start, sent.end) == start
            or _reply_opening(index.text, sent) == start
            or _coordinated_opening(index.text, sent, start)):
        return []
    clause = _CLAUSE_END.match(index.text, end, sent.end)
    if clause:
        keys = object_after(index, clause.end(), sent.end, floor)
        if keys:
            return keys
    if any((m[0], m[1]) not in index.labels for m in index.persons_between(sent.start,
                                                                            sent.end)):
        return []  # a name later in the sentence: too unclear who it is about
    if (index.voices.qa_lines and index.voices.turn_at(start) == "a") or \
            _opens_reply_turn(index, sent):
        # "A: No. The ban on leaving the country is still there."
        silent = _SILENCE in index.text[start:end].lower()
        return _asked_of_speaker(index, sent, start, absent=silent)
    if _follows_first_person(index, sent, floor):
        speaker = first_person_at(index, start)
        return [speaker] if speaker else []
    if not index.names_between(max(floor, start - 1500), start):
        return []
    # "Taken from his mosque by police": the clause's own "his" or "her" says the gender of
    # the person it continues the account of (not "His daughter, Ma Lina," told just before)
    own = _OWN_PRONOUN.search(index.text, start, sent.end)
    return antecedent(index, start, own.group(1) if own else "", floor)


def _subheading(text: str, sent: Sentence) -> bool:
    """A short line standing alone between paragraphs with no closing punctuation and no
    date: a news report's subheading, which names what follows rather than telling it."""
    line = text[sent.start:sent.end].strip()
    return (0 < len(line.split()) <= _SUBHEADING_WORDS and not _CLOSED.search(line)
            and not any(c.isdigit() for c in line)  # "Detained 12 May 2018": an entry
            and (sent.start < 2 or text[sent.start - 2:sent.start] == "\n\n")
            and text[sent.end:sent.end + 2].strip(" \t") in ("\n\n", ""))


_SUBHEADING_WORDS = 8
_CLOSED = re.compile(r"[.!?…:;][\"”’'»)]*$")
_OWN_PRONOUN = re.compile(r"\b(his|her)\b(?!\s+(?:own\s+)?(?:wife|husband|daughter|son|"
                          r"mother|father|brother|sister)\b)", re.IGNORECASE)
_SILENCE = "nothing"


def _opens_reply_turn(index: PersonIndex, sent: Sentence) -> bool:
    """The sentence opens a transcript turn that follows a question ("CHAIR: Have you heard
    from him?\n\nDOSOVA: No. Nothing since 2019.")."""
    if not index.voices.in_turn(sent.start):
        return False
    asked = index.text.rfind("?", max(0, sent.start - 20), sent.start)
    return asked >= 0 and not index.text[asked + 1:sent.start].strip()


def _follows_first_person(index: PersonIndex, sent: Sentence, floor: int) -> bool:
    """The sentence before ends its account with "I" or "me" ("They stopped me at the
    airport. Questioned for four hours, then released."): a telegraphic clause after it goes
    on about the speaker, not about the last third person named."""
    i = bisect.bisect_right(index.sent_starts, sent.start - 1) - 1
    if i < 0 or "\n\n" in index.text[index.sent_starts[i]:sent.start]:
        return False
    refs = refs_in(index, index.sent_starts[i], sent.start, floor)
    return bool(refs) and index.text[refs[-1].start:refs[-1].end].lower() in ("i", "me")


def _topic(index: PersonIndex, sent: Sentence, start: int, floor: int) -> list[str]:
    """The person a sentence that names nobody continues the account of ("My brother was
    taken in 2018. Since then I have had no letter."): the antecedent a bare reference would
    have, unless it is the narrator, who tells the event and is not its subject."""
    if index.names_between(sent.start, sent.end):
        return []
    if not index.names_between(max(floor, start - 1500), start):
        return []
    keys = antecedent(index, start, "", floor)
    return [k for k in keys if k != index.narrator]


# a negation or condition does not reach across a contrasting or new clause: "asked for his
# papers, but officers told him ...", "was not charged, and was released"
# ("could face ten years, after he was arrested": the arrest is told as fact)
_NEW_CLAUSE = re.compile(r",?\s+but\s+|,\s+(?:and|while|whereas|although|though|yet|after|"
                         r"because|when)\s+", re.IGNORECASE)


# a fronted clause of time or concession, closed by its comma: its words do not reach the main
# clause ("When I asked why, ...", "Although he was never charged, ..."); a condition ("If",
# "Unless") does
_FRONTED_CLAUSE = re.compile(r"\s*[\"“]?(?:When|After|As\s+soon\s+as|Before|Once|While|Although|"
                             r"Though|Because)\b[^,.;:!?\"“”]{1,120},\s+")


# a clause of time after a negated main clause, with its own subject: "since he was taken",
# "since police detained her"
# ("The family has not been able to speak with him since he was taken from his brother's
# house")
_SINCE_CLAUSE = re.compile(r"\b(?:(?:has|have|had)\s+(?:not|never)\s+been\s+(?:heard\s+from|"
                           r"seen)|(?:has|have|had)(?:\s+not|n['’]t)\s+(?:been\s+able\s+to\s+)?"
                           r"(?:heard\s+from|seen|spoken\s+(?:to|with)|speak\s+(?:to|with)|"
                           r"talk(?:ed)?\s+(?:to|with)|contact(?:ed)?|reach(?:ed)?)\s+(?:him|her|"
                           r"them))\s+since\s+(?P<clause>(?:he|she|they|police|officers|the\s+"
                           r"police)\b)", re.IGNORECASE)


# a full name, two or three capitalised words running (a place is mostly one)
_CAPITALISED = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}\b")


def _negated(text: str, sent: Sentence, start: int, end: int, future: bool = True) -> bool:
    """Negated, hypothetical or (when ``future``) yet to come: no event. A relative clause
    set off by commas between the subject and the event says something else about the subject
    ("X, who will turn 60 next month, was detained"; "X, who has not seen his children since
    2017, was arrested"), so its words do not reach the event."""
    lo = max(sent.start, start - 45)
    if lo > sent.start:  # full names take no room: "claiming that Mirlan Turgunbekov had been"
        names = sum(len(m.group()) + 1 for m in _CAPITALISED.finditer(text, lo, start))
        lo = max(sent.start, lo - names)
    if _RETRACTED.search(text, sent.start, start):
        return True  # "An earlier version of this story reported that X had died"
    if _CONDITION_YET.search(text, max(sent.start, start - 90), end):
        return True  # "calling for a boycott until her father is freed": a condition to meet
    if _CLAIM_ABOUT.search(text, sent.start, start) and _UNCONFIRMED.search(text, end, sent.end):
        return True  # "the information ... about this person being held in so-called 'camps'
        # ... has not been confirmed": what an official denies, not told as fact
    if _NO_KNOWLEDGE.search(text, max(sent.start, start - 150), start):
        return True  # 'it had "no information" about a Kyrgyz citizen named X being held'
    aside = _ASIDE_BEFORE.search(text, max(sent.start, start - 100), start)
    if aside and _NOT_BEFORE_ASIDE.search(text, max(sent.start, aside.start() - 20),
                                          aside.start()):
        return True  # "He was not, contrary to a widely shared post, sentenced to ten years"
    if text.find(",", lo, start) >= 0 or "but" in text[lo:start].lower():  # else no new clause
        for brk in _NEW_CLAUSE.finditer(text, lo, start):
            lo = brk.end()
        for brk in _QUOTE_CLOSED.finditer(text, lo, start):
            lo = brk.end()  # '"They want me to be silent," said X, who was fined': the
            # quotation's words are not the relative clause's
    fronted = _FRONTED_CLAUSE.match(text, sent.start, start)
    if fronted is not None:
        lo = max(lo, fronted.end())  # "When I asked why, one of them hit me": the asking is
        # the fronted clause's, the blow the main clause's
    since = next(reversed(list(_SINCE_CLAUSE.finditer(text, lo, start))), None)
    if since is not None:
        lo = since.start("clause")  # "has not been heard from since he was taken to a camp":
        # the negation is the main clause's, the act in the clause of time is told as given
    window = _without_asides(text, sent.start, lo, start) + text[start:end]
    if "not" in window or "never" in window or "n't" in window or "n’t" in window:
        window = _ANONYMOUS.sub(" ", window)
    found = present(_ALL_CUES, fold(window))
    negated = _holds(NEGATION, window, found) and not _NOT_UNTIL.match(text, end)
    return (negated or _holds(HYPOTHETICAL, window, found)
            or (future and _holds(FUTURE, window, found)))


_QUOTE_CLOSED = re.compile(r"[,.!?][”\"]\s+(?:said|says|added|adds|told|tells|wrote|writes)\b")
# what someone says they know nothing of: 'said it had "no information" about a Kyrgyz citizen
# named Mamatkulov being held in Chinese custody'
_NO_KNOWLEDGE = re.compile(r"\bno\s+[“\"]?(?:information|knowledge|record|records|confirmation)"
                           r"[”\"]?\s+(?:about|on|of|that|regarding)\b[^.;,]{0,100}$",
                           re.IGNORECASE)
# a claim reported in order to deny it ("information disseminated ... about this person being
# held ... has not been confirmed", "reports that he was tortured are false")
_CLAIM_ABOUT = re.compile(r"\b(?:information|reports?|claims?|allegations?|rumou?rs?|"
                          r"statements?|publications?)\b[^.;]{0,120}?\b(?:about|that|of)\b",
                          re.IGNORECASE)
_UNCONFIRMED = re.compile(r"\b(?:(?:has|have|had)\s+not\s+been|(?:was|were|is|are)\s+not)\s+"
                          r"(?:confirmed|substantiated|verified|corroborated)\b|\b(?:is|are|was|"
                          r"were)\s+(?:false|untrue|groundless|fabricated|baseless)\b"
                          r"|\b(?:turned\s+out\s+to\s+be|proved|proved\s+to\s+be)\s+(?:false|"
                          r"untrue|wrong|unfounded)\b",
                          re.IGNORECASE)


# a condition not yet met, in the present tense after "until", "unless" or "before": "until
# her father, X, is freed", "unless they are released", "will give out before he is released"
_CONDITION_YET = re.compile(r"\b(?:until|till|unless|before)\s+[^.;:!?]{1,70}?\b(?:is|are)\s+"
                            r"(?:(?:finally|fully|all|both)\s+)?[\w-]+\Z", re.IGNORECASE)


# an act named as a point in time: "no history of heart trouble before his arrest in 2018"
# takes the arrest as given, whatever the clause around it denies
_TIME_POINT = re.compile(r"\b(?:before|after|since|following|until|upon|during|at\s+the\s+time\s+"
                         r"of)\s+$", re.IGNORECASE)


def _presupposed(text: str, sent: Sentence, trig: Trigger, m: re.Match[str]) -> bool:
    """A possessive act noun ("his arrest") after a preposition of time, or a sentencing asked
    about by how long: what the sentence denies or supposes is something else, the act itself
    is presupposed."""
    if trig.type == "sentencing" and _HOW_LONG.search(text, max(sent.start, m.start() - 40),
                                                      m.start()):
        return True  # "does not know how long he was sentenced to serve": the term is unknown
    return (trig.side == "inside" and _LEADING_PRONOUN.match(text, m.start(), m.end()) is not None
            and _TIME_POINT.search(text, max(sent.start, m.start() - 30), m.start()) is not None)


# an indirect question about the term presupposes the sentence ("does not know how long he
# was sentenced to serve", "never learned how many years she was given")
_HOW_LONG = re.compile(r"\bhow\s+(?:long|many\s+years|much\s+time)\s+(?:[\w’'-]+\s+){1,3}$",
                       re.IGNORECASE)


# an unnamed caller's relative clause: "a man who did not give his name called her and told
# her ...", "two men he did not know beat him": its "not" denies the naming, not the act
_ANONYMOUS = re.compile(r"\bwho\s+(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|refused\s+to|"
                        r"declined\s+to|never)\s+(?:give|gave|say|said|tell|told|introduce|"
                        r"identify|name|show)\s+(?:his|her|their|him|her|them)(?:sel(?:f|ves))?"
                        r"(?:\s+(?:name|names|identity|surname|ID|badge|rank))?\b"
                        # "two men he did not know beat him"
                        r"|\b(?:m[ae]n|wom[ae]n|people|strangers|officers|persons|assailants)\s+"
                        r"(?:whom\s+|who\s+|that\s+)?(?:he|she|they|I|we)\s+(?:did\s+not|didn['’]t|"
                        r"had\s+never|never|could\s+not|couldn['’]t)\s+(?:know|recogni[sz]e|seen|met|"
                        r"see|identify)\b", re.IGNORECASE)


# what a retracted version of the report said: "An earlier version of this story, published
# on July 30, reported that ...", "The earlier version also said that ..."
_RETRACTED = re.compile(r"\b(?:an?|the)\s+(?:earlier|previous|original|first)\s+(?:version|"
                        r"report|story|article)\b[^.;]{0,120}?\b(?:reported|said|stated|claimed|"
                        r"wrote|suggested)\b", re.IGNORECASE)


# an aside set off by commas between a negated auxiliary and its verb: "was not, contrary to
# a widely shared post, sentenced", "has never, as far as we know, been charged"
_ASIDE_BEFORE = re.compile(r",[^,.;:]{3,90},\s*(?:been\s+)?(?:(?!and\b|but\b)[\w-]+\s+){0,2}\Z")
_NOT_BEFORE_ASIDE = re.compile(r"\b(?:was|were|is|are|has|have|had|been)\s+(?:not|never)\s*\Z"
                               r"|n['’]t\s*\Z", re.IGNORECASE)


# "was not released until March 2019": it happened, then and not before
_NOT_UNTIL = re.compile(r"\s+(?:only\s+)?(?:until|till)\s+(?:early\s+|late\s+|mid-?)?(?:\d|[A-Z]|"
                        r"(?:last|this|the\s+(?:following|next|end))\b)")


# the words each modality pattern starts with ("not", "never", "could", "will"): most
# windows hold none of them, which one pass over the window for all of them tells
# (``keywords.present``) before any search
_CUES = PatternMap((p, leading_literals(p)) for p in (NEGATION, HYPOTHETICAL, FUTURE))
_ALL_CUES = frozenset(c for p in (NEGATION, HYPOTHETICAL, FUTURE) for c in _CUES[p] or ())


def _holds(pattern: re.Pattern[str], window: str, found: set[str]) -> bool:
    """Whether ``pattern`` matches in ``window``, which holds the cue words ``found``."""
    cues = _CUES[pattern]
    if cues is not None and cues.isdisjoint(found):
        return False
    return pattern.search(window) is not None


def _without_asides(text: str, sent_start: int, lo: int, start: int) -> str:
    """text[lo:start] without the relative clauses set off by commas that end in it."""
    if "," not in text[lo:start]:
        return text[lo:start]
    kept, at = [], lo
    for aside in _RELATIVE_ASIDE.finditer(text, sent_start, start):
        if aside.end() > at:
            kept.append(text[at:max(at, aside.start())])
            at = aside.end()
    return " ".join([*kept, text[at:start]])


def _term_events(index: PersonIndex, sent: Sentence, floor: int, terms: list[TermMention],
                 taken: list[tuple[int, int]]) -> list[RawEvent]:
    """'a 20-year sentence', 'given nine years', 'a 10-day jail term' (days: detention)."""
    out: list[RawEvent] = []
    text = index.text
    for t in terms:
        if any(s <= t.start < e + _TERM_REACH or (s <= t.start < e + _TERM_REACH_OBJECT
                                                   and _OBJECT_ONLY.fullmatch(text, e, t.start))
               for s, e in taken) or not _is_sentence_term(text, t):
            continue  # the term of a sentencing already told ("sentenced 28-year-old X to")
        keys = subject_before(index, sent.start, t.start, floor) or (
            [] if _unnamed_subject(index, sent, t.start, floor) else _answer_subject(
                index, sent, t) or _given_to_me(index, sent, t, floor))
        if keys and _IMPOSED.search(text, sent.start, t.start):
            keys = _sentenced_by(index, sent, keys, floor)
        if not keys or _negated(text, sent, t.start, t.end) or _reported_term(index, sent, t) \
                or _unnamed_owner(text, sent, t):
            continue
        kind = "detention" if t.unit in ("day", "week") and not _SERVED.search(
            text, max(sent.start, t.start - 30), t.start) else "sentencing"
        out.extend(RawEvent(kind, k, sent, (t.start, t.end), 0.7, t) for k in keys)
        if kind == "sentencing" and _SERVING.search(text, max(sent.start, t.start - 30),
                                                    t.start) and not _non_custodial(text, t):
            out.extend(RawEvent("imprisonment", k, sent, (t.start, t.end), 0.7, t) for k in keys)
    return out


# a penalty served at liberty: "serving two years of 'restricted freedom'", "a suspended
# sentence", probation, correctional labour
_NON_CUSTODIAL = re.compile(r"(?:\s+of)?\s*[“\"‘']?(?:" + AT_LIBERTY
                            + r"|house\s+arrest)\b", re.IGNORECASE)
_NON_CUSTODIAL_IN = re.compile(r"\b(?:suspended|probation\w*|" + AT_LIBERTY + r")\b",
                               re.IGNORECASE)


def _non_custodial(text: str, t: TermMention) -> bool:
    """The term is one served outside prison."""
    return _NON_CUSTODIAL_IN.search(t.text) is not None or \
        _NON_CUSTODIAL.match(text, t.end) is not None


_TERM_REACH = 30  # characters after a trigger within which a term is the trigger's own
_TERM_REACH_OBJECT = 90  # ... when only its object stands between: "sentenced 28-year-old X to"
_OBJECT_ONLY = re.compile(r"[^,;.:()\"“”]*\s(?:to|with)\s+(?:an?\s+)?")
_GIVEN_ME = re.compile(r"\b(?:gave|given|handed)\s+me\s+(?:another\s+|only\s+|just\s+)?$")


def _given_to_me(index: PersonIndex, sent: Sentence, t: TermMention, floor: int) -> list[str]:
    """ "The court gave me a year and a half": the penalty is the speaker's."""
    if not _GIVEN_ME.search(index.text, max(sent.start, t.start - 20), t.start):
        return []
    return _first_person_keys(index, t.start, floor)


# the subject hands the penalty down: "Judge X instead imposed one year of imprisonment"
# (or comes back from deliberating with it: "retired to the deliberation room and returned with
# ten days of arrest")
_IMPOSED = re.compile(r"\b(?:imposed|imposes|handed\s+down|hands\s+down|meted\s+out|passed|"
                      r"(?:returned|came\s+back|emerged)\s+with|announced)\b", re.IGNORECASE)


def _sentenced_by(index: PersonIndex, sent: Sentence, judges: list[str], floor: int
                  ) -> list[str]:
    """Whom a penalty that a judge or court imposes befalls: the person last named before the
    sentence who is not the one imposing it (the defendant the account is about)."""
    for _, _, key in reversed(index.persons_between(max(floor, sent.start - 1500), sent.start)):
        if key not in judges:
            return [key]
    return []


# a relative of someone described, not named: "the man's son", "the woman's lawyer"
_DESCRIBED_OWNER = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}?[a-z]+['’]s\s+(?:[a-z-]+\s+)?(?:sons?|"
                              r"daughters?|wife|husband|mother|father|brothers?|sisters?|lawyers?|"
                              r"family|relatives|children|parents|cousins?)\b")
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


def _unnamed_owner(text: str, sent: Sentence, t: TermMention) -> bool:
    """'Rights groups and the man's son say a court gave him 17 years': "him" is the man the
    description names, whom the person index cannot hold, not whoever was last in view; a
    penalty given to a pronoun after such a description is left unassigned."""
    if "'s " not in text[sent.start:t.start] and "’s " not in text[sent.start:t.start]:
        return False
    pron = _OBJECT_PRONOUN.search(text, max(sent.start, t.start - 40), t.start)
    return pron is not None and _DESCRIBED_OWNER.search(text, sent.start, pron.start()) is not None


# what may stand before a penalty that opens an answer: the turn's label ("A:", "NAME:")
_ANSWER_OPENING = re.compile(r"[ \t\"“]*(?:[^\n:]{1,40}:[ \t]*)?(?:(?:about|nearly|almost|over|"
                             r"more\s+than|just)\s+)?", re.IGNORECASE)


def _answer_subject(index: PersonIndex, sent: Sentence, t: TermMention) -> list[str]:
    """A penalty that opens a labelled answer ("A: Ten days of administrative arrest, in
    March 2021.") to a question about the person answering ("What happened to you after the
    protest?") befell that person; a question about someone else ("... your brother?")
    leaves the answer's penalty to that other person, unnamed here."""
    text = index.text
    if not _ANSWER_OPENING.fullmatch(text, sent.start, t.start):
        return []
    return _asked_of_speaker(index, sent, t.start)


def _asked_of_speaker(index: PersonIndex, sent: Sentence, pos: int, absent: bool = False
                      ) -> list[str]:
    """Whom a bare answer at ``pos`` is about: the person answering when the question's
    first person spoken of is "you" ("What happened to you after the protest?", "Can you
    visit your children?") or it speaks of nobody ("What happened after the protest?");
    else the person the question names or refers to ("... your brother Askar?", "Can he
    ...?"). With ``absent`` (silence: "No. Nothing since 2019."), a third person the question
    mentions wins ("Have you heard from him?")."""
    text = index.text
    speaker = first_person_at(index, pos)
    asked = text.rfind("?", max(0, sent.start - 400), sent.start)
    if speaker is None or asked < 0 or text.find("\n", asked, sent.start) < 0:
        return []
    line = text.rfind("\n", 0, asked) + 1
    label = _QUESTION_OPENING.match(text, line, asked)
    begin = label.end() if label else line
    others = [r for r in refs_in(index, begin, asked, 0)
              if r.keys and speaker not in r.keys]
    first = _ASKED_ABOUT.search(text, begin, asked)
    if absent:  # the one answering is not the one nobody has heard from
        return list(others[-1].keys) if others else []
    if (first is None or first.group().lower() == "you") and not \
            index.persons_between(begin, asked):
        return [speaker]
    return list(others[0].keys) if others else []


_QUESTION_OPENING = re.compile(r"[ \t]*(?:[^\n:?]{1,40}:)?[ \t]*")
# the first person a question speaks of: "you" is the one answering; "your son", "he" another
_ASKED_ABOUT = re.compile(r"\b(?:you|your|he|she|him|his|her|they|them|their)\b(?!['’])",
                          re.IGNORECASE)


# "is serving 15 years in Shikho prison": a sentence handed down and being served
# days served are an administrative sentence: "had already served 15 days in jail"
_SERVED = re.compile(r"\b(?:served|serving|serves|serve)\s+(?:(?:already|only|just)\s+)?"
                     r"(?:(?:a|an|his|her|their)\s+)?$", re.IGNORECASE)
_SERVING = re.compile(r"\b(?:serving|serves|serve)\s+(?:(?:a|an|his|her|their)\s+)?$",
                      re.IGNORECASE)


# a verb of saying or judging: what follows is what the subject says, not what befell them
_SAYS = re.compile(r"\b(?:said|says|say|told|tells|added|adds|noted|notes|stressed|called|"
                   r"calls|described|describes|wrote|writes|argued|argues|explained|believes|"
                   r"believed|thinks|thought|estimated|estimates|recorded|records|counted|"
                   r"compared)\b", re.IGNORECASE)


# a verb of saying followed by its clause, not "was said to have been ..."
_SPEECH_CLAUSE = re.compile(r"\b(?:said|says|(?:told|tells)(?:\s+[\w-]+){1,2}?|added|noted|"
                            r"stressed|wrote|writes|explained|recalled|confirmed|announced)"
                            r"(?:\s+that)?\s+(?:the|a|an|this|one)\s", re.IGNORECASE)
_SPEECH_NEEDS = required_literals(_SPEECH_CLAUSE, max_tests=16)  # a verb of saying ...
_SHARED_SUBJECT = re.compile(r"\b(?:and|but|then|before|after)\s+$", re.IGNORECASE)


def _says_of_another(index: PersonIndex, sent: Sentence, start: int) -> bool:
    """The subject before the trigger is someone speaking about another person, who is named
    by a noun phrase the index does not hold ("Serik, a police spokesman, said the woman was
    released later"): a verb of saying and a determiner stand between the last referring
    phrase and the trigger. "X went to the police, told them her story and was arrested"
    shares its subject across "and"."""
    text = index.text
    if not passes(_SPEECH_NEEDS, index.folded[sent.start:start]) or _SPEECH_CLAUSE.search(
            text, sent.start, start) is None:
        return False
    if _SHARED_SUBJECT.search(text, max(sent.start, start - 12), start):
        return False
    refs = [r for r in refs_in(index, sent.start, start, 0) if r.end <= start]
    if not refs:
        return False
    aside = _RELATIVE_ASIDE.match(text, refs[-1].end, start)  # "X, who told the BBC ..., was"
    return _SPEECH_CLAUSE.search(text, aside.end() if aside else refs[-1].end, start) is not None


# (also after a noun in apposition: "X, a veterinarian who never left China, was detained")
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+[^,;]{0,40}?\s)?(?:who|whose|whom|"
                             r"which)\b[^,;]*,")


def _reported_term(index: PersonIndex, sent: Sentence, t: TermMention) -> bool:
    """The term is in what the subject says about a sentence ("Ward, a scholar who tracks
    such cases, said the life sentence was among the harshest"): a verb of saying stands
    between the last referring phrase and the term, so the term is not the subject's own.
    "X told reporters he got a 10-year sentence" has its own subject, "he", after the verb."""
    refs = [r for r in refs_in(index, sent.start, t.start, 0) if r.end <= t.start]
    return bool(refs) and _SAYS.search(index.text, refs[-1].end, t.start) is not None


# "an offense that carries up to a year in prison": the law's maximum, not a sentence
STATUTORY = re.compile(r"\b(?:carries|carry|carrying|punishable\s+by|up\s+to|maximum(?:\s+of)?|"
                       r"as\s+(?:much|long)\s+as)\s+(?:an?\s+)?$", re.IGNORECASE)
# a span of time something else happened in: "a repeated violation within one year"
_WITHIN = re.compile(r"\b(?:within|during|in\s+the\s+(?:past|last))\s+(?:the\s+)?"
                     r"(?:last\s+|past\s+)?$", re.IGNORECASE)
_TERM_WORDS = re.compile(r"sentence|term|prison|jail|imprisonment|detention|arrest", re.IGNORECASE)


def _is_sentence_term(text: str, t: TermMention) -> bool:
    if STATUTORY.search(text, max(0, t.start - 30), t.start) or _WITHIN.search(
            text, max(0, t.start - 20), t.start):
        return False
    if t.kind == "term" and _PART_SERVED.match(text, t.end):
        return False
    if t.kind != "term" or _TERM_WORDS.search(t.text):
        return True
    before = text[max(0, t.start - 25):t.start]
    return bool(_TERM_BEFORE.search(before) or _TERM_AFTER.match(text, t.end, t.end + 30)
                or _court_gave(text, t, before))


# the part of a sentence served so far, not the sentence: "has served seven years of
# thirteen", "served two years of his sentence", "three years of a ten-year term"
_PART_SERVED = re.compile(r"\s+of\s+(?:(?:his|her|their|the|a|an|that|this)\s+)?(?:[\w-]+\s+)"
                          r"{0,2}?(?:sentence|term)\b|\s+of\s+(?:the\s+)?(?:[0-9]{1,2}|"
                          + WORD_NUMBER + r")\b(?!\s+(?:days?|weeks?|months?)\b)",
                          re.IGNORECASE)


# "the court gave him 17 years", "the judge handed her nine years": a bare length given to a
# person is a penalty when a court is in view and no purpose follows ("gave her two years to
# repay the loan", "gave him two weeks off")
_GAVE = re.compile(r"\b(?:gave|give|gives|giving|handed|hands|handing)\s+(?:him|her|them|me|"
                   r"(?-i:[A-Z])[\w'’-]+)\s+(?:another\s+|just\s+|only\s+)?$", re.IGNORECASE)
_JUDICIAL = ("court", "judge", "tribunal", "verdict", "sentenc", "trial", "prosecutor")
_PURPOSE = re.compile(r"\s*(?:to\s+(?!serve\b)\w+|in\s+which\s+to|of\s+(?:leave|grace|"
                      r"probation)|off\b|for\s+(?:the\s+)?(?:repayment|payment|repairs?|"
                      r"studies|training)\b)", re.IGNORECASE)


def _court_gave(text: str, t: TermMention, before: str) -> bool:
    if "gave" not in before and "give" not in before and "hand" not in before:
        return False
    if _GAVE.search(before) is None or _PURPOSE.match(text, t.end):
        return False
    near = text[max(0, t.start - 160):t.start].lower()
    return any(w in near for w in _JUDICIAL) or _PENAL_AFTER.match(text, t.end) is not None


# what follows a term given that makes it a penalty without a court in view: "they gave him
# seven years for "extremism"", "gave her ten years in prison"
_PENAL_AFTER = re.compile(r"\s+(?:in\s+(?:prison|jail|a\s+(?:labou?r\s+)?camp)\b|behind\s+bars\b|"
                          r"for\s+[“\"‘']?(?:extrem|separat|terror|incit|subver|split|picking|"
                          r"fraud|espionage|spying|illegal|religious|disturbing|undermining|"
                          r"gathering|leaking|state\s+secrets))", re.IGNORECASE)


def facts_for(sent: Sentence, dates: list[DateMention], charges: list[ChargeMention],
              terms: list[TermMention]) -> SentenceFacts:
    """The mentions that lie inside the sentence."""
    def inside(start: int, end: int) -> bool:
        return sent.start <= start and end <= sent.end

    return SentenceFacts([d for d in dates if inside(d.start, d.end)],
                         [c for c in charges if inside(c.start, c.end)],
                         [t for t in terms if inside(t.start, t.end)])
