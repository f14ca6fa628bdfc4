"""Records and the named comparisons that score a pair of them, each with explicit levels.

``Record`` is the matching view of one person record: plain data, independent of the
database (``izde.resolve.persons`` builds it from the store, ``benchmarks/resolve.py`` from
generated data; both then go through the same code). A comparison looks at one aspect of a
pair and names a level ("exact", "within_1", "different", ...); the settings give each level
a weight. The list of (comparison, level, weight) is the waterfall a reviewer reads.

Absence of information is never evidence: a missing birth year or an event reported by only
one side weighs 0. Disagreement is: a different gender or a birth year ten years apart.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar, NamedTuple

from rapidfuzz.distance import OSA, JaroWinkler

from izde.resolve.names import (
    NAME_SUFFIXES,
    PARTICLE_TOKENS,
    final_ng_as_n,
    fine_token,
    heard_skeleton,
    skeleton,
)
from izde.resolve.pinyin_names import is_pinyin_word, syllables
from izde.resolve.settings import MatchSettings
from izde.resolve.translit import is_plain, latin_words

# Token-pair match classes, best first; the worst class over a name's aligned tokens is its.
TOKEN_CLASSES = ("exact", "transliteration", "vowel_variant", "fuzzy")
EXACT, TRANSLITERATION, VOWEL_VARIANT, FUZZY = 4, 3, 2, 1  # token_class values
HAN_VOWEL_AGREEMENT = 0.8  # Jaro-Winkler of folded forms when skeletons agree
STRONG_NAME_LEVELS = frozenset({"exact", "transliteration", "vowel_variant", "fuzzy", "subset"})
MIN_VARIANT_SKELETON = 3  # consonants a token needs before its vowels may vary
# Unrounded vowels alternate across romanisations of Uyghur and Kyrgyz (e/a for ä, y/i/a for
# the reduced vowel: Memet / Mamat, Sydyk / Sadyk); rounded o/u stay apart (Marat / Murat).
_UNROUNDED_RUN = re.compile(r"[aei]+")
# An h after a vowel and before a consonant or the end is weak and often unwritten
# (Mehmet / Memet, Abdullah / Abdulla).
_WEAK_H = re.compile(r"(?<=[aeiouy])h(?![aeiouy])")
_FRAME_CONSONANT = re.compile(r"[^Aou]")
# Russian-style patronymics: official papers write them (Tulegenova Aigerim Tulegenovna),
# everyday use drops them (Aigerim Tulegenova), so a name short of one lacks nothing else.
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna")


class TokenForm(NamedTuple):
    """One token of a name with what token comparison reads; equal tokens compare alike,
    so a token pair's class is computed once (``token_pair_class``)."""

    latin: str
    fine: str
    skel: str
    vowel: str
    pinyin: bool  # heard through Chinese: in characters, or a pinyin word (is_pinyin_word)
    han: bool
    heard: str = ""  # heard_skeleton


class NameForm(NamedTuple):
    """A name as written and its derived forms, computed once per distinct spelling.

    Immutable plain data; a named tuple because a batch builds one per distinct name (a
    million at a time) and a tuple is built several times faster than a frozen dataclass."""

    written: str
    latin: tuple[str, ...]  # latinised tokens, particles ("uly", "kyzy") removed
    fine: tuple[str, ...]  # transliteration-folded tokens (names.fine_token)
    skel: tuple[str, ...]  # consonant skeletons (names.skeleton)
    han: bool  # a Turkic name in Chinese characters: its vowels are pinyin's
    vowel: tuple[str, ...] = ()  # vowel-tolerant frames (vowel_frame)
    pinyin: tuple[bool, ...] = ()  # token reads as a pinyin rendering (is_pinyin_word)
    family: tuple[bool, ...] = ()  # token carried a family suffix or particle (-ov, uly)
    tokens: tuple[TokenForm, ...] = ()  # the above, token by token
    words: tuple[str, ...] = ()  # the latinised words as written, particles included

    @property
    def key(self) -> str:
        """The order-free phonetic key, equal to ``names.name_key`` of the written name."""
        return " ".join(sorted(self.skel))

    @property
    def folded(self) -> str:
        """The order-free transliteration-folded name (Qairat Asqaruly, Кайрат Аскаров: one
        form): what term frequencies count and the narrowest blocking key. Unlike ``key``,
        it keeps vowels, so the many names one consonant skeleton covers stay apart."""
        return " ".join(sorted(self.fine))

    @property
    def joined(self) -> str:
        """The whole name run together (Nursultan / Nur Sultan)."""
        return "".join(self.fine)


