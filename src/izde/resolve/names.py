"""Name keys and comparison across scripts and transliteration systems.

A Kazakh name reaches us as Ерлан Нұрланұлы, Yerlan Nurlanuly, Erlan Nurlanov, Erlan
Nurlan-uly or 叶尔兰·努尔兰; an Uyghur one as ئابدۇرېھىم, Abdurehim or Abdurakhim. Three
layers of derived forms absorb that variation:

1. ``latinize`` (``translit``): any script -> lower-case ASCII reading.
2. ``fine`` token form: folds the letter choices that transliteration systems disagree on
   (q/k/kh/h, zh/j/dzh, gh/g, sh/x, ch/c, y/i, w/v/u, doubled letters, initial ye-/yo-)
   and strips patronymic and Russian surname suffixes (-uly, -kyzy, -ovich, -ovna, -ov, -eva).
   Vowels stay: Marat and Murat are different names.
3. ``skeleton``: the first sound plus the consonants, with the contrasts Chinese cannot write
   merged (r/l, voiced/voiceless stops, the sibilants). Pinyin of a transliterated foreign
   name inserts vowels (阿斯卡尔 "a-si-ka-er" for Askar); the skeleton of both is "askr".
   Used for blocking and, when a side is written in Chinese, for comparison.

Comparison aligns tokens (order-free: surname first or last), scores each pair with
Jaro-Winkler (rapidfuzz) on the fine forms, and then decides from which tokens are left
unmatched: tokens left on one side only (a dropped patronymic, "Askar Azatbek" vs
"Azatbek") make a *partial* match; tokens left on both sides ("Nurlan Askarov" vs "Nurlan
Bekov") make the names *different*, however common the shared given name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from izde.resolve.pinyin_names import renders_in_pinyin, segment
from izde.resolve.translit import detect_script, latinize

__all__ = [
    "NameComparison",
    "compare_names",
    "detect_script",
    "latinize",
    "name_key",
    "name_keys",
]

# Whole tokens that only say "son of"/"daughter of" and carry no identity.
PARTICLE_TOKENS = frozenset(
    {"uly", "ulu", "uli", "uulu", "ugli", "ogly", "oglu", "ogli", "kyzy", "kizi", "qizi", "qyzy",
     "gizi", "bin", "binti", "bint", "ibn"}  # "uulu": Kyrgyz, "Asanbek uulu"
)
# Patronymic and Russian-style surname endings, longest first; stripped when 3+ letters remain.
NAME_SUFFIXES: tuple[str, ...] = (
    "ovich", "evich", "ovna", "evna", "uulu", "kyzy", "qyzy", "kizi", "qizi", "ugli", "ogly",
    "oglu", "ogli", "uly", "ulu", "uli", "ova", "eva", "ov", "ev",
)
# Ordered rewrites of the fine form; placeholders in capitals keep later rules off them.
_FINE_REWRITES: tuple[tuple[str, str], ...] = (
    ("shch", "X"), ("dzh", "J"), ("tch", "C"), ("zh", "J"), ("dj", "J"), ("kh", "K"),
    ("gh", "G"), ("sh", "X"), ("ch", "C"), ("ts", "C"), ("ph", "F"), ("th", "T"),
    ("ck", "K"), ("q", "K"), ("h", "K"), ("x", "X"), ("c", "C"), ("y", "i"), ("w", "u"),
    ("v", "u"),
)
_SKELETON_CLASSES = str.maketrans({
    "b": "p", "d": "t", "g": "k", "l": "r", "z": "s", "j": "s", "c": "s", "x": "s",
})
_VOWELS = frozenset("aeiou")
_DOUBLE = re.compile(r"(.)\1+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _strip_suffix(token: str) -> str:
    for suffix in NAME_SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    return token


# the x of the Uyghur and Uzbek Latin alphabets, which writes kh (Exmetjan = Ekhmetjan,
# Xalmurat = Khalmurat): before a consonant, or opening a word that is no pinyin (pinyin's x
# is another sound: Xiaoming); between vowels and at the end it stays (Alexander, Felix)
_LATIN_KH_X = re.compile(r"x(?=[bcdfghjklmnpqrstvwz])|^x(?=[aeiouy])")


@lru_cache(maxsize=131072)
def fine_token(token: str) -> str:
    """One latinised token with transliteration choices folded and suffixes stripped."""
    if token.startswith(("ye", "yo", "yu")) and len(token) > 3:
        token = token[1:]  # Russian-style Ye-rlan / Yo-sif for Kazakh Erlan, Iosif
    return _fold_letters(_strip_suffix(_kh_for_x(token)))


def _kh_for_x(token: str, heard: bool = False) -> str:
    """``token`` with a Uyghur or Uzbek Latin x written kh (``_LATIN_KH_X``). ``heard``: as
    Chinese hears the name (``heard_skeleton``, compared only with names in characters or
    their pinyin), where an x between vowels is kh too (Rexim: Re-yi-mu): a Western x there
    (Alexander) has no pinyin rendering to be confused with."""
    if "x" in token and (not token.isascii() or segment(token) is None):
        return (_HEARD_KH_X if heard else _LATIN_KH_X).sub("kh", token)
    return token


_HEARD_KH_X = re.compile(r"x(?!$)")


def _fold_letters(token: str) -> str:
    for old, new in _FINE_REWRITES:
        token = token.replace(old, new)
    return _DOUBLE.sub(r"\1", token.lower())


def skeleton(fine: str) -> str:
    """First sound + consonants with Chinese-indistinct contrasts merged ("askar" -> "askr")."""
    if not fine:
        return ""
    merged = fine.translate(_SKELETON_CLASSES)
    head = "a" if merged[0] in _VOWELS else merged[0]
    body = "".join(c for c in merged[1:] if c not in _VOWELS)
    return _DOUBLE.sub(r"\1", head + body)


# An h or kh after a vowel, which Chinese leaves unwritten (Abdurehim: A-bu-du-re-yi-mu,
# Mehmet: Mai-mai-ti); a name heard through Chinese is compared without it (heard_skeleton).
_UNHEARD_H = re.compile(r"(?<=[aeiouy])k?h")


@lru_cache(maxsize=131072)
def heard_skeleton(latin: str) -> str:
    """The skeleton of a word as Chinese hears it: an h or kh after a vowel dropped and a
    final -ng read as -n. Pinyin renders Abdurehim as Abudureyimu (skeletons aptrkm /
    aptrm) and Memtimin as Maimaitiming (mtmn / mtmnk); both then read aptrm and mtmn. Only
    the h goes: Abdukerim keeps its k (aptkrm), so it stays apart from Abudureyimu."""
    latin = _kh_for_x(latin, heard=True)
    skel = final_ng_as_n(skeleton(fine_token(_UNHEARD_H.sub("", latin)) or fine_token(latin)))
    # a final m heard as n: Chinese closes a syllable only with n or ng (Ibrayim: Yi-bu-la-yin)
    return skel[:-1] + "n" if len(skel) > 2 and skel.endswith("m") else skel


def final_ng_as_n(skel: str) -> str:
    """A skeleton with a final -ng read as -n: pinyin writes Memtimin as Maimaiti-ming."""
    return skel[:-1] if skel.endswith("nk") else skel


def _chinese_form(name: str) -> bool:
    """Written in Chinese characters, or in the pinyin of characters that rendered a
    Turkic name (Abudureyimu for Abdurehim: ``izde.resolve.pinyin_names``), also when only
    one word is (a report's "Tuerdimaimaiti Kurbantai": the given name in pinyin, the surname
    half-native)."""
    return bool(_HAN.search(name)) or renders_in_pinyin(name)


def _pinyin_as_foreign(token: str) -> str:
    """Pinyin letters that render other sounds in foreign names: q is "ch" (乌鲁木齐 Urumchi)."""
    return token.replace("q", "ch")


def fine_tokens(name: str) -> tuple[str, ...]:
    """The fine forms of a name's tokens, particles ("uly", "kyzy") removed."""
    tokens = [t for t in latinize(name).split() if t not in PARTICLE_TOKENS]
    if _chinese_form(name):
        tokens = [_pinyin_as_foreign(t) for t in tokens]
    return tuple(f for f in map(fine_token, tokens) if f)


