"""Property: whatever the sensitivities, no non-public value reaches the public export.

Hypothesis builds random worlds: documents, persons (with spellings, privacy settings),
free-text claims and events whose quotes name other persons, each with a random
sensitivity. Every value is a unique token, so leaking one shows as that token appearing in
the exported JSON.
"""

from __future__ import annotations

import functools
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from izde.export.public import build_public_export
from izde.protect.privacy import set_privacy
from izde.store.engine import Store
from izde.store.models import Document, Person, PersonName

from . import builders as b

LEVELS = ("public", "restricted", "confidential")
level = st.sampled_from(LEVELS)


@dataclass
class World:
    secrets: set[str] = field(default_factory=set)
    published: set[str] = field(default_factory=set)


def _token(kind: str, i: int) -> str:
    return f"Tok{kind}{i:03d}qz"


@st.composite
def worlds(draw: st.DrawFn) -> dict[str, Any]:
    n_docs, n_persons = draw(st.integers(1, 3)), draw(st.integers(1, 4))
    return {
        "docs": [draw(level) for _ in range(n_docs)],
        "persons": [{"doc": draw(st.integers(0, n_docs - 1)), "level": draw(level),
                     "names": [draw(level) for _ in range(draw(st.integers(1, 2)))],
                     "identity": draw(st.sampled_from(("full", "partial", "anonymous"))),
                     "claims": [(draw(st.sampled_from(("occupation", "phone", "residence"))),
                                 draw(level)) for _ in range(draw(st.integers(0, 2)))],
                     "event": draw(st.none() | st.tuples(level, level)),
                     "names_other": draw(st.integers(0, n_persons - 1))}
                    for _ in range(n_persons)],
    }


def build(s: Session, spec: dict[str, Any]) -> World:
    w = World()
    docs = []
    for i, lvl in enumerate(spec["docs"]):
        docs.append(b.document(s, lvl, title=_token("title", i)))
        (w.published if lvl == "public" else w.secrets).add(_token("title", i))
    persons = []
    for i, p in enumerate(spec["persons"]):
        doc = docs[p["doc"]]
        visible = p["level"] == "public" and doc.sensitivity == "public"
        names = [f"{_token('given', i * 10 + j)} {_token('family', i * 10 + j)}"
                 for j in range(len(p["names"]))]
        rec = b.person(s, names[0], doc, p["level"], p["names"][0])
        for name, lvl in zip(names[1:], p["names"][1:], strict=True):
            rec.names.append(PersonName(name=name, latin=name, key=name, sensitivity=lvl))
        set_privacy(s, rec.canonical_id, "t", identity=p["identity"])
        for name, lvl in zip(names, p["names"], strict=True):
            named = visible and lvl == "public"
            given, family = name.split()
            if not (named and p["identity"] == "partial"):  # partial shows the given name
                (w.published if named and p["identity"] == "full" else w.secrets).add(given)
            (w.published if named and p["identity"] == "full" else w.secrets).add(family)
        persons.append((rec, names, visible))
    for i, (p, (rec, _, visible)) in enumerate(zip(spec["persons"], persons, strict=True)):
        doc = docs[p["doc"]]
        for j, (prop, lvl) in enumerate(p["claims"]):
            value = _token(prop, i * 10 + j)
            b.claim(s, "person", rec.id, prop, value, doc, lvl)
            if not (visible and lvl == "public" and prop == "occupation"):
                w.secrets.add(value)
        if p["event"]:
            _event(s, w, rec, doc, p, persons, i, visible)
    return w


def _event(s: Session, w: World, rec: Person, doc: Document, p: dict[str, Any],
           persons: list[Any], i: int, visible: bool) -> None:
    event_level, claim_level = p["event"]
    own = _token("quote", i)
    other_names = persons[p["names_other"]][1]
    b.event(s, rec, doc, sensitivity=event_level, claim_sensitivity=claim_level,
            quote=f"{own} said that {other_names[0]} was detained.")
    if not (visible and event_level == "public" and claim_level == "public"):
        w.secrets.add(own)


@functools.cache
def _template() -> Path:
    """A migrated, empty database copied for each example (migrating each time is slow)."""
    path = Path(tempfile.mkdtemp(prefix="izde-prop-")) / "template.db"
    Store(str(path)).close()
    return path


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(spec=worlds())
def test_no_non_public_value_reaches_the_public_export(spec: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(_template(), Path(tmp) / "p.db")
        store = Store(str(Path(tmp) / "p.db"), upgrade=False)
        try:
            with store.session() as s:
                world = build(s, spec)
                s.flush()
                text = json.dumps(build_public_export(s, b"k" * 32), ensure_ascii=False)
        finally:
            store.close()
    leaked = {t for t in world.secrets if t.lower() in text.lower()}
    assert not leaked, f"leaked {sorted(leaked)}"
    assert {t for t in world.published if t.startswith("Toktitle")} <= set(
        t for t in world.published if t in text)
