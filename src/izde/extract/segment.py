"""Paragraphs and sentences with character offsets into the document body.

spaCy's blank English tokenizer with its rule-based ``sentencizer`` knows abbreviations such as
"Dec." and "U.S.", so it does not split sentences inside dates. The text is fed to spaCy one
paragraph (line) at a time and in bounded chunks, so a 10 MB document never becomes one spaCy
``Doc``: memory stays proportional to the longest chunk, not the document.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language

MAX_CHUNK = 20_000  # characters given to spaCy at once; longer lines are cut at whitespace
_LINE_RE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body text: ``text == body[start:end]``; ``paragraph`` counts lines."""

    start: int
    end: int
    text: str
    paragraph: int


@cache
def english() -> Language:
    """The blank English pipeline with a sentencizer (no statistical model is needed)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_CHUNK * 2
    return nlp


def chunks(text: str) -> Iterator[tuple[int, str, int]]:
    """Yield (offset, chunk, paragraph index) for every non-blank line, cut to MAX_CHUNK."""
    for para, m in enumerate(_LINE_RE.finditer(text)):
        line, base = m.group(), m.start()
        pos = 0
        while pos < len(line):
            end = _cut(line, pos)
            if line[pos:end].strip():
                yield base + pos, line[pos:end], para
            pos = end


def _cut(line: str, pos: int) -> int:
    """End of the chunk that starts at ``pos``: at most MAX_CHUNK, preferably after a space."""
    end = pos + MAX_CHUNK
    if end >= len(line):
        return len(line)
    space = line.rfind(" ", pos + MAX_CHUNK // 2, end)
    return space + 1 if space > 0 else end


def sentences(text: str) -> Iterator[Sentence]:
    """Every sentence of ``text`` in order, trimmed of surrounding whitespace."""
    pieces = chunks(text)
    meta: deque[tuple[int, int]] = deque()

    def feed() -> Iterator[str]:
        for offset, chunk, para in pieces:
            meta.append((offset, para))
            yield chunk

    for doc in english().pipe(feed(), batch_size=64):
        offset, para = meta.popleft()
        for sent in doc.sents:
            yield from _trimmed(text, offset + sent.start_char, offset + sent.end_char, para)


def _trimmed(text: str, start: int, end: int, para: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Sentence(start, end, text[start:end], para)
