"""The wording of events: one table of trigger phrases per event type and where the person is.

``side`` says where the person the event happens to is found:
- "before": the nearest referring phrase before the trigger ("X was detained", "X vanished");
- "after": right after the trigger ("police detained X", "the arrest of X", "jailed him");
- "inside": within the trigger or before it ("offered them asylum", "X was granted asylum");
- "noun": before it, else the only person the sentence names ("The assault on Jan. 21, as X
  was returning home").
Passive verbs need an auxiliary ("was detained"), so "officials detained ..." is never read as
something that happened to the officials.
"""

from __future__ import annotations

import bisect
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from izde.extract.spans import at_word_starts

Side = Literal["before", "after", "inside", "noun"]

AUX = (r"\b(?:was|were|been|being|be|is|are|got|get|gets|getting)\s+"
       r"(?:(?!by\b|and\b|but\b|to\b)[\w-]+\s+){0,2}?")
_PASSIVE_DETAIN = (r"(?:arrested|detained|apprehended|seized|abducted|kidnapped|rounded\s+up|"
                   r"picked\s+up|taken\s+(?:away|into\s+custody)|locked\s+up|held|"
                   # "was taken from her home": removed from where one lives or works
                   r"taken\s+from\s+(?:his|her|their)\s+(?:home|house|apartment|flat|shop|"
                   r"office|workplace)(?!\s+(?:to|by)\s+(?:an?\s+|the\s+)?(?:hospital|clinic|"
                   r"ambulance|paramedics))|"
                   r"flung\s+behind\s+bars|thrown\s+(?:in|into)\s+(?:jail|prison)|"
                   r"put\s+behind\s+bars|placed\s+under\s+arrest)")
_CAMP = r"(?:camps?|cent(?:er|re)s?|facilit(?:y|ies)|schools?)"
_CAMP_WORD = (r"(?:re-?education|training|internment|political|vocational|transformation|"
              r"concentration)")


@dataclass(frozen=True)
class Trigger:
    type: str
    pattern: re.Pattern[str]
    side: Side
    confidence: float = 0.7


def _t(type_: str, side: Side, pattern: str, confidence: float = 0.7) -> Trigger:
    return Trigger(type_, re.compile(pattern, re.IGNORECASE), side, confidence)


