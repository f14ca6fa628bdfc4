"""Case sheets: victim databases, NGO intake forms and testimony forms exported as text.

A sheet is a run of "Label: value" lines whose labels name a person's particulars and what
happened to them ("Name:", "Date of detention:", "Charge(s):", "Testifier:"). Each value
states one fact, so it is read directly instead of through the sentence rules: the name
field and "Other spellings" are one person; "Date of detention" + "Place of detention" +
"Detaining authority" are one detention; "Court", "Charge(s)", "Sentence" one sentencing.
A bulleted family-member line ("- X (brother), detained June 2018; released 2019") is a
second victim with his own events. Free-text fields ("Notes:") are prose, left to the
sentence pipeline (whose events merge with these in ``structured.merge_found``).

A document is a sheet only with at least ``MIN_FIELDS`` lines of known labels: interview
speaker labels ("Q:", "HOST:"), a letter's "To:"/"From:" or a wire header are not known
labels, and one "Note:" inside prose is not enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from izde.extract import record_fields as L
from izde.extract.model import Attribute, Evidence, ExtractedRelation, Mention, RoleClaim
from izde.extract.record_clauses import clause_events, kin_of, split_name
from izde.extract.structured import Found, FoundPerson

__all__ = ["MIN_FIELDS", "Field", "is_case_sheet", "read_fields", "read_record", "read_records",
           "sheet_people"]

MIN_FIELDS = 4
# (a form may number its questions: "10. Date of detention: 11 March 2018")
_LINE = re.compile(r"^[ \t]*(?:\d{1,3}[.)][ \t]+)?([A-Za-z][A-Za-z()/'’ .,&-]{0,48}?)[ \t]*:[ \t]*"
                   r"([^\n]*?)[ \t]*$", re.MULTILINE)
_BULLET = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+([^\n]*?)[ \t]*$", re.MULTILINE)


@dataclass
class Field:
    """One understood "Label: value" line; ``items`` are the bulleted lines under it."""

    kind: str
    label: tuple[int, int]
    start: int
    end: int
    line: tuple[int, int]
    items: list[tuple[int, int]] = field(default_factory=list)

    def value(self, text: str) -> str:
        return text[self.start:self.end]


def read_fields(text: str) -> list[Field]:
    """Every line whose label is known (``labels.FIELDS``), with any bullets under it."""
    if text.count(":") < MIN_FIELDS:
        return []
    out: list[Field] = []
    for m in _LINE.finditer(text):
        kind = L.FIELDS.get(L.normal_label(m.group(1)))
        if kind is None:
            continue
        out.append(Field(kind, m.span(1), m.start(2), m.end(2), (m.start(), m.end())))
        if m.start(2) == m.end(2):
            out[-1].items = _bullets_after(text, m.end())
    return out


# a family line that opens with the kin word before the name: "Daughter Jazira Aibolatkyzy:",
# "Older brother Serik Abenov, detained 2018"
_LEADING_KIN = re.compile(r"[ \t]*(?:(?:Older|Younger|Elder|Eldest|Youngest)\s+(?i:[a-z]+)|"
                          r"(?:Mother|Father|Son|Daughter|Brother|Sister|Husband|Wife|Uncle|"
                          r"Aunt|Cousin|Nephew|Niece|Grandson|Granddaughter|Grandmother|"
                          r"Grandfather|Stepson|Stepdaughter|Son-in-law|Daughter-in-law))"
                          r"[ \t]+(?=(?-i:[A-ZÀ-ÖØ-Þ]))")


def _bullets_after(text: str, pos: int) -> list[tuple[int, int]]:
    items: list[tuple[int, int]] = []
    while True:
        m = _BULLET.match(text, pos + 1) if pos < len(text) else None
        if m is None or not m.group(1):
            return items
        items.append(m.span(1))
        pos = m.end()


# fields that name people other than the sheet's subject
_OTHERS_FIELDS = frozenset({"testifier", "relationship", "family"})


def sheet_people(fields: list[Field]) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """The span of a case sheet's first name field (whom the sheet is about), and the spans
    of its lines that name its testifier or the family it lists ("Testimony by: Jazira
    Aibolatkyzy (daughter)", "- Daughter X: lives in Almaty"), from the text's ``fields``
    (``read_fields``); (None, []) when the text is no sheet."""
    if not is_case_sheet(fields):
        return None, []
    subject = next(((f.start, f.end) for f in fields if f.kind == "name"), None)
    return subject, [span for f in fields if f.kind in _OTHERS_FIELDS
                     for span in [(f.start, f.end), *f.items]]


def is_case_sheet(fields: list[Field]) -> bool:
    """Enough lines of known labels, and among them a name."""
    facts = [f for f in fields if f.kind != "free"]
    return len(facts) >= MIN_FIELDS and any(f.kind == "name" for f in facts)


def read_records(text: str, published: str | None = None,
                 fields: list[Field] | None = None) -> Found:
    """Persons, events and relations of every record of a case sheet (empty if no sheet);
    ``fields``: ``read_fields(text)``, when the caller has read them."""
    if fields is None:
        fields = read_fields(text)
    found = Found()
    if not any(f.kind == "name" for f in fields):
        fields = _with_heading_name(text, fields)
    if not is_case_sheet(fields):
        return found
    for n, record in enumerate(_records(fields)):
        found.extend(_Record(text, published, f"r{n + 1}").read(record))
    found.not_names.extend(f.label for f in fields)
    return found


# a line that is a name alone, in capitals or in the usual case: "ILYAS TURSUNBAEV"
_NAME_LINE = re.compile(r"^[ \t]*((?:[A-ZÀ-ÖØ-Þ][\w'’-]+[ \t]+){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]+)[ \t]*$",
                        re.MULTILINE)
_HEADING_REACH = 300  # a poster's or a form's name stands just above its fields


def _with_heading_name(text: str, fields: list[Field]) -> list[Field]:
    """A sheet with no "Name:" field (a missing-person poster, a form) is about the person
    whose name heads it: the last line above its first field that is a name alone."""
    facts = [f for f in fields if f.kind != "free"]
    if len(facts) < MIN_FIELDS:
        return fields
    first = facts[0].line[0]
    heads = [m for m in _NAME_LINE.finditer(text, max(0, first - _HEADING_REACH), first)
             if split_name(text, m.start(1), m.end(1))]
    if not heads:
        return fields
    m = heads[-1]
    return [Field("name", m.span(1), m.start(1), m.end(1), m.span(1)), *fields]


def read_record(text: str, published: str | None, key: str, fields: list[Field]) -> Found:
    """The facts of one record given as its fields (a case sheet's, or a table row's)."""
    return _Record(text, published, key).read(fields)


def _records(fields: list[Field]) -> list[list[Field]]:
    """Fields grouped per record: a second name field starts the next one."""
    groups: list[list[Field]] = [[]]
    for f in fields:
        if f.kind == "name" and any(g.kind == "name" for g in groups[-1]):
            groups.append([])
        groups[-1].append(f)
    return [g for g in groups if any(f.kind == "name" for f in g)]


class _Record:
    """Reads one record's fields into ``Found`` facts about its person and their kin."""

    def __init__(self, text: str, published: str | None, key: str) -> None:
        self.text, self.published, self.key = text, published, key
        self.found = Found()

    def read(self, fields: list[Field]) -> Found:
        by: dict[str, list[Field]] = {}
        for f in fields:
            if not L.unknown(f.value(self.text)) or f.items or f.kind == "whereabouts":
                by.setdefault(f.kind, []).append(f)
        person = self._person(by)
        if person is None:
            return self.found
        self._events(by)
        self._others(by)
        self.found.read.extend(f.line for f in fields if f.kind != "free")
        return self.found

    def _person(self, by: dict[str, list[Field]]) -> FoundPerson | None:
        name = by.get("name", [None])[0]
        spans = split_name(self.text, name.start, name.end) if name else []
        if not spans:
            return None
        for f in by.get("alias", []):
            spans += L.value_parts(self.text, f.start, f.end)
        mentions = [Mention(s, e, self.text[s:e]) for s, e in spans]
        person = FoundPerson(self.key, mentions, attributes=self._attributes(by))
        self.found.persons.append(person)
        return person

    def _attributes(self, by: dict[str, list[Field]]) -> list[Attribute]:
        out: list[Attribute] = []
        for kind, fs in by.items():
            f = fs[0]
            value = L.attribute_value(kind, f.value(self.text))
            if value is not None:
                ev = Evidence.of(self.text, f.line[0], f.line[1], 0.9)
                out.append(Attribute(L.ATTRIBUTES[kind], value, ev))
        return out

    def _events(self, by: dict[str, list[Field]]) -> None:
        made = {fe.event.type: fe for fe in L.field_events(self.text, self.published, by,
                                                             self.key)}
        for f in by.get("status", []) + by.get("whereabouts", []):
            for fe in clause_events(self.text, f.start, f.end, self.key, self.published):
                if fe.event.type not in made:
                    made[fe.event.type] = fe
        self.found.events.extend(made.values())

    def _others(self, by: dict[str, list[Field]]) -> None:
        """The testifier and family members listed under the victim, with their kinship."""
        kin = by.get("relationship", [])
        for n, f in enumerate(by.get("testifier", [])):
            spans = [(f.start, f.end), *f.items]
            for m, (s, e) in enumerate(spans):
                words = kin[n] if n < len(kin) and m == 0 else None
                self._relative(s, e, f"{self.key}t{n}.{m}", words, events=bool(f.items))
        for n, f in enumerate(by.get("family", [])):
            spans = f.items or [(f.start, f.end)]
            for m, (s, e) in enumerate(spans):
                self._relative(s, e, f"{self.key}f{n}.{m}", None, events=True)

    def _relative(self, s: int, e: int, key: str, kin_field: Field | None,
                  events: bool) -> None:
        leading = _LEADING_KIN.match(self.text, s, e)  # "Daughter Jazira Aibolatkyzy: ..."
        name = split_name(self.text, leading.end() if leading else s, e)
        if not name:
            return
        ns, ne = name[0]
        kin = kin_of(self.text, s, leading.end()) if leading else None
        kin = kin or kin_of(self.text, ne, e) or (
            kin_of(self.text, kin_field.start, kin_field.end) if kin_field else None)
        person = FoundPerson(key, [Mention(ns, ne, self.text[ns:ne])])
        self.found.persons.append(person)
        if kin is not None:
            ev = Evidence.of(self.text, s, e, 0.9)
            self.found.relations.append(ExtractedRelation(key, kin[0], self.key, ev))
            if kin[1]:
                person.attributes.append(Attribute("gender", kin[1], ev))
        elif not events:
            person.roles.append(RoleClaim("witness", Evidence.of(self.text, s, e, 0.6)))
        if events:
            self.found.events.extend(clause_events(self.text, ne, e, key, self.published))

