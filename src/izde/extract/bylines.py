"""Journalists from bylines and credits: their names are authors, never the people reported on.

Recognised: "Reported by X", "(Reporting by X; Editing by Y)", lists of several names in one
credit ("Reporting by X in Almaty and Y in Beijing", "Edited by X, Y and Z"),
"Translated (and edited) by X", "Written in English by X",
"Edited by X", "By X" opening a line, an author line "X Feb 22, 2021" / "X | 22 February 2021",
and "X is a journalist/reporter/correspondent".
"""

from __future__ import annotations

import re
from itertools import islice

from izde.extract import lexicon
from izde.extract.literals import word_occurs
from izde.extract.names import split_pinyin
from izde.extract.spans import at_line_starts

_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}"
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
BYLINE_RE = re.compile(
    r"(?:\b(?:Reported|Written|Translated|Edited|Produced|Compiled|Photographed|Reporting|"
    r"Writing|Editing|Translation|(?:Additional|additional)\s+reporting)"
    r"(?:\s+and\s+(?:edited|translated|written|reported|produced))?(?:\s+in\s+English)?"
    r"\s+by|^\s*By|^[ \t]*by(?=[ \t]+" + _NAME + r"[ \t]*$))\s+(?P<a>" + _NAME + r")",
    re.MULTILINE)  # (a line "by Li Mingxuan" under a lede, lower case)
# one more name of a credit's list: after the previous one (and where it reported from:
# "X in Almaty and Y in Beijing"), joined by a comma or "and"
_PLACE = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
MORE_NAMES_RE = re.compile(
    r"(?:[ \t]+(?:in|from)[ \t]+" + _PLACE + r")?(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|"
    r"[ \t]*&[ \t]*)(?P<a>" + _NAME + r")")
AUTHOR_LINE_RE = re.compile(
    r"^[ \t]*(?P<a>" + _NAME + r")[ \t]*(?:[|,–—-][ \t]*)?(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+" + _MONTH + r"\s+\d{4})[ \t]*$", re.MULTILINE)
# the same name, each word read whole (``++``): white space must follow it, which no word
# character is, so giving characters back never led to a match; the engine, which tried
# that at every capital of a report, now fails at once (a third less time, same matches)
_WHOLE_NAME = r"[A-Z][\w'’-]++(?:[ \t]+[A-Z][\w'’-]++){1,3}"
IS_JOURNALIST_RE = re.compile(
    r"(?P<a>" + _WHOLE_NAME + r")\s+is\s+an?\s+(?:[\w-]+\s+){0,2}?(?:journalist|reporter|"
    r"correspondent|editor)\b")


# words one of which every match of the pattern contains (the patterns are case-sensitive):
# most documents have no byline, and a substring test rules a pattern out cheaply
_NEEDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (BYLINE_RE, ("Reported", "Written", "Translated", "Edited", "Produced", "Compiled",
                 "Photographed", "By", "by", "Reporting", "Writing", "Editing", "Translation",
                 "reporting")),
    (AUTHOR_LINE_RE, ("",)),
    (IS_JOURNALIST_RE, ("journalist", "reporter", "correspondent", "editor")),
)


# an author's name alone on its line under the headline, with no "By" (RFE/RL's services,
# Vlast, The Independent): the headline before it, the lede after it
_NAME_ALONE = re.compile(r"[ \t]*(?!By\b)(?P<a>" + _NAME + r")[ \t]*")
_DATELINE = re.compile(r"[ \t]*(?:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,40}(?:,[^\n]{0,60}?)?\s+(?:--|—|–)\s|"
                       r"[A-Z][\w .,'’-]{0,40}\((?:AFP|AP|Reuters)\))")
_HEADLINE = re.compile(r"[ \t]*[^\n]{15,200}?(?<![.!?\"”])[ \t]*")
_TOP = 3  # the paragraphs of a report's top: headline, (standfirst,) author
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _author_alone(text: str) -> list[tuple[int, int]]:
    """The name standing alone as a paragraph near the top of a report, after a headline and
    before a dateline or the lede, as an author line is: not the report's first paragraph
    (a page titled with a person's name is about that person)."""
    out: list[tuple[int, int]] = []
    # (the report's top only: the blank lines below it are never read)
    starts = [m.end() for m in islice(_BLANK_LINE.finditer(text), _TOP + 1)]
    paragraphs = [0, *starts]
    for i in range(1, min(len(paragraphs) - 1, _TOP + 1)):
        start, end = paragraphs[i], text.rfind("\n", 0, paragraphs[i + 1] - 1)
        lines = text[start:max(start, end)].split("\n")
        if len(lines) > 3 or any(len(line) > 80 for line in lines[1:]):
            continue  # the name's line, then at most a date, a place, a role
        m = _NAME_ALONE.fullmatch(text, start, start + len(lines[0]))
        if m is None or not _could_be_name(m.group("a")):
            continue
        nxt = paragraphs[i + 1]
        prev_end = text.find("\n", paragraphs[i - 1])
        headline = _HEADLINE.fullmatch(text, paragraphs[i - 1], prev_end) is not None
        if _DATELINE.match(text, nxt) or (headline and i <= 2):
            out.append((m.start("a"), m.end("a")))
    return out


def byline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of journalists' names in bylines and credits."""
    spans: list[tuple[int, int]] = _author_alone(text)
    for rx, needs in _NEEDS:
        if not any(w in text for w in needs) or (rx is IS_JOURNALIST_RE and not any(
                word_occurs(text, w, after_space=True) for w in needs)):
            continue  # (the nouns stand whole after white space: not "reporters")
        for m in (at_line_starts(rx, text) if rx is AUTHOR_LINE_RE else rx.finditer(text)):
            end = _name_end(text, m.start("a"), m.end("a"))
            if end is None or (rx is AUTHOR_LINE_RE and not _could_be_name(m.group("a"))):
                continue  # (not "Published On 16 Jan 2025")
            spans.append((m.start("a"), end))
            if rx is BYLINE_RE:
                spans.extend(_more_names(text, end))
    return sorted(set(spans))


def _name_end(text: str, start: int, end: int) -> int | None:
    """Where the name of a credit ends: before the outlet that follows it on the same line
    ("By DANIYAR SULTANBEKOV Associated Press"), None when no name is left before one
    ("By Radio Free Asia"). An outlet starts at a word no name has ("Press", "News",
    "Radio") and takes the common words right before it ("Associated")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    cut = next((i for i, w in enumerate(words) if lexicon.is_non_name_word(w.group().lower())),
               len(words))
    while cut > 0 and cut < len(words) and lexicon.is_common(words[cut - 1].group()):
        cut -= 1
    if cut == len(words):
        return end
    return start + words[cut - 1].end() if cut >= 2 else None


def _more_names(text: str, end: int) -> list[tuple[int, int]]:
    """The further names of a credit that lists several ("Reporting by X in Almaty and
    Y in Beijing"); a run of capitals that is an outlet or a place ("Radio Free Asia")
    ends the list."""
    out: list[tuple[int, int]] = []
    while (m := MORE_NAMES_RE.match(text, end)) is not None and _could_be_name(m.group("a")):
        out.append((m.start("a"), m.end("a")))
        end = m.end("a")
    return out


def _could_be_name(run: str) -> bool:
    words = run.split()
    if any(lexicon.is_non_name_word(w.lower()) for w in words):
        return False
    return (words[0].lower() in lexicon.given_names()
            or all(split_pinyin(w, 2) is not None for w in words)  # "Lei Song", either order
            or not all(lexicon.is_common(w) for w in words))