@lru_cache(maxsize=262144)
def _word(word: str) -> tuple[str, str, str, bool, bool]:
    """(fine, skeleton, vowel frame, reads as pinyin, carries a family suffix) of a word."""
    fine = fine_token(word)
    suffixed = any(word.endswith(x) and len(word) - len(x) >= 3 for x in NAME_SUFFIXES)
    return fine, skeleton(fine), vowel_frame(word), is_pinyin_word(word), suffixed


TokenEntry = tuple[TokenForm | None, bool]
# Token entries made elsewhere (worker processes, ``izde.resolve.name_words``), taken by
# ``_token_entry`` the first time it is asked for one instead of making it again.
MADE_ELSEWHERE: dict[tuple[str, bool], TokenEntry] = {}


# Token entries by word, for plain names and names in characters: a dict lookup, since a
# million names look up two words each (an ``lru_cache`` of two arguments costs ~1 µs a call).
_ENTRIES: tuple[dict[str, TokenEntry], dict[str, TokenEntry]] = ({}, {})
ENTRY_LIMIT = 1 << 18  # words kept per kind; past it the cache starts afresh


def _token_entry(word: str, han: bool) -> TokenEntry:
    """A word's token (None when folding leaves nothing of it) and whether it names a
    family (a suffix such as -ov; never in characters), once per word: a million names
    are spelled with a few tens of thousands of words."""
    cache = _ENTRIES[han]
    found = cache.get(word)
    if found is None:
        found = MADE_ELSEWHERE.pop((word, han), None) or token_entry(word, han)
        if len(cache) >= ENTRY_LIMIT:
            cache.clear()
        cache[word] = found
    return found


def forget_token_entries() -> None:
    """Empty the cache of token entries (tests that read words afresh)."""
    for cache in _ENTRIES:
        cache.clear()


def token_entry(word: str, han: bool) -> TokenEntry:
    """``_token_entry``, made here."""
    fine, skel, frame, pinyin, suffixed = _word(word)
    if not fine:
        return None, False
    token = TokenForm(word, fine, skel, frame, han or pinyin, han, heard_skeleton(word))
    return token, suffixed and not han


def _read_words(written: str) -> tuple[bool, list[str]]:
    """(written in Chinese characters, the name's Latin words) as ``name_form`` and
    ``two_word_entries`` read them."""
    if is_plain(written):  # ASCII letters: ``latinize`` only lower-cases, never characters
        return False, written.lower().split()
    return transcribed_in_characters(written), latin_words(written)


@lru_cache(maxsize=1 << 20)  # 100k generated records spell 86k names
def name_form(written: str) -> NameForm:
    han, words = _read_words(written)
    if PARTICLE_TOKENS.isdisjoint(words):
        cache = _ENTRIES[han]
        entries = [cache.get(w) or _token_entry(w, han) for w in words]
        if len(entries) == 2 and entries[0][0] is not None and entries[1][0] is not None:
            return _two_tokens(written, entries, han)
    else:
        entries = _family_marks(words, han)
    return _assembled(written, entries, han, tuple(words))


def two_word_entries(written: str) -> tuple[TokenForm, bool, TokenForm, bool, bool] | None:
    """(first token, its family mark, second token, its family mark, ``han``) of a name
    that ``name_form`` assembles from two words by ``_two_tokens`` (two words, no
    particle, each with a token: nearly every name), without building its name form; None
    for any other name. The same reading as ``name_form``'s, step for step, for what needs
    only the tokens of many names (``name_tables``: a name form's tuples are most of its
    cost)."""
    han, words = _read_words(written)
    if len(words) != 2 or not PARTICLE_TOKENS.isdisjoint(words):
        return None
    cache = _ENTRIES[han]
    a, family_a = cache.get(words[0]) or _token_entry(words[0], han)
    b, family_b = cache.get(words[1]) or _token_entry(words[1], han)
    if a is None or b is None:
        return None
    return a, family_a, b, family_b, han


