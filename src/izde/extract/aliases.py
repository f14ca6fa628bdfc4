"""Other spellings and names a report gives for one person: "X (also spelled Y)".

Names from Kazakh, Uyghur and Chinese reach English in several transliterations, and reports
say so in a few fixed ways: "(also spelled Y)", "(also known as Y)", "(a.k.a. Y)",
", also written Y,", ", whose name is also transliterated as Y,", "(alias Y)", "(née Y)",
"(Chinese name Y)", "(real name Y)", "(pen name Y)". Whatever
follows such a cue is the same person as the name before it, never a second person, even
when the two spellings share no word ("Abdullah Kerim (also spelled Abdulla Karim)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁӘҒҚҢӨҰҮҺІ]"
_RUN = _CAPITAL + r"[\w'’-]*(?:[ \t]+" + _CAPITAL + r"[\w'’-]*){0,3}"
_HOW = (r"(?:spelled|spelt|written|transliterated|romani[sz]ed|rendered|known|called|"
        r"referred\s+to)(?:\s+(?:as|in\s+(?:English|Latin(?:\s+script)?|pinyin)\s+as))?")
ALIAS_RE = re.compile(
    r"[ \t]*[(,][ \t]*(?:(?:also|sometimes|often|variously|formerly|previously)\s+" + _HOW
    + r"|whose\s+name\s+is\s+(?:also|sometimes)\s+" + _HOW
    + r"|a\.k\.a\.?|aka|alias|n[ée]e|(?:his|her)?\s*(?:pen|real|full|birth|Chinese|Uyghur|Kazakh|"
    r"Russian)\s+name(?:\s+is)?)[ \t]*:?[ \t]+[\"“‘']?(?P<alias>" + _RUN + r")")
MORE_RE = re.compile(r"[\"”’']?(?:[ \t]+or[ \t]+|[ \t]*/[ \t]*)[\"“‘']?(?P<alias>"
                     + _RUN + r")")
# every ALIAS_RE match contains one of these
_NEEDS = ("also", "sometimes", "often", "variously", "formerly", "previously", "a.k.a", "aka",
          "alias", "née", "nee", " name")


@dataclass(frozen=True)
class Alias:
    """text[start:end] is another name of the person whose mention ends at ``after``."""

    after: int
    start: int
    end: int


def find_aliases(text: str, mention_ends: list[int]) -> list[Alias]:
    """Other names stated right after the mentions ending at ``mention_ends``."""
    if not any(w in text for w in _NEEDS):
        return []
    out: list[Alias] = []
    for end in mention_ends:
        m = ALIAS_RE.match(text, end)
        while m is not None:
            out.append(Alias(end, m.start("alias"), m.end("alias")))
            m = MORE_RE.match(text, m.end("alias"))
    return out
