"""Scripts and romanisation: any name as written -> a lower-case ASCII Latin reading.

Why hand-written tables and not ICU: ICU has no Kazakh-Latin or Uyghur-Latin transform
(``Any-Latin`` mangles Kazakh letters and leaves Uyghur vowels alone), and PyICU needs a
~55 s source build against system headers. The Cyrillic and Arabic-script alphabets used for
Kazakh, Russian, Kyrgyz and Uyghur are small and closed, so a documented letter table (below)
is exact, fast and has no dependency. Chinese goes through ``pypinyin`` (reads 伊宁 as
"yining", where ``unidecode`` says "Yi Zhu"); any other script falls back to ``anyascii``.

The readings follow the spellings the English-language press uses for these names (Kazakh
қ -> q, ғ -> gh, ж -> zh; Uyghur خ -> kh, غ -> gh), so that a latinised name is close to the
way a reporter would have written it; ``izde.resolve.names`` then folds the remaining
variation (q/k/kh, zh/j, ...).

Two further tables *write* names rather than read them, for the gazetteer builder:
Uyghur Latin (ULY) -> Uyghur Arabic script, and Kazakh Cyrillic -> Kazakh Latin (2021).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Kazakh, Russian and Kyrgyz Cyrillic, read the way the English-language press writes them.
CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "ў": "o", "ҳ": "h", "ҫ": "s", "ӊ": "ng",
}

# Uyghur Arabic script (UEY) and the Kazakh Arabic script used in Xinjiang (Töte jazu).
# ئ is only a vowel carrier and ء only marks front vowels: neither is read.
ARABIC_TO_LATIN: dict[str, str] = {
    "ا": "a", "ە": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch", "خ": "kh",
    "د": "d", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ڭ": "ng", "ل": "l", "م": "m", "ن": "n",
    "ھ": "h", "ه": "e", "و": "o", "ۇ": "u", "ۆ": "o", "ۈ": "u", "ۋ": "w", "ې": "e",
    "ى": "i", "ي": "y", "ی": "y", "ئ": "", "ء": "", "ٴ": "",
    # Kazakh Arabic script: hamza-marked front vowels, ع for Ғ, ح for Х/Һ.
    "ٵ": "a", "ٶ": "o", "ٷ": "u", "ٸ": "i", "ع": "gh", "ح": "h",
    # Letters of Arabic and Persian loans.
    "أ": "a", "إ": "i", "آ": "a", "ؤ": "o", "ة": "e", "ث": "s", "ذ": "z", "ص": "s",
    "ض": "z", "ط": "t", "ظ": "z", "ۉ": "o", "ۅ": "o",
}

# Latin letters of Turkic alphabets whose ASCII reading is not their base letter.
LATIN_SPECIAL: dict[str, str] = {
    "ş": "sh", "ç": "ch", "ğ": "gh", "ñ": "ng", "ň": "ng", "ŋ": "ng", "ž": "zh",
    "š": "sh", "č": "ch", "ı": "i", "ə": "a", "ä": "a", "ǝ": "a", "ö": "o", "ü": "u",
    "ū": "u", "ƣ": "gh", "ⱨ": "h", "ⱪ": "q", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe",
    "đ": "d", "ł": "l",
}

# Separators between the parts of a transliterated name in Chinese (阿斯卡尔·阿扎提别克).
HAN_NAME_SEPARATORS = "·•‧・．.-‐"

# The commonest Chinese surnames: a 2-3 character Chinese name starting with one of these is
# read "surname given-name" (王毅 -> "wang yi"); other runs are read as one word (伊宁 -> yining).
CHINESE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "司徒", "东方", "慕容")

_SCRIPT_RANGES: tuple[tuple[str, int, int], ...] = (
    ("latin", 0x41, 0x24F), ("latin", 0x1E00, 0x1EFF), ("latin", 0x2C60, 0x2C7F),
    ("cyrillic", 0x400, 0x52F), ("arabic", 0x600, 0x6FF), ("arabic", 0x750, 0x77F),
    ("arabic", 0xFB50, 0xFDFF), ("arabic", 0xFE70, 0xFEFF), ("han", 0x3400, 0x4DBF),
    ("han", 0x4E00, 0x9FFF), ("han", 0xF900, 0xFAFF), ("han", 0x20000, 0x2FA1F),
)


def char_script(ch: str) -> str | None:
    """The script of one letter, or None for digits, spaces, punctuation and marks."""
    if not ch.isalpha():
        return None
    code = ord(ch)
    for script, low, high in _SCRIPT_RANGES:
        if low <= code <= high:
            return script
    return "other"


def detect_script(s: str) -> str:
    """"latin" | "cyrillic" | "arabic" | "han" | "mixed" | "other" (no letters at all)."""
    scripts = {sc for sc in map(char_script, s) if sc is not None}
    if not scripts:
        return "other"
    if len(scripts) > 1:
        return "mixed"
    return scripts.pop()


def _fold_latin(s: str) -> str:
    """Turkic special letters to their reading, then strip diacritics (é -> e)."""
    s = "".join(LATIN_SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _han_run(run: str) -> str:
    """One run of Chinese characters in pinyin, split as surname + given name when it is one."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(run, errors="ignore")
    if 2 <= len(run) <= 4 and run[:2] in COMPOUND_SURNAMES:
        return "".join(syllables[:2]) + " " + "".join(syllables[2:])
    if 2 <= len(run) <= 3 and run[0] in CHINESE_SURNAMES:
        return syllables[0] + " " + "".join(syllables[1:])
    return "".join(syllables)


