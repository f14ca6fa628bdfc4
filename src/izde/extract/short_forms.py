"""Short forms of a name whose word is also an English word: "Ma" after "Ma Jun".

A capitalised word that is an everyday English word ("Ma", "Rose", "Hope") is no name by its
shape, so the run rules drop it when it stands alone. Once the document has written a full
name holding that word, a later capitalised use of it is that name's short form, as news
style has it ("says Ma, 34"; "Mr. Ma called twice"), where the text's own capital marks it:
in mid-sentence, or after a title. At the head of a sentence every word is capitalised, so
there only a possessive or a finite verb after the word ("Ma's father", "Ma has reported")
makes it the subject named, not the English word.
"""

from __future__ import annotations

import bisect
import re

from izde.extract import lexicon
from izde.extract.candidates import Candidate

# what may follow a short form that opens a sentence: the possessive, a verb of which it is
# the subject ("Ma says", "Rose was detained", "Ding waded across a border river"), or a
# relative clause about it ("Ding, whose mother is an ethnic Kazakh, ...")
_CLAUSE_AFTER = re.compile(r"(?:['’]s\b|\s+(?:was|is|has|had|says|said|told|recalls|recalled|"
                           r"added|stresses|believes|fears|hopes|lives|works|continues|"
                           r"continued|received|reported|did|does|would|will|could|can|"
                           r"[a-z]{2,}ed)\b|\s*,\s+(?:who|whose)\b)")
# a word before the short form that makes it part of something else: "the Ma family"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+$")
_CAPITAL_BEFORE = re.compile(r"\b(?P<w>[A-Z][a-z]{1,7})\.?\s+$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_WORD_CHAR = re.compile(r"[\w'’-]")


def common_word_shorts(text: str, sent_starts: list[int], persons: list[Candidate],
                       taken: list[tuple[int, int]]) -> list[Candidate]:
    """Single-word mentions of the everyday-word parts of the full names in ``persons``,
    where ``text`` capitalises them as names; none inside the spans already ``taken``."""
    words = _common_name_words(persons)
    if not words:
        return []
    taken = sorted(taken)
    out: list[Candidate] = []
    for word in words:
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])", text):
            if not _inside(taken, m.start(), m.end()) and _named_here(text, sent_starts, m):
                out.append(Candidate("single", m.start(), m.end(), word, (word,)))
    return out


def _common_name_words(persons: list[Candidate]) -> set[str]:
    """The words of full names that are also everyday English words (not function words)."""
    tokens = {t for c in persons if c.kind == "person" and len(c.tokens) > 1 for t in c.tokens}
    return {t for t in tokens if len(t) > 1 and t[0].isupper() and lexicon.is_common(t)
            and t.lower() not in lexicon.STOP_CAPS and t.lower() not in lexicon.TITLES}


def _inside(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(taken, (end,)) - 1
    return i >= 0 and taken[i][1] > start


def _named_here(text: str, sent_starts: list[int], m: re.Match[str]) -> bool:
    """The capital marks a name: the word stands alone (no capitalised word joined to it,
    but a title or a sentence's opening word before it), and opens no sentence unless a
    clause follows it."""
    start, end = m.start(), m.end()
    if _CAPITAL_NEXT.match(text, end) or _DETERMINER_BEFORE.search(text, max(0, start - 5), start):
        return False
    if _opens_sentence(text, sent_starts, start):
        return _CLAUSE_AFTER.match(text, end) is not None
    before = _CAPITAL_BEFORE.search(text, max(0, start - 10), start)
    # "Mr. Ma", "But Ma's father": a title or a function word; else a longer name
    return before is None or before["w"].lower() in lexicon.TITLES or lexicon.is_common(
        before["w"])


def _opens_sentence(text: str, sent_starts: list[int], pos: int) -> bool:
    """The word at ``pos`` is the first of its sentence, of its line, or of a quotation."""
    i = bisect.bisect_right(sent_starts, pos) - 1
    lo = sent_starts[i] if i >= 0 else 0
    before = text[lo:pos].strip()
    return not before or before[-1] in "\"“‘'—:(" or not _WORD_CHAR.search(before)
