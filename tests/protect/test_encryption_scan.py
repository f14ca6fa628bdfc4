"""A populated database read without the key reveals no confidential value, in any column
of any table: claims, names, events, mentions, places, the audit log, the search index.

The database is filled through the real paths (ingest with extraction, resolution and
search indexing; consent; privacy), then every confidential plaintext value is collected
with the key and looked for in every column of every table, read raw.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from izde.library import Izde
from izde.protect import at_rest
from izde.store.engine import Store
from izde.store.models import (
    Attachment,
    Claim,
    Document,
    Event,
    Mention,
    Organisation,
    Person,
    PersonName,
    Place,
    PlaceName,
    Relation,
)

from . import builders as b

TESTIMONY = (
    "title: Testimony of Aigerim Zholdasbekkyzy\npublished: 2021-03-01\n\n"
    "Aigerim Zholdasbekkyzy, 34, a teacher from Ghulja, said her brother Yerzhan "
    "Zholdasbekuly was detained by police in Ghulja on 14 March 2019 and sentenced to "
    "17 years in prison for separatism. He was held at Qaraqash Detention Center. Her "
    "mother Gulnar Toktarbekova was taken to Bayinbulak Reeducation Camp in May 2018.\n")
REPORT = (
    "publisher: Radio Test\npublished: 2020-05-01\n\n"
    "Police in Ghulja detained Nurlan Bekov, 41, on 3 February 2019, his wife told "
    "reporters. He was sentenced to 10 years for extremism.\n")
SECRET_PHONE = "+7 701 555 0199"
SECRET_ADDRESS = "12 Secretbulak Street, apartment 7"
SECRET_BYTES = b"attachment: scan of the verdict against Zholdasbekuly"


def populate(db: str, folder: Path) -> None:
    testimony = folder / "testimony-zholdasbek.txt"
    testimony.write_text(TESTIMONY, "utf-8")
    report = folder / "report.txt"
    report.write_text(REPORT, "utf-8")
    with Izde(db, actor="tester") as izde:
        izde.ingest([report], process=True)
        izde.ingest([testimony], process=True, sensitivity="confidential")
        with izde.store.session() as s:
            person = s.scalars(select(Person).where(Person.name == "Nurlan Bekov")).first()
            assert person is not None, "the report's person was extracted"
            doc = s.get(Document, person.document_id)
            b.claim(s, "person", person.id, "phone", SECRET_PHONE, doc, "confidential",
                    quote=f"reachable on {SECRET_PHONE}")
            b.claim(s, "person", person.id, "address", SECRET_ADDRESS, doc, "confidential")
            s.add(Attachment(id="att_scan", sha256="0" * 64, filename="verdict-scan.pdf",
                             media_type="application/pdf", size=len(SECRET_BYTES),
                             data=SECRET_BYTES, person_id=person.id,
                             sensitivity="confidential"))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


def _values(row: Any, attrs: tuple[str, ...]) -> Iterator[str]:
    for attr in attrs:
        yield from _strings(getattr(row, attr))


CONFIDENTIAL: dict[Any, tuple[str, ...]] = {
    Claim: ("value", "value_text", "quote"),
    Person: ("name", "gender", "ethnicity", "occupation", "citizenship", "roles"),
    PersonName: ("name", "latin", "key"),
    Document: ("title", "body", "filename", "publisher", "url"),
    Event: ("type", "date", "facility", "agency", "court", "charge", "charge_text",
            "sentence_kind"),
    Mention: ("text",),
    Relation: ("type",),
    Organisation: ("name",),
    Place: ("name",),
    PlaceName: ("name", "key"),
    Attachment: ("filename",),
}


def plaintexts(db: str) -> tuple[set[str], set[str]]:
    """(confidential values, values that are also stored as non-confidential), read with
    the key through the ORM."""
    secret: set[str] = set()
    open_: set[str] = set()
    store = Store(db)
    with store.reading() as s:
        for model, attrs in CONFIDENTIAL.items():
            for row in s.scalars(select(model)):
                target = secret if row.sensitivity == "confidential" else open_
                target.update(v for v in _values(row, attrs) if v)
        # a claim whose value is a gazetteer place refers to public knowledge by its id
        open_.update(s.scalars(select(Place.id).where(Place.source == "gazetteer")))
    store.close()
    return secret, open_


def distinctive(secret: set[str], open_: set[str]) -> set[str]:
    """Confidential values worth looking for: not also stored in the open (a detention
    recorded in a public report too), not a bare number, and long enough to be specific."""
    return {v for v in secret - open_ if len(v) >= 6 and not v.replace(".", "").isdigit()}


def raw_cells(db: str) -> Iterator[tuple[str, str, str]]:
    """(table, column, text) of every non-null cell of every table, read without the ORM."""
    store = Store(db)
    try:
        with store.engine.connect() as c:
            for table in inspect(c).get_table_names():
                for row in c.execute(text(f'SELECT * FROM "{table}"')).mappings():
                    for col, v in row.items():
                        if v is None:
                            continue
                        raw = bytes(v) if isinstance(v, bytes | memoryview) else None
                        cell = raw.decode("utf-8", "replace") if raw is not None else (
                            v if isinstance(v, str) else json.dumps(v, ensure_ascii=False,
                                                                    default=str))
                        yield table, col, cell
    finally:
        store.close()


def leaks(db: str, values: set[str]) -> list[str]:
    folded = {v.casefold(): v for v in values}
    return sorted({f"{table}.{col}: {original!r}" for table, col, cell in raw_cells(db)
                   for v, original in folded.items() if v in cell.casefold()})


@pytest.fixture
def populated(db_url: str, tmp_path: Path) -> Iterator[tuple[str, set[str]]]:
    populate(db_url, tmp_path)
    secret, open_ = plaintexts(db_url)
    yield db_url, distinctive(secret, open_)


def test_the_world_has_confidential_values_of_every_kind(
        populated: tuple[str, set[str]]) -> None:
    _db, values = populated
    for expected in ("Aigerim Zholdasbekkyzy", "Yerzhan Zholdasbekuly", SECRET_PHONE,
                     SECRET_ADDRESS, "testimony-zholdasbek.txt", "2019-03-14"):
        assert expected in values


def test_no_column_of_any_table_holds_a_confidential_value(
        populated: tuple[str, set[str]]) -> None:
    db, values = populated
    assert leaks(db, values) == []


def test_a_confidential_event_keeps_only_placeholders_in_clear(
        populated: tuple[str, set[str]]) -> None:
    db, _values = populated
    with Store(db).engine.connect() as c:
        rows = c.execute(text("SELECT type, date, place_id, charge, sentence_years, sealed "
                              "FROM events WHERE sensitivity = 'confidential'")).all()
    assert rows and all(r[:5] == ("", None, None, None, None) for r in rows)
    assert all(str(r[5]).startswith("izde:enc:") for r in rows)


def test_links_from_a_confidential_mention_are_sealed(populated: tuple[str, set[str]]) -> None:
    db, _values = populated
    with Store(db).engine.connect() as c:
        rows = c.execute(text("SELECT place_id, organisation_id, sealed FROM mentions "
                              "WHERE sensitivity = 'confidential'")).all()
    assert rows and all(r[:2] == (None, None) and r[2] for r in rows)


def test_non_confidential_values_are_stored_readable(populated: tuple[str, set[str]]) -> None:
    db, _values = populated
    assert "Nurlan Bekov" in {cell for _t, _c, cell in raw_cells(db)}


def test_after_key_rotation_no_column_holds_a_confidential_value(
        populated: tuple[str, set[str]]) -> None:
    import os

    db, values = populated
    at_rest.rotate(Store(db), os.environ["IZDE_KEY_FILE"])
    assert leaks(db, values) == []
    secret, _open = plaintexts(db)
    assert values <= secret  # still readable with the (new) key


def test_sqlite_file_and_its_log_hold_no_confidential_value(sqlite_db: str,
                                                            tmp_path: Path) -> None:
    populate(sqlite_db, tmp_path)
    # single lower-case words (a relation type "parent") also spell column names
    values = {v for v in distinctive(*plaintexts(sqlite_db)) if not (v.isalpha() and v.islower())}
    raw = b"".join(Path(sqlite_db + suffix).read_bytes() for suffix in ("", "-wal")
                   if Path(sqlite_db + suffix).exists())
    assert [v for v in values if v.encode() in raw] == []
    assert SECRET_BYTES not in raw
