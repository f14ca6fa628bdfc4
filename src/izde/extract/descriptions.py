"""A lede that names its subject only by description, and the paragraph that names them.

Wire stories often open with "An ethnic Kazakh imam from Altay who was taken to a camp in 2018
has been sentenced to 12 years, his son said." and name the man only further down ("Serik
..., 61, led prayers ..."). The description is a referring phrase like a pronoun whose
antecedent comes later: the person named after it whose own sentence repeats the head noun
("..., an imam, ..."), else the first person named after it who fits it, is not a cited source
and is not introduced by the kin word of the lede's source ("his son said" ... "His son, X,
..."). Fitting is agreement as for a pronoun: a "woman" or "mother" is not a person known to
be male (by pronouns, a title, or a kin word before the name: "His son, X"), and when the lede
cites a relative, a person who is then quoted ("X, who runs a shop, said ...") is most likely
that relative speaking, not the person described.
Only a description that opens a sentence before any person is named is read this way: once
a name is known, "a teacher" is more likely someone else. A wire dateline before it ("ALMATY,
May 18 (Reuters) -", "URUMQI/BEIJING (AP) —", "Almaty, Kazakhstan --") is not part of the
sentence's words.

Once a person is named, a story goes on by definite description: "Erlan Dauletkhan will not
come back soon. In 2019 a court sentenced the 47-year-old tailor to 14 years." "The tailor",
"the 47-year-old", "the former teacher" point back, like "he", to the person the previous
sentences are about (``definite_descriptions``). A kin head ("the son") is someone's relative
and a bare "the man" or "the woman" is as often someone unnamed ("a man came ... the man
said"): those count only with an age ("the 61-year-old man"). A description followed by a
name is a title ("the activist Aigul Serikova"), not a reference back.
"""

from __future__ import annotations

import bisect
import re

from izde.extract import lexicon
from izde.extract.references import (
    PersonIndex,
    antecedent,
    is_cited_source,
    sentence_end,
    speaks,
)

HEADS = (
    r"man|woman|imam|mullah|cleric|teacher|doctor|nurse|herder|herdsman|farmer|poet|writer|"
    r"businessman|businesswoman|entrepreneur|veterinarian|student|graduate|scholar|academic|"
    r"professor|lecturer|historian|mother|father|grandmother|grandfather|retiree|pensioner|"
    r"engineer|driver|trader|merchant|shopkeeper|musician|singer|journalist|blogger|activist|"
    r"accountant|translator|tailor|cook|chef|athlete|wrestler|worker|resident|citizen|"
    r"economist|linguist|anthropologist|sociologist|philosopher|geographer|researcher|"
    r"intellectual|author|editor|publisher|photographer|artist|painter|comedian|actor|actress|"
    r"footballer|boxer|dentist|surgeon|pharmacist|physician|villager|shepherd|nomad|"
    r"widow|widower|housewife|girl|boy|teenager|youth|grandson|granddaughter|son|daughter|"
    r"husband|wife|brother|sister|mechanic|builder|labourer|laborer|vendor|rancher|programmer|"
    r"preacher|believer|pilgrim|refugee|dissident|campaigner|composer|dancer|novelist|"
    r"filmmaker|entertainer|businessperson|"
    # a party to the case a court paper is about: "The defendant was detained at the scene"
    r"defendant|accused|applicant|complainant|convicted\s+person|convict|claimant|appellant|"
    r"petitioner|"
    # compounds naming a trade: "bookseller", "shopkeeper", "shoemaker", "shop owner"
    r"[a-z]*(?:seller|keeper|maker|smith|owner|grower|breeder|dealer|monger)|"
    # and the learned professions by their endings: "gynecologist", "paediatrician",
    # "psychiatrist", "cartographer"
    r"[a-z]{2,}(?:ologist|ician|iatrist|ographer)"
)
_KIN_HEADS = frozenset({"mother", "father", "grandmother", "grandfather", "grandson",
                        "granddaughter", "son", "daughter", "husband", "wife", "brother", "sister",
                        "widow", "widower"})
# heads that as often mean someone not named: only with an age ("the 61-year-old man")
_GENERIC_HEADS = frozenset({"man", "woman", "girl", "boy", "teenager", "youth", "resident",
                            "citizen", "worker", "villager", "believer", "pilgrim", "refugee"})
