"""Who a phrase refers to: a named person, a pronoun, a group ("the two men") or a relative.

Precision matters more than recall here, so resolution is deliberately local:
- a pronoun goes to the nearest earlier person of compatible gender within a window of text
  (the current and recent paragraphs); only a pronoun with no candidate at all looks ahead
  a little (a lede such as "Authorities sentenced him ..." before the name appears);
- "they", "the two men", "the pair" go to the last two persons named together ("X and Y")
  or the two persons of the previous sentence;
- "his brother" goes to the brother of the pronoun's person when the document names one;
  a relative spoken of as a clause's subject ("His sister, who lives abroad, has ...") is the
  antecedent of a following "she" even when unnamed (then the pronoun means nobody);
- "I", "my", "you" and "your" mean the writer of a letter or the guest of an interview
  (``voices``); "we" and "our family" mean nobody in particular;
- another spelling given for a name ("X (also spelled Y)", ``aliases``) is the same person.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from izde.extract import lexicon
from izde.extract.aliases import SPELLING_MATCH, Alias, find_aliases, find_pronoun_aliases
from izde.extract.keywords import DocumentHits
from izde.extract.literals import (
    Folded,
    leading_literals,
    passes,
    required_literals,
    scan,
    with_opening,
)
from izde.extract.names import fathers_name, given_name_gender, kin_name_key, name_form_gender
from izde.extract.parties import find_parties
from izde.extract.spans import at_word_starts, fold, quote_on_line, quote_opened
from izde.extract.voices import QUOTE_OPENS, TIMESTAMP, find_voices

# whose relatives "my uncle, X" names when the first person is never named: no person key
UNNAMED_WRITER = "~writer"
WINDOW = 1500  # characters searched back for an antecedent
LOOKAHEAD = 400
PLURAL_WINDOW = 600  # "they" is often generic: only a recent named pair counts

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
GROUP_RE = with_opening(at_word_starts(
    r"\b(?:the|both|these|those)\s+(?:two|three|four|five|six|pair|couple|men|women|brothers|"
    r"sisters|activists|"
    r"members|asylum[- ]seekers)(?:\s+(?:men|women|activists|members|brothers|sisters))?\b",
    re.IGNORECASE))
# "The defendants were sentenced", "the three accused were given ...": the persons a court
# story listed before; "the accused" alone may be one person, so it needs a number or a
# plural verb
TRIAL_GROUP_RE = with_opening(at_word_starts(
    r"\b(?:the|all|both)\s+(?:(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"defendants\b(?!['’])|(?P<m>two|three|four|five|six|seven|eight|nine|ten)\s+accused\b"
    r"(?!\s+(?:of|him|her|them|the|a|an|his|their|police)\b)|accused\b(?=\s+(?:were|are|have|all|each)\b))",
    re.IGNORECASE))
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
KIN_WORDS = {
    "brother": "sibling", "sister": "sibling", "husband": "spouse", "wife": "spouse",
    "mother": "parent", "father": "parent", "son": "child", "daughter": "child",
}
_KIN_PLURAL = r"|parents|children|sons|daughters|brothers|sisters|siblings|relatives|family"
# in-law forms before their head noun, which would otherwise match first
_KIN_NOUN = (r"(?:father|mother|brother|sister|son|daughter)-in-law|grandmother|grandfather|"
             r"grandson|granddaughter|uncle|aunt|cousin|nephew|niece|"
             r"brother|sister|husband|wife|mother|father|son|daughter" + _KIN_PLURAL)
# words between a possessive and its kin noun ("his older brother"), never a clause boundary
# or another pronoun ("told him that his family ...": the family is not "him")
_KIN_GAP = (r"(?:(?!(?:that|who|whom|which|and|or|but|was|is|were|are|had|has|he|she|it|they|"
            r"him|her|his|its|them|their|my|our|your|me|us|you)\b)[\w-]+\s+){0,2}?")
# a possessive followed by a word that is not its noun: "told her three times", "saw her again"
_NOT_NOUN = (r"was|is|has|had|were|to|in|at|on|for|from|with|by|and|or|but|as|that|after|"
             r"before|since|until|when|again|too|out|back|up|down|away|off|into|about|he|she|"
             r"against|onto|over|under|through|behind|beside|toward|towards|without|because|"
             r"while|then|there|where|during|"
             r"they|it|we|i|you|if|not|no|a|an|the|once|twice|three|four|five|six|seven|eight|"
             r"nine|ten|several|many|repeatedly|yesterday|today|overnight|every|each|"
             # a time after the object, not "her two sons": "visited her two months earlier"
             r"(?:one|two)\s+(?:days?|weeks?|months?|years?|hours?|times)|"
             r"(?:last|next|this|that)\s+(?:week|month|year|night|time|spring|summer|autumn|"
             r"fall|winter|morning|evening)|"
             # the object of an order told with its participle: "ordered her expelled"
             r"(?:deported|expelled|extradited)(?=\s*(?:[.,;]|to\b|from\b|$))")
# "my sister's husband" is not "my sister" (but "his brother's sentence" is the brother's)
_NOT_KIN_OF_KIN = r"(?!['’]s\s+(?:" + _KIN_NOUN + r")\b)"
# a named person's relative: "Dosbol's son", "Kasenova's late husband"
POSS_KIN = re.compile(
    r"(?:'s|’s)\s+(?:(?:[\w-]+)\s+){0,2}?(brother|sister|husband|wife|mother|father|son|daughter|"
    r"parent|child|children|relative|family|sibling)s?\b", re.IGNORECASE)
APOSTROPHES = ("'", "’")  # what ``POSS_KIN`` opens with


def kin_after(text: str, end: int) -> re.Match[str] | None:
    """The relative a name ending at ``end`` owns ("Dosbol's son"), if any (most names are no
    possessive: a test of the next character rules them out)."""
    return POSS_KIN.match(text, end, min(len(text), end + 40)) if text.startswith(
        APOSTROPHES, end) else None
# what the first or second person owns and an event can take away: "my passport was seized"
POSSESSIONS = r"passports?|documents|papers|ID|identity\s+(?:card|documents)|phone"
# searched again and again over the words before each trigger: see ``spans.at_word_starts``
# and ``literals.with_opening`` (every match starts with a letter of "I", "me", "he", ...)
REF_RE = with_opening(at_word_starts(
    r"\b(?P<first>(?-i:I)|me)\b"
    r"|\b(?P<we>we|(?-i:us|Us))\b"
    r"|\b(?P<you>you)\b"
    r"|\b(?P<own>my|our|your)\b(?:\s+" + _KIN_GAP + r"(?P<okin>" + _KIN_NOUN + r")\b"
    + _NOT_KIN_OF_KIN + r"|\s+(?P<thing>" + POSSESSIONS + r")\b)?"
    r"|\b(?P<pron>he|him|she|they|them)\b"
    r"|\b(?P<poss>his|her|their)\b(?:\s+" + _KIN_GAP + r"(?P<kin>" + _KIN_NOUN + r")\b"
    + _NOT_KIN_OF_KIN + r"|(?P<det>)(?=\s+(?!(?:" + _NOT_NOUN + r")\b)[a-z]))?"
    r"|(?P<this>\bthis\s+(?:person|man|woman)\b)", re.IGNORECASE))


@dataclass
class PersonIndex:
    """Person mentions of one document, sorted, with what is known about each person."""

    text: str
    spans: list[tuple[int, int, str]]  # (start, end, person key)
    gender: dict[str, str] = field(default_factory=dict)
    kin: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (key, kinword) -> keys
    narrator: str | None = None  # "My name is X": whom "my" refers to in a testimony
    sent_starts: list[int] = field(default_factory=list)  # sorted sentence starts
    # names in bylines and credits: the writers, never "he" or "she" of the story
    bylines: set[tuple[int, int]] = field(default_factory=set)
    # names in a case sheet's testifier and family fields ("Testimony by: X (daughter)"):
    # who told the record or who else it lists, not whom its summary's "she" means
    fielded: set[tuple[int, int]] = field(default_factory=set)
    # whom a case sheet is about (its "Name:" field): its free text's "she" when no one else
    sheet_subject: str | None = None

    def __post_init__(self) -> None:
        self.spans.sort()
        self.aliases, self.alias_spans = _join_aliases(self)
        self._starts = [s for s, _, _ in self.spans]
        # what is read from the spans per key (``first_at``, ``full_names``), and the spans
        # it was read from (``_per_key``)
        self._keyed: dict[str, dict[str, Any]] = {}
        self._keyed_from: list[tuple[int, int, str]] | None = None
        given_narrator = self.narrator
        self._read_voices(given_narrator)
        # is_cited_source depends on the text alone; every trigger asks it again for the
        # names before it, so each answer is kept
        self.cited: dict[tuple[int, int], bool] = {}
        self.memo: dict[tuple[Any, ...], Any] | None = None
        # positions of "my"/"our" whose speaker is being looked up (``_owner``): the speaker
        # of a quotation may be a pronoun whose antecedent is a relative that quotation's
        # "my" names, which would look the same speaker up again
        self.owning: set[int] = set()
        # positions in quotations whose speaker is being looked up (``_spoken_of_by_namesake``)
        self.speaking: set[int] = set()
        if _join_pronoun_aliases(self):
            self._read_voices(given_narrator)  # a speaker's key may have changed

    def _read_voices(self, narrator: str | None) -> None:
        self.labels = {(s, e) for s, e, _ in self.spans if is_speaker_label(self.text, s, e)
                       } if ":" in self.text else set()  # (a label has its colon)
        self.voices = find_voices(self.text, self.spans)
        # a label or "I, X," names the speaker, who is "I": never a later "he" or "she"
        self.self_naming = self.labels | self.voices.self_named | self.bylines | self.fielded
        self.narrator = narrator or _sole_label_speaker(self) or self.voices.writer

    def settle(self) -> None:
        """Declare what is known of the persons (gender, kin, narrator) final, so that
        answers derived from it may be kept (``memo``): the event rules ask for the same
        referring phrases of a sentence once per trigger, and the merge asks again."""
        self.memo = {}

    @cached_property
    def unnamed_kin(self) -> list[tuple[int, str, str, str]]:
        """Relatives mentioned without a name, with their gender (``unnamed_kin``)."""
        return unnamed_kin(self)

    @cached_property
    def descriptions(self) -> list[tuple[int, int, str]]:
        """Definite descriptions that may point back to a named person ("the 47-year-old
        tailor"), found once per document (``descriptions.find_definite_descriptions``)."""
        from izde.extract.descriptions import find_definite_descriptions  # imports this

        return find_definite_descriptions(self.text)

    @cached_property
    def parties(self) -> dict[str, str]:
        """The persons a court paper names as parties ("Claimant: X"), by party noun
        (``parties.find_parties``)."""
        return find_parties(self.text, self.spans)

    @cached_property
    def folded(self) -> str:
        """The text folded for substring tests (``spans.fold``), made once per document."""
        return fold(self.text)

    @cached_property
    def keyword_hits(self) -> DocumentHits:
        """The keywords modules look for over the whole document (trigger and charge stems,
        kin, role and activity words), found in one pass (``keywords.DocumentHits``)."""
        return DocumentHits(self.folded)

    @cached_property
    def found(self) -> Folded:
        """The folded text with where the words that open patterns occur, each looked for
        once per document (``literals.scan`` over any window of the text)."""
        return Folded(self.folded)

    def gender_of(self, key: str) -> str | None:
        """The sex a surname's form gives ("... kyzy", "Serikova"), else the gender the text
        gives ``key``, else the one its given name bears ("Aigul"): a woman is never "him"
        even when no pronoun or kin word says she is one."""
        return self._form_genders.get(key) or self.gender.get(key) or \
            self._name_genders.get(key)

    @cached_property
    def _form_genders(self) -> dict[str, str]:
        """The sex a surname's form gives ("Tynychbek kyzy", "Zhandarbekkyzy", "Serikova"):
        it outweighs pronouns read near the name, which may be someone else's ("Tynychbek
        kyzy said. 'He prayed. He is a Muslim.'")."""
        out: dict[str, str] = {}
        for start, end, key in self.spans:
            words = self.text[start:end].split()
            g = name_form_gender(words[-1]) if len(words) > 1 else None
            if g and out.setdefault(key, g) != g:
                out[key] = ""
        return {k: g for k, g in out.items() if g}

    @cached_property
    def _name_genders(self) -> dict[str, str]:
        out: dict[str, str] = {}
        # a lone word of a person also named in full is mostly the surname ("Bekbolat's
        # cousin" of "Zhanar Bekbolat"), which says nothing of her sex
        full = {key for start, end, key in self.spans if " " in self.text[start:end].strip()}
        for start, end, key in self.spans:
            words = self.text[start:end].split()
            if len(words) < 2 and key in full:
                continue
            g = given_name_gender(words[0], by_ending=len(words) > 1) or (
                name_form_gender(words[-1]) if len(words) > 1 else None)  # "... Zhandarbekkyzy"
            if g and out.setdefault(key, g) != g:
                out[key] = ""  # "Gulbek"-like conflicts: no evidence
        return {k: g for k, g in out.items() if g}

    def _per_key(self, what: str, read: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """``read()``, kept until the spans are replaced (``_join_pronoun_aliases`` renames
        keys after a lookup may already have asked)."""
        if self._keyed_from is not self.spans:
            self._keyed, self._keyed_from = {}, self.spans
        if what not in self._keyed:
            self._keyed[what] = read()
        return self._keyed[what]

    def full_names(self) -> dict[str, tuple[str, ...]]:
        """Each person's fullest name as the text writes it, in words (honorifics and a
        possessive "'s" left out)."""
        def read() -> dict[str, Any]:
            out: dict[str, Any] = {}
            for start, end, key in self.spans:
                words = tuple(w for w in _NAME_WORD.findall(self.text, start, end)
                              if w not in _NAME_TITLES)
                if len(words) > len(out.get(key, ())):
                    out[key] = words
            return out

        return self._per_key("names", read)

    @cached_property
    def first_named(self) -> int | None:
        """Where the story first names a person (a byline names its writer, not a person of
        the story); None when it names none."""
        return next((s for s, e, _ in self.spans if (s, e) not in self.bylines), None)

    def first_at(self, key: str) -> int:
        """Where the text first names ``key`` (its length when never)."""
        def read() -> dict[str, Any]:
            first: dict[str, Any] = {}
            for s, _, k in self.spans:
                first.setdefault(k, s)
            return first

        return int(self._per_key("first", read).get(key, len(self.text)))

    def persons_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self.spans[lo:hi]

    def names_between(self, start: int, end: int) -> bool:
        """Whether a person mention starts in ``[start, end)``: ``persons_between`` for a
        yes or no, without the list (asked for every sentence, over 1,900 characters)."""
        i = bisect.bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end

    def person_at(self, start: int, end: int) -> str | None:
        hits = self.persons_between(start, end)
        return hits[0][2] if hits else None


def _join_aliases(index: PersonIndex) -> tuple[dict[str, str], list[tuple[int, int, str]]]:
    """Mentions that a cue calls another spelling of the name before them ("X (also spelled
    Y)") take that person's key. Returns the keys given up (old key -> kept key) and every
    alias span with its person, including spellings that were no person mention."""
    found = find_aliases(index.text, [e for _, e, _ in index.spans]) + _slashed(index)
    if not found:
        return {}, []
    by_end = {e: k for _, e, k in index.spans}
    starts = [s for s, _, _ in index.spans]
    renamed: dict[str, str] = {}
    spans: list[tuple[int, int, str]] = []
    for a in found:
        main = renamed.get(by_end[a.after], by_end[a.after])
        spans.append((a.start, a.end, main))
        i = bisect.bisect_left(starts, a.start)
        hit = index.spans[i] if i < len(starts) and starts[i] < a.end else None
        if hit is not None and hit[2] != main and hit[2] not in renamed:
            renamed[hit[2]] = main
    _same_spelling_elsewhere(index, spans, renamed)
    index.spans = [(s, e, renamed.get(k, k)) for s, e, k in index.spans]
    return renamed, spans


# "| Ai'erlan Sapa'er / Erlan Saparuly | 1979 |": a roster's cell giving one person's name in
# two forms, the slash closing nothing but the cell or the line
_SLASH = re.compile(r"[ \t]+/[ \t]+")
_CELL_END = re.compile(r"[ \t]*(?:\||\n|$)")


def _slashed(index: PersonIndex) -> list[Alias]:
    """Two full names set apart by a slash alone in a table cell or on a line of their own
    (``_SLASH``, ``_CELL_END``): the second is another form of the first."""
    text = index.text
    if " / " not in text:
        return []
    out: list[Alias] = []
    for (s1, e1, _), (s2, e2, _) in zip(index.spans, index.spans[1:], strict=False):
        if (_SLASH.fullmatch(text, e1, s2) and _CELL_END.match(text, e2)
                and " " in text[s1:e1].strip() and " " in text[s2:e2].strip()):
            out.append(Alias(e1, s2, e2))
    return out


def _same_spelling_elsewhere(index: PersonIndex, aliases: list[tuple[int, int, str]],
                             renamed: dict[str, str]) -> None:
    """A person whose every mention is spelled exactly as an alias the text gave someone
    ("X, who uses the surname Tashtanbekov" ... "Mr. Tashtanbekov said") is that someone."""
    owner = {index.text[s:e]: k for s, e, k in aliases}
    spellings: dict[str, set[str]] = {}
    for s, e, k in index.spans:
        spellings.setdefault(k, set()).add(index.text[s:e])
    for key, texts in spellings.items():
        if len(texts) == 1 and key not in renamed:
            main = owner.get(next(iter(texts)))
            if main is not None and main != key:
                renamed[key] = renamed.get(main, main)


def _join_pronoun_aliases(index: PersonIndex) -> bool:
    """Names given through a possessive ("the Chinese transliteration of his name, Y") take
    the key of the person the possessive means, when ``antecedent`` finds exactly one;
    each such name becomes an alias span of that person. Whether any key changed."""
    changed = False
    for a in find_pronoun_aliases(index.text):
        owners = antecedent(index, a.pronoun, a.word)
        if len(owners) != 1:
            continue
        owner = _spelled_owner(index, a.start, a.end, owners[0])
        index.alias_spans.append((a.start, a.end, owner))
        hit = index.person_at(a.start, a.end)
        if hit is not None and hit != owner:
            index.aliases[hit] = owner
            index.aliases.update({old: owner for old, kept in index.aliases.items()
                                  if kept == hit})
            index.spans = [(s, e, owner if k == hit else k) for s, e, k in index.spans]
            changed = True
    return changed


def _spelled_owner(index: PersonIndex, start: int, end: int, owner: str) -> str:
    """Whose other name ``text[start:end]`` is, when the name itself says: a pronoun may
    point at the wrong man ("... with his younger brother, Orazaly Kadyrbekuly ... A court
    notice gives his name in Chinese as Saersenbai Kadierbieke"), but a name that spells one
    person of the document and not the pronoun's is that person's (``compare_names`` at
    ``aliases.SPELLING_MATCH``)."""
    from izde.resolve.names import SAME_THRESHOLD, compare_names  # resolution builds on it

    alias = index.text[start:end]
    names: dict[str, set[str]] = defaultdict(set)  # each person's full names, the alias aside
    for s, e, k in index.spans:
        if not (s < end and start < e) and " " in index.text[s:e].strip():
            names[k].add(index.text[s:e])
    spelled = {k: max(compare_names(n, alias).score for n in ns) for k, ns in names.items()}
    if spelled.get(owner, 0.0) >= SPELLING_MATCH:
        return owner
    best = max((k for k in spelled if k != owner), key=lambda k: (spelled[k], k), default=None)
    if best is None:
        return owner
    # a loose spelling of another ("Nurbakyt Ermekbaev" for Nurbakyt Ermekbaiuly), when the
    # pronoun's man has another given name ("which names him as ...": him, his brother)
    if spelled[best] >= SPELLING_MATCH or (spelled[best] >= SAME_THRESHOLD
                                           and spelled.get(owner, 0.0) < _OTHER_NAME):
        return best
    return owner


_OTHER_NAME = 0.5  # ``compare_names`` below which two full names are two people's


_LABEL_COLON = re.compile(r"[ \t]*:")


def is_speaker_label(text: str, start: int, end: int) -> bool:
    """The mention labels a transcript or interview line ("Gulnar Tursyn: My husband ..."):
    it opens the line and a colon follows."""
    return (_LABEL_COLON.match(text, end) is not None
            and _LINE_HEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None)


_LINE_HEAD = re.compile(r"[ \t]*(?:" + TIMESTAMP + r")?")  # blanks, perhaps a time code


def label_speaker_at(index: PersonIndex, pos: int) -> str | None:
    """The person whose label opens the line holding ``pos``: whom its "I" and "my" mean;
    in an interview's answer ("A: ..."), its guest."""
    lo = index.text.rfind("\n", 0, pos) + 1
    first = index.persons_between(lo, min(pos, lo + 80))
    if first and (first[0][0], first[0][1]) in index.labels:
        return first[0][2]
    if index.voices.qa_lines and index.voices.turn_at(pos) == "a":
        return index.voices.guest
    return index.voices.speaker_at(pos)


def first_person_at(index: PersonIndex, pos: int) -> str | None:
    """Whom "I" and "my" at ``pos`` mean: the label on the line (or an interview's guest in
    an answer), else the speaker whose transcript turn, opened by a label on an earlier line,
    ``pos`` continues; in a turn of a role ("CHAIR:", "HOST:") nobody known; in a quotation
    with a named speaker ('"That is my father," says Ma'), that speaker; else the narrator of
    the text."""
    found = label_speaker_at(index, pos)
    if found or index.voices.in_turn(pos):
        return found
    block = index.voices.block_at(pos)
    if block is not None:
        return block[2]  # a letter quoted whole: its signer, else nobody known
    quoted = quote_speaker(index, pos, 0)
    if quoted:
        return quoted[0]
    return None if _said_by_another(index, pos) else index.narrator


def _said_by_another(index: PersonIndex, pos: int) -> bool:
    """``pos`` lies inside a quotation that "he said" or "she said" closes: someone the text
    has not named speaks ('"They took my passport," he said.', his "my", not the writer's)."""
    text = index.text
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos) % (len(text) + 1)
    if quote_opened(text, lo, pos) is None:
        return False
    close = _quote_close(text, pos, hi)
    m = _SPEAKER_AFTER.match(text, close + 1, hi) if close >= 0 else None
    return m is not None and bool(m.group("p1") or m.group("p2"))


_SPEECH_VERB = r"(?:said|says|recalled|recalls|added|explained|told\s+[\w\s]{1,30}?|wrote|writes)"
_SPEAKER_AFTER = re.compile(r"\s*(?:" + _SPEECH_VERB + r"\s+(?P<p1>he|she)\b|(?P<p2>he|she)\s+"
                            + _SPEECH_VERB + r"\b|(?:" + _SPEECH_VERB + r"\s+)?(?=[A-Z]))")
# the name is the subject of the verb that introduces the quotation: 'Aigul told RFA: "...'
_SPEAKER_BEFORE = re.compile(r"\s*(?:,[^,“\"]{0,60},\s*)?" + _SPEECH_VERB
                             + r"\b[^“\"]{0,30}?[:,]?\s*$")


def quote_speaker(index: PersonIndex, pos: int, floor: int) -> list[str]:
    """Who speaks a quotation that ``pos`` lies inside ('"They took me away," Aigul said.',
    'Aigul said: "They took me away."', '"..." she recalled'): the person its "I" and "me"
    are. Empty when ``pos`` is not inside a quotation of the paragraph or no speaker is named."""
    text = index.text
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos) % (len(text) + 1)
    opened = quote_opened(text, lo, pos)
    if opened is None:
        return []
    intro = index.persons_between(lo, opened)
    if intro and _SPEAKER_BEFORE.match(text, intro[-1][1], opened):
        return [intro[-1][2]]
    close = _quote_close(text, pos, hi)
    if close < 0:
        return []
    m = _SPEAKER_AFTER.match(text, close + 1, hi)
    if m is None:
        return _continued_speaker(index, lo, opened, floor)
    pron = m.group("p1") or m.group("p2")
    if pron:
        # whom "he said" after a quotation means: not one the quotation names ('"Altynbek slept
        # two beds away. The guards beat him," he said': the teller named before it)
        said = m.start("p1") if m.group("p1") else m.start("p2")
        quoted = {k for _, _, k in index.persons_between(opened, close)}
        found = antecedent(index, said, pron, floor)
        if quoted and set(found) <= quoted:
            return antecedent(index, opened, pron, floor)
        return found
    title = _TITLE.match(text, m.end())  # '..." Mr Yasin says'
    at = title.end() if title else m.end()
    named = index.persons_between(at, min(hi, at + 60))
    return [named[0][2]] if named and named[0][0] == at else []


