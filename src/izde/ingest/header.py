"""The optional `key: value` header block of plain-text and Markdown files.

Collected articles are saved as a few lines (url, publisher, published, title, language),
a blank line, then the article. The header is metadata, not evidence: it is cut from the
body so that quotes and offsets point into the article text only.
"""

from __future__ import annotations

import re
from datetime import date

HEADER_KEYS: frozenset[str] = frozenset(
    {"url", "publisher", "published", "title", "language", "author"}
)

_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z_-]{0,30})[ \t]*:[ \t]*(.*)$")

_MAX_HEADER_LINES = 20
_MAX_FRONT_MATTER_LINES = 100
# Lines YAML front matter is made of: `key: value`, indented continuations, lists, comments.
_YAML_LINE = re.compile(r"^(?:[A-Za-z][\w-]*[ \t]*:.*|[ \t].*|- .*|#.*|)$")

_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DATE_SHAPES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(shape, re.IGNORECASE)
    for shape in (
        rf"{_YEAR}(?:-(?P<month>\d{{2}})(?:-(?P<day>\d{{2}})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?)?)?",
        rf"{_YEAR}/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})",
        rf"(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_YEAR}",
        rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",
        rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}",
        rf"{_MONTH},?\s+{_YEAR}",
    )
)

_LANGUAGE_NAMES: dict[str, str] = {
    "english": "en",
    "russian": "ru",
    "kazakh": "kk",
    "uyghur": "ug",
    "uighur": "ug",
    "chinese": "zh",
    "german": "de",
    "french": "fr",
    "turkish": "tr",
    "kyrgyz": "ky",
    "uzbek": "uz",
}


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Return (metadata, body); without a header block the body is the whole text.

    A header exists only if the first line is `known-key: value` and a blank line follows
    within a few lines; the body starts right after that blank line. Markdown's YAML front
    matter (`---` lines around `key: value` lines) is read the same way.
    """
    if text.startswith("---\n"):
        return _split_front_matter(text)
    first = _HEADER_LINE.match(text[: text.find("\n")] if "\n" in text else text)
    if first is None or first.group(1).lower() not in HEADER_KEYS:
        return {}, text
    metadata: dict[str, str] = {}
    start = 0
    for _ in range(_MAX_HEADER_LINES + 1):
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        if not line.strip():
            return metadata, "" if end < 0 else text[end + 1 :]
        match = _HEADER_LINE.match(line)
        if match is None:
            return {}, text
        _add_field(metadata, match.group(1).lower(), match.group(2).strip())
        if end < 0:
            return metadata, ""
        start = end + 1
    return {}, text


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML front matter, read as flat `key: value` lines; anything unlike YAML means none."""
    lines = text.split("\n", _MAX_FRONT_MATTER_LINES + 1)
    for index, line in enumerate(lines[1:-1], start=1):
        if line.rstrip() in ("---", "..."):
            return _front_matter_fields(lines[1:index]), "\n".join(lines[index + 1 :])
        if not _YAML_LINE.match(line):
            break
    return {}, text


def _front_matter_fields(lines: list[str]) -> dict[str, str]:
    metadata: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.match(line)
        if match is not None:
            value = match.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            _add_field(metadata, match.group(1).lower(), value)
    return metadata


def _add_field(metadata: dict[str, str], key: str, value: str) -> None:
    """Known keys only, first one wins, empty values are no information."""
    if key not in HEADER_KEYS or key in metadata or not value:
        return
    if key == "published":
        value = normalise_published(value)
    elif key == "language":
        value = normalise_language(value)
    metadata[key] = value


def normalise_published(value: str) -> str:
    """EDTF for the plain shapes ("Feb 22, 2021" -> "2021-02-22"); anything else as written."""
    text = value.strip()
    for shape in _DATE_SHAPES:
        match = shape.fullmatch(text)
        if match is not None:
            edtf = _edtf(match.groupdict())
            if edtf is not None:
                return edtf
    return text


def _edtf(parts: dict[str, str | None]) -> str | None:
    """Validate the parts as a calendar date and write them at the precision given."""
    year = int(parts["year"] or 0)
    month = _month_number(parts.get("month"))
    day_text = parts.get("day")
    day = int(day_text) if day_text else None
    if month is None and parts.get("month"):
        return None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def _month_number(month: str | None) -> int | None:
    if not month:
        return None
    if month.isdigit():
        return int(month)
    return _MONTHS.get(month.lower())


def normalise_language(value: str) -> str:
    """ISO 639-1 where the value names a language we know; a tag like "en-US" -> "en"."""
    lowered = value.strip().lower()
    if lowered in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[lowered]
    primary = re.split(r"[-_]", lowered, maxsplit=1)[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else value.strip()
