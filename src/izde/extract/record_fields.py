"""The labels of case-sheet fields, what each states, and the events a sheet's fields make.

Labels vary between databases and forms ("Date of detention", "Detained on", "Date of
arrest"; "Charge(s)", "Accusation"), so each is normalised (lower case, no "(s)", no
punctuation) and looked up in ``FIELDS``, which maps it to the fact it states.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol

from izde.extract.charges import normalise_charge
from izde.extract.dates import find_dates
from izde.extract.model import Evidence, ExtractedEvent
from izde.extract.profile import ISO
from izde.extract.structured import FoundEvent
from izde.extract.terms import find_terms

__all__ = ["ATTRIBUTES", "FIELDS", "attribute_value", "field_events", "normal_label",
           "unknown", "value_parts"]


class _Field(Protocol):
    kind: str
    start: int
    end: int
    line: tuple[int, int]


def _labels(kind: str, labels: str) -> dict[str, str]:
    return {label.strip(): kind for label in labels.split("|")}


FIELDS: dict[str, str] = {
    **_labels("name", "name|full name|name latin|name in latin|name in english|english name|"
              "victim|victim name|victims name|name of victim|name of the victim|detainee|"
              "detainee name|name of detainee|person|subject|surname and name|names"),
    **_labels("alias", "other spellings|other spelling|other names|other name|also known as|"
              "aka|a k a|alias|aliases|alternative spellings|alternative names|spellings|"
              "name variants|spelling variants|native name|name cyrillic|name in cyrillic|"
              "name kazakh|name in kazakh|kazakh name|name uyghur|name in uyghur|uyghur name|"
              "name chinese|name in chinese|chinese name|name russian|name in russian|"
              "russian name|name pinyin|pinyin"),
    **_labels("gender", "gender|sex"),
    **_labels("ethnicity", "ethnicity|ethnic group|ethnic origin|ethnic background"),
    **_labels("birth", "year of birth|birth year|date of birth|born|dob|d o b|birthdate|"
              "birth date|year born"),
    **_labels("age", "age|age at detention|age at time of detention|age at arrest"),
    **_labels("residence", "hometown|home town|place of birth|birthplace|place of origin|"
              "origin|residence|place of residence|home|address|native place|home county|"
              "hometown village|registered residence|hukou"),
    **_labels("occupation", "occupation|profession|job|work|employment|former occupation"),
    **_labels("citizenship", "citizenship|nationality citizenship|passport"),
    **_labels("detention_date", "date of detention|detention date|date of arrest|arrest date|"
              "detained on|arrested on|date detained|date arrested|detained|arrested|"
              "time of detention|date of initial detention|first detained|taken away|"
              "date taken|date of abduction|date of arrest or abduction"),
    **_labels("detention_place", "place of detention|detention place|location of detention|"
              "place of arrest|location of arrest|location|detained in|arrested in|"
              "where detained|detention location|place detained|place"),
    **_labels("agency", "detaining authority|detained by|arrested by|arresting authority|"
              "arresting agency|authority|agency|detaining agency|responsible authority|"
              "perpetrator|perpetrators|"
              # the UN Working Group's form on enforced disappearances
              "forces believed responsible|forces believed to be responsible|"
              "alleged perpetrators|responsible forces"),
    **_labels("facility", "detention facility|facility|detention centre|detention center|"
              "place held|held at|held in"),
    **_labels("internment", "place of internment|internment|camp|camp name|internment camp|"
              "re-education camp|reeducation camp|camp location|internment place|"
              "location of camp|political education camp"),
    **_labels("internment_date", "date of internment|internment date|interned|"
              "period of internment|internment period|time in camp|camp dates|dates in camp|"
              "date sent to camp"),
    **_labels("sentencing_date", "date of sentencing|sentencing date|sentenced on|"
              "date sentenced|date of sentence|date of verdict|verdict date|"
              "date of conviction|conviction date|date of judgment|judgment date|"
              # a trial is where the verdict is given (in Xinjiang usually the same day)
              "trial date|date of trial|tried on|convicted on|date convicted|"
              "court date|date of court hearing|hearing date|date of hearing"),
    **_labels("court", "court|sentencing court|trial court|convicting court"),
    **_labels("charge", "charge|charges|accusation|accusations|alleged crime|crime|offence|"
              "offense|alleged offence|alleged offense|accused of|charged with|"
              "criminal charge|criminal charges|conviction|convicted of|alleged charges"),
    **_labels("sentence", "sentence|sentence length|length of sentence|term|prison term|"
              "punishment|sentenced to|penalty|term of imprisonment|verdict"),
    **_labels("prison", "prison|place of imprisonment|current prison|prison name|"
              "place of incarceration|serving sentence in"),
    **_labels("status", "status|current status|situation|current situation|fate|outcome|"
              "present status|case status|detention status"),
    **_labels("whereabouts", "whereabouts|current whereabouts|last known whereabouts|"
              "current location|last known location"),
    **_labels("release_date", "date of release|release date|released|released on|"
              "date released"),
    **_labels("disappearance_date", "date of disappearance|disappeared|disappeared on|"
              "missing since|last contact|date of last contact|last seen|date last seen|"
              "lost contact|date of arrest abduction or disappearance|"
              "date of arrest abduction disappearance|date of enforced disappearance|"
              "date went missing|missing from"),
    **_labels("disappearance_place", "place of disappearance|location of disappearance|"
              "place last seen|last seen at|last seen in|where last seen|place of abduction|"
              "place of arrest abduction or disappearance|place of arrest or abduction|"
              "place of enforced disappearance|location last seen"),
    **_labels("death_date", "date of death|died|died on|death|deceased"),
    **_labels("testifier", "testifier|reported by|submitted by|informant|testimony by|"
              "testimony given by|testimony from|reporting relative|family contact|"
              "contact person|source of information|applicant|petitioner"),
    **_labels("relationship", "relationship|relation|relationship to victim|"
              "relation to victim|relationship to detainee|relation to detainee|"
              "testifiers relationship|kinship|relationship of the source to the victim|"
              "relationship of source to victim|relationship to the disappeared person|"
              "relationship to the missing person|relation to the disappeared person|"
              "sources relationship to the victim|relationship to the victim"),
    **_labels("family", "other affected family members|affected family members|"
              "family members|other family members|relatives|affected relatives|family|"
              "other affected relatives|relatives detained|family members detained|"
              "other victims in family|detained relatives"),
    **_labels("free", "notes|note|details|circumstances|description|additional information|"
              "comments|comment|summary|background|story|testimony|remarks|"
              "circumstances of detention|additional details|case summary"),
}

ATTRIBUTES = {"gender": "gender", "ethnicity": "ethnicity", "birth": "birth_year",
              "age": "age", "residence": "residence", "occupation": "occupation",
              "citizenship": "citizenship"}
_UNKNOWN = frozenset(["unknown", "n/a", "na", "none", "-", "—", "–", "?", "not known", "unclear",
                     "no", "never", "no information", "not available", "nil", "not applicable",
                     "unspecified", "tbd", "no data"])


def normal_label(label: str) -> str:
    """ "Charge(s)" -> "charge", "Date of Arrest" -> "date of arrest", "D.O.B." -> "d o b"."""
    low = label.lower().replace("(s)", "")
    return " ".join(re.sub(r"[^a-z]+", " ", low.replace("’", "").replace("'", "")).split())


def unknown(value: str) -> bool:
    """A value that states nothing ("unknown", "n/a", "-", "no")."""
    return value.strip(" .\"'“”").lower() in _UNKNOWN


def value_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list value ("A; B / C, D"), each trimmed of quotes and space."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^;/,|]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s] in " \t\"'“”‘’":
            s += 1
        while e > s and text[e - 1] in " \t\"'“”‘’.":
            e -= 1
        if e > s and not re.fullmatch(r"(?i)or|and", text[s:e]):
            out.append((s, e))
    return out


_ETHNIC = re.compile(r"\b(Kazakh|Uyghur|Uighur|Kyrgyz|Uzbek|Tajik|Hui|Tatar|Mongol|Han|"
                     r"Tibetan|Dungan|Russian|Xibe|Sibe)\b", re.IGNORECASE)


def attribute_value(kind: str, value: str) -> str | int | None:
    """The normalised attribute a field value states, or None (not an attribute field, or
    a value that cannot be read)."""
    v = value.strip(" .\"'“”")
    if kind == "gender":
        g = v.lower()
        return {"male": "male", "m": "male", "man": "male", "female": "female", "f": "female",
                "woman": "female"}.get(g)
    if kind == "ethnicity":
        m = _ETHNIC.search(v)
        return m.group(1).capitalize().replace("Uighur", "Uyghur") if m else None
    if kind == "birth":
        m = re.search(r"\b(19\d\d|20[0-2]\d)\b", v)
        return int(m.group(1)) if m else None
    if kind == "age":
        m = re.fullmatch(r"(\d{1,3})(?:\s*(?:years?(?:\s+old)?|y\.?o\.?))?", v)
        return int(m.group(1)) if m else None
    if kind == "citizenship":
        return ISO.get(v.lower().split()[0]) if v else None
    if kind in ("residence", "occupation"):
        return v or None
    return None


# which field kinds state each event, and which of them name its place
_EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    "detention": ("detention_date", "detention_place", "agency", "facility"),
    "internment": ("internment", "internment_date"),
    "sentencing": ("sentencing_date", "court", "sentence"),
    "imprisonment": ("prison",),
    "release": ("release_date",),
    "disappearance": ("disappearance_date", "disappearance_place"),
    "death": ("death_date",),
}
_PLACE_FIELDS = ("detention_place", "facility", "internment", "prison", "court",
                 "disappearance_place")
_FACILITY = re.compile(r"(?i)\b(?:camp|cent(?:re|er)|prison|jail|school|facility|"
                       r"compound|institution|hospital|no\.\s*\d+)\b")


def field_events(text: str, published: str | None, by: Mapping[str, Sequence[_Field]],
                 person: str) -> Iterator[FoundEvent]:
    """One event per type that the record's fields state, with their values."""
    made: dict[str, FoundEvent] = {}
    for etype, kinds in _EVENT_FIELDS.items():
        fields = [f for k in kinds for f in by.get(k, [])]
        if fields:
            made[etype] = _event(text, published, etype, person, fields)
    _whereabouts(text, by, person, made)
    _charge(text, by, made)
    yield from made.values()


