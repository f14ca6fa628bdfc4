"""Journalists from bylines and credits: their names are authors, never the people reported on.

Recognised: "Reported by X", "(Reporting by X; Editing by Y)",
"Translated (and edited) by X", "Written in English by X",
"Edited by X", "By X" opening a line, an author line "X Feb 22, 2021" / "X | 22 February 2021",
and "X is a journalist/reporter/correspondent".
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}"
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
BYLINE_RE = re.compile(
    r"(?:\b(?:Reported|Written|Translated|Edited|Produced|Compiled|Photographed|Reporting|"
    r"Writing|Editing|Translation|(?:Additional|additional)\s+reporting)"
    r"(?:\s+and\s+(?:edited|translated|written|reported|produced))?(?:\s+in\s+English)?"
    r"\s+by|^\s*By)\s+(?P<a>" + _NAME + r")(?:\s+and\s+(?P<b>" + _NAME + r"))?", re.MULTILINE)
AUTHOR_LINE_RE = re.compile(
    r"^[ \t]*(?P<a>" + _NAME + r")[ \t]*(?:[|,–—-][ \t]*)?(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+" + _MONTH + r"\s+\d{4})[ \t]*$", re.MULTILINE)
IS_JOURNALIST_RE = re.compile(
    r"(?P<a>" + _NAME + r")\s+is\s+an?\s+(?:[\w-]+\s+){0,2}?(?:journalist|reporter|"
    r"correspondent|editor)\b")


# words one of which every match of the pattern contains (the patterns are case-sensitive):
# most documents have no byline, and a substring test rules a pattern out cheaply
_NEEDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (BYLINE_RE, ("Reported", "Written", "Translated", "Edited", "Produced", "Compiled",
                 "Photographed", "By", "Reporting", "Writing", "Editing", "Translation",
                 "reporting")),
    (AUTHOR_LINE_RE, ("",)),
    (IS_JOURNALIST_RE, ("journalist", "reporter", "correspondent", "editor")),
)


def byline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of journalists' names in bylines and credits."""
    spans: list[tuple[int, int]] = []
    for rx, needs in _NEEDS:
        if not any(w in text for w in needs):
            continue
        for m in rx.finditer(text):
            for group in ("a", "b"):
                if group in rx.groupindex and m.group(group):
                    spans.append((m.start(group), m.end(group)))
    return sorted(set(spans))
