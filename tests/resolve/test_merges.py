"""Human decisions on person records: merge, different, unmerge, split; clusters recomputed."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from izde.errors import ReviewError
from izde.extract.model import ExtractedPerson, Extraction
from izde.resolve import merges, persons
from izde.store.audit import verify_chain
from izde.store.engine import Store
from izde.store.load import load_extraction
from izde.store.models import AuditEntry, Document, Judgement, Person


def add_document(session: Session, n: int, names: list[str]) -> list[str]:
    doc = Document(id=f"doc_{n:04d}", sha256=f"{n:064d}", media_type="text/plain", size=1,
                   original=b"x", body="x", published="2020-06-01")
    session.add(doc)
    session.flush()
    found = [ExtractedPerson(key=f"p{i}", name=name, names=[name], mentions=[])
             for i, name in enumerate(names)]
    load_extraction(session, doc, Extraction(extractor="test", persons=found))
    ids = {p.name: p.id for p in session.scalars(select(Person).where(
        Person.document_id == doc.id))}
    return [ids[name] for name in names]


def ingest(store: Store, n: int, *names: str) -> Any:
    with store.session() as s:
        ids = add_document(s, n, list(names))
        persons.resolve_document(s, f"doc_{n:04d}", actor="test")
    return ids[0] if len(ids) == 1 else ids


def canonical(store: Store, pid: str) -> str:
    with store.session() as s:
        person = s.get(Person, pid)
        assert person is not None
        return person.canonical_id


def test_merge_gives_both_records_the_earliest_records_id(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aigerim Bolatova")
    with store.session() as s:
        merges.merge(s, b, a, actor="reviewer")
    assert canonical(store, a) == canonical(store, b) == a


def test_merge_pulls_in_the_whole_cluster(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aidana Serikova")  # merged automatically with a
    c = ingest(store, 3, "Aigerim Bolatova")
    with store.session() as s:
        merges.merge(s, c, b, actor="reviewer")
    assert {canonical(store, x) for x in (a, b, c)} == {a}


def test_human_different_survives_resolve_all(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aidana Serikova")
    assert canonical(store, b) == a
    with store.session() as s:
        merges.mark_different(s, a, b, actor="reviewer")
    with store.session() as s:
        persons.resolve_all(s, actor="izde")
    assert canonical(store, a) != canonical(store, b)


def test_human_different_survives_a_new_document(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aidana Serikova")
    with store.session() as s:
        merges.mark_different(s, a, b, actor="reviewer")
    c = ingest(store, 3, "Aidana Serikova")
    assert canonical(store, a) != canonical(store, b)
    assert canonical(store, c) in {canonical(store, a), canonical(store, b)}


def test_unmerge_restores_the_clusters_before_a_human_merge(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aigerim Bolatova")
    with store.session() as s:
        merges.merge(s, a, b, actor="reviewer")
    with store.session() as s:
        merges.unmerge(s, a, b, actor="reviewer")
    assert (canonical(store, a), canonical(store, b)) == (a, b)


def test_unmerging_an_automatic_merge_keeps_it_undone(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aidana Serikova")
    with store.session() as s:
        merges.unmerge(s, a, b, actor="reviewer")
        persons.resolve_all(s, actor="izde")
    assert canonical(store, a) != canonical(store, b)


def test_unmerge_of_a_pair_never_merged_is_refused(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aigerim Bolatova")
    with store.session() as s, pytest.raises(ReviewError):
        merges.unmerge(s, a, b, actor="reviewer")


def test_split_takes_one_record_out_of_its_cluster(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aidana Serikova")
    c = ingest(store, 3, "Aidana Serikova")
    with store.session() as s:
        separated = merges.split(s, c, actor="reviewer")
    assert sorted(separated) == sorted([a, b])
    assert canonical(store, c) == c
    assert canonical(store, a) == canonical(store, b)


def test_split_is_respected_by_later_runs(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aidana Serikova")
    with store.session() as s:
        merges.split(s, b, actor="reviewer")
    with store.session() as s:
        persons.resolve_all(s, actor="izde")
    assert canonical(store, a) != canonical(store, b)


def test_a_record_cannot_be_merged_with_itself(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    with store.session() as s, pytest.raises(ReviewError):
        merges.merge(s, a, a, actor="reviewer")


def test_merge_across_a_human_different_is_refused(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aigerim Bolatova")
    c = ingest(store, 3, "Gulnar Tokhtar")
    with store.session() as s:
        merges.merge(s, a, b, actor="reviewer")
        merges.mark_different(s, b, c, actor="reviewer")
    with store.session() as s, pytest.raises(ReviewError):
        merges.merge(s, a, c, actor="reviewer")


def test_judgements_are_soft_deleted_never_erased(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aigerim Bolatova")
    with store.session() as s:
        merges.merge(s, a, b, actor="reviewer")
        merges.unmerge(s, a, b, actor="reviewer")
    with store.session() as s:
        rows = list(s.scalars(select(Judgement)))
    assert [(j.judgement, j.deleted_at is not None) for j in rows] == [("same", True)]


def test_every_human_decision_is_audited(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aigerim Bolatova")
    with store.session() as s:
        merges.merge(s, a, b, actor="reviewer")
        merges.unmerge(s, a, b, actor="reviewer")
        merges.mark_different(s, a, b, actor="reviewer")
    with store.session() as s:
        logged = list(s.scalars(select(AuditEntry).where(AuditEntry.actor == "reviewer")))
        assert [e.action for e in logged] == ["merge", "unmerge", "mark_different"]
        assert verify_chain(s).ok


def test_a_record_in_a_human_judgement_survives_re_extraction(db_url: str) -> None:
    store = Store(db_url)
    a = ingest(store, 1, "Aidana Serikova")
    b = ingest(store, 2, "Aigerim Bolatova")
    with store.session() as s:
        merges.merge(s, a, b, actor="reviewer")
    with store.session() as s:
        doc = s.get(Document, "doc_0002")
        assert doc is not None
        load_extraction(s, doc, Extraction(extractor="test", persons=[]))
        persons.resolve_document(s, "doc_0002", actor="izde")
    assert canonical(store, b) == a
