"""Confidential values are encrypted at rest; a copy of the database without the key
reveals none of them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text

from izde import crypto
from izde.errors import ConfigError
from izde.protect import at_rest
from izde.store.engine import Store
from izde.store.models import Attachment, Claim, Document, Event, Person, PersonName, utcnow

from . import builders as b

SECRET_NAME = "Zhanargul Secretkyzy"
SECRET_PHONE = "+7 701 555 0199"
SECRET_QUOTE = "her brother Qairat lives at 12 Secret Street, Ghulja"
SECRET_BYTES = b"%PDF-1.4 confidential verdict scan"
RESTRICTED_VALUE = "Restricted Teacher Value"


def write_confidential(db: str) -> dict[str, str]:
    store = Store(db)
    with store.session() as s:
        doc = b.document(s, "confidential", title="Testimony of the secret witness",
                         body=f"Testimony: {SECRET_QUOTE}")
        p = b.person(s, SECRET_NAME, doc, "confidential")
        c = b.claim(s, "person", p.id, "phone", SECRET_PHONE, doc, "confidential",
                    quote=SECRET_QUOTE)
        b.claim(s, "person", p.id, "occupation", RESTRICTED_VALUE, doc, "restricted")
        s.add(Attachment(id="att_1", sha256="0" * 64, filename="scan.pdf",
                         media_type="application/pdf", size=len(SECRET_BYTES),
                         data=SECRET_BYTES, person_id=p.id, sensitivity="confidential"))
        ids = {"person": p.id, "claim": c.id, "doc": doc.id}
    store.close()
    return ids


def file_bytes(db: str) -> bytes:
    return b"".join(Path(db + suffix).read_bytes() for suffix in ("", "-wal")
                    if Path(db + suffix).exists())


def test_copied_database_reveals_no_confidential_value(encrypted: Path, sqlite_db: str,
                                                       tmp_path: Path) -> None:
    write_confidential(sqlite_db)
    copy = tmp_path / "copy.db"
    shutil.copy(sqlite_db, copy)
    if Path(sqlite_db + "-wal").exists():
        shutil.copy(sqlite_db + "-wal", str(copy) + "-wal")
    raw = file_bytes(str(copy))
    for secret in (SECRET_NAME, "Secretkyzy", SECRET_PHONE, "Secret Street", "secretkyzy"):
        assert secret.encode() not in raw
    assert SECRET_BYTES not in raw


def test_restricted_values_are_not_encrypted(encrypted: Path, sqlite_db: str) -> None:
    write_confidential(sqlite_db)
    assert RESTRICTED_VALUE.encode() in file_bytes(sqlite_db)


def test_stored_columns_hold_ciphertext(encrypted: Path, db_url: str) -> None:
    ids = write_confidential(db_url)
    store = Store(db_url)
    with store.engine.connect() as c:
        quote = c.execute(text("SELECT quote FROM claims WHERE id = :i"),
                          {"i": ids["claim"]}).scalar()
        names = c.execute(text("SELECT name, latin, key FROM person_names")).one()
    assert crypto.is_encrypted(quote)
    assert all(crypto.is_encrypted(v) for v in names)


def test_values_read_back_as_plaintext_with_the_key(encrypted: Path, db_url: str) -> None:
    ids = write_confidential(db_url)
    store = Store(db_url)
    with store.session() as s:
        claim = s.get(Claim, ids["claim"])
        person = s.get(Person, ids["person"])
        att = s.get(Attachment, "att_1")
        assert claim is not None and person is not None and att is not None
        assert (claim.value, claim.quote) == (SECRET_PHONE, SECRET_QUOTE)
        assert person.name == SECRET_NAME and person.names[0].name == SECRET_NAME
        assert att.data == SECRET_BYTES


def test_deferred_document_body_reads_back(encrypted: Path, db_url: str) -> None:
    ids = write_confidential(db_url)
    with Store(db_url).session() as s:
        doc = s.get(Document, ids["doc"])
        assert doc is not None and doc.body.endswith(SECRET_QUOTE)


def test_embedded_database_without_a_configured_key_gets_one_beside_it(
        sqlite_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IZDE_KEY_FILE", raising=False)
    write_confidential(sqlite_db)
    key = Path(sqlite_db + ".key")
    assert key.is_file() and key.stat().st_mode & 0o077 == 0
    assert SECRET_PHONE.encode() not in Path(sqlite_db).read_bytes()


def test_confidential_write_without_any_key_is_refused(sqlite_db: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import izde.store.engine as engine

    monkeypatch.delenv("IZDE_KEY_FILE", raising=False)
    monkeypatch.setattr(engine, "default_key_file", lambda _url: None)  # as for a server DB
    at_rest.install()
    try:
        with pytest.raises(ConfigError, match="izde keys init"):
            write_confidential(sqlite_db)
    finally:
        at_rest.uninstall()


def test_raising_sensitivity_encrypts_an_existing_value(encrypted: Path, db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        doc = b.document(s, "restricted")
        c = b.claim(s, "person", "per_1", "phone", SECRET_PHONE, doc, "restricted")
    with store.session() as s:
        s.get(Claim, c.id).sensitivity = "confidential"  # type: ignore[union-attr]
    with store.engine.connect() as conn:
        raw = conn.execute(text("SELECT value FROM claims WHERE id = :i"), {"i": c.id}).scalar()
    assert SECRET_PHONE not in str(raw)


def test_lowering_sensitivity_decrypts_the_value(encrypted: Path, db_url: str) -> None:
    ids = write_confidential(db_url)
    store = Store(db_url)
    with store.session() as s:
        s.get(Claim, ids["claim"]).sensitivity = "public"  # type: ignore[union-attr]
    with store.engine.connect() as conn:
        raw = conn.execute(text("SELECT quote FROM claims WHERE id = :i"),
                           {"i": ids["claim"]}).scalar()
    assert raw == SECRET_QUOTE


def test_raising_a_document_with_unloaded_original_encrypts_it(encrypted: Path,
                                                                db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        doc = b.document(s, "restricted", body="plain body", original=SECRET_BYTES)
    with store.session() as s:
        loaded = s.scalars(select(Document).where(Document.id == doc.id)).one()
        loaded.sensitivity = "confidential"
    with store.engine.connect() as conn:
        raw = conn.execute(text("SELECT original FROM documents")).scalar()
    assert crypto.is_encrypted(raw)


def test_rotation_re_encrypts_with_a_new_key(encrypted: Path, db_url: str) -> None:
    ids = write_confidential(db_url)
    old = crypto.load_keyring(encrypted).current
    report = at_rest.rotate(Store(db_url), encrypted)
    ring = crypto.load_keyring(encrypted)
    assert report.retired_keys == (old,) and list(ring.keys) == [report.new_key]
    with Store(db_url).session() as s:
        claim = s.get(Claim, ids["claim"])
        assert claim is not None and claim.quote == SECRET_QUOTE


def test_rotation_leaves_no_value_under_the_old_key(encrypted: Path, db_url: str) -> None:
    write_confidential(db_url)
    old = crypto.load_keyring(encrypted).current
    at_rest.rotate(Store(db_url), encrypted)
    with Store(db_url).engine.connect() as c:
        values = c.execute(text("SELECT name FROM person_names")).scalars().all()
    assert all(crypto.key_id_of(v) not in (None, old) for v in values)


def test_rotation_seals_values_written_before_encryption(key_file: Path,
                                                         sqlite_db: str) -> None:
    store = Store(sqlite_db)
    with store.engine.begin() as conn:  # Core insert: no ORM hook, stored as plaintext
        conn.execute(insert(Claim.__table__).values(
            id="clm_old", subject_kind="person", subject_id="per_1", property="phone",
            value=SECRET_PHONE, quote=SECRET_QUOTE, sensitivity="confidential",
            confidence=0.5, status="proposed", origin="machine", author="t",
            created_at=utcnow()))
    assert b"Secret Street" in file_bytes(sqlite_db)
    at_rest.rotate(store, key_file)
    assert b"Secret Street" not in file_bytes(sqlite_db)


def test_key_file_is_readable_by_its_owner_only(key_file: Path) -> None:
    assert os.stat(key_file).st_mode & 0o077 == 0


def test_value_from_another_key_cannot_be_read(key_file: Path) -> None:
    token = crypto.encrypt_text("x", crypto.Keyring.generate())
    with pytest.raises(ConfigError, match="does not hold"):
        crypto.decrypt_text(token, crypto.load_keyring(key_file))


def test_tampered_ciphertext_is_rejected(key_file: Path) -> None:
    from cryptography.exceptions import InvalidTag

    ring = crypto.load_keyring(key_file)
    blob = bytearray(crypto.encrypt_bytes(b"secret", ring))
    blob[-1] ^= 1
    with pytest.raises(InvalidTag):
        crypto.decrypt_bytes(bytes(blob), ring)


def test_person_name_table_unchanged_for_public_rows(encrypted: Path, db_url: str) -> None:
    with Store(db_url).session() as s:
        b.person(s, "Public Person", None, "public")
    with Store(db_url).engine.connect() as c:
        assert c.execute(select(PersonName.name)).scalar() == "Public Person"


def _event(store: Store, sensitivity: str) -> str:
    with store.session() as s:
        doc = b.document(s, sensitivity)
        who = b.person(s, "Event Person", doc, sensitivity)
        e = b.event(s, who, doc, "sentencing", sensitivity)
        e.date, e.charge, e.sentence_years = "2019-03-14", "separatism", 17.0
        return e.id


def _raw_event(store: Store, event_id: str) -> tuple[object, ...]:
    with store.engine.connect() as c:
        return tuple(c.execute(text("SELECT type, date, charge, sentence_years, sealed "
                                    "FROM events WHERE id = :i"), {"i": event_id}).one())


def test_a_confidential_events_fields_are_sealed(encrypted: Path, db_url: str) -> None:
    store = Store(db_url)
    raw = _raw_event(store, _event(store, "confidential"))
    assert raw[:4] == ("", None, None, None) and crypto.is_encrypted(raw[4])


def test_a_confidential_event_reads_back_whole(encrypted: Path, db_url: str) -> None:
    store = Store(db_url)
    eid = _event(store, "confidential")
    with store.reading() as s:
        e = s.get(Event, eid)
        assert e is not None
        assert (e.type, e.date, e.charge, e.sentence_years) == (
            "sentencing", "2019-03-14", "separatism", 17.0)


def test_lowering_an_event_puts_its_fields_back_in_clear(encrypted: Path, db_url: str) -> None:
    store = Store(db_url)
    eid = _event(store, "confidential")
    with store.session() as s:
        s.get(Event, eid).sensitivity = "restricted"  # type: ignore[union-attr]
    assert _raw_event(store, eid) == ("sentencing", "2019-03-14", "separatism", 17.0, None)


def test_raising_an_event_seals_its_fields(encrypted: Path, db_url: str) -> None:
    store = Store(db_url)
    eid = _event(store, "restricted")
    with store.session() as s:
        s.get(Event, eid).sensitivity = "confidential"  # type: ignore[union-attr]
    assert _raw_event(store, eid)[:4] == ("", None, None, None)


def test_rotation_seals_event_fields_written_around_the_hook(key_file: Path,
                                                            sqlite_db: str) -> None:
    store = Store(sqlite_db)
    with store.session() as s:
        who = b.person(s, "Public Person", None, "public")
    with store.engine.begin() as conn:  # Core insert: no ORM hook
        conn.execute(insert(Event.__table__).values(
            id="evt_old", person_id=who.id, type="detention", date="2017-05",
            status="proposed", sensitivity="confidential", created_at=utcnow()))
    at_rest.rotate(store, key_file)
    assert _raw_event(store, "evt_old")[:2] == ("", None)
    with store.reading() as s:
        e = s.get(Event, "evt_old")
        assert e is not None and (e.type, e.date) == ("detention", "2017-05")