def _two_tokens(written: str, entries: list[TokenEntry], han: bool) -> NameForm:
    """``_assembled`` of a name of two words, each with a token (nearly every name), its
    columns written out: half the time of the general loop and ``zip``. A token's
    ``latin`` is its word, so the words as written are the ``latin`` tuple itself."""
    (a, family_a), (b, family_b) = entries
    assert a is not None and b is not None
    latin = (a.latin, b.latin)
    return NameForm(written, latin, (a.fine, b.fine), (a.skel, b.skel), han,
                    (a.vowel, b.vowel), (a.pinyin, b.pinyin), (family_a, family_b), (a, b),
                    latin)


def _assembled(written: str, entries: list[TokenEntry], han: bool,
               words: tuple[str, ...]) -> NameForm:
    """The name form of a name's token entries: the tokens' fields as columns (a million
    names go through here, so each column is one ``zip``, not a loop of its own)."""
    tokens = tuple([t for t, _ in entries if t is not None])
    if len(tokens) == len(entries):
        family = tuple([m for _, m in entries])
    else:
        family = tuple([m for t, m in entries if t is not None])
    if not tokens:
        return NameForm(written, (), (), (), han, (), (), family, tokens, words)
    latin, fine, skel, vowel, pinyin, _, _ = zip(*tokens, strict=True)
    return NameForm(written, latin, fine, skel, han, vowel, pinyin, family, tokens, words)


def _family_marks(words: list[str], han: bool) -> list[tuple[TokenForm | None, bool]]:
    """Token entries of the words without particles, a word followed by a particle marked
    as naming a family (Serik uly: son of Serik)."""
    out: list[tuple[TokenForm | None, bool]] = []
    for word in words:
        if word in PARTICLE_TOKENS:
            if out:
                out[-1] = (out[-1][0], not han)
            continue
        out.append(_token_entry(word, han))
    return out


@lru_cache(maxsize=131072)
def vowel_frame(latin: str) -> str:
    """The fine form with a weak h dropped and each run of unrounded vowels as one "A".

    Two tokens with one frame differ only in the vowels romanisations disagree on:
    Memtimin / Mamtimin, Sydykov / Sadykov, Mehriban / Mihriban, Mehmet / Memet.
    """
    return _UNROUNDED_RUN.sub("A", fine_token(_WEAK_H.sub("", latin)))


def pinyin_skeleton(skel: str) -> str:
    """A skeleton with a final -ng read as -n: pinyin writes Memtimin as Maimaiti-ming."""
    return final_ng_as_n(skel)


def transcribed_in_characters(written: str) -> bool:
    """A foreign (Turkic) name spelled out in Chinese characters, syllable by syllable.

    Such names carry a separator dot (阿斯卡尔·阿扎提别克) or run past the three characters
    of a native Chinese name; only they are compared by consonant skeleton. A native name's
    pinyin is standard, so it must match as written (王伟 is not 王为).
    """
    if written.isascii():
        return False
    han = len(_HAN_CHARACTER.findall(written))
    return han > 0 and (han >= 4 or any(sep in written for sep in "·•‧・"))


_HAN_CHARACTER = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


class Record(NamedTuple):
    """One person as one document reports them (see module docstring): immutable plain
    data, a named tuple for the speed of building a million of them (see ``NameForm``)."""

    id: str
    document_id: str | None
    names: tuple[NameForm, ...]
    gender: str | None = None
    ethnicity: str | None = None
    birth_year: int | None = None
    hometowns: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()  # relatives' name keys, bare and ``kin_key``
    events: frozenset[tuple[str, str, str]] = frozenset()

    @property
    def longest(self) -> int:
        """Tokens in the fullest name: a one-token person never merges by itself."""
        return max((len(n.fine) for n in self.names), default=0)


