"""Resolution over the store: documents loaded through `load_extraction`, then resolved."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from izde.extract.model import (
    Attribute,
    Evidence,
    ExtractedPerson,
    ExtractedRelation,
    Extraction,
)
from izde.resolve import persons
from izde.resolve.comparisons import make_record
from izde.resolve.settings import MatchSettings
from izde.store.engine import Store
from izde.store.load import load_extraction
from izde.store.models import AuditEntry, Document, Judgement, Person


def add_document(session: Session, n: int, people: list[dict[str, Any]],
                 relations: Sequence[tuple[int, str, int]] = ()) -> list[str]:
    """Store a document whose extraction found ``people`` (and ``relations`` between them,
    by position: (0, "spouse", 1)); return their person ids in order."""
    doc = Document(id=f"doc_{n:04d}", sha256=f"{n:064d}", media_type="text/plain", size=1,
                   original=b"x", body="x" * 100, published="2020-06-01")
    session.add(doc)
    session.flush()
    ev = Evidence(0, 1, "x")
    extracted = [ExtractedPerson(
        key=f"p{i}", name=p["name"], names=p.get("names", [p["name"]]), mentions=[],
        attributes=[Attribute(k, v, ev) for k, v in p.get("attrs", {}).items()])
        for i, p in enumerate(people)]
    related = [ExtractedRelation(f"p{a}", kind, f"p{b}", ev) for a, kind, b in relations]
    load_extraction(session, doc, Extraction(extractor="test", persons=extracted,
                                             relations=related))
    keys = {e.key: e.name for e in extracted}
    by_name = {p.name: p.id for p in session.scalars(
        select(Person).where(Person.document_id == doc.id))}
    return [by_name[keys[f"p{i}"]] for i in range(len(people))]


def ingest(store: Store, n: int, people: list[dict[str, Any]],
           relations: Sequence[tuple[int, str, int]] = ()) -> list[str]:
    """A document stored and resolved in one transaction, as ingest does."""
    with store.session() as s:
        ids = add_document(s, n, people, relations)
        persons.resolve_document(s, f"doc_{n:04d}", actor="test")
    return ids


def canonical(store: Store, pid: str) -> str:
    with store.session() as s:
        person = s.get(Person, pid)
        assert person is not None
        return person.canonical_id


def live_judgements(store: Store) -> list[tuple[str, str, str, str]]:
    with store.session() as s:
        return sorted((j.left_id, j.right_id, j.judgement, j.origin) for j in s.scalars(
            select(Judgement).where(Judgement.deleted_at.is_(None))))


def test_same_person_in_two_scripts_gets_one_canonical_id(db_url: str) -> None:
    store = Store(db_url)
    (a,) = ingest(store, 1, [{"name": "Askar Azatbek", "attrs": {"gender": "male"}}])
    (b,) = ingest(store, 2, [{"name": "Асқар Азатбекұлы", "attrs": {"gender": "male"}}])
    assert canonical(store, b) == canonical(store, a) == a


def test_transliteration_variants_across_reports_merge(db_url: str) -> None:
    store = Store(db_url)
    (a,) = ingest(store, 1, [{"name": "Erlan Mahsutkhan"}])
    (b,) = ingest(store, 2, [{"name": "Erlan Maksutkhan", "names": ["Erlan Maksutkhan",
                                                                      "Maksutkhan"]}])
    assert canonical(store, b) == a


def test_two_nurlans_with_different_surnames_stay_apart(db_url: str) -> None:
    store = Store(db_url)
    (a,) = ingest(store, 1, [{"name": "Nurlan Amanov", "attrs": {"gender": "male"}}])
    (b,) = ingest(store, 2, [{"name": "Nurlan Serikbayev", "attrs": {"gender": "male"}}])
    assert canonical(store, a) != canonical(store, b)


def test_lone_given_name_goes_to_review_not_merge(db_url: str) -> None:
    store = Store(db_url)
    (a,) = ingest(store, 1, [{"name": "Guljan"}])
    (b,) = ingest(store, 2, [{"name": "Guljan"}])
    assert canonical(store, a) != canonical(store, b)
    with store.session() as s:
        pending = persons.proposals(s)
    assert [(p.left, p.right) for p in pending] == [tuple(sorted((a, b)))]


def test_resolving_twice_changes_nothing(db_url: str) -> None:
    store = Store(db_url)
    ingest(store, 1, [{"name": "Askar Azatbek"}])
    ingest(store, 2, [{"name": "Askar Azatbek"}, {"name": "Guljan"}])
    ingest(store, 3, [{"name": "Guljan"}])
    before = live_judgements(store)
    with store.session() as s:
        report = persons.resolve_document(s, "doc_0002", actor="test")
    assert live_judgements(store) == before
    assert report.changed == 0


def test_resolve_all_agrees_with_resolving_document_by_document(db_url: str) -> None:
    store = Store(db_url)
    ids = [*ingest(store, 1, [{"name": "Askar Azatbek"}, {"name": "Nurlan Amanov"}]),
           *ingest(store, 2, [{"name": "Асқар Азатбекұлы"}, {"name": "Nurlan Bekov"}])]
    incremental = [canonical(store, i) for i in ids]
    with store.session() as s:
        persons.resolve_all(s, actor="test")
    assert [canonical(store, i) for i in ids] == incremental


def test_automatic_judgement_stores_waterfall_and_settings(db_url: str) -> None:
    store = Store(db_url)
    ingest(store, 1, [{"name": "Askar Azatbek"}])
    ingest(store, 2, [{"name": "Askar Azatbek"}])
    with store.session() as s:
        j = s.scalars(select(Judgement)).one()
        assert (j.judgement, j.origin, j.status) == ("same", "auto", "applied")
        assert j.explanation["settings"]["version"] == "izde.resolve.persons.v1"
        assert [b["comparison"] for b in j.explanation["waterfall"]][:2] == ["prior", "name"]


def test_explain_lists_each_comparison_with_its_weight(db_url: str) -> None:
    store = Store(db_url)
    (a,) = ingest(store, 1, [{"name": "Askar Azatbek", "attrs": {"age": 47}}])
    (b,) = ingest(store, 2, [{"name": "Askar Azatbek", "attrs": {"age": 48}}])
    with store.session() as s:
        score = persons.explain(s, a, b)
    levels = {c.comparison: (c.level, c.weight) for c in score.waterfall}
    assert levels["birth_year"] == ("within_1", 2.0)
    assert levels["name"] == ("exact", 13.0)


def test_resolution_is_audited(db_url: str) -> None:
    store = Store(db_url)
    ingest(store, 1, [{"name": "Askar Azatbek"}])
    with store.session() as s:
        actions = list(s.scalars(select(AuditEntry.action)))
    assert "resolve" in actions


def test_candidates_are_only_records_sharing_a_blocking_key(db_url: str) -> None:
    store = Store(db_url)
    askar, _, _ = ingest(store, 1, [{"name": "Askar Azatbek"}, {"name": "Gulnar Tokhtar"},
                                    {"name": "Nurlan Amanov"}])
    new = make_record("per_new", "doc_9999", ["Askar Azatbex"])
    with store.session() as s:
        assert persons.candidate_ids(s, new, MatchSettings()) == {askar}


def test_an_oversized_block_in_the_store_yields_the_records_a_year_apart(db_url: str) -> None:
    store = Store(db_url)
    ids = [ingest(store, n, [{"name": "Nurlan Amanov", "attrs": {"age": age}}])[0]
           for n, age in enumerate([40, 41, 60, 61, 62], start=1)]
    with store.session() as s:
        years = {pid: s.get(Person, pid).birth_year for pid in ids}  # type: ignore[union-attr]
        mine = years[ids[0]]
        assert mine is not None
        new = make_record("per_new", "doc_9999", ["Nurlan Amanov"], birth_year=mine)
        found = persons.candidate_ids(s, new, MatchSettings(max_block=3))
    assert found == {pid for pid, y in years.items() if y is not None and abs(y - mine) <= 1}


def test_one_spelling_is_found_in_the_store_where_its_key_is_oversized(db_url: str) -> None:
    store = Store(db_url)
    others = [ingest(store, n, [{"name": name}])[0] for n, name in
              enumerate(["Xie Shi", "Su Chao", "Xia Shu", "Shi Xiu"], start=1)]
    (xu,) = ingest(store, 9, [{"name": "Xu Chao"}])
    new = make_record("per_new", "doc_9999", ["徐超"])
    with store.session() as s:
        found = persons.candidate_ids(s, new, MatchSettings(max_block=3))
    assert xu in found and not found & set(others)


def test_the_store_counts_records_per_folded_name_not_per_key(db_url: str) -> None:
    store = Store(db_url)
    for n, name in enumerate(["Xu Chao", "徐超", "Su Chao", "Xie Shi"], start=1):
        ingest(store, n, [{"name": name}])
    with store.session() as s:
        count = persons.store_name_count(s)
        assert count(make_record("x", None, ["Xu Chao"]).names[0].folded) == 2


def test_name_records_carry_every_name_of_a_person(db_url: str) -> None:
    store = Store(db_url)
    (pid,) = ingest(store, 31, [{"name": "Ibrahim Qurban", "names": ["Ibrahim Qurban",
                                                                      "Yibulayimu Kuerban"]}])
    with store.session() as s:
        person = s.get(Person, pid)
        assert person is not None
        (record,) = persons.name_records(s, [person]).values()
    assert {n.written for n in record.names} == {"Ibrahim Qurban", "Yibulayimu Kuerban"}


def test_turkic_spelling_in_a_later_document_joins_its_pinyin_rendering(db_url: str) -> None:
    store = Store(db_url)
    attrs = {"gender": "male", "ethnicity": "Uyghur"}
    (a,) = ingest(store, 32, [{"name": "Yibulayimu Kuerbanjiang", "attrs": attrs}])
    (b,) = ingest(store, 33, [{"name": "Ibrahim Qurbanjan", "attrs": attrs}])
    assert canonical(store, b) == canonical(store, a)


# --- lone given names beside their relatives ----------------------------------------------------

NURKHAT = {"name": "Nurkhat Syzdykuly", "attrs": {"gender": "male"}}
ZEINOLLA = {"name": "Zeinolla Syzdykuly", "attrs": {"gender": "male"}}


def test_a_wife_known_by_her_given_name_joins_the_same_mans_wife(db_url: str) -> None:
    store = Store(db_url)
    _, wife = ingest(store, 1, [NURKHAT, {"name": "Gulsim Kaldybaikyzy",
                                          "attrs": {"gender": "female"}}], [(1, "spouse", 0)])
    _, gulsim = ingest(store, 2, [NURKHAT, {"name": "Gulsim", "attrs": {"gender": "female"}}],
                       [(0, "spouse", 1)])
    assert canonical(store, gulsim) == canonical(store, wife)


def test_a_given_name_shared_by_the_mans_wife_and_sister_is_only_proposed(db_url: str) -> None:
    store = Store(db_url)
    _, wife = ingest(store, 1, [NURKHAT, {"name": "Gulsim Kaldybaikyzy",
                                          "attrs": {"gender": "female"}}], [(1, "spouse", 0)])
    _, sister = ingest(store, 2, [NURKHAT, {"name": "Gulsim", "attrs": {"gender": "female"}}],
                       [(1, "sibling", 0)])
    assert canonical(store, sister) != canonical(store, wife)
    with store.session() as s:
        assert tuple(sorted((wife, sister))) in {(p.left, p.right) for p in persons.proposals(s)}


def test_a_relative_resolved_in_the_same_run_lets_his_wife_join(db_url: str) -> None:
    # report 3 names only "his younger brother, Nurkhat" and "his wife, Gulsim": the brother
    # joins Nurkhat Syzdykuly through Zeinolla, then the wife through him
    store = Store(db_url)
    _, nurkhat, wife = ingest(
        store, 1, [ZEINOLLA, NURKHAT, {"name": "Gulsim Kaldybaikyzy",
                                       "attrs": {"gender": "female"}}],
        [(1, "sibling", 0), (2, "spouse", 1)])
    _, brother, gulsim = ingest(
        store, 2, [ZEINOLLA, {"name": "Nurkhat", "attrs": {"gender": "male"}},
                   {"name": "Gulsim", "attrs": {"gender": "female"}}],
        [(1, "sibling", 0), (2, "spouse", 1)])
    assert canonical(store, brother) == canonical(store, nurkhat)
    assert canonical(store, gulsim) == canonical(store, wife)


def test_resolve_all_joins_lone_names_through_relatives_as_ingest_does(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        ids = [*add_document(s, 1, [ZEINOLLA, NURKHAT, {"name": "Gulsim Kaldybaikyzy",
                                                        "attrs": {"gender": "female"}}],
                             [(1, "sibling", 0), (2, "spouse", 1)]),
               *add_document(s, 2, [ZEINOLLA, {"name": "Nurkhat", "attrs": {"gender": "male"}},
                                    {"name": "Gulsim", "attrs": {"gender": "female"}}],
                             [(1, "sibling", 0), (2, "spouse", 1)])]
        persons.resolve_all(s, actor="test")
    assert [canonical(store, i) for i in ids[3:]] == [canonical(store, i) for i in ids[:3]]


def test_a_lone_name_whose_relative_is_named_alike_but_unrelated_stays_apart(
        db_url: str) -> None:
    # the same given name and a relative of the same name, but a sister in one report and a
    # daughter in the other: not enough to merge without a person
    store = Store(db_url)
    (_, daughter) = ingest(store, 1, [NURKHAT, {"name": "Aktoty Nurkhatkyzy",
                                                "attrs": {"gender": "female"}}],
                           [(0, "parent", 1)])
    (_, aktoty) = ingest(store, 2, [NURKHAT, {"name": "Aktoty", "attrs": {"gender": "female"}}],
                         [(1, "sibling", 0)])
    assert canonical(store, aktoty) != canonical(store, daughter)


def test_a_parent_and_child_relation_reads_the_same_from_either_side(db_url: str) -> None:
    # "Nurkhat's daughter, Aktoty Nurkhatkyzy" (he is her parent) and "Aktoty, whose father
    # is Nurkhat Syzdykuly" (she is his child)
    store = Store(db_url)
    (_, daughter) = ingest(store, 1, [NURKHAT, {"name": "Aktoty Nurkhatkyzy",
                                                "attrs": {"gender": "female"}}],
                           [(0, "parent", 1)])
    (_, aktoty) = ingest(store, 2, [NURKHAT, {"name": "Aktoty", "attrs": {"gender": "female"}}],
                         [(1, "child", 0)])
    assert canonical(store, aktoty) == canonical(store, daughter)