TRIGGERS: tuple[Trigger, ...] = (
    # internment before detention: "detained in a re-education camp" is internment
    _t("internment", "before", AUX + r"(?:sent|taken|held|detained|interned|placed|locked\s+up|"
       r"put)\s+(?:to|in|into|at)\s+(?:[\w“”\"'’-]+\s+){0,6}?[“\"‘']?" + _CAMP_WORD
       + r"[\w”\"'’\s-]{0,20}" + _CAMP),
    _t("internment", "before", r"\b(?:spent|spending)\s+(?:[\w-]+\s+){0,5}?(?:in|at)\s+"
       r"(?:[\w“”\"'’,-]+\s+){0,9}?[“\"‘']?" + _CAMP_WORD + r"[\w”\"'’\s-]{0,20}" + _CAMP),
    _t("internment", "before", AUX + r"interned\b"),
    # a bare "camp" in these reports is an internment camp: "was placed in a camp"
    _t("internment", "before", AUX + r"(?:sent|taken|held|detained|placed|locked\s+up|put)\s+"
       r"(?:to|in|into|at)\s+(?:an?|the|one|another)\s+(?:[\w-]+\s+){0,2}?camps?\b"),
    _t("internment", "before", AUX + r"(?:sent|taken|held|detained|placed|put)\s+(?:to|in|into|"
       r"at)\s+(?:an?|the)\s+(?:facility|centre|center|place)\s+(?:that|which|where)\s+"
       r"[^.;]{0,60}?" + _CAMP_WORD + r"[\w”\"'’\s-]{0,30}" + _CAMP),
    # "residential surveillance" is the Chinese legal form of house arrest
    _t("house_arrest", "before", r"\b(?:under|to)\s+(?:house\s+arrest|residential\s+"
       r"surveillance)\b"),
    _t("detention", "before", AUX + _PASSIVE_DETAIN + r"\b"),
    _t("detention", "before", r"\b(?:placed|held|kept|remains?|remained|put|taken)\s+"
       r"(?:in|into)\s+(?:pre-?trial\s+|police\s+|administrative\s+)?(?:detention|custody)\b"),
    _t("detention", "before", r"\bflung\s+behind\s+bars\b"),
    _t("detention", "before", r"\b(?:been|is|was|are|were|remains?|remained)\s+(?:(?:still|now|"
       r"already|held|kept|again)\s+)?in\s+(?:police\s+|pre-?trial\s+)?custody\b"),
    _t("detention", "after", r"\b(?:took|take|takes|taking)\s+(?=(?:\w+\s+){1,3}?away\b)"),
    _t("detention", "after", r"\b(?:held|hold|holds|holding|kept|keep)\b(?=\s+(?:him|her|them)\s+"
       r"(?:at|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:detention|police|jail|prison|"
       r"cell|custody)\b)"),
    _t("detention", "after", r"\b(?:arrest|detain|arrested|detained|arresting|detaining|"
       r"abducted|seized|apprehended)\b"),
    _t("detention", "after", r"\b(?:locked|lock|locking)\s+(?=(?:\w+\s+){1,4}up\b)"),
    _t("detention", "after", r"\b(?:arrests?|detention|detentions|abduction)\s+of\b"),
    _t("detention", "inside", r"\b(?:his|her|their)\s+(?:arrest|detention|abduction)\b"),
    _t("sentencing", "before", AUX + r"(?:sentenced|convicted|found\s+guilty|jailed)\b"),
    # "handed"/"given" only with a penalty after them ("was handed a 10-year term"), never
    # "her body was handed over"
    _t("sentencing", "before", AUX + r"(?:handed|given)\b(?=\s+(?:down\s+)?(?:an?\s+)?"
       r"(?:[\w-]+\s+){0,3}?(?:sentences?|terms?|years?|months?|life|death)\b)"),
    _t("sentencing", "after",
       r"\b(?:sentenced|convicted|jailed|sentencing)\b(?!\s+(?:to|for|in|on)\b)"),
    _t("imprisonment", "before", r"\b(?:serving|served|serve)\s+(?:his|her|their|a|an)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:sentence|term|prison\s+term)\b"),
    _t("imprisonment", "before", r"\b(?:been|is|was|are|were|remains?|remained)\s+(?:still\s+)?"
       r"(?:in|behind)\s+(?:jail|prison|bars)\b"),
    _t("imprisonment", "before", AUX + r"(?:imprisoned|incarcerated)\b"),
    _t("disappearance", "before", r"\b(?:vanished|disappeared|went\s+missing|gone\s+missing|"
       r"(?:has|have|had)\s+not\s+been\s+heard\s+from)\b"),
    _t("disappearance", "after", r"\b(?:disappearance|vanishing)\s+of\b"),
    _t("disappearance", "before", r"\b(?:has|have|had|is|are|was|were)\s+(?:been\s+)?"
       r"(?:still\s+)?missing\b"),
    _t("disappearance", "before", r"['’]s\s+(?:disappearance|vanishing)\b"),
    _t("detention", "before", r"['’]s\s+(?:arrest|detention|abduction)\b"),
    _t("disappearance", "inside", r"\b(?:his|her|their)\s+(?:disappearance|vanishing)\b"),
    _t("transfer", "before", AUX + r"(?:transferred|moved)\s+(?:to|from)\b"),
    _t("release", "before", AUX + r"(?:released|freed|set\s+free)\b"),
    _t("deportation", "before", AUX + r"(?:deported|expelled|extradited|repatriated|"
       r"forcibly\s+returned|sent\s+back)\b"),
    _t("deportation", "after", r"\b(?:(?:plans?|decision|decided|orders?|ordered|moves?)\s+to\s+"
       r"deport|deportation\s+of|deporting|deported|extradited|expelled)\b"),
    _t("asylum", "inside", r"\b(?:granted|given|offered|offer|grant|received|awarded)\s+"
       r"(?:\w+\s+){0,2}?(?:temporary\s+|political\s+)?(?:asylum|refugee\s+status)\b"),
    _t("assault", "before", AUX + r"(?:assaulted|beaten(?:\s+up)?|attacked|stabbed)\b"),
    _t("assault", "noun", r"\b(?:an|the)\s+assault\b(?!\s+on\b)"),
    _t("assault", "after", r"\b(?:beat|beating|assaulted|attacked|stabbed)\b"),
    _t("assault", "after", r"\bassault\s+on\b"),
    _t("threat", "before", AUX + r"(?:threatened|intimidated|warned)\b"),
    # "was summoned to the police department and warned that ...": a passive warning
    _t("threat", "before", r"\b(?:summoned|called\s+in|questioned|interrogated)\b[^.;]{0,60}?"
       r"\band\s+warned\b"),
    _t("threat", "after", r"\b(?:threats?\s+(?:against|to)|threatening|threatened)\b"),
    _t("threat", "after", r"\b(?:warned|told|threatened)\b(?=\s+\w+(?:\s+\w+)?\s+(?:that\s+)?"
       r"(?:he|she|they)\s+(?:would|will|could)\s+be\s+(?:arrested|detained|jailed|deported|"
       r"punished|prosecuted)\b)"),
    _t("harassment", "before", AUX + r"(?:harassed|summoned|interrogated|chased\s+away|"
       r"questioned\s+by\s+police|pressured)\b"),
    _t("harassment", "before", r"\bchased\s+away\s+by\s+police\b"),
    _t("harassment", "after", r"\b(?:harassing|harassment\s+of)\b"),
    _t("torture", "before", AUX + r"tortured\b"),
    _t("torture", "before", r"\bsubjected\s+to\s+(?:\w+\s+)?torture\b"),
    _t("torture", "after", r"\b(?:torturing|tortured|torture\s+of)\b"),
    _t("travel_ban", "before", r"\b(?:banned|barred|prohibited|prevented)\s+from\s+(?:leaving|"
       r"travel(?:l)?ing|going\s+abroad)\b|\b(?:under|given|received|hit\s+with|slapped\s+with)"
       r"\s+(?:an?\s+)?(?:travel|exit)\s+ban\b|['’]s\s+(?:travel|exit)\s+ban\b"),
    _t("travel_ban", "after", r"\b(?:travel|exit)\s+ban\s+(?:on|against)\b"),
    _t("passport_confiscation", "inside", r"\b(?:confiscated|seized|took|taken)\s+(?:away\s+)?"
       r"(?:his|her|their)\s+passports?\b"),
    _t("passport_confiscation", "before", r"\bpassports?\s+(?:was|were|had\s+been|has\s+been)\s+"
       r"(?:confiscated|seized|taken\s+away|kept|withheld|held)\b"),
    _t("passport_confiscation", "inside", r"\b(?:his|her|their)\s+passports?\s+(?:was|were|had\s+"
       r"been|has\s+been)\s+(?:confiscated|seized|taken\s+away)\b"),
    _t("death", "before", r"\b(?:died|passed\s+away|was\s+killed|were\s+killed)\b"),
    _t("death", "after", r"\bdeath\s+of\b(?!\s+sentence)"),
)

