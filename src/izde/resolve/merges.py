"""Judgements on pairs of person records, and clusters recomputed from them.

A merge never rewrites a record: it adds a "same" Judgement, and the canonical ids are then
recomputed from every live judgement (union-find), so undoing a merge is soft-deleting its
judgement and recomputing. The recomputation respects, in this order of authority:

1. human "different" judgements: two records so judged never end in one cluster;
2. human "same" judgements, oldest first, applied last so that no automatic check can
   refuse them;
3. automatic "same" judgements, strongest first, and only where the two clusters they join
   share no document (extraction already decided who is who inside one document) and agree
   on gender and birth year (within three years) across all their members, and, when the
   caller can compare names, where no member's name contradicts another's (a chain
   "Nurlan Amanov" ~ "Nurlan A." ~ "Nurlan Bekov" stops at the contradiction).

The canonical id of a cluster is the id of its earliest-created record, so it is stable as
clusters grow. A pair with a live human judgement is never judged again by an automatic run.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from izde.errors import NotFound, ReviewError
from izde.resolve.settings import DEFAULT
from izde.store import audit
from izde.store.models import Judgement, Person, utcnow

if TYPE_CHECKING:
    from izde.resolve.comparisons import Record

SAME, DIFFERENT, UNSURE = "same", "different", "unsure"
CHUNK = 500


def ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    items = list(ids)
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def live_on_pair(session: Session, a: str, b: str) -> list[Judgement]:
    left, right = ordered(a, b)
    return list(session.scalars(select(Judgement).where(
        Judgement.left_id == left, Judgement.right_id == right,
        Judgement.deleted_at.is_(None))))


def live_touching(session: Session, ids: Iterable[str]) -> list[Judgement]:
    """Live judgements with either side in ``ids``."""
    found: dict[int, Judgement] = {}
    for part in chunks(ids):
        rows = session.scalars(select(Judgement).where(
            Judgement.deleted_at.is_(None),
            or_(Judgement.left_id.in_(part), Judgement.right_id.in_(part))))
        found.update((j.id, j) for j in rows)
    return list(found.values())


def soft_delete(judgements: Iterable[Judgement]) -> int:
    now, count = utcnow(), 0
    for j in judgements:
        j.deleted_at, count = now, count + 1
    return count


# --- clusters ------------------------------------------------------------------------------


MAX_CROSS_CHECKS = 400  # pairs compared before an automatic union of two clusters
YEAR_SPAN = 3  # birth years further apart than this in one automatic cluster: two people


@dataclass(frozen=True)
class Traits:
    """What a cluster must agree on before an automatic union joins it with another."""

    document: str | None
    gender: str | None = None
    birth_year: int | None = None


@dataclass
class Clusters:
    """Union-find that refuses unions forbidden by "different" judgements, shared documents,
    or (for automatic unions) clusters whose genders or birth years disagree.

    The attribute check is what keeps chains apart: A~B and B~C may each look right while
    A and C are a man and a woman, or born thirty years apart.
    """

    traits: dict[str, Traits]
    compatible: Callable[[str, str], bool] | None = None  # may two records be one person?
    parent: dict[str, str] = field(default_factory=dict)
    members: dict[str, set[str]] = field(default_factory=dict)
    documents: dict[str, set[str]] = field(default_factory=dict)
    forbidden: dict[str, set[str]] = field(default_factory=dict)
    genders: dict[str, set[str]] = field(default_factory=dict)
    years: dict[str, tuple[int, int] | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for pid, t in self.traits.items():
            self.parent[pid], self.members[pid] = pid, {pid}
            self.documents[pid] = {t.document} if t.document else set()
            self.genders[pid] = {t.gender} if t.gender else set()
            self.years[pid] = (t.birth_year, t.birth_year) if t.birth_year else None

    def _years(self, ra: str, rb: str) -> tuple[int, int] | None:
        return year_span(self.years[ra], self.years[rb])

    def _disagree(self, ra: str, rb: str) -> bool:
        if self.documents[ra] & self.documents[rb]:
            return True
        if len(self.genders[ra] | self.genders[rb]) > 1:
            return True
        span = self._years(ra, rb)
        if span is not None and span[1] - span[0] > YEAR_SPAN:
            return True
        return self.compatible is not None and not self._all_compatible(ra, rb)

    def _all_compatible(self, ra: str, rb: str) -> bool:
        """Every member of one cluster could be every member of the other (checked for
        clusters of modest size; chains of look-alike names break here)."""
        if len(self.members[ra]) * len(self.members[rb]) > MAX_CROSS_CHECKS:
            return True
        check = self.compatible
        assert check is not None
        return all(check(x, y) for x in self.members[ra] for y in self.members[rb])

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def forbid(self, a: str, b: str) -> None:
        self.forbidden.setdefault(self.find(a), set()).add(b)
        self.forbidden.setdefault(self.find(b), set()).add(a)

    def union(self, a: str, b: str, *, human: bool) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.forbidden.get(ra, set()) & self.members[rb]:
            return False
        if not human and self._disagree(ra, rb):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.years[ra] = self._years(ra, rb)
        del self.years[rb]
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.documents[ra] |= self.documents.pop(rb)
        self.genders[ra] |= self.genders.pop(rb)
        self.forbidden.setdefault(ra, set()).update(self.forbidden.pop(rb, set()))
        return True

    def groups(self) -> list[set[str]]:
        return [m for root, m in self.members.items() if self.parent[root] == root]


def year_span(ya: tuple[int, int] | None, yb: tuple[int, int] | None
              ) -> tuple[int, int] | None:
    """The birth years two clusters span together (None when neither knows one)."""
    if ya is None or yb is None:
        return ya or yb
    return (min(ya[0], yb[0]), max(ya[1], yb[1]))


def records_disagree(a: Traits, b: Traits) -> bool:
    """Two records that cannot be one person: one document, two genders, or birth years
    further apart than an automatic cluster may span."""
    if a.document is not None and a.document == b.document:
        return True
    if a.gender and b.gender and a.gender != b.gender:
        return True
    return (a.birth_year is not None and b.birth_year is not None
            and abs(a.birth_year - b.birth_year) > YEAR_SPAN)


Link = tuple[Any, Any, float]  # two records and the weight (log2 odds) of their match


def unambiguous_links(links: Iterable[Link], traits: dict[Any, Traits],
                      compatible: Callable[[Any, Any], bool] | None = None,
                      margin: float = DEFAULT.ambiguity_margin) -> list[Link]:
    """Automatic links without those of records that fit two different people.

    A record whose matches include two records that cannot be one person (``records_disagree``
    or names that contradict) fits two namesakes. If its best match outweighs every match
    contradicting it by ``margin`` (log2 odds) or more, it keeps the best and what agrees
    with it; otherwise which namesake it is remains a guess, and it keeps no automatic link
    at all (a person may still merge it). Without this, a record reporting only a common name
    chains the namesakes it fits into one cluster, or joins the wrong one half the time.
    """
    links = list(links)
    partners: dict[Any, list[tuple[float, Any]]] = defaultdict(list)
    for a, b, w in links:
        partners[a].append((w, b))
        partners[b].append((w, a))
    dropped: set[tuple[Any, Any]] = set()
    for x, found in partners.items():
        if len(found) > 1:
            dropped.update((x, y) for y in _doubtful(found, traits, compatible, margin))
    return [(a, b, w) for a, b, w in links if (a, b) not in dropped and (b, a) not in dropped]


def _doubtful(found: list[tuple[float, Any]], traits: dict[Any, Traits],
              compatible: Callable[[Any, Any], bool] | None, margin: float) -> list[Any]:
    """The partners one record must not be linked to automatically (see above)."""
    found = sorted(found, key=lambda p: -p[0])
    best_w, best = found[0]

    def apart(y: Any, z: Any) -> bool:
        return records_disagree(traits[y], traits[z]) or (
            compatible is not None and not compatible(y, z))

    rivals = [(w, y) for w, y in found[1:] if apart(best, y)]
    if not rivals:
        return []
    if best_w - rivals[0][0] < margin:
        return [y for _, y in found]
    return [y for _, y in rivals]


def build_clusters(traits: dict[str, Traits], judgements: Iterable[Judgement],
                   compatible: Callable[[str, str], bool] | None = None,
                   margin: float = DEFAULT.ambiguity_margin) -> Clusters:
    """Apply judgements in order of authority (see module docstring)."""
    clusters = Clusters(traits, compatible)
    usable = [j for j in judgements if j.left_id in traits and j.right_id in traits]
    for j in usable:
        if j.origin == "human" and j.judgement == DIFFERENT:
            clusters.forbid(j.left_id, j.right_id)
    humans = sorted((j for j in usable if j.origin == "human" and j.judgement == SAME),
                    key=lambda j: (j.created_at, j.id))
    autos = [(j.left_id, j.right_id, log_odds(j.score)) for j in usable
             if j.origin != "human" and j.judgement == SAME and j.status == "applied"]
    kept = unambiguous_links(autos, traits, compatible, margin)
    for a, b, _w in sorted(kept, key=lambda link: (-link[2], link[0], link[1])):
        clusters.union(a, b, human=False)
    for j in humans:  # a person's "same" joins whatever the machine joined
        clusters.union(j.left_id, j.right_id, human=True)
    return clusters


def log_odds(probability: float | None) -> float:
    """A stored match probability back as its weight (log2 odds)."""
    p = probability or 0.0
    if p >= 1.0:
        return math.inf
    return math.log2(p / (1.0 - p)) if p > 0.0 else -math.inf


def closure(session: Session, seeds: set[str]) -> set[str]:
    """Every record whose cluster could change when judgements on ``seeds`` change."""
    done: set[str] = set()
    todo = set(seeds)
    while todo:
        done |= todo
        found: set[str] = set()
        for j in live_touching(session, todo):
            if j.judgement == SAME:
                found.update((j.left_id, j.right_id))
        for part in chunks({p.canonical_id for p in _persons(session, todo)}):
            found.update(session.scalars(select(Person.id).where(Person.canonical_id.in_(part))))
        todo = found - done
    return done


def _persons(session: Session, ids: Iterable[str]) -> list[Person]:
    out: list[Person] = []
    for part in chunks(ids):
        out.extend(session.scalars(select(Person).where(Person.id.in_(part))))
    return out


def recompute(session: Session, seeds: Iterable[str] | None = None,
              known: Mapping[str, Record] | None = None) -> int:
    """Recompute canonical ids (of the clusters around ``seeds``, or of all); return changes.
    ``known``: records the caller has already loaded (their names are not read again)."""
    if seeds is None:
        persons = list(session.scalars(select(Person)))
        judgements: list[Judgement] = list(session.scalars(
            select(Judgement).where(Judgement.deleted_at.is_(None))))
    else:
        persons = _persons(session, closure(session, set(seeds)))
        judgements = live_touching(session, [p.id for p in persons])
    clusters = build_clusters({p.id: Traits(p.document_id, p.gender, p.birth_year)
                               for p in persons}, judgements, _name_check(session, persons, known))
    return _assign(session, persons, clusters)


def _name_check(session: Session, persons: list[Person],
                known: Mapping[str, Record] | None) -> Callable[[str, str], bool]:
    """Name compatibility of two records, for the cluster check (names loaded once, and
    only for the records the caller has not loaded)."""
    from izde.resolve.matching import compatible
    from izde.resolve.persons import name_records  # persons builds on this module

    records = dict(known or {})
    records.update(name_records(session, [p for p in persons if p.id not in records]))
    return lambda x, y: x not in records or y not in records or compatible(
        records[x], records[y])


def _assign(session: Session, persons: list[Person], clusters: Clusters) -> int:
    by_id = {p.id: p for p in persons}
    changed = 0
    for group in clusters.groups():
        canonical = min(group, key=lambda pid: (by_id[pid].created_at, pid))
        for pid in group:
            if by_id[pid].canonical_id != canonical:
                by_id[pid].canonical_id = canonical
                changed += 1
    session.flush()
    return changed


# --- human decisions -----------------------------------------------------------------------


def _person(session: Session, pid: str) -> Person:
    person = session.get(Person, pid)
    if person is None:
        raise NotFound(f"no person {pid!r}; `izde persons list` shows ids")
    return person


def _human(session: Session, a: str, b: str, verdict: str, actor: str) -> Judgement:
    """Record a human judgement on a pair; it replaces every earlier live one on that pair."""
    if a == b:
        raise ReviewError("a record cannot be judged against itself; give two person ids")
    _person(session, a)
    _person(session, b)
    soft_delete(live_on_pair(session, a, b))
    left, right = ordered(a, b)
    j = Judgement(left_id=left, right_id=right, judgement=verdict, origin="human",
                  author=actor, status="applied", explanation={"by": actor})
    session.add(j)
    session.flush()
    return j


def merge(session: Session, a_id: str, b_id: str, actor: str) -> str:
    """A person's "same": b's cluster joins a's. Returns the cluster's canonical id."""
    j = _human(session, a_id, b_id, SAME, actor)
    changed = recompute(session, {a_id, b_id})
    if _person(session, a_id).canonical_id != _person(session, b_id).canonical_id:
        raise ReviewError(f"{a_id} and {b_id} cannot merge: a person judged a member of one "
                          "cluster different from a member of the other; `izde persons "
                          "unmerge` or a new judgement on that pair comes first")
    audit.record(session, actor, "merge", "person", a_id, other=b_id, judgement=j.id,
                 changed=changed)
    return _person(session, a_id).canonical_id


def mark_different(session: Session, a_id: str, b_id: str, actor: str) -> None:
    """A person's "different": the two never share a cluster, whatever automatic runs find."""
    j = _human(session, a_id, b_id, DIFFERENT, actor)
    changed = recompute(session, {a_id, b_id})
    audit.record(session, actor, "mark_different", "person", a_id, other=b_id,
                 judgement=j.id, changed=changed)


