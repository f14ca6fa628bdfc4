"""Context that shows a capitalised run names a person, whatever the name's origin.

Name shape (``names``) recognises Turkic, Russian-style and Chinese names, but reports also
quote researchers, diplomats and journalists whose names have no such shape ("Anna
Lindqvist", "Thomas Berg"), and some of their words are ordinary English ("Berg", "Mark").
English marks a person around the name instead:
- an appositive with a person noun: "X, a researcher at ...", "X, director of ...", "X, 45,";
- a speech or cognition verb with the run as subject: "X said", "X told", "X wrote";
- the run as the cited speaker: "said X", "according to X";
- a person noun or title right before it: "spokesperson X", "Dr X";
- a self-introduction: "I'm X", "my name is X".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from izde.extract.voices import TIMESTAMP

PERSON_NOUNS = (
    r"researcher|scholar|professor|lecturer|academic|historian|anthropologist|sociologist|"
    r"linguist|economist|expert|analyst|fellow|spokes(?:person|man|woman)|lawyer|attorney|"
    r"advocate|barrister|journalist|reporter|correspondent|editor|writer|author|poet|blogger|"
    r"director|head|chief|chair(?:man|woman|person)?|president|founder|co-?founder|coordinator|"
    r"official|officer|diplomat|ambassador|envoy|consul|minister|secretary|commissioner|"
    r"lawmaker|legislator|senator|deputy|representative|adviser|advisor|consultant|campaigner|"
    r"activist|member|leader|organi[sz]er|volunteer|witness|survivor|detainee|prisoner|"
    r"teacher|doctor|nurse|engineer|student|farmer|herder|imam|businessman|businesswoman|"
    r"veterinarian|driver|trader|worker|resident|citizen|national|man|woman|mother|father|"
    r"son|daughter|brother|sister|wife|husband|cousin|uncle|aunt|nephew|niece|friend|colleague|"
    r"neighbou?r|relative|grandson|granddaughter|grandfather|grandmother"
)
_SPEECH_VERBS = (
    r"said|says|told|tells|added|adds|wrote|writes|noted|notes|explained|argued|argues|stated|"
    r"recalled|believes|believed|thinks|thought|warned|urged|testified|asked|replied|answered|"
    r"estimated|estimates|described|confirmed|denied|declined|acknowledged|insisted|stressed"
)
_DETERMINER = r"(?:(?:a|an|the|his|her|their|its|one)\s+)?"
_AFTER = re.compile(
    r",\s+" + _DETERMINER + r"(?:[\w'’.-]+\s+){0,4}?(?:" + PERSON_NOUNS + r")s?\b"
    r"|,\s+\d{1,3}\s*,"
    r"|\s+(?:(?:also|later|then|has|had|once)\s+)?(?:" + _SPEECH_VERBS + r")\b")
_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|added|wrote|asked|according\s+to)\s+"
    r"|\b(?:" + PERSON_NOUNS + r")s?,?\s+"
    r"|\b(?:Dr|Prof|Ms|Mrs|Mr|Miss|Mx)\.?\s+"
    r"|\b(?:(?-i:I)['’]m|(?-i:I)\s+am|my\s+name\s+is)\s+)$", re.IGNORECASE)


def has_person_context(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end] treat it as a person's name."""
    if _AFTER.match(text, end, min(len(text), end + 80)):
        return True
    return _BEFORE.search(text, max(0, start - 40), start) is not None


_KIN = (r"brother|sister|wife|husband|son|daughter|mother|father|cousin|uncle|aunt|nephew|"
        r"niece|grandson|granddaughter|grandfather|grandmother|fianc[ée]e?|friend|colleague|"
        r"neighbou?r|relative|classmate")
_KIN_BEFORE = re.compile(
    r"(?:\b(?:my|his|her|their|our|whose)|['’]s)\s+(?:(?:elder|older|younger|little|late|"
    r"eldest|youngest|twin|baby|step|only)\s+)?(?:" + _KIN + r")\s*,?\s+(?:(?:rendered|named|"
    r"identified|listed|given|spelled|spelt|written)\s+(?:in\s+(?:[\w-]+\s+){1,3}?)?as\s+)?$",
    re.IGNORECASE)
