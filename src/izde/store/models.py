"""The claim store's tables (SQLAlchemy 2 declarative models).

Entities (Document, Person, Place, Organisation, Event, Relation) hold the *current* value of
their properties, computed from their Claims (accepted, else proposed; rejected never). A Claim
is the unit of evidence: subject, property, value, and the document span it rests on.

Persons are recorded per document (one row per real person named in one document); resolution
gives records of the same real person one ``canonical_id``. A merge changes only that id, so
undoing it is a recomputation (see ``izde.resolve``). Judgements on pairs live in ``Judgement``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SENSITIVITIES = ("public", "restricted", "confidential")
STATUSES = ("proposed", "accepted", "rejected")


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON, list[Any]: JSON, list[str]: JSON}


class Document(Base):
    """An original file, never edited: its bytes, sha256, extracted body text and metadata."""

    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str | None] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    original: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    body: Mapped[str] = mapped_column(Text, deferred=True)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(16))
    encoding: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    sensitivity: Mapped[str] = mapped_column(String(16), default="restricted")
    ingested_at: Mapped[datetime] = mapped_column(default=utcnow)
    ingested_by: Mapped[str] = mapped_column(String(100), default="cli")
    extractor: Mapped[str | None] = mapped_column(String(100))
    extracted_at: Mapped[datetime | None] = mapped_column()
    sealed: Mapped[str | None] = mapped_column(Text)  # see izde.protect.at_rest


class Person(Base):
    """A person as recorded from one document (or entered by hand); see module docstring."""

    __tablename__ = "persons"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    canonical_id: Mapped[str] = mapped_column(String(40), index=True)
    document_id: Mapped[str | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    gender: Mapped[str | None] = mapped_column(String(16))
    ethnicity: Mapped[str | None] = mapped_column(String(60))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    occupation: Mapped[str | None] = mapped_column(String(300))
    citizenship: Mapped[list[str]] = mapped_column(JSON, default=list)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    origin: Mapped[str] = mapped_column(String(16), default="machine")
    sensitivity: Mapped[str] = mapped_column(String(16), default="restricted")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sealed: Mapped[str | None] = mapped_column(Text)  # see izde.protect.at_rest
    names: Mapped[list[PersonName]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonName.id"
    )


class PersonName(Base):
    """A name as written, with its script and derived match keys."""

    __tablename__ = "person_names"
    __table_args__ = (UniqueConstraint("person_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    script: Mapped[str] = mapped_column(String(16), default="latin")
    language: Mapped[str | None] = mapped_column(String(16))
    latin: Mapped[str] = mapped_column(String(300), index=True)
    key: Mapped[str] = mapped_column(String(300), index=True)
    sensitivity: Mapped[str] = mapped_column(String(16), default="restricted")
    person: Mapped[Person] = relationship(back_populates="names")


class Place(Base):
    """A canonical place: from the packaged gazetteer, or as named in a text when unknown."""

    __tablename__ = "places"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(2))
    parent_id: Mapped[str | None] = mapped_column(String(80), index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(20), default="text")
    # gazetteer places are public; a place known from text is as sensitive as the least
    # sensitive document that names it
    sensitivity: Mapped[str] = mapped_column(String(16), default="public")
    names: Mapped[list[PlaceName]] = relationship(
        back_populates="place", cascade="all, delete-orphan", order_by="PlaceName.id"
    )


class PlaceName(Base):
    __tablename__ = "place_names"
    __table_args__ = (UniqueConstraint("place_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    place_id: Mapped[str] = mapped_column(ForeignKey("places.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    script: Mapped[str] = mapped_column(String(16), default="latin")
    key: Mapped[str] = mapped_column(String(300), index=True)
    sensitivity: Mapped[str] = mapped_column(String(16), default="public")
    place: Mapped[Place] = relationship(back_populates="names")


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str | None] = mapped_column(String(40))
    # as sensitive as the least sensitive document that names it
    sensitivity: Mapped[str] = mapped_column(String(16), default="public")


class Mention(Base):
    """Where a person, place or organisation is named in a document's body text."""

    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[str | None] = mapped_column(String(40), index=True)
    place_id: Mapped[str | None] = mapped_column(String(80), index=True)
    organisation_id: Mapped[str | None] = mapped_column(String(40))
    sensitivity: Mapped[str] = mapped_column(String(16), default="restricted")  # the document's
    sealed: Mapped[str | None] = mapped_column(Text)  # see izde.protect.at_rest