def unmerge(session: Session, a_id: str, b_id: str, actor: str) -> None:
    """Undo the merge of a and b: soft-delete its "same" judgements and recompute.

    Undoing an automatic merge also records a human "different", so that the next automatic
    run does not merge the pair again; undoing a human merge restores what was there before.
    """
    sames = [j for j in live_on_pair(session, a_id, b_id) if j.judgement == SAME]
    if not sames:
        raise ReviewError(f"{a_id} and {b_id} were not merged with each other; use "
                          "`izde persons different` or `izde persons split`")
    soft_delete(sames)
    if any(j.origin != "human" for j in sames):
        _human(session, a_id, b_id, DIFFERENT, actor)
    changed = recompute(session, {a_id, b_id})
    audit.record(session, actor, "unmerge", "person", a_id, other=b_id,
                 judgements=[j.id for j in sames], changed=changed)


def split(session: Session, person_id: str, actor: str) -> list[str]:
    """Take one record out of its cluster: "different" from each other member, by a human.

    The rest of the cluster stays together where judgements link it without this record.
    Returns the ids the record was separated from.
    """
    person = _person(session, person_id)
    others = [pid for pid in session.scalars(select(Person.id).where(
        Person.canonical_id == person.canonical_id)) if pid != person_id]
    if not others:
        raise ReviewError(f"{person_id} is alone in its cluster; nothing to split")
    for other in others:
        _human(session, person_id, other, DIFFERENT, actor)
    changed = recompute(session, {person_id, *others})
    audit.record(session, actor, "split", "person", person_id, separated=others,
                 changed=changed)
    return others


