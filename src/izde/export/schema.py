"""JSON Schema of the export contract (shared/eval/FORMAT.md, format_version 1).

Downstream users can validate an export with it; the test suite validates every export.
"""

from __future__ import annotations

from typing import Any

from izde.extract.model import CHARGES, EVENT_TYPES, RELATION_TYPES, ROLES

_STR = {"type": "string"}
_NSTR = {"type": ["string", "null"]}
_EDTF = {"type": ["string", "null"], "pattern": r"^[0-9X]{4}(-[0-9X]{2}){0,2}[~?%]?(/.*)?$"}


def _obj(props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": list(props), "properties": props,
            "additionalProperties": False}


_SPAN = {"type": "integer", "minimum": 0}
DOCUMENT = _obj({"id": _STR, "filename": _NSTR, "title": _NSTR, "publisher": _NSTR,
                 "url": _NSTR, "published": _EDTF,
                 "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}})
MENTION = _obj({"document": _STR, "text": _STR, "start": _SPAN, "end": _SPAN})
RELATION = _obj({"type": {"enum": list(RELATION_TYPES)}, "person": _STR})
PERSON = _obj({
    "id": _STR, "name": _STR, "names": {"type": "array", "items": _STR},
    "roles": {"type": "array", "items": {"enum": list(ROLES)}},
    "gender": {"enum": ["male", "female", None]}, "ethnicity": _NSTR,
    "birth_year": {"type": ["integer", "null"]},
    "citizenship": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z]{2}$"}},
    "occupation": _NSTR, "mentions": {"type": "array", "items": MENTION},
    "relations": {"type": "array", "items": RELATION},
})
PLACE = _obj({"id": _STR, "name": _STR, "names": {"type": "array", "items": _STR},
              "kind": _NSTR, "country": _NSTR, "parent": _NSTR,
              "lat": {"type": ["number", "null"]}, "lon": {"type": ["number", "null"]}})
SOURCE = _obj({"document": _STR, "quote": _STR, "start": _SPAN, "end": _SPAN})
EVENT = _obj({
    "id": _STR, "type": {"enum": list(EVENT_TYPES)}, "person": _STR, "date": _EDTF,
    "place": _NSTR, "facility": _NSTR, "agency": _NSTR, "court": _NSTR,
    "charge": {"enum": [*CHARGES, None]}, "charge_text": _NSTR,
    "sentence_years": {"type": ["number", "null"]},
    "sources": {"type": "array", "items": SOURCE},
})
EXPORT_SCHEMA: dict[str, Any] = _obj({
    "format_version": {"const": 1},
    "documents": {"type": "array", "items": DOCUMENT},
    "persons": {"type": "array", "items": PERSON},
    "places": {"type": "array", "items": PLACE},
    "events": {"type": "array", "items": EVENT},
})