def make_record(id: str, document_id: str | None, names: list[str], **attrs: object) -> Record:
    """A record from names as written; other fields as keyword arguments."""
    forms: tuple[NameForm, ...]
    if len(names) == 1:  # nearly every record: no duplicates to drop
        forms = (name_form(names[0]),) if names[0].strip() else ()
    else:
        forms = tuple(name_form(n) for n in dict.fromkeys(n for n in names if n.strip()))
    return Record(id, document_id, forms, **attrs)  # type: ignore[arg-type]


class Contribution(NamedTuple):
    """One bar of the waterfall: what a comparison found and what it weighs (log2 odds)."""

    comparison: str
    level: str
    weight: float
    detail: str = ""

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"comparison": self.comparison, "level": self.level,
                                  "weight": round(self.weight, 3)}
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass
class MatchContext:
    """What a comparison may need beyond the pair: how many records share a folded name
    (``NameForm.folded``)."""

    name_count: Callable[[str], int] = field(default=lambda _key: 1)


# --- names ---------------------------------------------------------------------------------


def token_class(a: NameForm, i: int, b: NameForm, j: int) -> int:
    """4 exact, 3 transliteration, 2 vowel variant, 1 fuzzy (a typo), 0 no match,
    for token i of a and token j of b."""
    return token_pair_class(a.tokens[i], b.tokens[j])


@lru_cache(maxsize=1 << 20)
def token_pair_class(a: TokenForm, b: TokenForm) -> int:
    """``token_class`` of two tokens (cached: a batch compares the same tokens again and
    again)."""
    if a.latin == b.latin:
        return EXACT
    fa, fb = a.fine, b.fine
    if fa == fb:
        return TRANSLITERATION
    if heard_alike(a, b):
        # a Turkic name heard through Chinese: pinyin adds vowels ("asikaer" for askar) but
        # keeps most; native Chinese pinyin (short skeletons) must match as written
        if JaroWinkler.similarity(fa, fb) >= HAN_VOWEL_AGREEMENT:
            return TRANSLITERATION
        return FUZZY if a.han or b.han else VOWEL_VARIANT
    if vowel_variant(a, b):
        return VOWEL_VARIANT
    if endeared(a.latin, b.latin) or endeared(b.latin, a.latin):
        return FUZZY
    if initial_of(a, b) or initial_of(b, a):
        return FUZZY  # "N. Muratbekov" in a court paper, "Nurgali Muratbekov" elsewhere
    shortest = min(len(fa), len(fb))
    if shortest >= 4 and not (one_syllable(a.latin) and one_syllable(b.latin)):
        cutoff = 2 if shortest >= 8 else 1
        if OSA.distance(fa, fb, score_cutoff=cutoff) <= cutoff:
            return FUZZY
    return 0


def initial_of(a: TokenForm, b: TokenForm) -> bool:
    """``a`` is the initial of ``b``: court papers and official statements name people by
    initials and a surname ("N. Muratbekov"), which agrees with a given name that opens with
    that letter as loosely as a typo does. An initial is one letter as written ("Wu", whose
    folded form is "u", is none), compared by the folded forms ("Q." and "Kairat")."""
    return len(a.latin) == 1 and len(b.latin) > 1 and b.fine[:1] == a.fine[:1] != ""


def endeared(a: str, b: str) -> bool:
    """``a`` is ``b`` with the Uyghur endearment -jan ("soul, dear"), which family and
    friends add to a name and papers keep or drop (Yasinjan / Yasin, Mahinurjan / Mahinur):
    a loose match, as a typo is. Kazakh -zhan builds names of its own (Serikzhan is not
    Serik) and is not read so."""
    return len(a) > 5 and a.endswith("jan") and a[:-3] == b


def heard_alike(a: TokenForm, b: TokenForm) -> bool:
    """One side heard through Chinese (characters or pinyin) and the skeletons agree as
    Chinese hears them (heard_skeleton). Short skeletons (Xu, Chao, Li) are left out: a
    Chinese name's own pinyin must match as written; one side must spell three consonants
    (Mehmet / Maimaiti: mkmt and mt, both heard as mt)."""
    longest = max(len(a.skel), len(b.skel))
    if not (a.pinyin or b.pinyin) or longest < MIN_VARIANT_SKELETON:
        return False
    return a.heard == b.heard or _j_as_g_agrees(a, b) or _j_as_g_agrees(b, a)


