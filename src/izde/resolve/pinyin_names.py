"""Latin names that are pinyin renderings of Turkic names (Abudureyimu for Abdurehim).

Chinese documents write a Uyghur or Kazakh name in characters chosen for their sound
(阿布都热依木), and Chinese courts, state media and their translations then give the
*pinyin* of those characters: Abudureyimu Maimaitiming for Abdurehim Memtimin, Asikaer for
Askar, Nuerlan for Nurlan, Tuerxun for Tursun. Such a name is compared as if it were written
in characters (``izde.resolve.names``: vowels and some consonant contrasts are not kept in
Chinese), because that is what it is. Without this it is a different name from every
spelling of its owner.

A name is taken for such a rendering when every word of it is a run of pinyin syllables and
a word shows what transcription into Chinese does to a Turkic word: a word of four or more
syllables (consonant clusters broken up: A-bu-du-re-yi-mu), a syllable *er* or *yi* inside a
word (a final or medial r, y: Nu-er-lan, re-yi-mu), or a word of three syllables ending in a
vowel added after a final consonant (Mai-mai-ti for Memet), or one that breaks up an s
cluster or opens with the Ao Chinese writes for a Turkic initial O (Ao-si-pan for Ospan).
Names of one word are left alone,
and so are Chinese names of one-syllable words (Xu Chao, Li Ming): their pinyin is already
their own spelling. Madina or Aliya segment into syllables too, but show none of these
marks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_VOWELS = frozenset("aeiouv")
# Syllables Chinese adds after a word-final consonant: Memet -> Mai-mai-ti, Askar -> ...
_EPENTHETIC_ENDINGS = frozenset({"ti", "te", "ke", "ge", "mu", "bu", "de", "si", "le", "fu"})
_MEDIAL_MARKS = frozenset({"er", "yi"})
_LONGEST = 6
_WORDS = re.compile(r"[^\W\d_]+")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable with a vowel, read from pypinyin's own dictionary
    (``m``, ``n``, ``ng`` and ``hm`` would let any consonant through)."""
    from pypinyin.constants import PINYIN_DICT

    out: set[str] = set()
    for readings in PINYIN_DICT.values():
        for reading in readings.split(","):
            plain = "".join(c for c in unicodedata.normalize("NFKD", reading)
                            if not unicodedata.combining(c))
            if _VOWELS & set(plain):
                out.add(plain)
    return frozenset(out)


@lru_cache(maxsize=65536)
def segment(word: str) -> tuple[str, ...] | None:
    """The word as pinyin syllables (fewest syllables), or None when it is not pinyin."""
    known = syllables()
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST), end):
            head = best[start]
            if head is not None and word[start:end] in known and (
                    best[end] is None or len(head) + 1 < len(best[end] or ())):
                best[end] = (*head, word[start:end])
    return best[len(word)]


def _marked(parts: tuple[str, ...]) -> bool:
    """Does this word show what transcription into Chinese does to a Turkic word?"""
    if len(parts) >= 4:
        return True
    if any(p in _MEDIAL_MARKS for p in parts[1:]):
        return True
    # three syllables with an s cluster broken up (O-s-pan: Ao-si-pan) or a Turkic initial O
    # written as Chinese writes it (Ospan, Oral: Ao-si-pan, Ao-la-...)
    # (or Wu-: Otegen, Usen as Wu-tai-gen, Wu-sen-...)
    if len(parts) == 3 and (parts[1] == "si" or parts[0] in ("ao", "wu")):
        return True
    return len(parts) == 3 and parts[-1] in _EPENTHETIC_ENDINGS


@lru_cache(maxsize=131072)
def is_pinyin_rendering(name: str) -> bool:
    """True for a name such as "Abudureyimu Maimaitiming" or "Asikaer Nuerlan"."""
    # split at spaces, hyphens and middle dots; pinyin's apostrophe only marks a syllable
    # break inside a word (Ai'erlan)
    words = _WORDS.findall(_APOSTROPHE.sub("", name.casefold()))
    if len(words) < 2 or not all(w.isascii() for w in words):
        return False
    parts = [segment(w) for w in words]
    return all(p is not None for p in parts) and any(_marked(p) for p in parts if p)


@lru_cache(maxsize=262144)
def is_pinyin_word(word: str) -> bool:
    """One word that is a pinyin rendering by itself (Abudureyimu, Tuerxun, Maimaiti).

    The pair model compares word by word, and a name may mix a native given name with a
    surname in pinyin (Tursunay Ziyawudun); the word must then carry a mark on its own.
    Madina, Aliya or Fatima segment into syllables but carry none.
    """
    folded = word.casefold()
    if not folded.isascii() or not folded.isalpha():
        return False
    parts = segment(folded)
    return parts is not None and _marked(parts)


def renders_in_pinyin(name: str) -> bool:
    """A name that is a pinyin rendering (``is_pinyin_rendering``), also when only one of its
    words is, long enough to tell (a report's "Tuerdimaimaiti Kurbantai": the given name in
    pinyin, the surname half-native)."""
    return is_pinyin_rendering(name) or (
        " " in name.strip() and any(is_long_pinyin_word(w) for w in name.split()))


@lru_cache(maxsize=131072)
def is_long_pinyin_word(word: str) -> bool:
    """Five pinyin syllables or more, or four with a syllable Chinese inserts ("er", "yi":
    Tu-er-di-mai-mai-ti): native words of open syllables are shorter (Sa-ji-de, A-sa-na-li)."""
    folded = word.casefold()
    parts = segment(folded) if folded.isascii() and folded.isalpha() else None
    return parts is not None and (len(parts) >= 5 or (
        len(parts) == 4 and any(p in _MEDIAL_MARKS for p in parts[1:])))