_AGE = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]year[- ]old"
# "the 47-year-old tailor", "the former teacher", "the 61-year-old": never followed by a
# name (a title) or by "'s" (someone else: "the tailor's wife"); spelled to open with the
# class [Tt] (the word start is checked behind it) so that the engine skips to the next "t"
# at C speed over the whole document (a third faster than "\b[Tt]he", the same matches)
THE_DESCRIPTION = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?:(?P<age>" + _AGE + r")\s*|(?:former|young|elderly|retired|veteran|"
    r"ethnic|Kazakh|Uyghur|Uighur|Kyrgyz|Hui|Tatar|Uzbek|Muslim|jailed|detained|imprisoned|missing|"
    r"exiled|prominent|well-known)\s+){0,3}(?:(?P<head>" + HEADS + r")\b)?"
    r"(?!['’]s\b)(?![ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž])")


# "the older man", "the younger woman": one of two people of that sex the story compares
COMPARED = re.compile(r"[Tt](?<!\w[Tt])he\s+(?P<cmp>younger|older|elder)\s+(?P<head>man|woman)\b"
                      r"(?!['’]s\b)(?![ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž])")


def find_definite_descriptions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, pronoun to resolve it like) of every definite description in ``text``
    that can point back to a named person; made once per document
    (``PersonIndex.descriptions``). A comparative one ("the older man") is resolved as
    ``compared:older:he``."""
    out: list[tuple[int, int, str]] = []
    for m in COMPARED.finditer(text):
        which = "younger" if m.group("cmp") == "younger" else "older"
        out.append((m.start(), m.end(),
                    f"compared:{which}:" + ("he" if m.group("head") == "man" else "she")))
    for m in THE_DESCRIPTION.finditer(text):
        head = (m.group("head") or "").lower()
        if head in _KIN_HEADS and m.group("age") is None:
            out.append((m.start(), m.end(), "kin:" + head))  # "The father, ..., was sentenced"
        elif _points_back(m, head):
            sex = lexicon.noun_sex(head)
            want = "she" if sex == "female" else "he" if sex == "male" else "this"
            out.append((m.start(), m.end(), want))
    out.sort()
    return out


def definite_descriptions(index: PersonIndex, start: int, end: int,
                          floor: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, persons) of each definite description in text[start:end], resolved to
    the person the sentences before its own are about (see the module's docstring)."""
    found = index.descriptions
    lo = bisect.bisect_left(found, (start,))
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for s, e, want in found[lo:]:
        if s >= end:
            break
        if _in_apposition(index, s):
            continue  # "Mr Sadyk, the shopkeeper, was released": the name says who
        if want.startswith("compared:"):
            keys = _compared(index, s, want)
            if keys:
                out.append((s, e, tuple(keys)))
            continue
        if want.startswith("kin:"):
            keys = _kin_named_before(index, s, want[4:])
            if keys:
                out.append((s, e, tuple(keys)))
            continue
        head = _head_word(index.text, s, e)
        party = index.parties.get(head) if index.parties else None
        sentence = _sentence_start(index, s)
        keys = [party] if party else antecedent(index, sentence, want, floor, after=e) \
            if sentence > floor else []
        if not party and sentence > floor:
            keys = _by_trade(index, s, head, keys)
        out.append((s, e, tuple(keys)))
    return out


# trades one person may be called by in turn ("a Uyghur physician ..., the doctor")
_TRADES = ({"doctor", "physician", "surgeon", "medic"},
           {"teacher", "schoolteacher", "lecturer", "professor", "educator"},
           {"trader", "merchant", "businessman", "businesswoman", "entrepreneur", "shopkeeper",
            "vendor", "businessperson"},
           {"herder", "herdsman", "shepherd"},
           {"writer", "author", "novelist"},
           {"imam", "mullah", "cleric", "preacher"},
           {"engineer", "programmer"},
           {"journalist", "reporter", "correspondent"})
_TRADE_OF = {word: frozenset(trade) for trade in _TRADES for word in trade}
# the trade a name is given: ", a software engineer who", ", 63, a retired surgeon", "the
# poet X" (one word before the name)
_TRADE_AFTER = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?P<head>" + HEADS + r")\b")
_TRADE_BEFORE = re.compile(r"\b(?P<head>" + HEADS + r")\s+$")


