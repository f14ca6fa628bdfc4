"""Default sensitivity of a new value, by what kind of value it is and what consent says.

The rule: start from the document's sensitivity; consent on record moves that base to
``public`` (granted) or ``confidential`` (refused or withdrawn); then per-kind floors apply,
so consent to publish a testimony does not publish the testifier's telephone number unless
the consent names it (``publish:phone``). Floors are configurable: a JSON file named by
IZDE_SENSITIVITY_FILE replaces the built-in ones (format in docs/protection.md).
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, object_session

from izde.protect.consent import consents_for, state
from izde.store.models import Consent, Document, Place

LEVELS = ("public", "restricted", "confidential")


@dataclass(frozen=True)
class Rule:
    """A floor: values of ``kind``/``property`` (``*`` = any) are at least ``sensitivity``;
    ``country`` limits the rule to values located in that country (ISO 3166-1 alpha-2)."""

    kind: str
    property: str
    sensitivity: str
    country: str | None = None

    def matches(self, kind: str, prop: str, country: str | None) -> bool:
        return (self.kind in ("*", kind) and self.property in ("*", prop)
                and (self.country is None or self.country == country))


CONTACT = ("phone", "email", "address", "contact", "messenger", "passport", "id_number")
BUILTIN_RULES: tuple[Rule, ...] = (
    *(Rule("person", p, "confidential") for p in CONTACT),
    # where someone lives inside China tells the police whom to visit
    Rule("person", "residence", "confidential", country="CN"),
    Rule("person", "residence", "restricted"),
    Rule("attachment", "*", "confidential"),
)


def stricter(a: str, b: str) -> str:
    return max(a, b, key=lambda x: LEVELS.index(x) if x in LEVELS else len(LEVELS))


def load_rules(path: str | Path | None = None) -> tuple[Rule, ...]:
    """The floors from ``path`` or IZDE_SENSITIVITY_FILE, else the built-in ones."""
    source = path or os.environ.get("IZDE_SENSITIVITY_FILE")
    if not source:
        return BUILTIN_RULES
    stamp = Path(source).stat().st_mtime
    return _read_rules(str(source), stamp)


@functools.lru_cache(maxsize=4)
def _read_rules(source: str, _mtime: float) -> tuple[Rule, ...]:
    data = json.loads(Path(source).read_text("utf-8"))
    rules = tuple(Rule(r["kind"], r.get("property", "*"), r["sensitivity"], r.get("country"))
                  for r in data["rules"])
    bad = [r.sensitivity for r in rules if r.sensitivity not in LEVELS]
    if bad:
        raise ValueError(f"{source}: unknown sensitivity {bad[0]!r}")
    return rules


def floor(kind: str, prop: str, country: str | None,
          rules: tuple[Rule, ...] = BUILTIN_RULES) -> str:
    level = "public"
    for r in rules:
        if r.matches(kind, prop, country):
            level = stricter(level, r.sensitivity)
    return level


def value_country(s: Session | None, value: Any) -> str | None:
    """The country a place-valued claim lies in: the Place row's, else the gazetteer's."""
    if not isinstance(value, str) or not value:
        return None
    place = s.get(Place, value) if s is not None else None
    if place is not None and place.country:
        return place.country.upper()
    try:
        from izde.resolve.gazetteer import Gazetteer

        country = Gazetteer.load_default().get(value).country
    except (KeyError, LookupError, OSError, ValueError):
        return None
    return country.upper() if country else None


class Defaults:
    """Default sensitivities for the values loaded from one document.

    Reads the document's consents once and each person's once, so a loader that asks for
    hundreds of claims costs a handful of queries.
    """

    def __init__(self, session: Session | None, document: Document | None,
                 rules: tuple[Rule, ...] | None = None) -> None:
        self.s, self.doc = session, document
        self.rules = rules if rules is not None else load_rules()
        self._doc_consents: list[Consent] | None = None
        self._person_consents: dict[str, list[Consent]] = {}

    def of(self, kind: str, prop: str, *, value: Any = None,
           subject_id: str | None = None) -> str:
        """The sensitivity a new ``kind``/``prop`` value starts with."""
        base = self.doc.sensitivity if self.doc is not None else "restricted"
        said = state(self._consents(kind, subject_id), prop)
        if said.granted is True:
            base = "public"
        elif said.granted is False:
            base = "confidential"
        if said.granted is True and said.explicit:
            return base
        return stricter(base, floor(kind, prop, value_country(self.s, value), self.rules))

    def _consents(self, kind: str, subject_id: str | None) -> list[Consent]:
        if self.s is None:
            return []
        if self._doc_consents is None:
            self._doc_consents = consents_for(self.s, document_id=self.doc.id) \
                if self.doc is not None else []
        if kind != "person" or not subject_id:
            return self._doc_consents
        if subject_id not in self._person_consents:
            self._person_consents[subject_id] = consents_for(self.s, person_id=subject_id)
        merged = self._doc_consents + self._person_consents[subject_id]
        return sorted(merged, key=lambda c: (c.given_at, c.id))


def default_sensitivity(kind: str, property: str, document: Document | None, *,
                        value: Any = None, subject_id: str | None = None,
                        session: Session | None = None,
                        rules: tuple[Rule, ...] | None = None) -> str:
    """The sensitivity a new ``kind``/``property`` value from ``document`` starts with.

    For many values from one document, build one ``Defaults`` and call ``of`` instead.
    """
    s = session or (object_session(document) if document is not None else None)
    return Defaults(s, document, rules).of(kind, property, value=value, subject_id=subject_id)
