"""Confidential names: encrypted in the store, indexed by blind tokens, findable by any
spelling for viewers allowed confidential values, invisible (and unspelled) for others."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from izde import search
from izde.protect.policy import ANONYMOUS, Viewer
from izde.resolve.names import latinize, name_key, name_keys
from izde.store.engine import Store
from izde.store.models import Person, PersonName

sys.path.insert(0, str(Path(__file__).parent / "web"))
from factory import populate

EDITOR = Viewer("e", "editor")
VIEWER = Viewer("v", "viewer")
SECRET = "Gulbahram Toktarkyzy"


def _store(db_url: str) -> Store:
    store = Store(db_url)
    with store.session() as s:
        populate(s)
        doc_id = s.scalars(select(Person.document_id)).first()
        p = Person(id="per_secret", canonical_id="per_secret", document_id=doc_id, name=SECRET,
                   sensitivity="confidential", roles=["witness"])
        for n in (SECRET, "Гүлбахрам Тоқтарқызы"):
            p.names.append(PersonName(name=n, script="latin", latin=latinize(n),
                                      key=name_key(n), sensitivity="confidential"))
        s.add(p)
    return store


def _ids(store: Store, viewer: Viewer, q: str) -> list[str]:
    with store.reading() as s:
        return [h.id for h in search.search_persons(s, viewer, q).data]


def test_an_editor_finds_a_confidential_name_by_another_spelling(db_url: str) -> None:
    assert _ids(_store(db_url), EDITOR, "Gulbakhram Toqtarqyzy") == ["per_secret"]


def test_an_editor_finds_a_confidential_name_written_in_cyrillic(db_url: str) -> None:
    assert _ids(_store(db_url), EDITOR, "Гүлбахрам Тоқтарқызы") == ["per_secret"]


def test_the_result_shows_the_decrypted_name(db_url: str) -> None:
    store = _store(db_url)
    with store.reading() as s:
        hit = search.search_persons(s, EDITOR, "Gulbahram").data[0]
    assert hit.name == SECRET or SECRET in hit.names


def test_a_viewer_below_confidential_does_not_find_it(db_url: str) -> None:
    store = _store(db_url)
    assert _ids(store, VIEWER, SECRET) == [] and _ids(store, ANONYMOUS, SECRET) == []


def test_the_index_holds_no_plain_key_of_a_confidential_name(db_url: str) -> None:
    store = _store(db_url)
    with store.reading() as s:
        tokens = set(s.scalars(select(search.name_keys_table.c.token)))
    assert not tokens & set(name_keys(SECRET))
    assert any(t.startswith("b:") for t in tokens)
