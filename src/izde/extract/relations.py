"""Kinship between named persons from appositions, and gender from kinship words and titles.

"said his older sister, Gauhar Kurmanalieva" -> Kurmanalieva is a sibling of the man "his"
refers to; "Kunbolat's mother, Zauatkhan Tursyn" -> Tursyn is a parent of Kunbolat;
"Zauatkhan Tursyn, Kunbolat's mother" reads the same way round.
"""

from __future__ import annotations

import re

from izde.extract.keywords import searched_in_documents
from izde.extract.literals import word_occurs
from izde.extract.model import Evidence, ExtractedRelation
from izde.extract.references import (
    UNNAMED_WRITER,
    WINDOW,
    PersonIndex,
    antecedent,
    first_person_at,
    plural_antecedent,
)
from izde.extract.spans import WordHits

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
    "sister-in-law": ("relative", "female"), "father-in-law": ("relative", "male"),
    "mother-in-law": ("relative", "female"), "son-in-law": ("relative", "male"),
    "daughter-in-law": ("relative", "female"),
}
KIN_ALT = "|".join(sorted(KIN, key=len, reverse=True))
BEFORE_NAME = re.compile(
    r"(?:\b(?P<pron>his|her|their|my)|(?P<poss>['’]s))\s+(?:[\w-]+\s+){0,2}?(?P<kin>" + KIN_ALT
    + r")s?\s*,?\s+(?:(?:the|a|an)\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?\s+)?"
    # the relative as a document names him: "Dolqun's younger brother, rendered as Rexiati
    # Halimulati", "her husband, identified in the verdict as X"
    r"(?:(?:rendered|named|identified|listed|given|spelled|spelt|written|referred\s+to)\s+"
    r"(?:in\s+(?:[\w-]+\s+){1,3}?)?as\s+)?"
    r"(?P<cop>(?:is|was)\s+)?$", re.IGNORECASE)  # "her father, the trader Tahir Obulov"
_POSSESSIVE = re.compile(r"['’]s\b")
AFTER_NAME = re.compile(
    r"\s*,\s+(?:(?P<pron>his|her|their|my)|[^,.;]{1,40}?(?P<poss>['’]s))\s+(?:[\w-]+\s+){0,2}?(?P<kin>"
    + KIN_ALT + r")\b(?!['’]s)", re.IGNORECASE)  # "X, my sister's husband": X is no sister
# "X, my sister's husband," / "X, her brother's wife,": a relative by marriage of the owner
IN_LAW_AFTER = re.compile(
    r"\s*,\s+(?P<pron>his|her|their|my)\s+(?:[\w-]+\s+)?(?P<via>" + KIN_ALT + r")['’]s\s+"
    r"(?P<kin>" + KIN_ALT + r")\b(?!['’]s)", re.IGNORECASE)
# "His father was a cotton farmer called Tursun": the relative is named by the clause
CALLED_NAME = re.compile(
    r"(?:\b(?P<pron>his|her|their|my)|(?P<poss>['’]s))\s+(?:[\w-]+\s+){0,2}?(?P<kin>" + KIN_ALT
    + r")\s+(?:was|is|had\s+been|has\s+been)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:called|named)\s+$",
    re.IGNORECASE)
# both need a kin word within 60 characters of the name: see ``spans.WordHits``
_KIN_STEMS = searched_in_documents((
    "brother", "sister", "husband", "wife", "mother", "father", "son", "daughter", "uncle", "aunt",
    "nephew", "niece", "cousin"))
NARRATOR = re.compile(r"\b(?:[Mm]y\s+name\s+is|I\s+am|I['’]m|(?:[Tt]he|[Ii]ts)\s+(?:author|writer|"
                      r"diarist)(?:\s+of\s+(?:these|this|the)\s+(?:entries|diary|letters?|notes|"
                      r"pages))?,(?:\s+the\s+[a-z-]+)?)\s+$")


def find_narrator(index: PersonIndex) -> None:
    """A testimony's narrator ("My name is Mahire Tursun.", a diary's "The author, X,"): the
    person "my sister" and "my father" are relatives of. The narrator is a witness, not by
    that alone a victim."""
    if _may_name_narrator(index.text) and _NARRATOR_ANYWHERE.search(index.text):
        # (one scan of the text instead of a search before every mention)
        for start, _, key in index.spans:
            if NARRATOR.search(index.text, max(0, start - 40), start):
                index.narrator = key
                return
    if index.narrator is None:
        index.narrator = _essayist(index)


