"""Names in other scripts inside English text: Cyrillic, Arabic-script and Chinese glosses.

English reports give a person's name as their own documents write it: "Erlan Kabdolla, known
in Kazakh as Ерлан Қабдолла and in Chinese documents as 叶尔兰·卡布都拉", "Gulnar Omirzakh
(Гүлнар Өмірзақ)", "(Chinese: 阿布都热西提)". Such a run of another script is a mention of the
Latin-named person it glosses when it is cued:

- it follows that person's mention (or a previous gloss of it) in the same sentence, and the
  words between are only naming words ("known in Kazakh as", "in Chinese documents as",
  "(Chinese:", ", also written", brackets and commas);
- or, anywhere in the document, its transliteration matches exactly one named person
  (``izde.resolve.names.compare_names`` at ``MATCH`` or above).

An uncued run of another script is not a person (it may be a place, a slogan or a title).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from izde.extract.candidates import Candidate
from izde.extract.coref import Cluster


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MATCH = 0.8  # compare_names score that makes an uncued foreign run the same person
GLOSS_MATCH = 0.3  # a cued gloss must not contradict the name it follows
MAX_GAP = 70
_CYR = r"[\u0400-\u04FF]"
_CYR_UP = r"[\u0400-\u042F\u0490-\u04FF]"
_ARABIC = r"[\u0600-\u06FF\u0750-\u077F]"
_HAN = r"[\u3400-\u9FFF]"
FOREIGN_RE = re.compile(
    rf"{_CYR_UP}{_CYR}+(?:[ \-]{_CYR_UP}{_CYR}+){{0,3}}"
    rf"|{_ARABIC}{{2,}}(?:\s{_ARABIC}{{2,}}){{0,3}}"
    rf"|{_HAN}{{2,12}}(?:[·•・‧]{_HAN}{{1,8}}){{0,3}}")
_GAP_WORDS = _words("""
known also as in and or written spelled spelt rendered called named name names chinese kazakh
uyghur uighur russian kyrgyz mandarin cyrillic arabic script documents document sources media
official officially pinyin characters passport his her their the a an is was by
""")
_GAP_TOKEN = re.compile(r"[^\W\d_]+|[(),:;\"“”'‘’\[\]–—-]")
_GAP_ALLOWED_PUNCT = frozenset("(),:;\"“”'‘’[]–—-")


@dataclass(frozen=True)
class Gloss:
    start: int
    end: int
    text: str


def foreign_runs(text: str, start: int = 0, end: int | None = None) -> Iterator[Gloss]:
    """Runs of Cyrillic, Arabic-script or Han letters that can be names."""
    if text.isascii():
        return
    for m in FOREIGN_RE.finditer(text, start, len(text) if end is None else end):
        yield Gloss(m.start(), m.end(), m.group())


def is_naming_gap(gap: str) -> bool:
    """Only naming words and brackets between a name and its gloss (at most eight words)."""
    if len(gap) > MAX_GAP or any(c in gap for c in ".!?\n"):
        return False
    tokens = _GAP_TOKEN.findall(gap)
    if len("".join(tokens).replace(" ", "")) < len(gap.replace(" ", "")):
        return False  # digits or symbols: not a naming phrase
    words = [t.lower() for t in tokens if t[0].isalpha()]
    return len(words) <= 8 and all(w in _GAP_WORDS for w in words)


def attach_glosses(text: str, clusters: list[Cluster]) -> None:
    """Add every cued foreign-script name to the cluster of the person it glosses."""
    ends = sorted((m.end, i) for i, c in enumerate(clusters) for m in c.mentions)
    joins: list[tuple[Cluster, Cluster]] = []
    for g in list(foreign_runs(text)):
        owner = _glossed(text, g, ends, clusters) or _matching(g, clusters)
        if owner is None:
            continue
        owner.mentions.append(Candidate("person", g.start, g.end, g.text, (g.text,), True))
        bisect.insort(ends, (g.end, clusters.index(owner)))
        romanised = _romanised(text, g, owner, clusters)
        if romanised is not None:
            joins.append((owner, romanised))
    for owner, other in joins:  # after: ``ends`` holds the clusters' places in the list
        if other in clusters and owner in clusters:
            owner.mentions.extend(other.mentions)
            clusters.remove(other)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)


# the characters' own romanisation set off after them: "Sajide Gheni (萨吉黛·艾尼, Sajidai Aini)"
_ROMANISED_AFTER = re.compile(r"[ \t]*[,;:/][ \t]*(?:pinyin:?[ \t]*)?")
ROMANISED_MATCH = 0.9  # ``compare_names`` of the characters and the Latin name after them


def _romanised(text: str, g: Gloss, owner: Cluster, clusters: list[Cluster]
               ) -> Cluster | None:
    """A Latin name right after a gloss in characters, set off by a comma, that spells those
    characters (their pinyin) is the gloss's romanisation: the glossed person, not a second
    one. That name's cluster, or None."""
    m = _ROMANISED_AFTER.match(text, g.end)
    if m is None:
        return None
    other = next((c for c in clusters if c is not owner and any(
        x.start == m.end() for x in c.mentions)), None)
    if other is None or (_score(other, g.text) or 0.0) < ROMANISED_MATCH:
        return None
    return other