_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+")


def _continued_speaker(index: PersonIndex, lo: int, opened: int, floor: int) -> list[str]:
    """A quotation with no speaker of its own, after one of the same paragraph whose speaker
    is named ('"They beat me," Sadyrbaev told Eurasianet in the village where he now lives.
    "They kept me on an iron chair."'), is that speaker's, when nobody else is named since."""
    found = _closing_speaker(index, lo, opened, opened, floor)
    return _speaker_of_paragraph_before(index, lo, opened, floor) if found is None else found


def _closing_speaker(index: PersonIndex, start: int, end: int, opened: int, floor: int
                     ) -> list[str] | None:
    """The speaker of the last quotation that closes in ``start``..``end``, when nobody else
    is named between its close and ``opened``; None when no quotation closes there."""
    text = index.text
    close = max(text.rfind("”", start, end), text.rfind('"', start, end))
    if close <= start or quote_opened(text, start, close) is None:
        return None
    before = quote_speaker(index, close - 1, floor) if close - 1 > start else []
    if len(before) != 1:
        return []
    named = {k for _, _, k in index.persons_between(close, opened)}
    return before if named <= set(before) else []


def _speaker_of_paragraph_before(index: PersonIndex, lo: int, opened: int,
                                 floor: int) -> list[str]:
    """A paragraph's first quotation, with no speaker of its own and opening a sentence, goes
    on with the speaker whose quotation closed the paragraph before ('... Nurehmet said. "He
    asked about my job." // When she said no, his tone changed. "He said: ..."'), when nobody
    else is named since."""
    text = index.text
    lead = text[lo:opened].rstrip()
    if lead and lead[-1] not in ".!?":  # 'The officer told her: "..."' is the officer's
        return []
    end = lo
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    if end <= max(start, floor):
        return []
    return _closing_speaker(index, start, end, opened, floor) or []