def _by_trade(index: PersonIndex, pos: int, head: str, keys: list[str]) -> list[str]:
    """"The doctor" is the one person the text gave that trade (or its like) before, when
    the sentences before are about someone else: "Hupur Rozimet ...", "his son, Paziljan,
    a software engineer ...", "Paziljan said ...", "the doctor was sentenced in 2019"."""
    trade = _TRADE_OF.get(head, frozenset({head}))
    if head in _GENERIC_HEADS or head in _KIN_HEADS:
        return keys
    given = _trades_before(index, pos)
    holders = {key for key, words in given.items() if words & trade}
    if len(holders) != 1 or holders & set(keys):
        return keys
    return list(holders)


def _trades_before(index: PersonIndex, pos: int) -> dict[str, set[str]]:
    """Per person, the trade words the text gave them before ``pos``: in apposition, right
    before a name, or as the lede's description of someone named later."""
    text = index.text
    out: dict[str, set[str]] = {}
    for s, e, key in index.spans:
        if s >= pos:
            break
        for m in (_TRADE_AFTER.match(text, e), _TRADE_BEFORE.search(text, max(0, s - 30), s)):
            if m is not None and m.end() <= pos:
                out.setdefault(key, set()).add(m.group("head").lower())
    lede = _lede(index)
    if lede is not None and lede[1] <= pos:
        out.setdefault(lede[2], set()).add(_head_word(text, lede[0], lede[1]))
    return out


def _lede(index: PersonIndex) -> tuple[int, int, str] | None:
    """The description of someone named later that opens the first sentence giving one,
    after any title or header lines."""
    first = index.first_named
    if first is None:
        return None
    for start in index.sent_starts:
        if start >= first:
            break
        lede = lede_description(index, start, first)
        if lede is not None:
            return lede
    return None


KIN_REACH = 400  # characters before "the father" where "his father, X" may name him


def _kin_named_before(index: PersonIndex, pos: int, head: str) -> list[str]:
    """The person a kin-headed description means: the one just introduced by that kin word
    ("... a video appeal for his father, Zhoomart Abdymomunov. The father, ..., was
    sentenced"); none when no one was (a "the son" with no son named is someone unnamed)."""
    lo = max(0, pos - KIN_REACH)
    found: list[str] = []
    for m in re.finditer(r"\b(?:his|her|their|my|our)\s+(?:(?:late|elder|older|younger|"
                         r"eldest|youngest)\s+)?" + head + r"\s*,?\s*", index.text[lo:pos]):
        at = lo + m.end()
        named = index.persons_between(at, at + 1)
        if named and named[0][0] == at:
            found = [named[0][2]]
    return found


COMPARED_REACH = 1500  # characters before "the older man"'s sentence where the two are told
_PARENTS = {"male": ("father", "grandfather"), "female": ("mother", "grandmother")}
_CHILDREN = {"male": ("son", "grandson"), "female": ("daughter", "granddaughter")}


def _compared(index: PersonIndex, pos: int, want: str) -> list[str]:
    """Whom "the older man" or "the younger woman" means: the person of that sex told last
    before its sentence, not one named in its own sentence before it (the one compared with:
    "X, who shared his cell, said guards beat the older man"); when that person's parent or
    child of the same sex is in the story, the older is the parent and the younger the child
    ("his father, X, ... After the video, the younger man was summoned")."""
    _, which, pronoun = want.split(":")
    sex = "male" if pronoun == "he" else "female"
    sentence = _sentence_start(index, pos)
    own = {key for _, _, key in index.persons_between(sentence, pos)}
    last = next((key for _, _, key in reversed(index.persons_between(
        max(0, sentence - COMPARED_REACH), sentence))
        if key not in own and index.gender_of(key) in (sex, None)), None)
    if last is None:
        return []
    told = {key for _, _, key in index.spans}

    def kin(words: tuple[str, ...], inverse: tuple[str, ...]) -> str | None:
        """``last``'s relative of the sex asked by ``words`` ("father"), or by its inverse
        kin word said of them ("his son, X": last is their father, whatever their sex)."""
        said = [key for word in words for key in index.kin.get((last, word), [])]
        said += [owner for (owner, word), keys in index.kin.items()
                 if word in inverse and last in keys and index.gender_of(owner) in (sex, None)]
        return next((key for key in said if key in told and key not in own), None)

    parent = kin(_PARENTS[sex], _CHILDREN["male"] + _CHILDREN["female"])
    child = kin(_CHILDREN[sex], _PARENTS["male"] + _PARENTS["female"])
    if which == "older":
        return [parent] if parent else [last]
    return [child] if child else [last]


