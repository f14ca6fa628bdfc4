"""A lede that names its subject only by description, and the paragraph that names them.

Wire stories often open with "An ethnic Kazakh imam from Altay who was taken to a camp in 2018
has been sentenced to 12 years, his son said." and name the man only further down ("Serik
..., 61, led prayers ..."). The description is a referring phrase like a pronoun whose
antecedent comes later: the person named after it whose own sentence repeats the head noun
("..., an imam, ..."), else the first person named after it who is neither a cited source
nor introduced by the kin word of the lede's source ("his son said" ... "His son, X, ...").
Only a description that opens a sentence before any person is named is read this way: once
a name is known, "a teacher" is more likely someone else.
"""

from __future__ import annotations

import bisect
import re

from izde.extract.references import PersonIndex, is_cited_source

HEADS = (
    r"man|woman|imam|mullah|cleric|teacher|doctor|nurse|herder|herdsman|farmer|poet|writer|"
    r"businessman|businesswoman|entrepreneur|veterinarian|student|graduate|scholar|academic|"
    r"professor|lecturer|historian|mother|father|grandmother|grandfather|retiree|pensioner|"
    r"engineer|driver|trader|merchant|shopkeeper|musician|singer|journalist|blogger|activist|"
    r"accountant|translator|tailor|cook|chef|athlete|wrestler|worker|resident|citizen"
)
# modifiers only between the article and the noun: "An elderly Kazakh herder", not "A court
# in Ghulja sentenced a teacher"
DESCRIPTION = re.compile(
    r"An?\s+(?:(?!(?:a|an|the|in|on|at|of|from|to|by|for|with|was|were|has|had|have|is|are|"
    r"and|or|who|that|which)\b)[\w'’-]+\s+){0,5}?(?P<head>" + HEADS + r")\b(?!['’]s)")
_SOURCE_KIN = re.compile(r"\b(?:his|her|their)\s+(?P<kin>son|daughter|wife|husband|brother|"
                         r"sister|mother|father|relatives?|family|lawyer|cousin)\s+"
                         r"(?:said|says|told|confirmed|wrote)\b", re.IGNORECASE)
REACH = 2500  # characters after the lede searched for the name


def lede_description(index: PersonIndex, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, person key) of a description opening the sentence at ``start``, when it
    comes before every name of the document and a later name can be found for it."""
    if not index.spans or index.spans[0][0] < start:
        return None
    m = DESCRIPTION.match(index.text, start, end)
    if m is None:
        return None
    key = _named_later(index, m.end(), m.group("head").lower(), _source_kin(index.text, m.end()))
    return (m.start(), m.end(), key) if key else None


def _source_kin(text: str, pos: int) -> str | None:
    line_end = text.find("\n", pos)
    hit = _SOURCE_KIN.search(text, pos, line_end if line_end >= 0 else len(text))
    return hit.group("kin").lower() if hit else None


def _named_later(index: PersonIndex, pos: int, head: str, kin: str | None) -> str | None:
    """The described person among those named after ``pos``: one whose own words repeat the
    head noun, else the first plain mention, else the first quoted as a source after the
    lede's own sentence ("..., said his wife X, who had ...")."""
    plain: list[str] = []
    cited: list[str] = []
    lede_end = index.text.find("\n", pos) % (len(index.text) + 1)
    for s, e, key in index.persons_between(pos, pos + REACH):
        before = index.text[max(_sentence_start(index, s), s - 30):s].lower()
        if key in plain or key in cited or (kin and re.search(rf"\b{kin}\b", before)):
            continue
        if not is_cited_source(index, s, e):
            if re.search(rf"\b{head}\b", index.text[e:_sentence_end(index, e)], re.IGNORECASE):
                return key
            plain.append(key)
        elif s > lede_end:
            cited.append(key)
    found = plain or cited
    return found[0] if found else None


def _sentence_start(index: PersonIndex, pos: int) -> int:
    i = bisect.bisect_right(index.sent_starts, pos) - 1
    return index.sent_starts[i] if i >= 0 else index.text.rfind("\n", 0, pos) + 1


def _sentence_end(index: PersonIndex, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (at most 150 characters on)."""
    i = bisect.bisect_right(index.sent_starts, pos)
    nxt = index.sent_starts[i] if i < len(index.sent_starts) else len(index.text)
    return min(nxt, pos + 150)