def _quote_close(text: str, pos: int, hi: int) -> int:
    """Where the quotation that ``pos`` lies inside closes before ``hi``, or -1."""
    return min((i for i in (text.find("”", pos, hi), text.find('"', pos, hi)) if i >= 0),
               default=-1)


def addressee_at(index: PersonIndex, pos: int) -> str | None:
    """Whom "you" and "your" at ``pos`` mean: the guest, in an interview's question; the
    person a letter is written to, outside quotations (a quoted "you" is someone else's)."""
    voices = index.voices
    if voices.qa_lines and voices.turn_at(pos) == "q":
        return voices.guest
    in_turn = voices.in_turn(pos)
    if not in_turn and voices.addressee is None:
        return None
    if quote_on_line(index.text, pos) is not None:
        return None
    party = voices.other_party(pos) if in_turn else None  # a transcript's other speaker
    return party if party is not None else voices.addressee


def _sole_label_speaker(index: PersonIndex) -> str | None:
    """In an interview or transcript whose answers carry one person's name as label, that
    person is the narrator of the whole text (interviewers are labelled by outlet, "RFA:")."""
    keys = {k for s, e, k in index.spans if (s, e) in index.labels}
    return keys.pop() if len(keys) == 1 else None


# a relative clause that tells what its person says of himself: ", who says he ..."
_WHO_SAYS = re.compile(r",\s+who\s+(?:says|said|claims|claimed|recalls|recalled|insists|"
                       r"insisted)\s+(?:that\s+)?$")


def antecedent(index: PersonIndex, pos: int, pronoun: str, floor: int = 0, *,
               kin_depth: int = 0, after: int | None = None) -> list[str]:
    """The person a singular pronoun at ``pos`` most likely refers to (empty when unsure).

    Within its own sentence the nearest earlier compatible person; otherwise the first
    compatible person (the likely subject) of the nearest earlier sentence that has one.
    ``after``: where the referring phrase ends, when it is a description resolved from its
    sentence's start ("The 68-year-old had been held": its verb follows there).
    """
    low = pronoun.lower()
    if low in PLURAL:
        return plural_antecedent(index, pos, floor)
    want = "male" if low in MALE else "female" if low in FEMALE else None
    lo = max(floor, pos - WINDOW)

    speaker = _speaker_of_turn(index, pos)
    telling = _cited_after(index, pos) if low in ("he", "she") else set()
    quoted = quote_speaker(index, pos, floor) if (
        want and low not in ("he", "she") and kin_depth == 0) else []
    if quoted:
        # '"They beat him with a rubber stick," said Ysmanov': the one quoted says "me" of
        # himself, so a quotation's "him" or "her" is someone else (a speaker named after it,
        # not one a pronoun gives: '"The police beat him ...," he said' may be a friend)
        hi = index.text.find("\n", pos) % (len(index.text) + 1)
        sayers = {k for s, e, k in index.persons_between(pos, hi) if is_cited_source(index, s, e)}
        telling = telling | (set(quoted) & sayers)

    def fits(key: str) -> bool:
        return key != speaker and key not in telling and (
            want is None or (index.gender_of(key) or want) == want)

    account = _account_teller(index, pos) if want else None
    if account is not None and fits(account):
        lo = max(lo, index.text.rfind("\n", 0, pos) + 1)  # the point's own sentences only
    else:
        account = None
    bounds = _sentence_bounds(index, pos, lo)
    if index.first_named is not None and pos < index.first_named and \
            _TWO_UNNAMED.search(index.text, bounds[0][0], pos):
        return []  # "The son of a Uyghur imam who died weeks after his release ...", before
        # anyone is named: two people are described, and the first named after may be either
    if low in ("he", "she"):
        to_kin = _sayer_to_kin(index, bounds[0][0], pos)
        if to_kin is not None and fits(to_kin):
            return [to_kin]  # "X told his father that he was 'not allowed to leave'": X
    if want and index.first_named is not None and bounds[0][0] <= index.first_named:
        # "An ethnic Kazakh woman who says she spent 19 months in a camp ...": the lede's
        # description, named further down, is whom its own clause's "she" means
        from izde.extract.descriptions import lede_description  # it builds on this module
        described = lede_description(index, bounds[0][0], pos)
        if described is not None and described[1] <= pos and fits(described[2]) and \
                "," not in index.text[described[1]:pos]:  # its own clause, not "..., while"
            return [described[2]]
    if want and _described_unnamed(index.text, max(bounds[0][0], pos - 120), pos, want):
        return []  # "a video about a Kazakh woman who said she had been sterilised": hers
    if want and low in _OBJECTS:
        told = _told_that(index, bounds[0][0], pos, want)
        if told is not None and fits(told):
            return [told]  # "he told his son that guards had beaten him": him is he
    if want and kin_depth < KIN_DEPTH:
        teller = _teller_of_sentence(index, bounds[0][0], pos, want)
        if teller is not None:  # "He said they told him ...": him is he
            return antecedent(index, teller, index.text[teller:teller + 3].strip(), floor,
                              kin_depth=kin_depth + 1)
    speaking = want is not None and _SPEECH_AFTER_PRONOUN.match(index.text, pos + len(pronoun))
    says = _WHO_SAYS.search(index.text, max(lo, pos - 60), pos) if want else None
    if says is not None:  # '..., said Ilimbek Asanbekov, who says he was held in the same
        # camp': the one the relative clause is about says it of himself
        sayer = [k for s, e, k in index.persons_between(max(lo, says.start() - 80), says.start())
                 if e == says.start()]
        if sayer and fits(sayer[-1]):
            return [sayer[-1]]
    for i, (start, end) in enumerate(bounds):
        found = [(s, e, k) for s, e, k in _as_relatives(index, start, end, want)
                 if fits(k) and (s, e) not in index.self_naming
                 and not (i > 0 and _in_written_words(index, s))
                 and not (i == 0 and (is_cited_source(index, s, e)
                                      or _addressed_before(index, start, s, e, pos)
                                      or (low in _OBJECTS
                                          and _CLAUSE_MATE.fullmatch(index.text, e, pos)
                                          and _an_object(index.text, pos, low))
                                      or (low in _OBJECTS and _an_object(index.text, pos, low)
                                          and _kin_of_subordinate_subject(index, start, s))
                                      or _KIN_OF_APPOSED.search(index.text, max(start, s - 40),
                                                                s) is not None))
                 and not (i > 0 and want is not None and _in_plural_subject(index.text, s, e))
                 and not (i > 0 and _dies_here(index, e, end)
                          and not _of_death(index, bounds[0][0], pos)
                          and not _BEFORE_THEN.match(index.text, pos + len(pronoun)
                                                     if after is None else after))]
        if not found and i == 0 and index.descriptions and kin_depth < KIN_DEPTH:
            # "The 68-year-old had been held ... and was ill when she was released": the
            # description opening the clause is whom its "she" means
            subject_of = _described_before(index, start, pos, floor, kin_depth)
            if subject_of and all(fits(k) for k in subject_of):
                return subject_of
        if i > 0 and want and kin_depth < KIN_DEPTH:
            # no one named in an earlier sentence that "he" opens: the pronoun goes on with
            # that sentence's subject ("In February 2018 he traveled to Akqi to see his father.
            # According to his wife, police took his passport": his, the one who traveled)
            opening = _SUBJECT_PRONOUN.match(index.text, start) if (
                start == 0 or not index.text[start - 1].isalnum()) else None  # not cut
            if opening is not None and opening.start("p") < end and (
                    {opening.group("p").lower(), low} <= MALE
                    or {opening.group("p").lower(), low} <= FEMALE) and (
                    not found or speaking or (_narrated(index.text, start)
                                              and all(speaks(index, f) for f in found))
            ) and not _spoken_of_by_namesake(
                        index, opening.start("p"), pos, want):
                # (also over a name the sentence has after its verb, when the pronoun speaks
                # next: "He still answers calls, in case they bring news of Nurmemet. '...,'
                # he says": he, again; and over the one it cites: "He spent 20 months in a
                # camp, Nurqasim said. / Since his release he ...": he, the one who spent them)
                return antecedent(index, opening.start("p"), opening.group("p"), floor,
                                  kin_depth=kin_depth + 1)
        if i > 0 and want and found and not speaking and kin_depth < KIN_DEPTH and all(
                is_cited_source(index, f[0], f[1]) or _says_after(index, f) for f in found):
            # "..., he was detained by police in Chapchal, Tasbolatuly said. Relatives later
            # learned that he was being held in a camp": the story's "he" goes on, not the
            # one who tells it
            going_on = [p for p in _SUBJECT_IN_CLAUSE.finditer(index.text, start, found[0][0])
                        if (p.group("p").lower() in MALE) == (want == "male")
                        and quote_on_line(index.text, p.start()) is None]
            if going_on:
                return antecedent(index, going_on[-1].start("p"), going_on[-1].group("p"),
                                  floor, kin_depth=kin_depth + 1)
        nearest = i == 0 or bool(found and speaks(index, found[0]))
        kin = _kin_first(index, start, end, want, found, nearest, kin_depth,
                         pos if speaking else None, pos) if (
            want and kin_depth < KIN_DEPTH) else None
        if kin is not None:
            return kin  # "His sister, who lives abroad, ... . She was summoned": the relative
        if found:
            if speaking and i > 0:  # "X, who heads ..., said police summoned him. He said": X
                cited = [f for f in found if is_cited_source(index, f[0], f[1])
                         or speaks(index, f)]
                if len({f[2] for f in cited}) == 1:
                    return [cited[0][2]]
            if nearest:
                return [found[-1][2]]
            subject = _pronoun_subject(index, start, found, low, floor, kin_depth)
            if subject:
                return subject
            chained = _chained(index, start, end, found, low, floor, kin_depth)
            if chained:
                return chained
            uncited = [f for f in found if not is_cited_source(index, f[0], f[1])]
            # "Nurmaganbet's film follows Kulyash": the owner of a thing is not the subject
            acting = [f for f in uncited or found if not _OWNS_THING.match(index.text, f[1])]
            headed = [f for f in acting if not _names_the_head(index, f, found, start)]
            return [(headed or acting or uncited or found)[0][2]]
    if account is not None:
        return [account]  # "His father was released": the testifier's, in a retold account
    far = _far_antecedent(index, pos, lo, floor, want, fits) if want and lo > floor else None
    if far:
        return far
    kin_before = KIN_PHRASE.search(index.text, bounds[0][0], pos)
    if want and index.sheet_subject is not None and fits(index.sheet_subject) and \
            not kin_before:
        return [index.sheet_subject]  # a case sheet's summary goes on about its subject
    named = any((s, e) not in index.bylines for s, e, _ in index.persons_between(lo, pos))
    if named or kin_before:
        return []  # "My sister ..., then she vanished": the pronoun is the unnamed relative
    # (not a byline: "... Told Her To Keep Quiet / By Aikokul Sheralieva" is no one's "her")
    ahead = [a for a in index.persons_between(pos, pos + LOOKAHEAD)
             if (a[0], a[1]) not in index.bylines]
    return [ahead[0][2]] if ahead and fits(ahead[0][2]) else []


