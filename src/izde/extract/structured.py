"""Facts read from a document's structure, and their merge into the prose pipeline's output.

Case sheets (``records``) and court judgments (``judgments``) state who a person is and what
happened to them in fixed places: a "Date of detention:" field, a "Defendant X, male, born
..." paragraph. Their readers return ``Found`` facts with local person keys; ``merge_found``
folds them into the ``Extraction`` the sentence pipeline made of the same text, so a person
named in a field and again in free-text notes is one person, and an event read from a field
and told again in prose is one event whose field values win (a field is a statement of that
value; prose is an inference from context).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from izde.extract.event_dates import refines
from izde.extract.model import (
    Attribute,
    Evidence,
    ExtractedEvent,
    ExtractedPerson,
    ExtractedPlace,
    ExtractedRelation,
    Extraction,
    Mention,
    RoleClaim,
)
from izde.extract.people import VIOLATIONS
from izde.extract.places import GENERIC, place_rank
from izde.extract.tokens import name_case

__all__ = ["Found", "FoundEvent", "FoundPerson", "merge_found", "name_mentions"]

Span = tuple[int, int]


@dataclass
class FoundPerson:
    """A person named by the structure: every span naming them (first = preferred name)."""

    key: str
    mentions: list[Mention]
    roles: list[RoleClaim] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)


@dataclass
class FoundEvent:
    """An event with the span where its place is named (resolved against the pipeline's
    places when merged, since only the pipeline knows the gazetteer)."""

    event: ExtractedEvent
    place_span: Span | None = None


@dataclass
class Found:
    """What a structure reader found. ``not_names``: spans that name nobody (a case number,
    a field label); a pipeline person named only there is dropped. ``read``: spans the
    reader understood fully; pipeline events resting only on them are replaced by its own."""

    persons: list[FoundPerson] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)
    relations: list[ExtractedRelation] = field(default_factory=list)
    not_names: list[Span] = field(default_factory=list)
    read: list[Span] = field(default_factory=list)

    def extend(self, other: Found) -> None:
        for f in fields(self):
            getattr(self, f.name).extend(getattr(other, f.name))


def name_mentions(text: str, start: int, end: int) -> list[Mention]:
    """The name at ``start:end`` and each later occurrence of the same string as a word."""
    name = text[start:end]
    out = [Mention(start, end, name)]
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[end:]):
        out.append(Mention(end + m.start(), end + m.end(), name))
    return out


def merge_found(out: Extraction, found: Found, text: str) -> None:
    """Fold ``found`` into ``out`` in place (persons, places, events, relations, roles)."""
    if not found.persons:
        return
    _drop_non_names(out, found.not_names)
    _drop_read_events(out, found.read)
    keys = {p.key: _merge_person(out, p) for p in found.persons}
    for fe in found.events:
        _merge_event(out, fe, keys[fe.event.person], text)
    for r in found.relations:
        _add_relation(out, replace_keys(r, keys))
    _drop_events_of_functionaries(out, found, keys)
    _victim_and_relative_roles(out, set(keys.values()))


def replace_keys(r: ExtractedRelation, keys: dict[str, str]) -> ExtractedRelation:
    return ExtractedRelation(keys[r.subject], r.type, keys[r.object], r.evidence)


def _inside(s: int, e: int, spans: list[Span]) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _drop_non_names(out: Extraction, spans: list[Span]) -> None:
    gone = {p.key for p in out.persons
            if p.mentions and all(_inside(m.start, m.end, spans) for m in p.mentions)}
    _remove_persons(out, gone)


def _remove_persons(out: Extraction, gone: set[str]) -> None:
    out.persons = [p for p in out.persons if p.key not in gone]
    out.events = [e for e in out.events if e.person not in gone]
    out.relations = [r for r in out.relations if r.subject not in gone and r.object not in gone]


def _drop_read_events(out: Extraction, spans: list[Span]) -> None:
    if spans:
        out.events = [e for e in out.events
                      if not all(_inside(v.start, v.end, spans) for v in e.evidence)]


def _merge_person(out: Extraction, fp: FoundPerson) -> str:
    """The key of the pipeline person ``fp`` is (others found for it are folded in), or of a
    new person when the pipeline did not find them."""
    same = [p for p in out.persons if _same_person(p, fp)]
    if not same:
        target = ExtractedPerson(_new_key(out), fp.mentions[0].text, [], [])
        out.persons.append(target)
    else:
        target = same[0]
        for other in same[1:]:
            _fold(out, other, target)
    # a name read in capitals ("ILYAS TURSUNBAEV" heading a poster) as it is usually written
    target.name = " ".join(name_case(w) for w in fp.mentions[0].text.split())
    _add_mentions(target, fp.mentions)
    _add_roles(target, fp.roles)
    _set_attributes(target, fp.attributes)
    return target.key


def _same_person(p: ExtractedPerson, fp: FoundPerson) -> bool:
    spans = [(m.start, m.end) for m in fp.mentions]
    if any(m.start < e and s < m.end for m in p.mentions for s, e in spans):
        return True
    names = {_fold_name(m.text) for m in fp.mentions}
    return any(_fold_name(n) in names for n in [p.name, *p.names])


def _fold_name(name: str) -> str:
    return " ".join(re.split(r"[\s·•‧・.]+", name.casefold())).strip()


def _new_key(out: Extraction) -> str:
    taken = {p.key for p in out.persons}
    n = 1
    while f"s{n}" in taken:
        n += 1
    return f"s{n}"


def _fold(out: Extraction, other: ExtractedPerson, target: ExtractedPerson) -> None:
    """``other`` is another spelling of ``target``: its mentions, events and relations move."""
    _add_mentions(target, other.mentions)
    _add_roles(target, other.roles)
    for e in out.events:
        if e.person == other.key:
            e.person = target.key
    for r in out.relations:
        r.subject = target.key if r.subject == other.key else r.subject
        r.object = target.key if r.object == other.key else r.object
    out.relations = [r for r in out.relations if r.subject != r.object]
    out.persons = [p for p in out.persons if p.key != other.key]
    _dedupe_events(out)


def _dedupe_events(out: Extraction) -> None:
    seen: dict[tuple[str, str], ExtractedEvent] = {}
    kept: list[ExtractedEvent] = []
    for e in out.events:
        first = seen.get((e.person, e.type))
        if first is None:
            seen[(e.person, e.type)] = e
            kept.append(e)
        else:
            _fill(first, e, override=False)
    out.events = kept


def _add_mentions(target: ExtractedPerson, mentions: list[Mention]) -> None:
    known = {(m.start, m.end) for m in target.mentions}
    for m in mentions:
        if (m.start, m.end) not in known and not _overlaps_any(m, target.mentions):
            known.add((m.start, m.end))
            target.mentions.append(m)
        if m.text not in target.names:
            target.names.append(m.text)
    target.mentions.sort(key=lambda m: m.start)
    target.names.sort(key=lambda n: n != target.name)


def _overlaps_any(m: Mention, others: list[Mention]) -> bool:
    return any(o.start < m.end and m.start < o.end for o in others)


def _add_roles(target: ExtractedPerson, roles: list[RoleClaim]) -> None:
    have = {r.role for r in target.roles}
    for r in roles:
        if r.role not in have:
            have.add(r.role)
            target.roles.append(r)


def _set_attributes(target: ExtractedPerson, attrs: list[Attribute]) -> None:
    """A field's value replaces what prose suggested for the same property."""
    props = {a.property for a in attrs}
    target.attributes = [a for a in target.attributes if a.property not in props] + attrs


