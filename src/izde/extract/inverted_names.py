"""Names written surname first, in capitals, before a comma: "KADYRBEK, Ersin".

Court papers, refugee decisions, passenger and case lists set a person's name out as
"SURNAME, Given" (or "SURNAME, Given Middle"). The capitals mark the surname and the comma
the inversion, so the two parts are one person named "Given Surname", not two stray words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from izde.extract import lexicon
from izde.extract.candidates import Candidate
from izde.extract.tokens import name_case

# spelled to open with a class of capitals (the word start is checked behind it), so that
# the engine skips to the next capital at C speed
_INVERTED = re.compile(r"(?P<surname>[A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ'’-]{2,}),[ \t]+"
                       r"(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)?)"
                       # (not a dateline's city and state: "FAIRFAX, Va. (AP) —")
                       r"(?![\w'’-]|\.?[ \t]+\((?:AP|Reuters|AFP|RFA)\)|\.?[ \t]+[—–-])")


# what a surname in capitals is made of (``_INVERTED``)
_SURNAME_CHARS = frozenset([*map(chr, range(ord("A"), ord("Z") + 1)), *map(chr, range(0xC0, 0xD7)),
                            *map(chr, range(0xD8, 0xDF)), "'", "’", "-"])


def _comma_after_capitals(text: str) -> bool:
    """Whether a comma follows three characters of a surname in capitals, as every match of
    ``_INVERTED`` has (a look at each comma costs less than the scan, which stops at every
    capital of the text)."""
    i = text.find(",")
    while i >= 0:
        if i >= 3 and all(c in _SURNAME_CHARS for c in text[i - 3:i]):
            return True
        i = text.find(",", i + 1)
    return False


def comma_inverted(text: str, is_place: Callable[[str], bool]) -> list[Candidate]:
    """Person candidates for each "SURNAME, Given" in ``text``, tokens in the usual order
    (not a dateline: "ALMATY, Kazakhstan", "URUMQI, Monday")."""
    out: list[Candidate] = []
    if not _comma_after_capitals(text):
        return out
    for m in _INVERTED.finditer(text):
        surname, given = m.group("surname"), m.group("given").split()
        if any(_not_a_name(w) or is_place(w) for w in (surname.title(), *given)):
            continue
        out.append(Candidate("person", m.start(), m.end(), m.group(),
                             (*given, name_case(surname))))
    return out


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})


def _not_a_name(word: str) -> bool:
    return word.lower() in _WEEKDAYS or lexicon.never_in_name(word)