# someone described and not named, then a relative clause the pronoun opens: "a Kazakh
# woman who said she had been sterilised", "an elderly man who says his son was taken"
_DESCRIBED_WHO = re.compile(
    r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?P<noun>woman|girl|mother|widow|wife|"
    r"daughter|sister|grandmother|man|boy|father|widower|husband|son|brother|grandfather|"
    r"person|detainee|prisoner|inmate|survivor|witness|teacher|student|farmer|herder|trader|"
    r"driver|doctor|imam|relative|resident|refugee)\s+(?:who|whom)\s+"
    r"(?:(?:says|said|claims|claimed|told\s+\w+|recalled|recalls|believes|believed|"
    r"thinks|thought|alleges|alleged|explained|added)\s+)?(?:that\s+)?$", re.IGNORECASE)


def _described_unnamed(text: str, lo: int, pos: int, want: str) -> bool:
    """The pronoun at ``pos`` opens a relative clause's own words about an unnamed person
    described just before it, of the pronoun's sex (or of none the noun tells)."""
    described = _DESCRIBED_WHO.search(text, lo, pos)
    if described is None:
        return False
    sex = lexicon.noun_sex(described.group("noun"))
    return sex is None or sex == want


# one unnamed person described as another's relative: "The son of a Uyghur imam who ..."
_TWO_UNNAMED = re.compile(r"\b(?:son|daughter|wife|husband|brother|sister|mother|father|widow|"
                          r"widower|nephew|niece|grandson|granddaughter|cousin)\s+of\s+an?\s+",
                          re.IGNORECASE)


# a name that closes its sentence as whom it cites: "..., Tasbolatuly said."
_SAYS_AFTER = re.compile(r"\s+(?:said|says|added|recalled|told\s+(?:RFA|RFE/RL|AP|Reuters|AFP|"
                         r"the\s+\w+|\w+))\s*[.!]")


def _says_after(index: PersonIndex, mention: tuple[int, int, str]) -> bool:
    s, e, _ = mention
    return index.text[max(0, s - 2):s] == ", " and _SAYS_AFTER.match(index.text, e) is not None


# a named person telling an unnamed relative something: "X told his father that"
_SAYER_TO_KIN = re.compile(r"\s+(?:told|informed|assured|reminded|wrote\s+to|said\s+to)\s+"
                           r"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:father|mother|parents|wife|"
                           r"husband|brother|sister|son|daughter|family|relatives)\s+that\b")


def _sayer_to_kin(index: PersonIndex, start: int, pos: int) -> str | None:
    """The named person whose words to an unnamed relative hold ``pos`` ("Ernur told his
    father that he was working at a factory and that he was 'not allowed to leave'"): the
    "he" of those words is the teller, not the relative (who is no one named)."""
    named = index.persons_between(start, pos)
    if not named:
        return None
    _, e, key = named[-1]
    told = _SAYER_TO_KIN.match(index.text, e, pos)
    if told is None or any(c in index.text[told.end():pos] for c in ".;:\"“”"):
        return None
    return key


def _account_teller(index: PersonIndex, pos: int) -> str | None:
    """Whose account a point of a retold testimony gives ("Testifier: X ... He states the
    following. 1. ... 3. Police came to his father's apartment"), when ``pos`` lies in it
    (outside quotations, which have their own speakers)."""
    reported = index.voices.reported
    if reported is None or pos < reported[0]:
        return None
    if quote_on_line(index.text, pos) is not None:
        return None
    return reported[1]


def _described_before(index: PersonIndex, start: int, pos: int, floor: int,
                      kin_depth: int) -> list[str]:
    """The person of a definite description ("The 68-year-old") that opens the sentence at
    ``start`` as its subject ("According to the applicant, ..." cites someone instead)."""
    from izde.extract.descriptions import definite_descriptions  # it builds on this module
    found = definite_descriptions(index, start, pos, floor) if kin_depth == 0 else []
    opening = bool(found) and (not index.text[start:found[0][0]].strip(" \t\n\"“(") or
                               _FRONTED.fullmatch(index.text, start, found[0][0]) is not None)
    return list(found[0][2]) if opening and found[0][1] <= pos else []


# a short adverbial before a sentence's subject: "After the video, the younger man was ..."
_FRONTED = re.compile(r"[\s\"“(]*(?:After|Before|In|On|Since|Later|Then|By|During|Within|Last|"
                      r"Two|Three|A|Weeks|Months|Days|Years)\b[^,.;:\"“”\n]{0,50},\s*")


# told in the pluperfect, before a death told just before: "X died in a prison hospital on
# 28 February. He had been detained in March 2017"
_BEFORE_THEN = re.compile(r"\s*had\s+(?:been\s+|already\s+|once\s+)?[a-z]+")
def _narrated(text: str, start: int) -> bool:
    """The sentence at ``start`` is in the writer's own words: it opens no quotation and
    lies in none."""
    return (QUOTE_OPENS.match(text, start) is None
            and quote_on_line(text, start) is None)


# an object pronoun is not the subject of its own clause ("Karakat has not heard from her
# since": someone else; she would be "herself"): the words between the name and the pronoun
# hold no verb of saying, no conjunction and no "to" that would open another clause
_OBJECTS = frozenset({"him", "her", "them"})
_CLAUSE_MATE = re.compile(r"(?:\s+(?!(?:said|says|told|tells|that|who|whom|which|and|but|or|"
                          r"because|after|before|when|while|as|if|until|since|to|where|"
                          r"whether|than)\b)"
                          r"[a-z'’]+){1,5}\s+")
# what follows "her" as an object, not as a possessive before its noun ("heard from her
# since" / "met with her mother")
_AFTER_OBJECT = re.compile(r"\s*(?:[.,;:!?\"”’)\n]|$|(?:since|to|in|into|at|for|from|and|that|"
                           r"with|on|by|again|back|away|up|down|out|off|about|over|the|a|an|this|"
                           r"last|every|until|before|after|because|when|while|as|or|but|twice|"
                           r"once|home|there|here|alone|too|yet|anymore|either|now|then|first)\b)")


# a subordinate clause whose subject is a pronoun, up to the possessive of a kin apposition:
# "... came to the house where he was staying with his younger brother, "
_KIN_MODIFIER = r"(?:(?:elder|older|younger|little|big|eldest|youngest)\s+)?"
_SUBORDINATE_KIN = re.compile(
    r"\b(?:where|when|while|after|before|because|since|as)\s+(?:he\s+(?:[\w’'-]+\s+){1,8}?his|"
    r"she\s+(?:[\w’'-]+\s+){1,8}?her)\s+" + _KIN_MODIFIER + r"(?:" + "|".join(KIN_WORDS)
    + r")\s*,?\s*$")


# named only to say whose relative the one before is: "Madiyar Sarsenbayev, the son of S.
# Kadyrbekov, told foreign media that ... his father": not the "his"
_KIN_OF_APPOSED = re.compile(r"[\w.'’],\s+(?:the|a)\s+(?:(?:elder|older|younger|eldest|youngest|"
                             r"only)\s+)?(?:" + "|".join(KIN_WORDS) + r")\s+of\s+"
                             r"(?:(?-i:[A-Z])\.\s*)?$", re.IGNORECASE)
_SUBJECT_IN_CLAUSE = re.compile(r"\b(?P<p>he|she)\b")


def _kin_of_subordinate_subject(index: PersonIndex, start: int, s: int) -> bool:
    """The person at ``s`` is named as the relative of a subordinate clause's pronoun subject
    ("police came to the house where he was staying with his younger brother, Orazaly
    Kadyrbekuly, and took him away"): the main clause's object pronoun is that subject, the
    topic, not the relative beside him."""
    lo = max(start, s - 120)
    if "he " not in index.text[lo:s]:  # "he " and "she "
        return False
    return _SUBORDINATE_KIN.search(index.text, lo, s) is not None


# a fronted subordinate clause whose subject is the pronoun that opens the main clause, a
# relative of that subject inside it: "after he posted a video about his father, he was held"
_FRONTED_KIN = re.compile(
    r"\b(?:[Ww]here|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Aa]s|[Aa]lthough|"
    r"[Tt]hough|[Oo]nce|[Uu]ntil)\s+(?P<p>he|she)\s+[^,.;]{1,80}?\b(?:his|her)\s+" + _KIN_MODIFIER
    + r"(?:" + "|".join(KIN_WORDS) + r")\b[^,.;]{0,60},\s*$")


def _kin_in_fronted_clause(text: str, start: int, s: int, pos: int, want: str) -> bool:
    """The relative at ``s`` is named inside a fronted subordinate clause whose subject is a
    pronoun of gender ``want``, and the main clause opens at ``pos`` (with the pronoun being
    resolved): that pronoun is the clause's subject again, not the relative."""
    m = _FRONTED_KIN.search(text, max(start, pos - 200), pos)
    return m is not None and (m.group("p") == "he") == (want == "male") and m.start() < s < pos


def _an_object(text: str, pos: int, low: str) -> bool:
    """The pronoun at ``pos`` is an object: "him" and "them" always, "her" when no noun
    follows it."""
    return low != "her" or _AFTER_OBJECT.match(text, pos + 3) is not None


# the person named dies in the rest of the sentence: "X, a woman she knew only by name,
# collapsed during the flag-raising and died" (no possessive between: "X said his brother
# died" is the brother's death)
_DIES = re.compile(r"\b(?:died|passed\s+away|was\s+killed|was\s+beaten\s+to\s+death)\b")
_OF_DEATH = re.compile(r"\b(?:death|died|dead|body|corpse|burial|buried|funeral|grave|killed|"
                       r"autopsy)\b", re.IGNORECASE)
_OWNER_WORD = re.compile(r"\b(?:his|her|their|my|our|whose|who)\b", re.IGNORECASE)