# "Aigul, his wife,", "Qabdesh aqsaqal, father of Nurlan and Aizhan," (a Kazakh honorific may
# follow the name: aqsaqal "elder", aga, apa, ata)
_KIN_AFTER = re.compile(r"(?:\s+(?:aqsaqal|aksakal|aga|agha|apa|apai|ata|hajji|qajy))?\s*,\s+"
                        r"(?:(?:my|his|her|their|our)\s+(?:[\w-]+\s+)?(?:" + _KIN + r")\b|"
                        r"(?:the\s+)?(?:father|mother|grandfather|grandmother|husband|wife)\s+of\b)",
                        re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[.!?:;,\"“”(]|\b(?:and|but|then|so|that|when|because|while|"
                           r"yes|no|well))\s*$", re.IGNORECASE)
# a broadcast or hearing introduces whom it puts on air by role: "our next caller is Nurlan
# from Taraz", "Caller (Nurlan):", "our guest, Saule"
_ON_AIR_BEFORE = re.compile(r"\b(?:caller|listener|guest|panell?ist|speaker|interviewee)\s*"
                            r"(?:,\s*|\(\s*|:\s*|(?:is|was)\s+|tonight\s+is\s+)?$",
                            re.IGNORECASE)
_LABEL_END = re.compile(r"\s*(?:\)\s*)?:")
# a single word opening a line with a colon after it labels a speaker's turn ("NURLAN: ...")
_LINE_OPENING = re.compile(r"[ \t]*(?:" + TIMESTAMP + r")?(?:[\w ]{1,20}\(\s*)?$")


def _speaker_label(text: str, line_start: int, start: int, end: int) -> bool:
    """The word is the speaker label of a transcript line: only blanks (or a role and a
    bracket, "Caller (Nurlan):") before it on its line, and a colon after it."""
    return (_LABEL_END.match(text, end) is not None
            and _LINE_OPENING.fullmatch(text, line_start, start) is not None)


def _labels_again(text: str, start: int, end: int) -> bool:
    """The same label opens another line too: a speaker who takes several turns (a field
    name of a case sheet, "Status:", is an ordinary word and never asked)."""
    label = "\n" + text[start:end] + ":"
    return text.find(label) not in (-1, start - 1) or text.find(label, start + 1) >= 0


# a person described, then named in apposition: "an old woman in our room, Bibigul, from
# Koktokay", "the youngest prisoner, Erbol, who ..."
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,3}?(?:" + PERSON_NOUNS + r"|girl|boy|"
    r"grandmother|grandfather|old\s+(?:man|woman)|inmate|cellmate|guard)"
    r"(?:\s+(?:in|from|at|of|with)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s*,\s*$", re.IGNORECASE)
_APPOSITION_CLOSES = re.compile(r"\s*(?:,|\)|\s(?:from|who|whose|aged)\b)")
# verbs that take a person as subject: any unknown word before them is a name
_PERSONAL_VERB = re.compile(
    r"\s+(?:(?:still|now|also|later|then|never|once)\s+)?(?:lives|lived|works|worked|studies|"
    r"studied|married|fled|cried|grew\s+up|remembers|remembered|misses|missed|teaches|taught)\b")
# verbs that also take organisations and places ("Xinhua said"): only a name-shaped word
_ANY_VERB = re.compile(
    r"\s+(?:(?:still|now|also|later|then|never|once)\s+)?(?:said|says|told|tells|was|is|has|"
    r"had|went|returned|moved|left|came|called|phoned|wrote|tried|spent|stayed|visited|asked)\b")

# "Erlan had gone back to see his sister": a subject whose own relative the clause names is
# a person (places and organisations have no sisters)
_OWN_KIN_LATER = re.compile(r"[^.;!?\n]{0,60}?\b(?:his|her)\s+(?:" + _KIN + r")\b")


def given_name_cue(text: str, start: int, end: int, name_shaped: Callable[[], bool]) -> bool:
    """Whether a lone capitalised word is used as a person's given name: in apposition to a
    kin word ("my sister Aigul", "Aigul, his wife,") or as the subject of a verb at the start
    of a clause ("Yes, Aigul lives in Altay"); with verbs that organisations and places take
    too ("said", "was") only when the word has the shape of a name (asked last: it is the
    dearest test) or the clause names the word's own relative ("X had gone to see his
    sister")."""
    line_start = text.rfind("\n", 0, start) + 1
    if _KIN_BEFORE.search(text, max(line_start, start - 45), start):
        return True
    if _ON_AIR_BEFORE.search(text, max(line_start, start - 30), start):
        return True
    if _speaker_label(text, line_start, start, end) and (
            name_shaped() or _labels_again(text, start, end)):
        return True
    if _KIN_AFTER.match(text, end, end + 45):
        return True
    if _DESCRIBED_BEFORE.search(text, max(line_start, start - 70), start) and \
            _APPOSITION_CLOSES.match(text, end):
        return True
    if not _CLAUSE_START.search(text, max(line_start, start - 8), start):
        return False
    if _PERSONAL_VERB.match(text, end, end + 40):
        return True
    if _ANY_VERB.match(text, end, end + 40) is None:
        return False
    return name_shaped() or _OWN_KIN_LATER.match(text, end, end + 80) is not None
