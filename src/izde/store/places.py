"""Place rows: copied from the packaged gazetteer when a mention resolved, else as written."""

from __future__ import annotations

import unicodedata

from sqlalchemy.orm import Session

from izde.store.ids import make_id
from izde.store.models import Place, PlaceName


def _key(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def ensure_place(s: Session, gazetteer_id: str | None, name: str, kind: str | None,
                 sensitivity: str = "public") -> Place:
    """The Place for a gazetteer entry (with its parents and every name), or a text place.

    A gazetteer place is public knowledge. A place known only from text (a village, a
    street address) is as sensitive as the least sensitive document naming it
    (``sensitivity``: the naming document's), so a confidential testimony's address is
    encrypted until a less sensitive document names the place too.
    """
    if gazetteer_id:
        return ensure_gazetteer_place(s, gazetteer_id)
    pid = make_id("pl", _key(name))
    place = s.get(Place, pid)
    if place is None:
        place = Place(id=pid, name=name, kind=kind, source="text", sensitivity=sensitivity)
        s.add(place)
        s.flush()
    elif _rank(sensitivity) < _rank(place.sensitivity):
        place.sensitivity = sensitivity
        for n in place.names:
            n.sensitivity = sensitivity
    return place


def _rank(level: str) -> int:
    levels = ("public", "restricted", "confidential")
    return levels.index(level) if level in levels else len(levels)


def ensure_gazetteer_place(s: Session, gid: str) -> Place:
    from izde.resolve.gazetteer import Gazetteer
    from izde.resolve.names import detect_script

    place = s.get(Place, gid)
    if place is not None:
        return place
    entry = Gazetteer.load_default().get(gid)
    if entry.parent:
        ensure_gazetteer_place(s, entry.parent)
    place = Place(id=entry.id, name=entry.name, kind=entry.kind, country=entry.country,
                  parent_id=entry.parent, lat=entry.lat, lon=entry.lon, source="gazetteer")
    for n in dict.fromkeys((entry.name, *entry.names)):
        place.names.append(PlaceName(name=n, script=detect_script(n), key=_key(n)))
    s.add(place)
    s.flush()
    return place