def sentence_end(index: PersonIndex, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (where the next one starts)."""
    i = bisect.bisect_right(index.sent_starts, pos)
    return index.sent_starts[i] if i < len(index.sent_starts) else len(index.text)


def _of_death(index: PersonIndex, sent_start: int, pos: int) -> bool:
    """The pronoun's sentence speaks of a death: it may speak of the dead ("the suspicion that
    he was beaten before his death"); any other is no dead person's (read only when a
    candidate dies, so not for every pronoun)."""
    return _OF_DEATH.search(index.text, sent_start, sentence_end(index, pos)) is not None


def _dies_here(index: PersonIndex, end: int, sent_end: int) -> bool:
    """The person whose mention ends at ``end`` dies later in its sentence, as its subject:
    no antecedent of a pronoun in a later sentence, who acts ("She was released")."""
    m = _DIES.search(index.text, end, sent_end)
    return m is not None and not index.persons_between(end, m.start()) and \
        _OWNER_WORD.search(index.text, end, m.start()) is None and \
        _IN_CUSTODY_AFTER.match(index.text, m.end(), sent_end) is None


# a death in custody is what the story is about: "died on February 9 in a prison hospital in
# Shihezi ... The family says he had no history of heart trouble before his arrest"
_IN_CUSTODY_AFTER = re.compile(r"[^.;]{0,40}?\b(?:in|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                               r"(?:prison|jail|camp|custody|detention|penal|labou?r\s+camp)\b")


def _apposed_at(text: str, pos: int) -> int:
    """Where a name set in apposition after ``pos`` would start (after a comma and spaces)."""
    if text.startswith(",", pos):
        pos += 1
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _as_relatives(index: PersonIndex, start: int, end: int, want: str | None
                  ) -> list[tuple[int, int, str]]:
    """The persons named in start..end, where a name is the owner of a relative ("Dosbol's
    son was detained in October 2017. ... he spent a year in a camp") the relative in its
    place when a pronoun of the relative's gender is being resolved and the text names the
    relative. An unnamed relative leaves the owner: "Abdulla Rozi's son found the judgment.
    It says he was sentenced" may well be about Rozi."""
    found = index.persons_between(start, end)
    if want is None:
        return found
    text, out = index.text, []
    at = {s: k for s, _, k in found}
    for s, e, k in found:
        m = kin_after(text, e)
        if m is None or _KIN_GENDER.get(m.group(1).lower()) != want or m.group(0)[-1] in "sS":
            out.append((s, e, k))  # "Kasenova's husband ... she": the owner may be "she"
            continue
        named = at.get(_apposed_at(text, m.end()))
        if named is not None:  # "Alpysbaiuly's brother Izbasar": the relative, as named
            out.append((s, e, named))
            continue
        kin = kin_of(index, [k], m.group(1))
        out.append((s, e, kin[0] if kin else k))
    return out


# a sentence opening with its subject pronoun: "On 9 April 2018 he crossed ...", "He ..."
_SUBJECT_PRONOUN = re.compile(r"[\s\"“(]*(?:(?i:on|in|at|by|after|before)\s+[^,;]{1,40}?,?\s+|"
                              r"(?i:then|later|later\s+that\s+\w+),?\s+)?(?P<p>He|he|She|she)"
                              r"\s+[a-z]")
# a sentence opening with a possessive of its subject's thing: "His residence permit lapsed
# in 2023 after, according to his lawyer, Dastan Zhakypov, ..." (not a relative: "His
# brother, Nurlan, was detained" has the brother as its subject)
_POSSESSIVE_SUBJECT = re.compile(r"[\s\"“(]*(?P<p>His|Her)\s+(?!(?:elder|older|younger|late|"
                                 r"little|big|eldest|youngest|" + _KIN_NOUN + "|lawyers?|"
                                 r"attorneys?|friends?|colleagues?|neighbou?rs?)\b)[a-z][\w-]*")
# a person named only as someone's relative: "to visit his father, Tileukhan Oraz,"; or as
# someone's lawyer: "according to his lawyer, Dastan Zhakypov,"
_AS_KIN = re.compile(r"\b(?:his|her|their)\s+(?:(?:elder|older|younger|late|sick|ill|"
                     r"ailing|elderly)\s+)?(?:" + _KIN_NOUN + "|" + "|".join(KIN_WORDS)
                     + r"|lawyers?|attorneys?)\s*,?\s*$", re.IGNORECASE)


def _pronoun_subject(index: PersonIndex, start: int, found: list[tuple[int, int, str]],
                     pronoun: str, floor: int, kin_depth: int) -> list[str]:
    """A pronoun continues the subject of the sentence before when that sentence's subject
    is the same pronoun and the only names in it are that subject's relatives ("On 9 April
    he crossed the border to visit his father, X, who was ill. On arrival, officers took his
    passport": his, not his father's)."""
    m = _SUBJECT_PRONOUN.match(index.text, start) or _POSSESSIVE_SUBJECT.match(index.text, start)
    if m is None and found and all(_kin_of_subordinate_subject(index, start, s)
                                   for s, _, _ in found):
        # "... came to the house where he was staying with his younger brother, X, and took
        # him away. For more than a year the family had no word of where he was held": he
        m = _SUBJECT_IN_CLAUSE.search(index.text, start, found[0][0])
    if m is None or kin_depth >= KIN_DEPTH or not (
            {m.group("p").lower(), pronoun} <= MALE or {m.group("p").lower(), pronoun} <= FEMALE):
        return []
    if not all(_AS_KIN.search(index.text, max(start, s - 40), s) for s, _, _ in found):
        return []
    keys = antecedent(index, m.start("p"), pronoun, floor, kin_depth=kin_depth + 1)
    return keys if keys and keys[0] not in {k for _, _, k in found} else []


# a pronoun of the object of a custody: "police came to the home of his brother, Nurbol, where
# Shaikenuly was staying, and drove him away. ... he had been placed in a camp": "he" is the
# one driven away, whom the earlier "him" already meant, not the first named
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her)\b")


def _chained(index: PersonIndex, start: int, end: int, found: list[tuple[int, int, str]],
             pronoun: str, floor: int, kin_depth: int) -> list[str]:
    """The person an object pronoun of the pronoun's gender in an earlier sentence means,
    when that sentence names several people and the pronoun comes after all of them."""
    if len({k for _, _, k in found}) < 2 or kin_depth >= KIN_DEPTH:
        return []
    want = "him" if pronoun in MALE else "her" if pronoun in FEMALE else None
    if want is None or index.text.find(want, found[-1][1], end) < 0:
        return []
    for m in _OBJECT_PRONOUN.finditer(index.text, found[-1][1], end):
        if m.group() == want:
            keys = antecedent(index, m.start(), want, floor, kin_depth=kin_depth + 1)
            if len(keys) == 1 and keys[0] in {k for _, _, k in found}:
                return keys
    return []


_OWNS_THING = re.compile(r"['’]s\s+(?!(?:[\w-]+\s+)?(?:brother|sister|wife|husband|son|daughter|"
                         r"mother|father|uncle|aunt|cousin|nephew|niece|family|lawyer|relatives?|"
                         r"grand\w+)\b)(?:[\w-]+,?\s+){0,2}?(?:film|book|documentary|report|"
                         r"article|photographs?|exhibition|song|novel|project|video|work)\b")


# "Kenzhebekuly's cousin, Amanzhol Seitkaliuly, was detained": the owner names whose cousin
# the subject is; the name set off after the noun is the subject
_OWNER_OF_APPOSED = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*$")
# "Among those who recorded Toleubayeva's appeals was Saltanat Oralbek": the subject comes
# after the verb
_AMONG_WAS = re.compile(r"[\s\"“(]*Among\s+[^.;]*?\s(?:was|were)\s+(?:also\s+)?$")


def _names_the_head(index: PersonIndex, f: tuple[int, int, str],
                    found: list[tuple[int, int, str]], start: int) -> bool:
    """Another person of the sentence, not ``f``, is what the sentence is about: ``f`` owns the
    noun that a later name stands in apposition to, or a sentence opening "Among ..." names
    its subject after "was"."""
    later = [g for g in found if g[0] > f[1]]
    if not later:
        return False
    if _OWNER_OF_APPOSED.match(index.text, f[1], later[0][0]):
        return True
    return any(_AMONG_WAS.match(index.text, start, g[0]) for g in later)


# a fronted phrase of whom the subject spoke to: "Speaking to Radio Azattyq correspondent
# Asem Nurtazina, he said ...": the pronoun after it is the speaker, not the one spoken to
_SPOKEN_TO_BEFORE = re.compile(r"[\s\"“(]*(?:(?:Speaking|Talking|Writing|Speaking\s+by\s+phone|"
                               r"Explaining|Describing|Complaining)\s+(?:to|with)|In\s+(?:an?\s+)?"
                               r"(?:interview|conversation|phone\s+call|call|meeting)\s+with|"
                               r"(?:Interviewed|Asked|Questioned|Contacted)\s+by)\b[^,;.]*$")
_PHRASE_END = re.compile(r"[^,;.]*,")


def _addressed_before(index: PersonIndex, start: int, s: int, e: int, pos: int) -> bool:
    """The mention at ``s:e`` is the one spoken to in a phrase that opens the sentence, and the
    pronoun at ``pos`` stands after that phrase's comma, in the clause it opens."""
    return (_SPOKEN_TO_BEFORE.match(index.text, start, s) is not None
            and _PHRASE_END.match(index.text, e, pos) is not None)


# telling something: "(He) said ...", "(she) told RFA ..."
_TELLING = r"(?:also\s+|later\s+)?(?:said|says|told|added|recalled|explained|wrote)\b"
# a pronoun telling something
_SPEECH_AFTER_PRONOUN = re.compile(r"\s+" + _TELLING)
# a sentence opened by a pronoun telling it: "He said they told him ..."
_TELLER_OPENS = re.compile(r"[\s\"“(]*(?P<p>He|She)\s+" + _TELLING)


_SPOKEN_TO_VERB = re.compile(r"\b(?:told|warned|asked|ordered|urged|informed|threatened|"
                             r"summoned|advised|instructed|promised)\s+$")


# the teller's own relative: "She said she learned from a man ... that her husband had been"
_OWN_KIN_AT = re.compile(r"(?:his|her)\s+(?:(?:late|elder|older|younger|eldest|youngest)\s+)?"
                         r"(?:husband|wife|son|daughter|brother|sister|father|mother)\b",
                         re.IGNORECASE)


def _teller_of_sentence(index: PersonIndex, start: int, pos: int, want: str) -> int | None:
    """Where the pronoun opening the sentence as its teller stands ("He said they told him
    the association would be shut down"), when the pronoun at ``pos`` comes after it with the
    same gender as the object of a verb of telling, or as the owner of a relative ("She said
    she learned ... that her husband had been"): what was said to "him" the teller reports
    first-hand (no other person named between them; "He said they beat him" may be about
    another)."""
    m = _TELLER_OPENS.match(index.text, start, pos)
    if m is None or m.start("p") >= pos or not (
            _SPOKEN_TO_VERB.search(index.text, m.end(), pos) or _OWN_KIN_AT.match(index.text, pos)):
        return None
    if ("male" if m.group("p") == "He" else "female") != want:
        return None
    if index.persons_between(m.end(), pos):
        return None
    return m.start("p")


# a teller, someone told (no name) and what was told: "he told his son that", "Muratbek
# Tolybaiuly told reporters that"
_TOLD_THAT = re.compile(r"\b(?P<p>he|she)?\s*(?:also\s+|later\s+)?(?:told|wrote\s+to|informed)\s+"
                        r"(?:(?:his|her|their|the|a|an|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?-i:[a-z])[\w-]+\s+that\b", re.IGNORECASE)


def _told_that(index: PersonIndex, start: int, pos: int, want: str) -> str | None:
    """The teller an object pronoun in what was told means: 'he told his son that guards in
    Tekes had beaten him' (his own beating, told to one the text does not name there), when
    nobody is named between the telling and the pronoun."""
    m = next(reversed(list(_TOLD_THAT.finditer(index.text, start, pos))), None)
    if m is None or index.persons_between(m.start(), pos):
        return None
    if m.group("p"):
        if ("male" if m.group("p").lower() == "he" else "female") != want:
            return None
        keys = antecedent(index, m.start("p"), m.group("p").lower(), kin_depth=KIN_DEPTH)
        return keys[0] if len(keys) == 1 else None
    before = index.persons_between(start, m.start())
    if before and before[-1][1] == m.start() and index.gender_of(before[-1][2]) in (None, want):
        return before[-1][2]  # "Muratbek Tolybaiuly told his son that ..."
    return None


FAR_WINDOW = 5000  # how far back a feature's protagonist may have been named


def _far_antecedent(index: PersonIndex, pos: int, lo: int, floor: int, want: str,
                    fits: Callable[[str], bool]) -> list[str]:
    """A feature told from a wife's view for a while ("She waited. She wrote to every office
    ... That May he was taken") names her husband long before "he": when the window holds no
    one of the pronoun's gender, no one of unknown gender and no unnamed relative of it, the
    only person of that gender named further back is the antecedent. That person is looked
    for first: the window's nouns, searched over 1,500 characters, are read only when there
    is exactly one."""
    near = index.persons_between(lo, pos)
    if any(index.gender_of(k) in (None, want) and not _dies_here(index, e, sentence_end(index, e))
           for _, e, k in near):
        return []
    back = index.persons_between(max(floor, pos - FAR_WINDOW), lo)
    if index.self_naming:
        back = [m for m in back if (m[0], m[1]) not in index.self_naming]
    # each person once: a protagonist is named many times in 5,000 characters
    keys = {k for k in {m[2] for m in back} if index.gender_of(k) == want and fits(k)}
    if len(keys) != 1:
        return []
    nouns = scan(_KIN_NOUNS, index.folded, lo, pos, index.found, _KIN_NOUN_STARTS)
    if any(m.group("m" if want == "male" else "f") for m in nouns) or _SOMEONE.search(
            index.text, lo, pos):
        return []  # "his brother", "an officer came": someone else "he" may be
    return [keys.pop()]


