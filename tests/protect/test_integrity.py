"""`izde verify`: originals are checked against the sha256 recorded at ingest."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from izde.integrity import verify_documents
from izde.library import Izde
from izde.store.engine import Store
from izde.store.models import Attachment, Document

from . import builders as b

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_untouched_documents_verify(db_url: str) -> None:
    with Izde(db_url, actor="tester") as izde:
        izde.ingest([EXAMPLES], process=False)
        with izde.store.session() as s:
            report = verify_documents(s)
    assert report.ok and report.checked == len(list(EXAMPLES.iterdir()))


def test_altered_original_is_reported(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        doc = b.document(s, "public", original=b"the original bytes")
    with store.session() as s:
        s.execute(update(Document).where(Document.id == doc.id)
                  .values(original=b"the 0riginal bytes"))
    with store.session() as s:
        report = verify_documents(s)
    assert [(p.kind, p.id) for p in report.problems] == [("document", doc.id)]


def test_altered_attachment_is_reported(db_url: str) -> None:
    import hashlib

    store = Store(db_url)
    with store.session() as s:
        s.add(Attachment(id="att_1", sha256=hashlib.sha256(b"photo").hexdigest(),
                         filename="p.jpg", media_type="image/jpeg", size=5, data=b"phot0",
                         sensitivity="restricted"))
    with store.session() as s:
        assert [p.id for p in verify_documents(s).problems] == ["att_1"]


def test_encrypted_original_is_verified_with_the_key(encrypted: Path, db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        b.document(s, "confidential", original=b"secret testimony")
    with store.session() as s:
        report = verify_documents(s)
    assert report.ok and report.checked == 1


def test_encrypted_original_without_key_is_unchecked_not_intact(
        encrypted: Path, db_url: str, monkeypatch: object) -> None:
    import pytest

    store = Store(db_url)
    with store.session() as s:
        b.document(s, "confidential", original=b"secret testimony")
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("IZDE_KEY_FILE")
        mp.setattr("izde.crypto._default_path", None)  # and no key file beside the database
        with store.session() as s:
            report = verify_documents(s)
    assert (report.checked, report.unchecked) == (0, 1)
