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
                       r"(?![\w'’-])")


def comma_inverted(text: str, is_place: Callable[[str], bool]) -> list[Candidate]:
    """Person candidates for each "SURNAME, Given" in ``text``, tokens in the usual order
    (not a dateline: "ALMATY, Kazakhstan", "URUMQI, Monday")."""
    out: list[Candidate] = []
    if "," not in text:
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
