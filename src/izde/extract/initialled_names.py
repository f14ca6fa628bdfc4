"""Names given as initials and a surname: "Judge A. Mukanova", "R. Okafor", "Kemelbaev R.S.".

Court papers, official releases and signatures name officials, judges and lawyers by an
initial and a surname, as Russian and Kazakh usage does ("G. Tokhtasynova"). The initial is
evidence of a personal name that a surname alone lacks, so the pair is a person, named with
its initial ("A. Mukanova"). When the text gives a full name holding the surname, the pair is
that person's short form instead (``coref``), as a bare surname would be.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from izde.extract import lexicon
from izde.extract.candidates import Candidate
from izde.extract.coref import DIGRAPH_INITIALS, folded_token, particles_joined, surname_forms

# spelled to open with the class [A-Z] (what may not stand before it is checked behind it), so
# that the engine skips to the next capital at C speed
_INITIALLED = re.compile(r"(?P<initials>[A-Z](?<![\w.’'-][A-Z])"
                         r"(?:(?<=[KZSC])h|(?<=T)s|(?<=Y)[uae])?"  # "Kh.", "Ts.", "Yu."
                         r"\.[ \t]?(?:[A-Z]\.[ \t]?)?)[ \t]*"
                         r"(?P<surname>[A-Z][a-z’'-]{2,}?(?:-[A-Z][a-z]+)?)(?:['’]s)?(?![\w’'-])")
# (a possessive is no part of the surname: "U. Myrzakhanov's measure of restraint")


# the Russian order, surname first and two initials (given name and patronymic): "Major
# Kemelbaev R.S.", "investigator Omarova A. K."; two initials, as one could end a sentence
# (or one initial that Russian transliteration spells with two letters: "Egizbaev Kh.")
_DIGRAPH = "(?:" + "|".join(DIGRAPH_INITIALS) + ")"
_SURNAME_FIRST = re.compile(r"(?P<surname>[A-Z](?<![\w.’'-][A-Z])[a-z’'-]{2,}(?:-[A-Z][a-z]+)?)"
                            r"[ \t]+(?P<initials>(?:[A-Z]|" + _DIGRAPH + r")\.[ \t]?[A-Z]\.|"
                            + _DIGRAPH + r"\.)(?![\w’'-])")


def _initial_in(text: str) -> bool:
    """Whether a full stop follows a capital that no word character, stop, apostrophe or
    hyphen precedes ("A."), as every match of ``_INITIALLED`` opens (a look at each stop
    costs less than the scan, which stops at every capital of the text)."""
    i = text.find(".", 1)
    while i >= 0:
        if "A" <= text[i - 1] <= "Z" and (i < 2 or not _joins(text[i - 2])):
            return True
        if text[i - 2:i] in DIGRAPH_INITIALS and (i < 3 or not _joins(text[i - 3])):
            return True  # "Kh. Egizbaev"
        i = text.find(".", i + 1)
    return False


def _joins(c: str) -> bool:
    return c.isalnum() or c in "_.’'-"


def initialled_names(text: str, persons: list[Candidate], is_place: Callable[[str], bool]
                     ) -> list[Candidate]:
    """Person candidates for "A. Surname" whose surname no full name of ``persons`` holds."""
    if ". " not in text or not _initial_in(text):
        return []
    known = {t for c in persons if c.kind == "person" and len(c.tokens) > 1 for t in c.tokens}
    full = [c.tokens for c in persons if c.kind == "person" and len(c.tokens) > 1]
    out: list[Candidate] = []
    # surname first, the surname must not be an English word either ("Washington D.C.")
    for pattern, common_ok in ((_INITIALLED, True), (_SURNAME_FIRST, False)):
        for m in pattern.finditer(text):
            surname = m.group("surname")
            if lexicon.never_in_name(surname) or is_place(surname) or (
                    not common_ok and lexicon.is_common(surname)):
                continue
            fits = _initials_fit(m.group("initials"), surname, full)
            if surname in known and (not fits or _holder_fits(m.group("initials"), surname,
                                                              full)):
                continue  # a short form of the full name holding the surname (``coref``)
            # "citizen T. Yesimkhanov" beside "Tanirbergen Yesimkhanuly" is his (and "T.
            # Sherikbekov" beside "Usonbek Sherikbekov" and "Toktobolot Sherikbek uulu" is the
            # second's, which the initial tells): ``coref`` joins them
            initials = tuple(i + "." for i in re.findall(_DIGRAPH + "|[A-Z]",
                                                          m.group("initials")))
            end = max(m.end("surname"), m.end("initials"))
            out.append(Candidate("person", m.start(), end, text[m.start():end],
                                 (*initials, surname)))
    return out


def _initials_fit(initials: str, surname: str, full: list[tuple[str, ...]]) -> bool:
    """A full name of the text whose surname is this one in another form (-uly / -ov,
    ``coref.surname_forms``) and whose given name opens with the first initial: the
    initialled name is that person's, not a new one."""
    first = initials.strip()[:1]
    folded = folded_token(surname)
    return any(tokens[0][:1] == first and surname_forms(folded_token(tokens[-1]), folded)
               for tokens in map(particles_joined, full))


def _holder_fits(initials: str, surname: str, full: list[tuple[str, ...]]) -> bool:
    """A full name of the text ending in this very surname whose given name opens with the
    first initial."""
    first = initials.strip()[:1]
    return any(tokens[-1] == surname and tokens[0][:1] == first for tokens in full)