# searched in a window before each trigger: see ``spans.at_word_starts``
NEGATION = at_word_starts(
    r"\b(?:not|never|no\s+longer|yet\s+to|without\s+being|denied|denies|deny|refus(?:ed|al|es|e)\s+to|"
    r"n['’]t)\b[^.;]*$", re.IGNORECASE)
HYPOTHETICAL = at_word_starts(
    r"\b(?:could|might|(?-i:may)|would|should|fears?|feared|fearing|afraid|risk|risks|if|unless|"
    r"whether|faces?|faced|facing|threat\s+of|possible|likely\s+to|asking|asked|ask|seeks?|"
    r"seeking|sought|wants?|wanted|hopes?|hoping|trying|tried|demand(?:ed|ing|s)?|urg(?:ed|ing|e)|"
    r"call(?:ed|ing)?\s+for|campaign(?:ed|ing)?\s+for|claims?|claimed|avoid|prevent|stop)\b"
    r"[^.;]*$", re.IGNORECASE)

# Substrings every trigger of a type contains: a sentence is tried against a type's patterns
# only when its lower-cased text has one of them (substring tests are much cheaper than regexes).
TYPE_STEMS: dict[str, tuple[str, ...]] = {
    "detention": ("arrest", "detain", "detention", "custody", "seiz", "abduct", "kidnap",
                  "rounded", "picked", "taken", "lock", "held", "bars", "jail", "prison",
                  "took", "take", "hold", "kept", "keep",
                  "apprehend"),
    "internment": ("camp", "cent", "facilit", "school", "intern"),
    "house_arrest": ("house arrest", "residential surveillance"),
    "sentencing": ("sentenc", "convict", "guilty", "jail", "handed", "given"),
    "imprisonment": ("serv", "jail", "prison", "bars", "incarcerat"),
    "disappearance": ("vanish", "disappear", "missing", "heard"),
    "transfer": ("transferred", "moved"),
    "release": ("releas", "freed", "free"),
    "deportation": ("deport", "expel", "extradit", "repatriat", "returned", "sent back"),
    "asylum": ("asylum", "refugee"),
    "assault": ("assault", "beat", "attack", "stab"),
    "threat": ("threat", "intimidat", "warned", "told"),
    "harassment": ("harass", "summon", "interrogat", "chased", "questioned", "pressur"),
    "torture": ("tortur",),
    "travel_ban": ("ban", "barred", "prohibit", "prevent"),
    "passport_confiscation": ("passport",),
    "death": ("died", "killed", "passed away", "death"),
}


