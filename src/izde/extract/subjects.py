"""Find the person an event happens to: the nearest referring phrase before or after a trigger.

A referring phrase is a name, a pronoun, a group phrase ("the two men") or a relative
("his brother", "Kaken's husband"). Whatever is nearest wins, even when it cannot be resolved
to a named person: a trigger after "Kaken's husband" must not be given to Kaken.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import pairwise

from izde.extract.descriptions import (
    APPOSITION_GAP,
    definite_descriptions,
    lede_description,
)
from izde.extract.literals import min_width, passes, required_literals
from izde.extract.pattern_map import PatternMap
from izde.extract.profile import cued_as
from izde.extract.references import (
    COUNTS,
    FEMALE,
    GROUP_RE,
    MALE,
    PLURAL_WINDOW,
    REF_RE,
    TRIAL_GROUP_RE,
    UNNAMED_WRITER,
    WINDOW,
    PersonIndex,
    addressee_at,
    antecedent,
    coordinated,
    first_person_at,
    is_cited_source,
    kin_after,
    kin_of,
    named_together,
    plural_antecedent,
    trial_group,
)
from izde.extract.spans import fold
from izde.extract.values import value_class

_PARTITIVE = re.compile(r"\bof\s+$", re.IGNORECASE)
# "a classmate of Kurban's in Cairo": the possessive ends its phrase (not "of X's arrest")
_DOUBLE_GENITIVE = re.compile(r"['’]s(?=\s*[,;.)]|\s+(?:in|at|from|and|who|whose|since)\b)")
_LIKE = re.compile(r"\b(?:like|such\s+as|including|unlike)\s*$", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(
    r"\b(?:where|which|whose(?!\s+(?:[\w-]+\s+)?(?:passports?|documents|papers|ID|phones?|"
    r"house|home|flat|apartment|property|car|shop|business|accounts?)\b)|whom)\b"
    r"|\b(?:thousands|hundreds|millions|many|others|people|"
    r"citizens|minorities|residents|students|Kazakhs|Uyghurs|Uighurs|Muslims|relatives|families|"
    r"detainees|prisoners|inmates)\s+(?:\w+\s+){0,2}$")
# a relative of a person heads the phrase: "the wife of X", "a brother of X"
_KIN_OF = re.compile(r"\b(?:the|a|an|one)\s+(?:(?:elder|older|younger|eldest|youngest)\s+)?"
                     r"(brother|sister|husband|wife|mother|father|son|daughter|parent|child|"
                     r"relative|sibling)s?\s+of\s+$", re.IGNORECASE)
# a thing made of or by a person heads the phrase: "a photo of X", "a letter by X"
_THING_OF = re.compile(r"\b(?:photos?|photographs?|pictures?|videos?|images?|recordings?|"
                       r"portraits?|statements?|letters?|books?|poems?|songs?|samples?|DNA|"
                       r"fingerprints|posts?|messages?|testimony|interview)\s+(?:of|by|from)\s+$",
                       re.IGNORECASE)
# a generic or quantified subject between the last name and the trigger ("X said that other
# activists had been detained", "... no one was held"), unless joined to the name ("X and many
# others were detained") or a part of it ("one of many people detained")
GENERIC_SUBJECT = re.compile(
    # ("X and two other women were detained": X and a group, not a group alone)
    # ("X and around 40 other women": a count may be approximate)
    r"\b(?P<join>(?:and|with|of|among|like|including)\s+(?:(?:(?:about|around|some|nearly|"
    r"almost|roughly|over|more\s+than|at\s+least)\s+)?(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|several|a\s+few|\d+)\s+)?)?(?:the\s+)?(?:other|others|many|"
    r"some|several|most|dozens|scores|hundreds|thousands|millions|no\s+one|nobody|none|"
    r"everyone|everybody|anyone|activists|participants|protesters|members|witnesses|people|"
    r"relatives|families|residents|citizens|students|detainees|prisoners|inmates|kazakhs|"
    r"uyghurs|uighurs|muslims|minorities)\b(?:[ \t]+[\w'’-]+){0,7}?[ \t]+$", re.IGNORECASE)
# the words each window search cannot match without (``literals.required_literals``)
# (keyed by identity: see ``pattern_map``)
_NEEDS = PatternMap((p, required_literals(p, max_tests=40))
                    for p in (_LIKE, _THING_OF, _KIN_OF, _OTHER_SUBJECT, GENERIC_SUBJECT))
_WIDTH = PatternMap((p, min_width(p)) for p in (_LIKE, _THING_OF, _KIN_OF))
# (also after a preposition: "X, in whose house she now lives, spent ...")
_CLOSED_RELATIVE = re.compile(r"\s*,\s*(?:(?:in|with|for|from|at|to|by|of)\s+)?(?:who|whose|which|"
                              r"where|whom)\b[^,;.]*,")
# a noun phrase in apposition: "X, the father of our member Y, passed away" (Y is not the
# subject)
# (also a bare kin noun: "Qabdesh aqsaqal, father of Nurlan and Aizhan, passed away")
_CLOSED_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|his|her|their)\s+|(?:father|mother|son|"
                                r"daughter|brother|sister|husband|wife|grandfather|grandmother|"
                                r"uncle|aunt)\s+of\s+)[^,;.\"“”]*,")
# an age set off by commas: "her son Aidyn Kapen, 27, was detained"
_AGE_ASIDE = re.compile(r"\s*,\s*\d{1,3}\s*,")
# a preposition governs the phrase after it, which is then no subject
_GOVERNED = re.compile(r"\b(?:from|to|at|by|with|for|about|against|into|near|outside|inside|"
                       # the object of a participle: "detained while visiting his sick mother
                       # and held in a camp"
                       r"in|(?-i:[a-z]{2,}ing)|"
                       # or of an infinitive: "returned to Akqi to settle his late father's
                       # affairs and was detained"
                       r"\bto\s+(?-i:[a-z]{2,}))\s+$", re.IGNORECASE)
_OWNS_NEXT = re.compile(r"['’]s?\s+[a-z]")  # "her husband's home": the owner of a noun
# one relative: the kin words a possessive chain is made of
_ONE_KIN = (r"father|mother|brother|sister|son|daughter|husband|wife|uncle|aunt|cousin|nephew|"
            r"niece|grandfather|grandmother")
_KINS = r"(?:" + _ONE_KIN + r"|parents|in-laws)"
# a relative of a relative, unnamed, right before the verb: "her husband's father died"
_KIN_OF_KIN = re.compile(r"\b(?:his|her|their|my|our)\s+(?:[\w-]+\s+)?" + _KINS + r"['’]s?\s+"
                         r"(?:[\w-]+\s+)?" + _KINS + r"\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# the owner of a relative who is the subject: "her husband's father died"
_OWNER_OF_KIN = re.compile(r"['’]s?\s+(?:(?:late|elder|older|younger|eldest|youngest)\s+)?"
                           r"(" + _ONE_KIN + r")\b")
_JOINED = re.compile(r"\b(?:and|with|of|among|like|including)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# the relative a relative clause is about: "A resident of Osh whose elderly mother has been
# held since 2018", the trigger the clause's own verb (not "A woman whose brother died in
# prison was detained", where the trigger is the main clause's)
_WHOSE_KIN = re.compile(r"\bwhose\s+(?:(?:late|elder|older|younger|eldest|youngest|"
                        r"elderly|aged|ailing|sick)\s+)?(" + _ONE_KIN + r")\b"
                        # ("whose husband, a Kazakh citizen, is serving")
                        r"(?:\s*,\s*(?:a|an|the)\s[^,;.]{1,60}?,)?"
                        r"(?:\s+(?:is|was|has|had|have|been|also|still|later|then|reportedly|"
                        r"allegedly|now|serving(?:\s+(?:a|an|his|her|their))?))*\s*$")


@value_class
class Ref:
    """A referring phrase at start..end and the persons it resolves to (maybe none)."""

    start: int
    end: int
    keys: tuple[str, ...]


def refs_in(index: PersonIndex, start: int, end: int, floor: int) -> list[Ref]:
    """Every referring phrase in text[start:end], in order, resolved (kept once the index
    is settled: ``PersonIndex.settle``; callers copy, never change, the list)."""
    if index.memo is None:
        return _refs_in(index, start, end, floor)
    key = ("refs", start, end, floor)
    found: list[Ref] | None = index.memo.get(key)
    if found is None:
        found = index.memo[key] = _refs_in(index, start, end, floor)
    return found


def _refs_in(index: PersonIndex, start: int, end: int, floor: int) -> list[Ref]:
    out = [_name_ref(index, s, e, k) for s, e, k in index.persons_between(start, end)]
    text = index.text
    for m in REF_RE.finditer(text, start, end):
        ref = _pronoun_ref(index, m, floor)
        if ref is not None:
            out.append(ref)
    if index.found.any_within(_GROUP_NOUNS, start, end):
        for m in GROUP_RE.finditer(text, start, end):
            word = m.group().split()[1].lower()
            count = COUNTS.get(word, 2)  # "the four men": four
            # a counted group ("the two women") is the last group of that many named together
            # ("found X and Y guilty ... their lawyer, Z, said ... The two women were detained")
            told = word in COUNTS and named_together(index, m.start(), floor, PLURAL_WINDOW,
                                                     count)
            keys = tuple(told or plural_antecedent(index, m.start(), floor, count))
            owned = _PLURAL_POSS_KIN.match(text, m.end())
            if owned is not None:  # "summoned the brothers' mother": their mother, not them
                out.append(Ref(m.start(), owned.end(), tuple(_group_kin(index, keys,
                                                                        owned.group(1)))))
                continue
            out.append(Ref(m.start(), m.end(), keys))
    if text.find("oth", start, end) >= 0:  # "both were released": the two named before
        for m in _BOTH.finditer(text, start, end):
            if _BOTH_VERB.match(text, m.end()):  # a verb follows: "both" is the subject
                out.append(Ref(m.start(), m.end(),
                               tuple(plural_antecedent(index, m.start(), floor))))
    if text.find("accused", start, end) >= 0 or text.find("efendants", start, end) >= 0:
        for m in TRIAL_GROUP_RE.finditer(text, start, end):
            out.append(Ref(m.start(), m.end(), tuple(trial_group(index, m, floor))))
    if index.descriptions:
        out.extend(Ref(s, e, keys) for s, e, keys in definite_descriptions(index, start, end,
                                                                           floor))
    if index.first_named is not None and start <= index.first_named:
        described = lede_description(index, start, end)  # "An imam from Altay who ..."
        if described:
            out.append(Ref(described[0], described[1], (described[2],)))
    return _drop_nested(sorted(out, key=_in_order)) if len(out) > 1 else out


# a group's relative, told with the plural possessive: "the brothers' mother"
_PLURAL_POSS_KIN = re.compile(r"['’]\s+(?:(?:late|elderly|old|widowed)\s+)?(brother|sister|husband|"
                              r"wife|mother|father|son|daughter|parent|child|children|relative|"
                              r"family|sibling)s?\b", re.IGNORECASE)


def _group_kin(index: PersonIndex, keys: tuple[str, ...], kinword: str) -> list[str]:
    """The one relative called ``kinword`` that every person of a group has, else none."""
    common: set[str] | None = None
    for key in keys:
        found = set(kin_of(index, [key], kinword))
        common = found if common is None else common & found
    return sorted(common) if common and len(common) == 1 else []


def _in_order(r: Ref) -> tuple[int, int]:
    """Left to right, the longer of two phrases that start together first."""
    return r.start, -r.end


_BOTH = re.compile(r"\b[Bb]oth(?:\s+of\s+them)?\b")
_BOTH_VERB = re.compile(r"\s+(?:were|are|have|had|remain|remained)\b")
# the nouns of a group phrase ("the two men", "both activists"): a span with none of them
# (most) holds no group phrase, which the document's index of words tells
_GROUP_NOUNS = next(n for n in required_literals(GROUP_RE) if "the" not in n)


def _name_ref(index: PersonIndex, start: int, end: int, key: str) -> Ref:
    if index.memo is None:
        return _resolve_name(index, start, end, key)
    found: Ref | None = index.memo.get(("name", start, end, key))
    if found is None:
        found = index.memo["name", start, end, key] = _resolve_name(index, start, end, key)
    return found


def _resolve_name(index: PersonIndex, start: int, end: int, key: str) -> Ref:
    m = kin_after(index.text, end)
    if m:
        return Ref(start, m.end(), tuple(kin_of(index, [key], m.group(1))))
    if is_cited_source(index, start, end) and not _CLAUSE_VERB.match(
            index.text, _after_asides(index.text, end)) and not _WHO_AFTER.match(index.text, end):
        # "according to Aliya, ...": the source, not the subject ("said her brother X, a
        # trader, was detained": X is the subject, the verb after his apposition)
        return Ref(start, end, ())
    return Ref(start, end, (key,))


def _after_asides(text: str, end: int) -> int:
    """Where the clause goes on after the asides that follow a name (past their closing
    comma): ``end`` itself when none does."""
    at = _past_asides(text, end, min(len(text), end + 200))
    return at + 1 if at > end and text.startswith(",", at) else at


# the speaker heads the relative clause after the name: '"...," said Kambarbekov, who was
# fined in 2021 for a one-man picket' (his fine)
_WHO_AFTER = re.compile(r"\s*,\s*who\s")
# a verb right after a name that follows "says" makes the name the subject of what a document
# says ("The verdict, dated 12 June 2019, says Karimov was sentenced to 15 years"), not the
# speaker of an inverted attribution ("..., says Karimov.")
_CLAUSE_VERB = re.compile(r"\s+(?:was|were|is|are|had|has|have|got|received|remains|remained|"
                          r"served|serves|spent|must|should|would|will)\b")


def _pronoun_ref(index: PersonIndex, m: re.Match[str], floor: int) -> Ref | None:
    if m.group("first") or m.group("we"):
        return Ref(m.start(), m.end(), ())  # "I", "me": the narrator, never an earlier name
    if m.group("you"):
        guest = addressee_at(index, m.start())
        asked = guest is not None and _polar_question(index, m.start())
        return Ref(m.start(), m.end(), (guest,) if guest and not asked else ())
    if m.group("own"):
        return _own_ref(index, m)
    if m.group("det") is not None:
        client = _CLIENT.match(index.text, m.end())
        if client is not None:  # "She said her client has been held": the lawyer's client
            return Ref(m.start(), client.end(), tuple(_client_of(index, m, floor)))
        return None  # "her group", "his organization": the phrase is about something else
    if _PARTITIVE.search(index.text, max(0, m.start() - 12), m.start()) and not (
            m.group("kin") and m.group("poss") and m.group("poss").lower() != "their"):
        # ("the release of her son" is the son, not a part of a group)
        return None  # "many of them", "one of them": a part, not the persons themselves
    if m.group("this"):
        return Ref(m.start(), m.end(), tuple(antecedent(index, m.start(), "this", floor)))
    if m.group("kin"):
        anchors = _cited_owner(index, m.start(), m.group("poss") or "") or antecedent(
            index, m.start(), m.group("pron") or m.group("poss"), floor)
        return Ref(m.start(), m.end(), tuple(kin_of(index, anchors, m.group("kin"),
                                                     m.start())))
    anchors = antecedent(index, m.start(), m.group("pron") or m.group("poss"), floor)
    return Ref(m.start(), m.end(), tuple(anchors))


def _cited_owner(index: PersonIndex, pos: int, possessive: str) -> list[str]:
    """ "According to Ma, his father was ...": whom a clause cites is whose relative its
    possessive means (a pronoun subject is someone else: "According to Ma, he was ...")."""
    before = index.persons_between(max(0, pos - 60), pos)
    if not before or not is_cited_source(index, before[-1][0], before[-1][1]):
        return []
    _, end, key = before[-1]
    low = possessive.lower()
    want = "male" if low in MALE else "female" if low in FEMALE else None
    if want is None or APPOSITION_GAP.fullmatch(index.text, end, pos) is None:
        return []
    return [key] if (index.gender_of(key) or want) == want else []


_QUESTION_LABEL = re.compile(r"[ \t]*(?:(?:q|question)[ \t]*[:.–—-][ \t]*|"
                             # a transcript's speaker label: "HOLLOWAY: "
                             r"(?-i:[A-Z][A-Z.'’ -]{1,40}):[ \t]*)?"
                             # a vocative: "Erik, were you ever detained?"
                             r"(?:(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?,[ \t]*)?",
                             re.IGNORECASE)
_AUXILIARY = re.compile(r"(?:were|was|are|is|have|has|had|did|do|does|will|would|could|can)\b",
                        re.IGNORECASE)


def _polar_question(index: PersonIndex, pos: int) -> bool:
    """The sentence holding ``pos`` asks whether something happened ("Were you detained?",
    "Did they take your passport?"): it asserts nothing. A question that presupposes the
    event ("When were you detained?") or a statement put to the guest does assert it."""
    i = bisect.bisect_right(index.sent_starts, pos) - 1
    start = index.sent_starts[i] if i >= 0 else 0
    end = index.sent_starts[i + 1] if i + 1 < len(index.sent_starts) else len(index.text)
    label = _QUESTION_LABEL.match(index.text, start, end)
    opening = label.end() if label else start
    return bool(_AUXILIARY.match(index.text, opening, end)) and "?" in index.text[pos:end]


_CLIENT = re.compile(r"\s+client\b(?!['’]s)")


def _client_of(index: PersonIndex, m: re.Match[str], floor: int) -> list[str]:
    """Whom "his client" or "her client" means: the person last named before it who is not
    introduced as a lawyer anywhere in the text, by the cues that give the role (a lawyer
    speaks of the person the story is about)."""
    for s, e, key in reversed(index.persons_between(max(floor, m.start() - WINDOW), m.start())):
        if (s, e) not in index.self_naming and not _a_lawyer(index, key):
            return [key]
    return []


def _a_lawyer(index: PersonIndex, key: str) -> bool:
    return any(cued_as(index.text, s, e, "lawyer")
               or _LAWYER_APPOSED.search(index.text, max(0, s - 24), s) is not None
               for s, e, k in index.spans if k == key)


# "Zhandarbekova's lawyer, Nurtas Kudaibergenov,": the role set off before the name
_LAWYER_APPOSED = re.compile(r"\b(?:lawyer|attorney|advocate|counsel|defender)\s*,\s*$",
                             re.IGNORECASE)


def _own_ref(index: PersonIndex, m: re.Match[str]) -> Ref | None:
    """ "my husband", "our son", "your passport": a relative or a possession of the speaker
    or, for "your", of the person an interview questions. "our family" is nobody in
    particular; "my" before any other noun says nothing of who the sentence is about."""
    word = m.group("own").lower()
    owner = addressee_at(index, m.start()) if word == "your" else first_person_at(index, m.start())
    anchors = [owner] if owner else []
    if m.group("okin"):
        # "my uncle" where the writer is never named is still the uncle named as "my uncle, X"
        kin_anchors = anchors or ([UNNAMED_WRITER] if word != "your" else [])
        return Ref(m.start(), m.end(), tuple(kin_of(index, kin_anchors, m.group("okin"),
                                                     m.start())))
    if m.group("thing") and word != "our":
        return Ref(m.start(), m.end(), tuple(anchors))
    return None


def _drop_nested(refs: list[Ref]) -> list[Ref]:
    kept: list[Ref] = []
    for r in refs:
        if kept and r.start < kept[-1].end:
            continue
        kept.append(r)
    return kept


def subject_before(index: PersonIndex, sent_start: int, pos: int, floor: int) -> list[str]:
    """Persons of the nearest referring phrase before ``pos`` in the sentence."""
    refs = refs_in(index, sent_start, pos, floor)
    refs = _outside_asides(index.text, [r for r in refs if r.end <= pos], pos)
    refs = _outside_reporting(index.text, refs)
    refs = _outside_lead_clause(index.text, sent_start, refs, pos)
    refs = _outside_time_aside(index.text, sent_start, refs, pos)
    refs = _outside_subjects_relative(index.text, sent_start, refs, pos)
    while len(refs) > 1 and _AND_VERB.match(index.text, refs[-1].end, pos) and \
            index.text[refs[-1].start:refs[-1].end].lower() in _OBJECT_PRONOUNS:
        refs = refs[:-1]  # "X, who sent her a photograph ... and has not been heard from
        # since": "her" is the object of the verb before the "and"; X goes on
    kin_who = _KIN_WHO.search(index.text, max(sent_start, pos - 90), pos)
    if kin_who and refs and refs[-1].start >= kin_who.start() and refs[-1].keys:
        kin_who = None  # "her brother, who ..." with the brother named: his
    if kin_who or (refs and not refs[-1].keys
                   and _WHO_CLAUSE.fullmatch(index.text, refs[-1].end, pos)):
        return []  # "a photograph of her brother, who has been held since 2018": the brother's
    while refs and (not refs[-1].keys or _OWNS_NEXT.match(index.text, refs[-1].end)) and \
            _GOVERNED.search(index.text, max(sent_start, refs[-1].start - 20), refs[-1].start):
        refs = refs[:-1]  # "taken from his parents' house ... and held", "returned to her
        # husband's home ... after 21 months in a camp": not the subject
    while refs and _DOUBLE_GENITIVE.match(index.text, refs[-1].end) and _PARTITIVE.search(
            index.text, max(sent_start, refs[-1].start - 6), refs[-1].start):
        refs = refs[:-1]  # "X, a former classmate of Kurban's, ... was granted asylum": X
    if not refs:
        return []
    last = refs[-1]
    if not last.keys and len(refs) > 1 and refs[-2].keys and index.text[
            last.start:last.end] != "I" and _AND_GAP.fullmatch(index.text, refs[-2].end,
                                                                 last.start):
        last = refs[-2]  # "X and her sister were detained", the sister never named: X
    owned = _OWNER_OF_KIN.match(index.text, last.end, pos) or (
        _WHOSE_KIN.search(index.text, last.end, pos)
        if index.text.find("whose", last.end, pos) >= 0 else None)
    if owned is not None:  # "X's father died", "X, whose father died": the father, when the
        # text names him
        return kin_of(index, list(last.keys), owned.group(1)) if last.keys else []
    if _KIN_OF_KIN.search(index.text, max(last.end, pos - 60), pos):
        return []  # "said her husband's father died": someone the text does not name
    if _OTHERS_WHOSE.search(index.text, max(last.end, pos - 80), pos):
        return []  # "appeals on behalf of families whose relatives vanished": theirs
    if _before(index, _LIKE, max(sent_start, last.start - 20), last.start):
        return []  # "others, like Azatbek, were held": a comparison, not the subject
    if _before(index, _THING_OF, max(sent_start, last.start - 30), last.start):
        return []  # "a photo of Aisulu was taken": the thing, not the person, is the subject
    kin = _before(index, _KIN_OF, max(sent_start, last.start - 30), last.start)
    if kin:  # "the wife of X was detained": the wife, when the text names her
        return kin_of(index, list(last.keys), kin.group(1))
    if _generic_between(index.text, last.end, pos):
        return []  # "they fled a region where thousands ... have been incarcerated"
    keys = list(last.keys)
    if len(refs) > 1 and APPOSITION_GAP.fullmatch(index.text, refs[-2].end, last.start) and \
            _before(index, _KIN_OF, max(sent_start, refs[-2].start - 30), refs[-2].start):
        return keys  # "The brother of Zhazira, Sayan Kenzhebekov, was given 8 years": Sayan
    if index.text[last.start:last.end] == "I" and len(refs) > 1:
        return _with_me(index, refs[-2], last)
    if len(keys) == 1 and _is_plain_name(index, last):
        keys = coordinated(index, last.start, last.end)
        if len(refs) > 1 and _apposition(index.text, refs[-2], last):
            # "A and his brother, B, were held": B is the brother; A is joined to the phrase
            joined = coordinated(index, refs[-2].start, refs[-2].start)
            keys = list(dict.fromkeys([*joined, *refs[-2].keys])) or keys
    return keys


def _before(index: PersonIndex, pattern: re.Pattern[str], lo: int, hi: int
            ) -> re.Match[str] | None:
    """``pattern.search`` over the words before a referring phrase, tried only when the
    window holds the words the pattern cannot match without (``_NEEDS``) and is as long as
    a match (``_WIDTH``): asked for the last phrase before every trigger, and the words
    ("like", "photo of", "the wife of") are rare."""
    if hi - lo < _WIDTH[pattern] or not passes(_NEEDS[pattern], index.folded[lo:hi]):
        return None
    return pattern.search(index.text, lo, hi)


# a Kazakh honorific after a name: "Qabdesh aqsaqal", "Rysbek aga"
_HONORIFIC_AFTER = re.compile(r"\s+(?:aqsaqal|aksakal|aga|agha|apa|apai|ata|hajji|qajy)\b")


def _outside_asides(text: str, refs: list[Ref], pos: int) -> list[Ref]:
    """The referring phrases without those inside a relative clause or an apposition set off
    by commas after an earlier one ("X, who has not seen his children since 2017, was
    arrested"; "X, the father of our member Y, passed away": the children and Y are not the
    subject)."""
    for j in range(len(refs) - 2, -1, -1):
        end = _HONORIFIC_AFTER.match(text, refs[j].end)
        at = end.end() if end else refs[j].end
        if text.startswith(",", at) or text.startswith(" ,", at):
            aside = _CLOSED_RELATIVE.match(text, at, pos) or (_CLOSED_APPOSITION.match(
                text, at, pos) if refs[j].keys else None)  # (an apposition to a phrase that
            # names no one is who it is: "his father, the retired Xinjiang newspaper editor X,")
            if aside and refs[j + 1].start < aside.end():
                return [*refs[:j + 1], *(r for r in refs[j + 1:] if r.start >= aside.end())]
    return refs


# a reporting clause set off by commas inside the sentence it reports: ", she said,"
_REPORTING_BEFORE = re.compile(r",\s*$")
_REPORTING_AFTER = re.compile(r"\s+(?:said|says|added|recalled|explained|noted|"
                              r"told\s+(?:[\w.-]+\s+){1,3}?)\s*,")


# a clause of time set off by commas before a coordinated verb: "was detained in May 2017,
# weeks after his son left for Europe, and was later sentenced" (the son is not sentenced)
# ("..., a few weeks after the teacher, and in January was sentenced": its own time first)
_TIME_ASIDE = re.compile(r",\s+(?:[\w-]+\s+){0,3}?(?:after|before|when|while|until|since)\s+"
                         r"[^,;.]{1,120}?,\s+(?:and|but)\s+(?:(?:in|on|by)\s+(?:[\w-]+\s+){1,3}?)?"
                         r"(?:(?:was|were|is|are|has|have|had|"
                         r"been|later|then|subsequently|eventually|also)\s+)*$", re.IGNORECASE)


def _outside_time_aside(text: str, sent_start: int, refs: list[Ref], pos: int) -> list[Ref]:
    """Without the phrases inside a clause of time set off by commas right before ``pos``'s
    coordinated verb, when a phrase comes before that clause."""
    if len(refs) < 2:
        return refs
    for lo in _commas_back(text, sent_start, refs[-1].start):
        m = _TIME_ASIDE.match(text, lo, pos)
        if m is not None:
            kept = [r for r in refs if r.end <= lo]
            return [*kept, *(r for r in refs if r.start >= m.end())] if kept else refs
    return refs


# a sentence whose subject is a description with its relative clause, the verb after the
# clause's closing comma: "A woman who spent ten days on hunger strike to demand news of her
# husband, jailed in Xinjiang, has been fined": the husband is inside the clause
_SUBJECT_WHO = re.compile(r"[\s\"“(]*(?:[A-Z][\w .,'’-]{0,40}\((?:AFP|AP|Reuters)\)\s*[-–—]+\s*)?"
                          r"(?:An?|The)\s+(?:[\w-]+\s+){0,4}?(?:who|whose)\b")
_VERB_AFTER_CLAUSE = re.compile(r",\s*(?:(?:has|have|had)\s+(?:also\s+)?been|is|was|were|are|"
                                r"has|have|had)\s+(?:[\w-]+\s+)?\Z")


def _outside_subjects_relative(text: str, sent_start: int, refs: list[Ref], pos: int
                               ) -> list[Ref]:
    """Without the phrases inside the relative clause of a described subject whose verb the
    trigger is ("A woman who ... her husband, jailed in Xinjiang, has been fined")."""
    m = _SUBJECT_WHO.match(text, sent_start, pos)
    if m is None or not refs:
        return refs
    close = text.rfind(",", m.end(), pos)
    if close < 0 or _VERB_AFTER_CLAUSE.match(text, close, pos) is None:
        return refs
    return [r for r in refs if not m.end() <= r.start < close]


def _commas_back(text: str, lo: int, hi: int) -> Iterator[int]:
    """The commas in ``text[lo:hi]``, from the last to the first."""
    at = text.rfind(",", lo, hi)
    while at >= 0:
        yield at
        at = text.rfind(",", lo, at)


# a relative clause on a noun that names no one: "families whose relatives vanished"
_OTHERS_WHOSE = re.compile(r"\b(?-i:[a-z][\w-]*)\s+whose\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)


def _outside_reporting(text: str, refs: list[Ref]) -> list[Ref]:
    """Without the teller of a reporting clause set off inside the sentence: in "Her brother,
    X, was held in the camp until 2019, she said, and has since been barred from leaving",
    "she" tells; the coordinated verb goes on with X. Kept when nothing comes before it."""
    kept = [r for j, r in enumerate(refs)
            if not (j and _REPORTING_BEFORE.search(text, max(0, r.start - 4), r.start)
                    and _REPORTING_AFTER.match(text, r.end))]
    return kept if len(kept) < len(refs) and kept else refs


def _outside_lead_clause(text: str, sent_start: int, refs: list[Ref], pos: int) -> list[Ref]:
    """Without the phrases inside a relative clause closed before ``pos`` that follows no
    phrase of its own ("A retired teacher ..., who vanished after visiting his daughter in
    Kazakhstan, is serving a 16-year sentence": a description heads the clause, and the
    daughter is not the subject; ``_outside_asides`` handles a clause after a name)."""
    if not refs:
        return refs
    for opened in _commas_back(text, sent_start, refs[-1].start):
        aside = _CLOSED_RELATIVE.match(text, opened, pos)
        if aside is not None and aside.end() > refs[-1].end and not text[aside.end():pos].count(
                ","):
            return [r for r in refs if r.end <= opened]
    if len(refs) > 1 and not text[sent_start:refs[0].start].strip(" \t\"“") and \
            _A_DESCRIPTION.match(text, refs[0].start) and \
            _WHO_OPENS.match(text, refs[0].end, refs[1].start) and \
            _MAIN_VERB.match(text, refs[-1].end, pos + 12):
        # "A Uyghur pharmacist ... who disappeared in 2017 after visiting his daughter in
        # Turkey is serving a 17-year sentence": the clause needs no commas to be one
        return refs[:1]
    return refs


_A_DESCRIPTION = re.compile(r"(?:An?|The)\s")
# the phrase opening the sentence heads a relative clause: "A Uyghur pharmacist from Kashgar
# prefecture who disappeared in 2017 after visiting "
_WHO_OPENS = re.compile(r"\s+(?:(?!who\b)[\w'’-]+\s+){0,6}?who\s+(?:[a-z]+ed|went|fled|left|came|"
                        r"vanished|disappeared|was|had)\b[^,;:]*$")
# the main clause's verb after the relative clause's phrases: "... in Turkey is serving"
_MAIN_VERB = re.compile(r"[^,;:]{0,40}?\s(?:is|was|has|had|remains|remained)\s", re.IGNORECASE)


# the relative clause that a phrase heads, up to the verb: "her brother, who has been "
_WHO_CLAUSE = re.compile(r"\s*,\s*who\s+(?:[\w'’-]+\s+){0,4}?")
_KIN_WHO = re.compile(r"\b(?:his|her|their|my|our)\s+(?:[\w-]+\s+)?(?:" + _ONE_KIN
                      + r")\s*,\s*who\s+(?:[\w'’-]+\s+){0,4}?$", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|&)\s+$")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})  # never a subject
# a second verb of the same subject right after: "... and has not been heard from since"
_AND_VERB = re.compile(r"[^,;.]*\band\s+(?:then\s+|later\s+|since\s+)?$", re.IGNORECASE)


def _with_me(index: PersonIndex, other: Ref, me: Ref) -> list[str]:
    """ "My husband and I were detained": the person joined to "I", and the speaker whom
    "I" means when the text says who that is (else the event stays with the other person)."""
    if not other.keys or not _AND.match(index.text[other.end:me.start]):
        return []
    speaker = first_person_at(index, me.start)
    return list(dict.fromkeys([*other.keys, *([speaker] if speaker else [])]))


# a verb that agrees with one person: a plural noun before it is not its subject ("was detained
# while visiting relatives and is still being held in a camp")
_SINGULAR_VERB = re.compile(r"(?:is|was|has)\b", re.IGNORECASE)
# a place's other name given in passing: "a camp in Atushi, which Kyrgyz call Artux, and in
# 2019 was sentenced" (its subject is no one the clause is about)
_NAMING_ASIDE = re.compile(r"which\s+(?:[\w-]+\s+){0,3}?(?:call|calls|called|knows?\s+as|spells?|"
                           r"names?|refers?\s+to\s+as)\s+(?-i:[A-Z])[\w'’-]+\s*,", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"where|which|whose|whom", re.IGNORECASE)
_SINGULAR_GENERIC = re.compile(r"(?:the\s+)?(?:no\s+one|nobody|none|everyone|everybody|anyone)\b",
                               re.IGNORECASE)


def _generic_between(text: str, start: int, pos: int) -> bool:
    """Whether another, generic subject stands between a referring phrase and a trigger:
    "where thousands ... have been held", "said that other activists had been threatened"."""
    start = _past_asides(text, start, pos)
    if pos - start < _GENERIC_WIDTH:
        return False  # too short for any of the subjects ("X was held": a space)
    folded = fold(text[start:pos])  # for the words each pattern cannot match without
    singular = _SINGULAR_VERB.match(text, pos) is not None  # "is held": no plural's verb
    m = _OTHER_SUBJECT.search(text, start, pos) if passes(_NEEDS[_OTHER_SUBJECT], folded) \
        else None
    if m and not _JOINED.search(text, max(start, m.start() - 24), m.start()) and not (
            singular and not _RELATIVE_WORD.match(m.group())) and not _NAMING_ASIDE.match(
                text, m.start()):
        return True
    g = GENERIC_SUBJECT.search(text, start, pos) if passes(_NEEDS[GENERIC_SUBJECT], folded) \
        else None
    if g is not None and not g.group("join") and not (
            singular and not _SINGULAR_GENERIC.match(text, g.start())):
        return True
    q = _QUANTIFIED.search(text, start, pos) if passes(_QUANTIFIED_NEEDS, folded) else None
    if q is not None and not _JOINED.search(text, max(start, q.start() - 24), q.start()):
        return True  # "said at least a dozen Kyrgyz citizens ... had been detained"
    if passes(_UNRESOLVED_NEEDS, folded) and _UNRESOLVED_SUBJECT.search(
            text, start, pos) is not None:
        return True
    if not passes(_SOMEONE_WHO_NEEDS, folded):
        return False
    who = _SOMEONE_WHO.search(text, start, pos)
    return who is not None and _APPOSED_OR_PREDICATED.fullmatch(
        text[start:who.start()].strip()) is None


# a counted group as the subject of what someone says: "said at least 300 Uyghur educators
# ...", "knows of at least 15 such citizens"
_QUANTIFIED = re.compile(r"\b(?:said|says|estimated|estimates|believes|knows\s+of|know\s+of|"
                         r"counted|documented)\s+(?:that\s+)?"
                         r"(?:at\s+least|about|around|nearly|almost|more\s+than|over|some|up\s+to|"
                         r"an\s+estimated)\s+(?:a\s+(?:dozen|hundred|thousand)|\d[\d,]*|dozens|"
                         r"hundreds|thousands|(?:two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)",
                         re.IGNORECASE)
_QUANTIFIED_NEEDS = (frozenset({"least", "about", "around", "nearly", "almost", "more than",
                                "over", "some", "up to", "estimated"}),)
# "X, a woman who ...", "X (a woman who ...)", "X is a teacher who ...": that person
_APPOSED_OR_PREDICATED = re.compile(r"(?:,|\(|(?:is|was|are|were|became|becomes|remains|"
                                    r"remained)(?:\s+(?:now|also|still|himself|herself))?)?")


_BRACKETED = re.compile(r"\s*\([^()\n]{1,80}\)")  # "X (Арман Тоқтасынұлы), a driver ..."


def _past_asides(text: str, start: int, pos: int) -> int:
    """Where the clause goes on after the asides that follow a name: "X, whose relatives live
    in Altay, was detained", "X (Арман ...), a driver from Chöchek, which Chinese maps call
    Tacheng, was taken": asides in a row, each closing comma opening the next (a name in a
    bracket, "Arman (Арман)", goes on after the bracket)."""
    if text.startswith(")", start):
        start += 1
    while True:
        # (an aside is set off by commas or opens a bracket: most spans have neither)
        closed = _CLOSED_RELATIVE.match(text, start, pos) or _CLOSED_APPOSITION.match(
            text, start, pos) or _AGE_ASIDE.match(text, start, pos) \
            if text.find(",", start, pos) >= 0 else None
        if closed is not None:
            start = closed.end() - 1
            continue
        bracket = _BRACKETED.match(text, start, pos) if text.find("(", start, pos) >= 0 else None
        if bracket is None:
            return start
        start = bracket.end()


# a person spoken of by a noun the text never ties to a name, as the subject right before the
# verb: "a police officer appeared to confirm that the man remains in custody"
_UNRESOLVED_SUBJECT = re.compile(r"\b(?:that|and|but|when|after)\s+(?:the|this|that)\s+"
                                 r"(?:[\w-]+\s+)?(?:man|woman|boy|girl|herder|farmer|detainee|prisoner|teacher|"
                                 r"student|imam|driver|trader|worker|activist)\s+(?:\w+\s+){0,2}$")
_UNRESOLVED_NEEDS = required_literals(_UNRESOLVED_SUBJECT)  # "that", "the", a noun
# someone the text never names, heading the relative clause the trigger is in: "she said that
# a man who had been released from a camp came to Osh" (not an apposition to a name: "X, a
# woman who was detained in 2018, said"); any noun will do: "had once treated a patient who
# was later detained", "has a brother who was detained"
_SOMEONE_WHO = re.compile(r"\b(?:(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}?(?-i:[a-z][\w-]+)"
                          r"|someone|somebody)\s+who\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_SOMEONE_WHO_NEEDS = required_literals(_SOMEONE_WHO)  # "who"
_GENERIC_WIDTH = min(min_width(p) for p in (_OTHER_SUBJECT, GENERIC_SUBJECT, _UNRESOLVED_SUBJECT,
                                            _SOMEONE_WHO))


def _is_plain_name(index: PersonIndex, ref: Ref) -> bool:
    return index.person_at(ref.start, ref.end) == ref.keys[0] and not (
        kin_after(index.text, ref.end))


def _apposition(text: str, first: Ref, second: Ref) -> bool:
    return (APPOSITION_GAP.fullmatch(text, first.end, second.start) is not None
            and first.keys == second.keys)


def object_after(index: PersonIndex, pos: int, sent_end: int, floor: int) -> list[str]:
    """Persons of a referring phrase right after ``pos`` ("detained Akhat and Shamshi"); of
    a group, those named as in it ("detained three of them, including activist X")."""
    including = _INCLUDING.match(index.text, pos, sent_end)
    if including is not None:
        named = object_after(index, including.end(), sent_end, floor)
        if named:
            return named
    limit = min(sent_end, pos + 60)
    refs = refs_in(index, pos, limit, floor)
    if not refs:
        return []
    first = refs[0]
    if not _only_filler(index.text[pos:first.start]) and not _apposed(index, pos, first) \
            and not _NAMED_DESCRIPTION.fullmatch(index.text, pos, first.start):
        return []
    if index.person_at(first.start, first.end) and first.keys:
        return coordinated(index, first.start, first.end)
    if len(refs) > 1 and _named_in_apposition(index, first, refs[1]):
        # "arrested his wife, Aigul Nur, in 2018": the name says who the kin phrase is
        return coordinated(index, refs[1].start, refs[1].end)
    keys = list(first.keys)
    for prev, ref in pairwise(refs):  # "took her and her husband, X, to the station"
        if not (keys and ref.keys and _AND_GAP.fullmatch(index.text, prev.end, ref.start)):
            break
        keys.extend(k for k in ref.keys if k not in keys)
    return keys


_AND_GAP = re.compile(r"\s*,?\s*and\s+")
# a description that names its person: "was a Uyghur primary school teacher from Artux named
# Pezilet", "detained a young imam called X"
_NAMED_DESCRIPTION = re.compile(r"\s+(?:was\s+|were\s+)?(?:an?|one)\s+[^,.;:\"“”]{1,60}?\s+"
                                r"(?:named|called)\s+")


# a group, then who was in it: "three of them, including", "several people, among them"
_INCLUDING = re.compile(r"\s+(?:(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:them|people|persons|men|women|"
                        r"others|activists|protesters|participants|picketers|relatives)|"
                        r"(?:[\w-]+\s+){0,2}?(?:them|others))\s*,?\s+(?:including|among\s+them)\b",
                        re.IGNORECASE)


_FILLER = re.compile(
    r"^\s*(?:(?:the|both|fellow|activists?|blogger|poet|writer|businessman|man|woman|"
    r"former|prominent|ethnic|kazakh|uyghur|uighur|kyrgyz|citizens?|nationals?|of|"
    # what kind of activist: "sentenced civil activist Rauan Tursyngaliev"
    r"civil|civic|human\s+rights|rights|opposition|religious|political|well-known|veteran|"
    r"journalist|lawyer|imam|teacher|"
    # a profession or rank used as a title: "the whereabouts of Professor X", "sentenced
    # scholar X", "detained truck driver X"
    r"professor|prof\.?|scholar|academic|economist|historian|researcher|student|doctor|"
    r"businesswoman|entrepreneur|trader|merchant|farmer|herder|truck|driver|engineer|singer|"
    r"artist|musician|nurse|"
    # a residence before the name: "found Almaty resident Zhanylsyn Kaldybekkyzy guilty"
    r"[\w-]+\s+residents?|"
    # an age before the name: "sentenced 28-year-old Madiyar Sarsenbayev"
    r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old|"
    # a title: "attacked Ms Amangeldiqyzy", "detained Mr. Tokhti"
    r"mr\.?|mrs\.?|ms\.?|miss|dr\.?)\s+)*$",
    re.IGNORECASE)


# "detained a neighbour named X", "arrested an imam called X": the name is the object
_NAMED_NOUN = re.compile(r"^\s*(?:a|an|the|one|another)\s+(?:[\w-]+\s+){1,3}?(?:named|called)\s+$",
                         re.IGNORECASE)


# "detained a Uyghur citizen of China, Nurmuhammad Tokhti, 41, at a café": a description
# and the name in apposition to it; the name must go on as an apposition does (a comma, a
# preposition, the sentence's end), not as a speaker ("detained a man, Askar said")
# (or a possessive one: "confined his widow, X, to the family home")
_APPOSED_NOUN = re.compile(r"^\s*(?:a|an|his|her|their|my|our)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+\s*,"
                           r"\s*$", re.IGNORECASE)
_APPOSITION_GOES_ON = re.compile(r"\s*(?:[,.;]|$|\s(?:at|in|on|from|who|after|for|near)\b)")


def _named_in_apposition(index: PersonIndex, phrase: Ref, name: Ref) -> bool:
    """Whether ``name`` is a person's name set beside the phrase ``phrase`` by commas ("his
    widow, X,"): a possessive phrase, not itself a name."""
    return (not index.person_at(phrase.start, phrase.end) and bool(name.keys)
            and index.person_at(name.start, name.end) is not None
            and _POSSESSIVE_PHRASE.match(index.text, phrase.start, phrase.end) is not None
            and APPOSITION_GAP.fullmatch(index.text, phrase.end, name.start) is not None
            and _APPOSITION_GOES_ON.match(index.text, name.end) is not None)


_POSSESSIVE_PHRASE = re.compile(r"(?:his|her|their|my|our)\s+\S", re.IGNORECASE)


def _apposed(index: PersonIndex, pos: int, ref: Ref) -> bool:
    return (index.person_at(ref.start, ref.end) is not None
            and bool(_APPOSED_NOUN.match(index.text[pos:ref.start]))
            and bool(_APPOSITION_GOES_ON.match(index.text, ref.end)))


def _only_filler(gap: str) -> bool:
    return bool(_FILLER.match(gap)) or bool(_NAMED_NOUN.match(gap))
