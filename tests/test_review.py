"""Review actions change claims, refresh what pages show, and are audited."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from izde import review
from izde.errors import AccessDenied
from izde.protect.policy import Viewer
from izde.store.engine import Store
from izde.store.models import AuditEntry, Event

sys.path.insert(0, str(Path(__file__).parent / "web"))
from factory import populate

REVIEWER = Viewer("rita", "reviewer")


def test_rejecting_a_value_refreshes_the_event(db_url: str) -> None:
    with Store(db_url).session() as s:
        ids = populate(s)
        review.reject_claim(s, ids["claim_10"], REVIEWER)
        assert s.get(Event, "evt_sen_a").sentence_years is None  # type: ignore[union-attr]


def test_every_action_is_audited_with_the_reviewer(db_url: str) -> None:
    with Store(db_url).session() as s:
        ids = populate(s)
        review.accept_claim(s, ids["claim_9"], REVIEWER)
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and (entry.actor, entry.action) == ("rita", "accept")


def test_a_viewer_cannot_review(db_url: str) -> None:
    with Store(db_url).session() as s:
        ids = populate(s)
        with pytest.raises(AccessDenied):
            review.accept_claim(s, ids["claim_9"], Viewer("v", "viewer"))