def _own_stems(trig: Trigger) -> frozenset[str]:
    """The stems of its type that a trigger's pattern spells out (``\\s+`` read as a space):
    every match of the pattern contains one of them, so a sentence without any of them cannot
    match it (``tests/extract/test_triggers.py`` checks this on real wording)."""
    spelled = re.sub(r"\\s[+*]", " ", trig.pattern.pattern).lower()
    return frozenset(s for s in TYPE_STEMS[trig.type] if s in spelled)


TRIGGER_STEMS: tuple[tuple[Trigger, frozenset[str]], ...] = tuple(
    (t, _own_stems(t)) for t in TRIGGERS)


def active_stems(sentence: str) -> frozenset[str]:
    """The stems that occur in the sentence."""
    low = sentence.lower()
    return frozenset(s for stems in TYPE_STEMS.values() for s in stems if s in low)


def active_types(sentence: str) -> frozenset[str]:
    """Event types whose stems occur in the sentence."""
    low = sentence.lower()
    return frozenset(t for t, stems in TYPE_STEMS.items() if any(s in low for s in stems))


@lru_cache(maxsize=4096)
def live_triggers(stems: frozenset[str]) -> tuple[Trigger, ...]:
    """The triggers, in table order, that can match a sentence containing ``stems`` (the same
    few stem sets recur sentence after sentence, so the answer is kept)."""
    return tuple(t for t, own in TRIGGER_STEMS if not own.isdisjoint(stems))


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


class StemIndex:
    """Every stem occurrence of a document, found once (``str.find`` runs at memory speed), so
    that each sentence's stems are a bisection, not ~80 substring tests per sentence.
    Only ASCII letters are lower-cased, so offsets stay those of the text."""

    def __init__(self, text: str) -> None:
        low = text.translate(_ASCII_LOWER)
        hits: list[tuple[int, int, str]] = []
        for stem in {s for stems in TYPE_STEMS.values() for s in stems}:
            i = low.find(stem)
            while i >= 0:
                hits.append((i, i + len(stem), stem))
                i = low.find(stem, i + 1)
        hits.sort()
        self._hits = hits
        self._starts = [h[0] for h in hits]

    def stems(self, start: int, end: int) -> frozenset[str]:
        """Stems wholly inside ``text[start:end]``."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return frozenset(s for _, e, s in self._hits[lo:hi] if e <= end)

    def types(self, start: int, end: int) -> frozenset[str]:
        """Event types with a stem wholly inside ``text[start:end]``."""
        found = self.stems(start, end)
        return frozenset(t for t, stems in TYPE_STEMS.items() if not found.isdisjoint(stems))