def _j_as_g_agrees(a: TokenForm, b: TokenForm) -> bool:
    heard = heard_j_as_g(a)
    return bool(heard) and heard == b.heard


def heard_j_as_g(token: TokenForm) -> str:
    """A pinyin token's heard skeleton with its j read as g: Chinese writes a foreign "ga"
    and "gi" with 加 jia and 吉 ji (Sapargali: 萨帕尔加利 Sapa'erjiali, Nurgali: 努尔加里), as
    well as "zh" (居马 Juma for Zhuma), which the plain heard skeleton already reads. Empty
    for a token not heard through Chinese or without a j, so it matches nothing."""
    return heard_skeleton(token.latin.replace("j", "g")) if token.pinyin and \
        "j" in token.latin else ""


def vowel_variant(a: TokenForm, b: TokenForm) -> bool:
    """Tokens that differ only in the vowels romanisations disagree on (see vowel_frame).
    Short names (Ali, Aman) carry too few consonants to tolerate any vowel change, and a
    word that is one pinyin syllable (Fang, Feng, Zhang, Zheng) has one spelling: pinyin is a
    standard, so Wang Fang and Wang Feng are two names."""
    return a.vowel == b.vowel and vowels_may_vary(a.vowel, a.latin) and \
        vowels_may_vary(b.vowel, b.latin)


def one_syllable(latin: str) -> bool:
    """A word that is one pinyin syllable (Fang, Zheng): another syllable is another name,
    however close its letters."""
    return latin in syllables()


def vowels_may_vary(frame: str, latin: str) -> bool:
    """Whether a token's vowels may differ between spellings of it (``vowel_variant``)."""
    return len(_FRAME_CONSONANT.findall(frame)) >= MIN_VARIANT_SKELETON and \
        not one_syllable(latin)


def align(a: NameForm, b: NameForm) -> list[int]:
    """Classes of the token pairs of a one-to-one alignment, best pairs first (order-free)."""
    return [cls for cls, _, _ in aligned_pairs(a, b)]


def aligned_pairs(a: NameForm, b: NameForm) -> list[tuple[int, int, int]]:
    """(class, token of a, token of b) of a one-to-one alignment, best pairs first."""
    scored = sorted((c, i, j) for i, x in enumerate(a.tokens) for j, y in enumerate(b.tokens)
                    if (c := token_pair_class(x, y)))
    used_a: set[int] = set()
    used_b: set[int] = set()
    matched: list[tuple[int, int, int]] = []
    for cls, i, j in reversed(scored):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            matched.append((cls, i, j))
    return matched


def family_crossed(a: NameForm, b: NameForm, pairs: list[tuple[int, int, int]]) -> bool:
    """Both names mark a family name and the two are not aligned with each other: Berik
    Serikov (Berik, son of Serik) is not Serik Berikov (Serik, son of Berik)."""
    fam_a = {i for i, marked in enumerate(a.family) if marked}
    fam_b = {j for j, marked in enumerate(b.family) if marked}
    return bool(fam_a and fam_b) and not any(i in fam_a and j in fam_b for _, i, j in pairs)


def name_level(a: NameForm, b: NameForm) -> str:
    """exact | transliteration | fuzzy | subset | single_token | partial | different."""
    na, nb = len(a.fine), len(b.fine)
    if not na or not nb:
        return "different"
    if na == nb >= 2 and a.latin == b.latin:
        return "exact"
    pairs = aligned_pairs(a, b)
    matched = [cls for cls, _, _ in pairs]
    shorter, m = min(na, nb), len(matched)
    if m >= shorter and family_crossed(a, b, pairs):
        return "different"  # every word agrees, but a father's name stands for a son's
    if m < shorter:
        joined = _run_together(a, b)
        if joined != "different":
            return joined
    if m == 0:
        return "different"
    if shorter == 1:
        return "single_token"
    if m < shorter:
        return "partial"  # tokens left unmatched on both sides: a different surname
    if na == nb:
        return TOKEN_CLASSES[EXACT - min(matched)]
    if _short_of_patronymics(a if na > nb else b, pairs, na > nb):
        return TOKEN_CLASSES[EXACT - min(*matched, TRANSLITERATION)]
    return "subset"


