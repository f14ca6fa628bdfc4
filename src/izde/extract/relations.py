"""Kinship between named persons from appositions, and gender from kinship words and titles.

"said his older sister, Gauhar Kurmanalieva" -> Kurmanalieva is a sibling of the man "his"
refers to; "Kunbolat's mother, Zauatkhan Tursyn" -> Tursyn is a parent of Kunbolat;
"Zauatkhan Tursyn, Kunbolat's mother" reads the same way round.
"""

from __future__ import annotations

import re

from izde.extract.model import Evidence, ExtractedRelation
from izde.extract.references import PersonIndex, antecedent
from izde.extract.spans import WordHits, at_word_starts

KIN = {
    "brother": ("sibling", "male"), "sister": ("sibling", "female"),
    "husband": ("spouse", "male"), "wife": ("spouse", "female"),
    "mother": ("parent", "female"), "father": ("parent", "male"),
    "son": ("child", "male"), "daughter": ("child", "female"),
    "uncle": ("relative", "male"), "aunt": ("relative", "female"),
    "nephew": ("relative", "male"), "niece": ("relative", "female"),
    "cousin": ("relative", ""), "grandfather": ("relative", "male"),
    "grandmother": ("relative", "female"), "grandson": ("relative", "male"),
    "granddaughter": ("relative", "female"), "brother-in-law": ("relative", "male"),
    "sister-in-law": ("relative", "female"),
}
_KIN_ALT = "|".join(sorted(KIN, key=len, reverse=True))
BEFORE_NAME = re.compile(
    r"(?:\b(?P<pron>his|her|their|my)|(?P<poss>['’]s))\s+(?:[\w-]+\s+){0,2}?(?P<kin>" + _KIN_ALT
    + r")s?\s*,?\s+$", re.IGNORECASE)
AFTER_NAME = re.compile(
    r"\s*,\s+(?:(?P<pron>his|her|their|my)|[^,.;]{1,40}?(?P<poss>['’]s))\s+(?:[\w-]+\s+){0,2}?(?P<kin>"
    + _KIN_ALT + r")\b(?!['’]s)", re.IGNORECASE)  # "X, my sister's husband": X is no sister
# both need a kin word within 60 characters of the name: see ``spans.WordHits``
_KIN_STEMS = ("brother", "sister", "husband", "wife", "mother", "father", "son", "daughter",
              "uncle", "aunt", "nephew", "niece", "cousin")
NARRATOR = re.compile(r"\b(?:[Mm]y\s+name\s+is|I\s+am|I['’]m)\s+$")


def find_narrator(index: PersonIndex) -> None:
    """A testimony's narrator ("My name is Mahire Tursun."): the person "my sister" and
    "my father" are relatives of. The narrator is a witness, not by that alone a victim."""
    if not _NARRATOR_ANYWHERE.search(index.text):
        return  # one scan of the text instead of a search before every mention
    for start, _, key in index.spans:
        if NARRATOR.search(index.text, max(0, start - 16), start):
            index.narrator = key
            return


# the same words anywhere: when the text has none, no mention needs its own search
_NARRATOR_ANYWHERE = at_word_starts(r"\b(?:[Mm]y\s+name\s+is|I\s+am|I['’]m)\s")
HONORIFIC = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss|Sir|Madam)\.?\s+$")
_HONORIFICS = ("Mr", "Ms", "Miss", "Sir", "Madam")  # "Mrs" contains "Mr"


def kinship(index: PersonIndex) -> list[ExtractedRelation]:
    """Relations stated by kinship appositions; also records gender and ``index.kin``."""
    out: list[ExtractedRelation] = []
    kin_words = WordHits(_KIN_STEMS, index.folded)
    for start, end, key in list(index.spans):
        m = kin_words.any_in(start - 60, start) and BEFORE_NAME.search(
            index.text, max(0, start - 60), start)
        if m:
            anchor = _anchor(index, m, m.start())
            out.extend(_relate(index, key, anchor, m.group("kin"), m.start(), end, True))
        a = kin_words.any_in(end, end + 60) and AFTER_NAME.match(
            index.text, end, min(len(index.text), end + 60))
        if a:
            anchor = _anchor(index, a, start, before_name=True)
            out.extend(_relate(index, key, anchor, a.group("kin"), start, a.end()))
    return out


def _anchor(index: PersonIndex, m: re.Match[str], pos: int, before_name: bool = False
            ) -> list[str]:
    """Whose relative: the possessor named before "'s", or the pronoun's antecedent (looked
    up from before the name itself in "X, his brother," so that X is not its own brother)."""
    if m.group("pron") and m.group("pron").lower() == "my":
        return [index.narrator] if index.narrator else []
    if m.group("pron"):
        return antecedent(index, pos if before_name else m.start("pron"), m.group("pron"))
    owner = index.persons_between(max(0, m.start("poss") - 60), m.start("poss") + 1)
    hits = [k for s, e, k in owner if e == m.start("poss") or e + 1 >= m.start("poss")]
    return hits[-1:] if hits else []


def _relate(index: PersonIndex, key: str, anchors: list[str], kinword: str, start: int,
            end: int, strong: bool = False) -> list[ExtractedRelation]:
    """``strong``: the kin word comes right before the name ("her husband, X"), which beats
    pronoun votes for gender; after a name ("X, my mother, and ...") it may be a list."""
    rel, gender = KIN[kinword.lower()]
    if gender:
        if strong:
            index.gender[key] = gender
        else:
            index.gender.setdefault(key, gender)
    if len(anchors) != 1 or anchors[0] == key:
        return []
    index.kin.setdefault((anchors[0], kinword.lower()), [])
    if key not in index.kin[(anchors[0], kinword.lower())]:
        index.kin[(anchors[0], kinword.lower())].append(key)
    return [ExtractedRelation(key, rel, anchors[0], Evidence.of(index.text, start, end))]


def honorific_gender(index: PersonIndex) -> None:
    """Mr -> male, Ms/Mrs/Miss -> female, from the word before any mention."""
    if not any(h in index.text for h in _HONORIFICS):
        return
    for start, _, key in index.spans:
        m = HONORIFIC.search(index.text, max(0, start - 8), start)
        if m:
            female = m.group("h").lower() in ("mrs", "ms", "miss", "madam")
            index.gender.setdefault(key, "female" if female else "male")
