"""Tables of persons inside a report: a roster, a list of cases, a leaked spreadsheet given as
rows of cells ("| Name | Birth year | Village | Status |").

A row states facts about the person its name cell names, as a case sheet's lines do, and its
cells are read the same way (``records``): the header says what each cell is ("Birth year",
"Status on 3 March 2018" → a status read clause by clause, "sentenced, 5 years"). A cell may
give one name in two forms ("Ai'erlan Sapa'er / Erlan Saparuly"): both are the person. A
header that does not name a known field ("Reason given") leaves its cells to nobody: a
reason the police wrote is not a charge a court made. A table without a name column is not
read at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from izde.extract import record_fields as L
from izde.extract.records import Field, read_record
from izde.extract.structured import Found

__all__ = ["read_tables"]

_ROW = re.compile(r"(?m)^[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*$")
_RULE = re.compile(r"[\s|:-]+")  # the line under a header: "|---|:---:|"
_CELL = re.compile(r"[^|]+")
# a header whose first words name a known field: "Status on 3 March 2018" → status
_HEADER_WORDS = 3

# what a header says in brackets about its cells' form: "Name (pinyin rendering / Kazakh form)"
_GLOSS = re.compile(r"\([^()]*\)")

Cell = tuple[int, int]


def read_tables(text: str, published: str | None = None) -> Found:
    """Persons and events of every row of every table with a name column."""
    found = Found()
    if "|" not in text:
        return found
    for n, (header, rows) in enumerate(_tables(text)):
        kinds = [_kind(text[s:e]) for s, e in header]
        if "name" not in kinds:
            continue
        for m, (line, cells) in enumerate(rows):
            fields = [Field(kind, label, s, e, line) for kind, label, (s, e)
                      in zip(kinds, header, cells, strict=False) if kind is not None]
            found.extend(read_record(text, published, f"t{n + 1}.{m + 1}", fields))
        found.not_names.extend(header)
    return found


def _tables(text: str) -> Iterator[tuple[list[Cell], list[tuple[Cell, list[Cell]]]]]:
    """Each table as its header cells and its rows (the row's span and its cells)."""
    lines = list(_ROW.finditer(text))
    i = 0
    while i + 1 < len(lines):
        head, rule = lines[i], lines[i + 1]
        if not (_RULE.fullmatch(rule.group("cells")) and _adjacent(text, head, rule)):
            i += 1
            continue
        rows = []
        j = i + 2
        while j < len(lines) and _adjacent(text, lines[j - 1], lines[j]):
            rows.append((lines[j].span(), _cells(lines[j])))
            j += 1
        yield _cells(head), rows
        i = j


def _adjacent(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return not text[a.end():b.start()].strip()


def _cells(row: re.Match[str]) -> list[Cell]:
    """The trimmed spans of a row's cells."""
    base = row.start("cells")
    out: list[Cell] = []
    for m in _CELL.finditer(row.group("cells")):
        s, e = base + m.start(), base + m.end()
        raw = m.group()
        s += len(raw) - len(raw.lstrip())
        e -= len(raw) - len(raw.rstrip())
        out.append((s, max(s, e)))
    return out


def _kind(header: str) -> str | None:
    """The field a column header names, its bracketed gloss left out: the whole header, else
    its first words ("Status on 3 March 2018", "Name (pinyin rendering / Kazakh form)")."""
    words = L.normal_label(_GLOSS.sub(" ", header)).split()
    for n in range(len(words), 0, -1):
        if n <= _HEADER_WORDS or n == len(words):
            kind = L.FIELDS.get(" ".join(words[:n]))
            if kind is not None:
                return kind
    return None