def name_key(name: str) -> str:
    """A coarse, order-free phonetic key: equal keys make a candidate pair for comparison.

    Askar Azatbekuly, Азатбек Асқар and 阿斯卡尔·阿扎提别克 all give "askr astpk".
    """
    return " ".join(sorted(skeleton(t) for t in fine_tokens(name)))


def name_keys(name: str) -> list[str]:
    """Blocking keys: the order-free key, each token's key, and the whole name run together.

    The run-together key catches names whose word breaks differ (Nursultan / Nur Sultan,
    a Chinese name written without its separating dot).
    """
    tokens = fine_tokens(name)
    keys = [name_key(name)]
    keys.extend(skeleton(t) for t in tokens)
    keys.append(skeleton("".join(tokens)))
    return list(dict.fromkeys(k for k in keys if k))


@dataclass(frozen=True)
class NameComparison:
    score: float  # 0..1
    level: str  # "exact" | "transliteration" | "fuzzy" | "partial" | "different"
    explanation: str


# A comparison scoring at least this is taken as "same name" (benchmarks/names.py).
SAME_THRESHOLD = 0.7
# Token similarity at or above which two tokens are taken as the same word.
TOKEN_MATCH = 0.85
# Above this every aligned token counts as a transliteration of the other, below as fuzzy.
TRANSLITERATION = 0.9
# a word and the same word with the Uyghur endearment -jan: above TOKEN_MATCH, below
# TRANSLITERATION, so a name differing only so compares as "fuzzy"
ENDEARMENT = 0.86
# Second looks, each with a small penalty: vowel-only differences (Abdurehim / Abdurahim),
# voicing and velar/uvular differences (Ahmed / Ahmet, Ghulja / Qulja, Arabic f for Turkic p:
# Yusuf / Yusup), both at once, and Western x.
_LOOSE_FORMS: tuple[tuple[dict[int, str], float], ...] = (
    (str.maketrans({"e": "a", "o": "u"}), 0.03),
    (str.maketrans({"b": "p", "d": "t", "g": "k", "f": "p"}), 0.04),
    (str.maketrans({"e": "a", "o": "u", "b": "p", "d": "t", "g": "k", "f": "p"}), 0.06),
    (str.maketrans({"x": "ks"}), 0.03),  # x as in Alexander, not the pinyin/ULY letter
    (str.maketrans({"x": "k"}), 0.04),  # x as Uyghur Latin writes kh (Toxti / Tohti)
)


