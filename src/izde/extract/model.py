"""What extraction produces: plain data, independent of the database.

An extractor reads one document's body text (and its publication date) and returns an
`Extraction`. Every fact in it carries `Evidence`: the character span in the body text and
the quote, with ``text[start:end] == quote`` always. The store turns an `Extraction` into
persons, mentions, events and claims (see ``izde.store.load``); nothing here touches a database.

Vocabularies follow ``shared/eval/FORMAT.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal[
    "victim", "relative", "activist", "official", "lawyer", "researcher", "journalist",
    "witness", "other",
]
RelationType = Literal["sibling", "spouse", "parent", "child", "relative", "colleague", "other"]
EventType = Literal[
    "detention", "internment", "disappearance", "sentencing", "imprisonment", "transfer",
    "release", "deportation", "asylum", "assault", "threat", "harassment", "torture",
    "house_arrest", "travel_ban", "passport_confiscation", "death",
]
Charge = Literal[
    "state_secrets", "extremism", "separatism", "terrorism", "inciting_ethnic_hatred",
    "illegal_border_crossing", "fraud", "picking_quarrels", "other",
]

ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]
RELATION_TYPES: tuple[str, ...] = RelationType.__args__  # type: ignore[attr-defined]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
CHARGES: tuple[str, ...] = Charge.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Evidence:
    """A span of the document's body text that supports a fact."""

    start: int
    end: int
    quote: str
    confidence: float = 0.8

    @classmethod
    def of(cls, text: str, start: int, end: int, confidence: float = 0.8) -> Evidence:
        return cls(start, end, text[start:end], confidence)


@dataclass(frozen=True)
class Mention:
    """A name as it occurs in the text (a person, place or organisation)."""

    start: int
    end: int
    text: str


@dataclass
class Attribute:
    """A property of a person with its evidence, e.g. ("age", 47) or ("gender", "female")."""

    property: str  # gender, ethnicity, age, birth_year, citizenship, occupation, residence
    value: str | int | float
    evidence: Evidence


@dataclass
class RoleClaim:
    role: str  # one of ROLES
    evidence: Evidence


@dataclass
class ExtractedPerson:
    """One real person as named in one document (all their mentions in that document)."""

    key: str  # unique within the extraction, e.g. "p1"
    name: str  # the fullest form of the name seen in the document
    names: list[str]  # every distinct spelling seen in the document
    mentions: list[Mention]
    roles: list[RoleClaim] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)


@dataclass
class ExtractedPlace:
    """A place named in the text; ``gazetteer_id`` when it resolved to a gazetteer entry."""

    key: str  # unique within the extraction, e.g. "l1"
    name: str
    mentions: list[Mention]
    gazetteer_id: str | None = None
    kind: str | None = None  # as the text suggests: "county", "prefecture", "city", ...


@dataclass
class ExtractedOrganisation:
    key: str
    name: str
    mentions: list[Mention]


@dataclass
class ExtractedRelation:
    """``subject`` is ``type`` of ``object``: ("p2", "sibling", "p1"); parent: subject is parent."""

    subject: str
    type: str  # one of RELATION_TYPES
    object: str
    evidence: Evidence


@dataclass
class ExtractedEvent:
    type: str  # one of EVENT_TYPES
    person: str  # ExtractedPerson.key
    evidence: list[Evidence]
    date: str | None = None  # EDTF, never more precise than the text
    date_text: str | None = None  # the date as worded
    place: str | None = None  # ExtractedPlace.key
    facility: str | None = None
    agency: str | None = None
    court: str | None = None
    charge: str | None = None  # one of CHARGES
    charge_text: str | None = None  # as the source words it
    sentence_years: float | None = None  # a term in years; months as fractions (18 months = 1.5)
    sentence_kind: str | None = None  # "term", "life" or "death" (life/death have no years)
    sentence_text: str | None = None
    confidence: float = 0.7


@dataclass
class Extraction:
    """Everything one extractor found in one document."""

    extractor: str  # versioned registered name, e.g. "izde.extract.rules.v1"
    language: str | None = None
    persons: list[ExtractedPerson] = field(default_factory=list)
    places: list[ExtractedPlace] = field(default_factory=list)
    organisations: list[ExtractedOrganisation] = field(default_factory=list)
    relations: list[ExtractedRelation] = field(default_factory=list)
    events: list[ExtractedEvent] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "language 'ru' has no pipeline yet"