# --- automatic decisions -------------------------------------------------------------------


def has_human(session: Session, a: str, b: str) -> bool:
    return any(j.origin == "human" for j in live_on_pair(session, a, b))


def save_auto(existing: list[Judgement], verdict: str | None, score: float,
              explanation: dict[str, Any], left: str, right: str) -> Judgement | None:
    """Bring a pair's automatic judgement to ``verdict`` (None: keep apart, store nothing).

    Idempotent: an identical live judgement is kept as it is; a changed one is soft-deleted
    and replaced. Returns the new judgement to add, if any.
    """
    autos = [j for j in existing if j.origin != "human"]
    keep = [j for j in autos if j.judgement == verdict
            and j.explanation.get("settings") == explanation.get("settings")
            and round(j.score or 0.0, 6) == round(score, 6)]
    soft_delete(j for j in autos if j not in keep)
    if verdict is None or keep:
        return None
    status = "applied" if verdict == SAME else "pending"
    return Judgement(left_id=left, right_id=right, judgement=verdict, status=status,
                     score=score, explanation=explanation, origin="auto", author="izde")


def clear_auto_for(session: Session, ids: Iterable[str]) -> int:
    """Soft-delete live automatic judgements touching ``ids`` (before a full re-run)."""
    count = 0
    for part in chunks(ids):
        result = session.execute(update(Judgement).where(
            Judgement.deleted_at.is_(None), Judgement.origin != "human",
            or_(Judgement.left_id.in_(part), Judgement.right_id.in_(part)),
        ).values(deleted_at=utcnow()))
        count += result.rowcount  # type: ignore[attr-defined]
    return count