class Event(Base):
    """Something that happened to a person, as one document reports it."""

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(40), index=True)
    date: Mapped[str | None] = mapped_column(String(40))
    place_id: Mapped[str | None] = mapped_column(String(80), index=True)
    facility: Mapped[str | None] = mapped_column(String(300))
    agency: Mapped[str | None] = mapped_column(String(300))
    court: Mapped[str | None] = mapped_column(String(300))
    charge: Mapped[str | None] = mapped_column(String(40), index=True)
    charge_text: Mapped[str | None] = mapped_column(Text)
    sentence_years: Mapped[float | None] = mapped_column(Float)
    sentence_kind: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    sensitivity: Mapped[str] = mapped_column(String(16), default="restricted")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sealed: Mapped[str | None] = mapped_column(Text)  # see izde.protect.at_rest
    # Copies of the person record's canonical id and sensitivity, written by database
    # triggers (migration 0008) and read by facet browsing; never set them from Python.
    person_canonical_id: Mapped[str | None] = mapped_column(String(40))
    person_sensitivity: Mapped[str | None] = mapped_column(String(16))


class Relation(Base):
    """``subject`` is ``type`` of ``object`` (parent: subject is the parent)."""

    __tablename__ = "relations"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    subject_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"),
                                            index=True)
    type: Mapped[str] = mapped_column(String(20))
    object_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    sensitivity: Mapped[str] = mapped_column(String(16), default="restricted")  # the document's
    sealed: Mapped[str | None] = mapped_column(Text)  # see izde.protect.at_rest


class Claim(Base):
    """One statement with its evidence: (subject, property, value) from a document span.

    Its id is a hash of that content, so the same fact from the same source is stored once.
    Machine-made claims start ``proposed``; a reviewer's accept/reject/edit is never undone by
    re-running extraction (re-extraction replaces only unreviewed machine claims).
    """

    __tablename__ = "claims"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    subject_kind: Mapped[str] = mapped_column(String(16))
    subject_id: Mapped[str] = mapped_column(String(80))
    property: Mapped[str] = mapped_column(String(60))
    value: Mapped[Any] = mapped_column(JSON)
    value_text: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[str | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    quote: Mapped[str | None] = mapped_column(Text)
    extractor: Mapped[str | None] = mapped_column(String(100))
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    status: Mapped[str] = mapped_column(String(16), default="proposed", index=True)
    sensitivity: Mapped[str] = mapped_column(String(16), default="restricted")
    origin: Mapped[str] = mapped_column(String(16), default="machine")
    author: Mapped[str] = mapped_column(String(100), default="izde")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    reviewed_by: Mapped[str | None] = mapped_column(String(100))
    reviewed_at: Mapped[datetime | None] = mapped_column()
    supersedes: Mapped[str | None] = mapped_column(String(40))
    __table_args__ = (Index("ix_claims_subject", "subject_kind", "subject_id", "property"),)


class Judgement(Base):
    """A decision on whether two person records are one: same / different / unsure.

    ``origin`` is "auto" (resolution) or "human"; a human judgement always wins and is never
    overwritten by an automatic run. Judgements are soft-deleted (``deleted_at``), never erased.
    """

    __tablename__ = "judgements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    left_id: Mapped[str] = mapped_column(String(40), index=True)
    right_id: Mapped[str] = mapped_column(String(40), index=True)
    judgement: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="applied")
    score: Mapped[float | None] = mapped_column(Float)
    explanation: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    origin: Mapped[str] = mapped_column(String(16), default="auto")
    author: Mapped[str] = mapped_column(String(100), default="izde")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()


class AuditEntry(Base):
    """Append-only log of every write; each entry's hash chains to the previous one."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity_kind: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str | None] = mapped_column(String(80))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class User(Base):
    """An account: viewer, editor, reviewer or admin; password hashed with argon2."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    disabled: Mapped[bool] = mapped_column(default=False)


class AppSetting(Base):
    """Instance settings an admin changes at run time (e.g. whether the instance is public)."""

    __tablename__ = "app_settings"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(100), default="izde")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Consent(Base):
    """Who consented to what being published about a person or from a document, and how."""

    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str | None] = mapped_column(String(40), index=True)
    document_id: Mapped[str | None] = mapped_column(String(40), index=True)
    scope: Mapped[str] = mapped_column(String(60))  # e.g. "publish_name", "publish_testimony"
    granted: Mapped[bool] = mapped_column(default=True)
    given_by: Mapped[str] = mapped_column(String(200))
    means: Mapped[str] = mapped_column(String(100))  # written form, recorded oral, email...
    given_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(100), default="izde")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column()


class PersonPrivacy(Base):
    """How a real person (by canonical id) may appear in public outputs."""

    __tablename__ = "person_privacy"
    canonical_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    identity: Mapped[str] = mapped_column(String(16), default="full")  # full|partial|anonymous
    location: Mapped[str] = mapped_column(String(16), default="exact")
    # exact|county|prefecture|country|withheld
    updated_by: Mapped[str] = mapped_column(String(100), default="izde")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Attachment(Base):
    """A file kept beside a document or person (a testimony video, a photo of a verdict)."""

    __tablename__ = "attachments"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    document_id: Mapped[str | None] = mapped_column(String(40), index=True)
    person_id: Mapped[str | None] = mapped_column(String(40), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    sensitivity: Mapped[str] = mapped_column(String(16), default="confidential")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sealed: Mapped[str | None] = mapped_column(Text)  # see izde.protect.at_rest