def _head_word(text: str, start: int, end: int) -> str:
    return text[start:end].rsplit(None, 1)[-1].lower()


# a comma and nothing else between a name and what stands in apposition to it
APPOSITION_GAP = re.compile(r"\s*,\s*")


def _in_apposition(index: PersonIndex, pos: int) -> bool:
    """Whether the description at ``pos`` stands in apposition right after a name."""
    before = index.persons_between(max(0, pos - 60), pos)
    return bool(before) and APPOSITION_GAP.fullmatch(index.text, before[-1][1], pos) is not None


def _points_back(m: re.Match[str], head: str) -> bool:
    if not head:
        return m.group("age") is not None  # "the 47-year-old"
    if head in _KIN_HEADS:
        return False
    return head not in _GENERIC_HEADS or m.group("age") is not None


# modifiers only between the article and the noun: "An elderly Kazakh herder", not "A court
# in Ghulja sentenced a teacher"
DESCRIPTION = re.compile(
    r"An?\s+(?:(?!(?:a|an|the|in|on|at|of|from|to|by|for|with|was|were|has|had|have|is|are|"
    r"and|or|who|that|which)\b)[\w'’-]+\s+){0,5}?(?P<head>" + HEADS + r")\b(?!['’]s)")
# the same description as the object of a verb before it: "sentenced a Uyghur businessman",
# "gave a suspended sentence to an ethnic Kazakh woman"
OBJECT_DESCRIPTION = re.compile(r"\s*(?i:an?)\s+" + DESCRIPTION.pattern[len("An?\\s+"):])
# a wire dateline: place(s) in capitals or a place and its country, an optional date and
# agency, then a dash: "ALMATY/BEIJING, May 18 (Reuters) - ", "URUMQI (AP) — "
DATELINE = re.compile(
    r"[\s\"“]*(?:[A-Z][\w'’.-]*(?:[ /][A-Z][\w'’.-]*){0,3})"
    r"(?:,\s*[A-Z][\w.]*)?(?:,?\s+[\w.]+){0,3}?(?:\s*\([^()\n]{1,40}\))?\s*(?:--?|—|–)\s*")
_SOURCE_KIN = re.compile(r"\b(?:his|her|their)\s+(?P<kin>son|daughter|wife|husband|brother|"
                         r"sister|mother|father|relatives?|family|lawyer|cousin)\s+"
                         # "his sister in Kazakhstan told RFA"
                         r"(?:(?:in|from|abroad|living\s+in|who\s+lives\s+in)\s+(?:[\w-]+\s+)?"
                         r"(?:[\w-]+\s+)?)?(?:(?:has|have|had)\s+)?(?:said|says|told|confirmed|"
                         r"wrote|written)\b", re.IGNORECASE)
# a kin word introducing a name ("His mother, Aygul ...", "her son Erkin"): its gender
_KIN_BEFORE = re.compile(r"\b(?P<kin>mother|grandmother|wife|daughter|sister|aunt|niece|"
                         r"father|grandfather|husband|son|brother|uncle|nephew)\s*,?\s*$",
                         re.IGNORECASE)
# the relation seen from the other side: the lede's source is "her son", so the person
# described is introduced as "his mother" or "his father"
_CONVERSE: dict[str, tuple[str, ...]] = {
    "son": ("mother", "father"), "daughter": ("mother", "father"),
    "mother": ("son", "daughter"), "father": ("son", "daughter"),
    "wife": ("husband",), "husband": ("wife",),
    "brother": ("brother", "sister"), "sister": ("brother", "sister"),
}
_FEMALE_KIN = frozenset({"mother", "grandmother", "wife", "daughter", "sister", "aunt", "niece"})
# a role set beside the name that is not the described person's: "Bolat Serikov, a judge,"
_OTHER_ROLE = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:judge|prosecutor|lawyer|"
                         r"attorney|spokes(?:man|woman|person)|official|officer|diplomat|minister|"
                         r"ambassador|analyst|expert|"
                         r"reporter|correspondent|investigator|neighbou?r|witness|friend)\b",
                         re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"\b(?P<t>Mr|Mrs|Ms|Miss|Madam)\.?\s+$")
