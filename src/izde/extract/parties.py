"""The parties a court paper or a decision names: "Claimant: KADYRBEK, Ersin".

Court papers, tribunal decisions and UN communications name the person the case is about once,
in a field ("Claimant:", "Defendant:") or in brackets after the name ("X (the applicant)"), and
from then on call them only "the claimant", "the applicant". That phrase means the named party
wherever it stands, whoever else (counsel, a judge, an expert) was named in between; it is a
mention of that person as much as a name is.
"""

from __future__ import annotations

import bisect
import re

Span = tuple[int, int, str]

PARTIES = r"claimant|applicant|appellant|petitioner|complainant|defendant|accused"
_PARTY_FIELD = re.compile(r"(?im)^[ \t]*(?P<party>" + PARTIES + r")[ \t]*:[ \t]*")
_PARTY_AFTER = re.compile(r"\s*\((?:hereinafter\s+)?[\"“]?(?:the\s+)?(?P<party>" + PARTIES
                          + r")[\"”]?\)", re.IGNORECASE)
_THE_PARTY = re.compile(r"\b[Tt]he\s+(?P<party>" + PARTIES + r")\b(?!['’]s\s+(?:counsel|"
                        r"lawyer|representative))")


def find_parties(text: str, spans: list[Span]) -> dict[str, str]:
    """Party noun -> the person the text names as that party, when it names one (``spans``
    sorted by start)."""
    out: dict[str, str] = {}
    if "(" not in text and ":" not in text:
        return out
    starts = [s for s, _, _ in spans]
    for m in _PARTY_FIELD.finditer(text):
        i = bisect.bisect_left(starts, m.end())  # the name right after the field's colon
        if i < len(spans) and spans[i][0] <= m.end() + 2:
            out.setdefault(m.group("party").lower(), spans[i][2])
    for _, end, key in spans:
        a = _PARTY_AFTER.match(text, end)
        if a:
            out.setdefault(a.group("party").lower(), key)
    return out


def party_mentions(text: str, spans: list[Span]) -> list[Span]:
    """Each "the claimant" (and the like) as a mention of the party the text names, and each
    "the above-named person" as a mention of the person a form's "Name:" field names."""
    parties = find_parties(text, spans)
    # (a text that names no party has no "the claimant" to read: the scan, which stops at
    # every "the", is skipped)
    found = [(m.start(), m.end(), parties[m.group("party").lower()])
             for m in (_THE_PARTY.finditer(text) if parties else ())
             if m.group("party").lower() in parties]
    return found + _form_subject_mentions(text, spans)


# An official form (a release certificate, a detention notice) names its subject once in a
# field and then says "the above-named person", "the aforementioned citizen".
_NAME_FIELD = re.compile(r"(?im)^[ \t]*(?:full\s+)?name(?:\s+of\s+(?:the\s+)?(?:detainee|"
                         r"person|prisoner|holder))?[ \t]*:[ \t]*[_*]?")
_ABOVE_NAMED = re.compile(r"\b[Tt]he\s+(?:above-?\s?named|aforementioned|aforesaid|above-?"
                          r"mentioned)\s+(?:person|citizen|individual|detainee|prisoner|man|woman|"
                          r"suspect|convict)\b")


def _form_subject_mentions(text: str, spans: list[Span]) -> list[Span]:
    """Each "the above-named person" after the first "Name:" field, as a mention of the
    first person named on that field's line (a form may give the name in two scripts)."""
    if "named" not in text and "mentioned" not in text and "aforesaid" not in text:
        return []
    field = _NAME_FIELD.search(text)
    if field is None:
        return []
    starts = [s for s, _, _ in spans]
    i = bisect.bisect_left(starts, field.end())
    line_end = text.find("\n", field.end()) % (len(text) + 1)
    if i >= len(spans) or spans[i][1] > line_end:
        return []  # the field's value names nobody the text reads as a person
    key = spans[i][2]
    return [(m.start(), m.end(), key) for m in _ABOVE_NAMED.finditer(text, field.end())]
