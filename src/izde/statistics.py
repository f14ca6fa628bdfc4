"""Statistics researchers count: persons by event type, charge, sentence, place and year.

Every count is of distinct *real persons* (canonical ids), not of event rows: three reports
of one detention are one detained person. Rejected events never count, and only events the
viewer may see. For anonymous visitors small counts (1..k-1) are suppressed
(``izde.protect.counts``) because a narrow count can identify a person.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from izde.errors import NotFound
from izde.protect.counts import suppress_small_counts
from izde.protect.policy import Viewer, visible_levels
from izde.search import visible_events, visible_persons
from izde.store.engine import READ_ONLY
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


class Tally:
    """What every statistic counts, from one pass over the visible events: the real persons
    (canonical ids) per event type, charge, year of detention and place of detention, each
    person's longest sentence, and per place (any event) its persons and events for the map.

    One pass instead of one GROUP BY per statistic: each of those joined every event to its
    person, and that join, not the counting, is what costs (about a second per statistic at
    300,000 events on SQLite). Here the person behind each record is read once into a dict.
    Empty values (and the placeholders of sealed confidential rows) are not counted.
    """

    def __init__(self) -> None:
        self.types: dict[str, set[str]] = defaultdict(set)
        self.charges: dict[str, set[str]] = defaultdict(set)
        self.years: dict[str, set[str]] = defaultdict(set)
        self.detained_at: dict[str, set[str]] = defaultdict(set)
        self.longest: dict[str, float] = {}
        self.at_place: dict[str, set[str]] = defaultdict(set)
        self.events_at: dict[str, int] = defaultdict(int)

    def add_rows(self, canonical: dict[str, str], rows: Iterable[Sequence[Any]]) -> None:
        """Rows of (record id, type, charge, year, sentence years, place id); one loop with
        local names, as it runs once per event."""
        types, charges, years, detained_at = self.types, self.charges, self.years, \
            self.detained_at
        longest, at_place, events_at = self.longest, self.at_place, self.events_at
        for pid, type_, charge, year, sentence, place in rows:
            cid = canonical.get(pid)
            if cid is None:
                continue
            if type_:
                types[type_].add(cid)
            if charge:
                charges[charge].add(cid)
            if sentence is not None and sentence > longest.get(cid, -1.0):
                longest[cid] = float(sentence)
            if place:
                at_place[place].add(cid)
                events_at[place] += 1
            if type_ in DETENTION_TYPES:
                if year and year.isdigit():
                    years[year].add(cid)
                if place:
                    detained_at[place].add(cid)


def visible_canonical_ids(session: Session, viewer: Viewer) -> dict[str, str]:
    """Record id -> canonical id of every person record the viewer may see (read from the
    index ``ix_persons_id_visible``, not the rows)."""
    rows = session.connection().execute(select(Person.id, Person.canonical_id).where(
        visible_persons(viewer)))
    return {pid: cid for pid, cid in rows}


def tally(session: Session, viewer: Viewer) -> Tally:
    """The one pass over visible events (rejected ones never count), streamed in Core rows
    (no ORM row processing: this reads every event)."""
    canonical = visible_canonical_ids(session, viewer)
    stmt = (select(Event.person_id, Event.type, Event.charge, func.substr(Event.date, 1, 4),
                   Event.sentence_years, Event.place_id).where(visible_events(viewer)))
    out = Tally()
    # per statement: Connection.execution_options() would change the session's connection
    result = session.connection().execute(stmt, execution_options={"yield_per": 20_000})
    for part in result.partitions():
        out.add_rows(canonical, part)
    return out


def _by_count(persons: dict[str, set[str]]) -> list[tuple[str, int]]:
    return sorted(((k, len(v)) for k, v in persons.items()), key=lambda r: (-r[1], r[0]))


def event_types(t: Tally, _places: dict[str, Place]) -> StatTable:
    return StatTable("event_types", "Persons by event type", "event type", _by_count(t.types))


def charges(t: Tally, _places: dict[str, Place]) -> StatTable:
    return StatTable("charges", "Persons by charge", "charge", _by_count(t.charges))


def detention_years(t: Tally, _places: dict[str, Place]) -> StatTable:
    rows = sorted((year, len(c)) for year, c in t.years.items())
    return StatTable("years", "Persons detained, by year of detention", "year", rows)


def sentence_lengths(t: Tally, _places: dict[str, Place]) -> StatTable:
    """Each person counted once, at the longest sentence reported for them."""
    counts = dict.fromkeys((b[0] for b in SENTENCE_BINS), 0)
    for years in t.longest.values():
        label = next((b[0] for b in SENTENCE_BINS if b[1] <= years < b[2]), None)
        if label is not None:
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


def places_of(t: Tally, places: dict[str, Place], kinds: tuple[str, ...]) -> StatTable:
    """Detained persons per prefecture or per county (events in a sub-place roll up)."""
    persons: dict[str, set[str]] = defaultdict(set)
    for pid, cids in t.detained_at.items():
        place = _ancestor_of_kind(places, pid, kinds)
        if place is not None:
            persons[place.name] |= cids
    kind = kinds[0]
    return StatTable(f"{kind}s", f"Persons detained, by {kind}", kind, _by_count(persons))


def prefectures(t: Tally, places: dict[str, Place]) -> StatTable:
    return places_of(t, places, ("prefecture", "region"))


def counties(t: Tally, places: dict[str, Place]) -> StatTable:
    return places_of(t, places, ("county", "city", "district"))


STATISTICS: dict[str, Callable[[Tally, dict[str, Place]], StatTable]] = {
    "event_types": event_types, "charges": charges, "sentences": sentence_lengths,
    "prefectures": prefectures, "counties": counties, "years": detention_years,
}


@dataclass
class Aggregates:
    """Every statistic and the map's counts, before any suppression."""

    tables: dict[str, StatTable]
    places: list[tuple[Place, int, int]]