@dataclass(frozen=True)
class _Token:
    fine: str
    skel: str
    heard: str  # heard_skeleton
    family: bool = False  # carried a patronymic/surname suffix or particle (-ov, -uly, kyzy)
    is_initial: bool = False  # written as one letter ("K. Ospanov")
    heard_g: str = ""  # in Chinese, the heard skeleton with j read as g (comparisons.heard_j_as_g)
    endeared: bool = False  # ends in the Uyghur endearment -jan ("Yasinjan" for Yasin)
    raw: str = ""  # the latinized word as written, read again across Chinese syllables


@lru_cache(maxsize=131072)
def _tokens(name: str) -> tuple[_Token, ...]:
    tokens: list[_Token] = []
    chinese = _chinese_form(name)
    for raw in latinize(name).split():
        if raw in PARTICLE_TOKENS:
            if tokens:
                tokens[-1] = replace(tokens[-1], family=True)
            continue
        if chinese:  # pinyin: no Turkic or Russian suffixes to strip (阿依古丽)
            raw = _pinyin_as_foreign(raw)
            fine, family = _fold_letters(raw), False
        else:
            fine, family = fine_token(raw), _strip_suffix(raw) != raw
        if fine:
            heard_g = heard_skeleton(raw.replace("j", "g")) if "j" in raw and chinese else ""
            tokens.append(_Token(fine, skeleton(fine), heard_skeleton(raw), family, len(raw) == 1,
                                 heard_g, len(raw) > 5 and raw.endswith("jan"), raw))
    return tuple(tokens)


@lru_cache(maxsize=131072)
def _folded(name: str) -> str:
    """Case-, diacritic- and punctuation-folded text in its own script, for exact equality."""
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", s).split())


@lru_cache(maxsize=262144)
def token_similarity(a: _Token, b: _Token, via_chinese: bool) -> float:
    """0..1 for two tokens; an initial matches a token with its first sound.

    Across Chinese, vowels and the r/l, b/p, d/t, g/k contrasts are not written, so the
    skeletons decide; otherwise normalised Levenshtein similarity on the fine forms, with
    small allowances for the vowel (e/a, o/u) and voicing (d/t, g/k) differences spellings
    disagree on. Levenshtein and not Jaro-Winkler: Jaro-Winkler rewards a shared beginning,
    and Kazakh and Uyghur build new names by adding to one (Askar / Askarbek, Tursun /
    Tursunay), which must stay apart. The exception is the Uyghur endearment -jan ("soul,
    dear"), which family and friends add to a name and official papers keep or drop (Yasin /
    Yasinjan): a loose match (``ENDEARMENT``), which needs other evidence to link. Kazakh
    -zhan builds names of its own (Serik / Serikzhan) and is not taken for it.
    """
    if a.fine == b.fine:
        return 1.0
    if a.is_initial or b.is_initial:
        return 0.87 if a.skel[0] == b.skel[0] else 0.0
    if (a.endeared and a.fine[:-3] == b.fine) or (b.endeared and b.fine[:-3] == a.fine):
        return ENDEARMENT
    sim = Levenshtein.normalized_similarity(a.fine, b.fine)
    for table, penalty in _LOOSE_FORMS:
        loose = Levenshtein.normalized_similarity(a.fine.translate(table), b.fine.translate(table))
        sim = max(sim, loose - penalty)
    if via_chinese:
        sim = max(sim, _chinese_similarity(a, b))
    return sim


