"""The place gazetteer shipped with izde: lookup in any script, and resolution in context.

The data (``data/gazetteer.json``, built by ``scripts/build_gazetteer.py``; sources and
licence in ``docs/gazetteer.md``) lists countries, Chinese provinces, every prefecture- and
county-level division of Xinjiang, Kazakhstan's regions, cities and border districts, and
detention facilities named in public reporting, each with its names in English/pinyin,
Chinese, Uyghur and Kazakh (both scripts), Russian, historical names and press spellings.

One surface form often names several places ("Tacheng" is a city and a prefecture;
"Khorgos" a county, a city, a border zone and a Kazakh village). ``lookup`` returns them
all; ``resolve`` picks one using the generic word in the mention ("county", 市, ауданы),
an explicit kind hint, and the places named nearby (a county under a prefecture named in
the same text wins).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from izde.resolve.names import skeleton
from izde.resolve.placenames import fine_key, kind_affinity, split_generic, split_mention
from izde.resolve.translit import detect_script

KINDS = ("country", "province", "region", "prefecture", "county", "city", "district", "town",
         "facility", "zone")
# With nothing else to go on, a bare name more likely means the better-known kind of place.
# (Almaty the city before Almaty Region, Tacheng the city before the prefecture).
_KIND_PRIOR = {"country": 0.6, "city": 0.5, "region": 0.4, "province": 0.4, "prefecture": 0.3,
               "county": 0.2, "district": 0.1, "town": 0.1}
_FUZZY_MIN = 0.93  # Jaro-Winkler on folded keys for a misspelling to count as the place
_MIN_FUZZY_LEN = 5


@dataclass(frozen=True)
class PlaceEntry:
    id: str  # stable slug, e.g. "cn-xj-yining-city"
    name: str  # canonical English/pinyin name
    kind: str  # one of KINDS
    country: str | None  # ISO 3166-1 alpha-2
    parent: str | None  # id of the parent entry
    lat: float | None
    lon: float | None
    names: tuple[str, ...]  # every variant: all scripts, historical names, press spellings
    labels: tuple[tuple[str, str], ...] = ()  # (language or "hist"/"press", name) pairs

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> PlaceEntry:
        labels = tuple((lang, n) for lang, ns in rec.get("names", {}).items() for n in ns)
        names = tuple(dict.fromkeys([rec["name"], *(n for _, n in labels)]))
        return cls(rec["id"], rec["name"], rec["kind"], rec.get("country"), rec.get("parent"),
                   rec.get("lat"), rec.get("lon"), names, labels)


class Gazetteer:
    """An in-memory index of place entries by every name key."""

    def __init__(self, entries: Iterable[PlaceEntry],
                 keys: dict[str, list[list[str]]] | None = None) -> None:
        """``keys``: precomputed index keys by entry id (see ``index_keys``); computed when
        absent. The packaged file carries them so that loading stays well under 0.2 s."""
        self._entries: dict[str, PlaceEntry] = {e.id: e for e in entries}
        self._children: dict[str, list[str]] = defaultdict(list)
        self._by_key: dict[str, list[str]] = defaultdict(list)
        self._by_fine: dict[str, list[str]] = defaultdict(list)
        self._by_skeleton: dict[str, list[str]] = defaultdict(list)
        for entry in self._entries.values():
            if entry.parent:
                self._children[entry.parent].append(entry.id)
            stored = (keys or {}).get(entry.id)
            for triple in stored if stored is not None else index_keys(entry.names):
                self._index(triple, entry.id)
        self._fine_keys = list(self._by_fine)

    def _index(self, triple: Sequence[str], entry_id: str) -> None:
        for index, k in zip((self._by_key, self._by_fine, self._by_skeleton), triple,
                            strict=True):
            if k and entry_id not in index[k]:
                index[k].append(entry_id)

    @classmethod
    def load_default(cls) -> Gazetteer:
        """The packaged gazetteer, loaded once per process."""
        return _load_default()

    @classmethod
    def from_json(cls, text: str) -> Gazetteer:
        records = json.loads(text)["places"]
        keys = {rec["id"]: rec["keys"] for rec in records if "keys" in rec}
        return cls((PlaceEntry.from_record(rec) for rec in records), keys)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterable[PlaceEntry]:
        return iter(self._entries.values())

    def get(self, id: str) -> PlaceEntry:
        """The entry with this id; KeyError names the id when there is none."""
        try:
            return self._entries[id]
        except KeyError:
            raise KeyError(f"no gazetteer entry with id {id!r}") from None

    def lookup(self, name: str, fuzzy: bool = True) -> list[PlaceEntry]:
        """Every entry a surface form may denote, in any script, generic words ignored.

        A mention with two names ("Arishan (in Chinese, Wenquan) county") gives the entries
        both names denote, or, when they share none, all of either. ``fuzzy`` also accepts
        close misspellings of names of five letters or more.
        """
        names, _ = split_mention(name)
        found = [self._lookup_key(n, fuzzy) for n in names]
        found = [ids for ids in found if ids]
        if not found:
            return []
        common = [i for i in found[0] if all(i in ids for ids in found[1:])]
        ids = common or list(dict.fromkeys(i for ids in found for i in ids))
        return [self._entries[i] for i in ids]

    def _lookup_key(self, key: str, fuzzy: bool) -> list[str]:
        if key in self._by_key:
            return list(self._by_key[key])
        fine = fine_key(key)
        if fine in self._by_fine:
            return list(self._by_fine[fine])
        if not fuzzy or len(fine) < _MIN_FUZZY_LEN:
            return []
        near = [i for i in self._by_skeleton.get(skeleton(fine), [])
                if self._close(fine, i)]
        if near:
            return near
        hits = process.extract(fine, self._fine_keys, scorer=JaroWinkler.normalized_similarity,
                               score_cutoff=_FUZZY_MIN, limit=3)
        return list(dict.fromkeys(i for k, _, _ in hits for i in self._by_fine[k]))

    def _close(self, fine: str, entry_id: str) -> bool:
        """A skeleton match counts only when some name of the entry is also spelled alike."""
        return any(JaroWinkler.normalized_similarity(fine, k) >= 0.85
                   for k in self._fine_names(entry_id))

    def _fine_names(self, entry_id: str) -> list[str]:
        return [fine_key(split_generic(n)[0]) for n in self._entries[entry_id].names]

    def resolve(self, name: str, kind_hint: str | None = None,
                context: Sequence[str] = ()) -> PlaceEntry | None:
        """The one entry a mention most likely denotes, or None when nothing matches.

        Evidence, strongest first: the kind asked for (``kind_hint``, else the generic word
        in the mention); places in ``context`` (ids or names) that contain or lie inside a
        candidate; a name that is the candidate's own canonical name; and a mild prior for
        the better-known kind of place.
        """
        candidates = self.lookup(name)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        kind = kind_hint or split_mention(name)[1]
        nearby = self._context_ids(context, {c.id for c in candidates})
        core = split_mention(name)[0]
        return max(candidates, key=lambda c: (self._score(c, kind, nearby, core), c.id))

    def _score(self, entry: PlaceEntry, kind: str | None, nearby: set[str],
               core: list[str]) -> float:
        score = 3.0 * kind_affinity(kind, entry.kind)
        related = set(self._ancestor_ids(entry.id)) | self._descendant_ids(entry.id)
        if related & nearby:
            score += 2.0
        elif entry.parent and any(self._entries[n].parent == entry.parent for n in nearby):
            score += 0.5
        if split_generic(entry.name)[0] in core:
            score += 0.3
        return score + _KIND_PRIOR.get(entry.kind, 0.0)

    def _context_ids(self, context: Sequence[str], exclude: set[str]) -> set[str]:
        ids: set[str] = set()
        for item in context:
            if item in self._entries:
                ids.add(item)
            else:
                ids.update(e.id for e in self.lookup(item, fuzzy=False))
        return ids - exclude

    def surface_forms(self) -> Iterable[str]:
        """Every Latin-script name, for building a phrase matcher."""
        seen: set[str] = set()
        for entry in self._entries.values():
            for name in entry.names:
                if name not in seen and detect_script(name) == "latin":
                    seen.add(name)
                    yield name

    def _ancestor_ids(self, id: str) -> list[str]:
        out: list[str] = []
        parent = self._entries[id].parent
        while parent and parent in self._entries and parent not in out:
            out.append(parent)
            parent = self._entries[parent].parent
        return out

    def _descendant_ids(self, id: str) -> set[str]:
        out: set[str] = set()
        stack = list(self._children.get(id, ()))
        while stack:
            child = stack.pop()
            if child not in out:
                out.add(child)
                stack.extend(self._children.get(child, ()))
        return out

    def ancestors(self, id: str) -> list[PlaceEntry]:
        """Parent, grandparent, ... up to the country."""
        return [self._entries[i] for i in self._ancestor_ids(self.get(id).id)]

    def descendants(self, id: str) -> list[PlaceEntry]:
        """Everything inside the place (a prefecture's counties, their towns, facilities)."""
        return sorted((self._entries[i] for i in self._descendant_ids(self.get(id).id)),
                      key=lambda e: e.id)


def index_keys(names: Iterable[str]) -> list[list[str]]:
    """[lookup key, folded key, skeleton] for each distinct name (generic words removed)."""
    triples: list[list[str]] = []
    for name in names:
        key = split_generic(name)[0]
        fine = fine_key(key)
        triple = [key, fine, skeleton(fine)]
        if triple not in triples:
            triples.append(triple)
    return triples


@lru_cache(maxsize=1)
def _load_default() -> Gazetteer:
    data = resources.files("izde.resolve").joinpath("data/gazetteer.json").read_text("utf-8")
    return Gazetteer.from_json(data)
