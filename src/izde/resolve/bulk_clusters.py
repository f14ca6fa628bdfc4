"""Automatic clusters of a large batch, by columns: the clusters of ``merges``, sooner.

``merges.unambiguous_links`` and ``merges.Clusters`` decide, link by link in Python, which
automatic links a batch keeps and which unions its cluster checks allow. At a million
records that is a million links and, in session 4, a third of the benchmark's CPU time.
Most of it does not need a loop:

- *Which links are unambiguous* depends on each record's best partner against its other
  partners (``records_disagree`` and name compatibility): a grouping of the links by record,
  done here with a sort (``unambiguous``).
- *Unions* depend on the order of the links only within one connected component of the
  kept links. A component of two records is one link, whose union succeeds unless the two
  records disagree; only larger components go link by link, in the same order, through
  ``AutoUnions`` (``merges.Clusters``'s checks on lists), with the name compatibility of
  every two of their records computed beforehand by columns (``cluster_labels``).

The result is the cluster index ``merges.Clusters`` gives every record (its root), tested
equal on generated batches (``tests/resolve/test_bulk_clusters.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from izde.resolve.arrays import distinct, distinct_inverse
from izde.resolve.forked import SHARED, forked_map
from izde.resolve.merges import MAX_CROSS_CHECKS, YEAR_SPAN, year_span

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
Interned = tuple[Ints, list[Any]]  # ids per record (first seen, first numbered), values by id
PairCheck = Callable[[Ints, Ints], Bools]


@dataclass
class TraitColumns:
    """``merges.Traits`` of every record as columns: interned ids (-1: none) and flags for
    the two readings of "missing" (``records_disagree`` tests ``is not None``, ``Clusters``
    tests truth)."""

    document: Ints
    document_set: Bools  # not None
    document_true: Bools  # truthy
    gender: Ints  # -1 where falsy
    year: Ints
    year_set: Bools
    year_true: Bools

    @classmethod
    def of(cls, documents: list[Any], genders: list[Any], years: list[Any]) -> TraitColumns:
        doc_ids = _ids(documents)
        year = np.array([y or 0 for y in years], dtype=np.int64)
        return cls(doc_ids, _flags(d is not None for d in documents),
                   _flags(bool(d) for d in documents),
                   np.where(_flags(bool(g) for g in genders), _ids(genders), -1),
                   year, _flags(y is not None for y in years), _flags(bool(y) for y in years))

    @classmethod
    def of_columns(cls, documents: Interned, genders: Interned, years: Interned
                   ) -> TraitColumns:
        """``of`` from columns already interned (ids per record, numbered first seen first
        as ``_ids`` numbers them, and the values by id): each test once per distinct value."""
        (doc, doc_values), (gender, gender_values), (year, year_values) = \
            documents, genders, years

        def per_value(values: list[Any], test: Callable[[Any], bool]) -> Bools:
            return np.fromiter(map(test, values), dtype=bool, count=len(values))

        has_gender = per_value(gender_values, bool)[gender]
        return cls(doc, per_value(doc_values, _is_set)[doc], per_value(doc_values, bool)[doc],
                   np.where(has_gender, gender, -1),
                   np.array([y or 0 for y in year_values], dtype=np.int64)[year],
                   per_value(year_values, _is_set)[year], per_value(year_values, bool)[year])

    def records_disagree(self, a: Ints, b: Ints) -> Bools:
        """``merges.records_disagree`` of record pairs (a[k], b[k])."""
        doc = self.document_set[a] & (self.document[a] == self.document[b])
        return np.asarray(doc | self._gender_years(a, b, self.year_set))

    def union_refused(self, a: Ints, b: Ints) -> Bools:
        """``Clusters._disagree`` of two one-record clusters, without the name check (a
        merged pair's names agree): a shared document, two genders, or birth years more
        than ``YEAR_SPAN`` apart."""
        doc = self.document_true[a] & (self.document[a] == self.document[b])
        return np.asarray(doc | self._gender_years(a, b, self.year_true))

    def _gender_years(self, a: Ints, b: Ints, has_year: Bools) -> Bools:
        gender = (self.gender[a] >= 0) & (self.gender[b] >= 0) & (self.gender[a] != self.gender[b])
        years = has_year[a] & has_year[b] & (np.abs(self.year[a] - self.year[b]) > YEAR_SPAN)
        return np.asarray(gender | years)


def _is_set(value: Any) -> bool:
    return value is not None


def _ids(values: list[Any]) -> Ints:
    ids = dict(zip(dict.fromkeys(values), range(len(values)), strict=False))
    return np.fromiter(map(ids.__getitem__, values), dtype=np.int64, count=len(values))


def _flags(values: Any) -> Bools:
    return np.fromiter(values, dtype=bool)


def unambiguous(left: Ints, right: Ints, weight: Floats, traits: TraitColumns,
                compatible: PairCheck, margin: float, workers: int = 1) -> Bools:
    """Per link: kept by ``merges.unambiguous_links`` (links given in the order it reads).

    Each record's partners are ordered by weight, the earlier link first among equals (its
    stable sort); a partner is a rival when it cannot be one person with the best partner.
    A record with a rival within ``margin`` of its best loses every link; otherwise it
    loses the links to its rivals. What a record drops depends on its own partners alone,
    so with several ``workers`` (and ``MIN_PARALLEL_LINKS`` links) the records are split
    by parity between this process and a forked one."""
    src, dst = np.concatenate([left, right]), np.concatenate([right, left])
    link = np.tile(np.arange(len(left), dtype=np.int64), 2)
    w = np.tile(weight, 2)
    parts = 2 if workers > 1 and len(left) >= MIN_PARALLEL_LINKS else 1
    SHARED.update(rows=(src, dst, link, w), traits=traits, compatible=compatible,
                  margin=margin, parts=parts)
    try:
        dropped = forked_map(_dropped_links, list(range(parts)), parts, here=True)
    finally:
        SHARED.clear()
    keep = np.ones(len(left), dtype=bool)
    for drop in dropped:
        keep[drop] = False
    return keep


MIN_PARALLEL_LINKS = 200_000  # merged links worth splitting ``unambiguous`` over two processes


def _dropped_links(part: int) -> Ints:
    """The links that the records ``r`` with ``r % parts == part`` drop (``unambiguous``)."""
    src, dst, link, w = SHARED["rows"]
    traits, compatible, margin, parts = (SHARED["traits"], SHARED["compatible"],
                                         SHARED["margin"], SHARED["parts"])
    if parts > 1:
        mine = src % parts == part
        src, dst, link, w = src[mine], dst[mine], link[mine], w[mine]
    order = np.lexsort((link, -w, src))
    src, dst, link, w = src[order], dst[order], link[order], w[order]
    first = np.r_[True, src[1:] != src[:-1]] if len(src) else np.zeros(0, bool)
    start = np.flatnonzero(first)
    group = np.cumsum(first) - 1
    best = dst[start][group]
    rival = _rivals(best, dst, ~first, traits, compatible)
    position = np.where(rival, np.arange(len(src)), len(src))
    first_rival = np.minimum.reduceat(position, start) if len(start) else start
    has_rival = first_rival < len(src)
    rival_w = w[np.where(has_rival, first_rival, 0)]
    hopeless = has_rival & (w[start] - rival_w < margin)
    return np.asarray(link[rival | hopeless[group]])


def _rivals(best: Ints, partner: Ints, other: Bools, traits: TraitColumns,
            compatible: PairCheck) -> Bools:
    """Rows (other than a record's best) whose partner cannot be one person with the
    best partner: the records disagree, or else their names contradict."""
    out = np.zeros(len(best), dtype=bool)
    rows = np.flatnonzero(other)
    disagree = traits.records_disagree(best[rows], partner[rows])
    out[rows[disagree]] = True
    rest = rows[~disagree]
    out[rest] = ~compatible(best[rest], partner[rest])
    return out


def components(left: Ints, right: Ints, n: int) -> Ints:
    """Connected component label (its smallest node) of nodes 0..n-1 joined by the edges
    (left[k], right[k]): labels lowered along the edges, then pointer jumping, until
    nothing changes (a few rounds: components here are small)."""
    label = np.arange(n, dtype=np.int64)
    while True:
        low = np.minimum(label[left], label[right])
        new = label.copy()
        np.minimum.at(new, left, low)
        np.minimum.at(new, right, low)
        new = new[new]
        if np.array_equal(new, label):
            return label
        label = new


def cluster_labels(n: int, left: Ints, right: Ints, traits: TraitColumns,
                   compatible: NameCompatibility, workers: int = 1) -> list[int]:
    """Cluster index per record after the automatic unions of links (left, right), given
    strongest first: what ``merges.Clusters`` gives, the root of each record's cluster.

    A component of two records is one link: the union succeeds unless the records disagree
    (a merged pair's names agree), and the root is the link's first record. Larger
    components go through ``AutoUnions``, link by link, with the name compatibility of
    every two records of a component computed beforehand by columns; no union crosses a
    component, so they are dealt out to ``workers`` forked processes in groups."""
    out = list(range(n))
    nodes = distinct(np.concatenate([left, right]))
    a, b = np.searchsorted(nodes, left), np.searchsorted(nodes, right)
    label = components(a, b, len(nodes))
    size = np.bincount(label, minlength=len(nodes))
    pair = size[label[a]] == 2
    joined = pair & ~traits.union_refused(left, right)
    for i, j in zip(left[joined].tolist(), right[joined].tolist(), strict=True):
        out[j] = i
    big = size[label] > 2
    groups = max(1, workers) if big.sum() >= MIN_PARALLEL_RECORDS else 1
    group = np.cumsum(size > 2)[label] % groups  # large components dealt out in turn
    SHARED.update(nodes=nodes, label=label, big=big, group=group, traits=traits,
                  compatible=compatible, links=(a[~pair], b[~pair]))
    try:
        found = forked_map(_union_group, list(range(groups)), groups)
    finally:
        SHARED.clear()
    for records, roots in found:
        for record, root in zip(records.tolist(), roots.tolist(), strict=True):
            out[record] = root
    return out


MIN_PARALLEL_RECORDS = 20_000  # records in large components worth worker processes


def _union_group(g: int) -> tuple[Ints, Ints]:
    """(records, their roots) of the large components of group ``g`` (see
    ``cluster_labels``): ``AutoUnions`` over their links in the order given."""
    nodes, label, big, group = SHARED["nodes"], SHARED["label"], SHARED["big"], SHARED["group"]
    a, b = SHARED["links"]
    mine = big & (group == g)
    members = nodes[mine]
    if not len(members):
        return members, members
    x, y = component_pairs(np.arange(len(members)), label[mine])
    refused, doubtful = SHARED["compatible"].refusals(members[x], members[y], x, y,
                                                      label[mine])
    unions = AutoUnions(members, SHARED["traits"], refused, doubtful)
    links = mine[a]
    unions.union_all(np.searchsorted(members, nodes[a[links]]).tolist(),
                     np.searchsorted(members, nodes[b[links]]).tolist())
    return members, members[[unions.find(i) for i in range(len(members))]]


class AutoUnions:
    """``merges.Clusters`` for automatic unions alone (no human judgement in a batch), on
    records numbered 0..m-1 (``records`` gives their batch indexes): the same checks in the
    same order (a shared document, two genders, birth years more than ``YEAR_SPAN`` apart,
    then names across the members while ``MAX_CROSS_CHECKS`` allows), the same choice of
    root, with lists instead of dicts of sets for a million links.

    Names: ``refused`` holds the codes (x << 32 | y, both ways) of the two members of a
    component whose names contradict, and ``doubtful`` marks the members of components
    that have any (a union's two clusters lie in one component, so in the others every
    name check passes without a look-up)."""

    def __init__(self, records: Ints, traits: TraitColumns, refused: set[int],
                 doubtful: list[bool]) -> None:
        self.parent = list(range(len(records)))
        self.members = [[i] for i in range(len(records))]
        doc = np.where(traits.document_true[records], traits.document[records], -1)
        self.documents = [{d} if d >= 0 else set() for d in doc.tolist()]
        self.genders = [{g} if g >= 0 else set() for g in traits.gender[records].tolist()]
        years = np.where(traits.year_true[records], traits.year[records], 0).tolist()
        self.years: list[tuple[int, int] | None] = [(y, y) if y else None for y in years]
        self.refused = refused
        self.doubtful = doubtful

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union_all(self, left: list[int], right: list[int]) -> None:
        """``Clusters.union(a, b, human=False)`` for each link in turn (one loop, names
        bound locally: a million links go through it)."""
        find, documents, genders, years = self.find, self.documents, self.genders, self.years
        members, parent, names_agree = self.members, self.parent, self._names_agree
        doubtful = self.doubtful
        for a, b in zip(left, right, strict=True):
            ra = a if parent[a] == a else find(a)
            rb = b if parent[b] == b else find(b)
            if ra == rb or not documents[ra].isdisjoint(documents[rb]):
                continue
            both = genders[ra] | genders[rb]
            span = year_span(years[ra], years[rb])
            if len(both) > 1 or (span is not None and span[1] - span[0] > YEAR_SPAN):
                continue
            ma, mb = members[ra], members[rb]
            if (doubtful[ma[0]] and len(ma) * len(mb) <= MAX_CROSS_CHECKS
                    and not names_agree(ma, mb)):
                continue
            if len(ma) < len(mb):
                ra, rb, ma, mb = rb, ra, mb, ma
            parent[rb] = ra
            ma.extend(mb)
            documents[ra] |= documents[rb]
            genders[ra], years[ra] = both, span

    def _names_agree(self, ma: list[int], mb: list[int]) -> bool:
        if not self.doubtful[ma[0]]:
            return True
        refused = self.refused
        return not any((x << 32 | y) in refused for x in ma for y in mb)


def component_pairs(nodes: Ints, label: Ints) -> tuple[Ints, Ints]:
    """Every two nodes (x < y) of one component, all components of one size at once."""
    order = np.lexsort((nodes, label))
    nodes, label = nodes[order], label[order]
    starts = np.flatnonzero(np.r_[True, label[1:] != label[:-1]])
    size = np.diff(np.r_[starts, len(label)])
    xs, ys = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
    for k in distinct(size).tolist():
        iu, ju = np.triu_indices(k, k=1)
        s = starts[size == k][:, None]
        xs.append(nodes[s + iu].ravel())
        ys.append(nodes[s + ju].ravel())
    return np.concatenate(xs), np.concatenate(ys)


class NameCompatibility:
    """``matching.compatible`` of record pairs, by nameset pair: a pair merged somewhere in
    the batch is compatible (a merge needs a strong name level); other nameset pairs go to
    ``name_check`` once each."""

    def __init__(self, nameset: Ints, merged: Ints, name_check: PairCheck) -> None:
        """``merged``: nameset pair codes (a << 32 | b) of the merged pairs, both ways."""
        self.nameset = nameset
        self.merged = distinct(merged)
        self.name_check = name_check

    def _is_merged(self, codes: Ints) -> Bools:
        if not len(self.merged):
            return np.zeros(len(codes), dtype=bool)
        at = np.minimum(np.searchsorted(self.merged, codes), len(self.merged) - 1)
        return np.asarray(self.merged[at] == codes)

    def pairs(self, x: Ints, y: Ints) -> Bools:
        """Compatibility of records x[k] and y[k], by columns."""
        codes = self.nameset[x] << 32 | self.nameset[y]
        out = np.ones(len(codes), dtype=bool)
        todo = ~self._is_merged(codes)
        uniq, inverse = distinct_inverse(codes[todo])
        found = self.name_check(uniq >> 32, uniq & 0xFFFFFFFF)
        out[todo] = found[inverse]
        return out

    def refusals(self, x: Ints, y: Ints, kx: Ints, ky: Ints, component: Ints
                 ) -> tuple[set[int], list[bool]]:
        """The incompatible pairs of records x[k] and y[k] (every two of a component), as
        codes kx[k] << 32 | ky[k] and ky[k] << 32 | kx[k], and per node (``component``
        holds node k's component): does its component hold one. Few pairs contradict, so
        this set and these flags, not a table of every pair (at 1M records: two dicts of
        2.3M entries built and read, 2 s of each clustering worker's 4.5 s)."""
        bad = ~self.pairs(x, y)
        bx, by = kx[bad], ky[bad]
        refused = set(np.concatenate([bx << 32 | by, by << 32 | bx]).tolist())
        return refused, np.isin(component, component[bx]).tolist()