def _glossed(text: str, g: Gloss, ends: list[tuple[int, int]], clusters: list[Cluster]
             ) -> Cluster | None:
    """The person whose mention (or earlier gloss) ends just before ``g`` with a naming gap."""
    i = bisect.bisect_right(ends, (g.start, len(clusters))) - 1
    if i < 0 or g.start - ends[i][0] > MAX_GAP:
        return None
    end, which = ends[i]
    if not is_naming_gap(text[end:g.start]):
        return None
    return clusters[which] if _compatible(clusters[which], g.text) else None


def _compatible(c: Cluster, foreign: str) -> bool:
    score = _score(c, foreign)
    return score is None or score >= GLOSS_MATCH


def _matching(g: Gloss, clusters: list[Cluster]) -> Cluster | None:
    hits = [c for c in clusters if (_score(c, g.text) or 0.0) >= MATCH]
    return hits[0] if len(hits) == 1 else None


def _score(c: Cluster, foreign: str) -> float | None:
    """Best name similarity of a cluster's Latin names to ``foreign`` (None: cannot compare)."""
    try:
        from izde.resolve.names import compare_names
    except ImportError:
        return None
    latin = [n for n in c.names() if n.isascii() or not FOREIGN_RE.search(n)]
    return max((compare_names(n, foreign).score for n in latin), default=None)


_SAME_NAME_LEVELS = frozenset({"exact", "transliteration", "vowel_variant"})


def join_renderings(clusters: list[Cluster]) -> list[Cluster]:
    """A name in the pinyin of the characters Chinese documents write a Turkic name in ("Ai'erlan
    Sapa'er" for Erlan Saparuly, "Abudurexiti Wumaierjiang" for Abdureshit Omerjan) is the
    person of the one other name of the text it renders (``izde.resolve.comparisons``: a
    vowel variant or better), not a second person: a Chinese statement quoted in an
    English report names the same man the report names. Two or more candidates that are
    themselves one name spelled twice ("KADYRBEK, Ersin (also written QADYRBEK, Ersin)"): the
    first; two different names: kept apart."""
    from izde.resolve.comparisons import name_form, name_level
    from izde.resolve.pinyin_names import is_pinyin_rendering

    renderings = [c for c in clusters if " " in c.name and is_pinyin_rendering(c.name)]
    for r in renderings:
        others = [c for c in clusters if c is not r and c not in renderings and " " in c.name
                  and name_level(name_form(r.name), name_form(c.name)) in _SAME_NAME_LEVELS]
        if len(others) == 1 or (len(others) > 1 and _one_name(others, name_form, name_level)):
            others[0].mentions.extend(r.mentions)
            others[0].mentions.sort(key=lambda m: m.start)
            clusters.remove(r)
    return clusters


def _one_name(clusters: list[Cluster], form: Callable[[str], Any],
              level: Callable[[Any, Any], str]) -> bool:
    """The clusters' names are one name spelled in ways a reader takes for the same."""
    first = form(clusters[0].name)
    return all(level(first, form(c.name)) in _SAME_NAME_LEVELS for c in clusters[1:])