# a person spoken of by a noun, not a name: a later "he" or "she" may be them. "a", "an",
# "the", "one", "another", "this" or "that", perhaps a word, then the noun, case-insensitive;
# spelled to open with the class [AaOoTt] so that the engine skips to the next such letter at
# C speed (what may not stand before it, and which letter opened, are checked behind it):
# searched over 1,500 characters before a pronoun, twice as fast as the plain alternation
# (measured; ``tests/extract/test_fast_paths_gates.py`` compares the two)
_SOMEONE = re.compile(
    r"[AaOoTt](?<!\w[AaOoTt])(?i:(?<=[Aa])(?:n(?:other)?)?|(?<=[Oo])ne|(?<=[Tt])h(?:e|is|at))"
    r"(?i:\s+(?:[\w-]+\s+)?(?:man|boy|gentleman|woman|girl|lady|"
    r"police(?:man|woman)|officer|official|guard|agent|neighbou?r|driver|stranger|"
    r"investigator|interrogator|judge|lawyer|doctor|teacher|friend|colleague|caller|visitor|"
    r"imam|chief|director|relative|cousin|classmate|student|detainee|prisoner|witness)\b)")


def someone_before(text: str, start: int, end: int) -> bool:
    """Whether a person spoken of by a noun ("an officer", "the judge") stands in
    ``text[start:end]``: a pronoun after it may be theirs, not a named person's."""
    return _SOMEONE.search(text, start, end) is not None


def _speaker_of_turn(index: PersonIndex, pos: int) -> str | None:
    """In an interview's question or answer, its guest is "you" or "I", never "he"/"she";
    in a transcript's labelled turn, so is its speaker."""
    if index.voices.qa_lines and index.voices.turn_at(pos) is not None:
        return index.voices.guest
    return label_speaker_at(index, pos)


KIN_DEPTH = 3  # "his sister" -> "his" -> "her husband" -> ...: how far the chain is followed


def _kin_first(index: PersonIndex, start: int, end: int, want: str,
               found: list[tuple[int, int, str]], nearest: bool, depth: int = 0,
               speaker_at: int | None = None, pos: int | None = None) -> list[str] | None:
    """A relative of the pronoun's gender, spoken of as the subject of a clause ("his sister,
    who lives abroad, has ..."), when that is the likelier antecedent in start..end than the
    persons ``found`` there: in the pronoun's own sentence when it comes after them (nearest
    wins), in an earlier sentence when it comes before them (the subject wins). The relative
    is the named person the kin phrase means ("her husband" when the text named him), else
    nobody: an unnamed relative's events are no one's. None when no relative comes first."""
    hits = index.unnamed_kin
    if not hits:
        return None
    i = bisect.bisect_left(hits, (start,))
    kin = [h for h in hits[i:bisect.bisect_left(hits, (end,))] if h[1] == want]
    if not nearest and speaker_at is None:
        # "Border guards took his passport, his brother said. In January police took him
        # away": a relative who only tells the sentence before, named by a possessive of
        # the pronoun's gender, is not what a pronoun that does not speak goes on with: the
        # one the possessive means, whom the sentence told of, is ("his wife said. ... her"
        # still goes to the wife)
        kin = [h for h in kin if not (_POSSESSIVE_GENDER.get(h[2].lower()) == want
                                      and _trailing_teller(index.text, h[0], h[3]))]
    if not kin:
        return None
    hit = kin[-1] if nearest else kin[0]
    if found and (hit[0] < found[-1][0] if nearest else hit[0] > found[0][0]):
        return None
    if found and not nearest and _FRONTED_CLAUSE.search(index.text, start, hit[0]):
        return None  # "A few months after their father disappeared, Nurlybek tried to ...":
        # the relative is in a clause set before the subject, who is the one named
    if nearest and _kin_in_fronted_clause(index.text, start, hit[0], end, want):
        return None  # "after he posted a video about his father, he was held": he again
    if not nearest and speaker_at is not None and _in_quotation(index, hit[0]) and not (
            _in_quotation(index, speaker_at)):
        return None  # '"His mother called me crying," she said. ... She said she learned':
        # a relative spoken of in a quotation is not the one the narration has speak next
    if not nearest and pos is not None and hit[2].lower() in ("my", "our") and \
            _spoken_of_by_namesake(index, hit[0], pos, want):
        return None  # the speaker's "my mother" in a quotation, then the narration's "her":
        # the speaker (``_spoken_of_by_namesake``)
    if _in_closed_relative(index.text, start, hit[0], end) or (
            not nearest and _in_final_relative(index.text, start, hit[0], end)):
        return None  # "police in Emin county, where his brother lives, took his passport":
        # a relative inside a relative clause about something else is no one's antecedent
        # (nor, for the next sentence, one that ends its sentence: "His family lived in
        # Mongolkure, where his father taught. He and his mother moved": he, not the father)
    if _BARE_RELATIVE_HEAD.search(index.text, max(0, hit[0] - 40), hit[0]):
        return None  # "the only book he ever read was the Quran our grandfather left him":
        # a relative told in a clause about a thing (no "that" before it) is no antecedent
    if hit[2].lower() == "their" and _unnamed_owners(index, hit[0]):
        return None  # "the children asked where their father was": no one known's relative
    kin_at = index.text.find(hit[3], hit[0])
    if _LATE.search(index.text, hit[0], kin_at) or (
            not nearest and _DIED_AFTER.match(index.text, kin_at + len(hit[3]))):
        return None  # "His father had died in Akto, and he went to see the grave. ... his";
        # "the house his late father had left him. Officers took his passport"
    if nearest and pos is not None and _LEARNS_OF.fullmatch(index.text, kin_at + len(hit[3]),
                                                            pos):
        owner = _owner(index, hit[0], hit[2], depth + 1)
        if owner and all((index.gender_of(k) or want) == want for k in owner):
            return owner  # "His brother learned only in March that he had been held": news
            # a relative learns is of the one the relative is named by
    return kin_of(index, _owner(index, hit[0], hit[2], depth + 1), hit[3], hit[0])


def _in_written_words(index: PersonIndex, pos: int) -> bool:
    """The name at ``pos`` is quoted from a placard, banner or letter ('The placard read: "Who
    beat Sayan Shakhanov?"'): a name shown, not a person the narration goes on with."""
    text = index.text
    opened = quote_on_line(text, pos)
    return (opened is not None and _WRITTEN.search(text, max(0, opened - 40), opened) is not None
            # (a relative the holder names is introduced so: "a placard reading 'Free my father
            # Kairbek Baikadamuly'")
            and _KIN_NAMED.search(text, max(opened, pos - 30), pos) is None)


_KIN_NAMED = re.compile(r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:" + _KIN_NOUN + r")\s*,?\s+$",
                        re.IGNORECASE)


# what holds written words: "The placard read:", "a banner that said", "the letter said:"
_WRITTEN = re.compile(r"\b(?:placards?|banners?|signs?|posters?|slogans?|inscriptions?|captions?|"
                      r"headlines?|notes?|letters?|messages?|leaflets?|t-shirts?)\s+(?:that\s+|"
                      r"which\s+)?(?:read|reads|said|says|saying|reading)\s*[:,]?\s*$",
                      re.IGNORECASE)


# a relative who learns that "he" ...: "His brother, a Kyrgyz citizen living in Osh, learned
# only in March 2023, from a letter of the ministry, that he"
_LEARNS_OF = re.compile(r"[^.;:!?\"“”]{0,120}?\b(?:learned|learnt|found\s+out|discovered|heard|"
                        r"(?:was|were)\s+(?:told|informed|notified))\b[^.;:!?\"“”]{0,90}?"
                        r"\bthat\s+", re.IGNORECASE)


_POSSESSIVE_GENDER = {"his": "male", "her": "female"}
# a noun right before a relative's possessive opens a relative clause without "that": "the
# Quran our grandfather left him", "the day my father was taken"
_BARE_RELATIVE_HEAD = re.compile(r"\b(?:the|a|an|every|any)\s+(?!(?:same|only|first|last|other)\b)"
                                 r"[A-Za-z][\w'’-]*\s+$", re.IGNORECASE)
# a member of a plural subject told a state: "Begalieva and their son, Ruslanbek Kochkorbaev,
# are citizens of Kyrgyzstan" (the "and" joining the name, the plural verb after it)
_AND_JOINED = re.compile(r"\band\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?(?:son|daughter|"
                         r"brother|sister|husband|wife|mother|father|children|parents)"
                         r"\s*,?\s*)?\Z")
_PLURAL_STATE = re.compile(r"\s*,?\s*(?:are|were)\b")


def _in_plural_subject(text: str, start: int, end: int) -> bool:
    """The name is the second member of a plural subject of "are" or "were": a singular
    pronoun in a later sentence goes on with someone else."""
    return _PLURAL_STATE.match(text, end) is not None and \
        _AND_JOINED.search(text, max(0, start - 40), start) is not None


_TRAILING_TELLER = re.compile(r"\s+(?:also\s+)?(?:said|says|told\s+[^.;!?\n]{1,40}?|added|"
                              r"recalled|wrote|writes|explained)\s*[.!?]")


def _trailing_teller(text: str, at: int, kin_word: str) -> bool:
    """The kin phrase at ``at`` closes its sentence as the source of what it tells
    ("..., his brother said.")."""
    if not text[max(0, at - 3):at].rstrip().endswith(","):
        return False
    word_at = text.find(kin_word, at)
    return word_at >= 0 and _TRAILING_TELLER.match(text, word_at + len(kin_word)) is not None


_RELATIVE_ASIDE = re.compile(r",\s*(?:where|who|whose|which|whom|when)\b[^,;.]*,")


def _in_closed_relative(text: str, start: int, at: int, end: int) -> bool:
    """``at`` lies in a relative clause set off by commas that closes before ``end``."""
    opened = text.rfind(",", start, at)
    if opened < 0:
        return False
    m = _RELATIVE_ASIDE.match(text, opened, end)
    return m is not None and m.end() > at


def _in_final_relative(text: str, start: int, at: int, end: int) -> bool:
    """``at`` lies in a relative clause on a place or thing (", where ...", ", which ...")
    that runs to the end of its sentence."""
    opened = text.rfind(",", start, at)
    return opened >= 0 and _RELATIVE_TAIL.match(text, opened, end) is not None


_RELATIVE_TAIL = re.compile(r",\s*(?:where|which|when|whose)\b(?:[^,;.!?]|\.(?=\s*\d))*[.!?]?"
                            r"\s*\Z")  # ("at the No. 2 middle school.")
_LATE = re.compile(r"\blate\b", re.IGNORECASE)  # "his late father": one who has died
# a relative who died: no antecedent of a later sentence's pronoun
_DIED_AFTER = re.compile(r"\s+(?:had\s+|has\s+)?(?:recently\s+|just\s+)?(?:died|passed\s+away)\b")
# a subordinate clause opening the sentence, not yet closed by a comma, before a position
_FRONTED_CLAUSE = re.compile(r"\b(?i:after|before|when|since|while|because|although|though|"
                             r"until|once)\s+[^,;:]*\Z")


_GROUP_NOUN = re.compile(r"\b(?:the|his|her|their|my|our)\s+(?:[a-z-]+\s+)?(?:children|kids|"
                         r"boys|girls|sons|daughters|grandchildren|twins|students|pupils|"
                         r"villagers|neighbou?rs|families|men|women|people)\b", re.IGNORECASE)


def _unnamed_owners(index: PersonIndex, pos: int) -> bool:
    """ "their" at ``pos`` takes up a group named by a plural noun earlier in its sentence,
    with no person named between ("The children asked where their father was"): whose
    relative it is is unknown, so the phrase is no evidence about a later pronoun."""
    i = bisect.bisect_right(index.sent_starts, pos) - 1
    start = index.sent_starts[i] if i >= 0 else 0
    return (_GROUP_NOUN.search(index.text, start, pos) is not None
            and not index.names_between(start, pos))


def _owner(index: PersonIndex, pos: int, possessive: str, depth: int) -> list[str]:
    """Whose relative a kin phrase at ``pos`` names: the speaker's for "my"/"our", the
    interview guest's for "your", else the possessive pronoun's antecedent."""
    low = possessive.lower()
    if low in ("my", "our"):
        if pos in index.owning:
            return []  # '"... my father ...," he said' while "he" is being resolved: a cycle
        index.owning.add(pos)
        try:
            owner = first_person_at(index, pos)
        finally:
            index.owning.discard(pos)
    elif low == "your":
        owner = addressee_at(index, pos)
    else:
        return antecedent(index, pos, low, kin_depth=depth)
    return [owner] if owner else []