REACH = 2500  # characters after the lede searched for the name


def lede_description(index: PersonIndex, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, person key) of a description opening the sentence at ``start`` (after a
    dateline, if any), when it comes before every name of the document and a later name can
    be found for it."""
    if index.first_named is None or index.first_named < start:
        return None
    m = _described_at(index, start, end)
    if m is None:
        return None
    kin, owner = _source_kin(index.text, m.end())
    key = _named_later(index, m.end(), m.group("head").lower(), kin, owner,
                       index.text[m.start():m.end() + 30])
    at = m.start() + len(m.group()) - len(m.group().lstrip())
    return (at, m.end(), key) if key else None


def _described_at(index: PersonIndex, start: int, end: int) -> re.Match[str] | None:
    """The description opening the sentence at ``start`` (after its dateline, if any), or,
    when ``start`` is inside a sentence, right there as the object of the verb before it."""
    if not _sentence_starts_at(index, start):
        return OBJECT_DESCRIPTION.match(index.text, start, end)
    m = DESCRIPTION.match(index.text, start, end)
    if m is not None:
        return m
    dateline = DATELINE.match(index.text, start, end)
    return DESCRIPTION.match(index.text, dateline.end(), end) if dateline else None


def _sentence_starts_at(index: PersonIndex, pos: int) -> bool:
    """Whether a sentence starts at ``pos`` (always so when sentences are not known)."""
    i = bisect.bisect_left(index.sent_starts, pos)
    return not index.sent_starts or (i < len(index.sent_starts) and index.sent_starts[i] == pos)


def _source_kin(text: str, pos: int) -> tuple[str | None, str | None]:
    """The kin word of the lede's source ("his daughter told RFA") and the described
    person's gender its possessive tells ("his": male)."""
    line_end = text.find("\n", pos)
    hit = _SOURCE_KIN.search(text, pos, line_end if line_end >= 0 else len(text))
    if hit is None:
        return None, None
    pron = hit.group(0).split()[0].lower()
    return hit.group("kin").lower(), {"his": "male", "her": "female"}.get(pron)


def _named_later(index: PersonIndex, pos: int, head: str, kin: str | None,
                 owner: str | None = None, lede: str = "") -> str | None:
    """The described person among those named after ``pos``: one whose own words repeat the
    head noun, else the first introduced as the relative of the lede's source ("her son
    said" ... "His mother, X"), else the first plain mention that fits, else the first quoted
    as a source after the lede's own sentence ("..., said his wife X, who had ...")."""
    plain: list[str] = []
    cited: list[str] = []
    kin_of_source: list[str] = []
    lede_end = index.text.find("\n", pos) % (len(index.text) + 1)
    for s, e, key in index.persons_between(pos, pos + REACH):
        if (s, e) in index.bylines:
            continue  # "by Li Mingxuan" under the lede wrote it
        before = index.text[max(_sentence_start(index, s), s - 30):s]
        if key in plain or key in cited or (kin and re.search(rf"\b{kin}\b", before.lower())
                                            and not _sibling_spoken_of(index, (s, e, key), kin)):
            continue
        if not is_cited_source(index, s, e) and not _trailing_source(index.text, s, e):
            again = re.search(rf"\b{head}\b", index.text[e:_sentence_end(index, e)],
                              re.IGNORECASE)
            if again and not _other_nation(index.text[e:e + again.start()], lede):
                return key
            if _fits(index, (s, e, key), before, head, kin, owner):
                plain.append(key)
                if kin and _introduced_as(before) in _CONVERSE.get(kin, ()) and \
                        not _sibling_spoken_of(index, (s, e, key), kin):
                    kin_of_source.append(key)
        elif s > lede_end:
            cited.append(key)
    found = kin_of_source or plain or cited
    return found[0] if found else None


