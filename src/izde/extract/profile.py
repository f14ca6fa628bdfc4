"""What the text says about each person: gender, roles and attributes, each with its evidence.

Cues are read in a small window around each mention: a title or job word before the name
("lawyer Shinkuat Baizhanov", "deputy director Tan Tianxing"), an apposition after it
(", the deputy chief of ...", ", a doctoral student at ...", ", 47,"), and for gender the
pronouns of sentences that name only that person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from izde.extract.keywords import searched_in_documents
from izde.extract.literals import passes, required_literals
from izde.extract.model import Attribute, Evidence, RoleClaim
from izde.extract.names import name_form_gender
from izde.extract.references import PersonIndex, someone_before
from izde.extract.segment import Sentence
from izde.extract.spans import WordHits, at_word_starts

_OFFICIAL = (r"ambassador|diplomat|official|officer|minister|deputy|chief|director|consul|"
             r"spokes(?:man|woman|person)|governor|mayor|secretary|employee|judge|prosecutor|"
             r"chairman|mission|commissioner|policeman|investigator")
# what may stand between a title and its name ("deputy chief of the Ili police Darkhan X"):
# no clause boundary, and no verb of which the name is the object ("a diplomat told X",
# "officers warned X": X is no diplomat or officer)
_TITLE_GAP = (r"(?:(?!\b(?:told|tells|said|says|asked|asks|met|meets|wrote|warned|informed|"
              r"visited|phoned|rang|messaged|texted|emailed|gave|sent|showed|"
              r"promised|refused|denied|"
              r"confirmed|assured|interrogated|questioned|detained|arrested|summoned|"
              r"threatened|accused|contacted|urged|advised)\b)[^,.;“”\"]){0,30}$")
# left cues are searched in the 40 characters before every mention
_LEFT_CUE_WORDS: dict[str, str] = {
    "lawyer": r"\b(?:lawyer|attorney|advocate|counsel)\s+$",
    "official": r"\b(?:" + _OFFICIAL + r")\b" + _TITLE_GAP,
    "researcher": r"\b(?:researcher|scholar|professor|academic|analyst)\s+$",
    "activist": r"\b(?:activists?|campaigners?|founder|members?|leader|dissident|"
                r"protesters?)\b" + _TITLE_GAP,
    "witness": r"\b(?:witness|eyewitness)\s+$",
}
LEFT_CUES: dict[str, re.Pattern[str]] = {
    role: re.compile(rx, re.IGNORECASE) for role, rx in _LEFT_CUE_WORDS.items()}
# the words each left cue cannot match without (``literals.required_literals``): after a
# window passes the joint search, only the roles whose words it holds are searched
_LEFT_NEEDS = {role: required_literals(rx, max_tests=40) for role, rx in LEFT_CUES.items()}
# all left cues in one pattern: most mentions have none, and one search then rules them out
# (a long alternation, so positions inside words are skipped: see ``at_word_starts``)
_ANY_LEFT_CUE = at_word_starts("|".join(f"(?:{rx})" for rx in _LEFT_CUE_WORDS.values()),
                               re.IGNORECASE)
# every left cue starts with one of these: a window without one needs no search (``WordHits``)
_LEFT_CUE_STEMS = searched_in_documents((
    "lawyer", "attorney", "advocate", "counsel", "ambassador", "diplomat", "official", "officer",
    "minister", "deputy", "chief", "director", "consul", "spokes", "governor", "mayor",
    "secretary", "employee", "judge", "prosecutor", "chairman", "mission", "commissioner",
    "policeman", "investigator", "researcher", "scholar", "professor", "academic", "analyst",
    "activist", "campaigner", "founder", "member", "leader", "dissident", "protester", "witness"))
RIGHT_CUES: dict[str, re.Pattern[str]] = {
    "official": re.compile(r",?\s+(?:(?:the|a|an|\w+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:"
                           + _OFFICIAL + r")\b|who\s+(?:works|worked)\s+(?:at|for|in)\s+[^.]{0,40}?"
                           r"(?:consulate|embassy|ministry|committee|police|government))",
                           re.IGNORECASE),
    "lawyer": re.compile(r",\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:lawyer|attorney)\b",
                         re.IGNORECASE),
    "researcher": re.compile(r",?\s+(?:a|an|the|who)\s+[^.]{0,40}?\b(?:researcher|scholar|"
                             r"professor|doctoral|phd|academic|manages|runs\s+the\s+[\w ]{0,40}"
                             r"(?:database|project))", re.IGNORECASE),
    "activist": re.compile(r",?\s+(?:who\s+(?:runs|founded|leads|heads|has\s+operated|operated|"
                           r"co-founded)|an?\s+(?:[\w-]+\s+){0,2}?(?:activist|campaigner))",
                           re.IGNORECASE),
    "journalist": re.compile(r"\s+is\s+an?\s+(?:[\w-]+\s+){0,2}?(?:journalist|reporter|"
                             r"correspondent)\b", re.IGNORECASE),
}
# how every right cue opens: a comma or space, then a determiner, "who", "is" or a possessive
# ("X, the deputy chief", "X, who runs", "X is a journalist", "X, Y's lawyer"): after most
# mentions ("X was held") one match rules all of them out
_RIGHT_OPENING = re.compile(r",?\s+(?:the|an?|his|her|who|is|\w+['’]s)\s", re.IGNORECASE)
ACTIVITY_RE = re.compile(r"\b(?:protest(?:ed|s|ing)?|picket(?:ed|ing|s)?|campaign(?:ed|ing)|"
                         r"demonstrat(?:ed|ing)|rallied)\b", re.IGNORECASE)
AGE_AFTER = re.compile(r",\s*(\d{1,3}),")
AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z-]+\s*,?\s+){0,2}$")
ETHNIC = re.compile(r"\bethnic\s+(Kazakh|Uyghur|Uighur|Kyrgyz|Uzbek|Tajik|Hui|Tatar|Mongol|Han|"
                    r"Tibetan|Dungan|Russian)\b")
CITIZEN = re.compile(r"\b(Kazakh|Kazakhstan|Kazakhstani|Kyrgyz|Kyrgyzstan|Chinese|China|Uzbek|"
                     r"Turkish|Turkey|US|American|Russian)\s+(?:citizen|citizenship|nationals?|"
                     r"passport-holder)\b")
ISO = {"kazakh": "KZ", "kazakhstan": "KZ", "kazakhstani": "KZ", "kyrgyz": "KG",
       "kyrgyzstan": "KG", "chinese": "CN", "china": "CN", "uzbek": "UZ", "turkish": "TR",
       "turkey": "TR", "us": "US", "american": "US", "russian": "RU"}
OCCUPATION_AFTER = re.compile(
    r",\s+an?\s+((?:retired|former)\s+)?((?:[a-z-]+\s+){0,2}?(?:worker|student|farmer|herder|"
    r"teacher|businessman|businesswoman|doctor|engineer|driver|imam|writer|poet|singer|trader|"
    r"official|employee|journalist|blogger|nurse|professor))\b")
_OCCUPATIONS_BEFORE = ("student", "farmer", "herder", "teacher", "businessman", "doctor",
                       "engineer", "imam", "writer", "poet", "singer", "trader", "blogger",
                       "nurse")
OCCUPATION_BEFORE = re.compile(
    r"\b((?:[Rr]etired|[Ff]ormer)\s+)?(" + "|".join(_OCCUPATIONS_BEFORE) + r")\s+$")



_WORD = re.compile(r"[^\W\d_]+")


def patronymic_gender(index: PersonIndex) -> None:
    """Gender from the person's own name forms, when every gendered form agrees."""
    forms: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str]] = set()
    for start, end, key in index.spans:
        mention = index.text[start:end]
        if (mention, key) in seen:
            continue
        seen.add((mention, key))
        for word in _WORD.findall(mention):
            g = name_form_gender(word)
            if g:
                forms[key].add(g)
    for key, found in forms.items():
        if len(found) == 1:
            index.gender.setdefault(key, found.pop())