def _chinese_similarity(a: _Token, b: _Token) -> float:
    """Skeletons across Chinese; Chinese also drops an h/kh after a vowel (Rahile -> 热依拉),
    but not a written k (``heard_skeleton``), and writes a foreign "ga" as jia (加)."""
    if a.skel == b.skel:
        return 0.95
    if max(len(a.skel), len(b.skel)) > 2 and (a.heard == b.heard or a.heard_g == b.heard
                                              or b.heard_g == a.heard):
        return 0.9
    if max(len(a.skel), len(b.skel)) > 3 and a.raw and b.raw and (
            _closed_syllables(a.raw) == _closed_syllables(b.raw)
            or _closed_syllables(a.raw, True) == _closed_syllables(b.raw, True)):
        return 0.9
    if a.raw and b.raw and _without_initial_gh(a.raw, b.raw):
        return 0.9
    return Levenshtein.normalized_similarity(a.skel, b.skel) - 0.02


# Chinese has no Uyghur gh (a uvular): at the start of a word it goes unheard, and Gheni is
# written 艾尼 Aini, Ghappar 阿帕尔 Apaer
_INITIAL_GH = re.compile(r"gh(?=[aeiouy])")


def _without_initial_gh(a: str, b: str) -> bool:
    """One word opens with gh and a vowel, the other with a vowel, and the rest sounds the same
    across Chinese (at least two consonant classes after the first sound: Gheni / Aini)."""
    if a.startswith("gh") == b.startswith("gh"):
        return False
    gh, other = (a, b) if a.startswith("gh") else (b, a)
    if not _INITIAL_GH.match(gh) or other[:1] not in _VOWELS:
        return False
    heard = heard_skeleton(gh[2:])
    return len(heard) >= 2 and heard == heard_skeleton(other)


# Chinese closes a syllable with n or ng only: an r before a consonant goes unheard
# (Zhandarbek: Jian-da-bie-ke), an m is heard as n (Makhambet: Ma-han-bai-ti) and an n may be
# heard as ng (Duishonbek: Dui-xiong-bie-ke)
_R_BEFORE_CONSONANT = re.compile(r"r(?=[^aeiouyr])")
_NG_BEFORE_CONSONANT = re.compile(r"ng(?=[^aeiouy])")
_M_BEFORE_CONSONANT = re.compile(r"m(?=[^aeiouym])")


# a syllable-final l is written 尔 er, as a final r may be (Talgarbek: Ta-er-ge-bie-ke,
# Nurlan: Nu-er-lan): read with ``final_l``, an l before a consonant goes unheard as that r does
_L_BEFORE_CONSONANT = re.compile(r"l(?=[^aeiouyl])")


@lru_cache(maxsize=65536)
def _closed_syllables(raw: str, final_l: bool = False) -> str:
    """The skeleton of a word as Chinese syllables close it (no r, m and ng heard as n, before
    a consonant), after the h Chinese does not hear; with ``final_l``, no l before a
    consonant either."""
    plain = fine_token(_UNHEARD_H.sub("", raw)) or fine_token(raw)
    if final_l:
        plain = _L_BEFORE_CONSONANT.sub("", plain)
    plain = _R_BEFORE_CONSONANT.sub("", plain)
    plain = _M_BEFORE_CONSONANT.sub("n", _NG_BEFORE_CONSONANT.sub("n", plain))
    return final_ng_as_n(skeleton(plain))


def _align(
    ta: list[_Token], tb: list[_Token], via_chinese: bool
) -> tuple[list[float], int, int]:
    """Greedy best one-to-one token alignment: (matched similarities, left in a, left in b)."""
    # the pairs at or above TOKEN_MATCH come first in the greedy order, so keeping only them
    # is the greedy alignment of the words that match
    matched = [(sim, i, j) for sim, i, j in _greedy_pairs(ta, tb, via_chinese)
               if sim >= TOKEN_MATCH]
    pairs = {i: j for _, i, j in matched}
    sims = [sim for sim, _, _ in matched]
    if _family_crossed(ta, tb, pairs):
        return [], len(ta), len(tb)
    return sims, len(ta) - len(sims), len(tb) - len(sims)


