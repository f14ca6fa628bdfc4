"""Statistics researchers count: persons by event type, charge, sentence, place and year.

Every count is of distinct *real persons* (canonical ids), not of event rows: three reports
of one detention are one detained person. Rejected events never count, and only events the
viewer may see. For anonymous visitors small counts (1..k-1) are suppressed
(``izde.protect.counts``) because a narrow count can identify a person.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from izde.errors import NotFound
from izde.protect.counts import suppress_small_counts
from izde.protect.policy import Viewer, visible_levels
from izde.search import visible_events, visible_persons
from izde.store.models import Event, Person, Place

DETENTION_TYPES = ("detention", "arrest", "disappearance", "internment")
SENTENCE_BINS: tuple[tuple[str, float, float], ...] = (
    ("under 1 year", 0, 1), ("1–4 years", 1, 5), ("5–9 years", 5, 10),
    ("10–14 years", 10, 15), ("15–19 years", 15, 20), ("20 years or more", 20, 1e9),
)


@dataclass
class StatTable:
    """One statistic: its rows of (label, count), and the words to show above them."""

    name: str
    title: str
    label: str
    rows: list[tuple[str, int]]
    suppressed: bool = False

    @property
    def total(self) -> int:
        return sum(n for _, n in self.rows)

    def csv(self) -> str:
        import csv
        import io

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow([self.label, "persons"])
        writer.writerows(self.rows)
        return buf.getvalue()


def _persons_by(session: Session, viewer: Viewer, key: Any, *where: Any) -> list[tuple[str, int]]:
    stmt = (select(key, func.count(func.distinct(Person.canonical_id)))
            .join(Person, Person.id == Event.person_id)
            .where(visible_events(viewer), visible_persons(viewer), key.is_not(None), *where)
            .group_by(key).order_by(func.count(func.distinct(Person.canonical_id)).desc(), key))
    return [(str(k), int(n)) for k, n in session.execute(stmt)]


def event_types(session: Session, viewer: Viewer) -> StatTable:
    return StatTable("event_types", "Persons by event type", "event type",
                     _persons_by(session, viewer, Event.type))


def charges(session: Session, viewer: Viewer) -> StatTable:
    return StatTable("charges", "Persons by charge", "charge",
                     _persons_by(session, viewer, Event.charge))


def detention_years(session: Session, viewer: Viewer) -> StatTable:
    year = func.substr(Event.date, 1, 4)
    rows = _persons_by(session, viewer, year, Event.type.in_(DETENTION_TYPES))
    rows = sorted((r for r in rows if r[0].isdigit()), key=lambda r: r[0])
    return StatTable("years", "Persons detained, by year of detention", "year", rows)


def sentence_lengths(session: Session, viewer: Viewer) -> StatTable:
    """Each person counted once, at the longest sentence reported for them."""
    stmt = (select(Person.canonical_id, func.max(Event.sentence_years))
            .join(Person, Person.id == Event.person_id)
            .where(visible_events(viewer), visible_persons(viewer),
                   Event.sentence_years.is_not(None)).group_by(Person.canonical_id))
    counts = dict.fromkeys((b[0] for b in SENTENCE_BINS), 0)
    for _, years in session.execute(stmt):
        label = next(b[0] for b in SENTENCE_BINS if b[1] <= float(years or 0) < b[2])
        counts[label] += 1
    return StatTable("sentences", "Persons by length of sentence", "sentence",
                     list(counts.items()))


def _place_tree(session: Session) -> dict[str, Place]:
    return {p.id: p for p in session.scalars(select(Place))}


def _ancestor_of_kind(places: dict[str, Place], pid: str | None, kinds: tuple[str, ...]
                      ) -> Place | None:
    seen: set[str] = set()
    while pid and pid in places and pid not in seen:
        seen.add(pid)
        if places[pid].kind in kinds:
            return places[pid]
        pid = places[pid].parent_id
    return None


def places_of(session: Session, viewer: Viewer, kinds: tuple[str, ...],
              types: tuple[str, ...] = DETENTION_TYPES) -> StatTable:
    """Detained persons per prefecture or per county (events in a sub-place roll up)."""
    places = _place_tree(session)
    stmt = (select(Event.place_id, Person.canonical_id).join(Person, Person.id == Event.person_id)
            .where(visible_events(viewer), visible_persons(viewer), Event.place_id.is_not(None),
                   Event.type.in_(types)).distinct())
    persons: dict[str, set[str]] = defaultdict(set)
    for pid, cid in session.execute(stmt):
        place = _ancestor_of_kind(places, pid, kinds)
        if place is not None:
            persons[place.name].add(cid)
    rows = sorted(((name, len(c)) for name, c in persons.items()), key=lambda r: (-r[1], r[0]))
    kind = kinds[0]
    return StatTable(f"{kind}s", f"Persons detained, by {kind}", kind, rows)


def prefectures(session: Session, viewer: Viewer) -> StatTable:
    return places_of(session, viewer, ("prefecture", "region"))


def counties(session: Session, viewer: Viewer) -> StatTable:
    return places_of(session, viewer, ("county", "city", "district"))


STATISTICS: dict[str, Callable[[Session, Viewer], StatTable]] = {
    "event_types": event_types, "charges": charges, "sentences": sentence_lengths,
    "prefectures": prefectures, "counties": counties, "years": detention_years,
}


def statistic(session: Session, viewer: Viewer, name: str) -> StatTable:
    """One statistic by name, with small counts suppressed for anonymous visitors."""
    if name not in STATISTICS:
        raise NotFound(f"no statistic {name!r}; choose one of {', '.join(STATISTICS)}")
    table = STATISTICS[name](session, viewer)
    if viewer.is_public:
        table.rows = [(str(r[0]), int(r[1])) for r in suppress_small_counts(table.rows)]
        table.suppressed = True
    return table


def all_statistics(session: Session, viewer: Viewer) -> list[StatTable]:
    """Every statistic; cached until the data changes (each one reads every event)."""
    return cached(session, viewer, "all", lambda: [
        statistic(session, viewer, name) for name in STATISTICS])


# --- cache ------------------------------------------------------------------------------

CACHE_SECONDS = 300.0  # also bounds staleness if a version was read mid-transaction
_CACHE: dict[tuple[Any, ...], tuple[float, Any]] = {}
_CACHE_SIZE = 64
T = TypeVar("T")


def data_version(session: Session) -> int:
    """A number that moves whenever persons, events or places change (migration 0003)."""
    if session.get_bind().dialect.name == "sqlite":
        return int(session.execute(text("SELECT n FROM data_version WHERE id = 1")).scalar_one())
    return int(session.execute(text("SELECT last_value FROM izde_data_version")).scalar_one())


def cached(session: Session, viewer: Viewer, name: str, compute: Callable[[], T]) -> T:
    """``compute()``, reused while the database, the data version and what the viewer may
    see stay the same (and for at most ``CACHE_SECONDS``)."""
    key = (str(session.get_bind().engine.url), data_version(session), name,
           tuple(visible_levels(viewer)), viewer.is_public)
    now = time.monotonic()
    hit = _CACHE.get(key)
    if hit is not None and now - hit[0] < CACHE_SECONDS:
        return hit[1]  # type: ignore[no-any-return]  # callers only read it
    value = compute()
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = (now, value)
    return value


def place_counts(session: Session, viewer: Viewer) -> list[tuple[Place, int, int]]:
    """(place, detained persons, events) for every place with coordinates, for the map."""
    return cached(session, viewer, "places", lambda: _place_counts(session, viewer))


def _place_counts(session: Session, viewer: Viewer) -> list[tuple[Place, int, int]]:
    stmt = (select(Event.place_id, func.count(func.distinct(Person.canonical_id)),
                   func.count(Event.id)).join(Person, Person.id == Event.person_id)
            .where(visible_events(viewer), visible_persons(viewer), Event.place_id.is_not(None))
            .group_by(Event.place_id))
    places = _place_tree(session)
    rows = [(places[pid], int(n), int(e)) for pid, n, e in session.execute(stmt)
            if pid in places and places[pid].lat is not None]
    if viewer.is_public:
        rows = [r for r in rows if not 0 < r[1] < 5]
    return rows
