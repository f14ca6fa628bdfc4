"""A cheap, offline guess of a text's language, good enough to route it to a pipeline.

Scripts settle most cases: Han is Chinese, kana Japanese, Hangul Korean. Within Cyrillic and
Arabic script, letters that only some alphabets have decide (Kazakh әғқұ, Uyghur ېۈ); within
Latin script, the share of each language's commonest function words does. A guess that is
not clear returns None: a wrong language would send a document to the wrong extractor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

_SAMPLE_WINDOW = 20_000
_MIN_LETTERS = 3
_MIN_WORDS = 5
_KANA_SHARE = 0.1

_SCRIPTS: dict[str, re.Pattern[str]] = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "cyrillic": re.compile(r"[\u0400-\u052f]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"),
}

# Letters by which one Cyrillic alphabet tells itself apart from Russian.
_KAZAKH_ONLY = "әғқұһӘҒҚҰҺ"
_KAZAKH_SHARED = "ңөүіҢӨҮІ"
# Kazakh-specific letters are ~8% of letters in Kazakh prose; a quoted name adds far less.
_KAZAKH_SHARE = 0.02
_UKRAINIAN_ONLY = "їєґЇЄҐ"
_BELARUSIAN_ONLY = "ўЎ"
_SERBIAN_ONLY = "јљњћџђЈЉЊЋЏЂ"
_RUSSIAN_ONLY = "ыэЫЭ"

# Arabic-script letters: Uyghur's vowels, Kazakh's front-vowel hamza, Urdu and Persian letters.
_UYGHUR_ONLY = "ېۈ"
_UYGHUR_SHARED = "ەۆۇڭ"
# Uyghur writes every vowel; these letters are ~15% of Uyghur text, none of Arabic's.
_UYGHUR_SHARE = 0.03
_KAZAKH_HAMZA = "ٴ"
_URDU_ONLY = "ےٹڈڑں"
_PERSIAN = "پچژگیک"


# The commonest function words of each Latin-script language we can tell apart cheaply.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to in a is that was for on with as by he she it his her they at from "
        "had were be has have are said not but this who which an their been after"
    ),
    "de": _words(
        "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
        "auch es an werden aus er hat dass sie nach wird bei"
    ),
    "fr": _words(
        "le la les de des et en un une du est que qui dans pour pas sur au par il elle ont "
        "avec ce se sont a été aux son sa"
    ),
    "tr": _words(
        "ve bir bu da de için ile olarak çok daha gibi ama en olan ne kadar sonra ise "
        "değil tarafından göre diye şu her"
    ),
    "kk": _words(
        "men jäne bul osy dep degen üşin edi bolyp bolğan ol olar biz sol bar joq tūr "
        "qazaq qytai keyin turaly arqyly kezde"
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MIN_FUNCTION_SHARE = 0.12
_MIN_LEAD = 1.5


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the evidence is not clear."""
    sample = _sample(text)
    counts = {script: len(pattern.findall(sample)) for script, pattern in _SCRIPTS.items()}
    script, letters = max(counts.items(), key=lambda item: item[1])
    if letters < _MIN_LETTERS:
        return None
    if script in ("han", "kana"):
        return "ja" if counts["kana"] >= _KANA_SHARE * (counts["han"] + counts["kana"]) else "zh"
    if script == "hangul":
        return "ko"
    return _ALPHABET_GUESSERS[script](sample)


def _sample(text: str) -> str:
    """Start, middle and end windows: enough evidence, bounded time on a 10 MB text."""
    if len(text) <= 3 * _SAMPLE_WINDOW:
        return text
    middle = len(text) // 2 - _SAMPLE_WINDOW // 2
    windows = (text[:_SAMPLE_WINDOW], text[middle : middle + _SAMPLE_WINDOW])
    return "\n".join((*windows, text[-_SAMPLE_WINDOW:]))


def _count(sample: str, letters: str) -> int:
    return sum(sample.count(letter) for letter in letters)


def _cyrillic_language(sample: str) -> str:
    """Russian unless letters foreign to Russian are too frequent to be a few quoted names."""
    cyrillic = len(_SCRIPTS["cyrillic"].findall(sample))
    floor = max(1, cyrillic // 200)
    kazakh_only = _count(sample, _KAZAKH_ONLY)
    kazakh_letters = kazakh_only + _count(sample, _KAZAKH_SHARED)
    if kazakh_only and kazakh_letters >= _KAZAKH_SHARE * cyrillic:
        return "kk"
    if _count(sample, _UKRAINIAN_ONLY) >= floor and not _count(sample, _RUSSIAN_ONLY):
        return "uk"
    if _count(sample, _BELARUSIAN_ONLY) >= floor:
        return "be"
    if _count(sample, _SERBIAN_ONLY) >= floor:
        return "sr"
    if kazakh_letters >= _KAZAKH_SHARE * cyrillic and not _count(sample, "іІ"):
        return "ky"
    return "ru"


def _arabic_language(sample: str) -> str:
    """Uyghur's own vowel letters are frequent in any Uyghur sentence and absent in Arabic."""
    arabic = len(_SCRIPTS["arabic"].findall(sample))
    floor = max(1, arabic // 100)
    uyghur = _count(sample, _UYGHUR_ONLY)
    if uyghur + _count(sample, _UYGHUR_SHARED) >= _UYGHUR_SHARE * arabic:
        return "kk" if _count(sample, _KAZAKH_HAMZA) > uyghur else "ug"
    if _count(sample, _URDU_ONLY) >= floor:
        return "ur"
    if _count(sample, _PERSIAN) >= 2 * floor:
        return "fa"
    return "ar"


def _latin_language(sample: str) -> str | None:
    """The language whose function words make up a clear share of the words, if one leads."""
    words = [word.lower() for word in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS:
        return None
    frequencies = Counter(words)
    shares = {
        language: sum(frequencies[word] for word in vocabulary) / len(words)
        for language, vocabulary in _FUNCTION_WORDS.items()
    }
    ranked = sorted(shares.items(), key=lambda item: item[1], reverse=True)
    (best, share), (_, runner_up) = ranked[0], ranked[1]
    if share >= _MIN_FUNCTION_SHARE and share >= _MIN_LEAD * runner_up:
        return best
    return None


_ALPHABET_GUESSERS: dict[str, Callable[[str], str | None]] = {
    "cyrillic": _cyrillic_language,
    "arabic": _arabic_language,
    "latin": _latin_language,
}