def _greedy_pairs(ta: list[_Token], tb: list[_Token], via_chinese: bool
                  ) -> list[tuple[float, int, int]]:
    """Every word of the shorter name paired one to one, the most similar pair first:
    (similarity, index in a, index in b), in the order chosen."""
    scored = sorted(
        ((token_similarity(x, y, via_chinese), i, j) for i, x in enumerate(ta)
         for j, y in enumerate(tb)),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[float, int, int]] = []
    for sim, i, j in scored:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((sim, i, j))
    return out


def _family_crossed(ta: list[_Token], tb: list[_Token], pairs: dict[int, int]) -> bool:
    """Both names mark a family name (-ov, -uly) and the two are not aligned with each other:
    Berik Serikov (Berik, son of Serik) is not Serik Berikov (Serik, son of Berik)."""
    fam_a = {i for i, t in enumerate(ta) if t.family}
    fam_b = {j for j, t in enumerate(tb) if t.family}
    return bool(fam_a and fam_b) and not any(pairs.get(i) in fam_b for i in fam_a)


def _run_together(tokens: list[_Token]) -> _Token:
    fine = "".join(t.fine for t in tokens)
    return _Token(fine, skeleton(fine), heard_skeleton(fine), raw="".join(t.raw for t in tokens))


def _joined_similarity(ta: list[_Token], tb: list[_Token], via_chinese: bool) -> float:
    """The names run together (either word order): catches Nur Sultan / Nursultan and
    Chinese names written without the separating dot."""
    return max(
        token_similarity(_run_together(oa), _run_together(ob), via_chinese)
        for oa in (ta, ta[::-1]) for ob in (tb, tb[::-1])
    )


def _all_matched(sims: list[float]) -> NameComparison:
    low = min(sims)
    if low == 1.0:
        return NameComparison(0.95, "transliteration", "every word agrees once "
                              "transliteration variants are folded")
    if low >= TRANSLITERATION:
        score = 0.85 + 0.1 * (low - TRANSLITERATION) / (1 - TRANSLITERATION)
        return NameComparison(round(score, 3), "transliteration",
                              f"every word matches as a transliteration (weakest {low:.2f})")
    score = 0.7 + 0.1 * (low - TOKEN_MATCH) / (TRANSLITERATION - TOKEN_MATCH)
    return NameComparison(round(score, 3), "fuzzy", f"every word matches loosely "
                          f"(weakest {low:.2f})")


def _partial(sims: list[float], left: int) -> NameComparison:
    score = 0.62 + 0.1 * min(sims)
    return NameComparison(round(score, 3), "partial", f"{len(sims)} word(s) match; the other "
                          f"name has {left} more (a dropped patronymic or surname?)")


def weakest_word_fit(a: str, b: str) -> float:
    """Two names of as many words, each word paired with its likeliest counterpart: the
    similarity of the worst pair (0 when the word counts differ). A Chinese rendering that
    slurs one syllable of one word ("Zhakesigeli" for Zhaksygeldiuly) still fits each word
    of the name it renders more than any word of another name."""
    ta, tb = list(_tokens(a)), list(_tokens(b))
    if not ta or len(ta) != len(tb) or len(ta) > 4:
        return 0.0
    via_chinese = _chinese_form(a) != _chinese_form(b)
    return min(sim for sim, _, _ in _greedy_pairs(ta, tb, via_chinese))


def compare_names(a: str, b: str) -> NameComparison:
    """How likely two written names are the same name, with the reason in words."""
    if _folded(a) == _folded(b) and _folded(a):
        return NameComparison(1.0, "exact", "identical after case and diacritic folding")
    ta, tb = list(_tokens(a)), list(_tokens(b))
    if not ta or not tb:
        return NameComparison(0.0, "different", "a name has no letters to compare")
    via_chinese = _chinese_form(a) != _chinese_form(b)
    sims, left_a, left_b = _align(ta, tb, via_chinese)
    if sims and not left_a and not left_b:
        return _all_matched(sims)
    joined = _joined_similarity(ta, tb, via_chinese) if len(ta) != len(tb) else 0.0
    if joined >= TRANSLITERATION:
        return NameComparison(round(0.8 + 0.1 * joined, 3) - 0.05, "transliteration",
                              f"the same when written as one word ({joined:.2f})")
    if sims and (left_a == 0 or left_b == 0) and not all(
        t.is_initial for t in (ta if left_a == 0 else tb)
    ):
        return _partial(sims, left_a + left_b)
    if sims:
        return NameComparison(round(0.3 * len(sims) / max(len(ta), len(tb)), 3), "different",
                              f"{len(sims)} word(s) match but both names have words the other "
                              "lacks")
    return NameComparison(round(0.4 * joined, 3), "different", "no word matches")