def _latinize_char(ch: str) -> str:
    mapped = CYRILLIC_TO_LATIN.get(ch)
    if mapped is None:
        mapped = ARABIC_TO_LATIN.get(ch)
    if mapped is None:
        mapped = LATIN_SPECIAL.get(ch)
    if mapped is not None:
        return mapped
    if "\u064b" <= ch <= "\u065f" or ch == "ـ":  # Arabic harakat and tatweel: not letters
        return ""
    return ch


_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def latinize(name: str) -> str:
    """Any script -> a lower-case ASCII Latin reading, words separated by single spaces.

    Құлжа -> "qulzha", غۇلجا -> "ghulja", 伊宁 -> "yining", Nur-Sultan -> "nur sultan".
    Every step reads a character or a run of characters within one word, so a name is read
    word by word: the words of a million names are a few tens of thousands, each read once.
    """
    if is_plain(name):  # the common case, read at once
        return " ".join(name.lower().split())
    return " ".join(w for w in map(_latinize_word, raw_words(name)) if w)


def is_plain(name: str) -> bool:
    """ASCII letters and spaces only: ``latinize`` lower-cases it, word by word."""
    return name.isascii() and name.replace(" ", "").isalpha()


def raw_words(name: str) -> list[str]:
    """The words ``latinize`` reads one by one (``_latinize_word``) in a name that is not
    plain: separators are word breaks too (阿斯卡尔·阿扎提别克 is two words)."""
    for sep in HAN_NAME_SEPARATORS:
        name = name.replace(sep, " ")
    return name.split()


def latin_words(name: str) -> list[str]:
    """``latinize(name).split()``, word by word without joining and splitting again (a
    batch reads a million names)."""
    if is_plain(name):
        return name.lower().split()
    return [w for raw in raw_words(name) for w in _latinize_word(raw).split()]


# Readings of words made elsewhere (worker processes, ``izde.resolve.name_words``), taken
# by ``_latinize_word`` the first time it is asked for one instead of reading it again.
READ_ELSEWHERE: dict[str, str] = {}


# an apostrophe inside a word marks a syllable break (pinyin Ai'erlan, Sapa'er; Uzbek O'tkir),
# not a word break: the name is the same written with or without it
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")


@lru_cache(maxsize=262144)
def _latinize_word(word: str) -> str:
    if word in READ_ELSEWHERE:
        return READ_ELSEWHERE.pop(word)
    return read_word(word)


def read_word(word: str) -> str:
    """One word in any script -> its lower-case ASCII Latin reading (see ``latinize``)."""
    if word.isascii() and word.isalpha():
        return word.lower()
    s = unicodedata.normalize("NFC", word).lower()
    for sep in HAN_NAME_SEPARATORS:
        s = s.replace(sep, " ")
    s = _HAN_RUN.sub(lambda m: " " + _han_run(m.group(0)) + " ", s)
    s = "".join(_latinize_char(c) for c in s)
    s = _INNER_APOSTROPHE.sub("", anyascii(_fold_latin(s)).lower())
    return " ".join(_NON_ALNUM.sub(" ", s).split())


# --- writing names (used by scripts/build_gazetteer.py) ---------------------------------

_ULY_LETTERS: tuple[tuple[str, str], ...] = (
    ("ch", "چ"), ("gh", "غ"), ("ng", "ڭ"), ("sh", "ش"), ("zh", "ژ"), ("a", "ا"), ("e", "ە"),
    ("ë", "ې"), ("é", "ې"), ("i", "ى"), ("o", "و"), ("u", "ۇ"), ("ö", "ۆ"), ("ü", "ۈ"),
    ("b", "ب"), ("p", "پ"), ("t", "ت"), ("j", "ج"), ("x", "خ"), ("d", "د"), ("r", "ر"),
    ("z", "ز"), ("s", "س"), ("f", "ف"), ("q", "ق"), ("k", "ك"), ("g", "گ"), ("l", "ل"),
    ("m", "م"), ("n", "ن"), ("h", "ھ"), ("w", "ۋ"), ("y", "ي"), ("v", "ۋ"),
)
_ULY_VOWELS = frozenset("aeëéiouöü")


def _uly_letter(word: str, i: int) -> tuple[str, str]:
    """The ULY letter (one or two characters) at position i and its Arabic-script letter."""
    for latin, arabic in _ULY_LETTERS:
        if word.startswith(latin, i):
            return latin, arabic
    return word[i], "" if word[i] in "'’" else word[i]


def uly_to_arabic(text: str) -> str:
    """Uyghur Latin (ULY) -> Uyghur Arabic script; a vowel that starts a syllable takes ئ."""
    out: list[str] = []
    for word in text.lower().split():
        letters: list[str] = []
        i, prev_vowel = 0, False
        while i < len(word):
            latin, arabic = _uly_letter(word, i)
            is_vowel = latin in _ULY_VOWELS
            if is_vowel and (i == 0 or prev_vowel):
                letters.append("ئ")
            letters.append(arabic)
            prev_vowel, i = is_vowel, i + len(latin)
        out.append("".join(letters))
    return " ".join(out)


KAZAKH_CYRILLIC_TO_LATIN_2021: dict[str, str] = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
    "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "s",
    "ч": "ch", "ш": "ş", "щ": "ş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}


def kazakh_cyrillic_to_latin(text: str) -> str:
    """Kazakh Cyrillic -> the 2021 Kazakh Latin alphabet (Құлжа -> Qūlja), keeping capitals."""
    out = []
    for ch in text:
        low = ch.lower()
        latin = KAZAKH_CYRILLIC_TO_LATIN_2021.get(low)
        if latin is None:
            out.append(ch)
        else:
            out.append(latin[:1].upper() + latin[1:] if ch != low and latin else latin)
    return "".join(out)
