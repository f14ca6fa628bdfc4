"""Search: persons by any spelling in any script, documents by full text, and facets.

A name is found through its *keys* (``izde.resolve.names.name_keys``): the skeleton of each
word, of the words run together, and the order-free whole-name key. Ерлан, Yerlan and 叶尔兰
share them, so one lookup on an indexed table finds every spelling; ``compare_names`` then
ranks the candidates and drops those that are a different name (Nurlan Askarov is not
Nurlan Bekov). Keys are computed in Python, so the database queues changed names by trigger
(migration 0002) and the writing transaction indexes them before it commits; a search
only reads.

Every query filters on the viewer's visible sensitivity levels (``izde.protect.policy``).
A confidential name is stored encrypted and indexed by blind tokens (``izde.protect.blind``):
keyed hashes of its keys, which a viewer allowed confidential names looks up with the query's
keys blinded the same way; without the key file the index spells out nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    Select,
    and_,
    column,
    delete,
    event,
    func,
    insert,
    inspect,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from izde.protect import blind
from izde.protect.policy import Viewer, visible_levels
from izde.resolve.names import (
    compare_names,
    fine_tokens,
    latinize,
    name_key,
    name_keys,
    skeleton,
)
from izde.store.models import Document, Event, Person, PersonName, Place

name_keys_table = table("search_name_keys", column("name_id"), column("token"))
queue_table = table("search_queue", column("id"), column("name_id"))

MAX_CANDIDATES = 1000
COMPARE_LIMIT = 40
_BATCH = 2000


@dataclass(frozen=True)
class SearchFilters:
    """Facets; a place includes everything inside it (a prefecture its counties)."""

    event_type: str | None = None
    charge: str | None = None
    place: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    ethnicity: str | None = None
    sentence_min: float | None = None
    sentence_max: float | None = None
    role: str | None = None
    status: str | None = None

    @property
    def on_events(self) -> bool:
        return any(v is not None for v in (
            self.event_type, self.charge, self.place, self.year_from, self.year_to,
            self.sentence_min, self.sentence_max, self.status))

    @property
    def empty(self) -> bool:
        return not self.on_events and self.ethnicity is None and self.role is None


@dataclass
class PersonHit:
    id: str
    name: str
    names: list[str]
    score: float
    facts: list[str] = field(default_factory=list)
    sources: int = 0
    matched: str | None = None


@dataclass
class DocumentHit:
    id: str
    title: str | None
    publisher: str | None
    published: str | None
    snippet: str


T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    data: list[T]
    count: int


# --- the index --------------------------------------------------------------------------
#
# The index is written when names are, never by a search: a session that writes names
# indexes them in its own transaction just before it commits (``_index_on_commit``), so a
# GET request only reads and two searches never race to write the same keys. Names written
# by a program that did not import this module stay queued: ``sync_index`` (run when the
# web app starts, or by hand) indexes them, and until then a search computes their keys
# on the fly (``_pending_candidates``), read-only.

_WRITTEN = "izde_search_written_names"
PENDING_LIMIT = 20_000


def sync_index(session: Session) -> int:
    """Compute the keys of every queued name; returns how many queue entries were done."""
    done = 0
    while True:
        queued = session.execute(select(queue_table.c.id, queue_table.c.name_id)
                                 .order_by(queue_table.c.id).limit(_BATCH)).all()
        if not queued:
            return done
        _index_names(session, {n for _, n in queued})
        session.execute(delete(queue_table).where(queue_table.c.id.in_([i for i, _ in queued])))
        done += len(queued)


def index_names(session: Session, name_ids: set[int]) -> None:
    """Index these names now and take them off the queue (in the caller's transaction)."""
    for part in _chunks(sorted(name_ids)):
        _index_names(session, set(part))
        session.execute(delete(queue_table).where(queue_table.c.name_id.in_(part)))


def _index_names(session: Session, name_ids: set[int]) -> None:
    rows = session.execute(select(PersonName.id, PersonName.name, PersonName.sensitivity)
                           .where(PersonName.id.in_(name_ids))).all()
    session.execute(delete(name_keys_table).where(name_keys_table.c.name_id.in_(name_ids)))
    values = [{"name_id": nid, "token": token[:200]} for nid, name, level in rows
              for token in blind.index_tokens(name_keys(_open(name)), level)]
    if values:
        session.execute(_insert_ignoring_duplicates(session), values)


def _insert_ignoring_duplicates(session: Session) -> Any:
    """Two writers indexing the same leftover name write the same keys: the second's are
    duplicates to skip, not an error (ON CONFLICT DO NOTHING / INSERT OR IGNORE)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(name_keys_table).on_conflict_do_nothing()
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(name_keys_table).on_conflict_do_nothing()
    return insert(name_keys_table)


@event.listens_for(Session, "after_flush")
def _note_written_names(session: Session, _context: Any) -> None:
    """Remember the names this transaction inserted or renamed."""
    ids = {o.id for o in session.new if isinstance(o, PersonName)}
    ids |= {o.id for o in session.dirty if isinstance(o, PersonName)
            and inspect(o).attrs.name.history.has_changes()}
    if ids:
        session.info.setdefault(_WRITTEN, set()).update(ids)


@event.listens_for(Session, "before_commit")
def _index_on_commit(session: Session) -> None:
    """Index the names this transaction wrote, in the same transaction."""
    session.flush()
    written: set[int] = session.info.pop(_WRITTEN, set())
    if written:
        index_names(session, written)


@event.listens_for(Session, "after_soft_rollback")
def _forget_written(session: Session, _previous: Any) -> None:
    session.info.pop(_WRITTEN, None)


def _pending_candidates(session: Session, viewer: Viewer, q: str) -> list[_Candidate]:
    """Visible names still queued (written elsewhere, not yet indexed) matching the query,
    their keys computed here: a search stays complete without writing."""
    words, whole = query_keys(q)
    wanted_words, wanted_whole = set(words), set(whole)
    queued = session.execute(select(PersonName.id, PersonName.name).join(
        queue_table, queue_table.c.name_id == PersonName.id).limit(PENDING_LIMIT)).all()
    ids = [nid for nid, name in queued
           if _matches(name_keys(_open(name)), wanted_words, wanted_whole)]
    if not ids:
        return []
    levels = visible_levels(viewer)
    rows = session.execute(
        select(Person.canonical_id, PersonName.name, PersonName.latin, PersonName.key)
        .join(Person, Person.id == PersonName.person_id)
        .where(PersonName.id.in_(ids), PersonName.sensitivity.in_(levels),
               Person.sensitivity.in_(levels)))
    return [_candidate(*row) for row in rows]


def _open(value: str | None) -> str:
    """A name column read with Core: decrypted when it is ciphertext (a confidential name,
    read only after the viewer's levels allowed it), else as stored."""
    return blind.open_text(value) or ""


def _candidate(canonical_id: str, name: str, latin: str, key: str) -> _Candidate:
    return _Candidate(canonical_id, _open(name), _open(latin), _open(key))


def _matches(keys: Iterable[str], words: set[str], whole: set[str]) -> bool:
    found = {k[:200] for k in keys}
    return bool(found & whole) or (bool(words) and words <= found)


def query_keys(q: str) -> tuple[list[str], list[str]]:
    """(each word's key, whole-name keys) of a query."""
    words = list(dict.fromkeys(skeleton(t) for t in fine_tokens(q)))
    whole = [name_key(q), skeleton("".join(fine_tokens(q)))]
    return [w for w in words if w], [k for k in dict.fromkeys(whole) if k]


def _candidate_rows(session: Session, viewer: Viewer, q: str) -> list[_Candidate]:
    """Visible names sharing the query's keys: every word's key, or a whole-name key.

    The key lookup is limited *before* the join, so a very common word costs at most
    ``MAX_CANDIDATES`` rows.
    """
    words, whole = query_keys(q)
    if not words and not whole:
        return []
    levels = visible_levels(viewer)
    out: list[_Candidate] = []
    for variant_words, variant_whole in blind.query_variants(words, whole, viewer):
        ids = _matching_name_ids(variant_words, variant_whole).subquery()
        rows = session.execute(
            select(Person.canonical_id, PersonName.name, PersonName.latin, PersonName.key)
            .join(ids, ids.c.name_id == PersonName.id)
            .join(Person, Person.id == PersonName.person_id)
            .where(PersonName.sensitivity.in_(levels), Person.sensitivity.in_(levels)))
        out.extend(_candidate(*row) for row in rows)
    return out + _pending_candidates(session, viewer, q)


def _matching_name_ids(words: list[str], whole: list[str]) -> Any:
    """Names holding every word's key, or a whole-name key (plain or blind tokens alike)."""
    k = name_keys_table.c
    by_words = (select(k.name_id).where(k.token.in_(words)).group_by(k.name_id)
                .having(func.count(func.distinct(k.token)) >= len(words)))
    by_whole = select(k.name_id).where(k.token.in_(whole))
    return by_words.union(by_whole).limit(MAX_CANDIDATES)


# --- persons ----------------------------------------------------------------------------


def visible_persons(viewer: Viewer) -> ColumnElement[bool]:
    return Person.sensitivity.in_(visible_levels(viewer))


def visible_place(viewer: Viewer) -> ColumnElement[bool]:
    """Places this viewer may see: a place named only in confidential documents is itself
    confidential (a relative's village), so it is hidden like any confidential value."""
    return Place.sensitivity.in_(visible_levels(viewer))


def visible_events(viewer: Viewer) -> ColumnElement[bool]:
    return and_(Event.sensitivity.in_(visible_levels(viewer)), Event.status != "rejected")


def search_persons(session: Session, viewer: Viewer, q: str = "",
                   filters: SearchFilters | None = None, limit: int = 20,
                   offset: int = 0) -> Page[PersonHit]:
    """Persons (one per real person) matching a name in any spelling and the facets."""
    filters = filters or SearchFilters()
    if not q.strip():
        return _browse(session, viewer, filters, limit, offset)
    ranked = _rank_by_name(session, viewer, q)
    if not filters.empty:
        allowed = _filtered_ids(session, viewer, filters, [r[0] for r in ranked])
        ranked = [r for r in ranked if r[0] in allowed]
    window = ranked[offset: offset + limit]
    hits = person_hits(session, viewer, [i for i, _, _ in window])
    for hit, (_, score, matched) in zip(hits, window, strict=True):
        hit.score, hit.matched = score, matched
    return Page(hits, len(ranked))


def _browse(session: Session, viewer: Viewer, f: SearchFilters, limit: int,
            offset: int) -> Page[PersonHit]:
    """No name given: persons matching the facets in id order, paged in SQL.

    The matching canonical ids are a ``MATERIALIZED`` common table expression, computed
    once and read twice: for the page and for the total. Without it PostgreSQL planned
    the page (``ORDER BY ... LIMIT``) as a walk over every person in id order, looking up
    each one's events, as if the ``count(*) OVER ()`` beside it could stop early: a second
    for a narrow filter. Computed whole, the ids come from one range of the events'
    covering index and one hash join. Only a page past the end needs a count of its own.

    On PostgreSQL, facets on events alone are two statements instead
    (:func:`_browse_in_order`).
    """
    if f.on_events and not _person_conditions(f) and _postgres(session):
        return _browse_in_order(session, viewer, f, limit, offset)
    ids = _distinct(_filtered(session, viewer, f)).cte("matching").prefix_with("MATERIALIZED")
    total = select(func.count()).select_from(ids).scalar_subquery()
    stmt = (select(ids.c.canonical_id, total).order_by(ids.c.canonical_id)
            .limit(limit).offset(offset))
    rows = session.execute(stmt).all()
    count = rows[0][1] if rows else session.scalar(select(func.count()).select_from(
        _distinct(_filtered(session, viewer, f)).subquery())) or 0
    return Page(person_hits(session, viewer, [cid for cid, _ in rows]), int(count))


def _browse_in_order(session: Session, viewer: Viewer, f: SearchFilters, limit: int,
                     offset: int) -> Page[PersonHit]:
    """Facets on events alone, on PostgreSQL: the page and the total as two statements.

    The events' index led by event type and canonical id (``ix_events_type_person``,
    migration 0009) gives the ids of one type in order: the distinct ids are a stream
    (no hash table, no sort), the page stops after ``offset + limit`` of them (about a
    millisecond) and the total is one pass over the type's index range. Both together
    cost half of the one statement that materialises every id to serve both (facet
    browsing on 100,000 persons: p95 62-66 ms against 76-77 ms in-process). PostgreSQL
    still chooses the (type, date) index for narrow ranges. On SQLite the single statement
    stays faster (p95 66-68 ms against 74-81 ms: its planner groups the date range in a
    temporary B-tree either way, and two statements group it twice)."""
    matching = _distinct(_filtered(session, viewer, f))
    first = matching.selected_columns[0]
    page = list(session.scalars(matching.order_by(first).limit(limit).offset(offset)))
    total = session.scalar(select(func.count()).select_from(matching.subquery())) or 0
    return Page(person_hits(session, viewer, page), int(total))


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _distinct(stmt: Select[Any]) -> Select[Any]:
    """The distinct ids as a ``GROUP BY``: SQLite sorts them once into its grouping tree,
    about a quarter faster than ``DISTINCT`` for 40,000 matching events; PostgreSQL hashes
    either the same way."""
    return stmt.group_by(stmt.selected_columns[0])


def _rank_by_name(session: Session, viewer: Viewer,
                  q: str) -> list[tuple[str, float, str | None]]:
    """(canonical id, score, the spelling that matched), best first.

    Candidates are first ordered by how their stored keys agree with the query (cheap), and
    ``compare_names`` (about 0.3 ms a pair) scores the first ``COMPARE_LIMIT`` distinct
    spellings, dropping different names. Only a query of one common word has more
    spellings than that: the rest keep the cheap order, scored by their tier.
    """
    query = _Query.of(q)
    rows = _candidate_rows(session, viewer, q)
    order = {r.name: query.order(r) for r in rows}  # once per spelling, not per record
    rows.sort(key=lambda r: order[r.name])
    spellings = list(dict.fromkeys(r.name for r in rows))
    scores = {n: _name_score(q, n) for n in spellings[:COMPARE_LIMIT]}
    best: dict[str, tuple[float, _Candidate]] = {}
    for r in rows:
        score = scores.get(r.name, _TIER_SCORES[order[r.name][0]])
        if score > best.get(r.canonical_id, (0.0, r))[0]:
            best[r.canonical_id] = (score, r)
    ranked = sorted(best.items(), key=lambda kv: (
        -kv[1][0], order[kv[1][1].name][2], kv[1][1].name))
    return [(cid, score, r.name) for cid, (score, r) in ranked]


@dataclass(frozen=True)
class _Candidate:
    canonical_id: str
    name: str
    latin: str
    key: str


# Scores of spellings beyond COMPARE_LIMIT, by tier: as compare_names scores an exact
# spelling, a transliteration and a name with a word more (partial).
_TIER_SCORES = (1.0, 0.9, 0.65)


@dataclass(frozen=True)
class _Query:
    """What a candidate's stored ``latin`` and ``key`` are compared with."""

    latin: str
    key: str
    first: list[str]
    size: int

    @classmethod
    def of(cls, q: str) -> _Query:
        latin = " ".join(latinize(q).casefold().split())
        return cls(latin, name_key(q), latin.split()[:1], len(fine_tokens(q)))

    def tier(self, c: _Candidate) -> int:
        """0: the same Latin spelling; 1: the same words (any order/script); 2: more words."""
        if " ".join(c.latin.casefold().split()) == self.latin:
            return 0
        return 1 if c.key == self.key else 2

    def order(self, c: _Candidate) -> tuple[int, int, bool, str]:
        extra = abs(len(c.key.split()) - self.size)
        return self.tier(c), extra, c.latin.casefold().split()[:1] != self.first, c.name


@lru_cache(maxsize=65536)
def _name_score(q: str, name: str) -> float:
    """compare_names' score, 0 for a different name; cached, as paging repeats a query."""
    cmp = compare_names(q, name)
    return 0.0 if cmp.level == "different" else cmp.score


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _filtered(session: Session, viewer: Viewer, f: SearchFilters) -> Select[Any]:
    """Canonical ids of visible records matching the facets. Event facets are a semi-join
    (``persons.id IN (matching events' person ids)``): the matching person ids are
    collected from the covering index ``ix_events_facets`` once, instead of a join that
    looks up the person of every matching event (one seek per event).

    Facets on events alone need no person record at all: each event carries its record's
    canonical id and sensitivity (copied by trigger, migration 0008) in the same index."""
    person_conditions = _person_conditions(f)
    if f.on_events and not person_conditions:
        return select(Event.person_canonical_id.label("canonical_id")).where(
            visible_events(viewer), *_event_conditions(session, f),
            Event.person_sensitivity.in_(visible_levels(viewer)))
    stmt = select(Person.canonical_id).where(visible_persons(viewer), *person_conditions)
    if f.on_events:
        events = select(Event.person_id).where(visible_events(viewer),
                                               *_event_conditions(session, f))
        stmt = stmt.where(Person.id.in_(events))
    return stmt


def _filtered_ids(session: Session, viewer: Viewer, f: SearchFilters,
                  ids: list[str]) -> set[str]:
    stmt = _filtered(session, viewer, f)
    out: set[str] = set()
    for part in _chunks(ids):
        out.update(session.scalars(stmt.where(stmt.selected_columns[0].in_(part)).distinct()))
    return out


def _person_conditions(f: SearchFilters) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.ethnicity:
        out.append(func.lower(Person.ethnicity) == f.ethnicity.lower())
    if f.role:
        out.append(func.cast(Person.roles, type_=Person.name.type).like(f'%"{f.role}"%'))
    return out


def _event_conditions(session: Session, f: SearchFilters) -> list[ColumnElement[bool]]:
    """Conditions on events, as ranges of the date index where possible: an EDTF date
    starts with its year, so "year >= 2018" is ``date >= '2018'`` exactly, and "year <=
    2020" is ``date < '2021'`` (see :func:`_year_to` for unspecified digits). (Redundant
    year tests made PostgreSQL underestimate the rows and choose a nested loop for broad
    filters.)"""
    out: list[ColumnElement[bool]] = []
    checks: list[tuple[Any, list[ColumnElement[bool]]]] = [
        (f.event_type, [Event.type == f.event_type]), (f.charge, [Event.charge == f.charge]),
        (f.status, [Event.status == f.status]),
        (f.year_from, [Event.date >= f"{f.year_from or 0:04d}"]),
        (f.year_to, _year_to(f.year_to or 0)),
        (f.sentence_min, [Event.sentence_years >= (f.sentence_min or 0)]),
        (f.sentence_max, [Event.sentence_years <= (f.sentence_max or 0)]),
    ]
    out.extend(cond for value, conds in checks if value is not None for cond in conds)
    if f.place:
        out.append(Event.place_id.in_(place_with_descendants(session, f.place)))
    return out


def _year_to(year: int) -> list[ColumnElement[bool]]:
    """"The event's year is at most ``year``" as a range of the date index.

    ``date < 'year+1'`` is the whole test but for EDTF's unspecified digits: ``'201X'``
    (some year of the 2010s) sorts after every digit, so it is below ``'2020'`` while its
    year may be past 2019. That only happens when ``year + 1`` starts a new decade (or
    century), and only then is the year itself compared (``substr(date, 1, 4)``): a test
    PostgreSQL cannot estimate, which made it expect a third of the rows it got."""
    out: list[ColumnElement[bool]] = [Event.date < f"{year + 1:04d}"]
    if (year + 1) % 10 == 0:
        out.append(func.substr(Event.date, 1, 4) <= f"{year:04d}")
    return out


def place_with_descendants(session: Session, place_id: str) -> set[str]:
    """The place and everything inside it, from the places table's parent links."""
    children: dict[str, list[str]] = defaultdict(list)
    for pid, parent in session.execute(select(Place.id, Place.parent_id)):
        if parent:
            children[parent].append(pid)
    out, stack = {place_id}, [place_id]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in out:
                out.add(child)
                stack.append(child)
    return out


# --- result rows ------------------------------------------------------------------------


def person_hits(session: Session, viewer: Viewer, ids: list[str]) -> list[PersonHit]:
    """Name, other spellings, key facts and number of sources for each canonical id."""
    if not ids:
        return []
    levels = visible_levels(viewer)
    records = list(session.scalars(select(Person).where(Person.canonical_id.in_(ids),
                                                        Person.sensitivity.in_(levels))))
    by_cid: dict[str, list[Person]] = defaultdict(list)
    for p in records:
        by_cid[p.canonical_id].append(p)
    names = _names_of(session, levels, [p.id for p in records])
    events = _events_of(session, viewer, [p.id for p in records])
    return [_hit(cid, by_cid.get(cid, []), names, events) for cid in ids]


def _names_of(session: Session, levels: Sequence[str],
              record_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    rows = session.execute(select(PersonName.person_id, PersonName.name)
                           .where(PersonName.person_id.in_(record_ids),
                                  PersonName.sensitivity.in_(levels)).order_by(PersonName.id))
    for pid, name in rows:
        out[pid].append(_open(name))
    return out


@dataclass(frozen=True)
class EventFacts:
    """What a result row shows of an event."""

    type: str
    date: str | None
    sentence_years: float | None
    document_id: str | None


def _events_of(session: Session, viewer: Viewer,
               record_ids: list[str]) -> dict[str, list[EventFacts]]:
    """Visible events of these records as plain rows (no ORM objects: a result page reads
    dozens). A confidential event keeps these columns sealed, so those few are loaded
    through the ORM, which opens them."""
    out: dict[str, list[EventFacts]] = defaultdict(list)
    sealed: list[str] = []
    rows = session.execute(select(Event.id, Event.person_id, Event.sensitivity, Event.type,
                                  Event.date, Event.sentence_years, Event.document_id)
                           .where(Event.person_id.in_(record_ids), visible_events(viewer)))
    for eid, pid, sensitivity, type_, date, years, document_id in rows:
        if sensitivity == "confidential":
            sealed.append(eid)
        else:
            out[pid].append(EventFacts(type_, date, years, document_id))
    if sealed:
        for e in session.scalars(select(Event).where(Event.id.in_(sealed))):
            out[e.person_id].append(EventFacts(e.type, e.date, e.sentence_years,
                                               e.document_id))
    return out


def _hit(cid: str, records: list[Person], names: dict[str, list[str]],
         events: dict[str, list[EventFacts]]) -> PersonHit:
    from izde.export.contract import display_name

    spellings = list(dict.fromkeys(n for r in records for n in names.get(r.id, [])))
    evs = sorted((e for r in records for e in events.get(r.id, [])),
                 key=lambda e: e.date or "")
    docs = {r.document_id for r in records if r.document_id}
    docs |= {e.document_id for e in evs if e.document_id}
    name = display_name(records) if records else cid
    return PersonHit(cid, name, spellings, 1.0, key_facts(records, evs), len(docs))


def key_facts(records: list[Person], events: Sequence[EventFacts]) -> list[str]:
    """A few short phrases: ethnicity, birth year, the latest events and the longest sentence."""
    facts: list[str] = []
    ethnicity = next((r.ethnicity for r in records if r.ethnicity), None)
    born = next((r.birth_year for r in records if r.birth_year), None)
    if ethnicity:
        facts.append(ethnicity)
    if born:
        facts.append(f"born {born}")
    for e in _distinct_events(events)[-3:]:
        facts.append(" ".join(x for x in (e.type, e.date or "") if x))
    years = [e.sentence_years for e in events if e.sentence_years]
    if years:
        facts.append(f"sentence {max(years):g} years")
    return facts


def _distinct_events(events: Sequence[EventFacts]) -> list[EventFacts]:
    """One event per type, the latest dated one (reports of one event repeat it)."""
    seen: dict[str, EventFacts] = {}
    for e in events:  # sorted by date, undated first
        seen[e.type] = e if e.date or e.type not in seen else seen[e.type]
    return sorted(seen.values(), key=lambda e: e.date or "")


# --- documents ----------------------------------------------------------------------------


def search_documents(session: Session, viewer: Viewer, q: str, limit: int = 20,
                     offset: int = 0) -> Page[DocumentHit]:
    """Documents whose title or text contains every word of the query."""
    printable = "".join(c if c.isprintable() else " " for c in q)  # NUL ends an SQL string
    words = [w for w in printable.replace('"', " ").split() if w]
    if not words:
        return Page([], 0)
    levels = visible_levels(viewer)
    if session.get_bind().dialect.name == "sqlite":
        return _fts_sqlite(session, levels, words, limit, offset)
    return _fts_postgres(session, levels, words, limit, offset)


_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"
SEARCH_VECTOR: ColumnElement[Any] = literal_column("documents.search_vector", TSVECTOR)
"""The documents' stored ``tsvector`` (PostgreSQL only, a generated column of migration
0007): not mapped on ``Document``, as SQLite has no such column and no page reads it."""


def _fts_sqlite(session: Session, levels: Sequence[str], words: list[str], limit: int,
                offset: int) -> Page[DocumentHit]:
    match = " ".join(f'"{w}"' for w in words)
    marks = ", ".join(f"'{m}'" for m in (_MARK_OPEN, _MARK_CLOSE))
    where = ("FROM document_fts f JOIN documents d ON d.id = f.document_id "
             "WHERE document_fts MATCH :m AND d.sensitivity IN ({})".format(
                 ", ".join(f":l{i}" for i in range(len(levels)))))
    params: dict[str, Any] = {"m": match, **{f"l{i}": lv for i, lv in enumerate(levels)}}
    count = session.execute(text(f"SELECT count(*) {where}"), params).scalar() or 0
    rows = session.execute(text(
        f"SELECT d.id, d.title, d.publisher, d.published, "
        f"snippet(document_fts, 2, {marks}, '…', 24) {where} ORDER BY rank "
        f"LIMIT :lim OFFSET :off"), {**params, "lim": limit, "off": offset})
    return Page([DocumentHit(*row) for row in rows], count)


def _fts_postgres(session: Session, levels: Sequence[str], words: list[str], limit: int,
                  offset: int) -> Page[DocumentHit]:
    """Matches and ranks on the stored vector of migration 0007 (``search_vector``, GIN
    indexed), so neither re-parses a report's text; only the page's ``ts_headline`` reads
    the text, to mark the matches as FTS5's ``snippet`` does on SQLite."""
    query = func.plainto_tsquery("simple", " ".join(words))
    cond = and_(SEARCH_VECTOR.op("@@")(query), Document.sensitivity.in_(levels))
    count = session.scalar(select(func.count()).select_from(Document).where(cond)) or 0
    options = (f"StartSel={_MARK_OPEN}, StopSel={_MARK_CLOSE}, MaxWords=30, MinWords=12, "
               "MaxFragments=1, FragmentDelimiter=…")
    snippet = func.ts_headline("simple", Document.body, query, options)
    rows = session.execute(select(Document.id, Document.title, Document.publisher,
                                  Document.published, snippet)
                           .where(cond).order_by(func.ts_rank(SEARCH_VECTOR, query).desc(),
                                                 Document.id).limit(limit).offset(offset))
    return Page([DocumentHit(*row) for row in rows], count)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, highlighted) pieces, so templates escape text and mark matches."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(snippet.split(_MARK_OPEN)):
        if i == 0:
            parts.append((chunk, False))
            continue
        hit, _, rest = chunk.partition(_MARK_CLOSE)
        parts.extend([(hit, True), (rest, False)])
    return [p for p in parts if p[0]]


def facet_values(session: Session, viewer: Viewer) -> dict[str, list[str]]:
    """The values each facet can take, for the search form's choices.

    Each list is read by a loose index scan (``distinct_values``), a few index seeks per
    value, so the search page stays fast however many events there are. Roles are the
    extraction's closed vocabulary.
    """
    from izde.extract.model import ROLES

    events, persons = visible_events(viewer), visible_persons(viewer)
    return {
        "event_type": distinct_values(session, Event.type, events),
        "charge": distinct_values(session, Event.charge, events),
        "ethnicity": distinct_values(session, Person.ethnicity, persons),
        "status": ["proposed", "accepted"],
        "role": sorted(ROLES),
    }


def distinct_values(session: Session, col: Any, *where: ColumnElement[bool]) -> list[str]:
    """The distinct non-empty values of an indexed column: one index seek per value
    (a recursive "next value above the last" query) instead of reading every row."""
    where = (col.is_not(None), *where)
    first = select(col).where(*where).order_by(col).limit(1).scalar_subquery()
    seen = select(first.label("v")).cte("seen", recursive=True)
    after = select(col).where(col > seen.c.v, *where).order_by(col).limit(1).scalar_subquery()
    values = seen.union_all(select(after.label("v")).where(seen.c.v.is_not(None)))
    return [v for v in session.scalars(select(values.c.v)) if v]


def place_choices(session: Session,
                  viewer: Viewer | None = None) -> list[tuple[str, str, str | None]]:
    """(id, name, kind) of the places visible events happened in, with their ancestors."""
    where = [] if viewer is None else [visible_events(viewer)]
    shown = [] if viewer is None else [visible_place(viewer)]
    wanted = set(distinct_values(session, Event.place_id, *where))
    rows: dict[str, Place] = {}
    while wanted:
        found = list(session.scalars(select(Place).where(Place.id.in_(wanted), *shown)))
        rows.update((p.id, p) for p in found)
        wanted = {p.parent_id for p in found if p.parent_id and p.parent_id not in rows}
    return sorted(((p.id, p.name, p.kind) for p in rows.values()), key=lambda x: x[1])


__all__ = [
    "DocumentHit",
    "EventFacts",
    "Page",
    "PersonHit",
    "SearchFilters",
    "contract_persons",
    "facet_values",
    "index_names",
    "key_facts",
    "person_hits",
    "place_choices",
    "place_with_descendants",
    "search_documents",
    "search_persons",
    "snippet_parts",
    "sync_index",
]


def contract_persons(session: Session, viewer: Viewer, ids: list[str]) -> list[dict[str, Any]]:
    """Persons in the export contract's shape (``izde.export.contract``), visible parts only."""
    from izde.export.contract import _person
    from izde.store.models import Mention, Relation

    levels = visible_levels(viewer)
    records = list(session.scalars(select(Person).where(Person.canonical_id.in_(ids),
                                                        Person.sensitivity.in_(levels))))
    rids = [p.id for p in records]
    names = _names_of(session, levels, rids)
    mentions: dict[str, list[Any]] = defaultdict(list)
    for m in session.scalars(select(Mention).join(Document, Document.id == Mention.document_id)
                             .where(Mention.person_id.in_(rids),
                                    Mention.sensitivity.in_(levels),
                                    Document.sensitivity.in_(levels))
                             .order_by(Mention.document_id, Mention.start)):
        mentions[m.person_id or ""].append(m)
    canon = {p.id: p.canonical_id for p in records}
    relations: dict[str, list[dict[str, str]]] = defaultdict(list)
    rels = session.execute(select(Relation, Person.canonical_id).join(
        Person, Person.id == Relation.object_id).where(
        Relation.subject_id.in_(rids), Relation.status != "rejected",
        Relation.sensitivity.in_(levels), Person.sensitivity.in_(levels)))
    for rel, other in rels:
        entry = {"type": rel.type, "person": other}
        if other != canon[rel.subject_id] and entry not in relations[canon[rel.subject_id]]:
            relations[canon[rel.subject_id]].append(entry)
    clusters: dict[str, list[Person]] = defaultdict(list)
    for p in records:
        clusters[p.canonical_id].append(p)
    return [_person(cid, clusters[cid], names, mentions, relations.get(cid, []))
            for cid in ids if cid in clusters]
