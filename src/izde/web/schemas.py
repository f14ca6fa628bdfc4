"""API schemas: per resource Base / Create / Update / Public; the API never returns a row.

Public models are built from the use cases' dataclasses (``from_attributes``), so the API
and the pages show the same data.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

T = TypeVar("T")


class Public(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class PageOf(BaseModel, Generic[T]):
    """Every list: the items of this page and how many there are in all."""

    data: list[T]
    count: int


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorPublic(BaseModel):
    error: ErrorDetail


# --- persons ---------------------------------------------------------------------------------

class PersonBase(Public):
    id: str
    name: str


class PersonHitPublic(PersonBase):
    names: list[str]
    score: float
    facts: list[str]
    sources: int
    matched: str | None = None


class MentionPublic(Public):
    document: str
    text: str
    start: int
    end: int


class RelationPublic(Public):
    type: str
    person: str


class PersonContractPublic(PersonBase):
    """A person in the export contract's shape (shared/eval/FORMAT.md)."""

    names: list[str]
    roles: list[str]
    gender: str | None
    ethnicity: str | None
    birth_year: int | None
    citizenship: list[str]
    occupation: str | None
    mentions: list[MentionPublic]
    relations: list[RelationPublic]


class SourcePublic(Public):
    claim_id: str
    document_id: str | None
    document_title: str | None
    quote: str | None
    status: str
    confidence: float


class ValuePublic(Public):
    value: Any
    status: str
    sources: list[SourcePublic]


class AttributePublic(Public):
    property: str
    values: list[ValuePublic]


class TimelineEventPublic(Public):
    id: str
    type: str
    date: str | None
    place_id: str | None
    place_name: str | None
    facility: str | None
    charge: str | None
    sentence_years: float | None
    status: str
    document_id: str | None
    sources: list[SourcePublic]


class LinkedPublic(Public):
    type: str
    id: str
    name: str


class DocumentRefPublic(Public):
    id: str
    title: str | None
    publisher: str | None
    published: str | None


class PersonProfilePublic(PersonBase):
    names: list[tuple[str, str]]
    attributes: list[AttributePublic]
    events: list[TimelineEventPublic]
    contradictions: list[AttributePublic]
    linked: list[LinkedPublic]
    documents: list[DocumentRefPublic]
    evidence: dict[str, Any]


class PersonMerge(BaseModel):
    """Merge the person ``other`` into this one (both record or canonical ids)."""

    other: str = Field(min_length=1, max_length=80)


# --- documents -------------------------------------------------------------------------------

class DocumentHitPublic(DocumentRefPublic):
    snippet: str


class DocumentPublic(DocumentRefPublic):
    filename: str | None
    sha256: str
    media_type: str
    size: int
    url: str | None
    language: str | None
    ingested_at: str
    ingested_by: str
    notes: list[str]
    body: str
    persons: list[LinkedPublic]


class IngestPublic(Public):
    path: str
    status: str
    document_id: str | None
    message: str


# --- events, places --------------------------------------------------------------------------

class EventPublic(Public):
    id: str
    type: str
    date: str | None
    person_id: str
    person_name: str
    place_id: str | None
    place_name: str | None
    facility: str | None
    document_id: str | None


class PlaceBase(Public):
    id: str
    name: str
    kind: str | None
    country: str | None
    lat: float | None
    lon: float | None


class PlaceSummaryPublic(PlaceBase):
    parent_id: str | None
    persons: int


class PlacePublic(PlaceBase):
    names: list[str]
    parents: list[tuple[str, str]]
    children: list[tuple[str, str, str | None]]
    events: list[EventPublic]
    persons: int


class OrganisationPublic(Public):
    id: str
    name: str
    kind: str | None
    events: list[EventPublic]
    documents: list[DocumentRefPublic]


# --- claims and review -----------------------------------------------------------------------

class ClaimBase(Public):
    property: str
    value: Any


class ClaimPublic(ClaimBase):
    id: str
    subject_kind: str
    subject_id: str
    subject_label: str
    person_id: str | None
    quote: str | None
    document_id: str | None
    document_title: str | None
    confidence: float
    status: str
    created_at: datetime


class ClaimUpdate(BaseModel):
    """A corrected value: the old claim is rejected, a human claim supersedes it."""

    value: Any


class MergeProposalPublic(Public):
    id: int
    left_id: str
    right_id: str
    left_name: str
    right_name: str
    score: float | None
    explanation: dict[str, Any]
    created_at: datetime


class MergeResultPublic(BaseModel):
    canonical_id: str | None


# --- statistics ------------------------------------------------------------------------------

class StatRow(BaseModel):
    """One row of a statistic: what is counted and how many."""

    label: str
    count: int


class StatPublic(Public):
    """A statistic's table. Each row is an object, not a pair: a pair's schema ("prefixItems")
    is valid OpenAPI 3.1, but tools that check responses against the schema still stumble on
    it (schemathesis issues 3842 and 4099), and an object names its fields."""

    name: str
    title: str
    label: str
    rows: list[StatRow]
    suppressed: bool
    total: int

    @field_validator("rows", mode="before")
    @classmethod
    def _pairs_to_rows(cls, value: object) -> object:
        if isinstance(value, list):
            return [{"label": v[0], "count": v[1]} if isinstance(v, tuple | list) else v
                    for v in value]
        return value


# --- users and sessions ----------------------------------------------------------------------

class UserBase(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    role: str


class UserCreate(UserBase):
    password: str = Field(min_length=8, max_length=1000)


class UserUpdate(BaseModel):
    role: str


class UserPublic(Public):
    name: str
    role: str
    locked_until: datetime | None
    disabled: bool


class LoginCreate(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class SessionPublic(BaseModel):
    user: str | None
    role: str
    csrf_token: str
    public: bool


class SettingUpdate(BaseModel):
    public: bool
