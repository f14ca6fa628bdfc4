"""What a trigger is: an event type, the pattern of its wording and where its person is.

Kept apart from the trigger tables (``triggers``, ``testimony_triggers``) so that each table
module can build triggers without importing the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

# "owner": the person a pronoun or possessive in the wording names (group ``who``): "warned
# that her parents would pay" is a threat to her, "said that if I keep speaking" one to the
# narrator; "addressee": the person spoken to in a reported threat ("Think of your mother.")
Side = Literal["before", "after", "inside", "noun", "lead", "about", "owner", "addressee"]

# participles coordinated before the one a pattern names share its auxiliary: "was summoned
# and threatened", "was arrested, interrogated and tortured", "was detained and later beaten",
# "was interrogated while locked in a restraint chair"
_COORDINATED = (r"(?P<coord>(?:(?:[a-z]+ed|held|sent|kept|taken|beaten|put|caught|brought|"
                r"thrown|shot|stopped|seized)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+while\s+)"
                r"(?:(?:then|later|subsequently|also|repeatedly|eventually|finally|reportedly)\s+)?"
                r"){0,3}?)")
# a passive's auxiliary, up to two words before the participle ("was later detained"), or an
# aside set off by commas ("was, as his wife says, detained")
AUX = (r"\b(?:was|were|been|being|be|is|are|got|get|gets|getting)(?:,[^,.;:\n]{3,60},)?\s+"
       r"(?:(?!by\b|and\b|but\b|to\b)[\w-]+\s+){0,2}?" + _COORDINATED)
CAMP = r"(?:camps?|centers?|centres?|facilit(?:y|ies)|schools?)"
CAMP_WORD = (r"(?:re-?education|education|training|internment|political|vocational|transformation|"
             r"concentration)")
# camps of other kinds: "a big refugee camp", "a summer camp"
OTHER_CAMPS = r"(?:refugee|summer|holiday|boot|army|military|youth|sports?|football)"
CAMP_NOT = r"(?!" + OTHER_CAMPS + r"\b)"
# the words before "camp": none may say it is a camp of another kind ("a big refugee camp")
CAMP_MOD = r"(?:" + CAMP_NOT + r"[\w“”\"'’-]+\s+)"
# a place given a camp's official name: "which officials called a vocational school", "what
# the authorities call a 'training center'", 'what officials called a "study class"'
OFFICIAL_CAMP_NAME = (r"(?:which|that|what)\s+(?:the\s+)?(?:officials|authorities|China|Beijing|"
                      r"Chinese\s+\w+|the\s+state|they|police|staff|guards|cadres|teachers)\s+"
                      r"(?:call|calls|called|"
                      r"described?\s+as|describes\s+as|termed|term)\s+(?:an?\s+|the\s+)?[“\"‘']?"
                      r"(?:vocational|training|education|re-?education|transformation|boarding|"
                      r"political|study)\b")

# the nouns a group of people held together is told by ("four women", "the picketers")
GROUP_NOUNS = (r"women|men|people|activists|protesters|picketers|demonstrators|relatives|"
               r"mothers|wives|participants")
# where those held together sleep: "her room", "the same cell"
INMATES_ROOM = r"(?:room|cell|dormitory|ward|barracks|block)"
# one of those held beside the teller ("Among the dozen women in her room, she said, was X")
AMONG_INMATES = (r"(?<![\w-])(?:Among|One\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:women|men|"
                 r"detainees|inmates|prisoners|girls|cellmates)\s+(?:in|of|from)\s+(?:her|his|my|"
                 r"their|our|the)\s+(?:[\w-]+\s+)?" + INMATES_ROOM + r"\b"
                 r"[^.;]{0,40}?\b(?:was|were)\b")
# the same told of one, before the name in apposition: "another man in my room, Yersin Mukan,"
ANOTHER_INMATE = (r"another\s+(?:[\w-]+\s+)?(?:man|woman|girl|boy|detainee|inmate|prisoner|"
                  r"cellmate)\s+(?:in|of|from)\s+(?:her|his|my|their|our|the)\s+(?:[\w-]+\s+)?"
                  + INMATES_ROOM)
# one held beside the teller, by the room they shared: "He said he shared a cell with X"
SHARED_ROOM = (r"shared\s+(?:a|the|his|her|my|their|one|our)\s+(?:[\w-]+\s+)?" + INMATES_ROOM
               + r"\s+with")
# a place of custody named again: "the same facility", "the same camp", "a similar facility"
# (its kind is the place's named before: ``events._kind_before``)
THE_SAME_PLACE = (r"(?:the\s+same|a\s+similar)\s+(?:[\w-]+\s+){0,2}?(?:facility|camp|cent(?:re|er)|"
                  r"compound|place|institution|building|school|prison|jail)\b")


@dataclass(frozen=True)
class Trigger:
    type: str
    pattern: re.Pattern[str]
    side: Side
    confidence: float = 0.7
    needs: tuple[str, ...] = ()  # one of these must also be in the (folded) sentence
    # the wording is itself negative or unreal ("has not been seen since", "is not allowed to
    # leave", "threatened to arrest him"): only the words before it can negate it
    negative: bool = False
    # the wording asserts the event even inside a demand ("urged China to disclose her
    # whereabouts" says they are unknown): no negation or hypothetical check
    asserted: bool = False
    # what must be told from the match to the end of the next sentence of its paragraph for
    # the wording to be the event ("a video call from her mother's account" is a threat when
    # a police officer appears on it)
    near: re.Pattern[str] | None = None
    # what the sentence before, in the same paragraph, must tell for the wording to be the
    # event ("Hers was never returned" is a passport kept when passports were collected)
    back: re.Pattern[str] | None = None
    # the wording adds to an event of its type that is told on its own elsewhere ("a court
    # added three years to his sentence" beside "sentenced him to 15 years"): it makes the
    # event only when nothing else does (its date, term and charge then the event's), and
    # lends nothing to one told otherwise ("died in a camp in 2019" does not date the stay)
    supplementary: bool = False


def make_trigger(type_: str, side: Side, pattern: str, confidence: float = 0.7,
                 needs: tuple[str, ...] = (), negative: bool = False,
                 asserted: bool = False, near: str | None = None,
                 back: str | None = None, supplementary: bool = False) -> Trigger:
    """A trigger whose pattern is compiled case-insensitively."""
    return Trigger(type_, re.compile(pattern, re.IGNORECASE), side, confidence, needs, negative,
                   asserted, re.compile(near, re.IGNORECASE) if near else None,
                   re.compile(back, re.IGNORECASE) if back else None, supplementary)
