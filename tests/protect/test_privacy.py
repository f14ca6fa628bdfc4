"""Per-person public identity and location settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from izde.protect.privacy import Privacy, most_protective, privacy_for, set_privacy
from izde.store.engine import Store

from . import builders as b


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    store = Store(db_url)
    with store.session() as s:
        yield s
    store.close()


def test_person_without_settings_is_full_and_exact(session: Session) -> None:
    p = b.person(session, "A B", None)
    assert privacy_for(session, p.id) == Privacy("full", "exact")


def test_setting_follows_the_canonical_person(session: Session) -> None:
    p = b.person(session, "A B", None, canonical_id="per_c")
    set_privacy(session, "per_c", "t", identity="anonymous", location="country")
    assert privacy_for(session, p.id) == Privacy("anonymous", "country")


def test_strictest_setting_wins_after_a_merge(session: Session) -> None:
    a = b.person(session, "A B", None)
    c = b.person(session, "A B.", None)
    set_privacy(session, a.id, "t", identity="partial", location="exact")
    set_privacy(session, c.id, "t", identity="full", location="county")
    c.canonical_id = a.id
    session.flush()
    assert privacy_for(session, c.id) == Privacy("partial", "county")


def test_unknown_level_is_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="identity"):
        set_privacy(session, "per_x", "t", identity="half")


def test_unknown_stored_level_counts_as_strictest() -> None:
    assert most_protective([Privacy("full", "exact"), Privacy("bogus", "bogus")]) == Privacy(
        "bogus", "bogus")