def _sibling_spoken_of(index: PersonIndex, mention: tuple[int, int, str], kin: str) -> bool:
    """A brother (or sister) named as someone's sibling who does not speak, after a lede that
    cites "his brother": the source's sibling, the person described ("X said he learned that
    his older brother, Y, had been convicted"), not the source."""
    return kin in ("brother", "sister") and not speaks(index, mention) and \
        not is_cited_source(index, mention[0], mention[1])


_LAST_WORD = re.compile(r"([A-Z][\w-]*)\s*$")
# countries a lede may name where a demonym would stand ("A citizen of Kyrgyzstan")
_STAN_COUNTRIES = frozenset({"kyrgyzstan", "kazakhstan", "uzbekistan"})
_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")


def _other_nation(before_head: str, lede: str) -> bool:
    """The head noun repeated after a name carries a nationality the lede's description does
    not ("a Chinese citizen" after "A citizen of Kyrgyzstan"): someone else described so."""
    m = _LAST_WORD.search(before_head)
    if m is None or m.group(1).lower() not in lexicon.DEMONYMS:
        return False
    nations = [w for w in _CAPITALISED.findall(lede) if w.lower() in lexicon.DEMONYMS
               or w.lower() in _STAN_COUNTRIES]
    stem = m.group(1).lower()[:4]
    return bool(nations) and all(w.lower()[:4] != stem for w in nations)


# a source named after what it reports: "Police detained a young man, Askar Serikuly said."
_TRAILING_SOURCE = re.compile(r"\s+(?:said|says|told\s+[^\n.,;:]{1,40}?|wrote|writes|added|"
                              r"recalled|explained|confirmed)\s*[.!?]")


def _trailing_source(text: str, start: int, end: int) -> bool:
    """The name closes its sentence as the source of what comes before it (", X said.")."""
    return text[max(0, start - 2):start].strip() == "," and \
        _TRAILING_SOURCE.match(text, end) is not None


def _introduced_as(before: str) -> str | None:
    """The kin word right before a name ("His mother, Aygul ..."), if any."""
    k = _KIN_BEFORE.search(before)
    return k.group("kin").lower() if k else None


def _fits(index: PersonIndex, mention: tuple[int, int, str], before: str, head: str,
          kin: str | None, owner: str | None = None) -> bool:
    """Whether the person of ``mention`` can be the one the head noun describes: no gender
    against the head's, no role beside the name that makes them someone else (", a judge,",
    ", a neighbour,"), and not a relative quoted after a lede that cites a relative."""
    if _OTHER_ROLE.match(index.text, mention[1]):
        return False
    # (a head of no gender takes the source's possessive: "A Uyghur trader ..., his daughter
    # told RFA": a man, not "her mother, X" named below)
    want = lexicon.noun_sex(head) or owner
    if want is not None and _gender_at(index, mention, before) not in (None, want):
        return False
    return not (kin and speaks(index, mention))


def _gender_at(index: PersonIndex, mention: tuple[int, int, str], before: str) -> str | None:
    """The person's gender as the text tells it: a kin word or title right before the name,
    else what the document's pronouns and titles said of them."""
    k = _KIN_BEFORE.search(before)
    if k:
        return "female" if k.group("kin").lower() in _FEMALE_KIN else "male"
    t = _TITLE_BEFORE.search(before)
    if t:
        return "male" if t.group("t") == "Mr" else "female"
    known = index.gender.get(mention[2])
    if known is not None:
        return known
    # the first pronoun after the name in its sentence, before anyone else is named: "Bahadir
    # Ghayrat, a clothing trader in Istanbul, has received [word] about his mother, X"
    end = _sentence_end(index, mention[1])
    later = index.persons_between(mention[1], end)
    m = _PRONOUN_AFTER.search(index.text, mention[1], later[0][0] if later else end)
    return None if m is None else "male" if m.group(1).lower() in ("he", "his", "him") else \
        "female"


_PRONOUN_AFTER = re.compile(r"\b(he|his|him|she|her)\b", re.IGNORECASE)


def _sentence_start(index: PersonIndex, pos: int) -> int:
    i = bisect.bisect_right(index.sent_starts, pos) - 1
    return index.sent_starts[i] if i >= 0 else index.text.rfind("\n", 0, pos) + 1


def _sentence_end(index: PersonIndex, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (at most 150 characters on)."""
    return min(sentence_end(index, pos), pos + 150)
