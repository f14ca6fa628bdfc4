"""Place mentions: gazetteer names found in the text, and phrases with a place word.

A mention is the longest run of capitalised words (up to five) that is a gazetteer surface
form, extended by a following generic word ("Gansu province", "Emin county") which also
serves as the kind hint. Without a gazetteer, places are those the lexicon knows and phrases
with a place word ("Arishan county"), stored with their text. A border crossing is a place
even when unknown ("the Kalzhat border post": "Kalzhat", kind "crossing").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from izde.extract import lexicon
from izde.extract.aliases import capital_run
from izde.extract.model import ExtractedPlace, Mention
from izde.extract.tokens import Word
from izde.extract.values import value_class

MAX_WORDS = 5
_MAX_KEPT = 1 << 16  # word sequences whose places a finder keeps
GENERIC = re.compile(r"\s+(county|prefecture|province|city|region|district|oblast|township|"
                     r"town|village)\b", re.IGNORECASE)
KIND_RANK = {"facility": 6, "crossing": 6, "village": 5, "town": 5, "township": 5, "city": 4,
             "county": 4, "district": 4, "prefecture": 3, "region": 2, "province": 2, "country": 1}


@value_class
class PlaceMention:
    start: int
    end: int
    text: str
    kind_hint: str | None


class PlaceFinder:
    """Finds and resolves place mentions with an optional gazetteer."""

    def __init__(self, gazetteer: Any | None) -> None:
        self.gazetteer = gazetteer
        self.forms = _forms(gazetteer) if gazetteer is not None else frozenset()
        self._spans: dict[tuple[str, ...], tuple[tuple[int, int], ...]] = {}

    def is_place(self, name: str) -> bool:
        low = name.lower()
        return low in self.forms or low in lexicon.PLACES

    def find(self, text: str, runs: list[list[Word]]) -> list[PlaceMention]:
        """Place mentions inside runs of capitalised words, longest match first; a run that
        names a border crossing ("the Kalzhat border post") is one even when unknown."""
        out: list[PlaceMention] = []
        for run in runs:
            spans = self._places_in(tuple(w.text for w in run))
            for i, n in spans:
                out.append(self._mention(text, run[i].start, run[i + n - 1].end))
            if not spans:
                out.extend(crossing(text, run))
        return out

    def _places_in(self, tokens: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
        """(first word, number of words) of each place in a run of ``tokens``, longest first
        from left to right. A run's words are joined by single spaces (``tokens``), so the
        text of words i..i+n-1 is their join: the answer depends on the words alone and is
        kept per word sequence (bounded), as the same runs recur ("China", "Police")."""
        found = self._spans.get(tokens)
        if found is None:
            found = self._match_places(tokens)
            if len(self._spans) < _MAX_KEPT:
                self._spans[tokens] = found
        return found

    def _match_places(self, tokens: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            n = self._match_len(tokens, i)
            if n:
                spans.append((i, n))
            i += n or 1
        return tuple(spans)

    def _match_len(self, tokens: tuple[str, ...], i: int) -> int:
        for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
            if self.is_place(" ".join(tokens[i:i + n])):
                return n
        return 0

    def _mention(self, text: str, start: int, end: int) -> PlaceMention:
        g = GENERIC.match(text, end, min(len(text), end + 14))
        if g:
            return PlaceMention(start, g.end(), text[start:g.end()], g.group(1).lower())
        return PlaceMention(start, end, text[start:end], None)

    def resolve(self, mention: PlaceMention, context: list[str]
                ) -> tuple[str | None, str, str | None]:
        """(gazetteer id or None, canonical name, kind) for a mention."""
        if self.gazetteer is None:
            return None, mention.text, mention.kind_hint
        entry = self.gazetteer.resolve(mention.text, mention.kind_hint, context)
        if entry is None:
            return None, mention.text, mention.kind_hint
        return str(entry.id), str(entry.name), str(entry.kind)


# a border crossing is a place: "the Kalzhat border post", "the Dulata crossing", "a
# checkpoint at Kalzhat" is found by the gazetteer or as a place word; "Kalzhat Pass"
_CROSSING_AFTER = re.compile(r"\s+(?:border\s+(?:post|crossing|point|checkpoint|station|gate)|"
                             r"(?:land\s+)?(?:crossing|checkpoint|checkpost|land\s+port)"
                             r"(?:\s+point)?|port\s+of\s+entry)\b", re.IGNORECASE)
_CROSSING_WORDS = frozenset({"Pass", "Crossing", "Checkpoint", "Border"})
_CROSSING_STARTS = (" border", " crossing", " checkp", " land ", " port of")
# a people's or a state's name before "border post" says whose post, not where it is
_NOT_A_CROSSING = re.compile(r"(?:ese|ian|ish|ean|stan|[a-z]s|Kazakh|Kyrgyz|Uyghur|Uighur|Uzbek|"
                             r"Tajik|Mongol|Russia|China|Police|Its|Their|His|Her)$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def crossing(text: str, run: list[Word]) -> list[PlaceMention]:
    """The run as a border crossing when a crossing word follows it or ends it."""
    after = text[run[-1].end:run[-1].end + 12].lower()
    if run[-1].text not in _CROSSING_WORDS and not after.startswith(_CROSSING_STARTS):
        return []  # the common case, decided without a regex
    words = [w for w in run if w.text not in {"The", "A", "An"}]
    if words and words[-1].text in _CROSSING_WORDS:
        words = words[:-1]
    elif not words or _CROSSING_AFTER.match(text, words[-1].end) is None:
        return []
    if not words or len(words) > 3 or _NOT_A_CROSSING.search(words[-1].text):
        return []
    start, end = words[0].start, words[-1].end
    if not _THE_BEFORE.search(text, max(0, start - 4), start):
        return []  # "Uyghurs crossing the border": a verb; a named post is "the X post"
    return [PlaceMention(start, end, text[start:end], "crossing")]


_FORMS: dict[int, tuple[Any, frozenset[str]]] = {}
_FINDER: list[PlaceFinder] = []  # the finder of the gazetteer last asked for


def place_finder(gazetteer: Any | None) -> PlaceFinder:
    """The finder of ``gazetteer``, the same object for every document that uses it. Its
    place test is part of the key under which ``candidates`` keeps what it decided about a
    run's words ("The", "Officials", a name that recurs): a new finder per document made
    every key new, so nothing decided for one document served the next."""
    finder = _FINDER[0] if _FINDER else None
    if finder is None or finder.gazetteer is not gazetteer:
        finder = PlaceFinder(gazetteer)
        _FINDER[:] = [finder]  # a thread with another gazetteer may replace it: not returned
    return finder


def _forms(gazetteer: Any) -> frozenset[str]:
    """Lower-cased surface forms, computed once per gazetteer object."""
    hit = _FORMS.get(id(gazetteer))
    if hit is None or hit[0] is not gazetteer:
        hit = (gazetteer, frozenset(f.lower() for f in gazetteer.surface_forms()))
        _FORMS[id(gazetteer)] = hit
    return hit[1]


_CAP_RUN = capital_run(3)
_LANGUAGE = r"(?:Kazakh|Kyrgyz|Uyghur|Uighur|Chinese|Mandarin|Russian|Turkish|Uzbek|Tajik)"
# another name a text gives a place: "Kizilsu Prefecture, known in Kyrgyzstan as Kyzyl-Suu",
# "Zhaosu county (known to Kazakhs as Mongolküre)", "Artux (Atush in Kyrgyz)"
PLACE_GLOSS = re.compile(
    r"[ \t]*(?:,|\()[ \t]*(?:(?:also|commonly|usually|locally|often)\s+)?(?:known|called|"
    r"referred\s+to)(?:\s+(?:in|to|among|by)\s+(?:[\w-]+\s+){1,3}?)?\s*as\s+(?P<a>" + _CAP_RUN
    + r")|[ \t]*\([ \t]*(?P<b>" + _CAP_RUN + r")[ \t]+in[ \t]+" + _LANGUAGE + r"[ \t]*\)")


def place_glosses(text: str, mentions: list[PlaceMention]
                  ) -> list[tuple[PlaceMention, PlaceMention]]:
    """(other name, the place it names) for each name a text gives right after a place."""
    out: list[tuple[PlaceMention, PlaceMention]] = []
    for m in mentions:
        g = PLACE_GLOSS.match(text, m.end)
        if g is not None:
            group = "a" if g.group("a") else "b"
            alias = PlaceMention(g.start(group), g.end(group), g.group(group), m.kind_hint)
            out.append((alias, m))
    return out


def build_places(mentions: list[PlaceMention], resolve: Callable[[PlaceMention],
                 tuple[str | None, str, str | None]]) -> tuple[list[ExtractedPlace],
                                                             dict[int, str]]:
    """Group mentions into places; also map each mention start to its place key."""
    places: dict[str, ExtractedPlace] = {}
    at: dict[int, str] = {}
    for m in mentions:
        gid, name, kind = resolve(m)
        ident = gid or name.lower()
        if ident not in places:
            places[ident] = ExtractedPlace(f"l{len(places) + 1}", name, [], gid, kind)
        places[ident].mentions.append(Mention(m.start, m.end, m.text))
        at[m.start] = places[ident].key
    return list(places.values()), at


def place_rank(place: ExtractedPlace) -> int:
    """How specific a place is: a facility or town beats a prefecture beats a country."""
    return KIND_RANK.get(place.kind or "", 3)