def _event(text: str, published: str | None, etype: str, person: str,
           fields: Sequence[_Field]) -> FoundEvent:
    ev = ExtractedEvent(etype, person, [Evidence.of(text, *f.line, 0.9) for f in fields],
                        confidence=0.9)
    for f in sorted(fields, key=lambda f: not f.kind.endswith("_date")):
        dates = [d for d in find_dates(text[f.start:f.end], published) if d.edtf]
        if dates and ev.date is None:
            ev.date, ev.date_text = dates[0].edtf, dates[0].text
    place = next((f for f in fields if f.kind in _PLACE_FIELDS), None)
    for f in fields:
        _value(text, ev, f)
    return FoundEvent(ev, (place.start, place.end) if place else None)


def _value(text: str, ev: ExtractedEvent, f: _Field) -> None:
    value = text[f.start:f.end]
    if f.kind == "agency":
        ev.agency = value
    elif f.kind == "court":
        ev.court = value
    elif f.kind in ("facility", "internment", "prison") and _FACILITY.search(value):
        ev.facility = re.split(r",\s*(?=[^,]*\d{4})", value)[0]
    elif f.kind == "sentence":
        terms = find_terms(value)
        if terms:
            ev.sentence_years, ev.sentence_kind = terms[0].years, terms[0].kind
            ev.sentence_text = terms[0].text


def _whereabouts(text: str, by: Mapping[str, Sequence[_Field]], person: str,
                 made: dict[str, FoundEvent]) -> None:
    """ "Whereabouts: unknown" states a disappearance."""
    for f in by.get("whereabouts", []):
        if unknown(text[f.start:f.end]) and "disappearance" not in made:
            ev = ExtractedEvent("disappearance", person, [Evidence.of(text, *f.line, 0.8)],
                                confidence=0.8)
            made["disappearance"] = FoundEvent(ev)


def _charge(text: str, by: Mapping[str, Sequence[_Field]], made: dict[str, FoundEvent]) -> None:
    """The charge belongs to the sentencing when there is one, else to the detention."""
    fields = by.get("charge", [])
    target = made.get("sentencing") or made.get("detention")
    if not fields or target is None:
        return
    f = fields[0]
    worded = text[f.start:f.end].strip(" \"'“”")
    target.event.charge = normalise_charge(worded) or "other"
    target.event.charge_text = worded
    target.event.evidence.append(Evidence.of(text, *f.line, 0.9))