_KIN_NOUNS = re.compile(r"\b(?:(?P<m>(?:grand)?(?:father|son)|brother|husband|uncle|nephew)|"
                        r"(?P<f>(?:grand)?(?:mother|daughter)|sister|wife|aunt|niece))"
                        r"(?:-in-law)?\b(?!['’]s)")
# the kin nouns themselves: the pattern is tried only where one occurs (``literals.scan``)
_KIN_NOUN_STARTS = leading_literals(_KIN_NOUNS)
_OWNER_BEFORE = re.compile(r"\b(?P<own>my|his|her|their|our|your)\s+(?:(?:elder|older|younger|"
                           r"little|late|eldest|youngest|twin|only|own)\s+)?$")
# what follows a kin noun that is the subject of its clause: a comma, a bracket, or a word
# that is no preposition or conjunction ("his sister, who ...", "her husband had ...")
_AS_SUBJECT = re.compile(r"\s*(?:,|\((?!\s*[A-Z])|(?!(?:in|at|on|of|for|from|with|to|and|or|but|"
                         r"by|as|into|about|who[ms]e?)\b)[a-z])")

# a preposition or an infinitive whose object the relative is: "to see his brother,", "with his
# father,"
_GOVERNED_KIN = re.compile(r"(?:\b(?:to|with|of|for|from|about|by|at|on|into|according\s+to)|"
                           r"\bto\s+(?:see|visit|meet|help|call|join|find|bury|phone|contact|"
                           r"reach|support))\s+$")
# a kin noun that ends a question or a sentence: "Let's start with your father."
_TOPIC_END = re.compile(r"\s*[.?]")
_CALLED_AFTER = re.compile(r"\s+(?:was|is|had\s+been|has\s+been)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:called|named)\s+[A-Z]")


def unnamed_kin(index: PersonIndex) -> list[tuple[int, str, str, str]]:
    """(position, gender, possessive, kin word) of every relative the text mentions as the
    subject of a clause without naming them there ("his sister, who lives abroad, has ...",
    "her husband had been picked up"; not "his sister, Aigul" or "his sister Aigul").
    Kin nouns are rarer than possessives, so they are found first, in the folded text."""
    out: list[tuple[int, str, str, str]] = []
    text, folded = index.text, index.folded
    for m in scan(_KIN_NOUNS, folded, 0, len(folded), index.found, _KIN_NOUN_STARTS):
        own = _OWNER_BEFORE.search(index.folded, max(0, m.start() - 30), m.start())
        if own is None:
            continue
        topic = own.group("own") == "your" and _TOPIC_END.match(text, m.end()) is not None
        if not (topic or _AS_SUBJECT.match(text, m.end())):
            continue  # (an interview's question about "your father?" makes him the topic)
        if not topic and _GOVERNED_KIN.search(text, max(0, own.start() - 24), own.start()):
            continue  # "on a trip to see his brother, police took his passport": an object
            # (but "Let us start with your father." names the question's topic)
        named = index.persons_between(m.end(), m.end() + 4)
        if _CALLED_AFTER.match(text, m.end()) or _named_by_copula(index, m.end()):
            continue  # "her brother was a farmer called Tursun": the relative is named
        if not named or text[m.end():named[0][0]].strip(" ,"):
            gender = "male" if m.group("m") else "female"
            out.append((own.start(), gender, own.group("own"), m.group(0)))
    return out


_COPULA = re.compile(r"\s+(?:is|was)\s+(?:called\s+|named\s+)?")  # "My grandfather is called X"
_POSSESSIVE_S = re.compile(r"['’]s\b")


def _named_by_copula(index: PersonIndex, end: int) -> bool:
    """ "My brother is Askar Tursyn." names the relative: a later "he" is the named man,
    found like any other antecedent. Not "my brother was Askar's classmate"."""
    m = _COPULA.match(index.text, end, end + 16)
    if m is None:
        return False
    named = index.persons_between(m.end(), m.end() + 1)
    return bool(named) and not _POSSESSIVE_S.match(index.text, named[0][1])


KIN_PHRASE = re.compile(r"\b(?:my|his|her|their|our|your)\s+(?:[\w-]+\s+){0,2}?(?:brother|sister|"
                        r"husband|wife|mother|father|son|daughter)\b", re.IGNORECASE)
_ACCORDING = re.compile(r"(?:\baccording\s+to|[,\"”’]\s*(?:said|says)|\btold\s+by)\s+"
                        r"(?:(?:his|her|their|the)\s+)?(?:(?!that\b)[\w-]+,?\s+){0,2}?$",
                        re.IGNORECASE)


def is_cited_source(index: PersonIndex, start: int, end: int) -> bool:
    """The mention names whom a sentence cites ("according to her daughter Aliya,",
    "said Aliya"): the source of the report, not the person it happens to. After a comma
    ("according to his brother, Askhat, ...") the name must close with a comma too, else it
    starts the reported clause ("According to the cousin, Patigul was held ...")."""
    hit = index.cited.get((start, end))
    if hit is None:
        hit = index.cited[(start, end)] = _cited(index, start, end)
    return hit


# the cue words ("according", "said", "told"): most names have none before them, which a few
# substring tests tell more quickly than a search at every position of the window
_ACCORDING_CUES = required_literals(_ACCORDING)


def _cited(index: PersonIndex, start: int, end: int) -> bool:
    if _in_fronted_according(index, start, end):
        return True
    lo = max(0, start - 45)
    if not passes(_ACCORDING_CUES, index.folded[lo:start]):
        return False
    text = index.text
    m = _ACCORDING.search(text, lo, start)
    if m is None:
        return False
    if _CLAUSE_VERB_AFTER.match(text, end) and m.group().startswith(","):
        return False  # "His lawyer, X, said Abdukadir was waiting": the reported clause's subject
    said = m.group().lstrip(",\"”’ ")
    return "," not in said or text.startswith(",", end) or (
        said[:4].lower() in ("said", "says") and _SOURCE_CLOSES.match(text, end) is not None)


# what may follow a source named after "said ..., ": the sentence's end or an apposition
# ("..., said her sister, Aksaule Konysbaeva." / "..., said his lawyer, X, who ...")
_SOURCE_CLOSES = re.compile(r"\s*(?:[.;!?\"”]|$)")


def _in_fronted_according(index: PersonIndex, start: int, end: int) -> bool:
    """The name closes a long "According to ..." phrase that opens its sentence ("According to
    the materials of the case and to information received from his defence lawyer, Kaisarbek
    Nurkasymuly, Mr Tursynkhanov crossed the border"): a source, however far from "according"
    (``_ACCORDING`` reaches two words)."""
    i = bisect.bisect_right(index.sent_starts, start) - 1
    s0 = index.sent_starts[i] if i >= 0 else 0
    if start - s0 > 200 or not index.text.startswith(",", end):
        return False
    opening = _FRONTED_ACCORDING.match(index.text, s0, start)
    # the name set off right after the phrase's head ("... from his defence lawyer, X,"), not
    # a subject after the phrase's close ("According to the spokesman, Kazakh citizen X, born
    # in 1978, was handed over")
    before = index.text[s0:start]
    return (opening is not None and before.rstrip().endswith(",") and before.count(",") == 1
            and _FINITE_IN_PHRASE.search(index.text, s0, start) is None)


_FRONTED_ACCORDING = re.compile(r"[\s\"“(]*According\s+to\b[^.;:!?\n]*$")
_FINITE_IN_PHRASE = re.compile(r"\b(?:was|were|is|are|has|had|have|said|says|told|did|does)\b")


# a finite verb right after the name: it opens the reported clause, it does not close the
# attribution
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|could|will|did|"
                                r"remains?|remained|never|still|later)\b")


_SPEECH = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|added|noted|acknowledged|"
                     r"explained|recalled|stressed|insisted)\b")


def speaks(index: PersonIndex, mention: tuple[int, int, str]) -> bool:
    """The sentence's subject is a speaker ("Guljan said that ..."): a later pronoun more
    likely refers to someone the speaker talked about, so the nearest person wins."""
    return bool(_SPEECH.match(index.text, mention[1], mention[1] + 90))


def _cited_after(index: PersonIndex, pos: int) -> set[str]:
    """Who the rest of the sentence cites as its source, when the pronoun opens it as its
    subject ("He was first held in a camp in Changji, Toleubekuly said."): someone else,
    whom the writer would have made the subject ("Toleubekuly said he was ..."). A possessive
    may be the speaker's own ("Officers confiscated his passport, Orazbayev said")."""
    starts = index.sent_starts
    i = bisect.bisect_right(starts, pos)
    if i == 0 or index.text[starts[i - 1]:pos].strip(" \t\n\"“(") != "":
        return set()  # not the sentence's first word
    end = starts[i] if i < len(starts) else len(index.text)
    return {k for s, e, k in index.persons_between(pos, end) if is_cited_source(index, s, e)
            or (speaks(index, (s, e, k)) and _CLAUSE_BEFORE.search(index.text, max(pos, s - 3), s))}


# a name right after the clause it reports: "..., Toleubekuly said"
_CLAUSE_BEFORE = re.compile(r"[,”\"]\s*\Z")


def _sentence_bounds(index: PersonIndex, pos: int, lo: int) -> list[tuple[int, int]]:
    """(start, end) of the pronoun's sentence up to it, then earlier sentences, nearest first."""
    starts = index.sent_starts
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return [(lo, pos)]
    out = [(max(lo, starts[i]), pos)]
    while i > 0 and starts[i] > lo:
        out.append((max(lo, starts[i - 1]), starts[i]))
        i -= 1
    return out


# "Many say they ...", "Others fear they ...": "they" is the generic group, not named persons
_GENERIC_SPEAKERS = re.compile(
    r"\b(?:many|some|others|most|several|few|dozens|hundreds|thousands|people|everyone|"
    r"relatives|families|residents|activists|members|participants|witnesses|those)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:say|said|says|fear|feared|fears|believe|believed|told|"
    r"report|reported|claim|claimed|complain|complained|allege|alleged|recall|recalled|worry|"
    r"worried)\s+(?:that\s+)?$", re.IGNORECASE)


def generic_they(text: str, pos: int) -> bool:
    """Whether a plural pronoun at ``pos`` takes up a generic subject just before it."""
    return _GENERIC_SPEAKERS.search(text, max(0, pos - 60), pos) is not None


def _spoken_of_by_namesake(index: PersonIndex, at: int, pos: int, want: str) -> bool:
    """Whether the word at ``at`` (a pronoun, a "my" of a relative) lies in a quotation whose
    speaker has the gender a pronoun at ``pos``, outside any quotation, wants: '"My mother
    did not say a word. She just looked at me." ... had sent her a voice message': the
    narration's "her" is the one who spoke, not the "she" she spoke of."""
    if at in index.speaking or not _in_quotation(index, at) or _in_quotation(index, pos):
        return False  # (the speaker's own name may be a pronoun resolved through here)
    index.speaking.add(at)
    try:
        return any(index.gender_of(k) == want for k in quote_speaker(index, at, 0))
    finally:
        index.speaking.discard(at)


def _in_quotation(index: PersonIndex, pos: int) -> bool:
    """A name inside quotation marks on its line ("Their posters read 'Free my husband X'"):
    someone spoken of, not one of a group the narrative goes on with (a "them" inside the
    quotation may well be: "[to Akhat and Shamshi] ... 'They locked them up'")."""
    return quote_on_line(index.text, pos) is not None


