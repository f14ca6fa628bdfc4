"""Default sensitivity of a new value, by what kind of value it is and what consent says.

The rule: start from the document's sensitivity; consent on record moves that base to
``public`` (granted) or ``confidential`` (refused or withdrawn); then per-kind floors apply,
so consent to publish a testimony does not publish the testifier's telephone number unless
the consent names it (``publish:phone``). Floors are configurable: a JSON file named by
IZDE_SENSITIVITY_FILE replaces the built-in ones (format in docs/protection.md).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, object_session

from izde.protect.consent import ConsentState, consents_for, state
from izde.store.models import Document, Place

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


def default_sensitivity(kind: str, property: str, document: Document | None, *,
                        value: Any = None, subject_id: str | None = None,
                        session: Session | None = None,
                        rules: tuple[Rule, ...] | None = None) -> str:
    """The sensitivity a new ``kind``/``property`` value from ``document`` starts with."""
    s = session or (object_session(document) if document is not None else None)
    base = document.sensitivity if document is not None else "restricted"
    said = _consent(s, document, kind, subject_id, property)
    if said.granted is True:
        base = "public"
    elif said.granted is False:
        base = "confidential"
    if said.granted is True and said.explicit:
        return base
    country = value_country(s, value)
    return stricter(base, floor(kind, property, country, rules or load_rules()))


def _consent(s: Session | None, document: Document | None, kind: str,
             subject_id: str | None, prop: str) -> ConsentState:
    if s is None:
        return ConsentState(None, False)
    person = subject_id if kind == "person" else None
    consents = consents_for(s, person_id=person,
                            document_id=document.id if document is not None else None)
    return state(consents, prop)