def aggregates(session: Session, viewer: Viewer) -> Aggregates:
    """Every table and the map's counts from one tally; cached until the data changes."""
    return cached(session, viewer, "aggregates", lambda: _aggregates(session, viewer))


def _aggregates(session: Session, viewer: Viewer) -> Aggregates:
    t, places = tally(session, viewer), _place_tree(session)
    tables = {name: build(t, places) for name, build in STATISTICS.items()}
    counts = [(places[pid], len(cids), t.events_at[pid]) for pid, cids in t.at_place.items()
              if pid in places and places[pid].lat is not None]
    return Aggregates(tables, counts)


def statistic(session: Session, viewer: Viewer, name: str) -> StatTable:
    """One statistic by name, with small counts suppressed for anonymous visitors."""
    if name not in STATISTICS:
        raise NotFound(f"no statistic {name!r}; choose one of {', '.join(STATISTICS)}")
    table = replace(aggregates(session, viewer).tables[name])
    if viewer.is_public:
        table.rows = [(str(r[0]), int(r[1])) for r in suppress_small_counts(table.rows)]
        table.suppressed = True
    return table


def all_statistics(session: Session, viewer: Viewer) -> list[StatTable]:
    """Every statistic (one pass over the events, cached until the data changes)."""
    return [statistic(session, viewer, name) for name in STATISTICS]


# --- cache ------------------------------------------------------------------------------

CACHE_SECONDS = 300.0  # also bounds staleness if a version was read mid-transaction
_CACHE: dict[tuple[Any, ...], tuple[float, Any]] = {}
_CACHE_SIZE = 64
_LOCKS: dict[tuple[Any, ...], threading.Lock] = {}
_LOCKS_LOCK = threading.Lock()
T = TypeVar("T")


def data_version(session: Session) -> int:
    """A number that moves whenever persons, events or places change (migration 0003)."""
    if session.get_bind().dialect.name == "sqlite":
        return int(session.execute(text("SELECT n FROM data_version WHERE id = 1")).scalar_one())
    return int(session.execute(text("SELECT last_value FROM izde_data_version")).scalar_one())


def cached(session: Session, viewer: Viewer, name: str, compute: Callable[[], T]) -> T:
    """``compute()``, reused while the database, the data version and what the viewer may
    see stay the same (and for at most ``CACHE_SECONDS``).

    Only a read-only transaction (``Store.reading``, every GET in the web app) uses the
    cache: a writing one may see a version it later rolls back. Concurrent requests for the
    same missing value wait for one computation instead of each starting their own.
    """
    if not session.get_bind().get_execution_options().get(READ_ONLY):
        return compute()
    key = (str(session.get_bind().engine.url), data_version(session), name,
           tuple(visible_levels(viewer)), viewer.is_public)
    with _lock_for(key):
        hit = _CACHE.get(key)
        if hit is not None and time.monotonic() - hit[0] < CACHE_SECONDS:
            return hit[1]  # type: ignore[no-any-return]  # callers only read it
        value = compute()
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = (time.monotonic(), value)
    return value


def _lock_for(key: tuple[Any, ...]) -> threading.Lock:
    with _LOCKS_LOCK:
        if len(_LOCKS) >= 4 * _CACHE_SIZE:
            _LOCKS.pop(next(iter(_LOCKS)))
        return _LOCKS.setdefault(key, threading.Lock())


def place_counts(session: Session, viewer: Viewer) -> list[tuple[Place, int, int]]:
    """(place, persons, events) for every place with coordinates, for the map; for
    anonymous visitors places with a small number of persons are left out."""
    rows = aggregates(session, viewer).places
    if not viewer.is_public:
        return rows
    kept = suppress_small_counts([{"row": r, "count": r[1]} for r in rows])
    return [k["row"] for k in kept]