def _short_of_patronymics(longer: NameForm, pairs: list[tuple[int, int, int]],
                          longer_first: bool) -> bool:
    """Every word of the longer name left unaligned is a Russian-style patronymic: the two
    names agree on all else, as "Aigerim Tulegenova" does with "Tulegenova Aigerim
    Tulegenovna". Such a pair ranks with its aligned words, below "exact" (the two are not
    written alike)."""
    used = {i if longer_first else j for _, i, j in pairs}
    return all(token.latin.endswith(PATRONYMIC_ENDINGS)
               for k, token in enumerate(longer.tokens) if k not in used)


def joined_skeleton(name: NameForm) -> str:
    """The skeleton of the name run together, ``skeleton(name.joined)``
    (``skeletons_joined`` of its tokens' skeletons)."""
    return skeletons_joined(name.skel)


def skeletons_joined(skeletons: tuple[str, ...]) -> str:
    """The skeleton of words run together, from the words' skeletons: a later word's
    leading vowel ("a") drops, its consonants follow, and a letter doubled across a join
    collapses (each skeleton is collapsed already)."""
    if not skeletons:
        return ""
    out = skeletons[0]
    for skel in skeletons[1:]:
        piece = skel[1:] if skel[0] == "a" else skel
        if piece and piece[0] == out[-1]:
            piece = piece[1:]
        out += piece
    return out


def _run_together(a: NameForm, b: NameForm) -> str:
    """Names whose word breaks differ ("Nursultan" / "Nur Sultan") compare run together."""
    if a.joined == b.joined or ((a.han or b.han) and len(joined_skeleton(a)) >= 4
                                and joined_skeleton(a) == joined_skeleton(b)):
        return "transliteration" if min(len(a.fine), len(b.fine)) >= 2 else "single_token"
    return "different"


NAME_RANK = {"exact": 7, "transliteration": 6, "vowel_variant": 5, "fuzzy": 4, "subset": 3,
             "single_token": 2, "partial": 1, "different": 0}


def best_names(a: Record, b: Record) -> tuple[str, NameForm | None, NameForm | None]:
    """The best level over all pairs of the two records' spellings, and the pair giving it."""
    best: tuple[str, NameForm | None, NameForm | None] = ("different", None, None)
    for x in a.names:
        for y in b.names:
            level = name_level(x, y)
            if NAME_RANK[level] > NAME_RANK[best[0]]:
                best = (level, x, y)
    return best


# --- the comparisons -----------------------------------------------------------------------


class Comparison:
    """One aspect of a pair; subclasses name their levels and say which level a pair is at."""

    name: ClassVar[str]
    levels: ClassVar[tuple[str, ...]]

    def level(self, a: Record, b: Record) -> str:
        raise NotImplementedError

    def contributions(self, a: Record, b: Record, settings: MatchSettings,
                      ctx: MatchContext) -> list[Contribution]:
        level = self.level(a, b)
        return [Contribution(self.name, level, settings.weight(self.name, level))]


class NameComparison(Comparison):
    """Full names across spellings and scripts (token alignment on names' folded forms).

    Its second bar is Splink's term-frequency adjustment: a full name that many records
    share ("name_frequency", level "common") is weaker evidence than a rare one. Where the
    two spellings differ, the commoner one counts: a rare spelling of a common name (a
    transcription into characters, a typo) is as likely to be any of its namesakes as the
    common spelling is, so agreeing with it tells no more (session 12).
    """

    name = "name"
    levels = tuple(NAME_RANK)

    def level(self, a: Record, b: Record) -> str:
        return best_names(a, b)[0]

    def contributions(self, a: Record, b: Record, settings: MatchSettings,
                      ctx: MatchContext) -> list[Contribution]:
        return self.bars(best_names(a, b), settings, ctx)

    def bars(self, best: tuple[str, NameForm | None, NameForm | None],
             settings: MatchSettings, ctx: MatchContext) -> list[Contribution]:
        """The bars of a pair whose ``best_names`` are ``best`` (computed once in bulk)."""
        level, x, y = best
        detail = f"{x.written} ~ {y.written}" if x and y else ""
        out = [Contribution(self.name, level, settings.weight(self.name, level), detail)]
        if level in STRONG_NAME_LEVELS and x is not None and y is not None:
            count = max(ctx.name_count(x.folded), ctx.name_count(y.folded))
            out.append(frequency_bar(count, settings))
        return out


