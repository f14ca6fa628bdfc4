"""Coarsening a place to the precision a person's privacy setting allows.

Places form a chain child -> parent (facility -> county -> prefecture -> region -> country),
from the Place table (rows copied from the gazetteer keep ``parent_id`` and ``kind``) or from
the packaged gazetteer. Each kind has a rank; coarsening to a level keeps the deepest place
on the chain whose rank is at most that level's. A place whose chain is unknown (a village
named only in a text) cannot be coarsened safely, so it is withheld unless "exact" is allowed.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

LOCATION_LEVELS = ("exact", "county", "prefecture", "country", "withheld")
_LEVEL_RANK = {"country": 0, "prefecture": 2, "county": 3}
_KIND_RANK = {"country": 0, "province": 1, "region": 1, "prefecture": 2, "county": 3,
              "district": 3, "zone": 4, "town": 4, "facility": 5}

Node = tuple[str | None, str | None]  # (kind, parent id)
Lookup = Callable[[str], Node | None]


def _db_lookup(session: Session) -> Lookup:
    from izde.store.models import Place

    def lookup(place_id: str) -> Node | None:
        place = session.get(Place, place_id)
        return (place.kind, place.parent_id) if place is not None else None

    return lookup


def _gazetteer_lookup(place_id: str) -> Node | None:
    try:
        from izde.resolve.gazetteer import Gazetteer

        entry = Gazetteer.load_default().get(place_id)
    except (KeyError, LookupError, OSError, ImportError, ValueError):
        return None
    return entry.kind, entry.parent


def _chain(place_id: str, lookup: Lookup) -> list[tuple[str, str | None]] | None:
    """[(id, kind), ...] from the place up to its root, or None when the place is unknown."""
    out: list[tuple[str, str | None]] = []
    current: str | None = place_id
    while current and all(current != i for i, _ in out):
        node = lookup(current)
        if node is None:
            return out or None
        out.append((current, node[0]))
        current = node[1]
    return out


def _rank(kind: str | None, parent_kind: str | None) -> int | None:
    """A city directly under a province-level place is prefecture-level, else county-level."""
    if kind == "city":
        return 2 if _KIND_RANK.get(parent_kind or "", 9) <= 1 else 3
    return _KIND_RANK.get(kind or "")


def coarsen_place(place_id: str | None, level: str,
                  session: Session | None = None) -> str | None:
    """The id of the place to show at ``level``, or None when nothing may be shown."""
    if place_id is None or level == "withheld" or level not in LOCATION_LEVELS:
        return None
    if level == "exact":
        return place_id
    lookup = _db_lookup(session) if session is not None else _gazetteer_lookup
    chain = _chain(place_id, lookup)
    if not chain:
        return None
    return _deepest_within(chain, _LEVEL_RANK[level])


def _deepest_within(chain: list[tuple[str, str | None]], limit: int) -> str | None:
    for i, (pid, kind) in enumerate(chain):
        parent_kind = chain[i + 1][1] if i + 1 < len(chain) else None
        rank = _rank(kind, parent_kind)
        if rank is not None and rank <= limit:
            return pid
    return None