def plural_antecedent(index: PersonIndex, pos: int, floor: int = 0, count: int = 2
                      ) -> list[str]:
    """The last two distinct persons named before ``pos``, when they are near each other (or
    as many as a counted group names: "the four men" after four names told in turn).

    A single person named earlier in the same sentence is the speaker or the subject, not
    part of the group ("Guljan said the two members of her group were detained"), so then
    the pair is looked for before the sentence.
    """
    if generic_they(index.text, pos):
        return []
    i = bisect.bisect_right(index.sent_starts, pos) - 1
    sent_start = index.sent_starts[i] if i >= 0 else 0
    same = index.persons_between(max(floor, sent_start), pos)
    if same:
        pair = coordinated(index, same[-1][0], same[-1][1])
        if len(pair) >= count:
            return pair[-count:]
        if _in_group(index, same[-1][0]):
            return [same[-1][2]]  # "detained three, including X, and took them away"
    limit = sent_start if same else pos
    reach = PLURAL_WINDOW if count == 2 else PLURAL_WINDOW + count * _LIST_GAP
    earlier = index.persons_between(max(floor, pos - reach), limit)
    if count == 2:  # "X and four other relatives were on their way ... they were taken": X
        lo = earlier[-1][1] if earlier else max(floor, pos - reach)
        if earlier and _WITH_OTHERS.match(index.text, earlier[-1][1]):
            return [earlier[-1][2]]
        one = next(reversed(list(_PRONOUN_WITH_OTHERS.finditer(index.text, lo, limit))), None)
        if one is not None and one.start() >= max(floor, pos - reach):
            return antecedent(index, one.start("p"), one.group("p"), floor)
    if earlier and _group_since(index, earlier[-1][1], pos):
        return []  # "About a dozen people gathered. Police detained three of them, ..."
    if earlier and _in_group(index, earlier[-1][0]):
        return [earlier[-1][2]]  # "detained three, including X. They were released": X's group
    keys: list[str] = []
    last_start = limit
    gap = _PAIR_GAP if count == 2 else _LIST_GAP
    narrated = count == 2 and not _in_quotation(index, pos)
    for start, _, key in reversed([m for m in earlier if not _in_quotation(index, m[0])]
                                  if narrated else earlier):
        if key not in keys:
            if keys and last_start - start > gap:
                break
            keys.append(key)
            last_start = start
        if len(keys) == count:
            pair = list(reversed(keys))
            if count == 2:  # "he and two colleagues — A, ..., and B — were called to a
                # meeting. ... They were driven away": all three
                return list(dict.fromkeys([*_group_leader(index, start), *pair]))
            return pair
    return []


# one person joined with others not named: "X and four other relatives", "She and several
# other women" (the group a later "they" means, of whom only X is known)
_OTHERS = (r"\s+and\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|some|"
           r"\d+)\s+)?(?:other|more)\s+[a-z-]+s\b")
_WITH_OTHERS = re.compile(_OTHERS)
_PRONOUN_WITH_OTHERS = re.compile(r"\b(?P<p>[Ss]he|[Hh]e)" + _OTHERS)
_PAIR_GAP = 250  # characters between the two names a "they" may join
_LIST_GAP = 600  # between the names a counted group ("the four men") gathers, told in turn
# the small numbers a counted group is told with ("the four men", "four ethnic Kazakh men")
SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# the size a group phrase gives: "the four men", "the pair"
COUNTS = {**SMALL_NUMBERS, "pair": 2, "couple": 2}


# people spoken of as a group, the likelier antecedent of a later "they" than names before it
_GROUP_WORDS = re.compile(
    r"\b(?:people|persons|supporters|protesters|demonstrators|picketers|participants|"
    r"relatives|families|residents|villagers|activists|members|detainees|prisoners|inmates|"
    r"students|workers|women|men)\b", re.IGNORECASE)


# a person named as one of a group: "including activist X", "among them X"
_IN_GROUP = re.compile(r"\b(?:including|among\s+them|among\s+whom|one\s+of\s+whom\s+was)\s+"
                       r"(?:[a-z][\w-]*\s+){0,3}\Z")


def _in_group(index: PersonIndex, start: int) -> bool:
    """The name starting at ``start`` is named as one of a group ("including activist X")."""
    return _IN_GROUP.search(index.text, max(0, start - 40), start) is not None


def _group_since(index: PersonIndex, after: int, pos: int) -> bool:
    """Whether a sentence that names no one, between the last name (ending at ``after``) and
    a plural pronoun at ``pos``, speaks of a group of people: "they" is that group."""
    for m in _GROUP_WORDS.finditer(index.text, after, pos):
        i = bisect.bisect_right(index.sent_starts, m.start()) - 1
        start = index.sent_starts[i] if i >= 0 else 0
        if start >= after and not index.names_between(start, m.start()):
            return True
    return False


# what joins the names of a list of persons: "A, B and C", "A and her husband, B,"
# (an age may stand between: "Bagila Serikova, 59, and her husband, X, 64,")
_JOIN = re.compile(r"(?:\s*,\s*\d{1,3}(?=\s*,))?"
                   r"\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)(?:(?:his|her|their)\s+(?:[\w-]+\s+)?"
                   r"(?:brother|sister|husband|wife|son|daughter|mother|father|cousin|nephew|"
                   r"niece|uncle|aunt)\s*,?\s*"
                   # "X and another protester, Y": the second one's role set before the name
                   r"|(?<=and )(?:another|an?|the|a\s+fellow)\s+(?-i:(?:[a-z-]+\s+)?[a-z-]+)"
                   r"\s*,\s*)?"
                   r"(?-i:[A-Z]\.\s?){0,2}", re.IGNORECASE)


def coordinated(index: PersonIndex, start: int, end: int) -> list[str]:
    """Persons joined to the mention at start..end by 'and' or commas: "Akhat and Shamshi",
    "Akhat, Shamshi and Nurlan", "Akhat and his brother Shamshi"."""
    keys = [k for _, _, k in index.persons_between(start, end)]
    text = index.text
    lo = start
    while (before := index.persons_between(max(0, lo - 60), lo)) and _joins(
            text, before[-1][1], lo) and not is_cited_source(index, before[-1][0], before[-1][1]):
        keys.insert(0, before[-1][2])  # not "according to his wife, X, Y was taken"
        lo = before[-1][0]
    hi = end
    while (after := index.persons_between(hi, hi + 60)) and _joins(text, hi, after[0][0]):
        keys.append(after[0][2])
        hi = after[0][1]
    keys[:0] = _group_leader(index, lo)  # "he and two colleagues — A, ..., and B —"
    return list(dict.fromkeys(keys))


def _group_leader(index: PersonIndex, first: int) -> list[str]:
    """Whom the pronoun joined to a counted group before its first named member (at
    ``first``) means: "he and two colleagues — Luqman Salam, ..." (he is one of them)."""
    lead = _PRONOUN_AND_GROUP.search(index.text, max(0, first - 60), first)
    return [] if lead is None else antecedent(index, lead.start("p"), lead.group("p").lower())


# a pronoun joined to a counted group whose members are then named: "he and two colleagues —
# Luqman Salam, ..., and Rayila Senwer —", "she and her two sisters, A and B,"
_PRONOUN_AND_GROUP = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\s+and\s+(?:(?:his|her)\s+)?(?:two|three|"
                                r"four|five|several|\d+)\s+(?:[a-z-]+\s+)?[a-z-]+s\s*[,—–]\s*\Z")


def trial_group(index: PersonIndex, m: re.Match[str], floor: int = 0) -> list[str]:
    """Who "the defendants" / "the three accused" are: the latest list of two or more
    persons named before (with as many persons as the number says), never a lone name."""
    want = _NUMBERS.get((m.group("n") or m.group("m") or "").lower())
    return named_together(index, m.start(), floor, WINDOW, want)


def named_together(index: PersonIndex, pos: int, floor: int, reach: int,
                   size: int | None = None) -> list[str]:
    """The latest group of two or more persons named together ("X and Y", "X, Y and Z")
    within ``reach`` before ``pos``, of exactly ``size`` persons when a number says how many
    ("the three accused", "the two women"); a lone name is never one."""
    seen: set[str] = set()
    for start, end, key in reversed(index.persons_between(max(floor, pos - reach), pos)):
        if key in seen:
            continue
        group = coordinated(index, start, end)
        seen.update(group)
        if len(group) >= 2 and (size is None or len(group) == size):
            return group
    return []


def _joins(text: str, start: int, end: int) -> bool:
    m = _JOIN.match(text, start, end)
    return m is not None and m.end() == end


_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?!['’][sS]\b)")
_NAME_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Madam", "Sir"})


def kin_of(index: PersonIndex, anchors: list[str], kinword: str, at: int | None = None
           ) -> list[str]:
    """The relative called ``kinword`` of the anchor person, when exactly one is named (at
    ``at``, exactly one named by then). At ``at``, a relative the text names only later gives
    way to one already named whom the kinship read backwards gives ("Yermukhan ...,
    according to his sister, Raikhangul. ... police collected her brother's passport. ...
    Her younger brother, Meirzhan, ...": the passport is Yermukhan's)."""
    if len(anchors) != 1:
        return []
    found = index.kin.get((anchors[0], kinword.lower()), [])
    if found:
        if len(found) == 1 and at is not None and index.first_at(found[0]) > at:
            earlier = [k for k in _converse_kin(index, anchors[0], kinword.lower())
                       if index.first_at(k) < at]
            if earlier:
                return earlier
        if len(found) > 1 and at is not None:
            # "her brother, Ersain, ... Her brother, a herder, was detained ... her younger
            # brother, Arnur": the one of them named by then
            earlier = [k for k in found if index.first_at(k) < at]
            return earlier if len(earlier) == 1 else []
        return found if len(found) == 1 else []
    return (_converse_kin(index, anchors[0], kinword.lower())
            or _siblings_parent(index, anchors[0], kinword.lower())
            or _kin_by_name(index, anchors[0], kinword.lower()))


_SIBLINGS = ("brother", "sister")


def _siblings_parent(index: PersonIndex, anchor: str, kinword: str) -> list[str]:
    """A sibling's mother or father is one's own: "His sister, Kamile ... His mother, Gulshen
    ... Kamile said the court had sentenced her mother": Gulshen. Only when one person fits."""
    if kinword not in ("mother", "father"):
        return []
    siblings = {k for word in _SIBLINGS for k in index.kin.get((anchor, word), [])}
    siblings |= {owner for (owner, word), keys in index.kin.items()
                 if word in _SIBLINGS and anchor in keys}
    found = {k for sib in siblings if sib != anchor for k in index.kin.get((sib, kinword), [])
             if k != anchor}
    return [found.pop()] if len(found) == 1 else []


def _kin_by_name(index: PersonIndex, anchor: str, kinword: str) -> list[str]:
    """The relative the names themselves tell, when the text states no kinship: a
    patronymic carries the father's given name ("Nurgali Muratbekuly ... his father":
    Muratbek Tolybaiuly; "Muratbek Tolybaiuly ... his son": Nurgali Muratbekuly), and
    children of one father share it ("Gulmaryam Akhmetkankyzy ... her brother": Ersain
    Akhmetkanuly, when both patronymics are marked as such). Only when exactly one person of
    the document fits, of no other gender than the kin word's."""
    names = index.full_names()
    own = names.get(anchor, ())
    want = _KIN_GENDER.get(kinword)

    def fits(key: str) -> bool:
        return key != anchor and (index.gender_of(key) or want) == want

    found: list[str] = []
    if kinword == "father":
        father = fathers_name(own)
        found = [k for k, words in names.items() if father and len(words) >= 2
                 and kin_name_key(words[0]) == father[0] and fits(k)]
    elif kinword in ("son", "daughter") and len(own) >= 2 and \
            index.gender_of(anchor) != "female":
        given = kin_name_key(own[0])
        found = [k for k, words in names.items()
                 if (fathers_name(words) or ("", False))[0] == given and fits(k)]
    elif kinword in ("brother", "sister"):
        father = fathers_name(own)
        found = [k for k, words in names.items() if father and father[1]
                 and fathers_name(words) == father and fits(k)]
    return found if len(found) == 1 else []


# kinship read backwards: whose son someone is, is that person's father or mother
_CONVERSE: dict[str, tuple[str, ...]] = {
    "father": ("son", "daughter"), "mother": ("son", "daughter"),
    "son": ("father", "mother"), "daughter": ("father", "mother"),
    "brother": ("brother", "sister"), "sister": ("brother", "sister"),
    "husband": ("wife",), "wife": ("husband",),
}
_KIN_GENDER = {"father": "male", "son": "male", "brother": "male", "husband": "male",
               "mother": "female", "daughter": "female", "sister": "female", "wife": "female"}


def _converse_kin(index: PersonIndex, anchor: str, kinword: str) -> list[str]:
    """ "His son, Dilmurat, said his father was detained": the man whose son Dilmurat is, is
    Dilmurat's father, provided that man is known to be male (a mother is not a father), or
    is the only such person and of no known gender."""
    back = _CONVERSE.get(kinword, ())
    want = _KIN_GENDER.get(kinword)
    owners = {owner for (owner, word), keys in index.kin.items()
              if word in back and anchor in keys and owner != anchor}
    known = {owner for owner in owners if index.gender.get(owner) == want}
    if not known:  # "I am the daughter of X", X's gender never told: X if X is the only one
        known = {owner for owner in owners if owner not in index.gender}
    return [known.pop()] if len(known) == 1 else []