def frequency_bar(count: int, settings: MatchSettings) -> Contribution:
    """The term-frequency bar of a name ``count`` records carry (see ``NameComparison``)."""
    if count <= settings.rare_name_count:
        return Contribution("name_frequency", "rare", settings.weight("name_frequency", "rare"))
    penalty = -math.log2(count / settings.rare_name_count)
    return Contribution("name_frequency", "common", penalty, f"{count} records share this name")


class BirthYear(Comparison):
    """Birth years, mostly computed from an age at a date: a year apart is still compatible."""

    name = "birth_year"
    levels = ("exact", "within_1", "within_3", "far", "missing")

    def level(self, a: Record, b: Record) -> str:
        if a.birth_year is None or b.birth_year is None:
            return "missing"
        gap = abs(a.birth_year - b.birth_year)
        return "exact" if gap == 0 else "within_1" if gap == 1 else (
            "within_3" if gap <= 3 else "far")


class _Equality(Comparison):
    levels = ("same", "different", "missing")
    attribute: ClassVar[str]

    def level(self, a: Record, b: Record) -> str:
        x, y = getattr(a, self.attribute), getattr(b, self.attribute)
        if not x or not y:
            return "missing"
        return "same" if str(x).casefold() == str(y).casefold() else "different"


class Gender(_Equality):
    name = "gender"
    attribute = "gender"


class Ethnicity(_Equality):
    name = "ethnicity"
    attribute = "ethnicity"


class Hometown(Comparison):
    """Places of residence or origin (gazetteer ids): sharing one is evidence, not proof."""

    name = "hometown"
    levels = ("same", "different", "missing")

    def level(self, a: Record, b: Record) -> str:
        if not a.hometowns or not b.hometowns:
            return "missing"
        return "same" if a.hometowns & b.hometowns else "different"


KIN_MARK = ">"  # joins a kinship to a relative's name key (``kin_key``)


def kin_key(kinship: str, key: str) -> str:
    """A relative's name key with how the person is related to them ("spouse>nurkhat
    syzdykuly": the person is the spouse of Nurkhat Syzdykuly), kept in ``Record.relatives``
    beside the bare key."""
    return f"{kinship}{KIN_MARK}{key}"


class SharedRelative(Comparison):
    """A relative on both sides who resolves to one person (compared by name key).

    ``same_kin``: both are related to that person in the same way (both the spouse of
    Nurkhat Syzdykuly, both his sister). A name and that together all but identify someone
    (a man rarely has two wives or two sisters of one given name), which is what lets a
    record known by a given name alone merge by itself (``matching.decide``)."""

    name = "shared_relative"
    levels = ("same_kin", "shared", "none")

    def level(self, a: Record, b: Record) -> str:
        shared = a.relatives & b.relatives
        if not shared:
            return "none"
        return "same_kin" if any(KIN_MARK in k for k in shared) else "shared"


class SharedEvent(Comparison):
    """The same event reported twice: same type, date and place is strong evidence."""

    name = "shared_event"
    levels = ("same_type_date_place", "same_date_place", "none")

    def level(self, a: Record, b: Record) -> str:
        if not a.events or not b.events:
            return "none"
        if a.events & b.events:
            return "same_type_date_place"
        when_where = {(d, p) for _, d, p in a.events}
        if when_where & {(d, p) for _, d, p in b.events}:
            return "same_date_place"
        return "none"


class SameDocument(Comparison):
    """Records from one document are different people: extraction already clustered them."""

    name = "same_document"
    levels = ("same", "different")

    def level(self, a: Record, b: Record) -> str:
        same = a.document_id is not None and a.document_id == b.document_id
        return "same" if same else "different"


COMPARISONS: tuple[Comparison, ...] = (
    NameComparison(), BirthYear(), Gender(), Ethnicity(), Hometown(),
    SharedRelative(), SharedEvent(), SameDocument(),
)
