"""Cross-document person resolution over the store: the library API the CLI and web call.

``resolve_document`` runs at ingest, inside the document's transaction: each new person
record is compared only with the candidates the blocking rules find through indexed lookups
(``izde.resolve.blocking``), scored (``izde.resolve.matching``), and each decision is stored
as an automatic Judgement carrying its waterfall and the settings that made it. Clusters are
then recomputed around the records touched (``izde.resolve.merges``). ``resolve_all`` does
the same for the whole store in one pass, blocking in memory.

Automatic runs never write on a pair that has a live human judgement, so a reviewer's
decision survives every later run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from izde.errors import NotFound
from izde.resolve import bulk, merges, name_words
from izde.resolve.blocking import pinyin_key_variants, token_keys, typo_keys, year_bands
from izde.resolve.comparisons import MatchContext, NameForm, Record, kin_key, name_form
from izde.resolve.matching import APART, MERGE, PairScore, score_pair
from izde.resolve.names import latinize, skeleton
from izde.resolve.settings import DEFAULT, MatchSettings
from izde.store import audit
from izde.store.models import Claim, Event, Judgement, Person, PersonName, Relation

VERDICT = {MERGE: merges.SAME, "review": merges.UNSURE, APART: None}


# --- records from the store ------------------------------------------------------------------


def _grouped(session: Session, stmt_for: Callable[[list[str]], Any],
             ids: Iterable[str]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for key, value in _rows(session, stmt_for, ids):
        out[key].append(value)
    return out


# a relation seen from its object's side: "A is parent of B" makes B a child of A
_INVERSE = {"parent": "child", "child": "parent", "sibling": "sibling", "spouse": "spouse"}


def _relatives(session: Session, ids: list[str]) -> dict[str, set[str]]:
    """What each person's relatives tell about them: the name keys of every relative
    (multi-token names only: a key worth sharing), and for a sibling, spouse, parent or
    child the same key with the kinship (``comparisons.kin_key``: "spouse of Nurkhat
    Syzdykuly"). A relative's keys are those of every record in its cluster, so a wife named
    beside a lone "Nurkhat" shares the keys of the Nurkhat Syzdykuly he was resolved to."""
    kin: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for subject, kind, obj in _rows(session, lambda part: select(
            Relation.subject_id, Relation.type, Relation.object_id).where(
            Relation.subject_id.in_(part) | Relation.object_id.in_(part),
            Relation.status != "rejected"), ids):
        kin[subject].append((obj, kind if kind in _INVERSE else None))
        kin[obj].append((subject, _INVERSE.get(kind)))
    clusters = _cluster_members(session, {o for v in kin.values() for o, _ in v})
    keys = _grouped(session, lambda part: select(PersonName.person_id, PersonName.key)
                    .where(PersonName.person_id.in_(part)),
                    {m for v in clusters.values() for m in v})
    out: dict[str, set[str]] = defaultdict(set)
    for pid in ids:
        for other, kind in kin.get(pid, []):
            for key in {k for m in clusters.get(other, [other]) for k in keys.get(m, [])
                        if " " in k}:
                out[pid].add(key)
                if kind is not None:
                    out[pid].add(kin_key(kind, key))
    return out


def _cluster_members(session: Session, ids: set[str]) -> dict[str, list[str]]:
    """Every record in the cluster of each given record (itself included)."""
    canon = dict(_rows(session, lambda part: select(Person.id, Person.canonical_id)
                       .where(Person.id.in_(part)), ids))
    members = _grouped(session, lambda part: select(Person.canonical_id, Person.id)
                       .where(Person.canonical_id.in_(part)), set(canon.values()))
    return {pid: members.get(c, [pid]) for pid, c in canon.items()}


def _rows(session: Session, stmt_for: Callable[[list[str]], Any],
          ids: Iterable[str]) -> Iterator[tuple[Any, ...]]:
    """The rows of a statement over ``ids`` taken in chunks (a row may come twice when it
    matches ids of two chunks)."""
    for part in merges.chunks(ids):
        yield from session.execute(stmt_for(part))


def _events(session: Session, ids: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """(type, date, place) of dated, placed events: only those can be recognised twice."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for part in merges.chunks(ids):
        for e in session.scalars(select(Event).where(Event.person_id.in_(part))):
            if e.date and e.place_id and e.status != "rejected":
                out[e.person_id].append((e.type, e.date, e.place_id))
    return out


def load_records(session: Session, ids: Iterable[str], workers: int = 1) -> dict[str, Record]:
    """Matching records for the given person ids (missing ids are left out); the words of
    their names are read in ``workers`` processes when there are many
    (``name_words.prepare``)."""
    persons = merges._persons(session, ids)
    pids = [p.id for p in persons]
    names = _grouped(session, lambda part: select(PersonName.person_id, PersonName.name)
                     .where(PersonName.person_id.in_(part)), pids)
    name_words.prepare([*(p.name for p in persons), *(n for v in names.values() for n in v)],
                       workers)
    towns = _grouped(session, lambda part: select(Claim.subject_id, Claim.value).where(
        Claim.subject_kind == "person", Claim.property == "residence",
        Claim.status != "rejected", Claim.subject_id.in_(part)), pids)
    relatives, events = _relatives(session, pids), _events(session, pids)
    return {p.id: Record(
        id=p.id, document_id=p.document_id, names=_forms(p.name, names.get(p.id, [])),
        gender=p.gender, ethnicity=p.ethnicity, birth_year=p.birth_year,
        hometowns=frozenset(latinize(str(t)) for t in towns.get(p.id, [])),
        relatives=frozenset(relatives.get(p.id, set())),
        events=frozenset(events.get(p.id, [])),
    ) for p in persons}


def name_records(session: Session, persons: list[Person]) -> dict[str, Record]:
    """Records that carry only names, for persons already loaded: the cluster checks
    (``merges.recompute``) read nothing else, so one query serves them instead of five."""
    names = _grouped(session, lambda part: select(PersonName.person_id, PersonName.name)
                     .where(PersonName.person_id.in_(part)), [p.id for p in persons])
    return {p.id: Record(id=p.id, document_id=p.document_id,
                         names=_forms(p.name, names.get(p.id, []))) for p in persons}


def _forms(name: str, others: list[str]) -> tuple[NameForm, ...]:
    return tuple(dict.fromkeys(name_form(n) for n in [name, *others]))


# --- blocking through the indexes ------------------------------------------------------------


def _upper(prefix: str) -> str:
    """The smallest string above every string starting with ``prefix`` (for a range scan)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _lookups(record: Record) -> list[Any]:
    """One indexed condition per blocking key of the record (see ``izde.resolve.blocking``)."""
    conds: list[Any] = []
    exact: set[str] = set()
    for name in record.names:
        if not name.skel:
            continue
        exact.add(name.key)
        exact.update(pinyin_key_variants(name))
        exact.update(token_keys(name))
        if len(name.skel) == 1:  # a one-token name meets full names that start with it
            conds.append(PersonName.key.between(name.key + " ", _upper(name.key + " ")))
        for key in typo_keys(name):
            column = PersonName.key if key.startswith("p|") else PersonName.latin
            prefix = key[2:]
            conds.append(column.between(prefix, _upper(prefix)))
    if exact:
        conds.insert(0, PersonName.key.in_(sorted(exact)))
    return conds


def candidate_ids(session: Session, record: Record, settings: MatchSettings,
                  groups: KeyGroups | None = None) -> set[str]:
    """Ids of records sharing a blocking key with ``record`` (other documents only).

    A key matching more than ``max_block`` names is looked up again within each part the
    record falls in (``blocking.split_keys``: birth-year bands, events), as in memory."""
    found: set[str] = set()
    for cond in _lookups(record):
        query = (select(PersonName.person_id, Person.document_id)
                 .join(Person, Person.id == PersonName.person_id).where(cond))
        rows = _block(session, query, settings.max_block)
        if rows is None:
            parts = (_block(session, query.where(c), settings.max_block)
                     for c in _split_conditions(record))
            rows = [row for part in parts if part is not None for row in part]
        found.update(pid for pid, doc in rows if doc != record.document_id or doc is None)
    found.update(_folded_candidates(groups or KeyGroups(session), record, settings))
    found.discard(record.id)
    return found


FOLD_SCAN = 5_000  # names of one key read to find those of one folded name


@dataclass
class KeyGroups:
    """The names filed under a key, read once per resolution (blocking and term
    frequencies both read them for folded names)."""

    session: Session
    read: dict[str, list[Any]] = field(default_factory=dict)

    def of(self, key: str) -> list[Any]:
        """(person id, document, birth year, name) of up to ``FOLD_SCAN`` names."""
        if key not in self.read:
            self.read[key] = list(self.session.execute(
                select(PersonName.person_id, Person.document_id, Person.birth_year,
                       PersonName.name)
                .join(Person, Person.id == PersonName.person_id)
                .where(PersonName.key == key).limit(FOLD_SCAN)).all())
        return self.read[key]

    def larger_than(self, key: str, size: int) -> bool:
        if key in self.read:
            return len(self.read[key]) > size
        rows = self.session.execute(select(PersonName.id).where(PersonName.key == key)
                                    .limit(size + 1)).all()
        return len(rows) > size


def _folded_candidates(groups: KeyGroups, record: Record, settings: MatchSettings) -> set[str]:
    """The ``folded`` blocks of the record's names, read inside their keys' blocks when
    those were too large to take whole (a smaller key block was taken whole above).
    An oversized folded block keeps the names of the record's birth-year bands."""
    found: set[str] = set()
    for name in record.names:
        if not name.skel or not groups.larger_than(name.key, settings.max_block):
            continue
        rows = [r for r in groups.of(name.key) if name_form(r.name).folded == name.folded]
        if len(rows) > settings.max_block:
            rows = _in_bands(rows, record.birth_year, settings.max_block)
        found.update(r.person_id for r in rows
                     if r.document_id != record.document_id or r.document_id is None)
    return found


def _in_bands(rows: list[Any], year: int | None, max_block: int) -> list[Any]:
    """The rows in the record's birth-year bands that hold at most ``max_block`` rows."""
    out: list[Any] = []
    for band in year_bands(year) if year is not None else ():
        part = [r for r in rows if r.birth_year in band]
        if len(part) <= max_block:
            out.extend(part)
    return out


def _block(session: Session, query: Any, max_block: int) -> list[Any] | None:
    """The rows of a block, or None when it holds more than ``max_block``."""
    rows = session.execute(query.limit(max_block + 1)).all()
    return None if len(rows) > max_block else list(rows)


def _split_conditions(record: Record) -> list[Any]:
    """The indexed conditions of the record's parts of an oversized block."""
    conds: list[Any] = []
    if record.birth_year is not None:
        conds.extend(Person.birth_year.in_(band) for band in year_bands(record.birth_year))
    for date, place in sorted({(d, p) for _, d, p in record.events}):
        conds.append(Person.id.in_(select(Event.person_id).where(
            Event.date == date, Event.place_id == place, Event.status != "rejected")))
    return conds


def store_name_count(session: Session, groups: KeyGroups | None = None
                     ) -> Callable[[str], int]:
    """How many records carry a folded name (``NameForm.folded``), found through the index
    on its key, which the folded name determines (memoised per run; a key with more than
    ``FOLD_SCAN`` names is counted in its first ``FOLD_SCAN``)."""
    cache: dict[str, int] = {}
    names = groups or KeyGroups(session)

    def count(folded: str) -> int:
        if folded not in cache:
            key = " ".join(sorted(skeleton(t) for t in folded.split()))
            cache[folded] = len({r.person_id for r in names.of(key)
                                 if name_form(r.name).folded == folded})
        return cache[folded]

    return count


# --- resolution ------------------------------------------------------------------------------


@dataclass
class ResolveReport:
    compared: int = 0
    merged: int = 0
    proposed: int = 0
    changed: int = 0  # records whose canonical id changed
    touched: set[str] = field(default_factory=set)

    def add(self, score: PairScore) -> None:
        self.compared += 1
        self.merged += score.decision == MERGE
        self.proposed += score.decision == "review"

    def include(self, other: ResolveReport) -> None:
        """Count a later round of the same run."""
        self.compared += other.compared
        self.merged += other.merged
        self.proposed += other.proposed
        self.changed += other.changed
        self.touched |= other.touched


def _by_pair(judgements: Iterable[Judgement]) -> dict[tuple[str, str], list[Judgement]]:
    out: dict[tuple[str, str], list[Judgement]] = defaultdict(list)
    for j in judgements:
        out[merges.ordered(j.left_id, j.right_id)].append(j)
    return out


def _apply(session: Session, scores: Iterable[PairScore], existing: dict[tuple[str, str],
           list[Judgement]], settings: MatchSettings) -> ResolveReport:
    """Store each decision as an automatic judgement, skipping pairs a human has judged."""
    report = ResolveReport()
    model = settings.to_dict()
    for score in scores:
        have = existing.get((score.left, score.right), [])
        if any(j.origin == "human" for j in have):
            continue
        report.add(score)
        new = merges.save_auto(have, VERDICT[score.decision], score.probability,
                               score.explanation(settings, model), score.left,
                               score.right)
        if new is not None:
            session.add(new)
        report.touched.update((score.left, score.right))
    session.flush()
    return report


def resolve_document(session: Session, doc_id: str, actor: str = "izde",
                     settings: MatchSettings = DEFAULT) -> ResolveReport:
    """Resolve one document's persons against the store (called by ingest, in its session)."""
    ids = list(session.scalars(select(Person.id).where(Person.document_id == doc_id)))
    groups = KeyGroups(session)
    ctx = MatchContext(name_count=store_name_count(session, groups))
    records = load_records(session, ids)
    report = _resolve_records(session, records, settings, groups, ctx)
    # a relative resolved just now may tell more about the records beside it: the wife of a
    # lone "Nurkhat" who has joined Nurkhat Syzdykuly is compared again with his wife's
    # records elsewhere (``_relatives`` reads the relative's cluster)
    again = _relatives_changed(session, records)
    if again:
        second = _resolve_records(session, again, settings, groups, ctx)
        report.include(second)
    audit.record(session, actor, "resolve", "document", doc_id, model=settings.version,
                 compared=report.compared, merged=report.merged, proposed=report.proposed,
                 changed=report.changed)
    return report


def _resolve_records(session: Session, records: dict[str, Record], settings: MatchSettings,
                     groups: KeyGroups, ctx: MatchContext) -> ResolveReport:
    """Compare records with their candidates in the store, store the decisions and
    recompute the clusters around them."""
    wanted = {r.id: candidate_ids(session, r, settings, groups) for r in records.values()}
    others = load_records(session, {c for cs in wanted.values() for c in cs})
    scores = [score_pair(records[pid], others[c], settings, ctx)
              for pid, cands in wanted.items() for c in sorted(cands) if c in others]
    existing = _by_pair(merges.live_touching(session, list(records)))
    report = _apply(session, scores, existing, settings)
    report.changed = merges.recompute(session, {*records, *report.touched},
                                      {**others, **records})
    return report


def _ids_in(column: Any) -> Callable[[list[str]], Any]:
    return lambda part: select(column).where(column.in_(part))


RELATED_SCAN = 10_000  # records beyond which the relations are read whole, not by id


def _relatives_changed(session: Session, records: dict[str, Record]) -> dict[str, Record]:
    """The records whose relatives' keys have grown since they were loaded (a relative's
    cluster gained names), reloaded."""
    ends = (Relation.subject_id, Relation.object_id)
    if len(records) > RELATED_SCAN:  # most of the store: read the relations whole
        related = {pid for end in ends for pid in session.scalars(select(end))}
        related &= records.keys()
    else:
        related = {pid for end in ends for (pid,) in _rows(session, _ids_in(end), records)}
    now = load_records(session, related) if related else {}
    return {pid: r for pid, r in now.items() if r.relatives != records[pid].relatives}


def resolve_all(session: Session, actor: str = "izde", settings: MatchSettings = DEFAULT,
                workers: int = 1) -> ResolveReport:
    """Resolve every person record against every other, blocking in memory (one pass).

    Scoring goes through ``izde.resolve.bulk`` (the decisions of ``score_pair``, by
    columns; the stages use ``workers`` processes); the pairs not kept apart are stored
    with their ``score_pair`` waterfalls."""
    with bulk.large_batch():  # a million records: see ``bulk.large_batch``
        records = list(load_records(session, session.scalars(select(Person.id)),
                                    workers).values())
        batch, found = bulk.match_batch(records, settings, workers)
        scores = list(bulk.scores_for(batch, found, settings))
    existing = _by_pair(session.scalars(select(Judgement).where(Judgement.deleted_at.is_(None))))
    report = _apply(session, scores, existing, settings)
    scored = {(s.left, s.right) for s in scores}
    stale = [j for pair, js in existing.items() if pair not in scored for j in js
             if j.origin != "human"]
    merges.soft_delete(stale)
    report.changed = merges.recompute(session)
    again = _relatives_changed(session, {r.id: r for r in records})
    if again:  # as in resolve_document: relatives resolved in this run tell more
        groups = KeyGroups(session)
        second = _resolve_records(session, again, settings, groups,
                                  MatchContext(name_count=store_name_count(session, groups)))
        report.include(second)
    audit.record(session, actor, "resolve_all", "person", None, model=settings.version,
                 records=len(records), compared=report.compared, merged=report.merged,
                 proposed=report.proposed, withdrawn=len(stale), changed=report.changed)
    return report


# --- review ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """A pair awaiting a reviewer: both records, the score and the waterfall."""

    judgement_id: int
    left: str
    right: str
    left_name: str
    right_name: str
    score: float
    explanation: dict[str, Any]


def proposals(session: Session) -> list[Proposal]:
    """Pending review proposals, strongest first, leaving out pairs already clustered."""
    pending = list(session.scalars(select(Judgement).where(
        Judgement.deleted_at.is_(None), Judgement.judgement == merges.UNSURE,
        Judgement.status == "pending")))
    persons = {p.id: p for p in merges._persons(
        session, {i for j in pending for i in (j.left_id, j.right_id)})}
    out = [Proposal(j.id, j.left_id, j.right_id, persons[j.left_id].name,
                    persons[j.right_id].name, j.score or 0.0, j.explanation)
           for j in pending if j.left_id in persons and j.right_id in persons
           and persons[j.left_id].canonical_id != persons[j.right_id].canonical_id]
    return sorted(out, key=lambda p: (-p.score, p.judgement_id))


def explain(session: Session, a_id: str, b_id: str,
            settings: MatchSettings = DEFAULT) -> PairScore:
    """Score a pair now, with the waterfall of every comparison (any two records)."""
    records = load_records(session, [a_id, b_id])
    for pid in (a_id, b_id):
        if pid not in records:
            raise NotFound(f"no person {pid!r}; `izde persons list` shows ids")
    return score_pair(records[a_id], records[b_id], settings,
                      MatchContext(name_count=store_name_count(session)))


def cluster_of(session: Session, person_id: str) -> list[Person]:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"no person {person_id!r}; `izde persons list` shows ids")
    return list(session.scalars(select(Person).where(
        Person.canonical_id == person.canonical_id).order_by(Person.created_at, Person.id)))


__all__ = ["KeyGroups", "Proposal", "ResolveReport", "candidate_ids", "cluster_of", "explain",
           "load_records",
           "proposals", "resolve_all", "resolve_document"]