# "I", "my", "me" in the telling itself
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|my|My|me)(?![\w'’])")
ESSAY_MIN = 5  # first-person words outside quotations that make a bylined text a first-person one


def _essayist(index: PersonIndex) -> str | None:
    """The author of a personal essay, when a text under one byline tells its story in the
    first person outside quotations ("By Nilufer Eziz ... My mother, Pezilet Keram, taught first
    grade"): the "I" of the text. A news report under a byline quotes others' "I" only inside
    quotation marks."""
    authors = {k for s, e, k in index.spans if (s, e) in index.bylines}
    if len(authors) != 1 or ("I" not in index.text and "my" not in index.text.lower()):
        return None
    told = 0
    for line in index.text.split("\n"):
        told += len(_FIRST_PERSON.findall(_QUOTED.sub(" ", line)))
        if told >= ESSAY_MIN:
            return next(iter(authors))
    return None


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|‘[^’]*’(?!\w)")


# the same words anywhere: when the text has none, no mention needs its own search
# (spelled to open with the class [MmI], so that the engine skips to the next candidate at C
# speed: what may not stand before it, and which letter opened, are checked behind it)
_NARRATOR_ANYWHERE = re.compile(r"[MmIiTt](?<!\w[MmIiTt])(?:(?<=[Mm])y\s+name\s+is|(?<=I)\s+am|"
                                r"(?<=I)['’]m|(?:(?<=[Tt])he|(?<=[Ii])ts)\s+(?:author|writer|"
                                r"diarist)\b)[\s,]")
# what a match of ``_NARRATOR_ANYWHERE`` holds: "name", "I'm", "I am", or one of the nouns
# after white space and ending a word (not "authorities") (most texts hold none, which
# substring tests and a search for a capital I tell quickly; the class the pattern opens
# with stops at nearly every fifth letter)
_NARRATOR_WORDS = ("name", "I'm", "I’m")
_NARRATOR_NOUNS = ("author", "writer", "diarist")
_I_AM = re.compile(r"I\s+am")


def _may_name_narrator(text: str) -> bool:
    return (any(w in text for w in _NARRATOR_WORDS) or _I_AM.search(text) is not None
            or any(word_occurs(text, w, after_space=True) for w in _NARRATOR_NOUNS))


HONORIFIC = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss|Sir|Madam)\.?\s+$")
_HONORIFICS = ("Mr", "Ms", "Miss", "Sir", "Madam")  # "Mrs" contains "Mr"


def kinship(index: PersonIndex) -> list[ExtractedRelation]:
    """Relations stated by kinship appositions; also records gender and ``index.kin``."""
    out: list[ExtractedRelation] = []
    kin_words = WordHits(_KIN_STEMS, index.folded, index.keyword_hits)
    for start, end, key in list(index.spans):
        m = kin_words.any_in(start - 60, start) and BEFORE_NAME.search(
            index.text, max(0, start - 60), start)
        if m and (m.group("cop") or "," in index.text[m.end("kin"):start]) and \
                _POSSESSIVE.match(index.text, end):
            m = None  # "my brother was Askar's classmate", "her husband, Askar's father,
            # died": Askar is no brother, no husband ("his brother Askar's house": he is)
        if m and _ACCORDING_TO.search(index.text, max(0, m.start() - 14), m.start()) and \
                not _APPOSED_END.match(index.text, end):
            m = None  # "According to his daughter, Halmurat was held": the daughter tells
            # ("according to her son, Ilyar Qeyser, who lives ...": the son is named)
        if m and _of_a_couple(m):
            out.extend(_their_child(index, key, m, end, out))
        elif m:
            anchor = _anchor(index, m, m.start())
            out.extend(_relate(index, key, anchor, m.group("kin"), m.start(), end, True))
        c = _called_kin(index, start)
        if c:
            out.extend(_relate(index, key, _anchor(index, c, c.start()), c.group("kin"),
                               c.start(), end, True))
        if kin_words.any_in(end, end + 60):
            out.extend(_in_law(index, key, start, end) or _after_name(index, key, start, end))
        if kin_words.any_in(start - 40, start):
            out.extend(_speaker_is_kin_of(index, key, start))
    return out


_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
# a name in apposition ends there: a comma, the sentence's end, a bracket, "who"
_APPOSED_END = re.compile(r"\s*(?:[,.;:)(]|$|\s+who\b)")


def _of_a_couple(m: re.Match[str]) -> bool:
    """ "their daughter, X" / "their son X": a child of the two parents "their" means."""
    pron = m.group("pron")
    return pron is not None and pron.lower() == "their" and KIN[m.group("kin").lower()][0] \
        == "child"


def _their_child(index: PersonIndex, key: str, m: re.Match[str], end: int,
                 known: list[ExtractedRelation]) -> list[ExtractedRelation]:
    """The child of the couple "their" means: the two persons just named when they are
    husband and wife ("Yesengeldi and his wife ... Their daughter, Meruyert"), or else the
    person named last and his or her one spouse ("His wife, Aijamal Tynychbekova, and their
    daughter Begimai"). A couple is known from the relations found before it; with none,
    "their" may be any group, and no relation is read."""
    pos = m.start("pron")
    spouses = [{r.subject, r.object} for r in known if r.type == "spouse"]
    pair = plural_antecedent(index, pos)
    parents: list[str] = []
    if len(pair) == 2 and set(pair) in spouses:
        parents = pair
    else:
        before = index.persons_between(max(0, pos - WINDOW), pos)
        last = before[-1][2] if before else None
        partners = {p for couple in spouses if last in couple for p in couple - {last}}
        if last is not None and len(partners) == 1:
            parents = [last, *partners]
    out: list[ExtractedRelation] = []
    for parent in parents:
        if parent != key:
            out.extend(_relate(index, key, [parent], m.group("kin"), m.start(), end, True))
    return out


# the speaker's own kinship to the person named next: "I am the daughter of Ma Jianguo"
_I_AM_KIN_OF = re.compile(r"\bI\s+am\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:(?:eldest|oldest|"
                          r"youngest|elder|older|younger|only|second|third)\s+)?(?P<kin>"
                          + KIN_ALT + r")\s+of\s+$")


def _speaker_is_kin_of(index: PersonIndex, key: str, start: int) -> list[ExtractedRelation]:
    """The person "I" means is the named person's relative ("I am the daughter of X"): X is
    then "my father" (or "my mother") of the account."""
    m = _I_AM_KIN_OF.search(index.text, max(0, start - 40), start)
    speaker = first_person_at(index, start) if m else None
    if m is None or speaker is None or speaker == key:
        return []
    return _relate(index, speaker, [key], m.group("kin"), m.start(), start + 1)


# "Madiyar Sarsenbayev, the son of S. Kadyrbekov,": the kin word with "of" and a name
KIN_OF_AFTER = re.compile(r"\s*,\s+(?:the\s+|a\s+)?(?:(?:elder|older|younger|eldest|youngest|"
                          r"only|late)\s+)?(?P<kin>" + KIN_ALT + r")\s+of\s+(?:the\s+late\s+)?"
                          r"(?:(?-i:[A-Z])\.\s*)?$",  # ("the son of S. Kadyrbekov")
                          re.IGNORECASE)


def _after_name(index: PersonIndex, key: str, start: int, end: int
                ) -> list[ExtractedRelation]:
    """ "X, his brother," / "X, Y's wife," / "X, the son of Y,": the kin word after the name."""
    a = AFTER_NAME.match(index.text, end, min(len(index.text), end + 60))
    if a is None:
        return _kin_of_after(index, key, start, end)
    anchor = _anchor(index, a, start, before_name=True)
    return _relate(index, key, anchor, a.group("kin"), start, a.end())


def _kin_of_after(index: PersonIndex, key: str, start: int, end: int
                  ) -> list[ExtractedRelation]:
    """ "X, the son of Y,": X is Y's son (Y the person named right after "of")."""
    nxt = index.persons_between(end + 1, end + 50)
    if not nxt:
        return []
    m = KIN_OF_AFTER.match(index.text, end, nxt[0][0])
    if m is None or nxt[0][2] == key:
        return []
    return _relate(index, key, [nxt[0][2]], m.group("kin"), start, nxt[0][1], True)


def _in_law(index: PersonIndex, key: str, start: int, end: int) -> list[ExtractedRelation]:
    """ "X, my sister's husband": X is a relative (by marriage) of whom the pronoun means,
    never their sibling; X's gender is the second kin word's."""
    m = IN_LAW_AFTER.match(index.text, end, min(len(index.text), end + 70))
    if m is None:
        return []
    anchors = _anchor(index, m, start, before_name=True)
    gender = KIN[m.group("kin").lower()][1]
    if gender:
        index.gender.setdefault(key, gender)
    if len(anchors) != 1 or anchors[0] in (key, UNNAMED_WRITER):
        return []
    return [ExtractedRelation(key, "relative", anchors[0], Evidence.of(index.text, start,
                                                                       m.end()))]


def _called_kin(index: PersonIndex, start: int) -> re.Match[str] | None:
    """The kin clause naming the person at ``start`` by "called"/"named", if any (the two
    words are rare: checked before the pattern is searched)."""
    before = index.text[max(0, start - 7):start]
    if "called" not in before and "named" not in before:
        return None
    return CALLED_NAME.search(index.text, max(0, start - 90), start)


def _anchor(index: PersonIndex, m: re.Match[str], pos: int, before_name: bool = False
            ) -> list[str]:
    """Whose relative: the possessor named before "'s", or the pronoun's antecedent (looked
    up from before the name itself in "X, his brother," so that X is not its own brother)."""
    if m.group("pron") and m.group("pron").lower() == "my":
        return [first_person_at(index, m.start()) or UNNAMED_WRITER]
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
    if anchors[0] == UNNAMED_WRITER:
        return []  # "my uncle, X" in a letter whose writer is never named: X is "my uncle"
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