# a question put to someone fronted before the answer: "Asked whether X had a lawyer, she said"
_ASKED_ABOUT = re.compile(r"[\s\"“(]*(?:When\s+)?[Aa]sked\s+(?:whether|if|about|why|how|what|"
                          r"where|when|who)\b")


def pronoun_gender(index: PersonIndex, sentences: list[Sentence]) -> None:
    """Gender from he/she in sentences that name exactly one person (and the one after)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for i, sent in enumerate(sentences):
        named = index.persons_between(sent.start, sent.end)
        keys = {k for _, _, k in named}
        if len(keys) != 1:
            continue
        key = keys.pop()
        if all((s, e) in index.labels for s, e, _ in named):
            continue  # "Nazugum Tahir: Very little. He was detained ...": her turn, his "he"
        if _ASKED_ABOUT.match(index.text, sent.start):
            continue  # "Asked whether Imirbaqi had been allowed a lawyer, she said": the
            # official's "she", the one asked
        if any(_KIN_OWNED.match(index.text, e) for _, e, _ in named) or someone_before(
                index.text, sent.start, named[0][0]) or all(
                _ATTRIBUTION.match(index.text, e) and _AFTER_CLAUSE.search(
                    index.text, max(sent.start, s - 3), s) for s, e, _ in named):
            # "Dosbol's son ... when he was 23": the son's "he"; "An officer confirmed that
            # Yasin had died, but said he ...": the officer's "he";
            # "... told her to persuade her son, Mukhametqali said.": the speaker's mother's
            continue
        follow = sentences[i + 1] if i + 1 < len(sentences) else None
        scope = outside_quotes(sent.text)
        if follow and not index.names_between(follow.start, follow.end):
            scope += " " + _opening_pronoun(follow.text)
        low = scope.lower()
        votes[key]["male"] += _pronouns(low, _MALE_PRONOUN, _UNNAMED_MAN,
                                        _unnamed_kin(scope, _KIN_MAN))
        votes[key]["female"] += _pronouns(low, _FEMALE_PRONOUN, _UNNAMED_WOMAN,
                                          _unnamed_kin(scope, _KIN_WOMAN))
    for key, c in votes.items():
        if c["male"] != c["female"] and max(c.values()) >= 1:
            voted = c.most_common(1)[0][0]
            if index.gender_of(key) in (None, voted):
                # a woman's given name outweighs the "him" of a sentence that names her only
                # as the owner of a place ("came to Aigul's house and took him away")
                index.gender.setdefault(key, voted)


# someone of that sex introduced without a name: "a video about a Kazakh woman who said she
# had been sterilised" (her "she" is not the named blogger's)
# (a relative clause follows: "X, a 34-year-old man, said he" describes X himself)
def _unnamed(nouns: str) -> re.Pattern[str]:
    return re.compile(r"(?<!,\s)\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:" + nouns
                      + r")\s+(?:who|whose|that)\b")


_UNNAMED_WOMAN = _unnamed("woman|girl|mother|wife|sister|daughter|widow|lady|grandmother")
_UNNAMED_MAN = _unnamed("man|boy|father|husband|brother|son|widower|grandfather")


# a name as the owner of a relative: "Dosbol's son was detained ... when he was 23" (his "he")
_KIN_OWNED = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:son|daughter|brother|sister|husband|wife|"
                        r"father|mother|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|"
                        r"grandfather|grandmother)s?\b")
# a name only as the speaker of what the sentence reports: "..., Mukhametqali said."
_ATTRIBUTION = re.compile(r"\s+(?:said|says|told|adds|added|recalls|recalled|explains|"
                          r"explained|wrote|writes)\b")
_AFTER_CLAUSE = re.compile(r"[,”\"]\s*$")


# "\b(?:he|him|his)\b" and "\b(?:she|her|hers)\b" in lower-cased text, spelled to open with
# the letter (the word start checked behind it) so that the engine skips to the next "h" or
# "s" at C speed: the same matches
_MALE_PRONOUN = re.compile(r"h(?<!\wh)(?:e|im|is)\b")
_FEMALE_PRONOUN = re.compile(r"(?:s(?<!\ws)he|h(?<!\wh)ers?)\b")


# a relative of that sex the sentence leaves unnamed ("According to his daughter, Halmurat was
# held ... because she had enrolled at a university abroad": her "she"); a name right after the
# kin word is the relative's own ("his daughter, Mekhriban, said she")
# ("according to his daughter, Halmurat was ...": the source, whatever name follows)
def _kin(nouns: str) -> re.Pattern[str]:
    kin = (r"(?:his|her|their|my|our)\s+(?:(?:elder|older|younger|eldest|youngest|late|only)\s+)?"
           r"(?P<kin>" + nouns + r")\b(?!-)")
    return re.compile(r"\baccording\s+to\s+" + kin + r"|\b" + kin.replace("?P<kin>", "?P<kin2>")
                      + r"(?!\s*,?\s*(?-i:[A-Z]))", re.IGNORECASE)


_KIN_WOMAN = _kin("daughter|wife|mother|sister|grandmother|granddaughter|aunt|niece")
_KIN_MAN = _kin("son|husband|father|brother|grandfather|grandson|uncle|nephew")


def _unnamed_kin(scope: str, kin: re.Pattern[str]) -> int | None:
    m = kin.search(scope)  # (the possessive before the kin word is the named person's)
    return (m.start("kin") if m.group("kin") else m.start("kin2")) if m else None


def _pronouns(low: str, pronoun: re.Pattern[str], unnamed: re.Pattern[str],
              kin_at: int | None = None) -> int:
    """The pronouns in ``low`` before any unnamed person of their sex is introduced (who is
    always followed by "who", "whose" or "that": a sentence without them, most, needs no
    search for one), or an unnamed relative of that sex (``kin_at``)."""
    cut = unnamed.search(low) if "who" in low or "that" in low else None
    end = min(cut.start() if cut else len(low), len(low) if kin_at is None else kin_at)
    return len(pronoun.findall(low[:end]))


_OPENING_PRONOUN = re.compile(r"\s*(?:(?:[A-Z]\w*|in\s+\w+|then|later),?\s+){0,2}?(he|she)\b",
                              re.IGNORECASE)


def _opening_pronoun(sentence: str) -> str:
    """The subject pronoun that opens the sentence after a named one ("Aliya lives in Almaty.
    She teaches ..."), which continues that person; the sentence's other pronouns may be
    anyone ("She waited outside every day of his detention")."""
    m = _OPENING_PRONOUN.match(sentence)
    return m.group(1) if m else ""


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_OPENS = re.compile(r"(?:^|\s)[“\"]")


def outside_quotes(sentence: str) -> str:
    """The narrator's words of a sentence, quoted speech left out: a quoted "he" or "she" is
    someone the speaker talks about ('"He showed me my father," Dilnur said'), so it says
    nothing of the speaker's gender. A quote the sentence only opens or only closes (one
    sentence of a longer quotation) is cut off where it starts or ends."""
    if '"' not in sentence and "“" not in sentence and "”" not in sentence:
        return sentence  # most sentences quote nobody
    text = _QUOTED.sub(" ", sentence)
    opening = _OPENS.search(text)
    if opening:
        return text[:opening.start()]
    close = max(text.rfind("”"), text.rfind('"'))
    return text[close + 1:] if close >= 0 else text


def cued_as(text: str, start: int, end: int, role: str) -> bool:
    """Whether the mention text[start:end] has ``role``'s title word before it or its
    apposition after it, in the windows ``roles_by_cue`` reads."""
    left, right = LEFT_CUES.get(role), RIGHT_CUES.get(role)
    return bool((left is not None and left.search(text, max(0, start - 40), start))
                or (right is not None and right.match(text, end, min(len(text), end + 120))))


# "called X" is naming ("an employee called Gu Ming phoned") unless the line follows
_PHONED = re.compile(r"\bcall(?:ed|s)\s+$")
_ON_THE_LINE = re.compile(r"\s+(?:on|via|over|by)\s+(?:the\s+)?(?:WeChat|WhatsApp|Telegram|Signal|"
                          r"phone|telephone|mobile|video|Skype|Zoom|IMO)\b", re.IGNORECASE)


def roles_by_cue(index: PersonIndex) -> dict[str, list[RoleClaim]]:
    """Roles from title words before a mention and appositions after it."""
    out: dict[str, list[RoleClaim]] = defaultdict(list)
    text = index.text
    cue_words = WordHits(_LEFT_CUE_STEMS, index.folded, index.keyword_hits)
    for start, end, key in index.spans:
        lo = max(0, start - 40)
        if cue_words.any_in(lo, start) and _ANY_LEFT_CUE.search(text, lo, start):
            window = index.folded[lo:start]
            for role, rx in LEFT_CUES.items():
                m = rx.search(text, lo, start) if passes(_LEFT_NEEDS[role], window) else None
                if m and _PHONED.search(text, m.start(), start) and _ON_THE_LINE.match(text, end):
                    continue  # "an officer called Yunus Ghappar on WeChat": phoned him
                if m:
                    out[key].append(RoleClaim(role, Evidence.of(text, m.start(), end, 0.7)))
        if not _RIGHT_OPENING.match(text, end, min(len(text), end + 120)):
            continue  # "X was held", "X's son": no apposition or "is a ..." follows
        for role, rx in RIGHT_CUES.items():
            m = rx.match(text, end, min(len(text), end + 120))
            if m:
                out[key].append(RoleClaim(role, Evidence.of(text, start, m.end(), 0.7)))
    return out


def attributes(index: PersonIndex, sentences: list[Sentence]) -> dict[str, list[Attribute]]:
    """Age, ethnicity, citizenship and occupation stated next to a mention."""
    out: dict[str, list[Attribute]] = defaultdict(list)
    text = index.text
    for start, end, key in index.spans:
        _age(text, start, end, out[key])
        _occupation(text, start, end, out[key])
    if "ethnic" not in text and "citizen" not in text and "national" not in text and (
            "passport-holder" not in text):
        return out  # every ETHNIC or CITIZEN match has one of these words
    for sent in sentences:
        keys = list(dict.fromkeys(k for _, _, k in index.persons_between(sent.start, sent.end)))
        for m in ETHNIC.finditer(sent.text):
            if len(keys) == 1:
                ev = Evidence.of(text, sent.start + m.start(), sent.start + m.end(), 0.6)
                value = m.group(1).replace("Uighur", "Uyghur")
                out[keys[0]].append(Attribute("ethnicity", value, ev))
        for m in CITIZEN.finditer(sent.text):
            both = re.search(r"\bboth\b", sent.text[max(0, m.start() - 12):m.start()])
            if len(keys) == 1 or (both and keys):
                ev = Evidence.of(text, sent.start + m.start(), sent.start + m.end(), 0.6)
                for k in keys:
                    out[k].append(Attribute("citizenship", ISO[m.group(1).lower()], ev))
    return out


def _age(text: str, start: int, end: int, into: list[Attribute]) -> None:
    a = AGE_AFTER.match(text, end, min(len(text), end + 8)) if text.startswith(",", end) \
        else None
    if a:
        into.append(Attribute("age", int(a.group(1)), Evidence.of(text, start, a.end(1))))
        return
    lo = max(0, start - 40)
    b = AGE_BEFORE.search(text, lo, start) if "-year-old" in text[lo:start] else None
    if b:
        into.append(Attribute("age", int(b.group(1)), Evidence.of(text, b.start(), end)))


def _occupation(text: str, start: int, end: int, into: list[Attribute]) -> None:
    """The occupation in apposition after the mention (", a teacher"), else the one right
    before it ("teacher Askar"). Asked for every mention, and most have neither: a comma
    must follow for the first and, for the second, the words before must end in an
    occupation, which two string tests tell before any search."""
    a = OCCUPATION_AFTER.match(text, end, min(len(text), end + 60)) if text.startswith(
        ",", end) else None
    if a:
        value = ((a.group(1) or "") + a.group(2)).strip()
        into.append(Attribute("occupation", value, Evidence.of(text, start, a.end())))
        return
    lo = max(0, start - 30)
    if not text[lo:start].rstrip().endswith(_OCCUPATIONS_BEFORE):
        return
    b = OCCUPATION_BEFORE.search(text, lo, start)
    if b:
        value = ((b.group(1) or "").lower() + b.group(2)).strip()
        into.append(Attribute("occupation", value, Evidence.of(text, b.start(), end)))
