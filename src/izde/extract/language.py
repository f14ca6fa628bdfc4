"""Is this English? Bad-input guards that turn odd documents into a clear note, not a crash.

The check is cheap and deliberately lenient: English reports quote names in other scripts
("伊宁", "Құлжа"), so only a text whose letters are mostly non-Latin, or whose Latin words
lack the function words every English paragraph has, is skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache


def _split(text: str) -> list[str]:
    return text.split()


_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(_split("""
the of and to in a is was that for on with by he she it as at from his her they said were has
have had are be who which
"""))
SAMPLE = 200_000  # characters looked at: enough to judge, cheap on a 10 MB document


def skip_reason(text: str, language: str | None) -> str | None:
    """Why the document is not extracted, or None when the English pipeline applies."""
    if language and language.lower().split("-")[0] != "en":
        return f"extraction skipped: no pipeline for language {language!r} yet"
    sample = text[:SAMPLE]
    ws = _words(sample)
    if len(ws) < 20:
        return None
    latin = ws if sample.isascii() else list(filter(str.isascii, ws))
    if len(latin) < 0.5 * len(ws):
        return "extraction skipped: the text is mostly in a non-Latin script, not English"
    if not _enough_function_words(latin, 0.03 * len(latin)) and _sentence_ends(sample, 6) >= 6:
        return "extraction skipped: the text does not read as English"
    return None


def _enough_function_words(words: list[str], needed: float) -> bool:
    """Whether at least ``needed`` of ``words`` are English function words; counted only until
    there are enough (an English text has them by its first lines), not over the whole text."""
    found = 0
    for w in words:
        if w.lower() in _ENGLISH:
            found += 1
            if found >= needed:
                return True
    return found >= needed


def warnings(text: str) -> list[str]:
    """Notes about a document that is extracted but looks unusual (a table dump, no sentences)."""
    ws = len(_words(text[:SAMPLE]))
    if ws >= 50 and _sentence_ends(text[:SAMPLE], ws / 200) < ws / 200:
        return ["text has almost no sentences (a table or list?): events may be missed"]
    return []


@lru_cache(maxsize=1)
def _words(sample: str) -> list[str]:
    """The words of a sample; both guards read the same document in turn, so it is kept.
    In an ASCII text the words are the runs of ASCII letters: every other byte made a space
    and the text split, the same words several times faster than by the pattern."""
    if sample.isascii():
        return sample.encode("ascii").translate(_LETTERS_ONLY).decode("ascii").split()
    return _WORD.findall(sample)


# ASCII letters kept, every other byte a space
_LETTERS_ONLY = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))


# a sentence end after a lower-case letter; written to open with the punctuation so that the
# engine skips to the next [.!?] at C speed (the same count as "[a-z][.!?]...": a match
# holds one such mark and no letter after it, so matches never overlap either way)
_SENTENCE_END = re.compile(r"[.!?](?<=[a-z][.!?])[\"”’)]?(?:\s|$)")


def _sentence_ends(text: str, enough: float) -> int:
    """The sentence ends of ``text``, counted only until there are ``enough`` (the guards ask
    whether there are that many: an English text has them in its first lines)."""
    found = 0
    for _ in _SENTENCE_END.finditer(text):
        found += 1
        if found >= enough:
            break
    return found