_VALUES = ("date", "date_text", "place", "facility", "agency", "court", "charge", "charge_text",
           "sentence_years", "sentence_kind", "sentence_text")


def _merge_event(out: Extraction, fe: FoundEvent, person: str, text: str) -> None:
    ev = fe.event
    ev.person = person
    if fe.place_span is not None:
        ev.place = _place_key(out, fe.place_span) or new_place(out, text, fe.place_span)
    same = next((e for e in out.events if e.person == person and e.type == ev.type), None)
    if same is None:
        out.events.append(ev)
        return
    _fill(same, ev, override=True)
    same.evidence = [*ev.evidence, *(v for v in same.evidence if v not in ev.evidence)]
    same.confidence = max(same.confidence, ev.confidence)


def _fill(into: ExtractedEvent, src: ExtractedEvent, override: bool) -> None:
    finer = bool(into.date and src.date and refines(into.date, src.date))
    for name in _VALUES:
        value = getattr(src, name)
        if finer and name in ("date", "date_text"):
            continue  # "Date of sentencing: August 2019" ... "on 15 August 2019 the court"
        if value is not None and (override or getattr(into, name) is None):
            setattr(into, name, value)


def _place_key(out: Extraction, span: Span) -> str | None:
    """The most specific pipeline place named inside ``span`` (None if none is)."""
    s, e = span
    hits = [p for p in out.places for m in p.mentions if s <= m.start and m.end <= e]
    return max(hits, key=place_rank).key if hits else None


def new_place(out: Extraction, text: str, span: Span) -> str | None:
    """A place for a field value the gazetteer does not know ("Place of detention: Kokterek
    village"), kept as written; None when the value is not worded as a place name."""
    value = text[span[0]:span[1]]
    if not re.fullmatch(r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}", value):
        return None
    kind = GENERIC.search(" " + value)
    key = f"l{len(out.places) + 1}"
    while any(p.key == key for p in out.places):
        key += "x"
    out.places.append(ExtractedPlace(key, value, [Mention(span[0], span[1], value)], None,
                                     kind.group(1).lower() if kind else None))
    return key


def _add_relation(out: Extraction, r: ExtractedRelation) -> None:
    if r.subject == r.object:
        return
    for o in out.relations:
        if {o.subject, o.object} == {r.subject, r.object}:
            return
    out.relations.append(r)


def _drop_events_of_functionaries(out: Extraction, found: Found, keys: dict[str, str]) -> None:
    """A judge, clerk or defence lawyer named by the structure suffers no event in it: the
    prose rules, which attach a nearby "detained" to them, are overruled."""
    roles = {"official", "lawyer"}
    functionaries = {keys[p.key] for p in found.persons if {r.role for r in p.roles} & roles}
    mine = {id(fe.event) for fe in found.events}
    out.events = [e for e in out.events if e.person not in functionaries or id(e) in mine]


def _victim_and_relative_roles(out: Extraction, keys: set[str]) -> None:
    victims: dict[str, Evidence] = {}
    for e in out.events:
        if e.type in VIOLATIONS and e.evidence:
            victims.setdefault(e.person, e.evidence[0])
    for p in out.persons:
        if p.key in victims:
            _add_roles(p, [RoleClaim("victim", victims[p.key])])
    by_key = {p.key: p for p in out.persons}
    for r in out.relations:
        for me, other in ((r.subject, r.object), (r.object, r.subject)):
            if other in victims and me in by_key and (me in keys or other in keys):
                _add_roles(by_key[me], [RoleClaim("relative", r.evidence)])
