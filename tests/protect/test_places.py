"""Coarsening a place to a person's public location precision."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from izde.protect.places import coarsen_place
from izde.store.engine import Store
from izde.store.models import Place


@pytest.fixture
def session(sqlite_db: str) -> Iterator[Session]:
    store = Store(sqlite_db)
    with store.session() as s:
        for pid, kind, parent in [("cn", "country", None), ("cn-xj", "region", "cn"),
                                  ("pref", "prefecture", "cn-xj"), ("cty", "county", "pref"),
                                  ("camp", "facility", "cty"), ("pcity", "city", "cn-xj"),
                                  ("ccity", "city", "pref"), ("vill", None, None)]:
            s.add(Place(id=pid, name=pid, kind=kind, parent_id=parent))
        s.flush()
        yield s
    store.close()


@pytest.mark.parametrize(("level", "expected"), [
    ("exact", "camp"), ("county", "cty"), ("prefecture", "pref"), ("country", "cn"),
    ("withheld", None)])
def test_facility_is_coarsened_up_its_chain(session: Session, level: str,
                                            expected: str | None) -> None:
    assert coarsen_place("camp", level, session) == expected


def test_city_under_a_region_counts_as_prefecture_level(session: Session) -> None:
    assert coarsen_place("pcity", "prefecture", session) == "pcity"


def test_city_under_a_prefecture_counts_as_county_level(session: Session) -> None:
    assert coarsen_place("ccity", "prefecture", session) == "pref"


def test_place_with_unknown_chain_is_withheld_unless_exact(session: Session) -> None:
    assert coarsen_place("vill", "county", session) is None
    assert coarsen_place("vill", "exact", session) == "vill"


def test_unknown_level_withholds(session: Session) -> None:
    assert coarsen_place("camp", "township", session) is None


def test_no_place_stays_none(session: Session) -> None:
    assert coarsen_place(None, "exact", session) is None


def test_gazetteer_chain_is_used_without_a_session() -> None:
    from izde.resolve.gazetteer import Gazetteer

    gaz = Gazetteer.load_default()
    county = next(e for e in list(gaz.__iter__()) if e.kind == "county")
    country = gaz.ancestors(county.id)[-1]
    assert coarsen_place(county.id, "country") == country.id
