"""Helpers shared by the extraction tests: run the pipeline and read its results by name."""

from __future__ import annotations

from izde.extract.model import Extraction
from izde.extract.pipeline import extract


def run(text: str, published: str | None = "2021-02-22") -> Extraction:
    return extract(text, published)


def person_names(ex: Extraction) -> set[str]:
    return {p.name for p in ex.persons}


def events_by_name(ex: Extraction) -> set[tuple[str, str]]:
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type) for e in ex.events}


def dates_by_name(text: str, published: str = "2022-01-01"
                  ) -> dict[tuple[str, str], str | None]:
    """Each (person name, event type) the text tells, with the event's EDTF date."""
    ex = run(text, published)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type): e.date for e in ex.events}


def roles_of(ex: Extraction, name: str) -> set[str]:
    for p in ex.persons:
        if p.name == name:
            return {r.role for r in p.roles}
    raise AssertionError(f"no person {name!r} in {person_names(ex)}")


def attr_of(ex: Extraction, name: str, prop: str) -> list[object]:
    for p in ex.persons:
        if p.name == name:
            return [a.value for a in p.attributes if a.property == prop]
    raise AssertionError(f"no person {name!r} in {person_names(ex)}")


def place_name(ex: Extraction, name: str, type_: str) -> str | None:
    """The place name of the one event of ``type_`` the person called ``name`` suffers."""
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return {p.key: p.name for p in ex.places}.get(ev.place or "")


def name_spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    """Every occurrence of each name as a person span keyed by the name itself."""
    out = []
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            out.append((pos, pos + len(name), name))
            pos = text.find(name, pos + 1)
    return sorted(out)
