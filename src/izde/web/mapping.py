"""The map: places with counts drawn as SVG in an equirectangular projection.

No tiles and no outside data: the frame is the bounding box of the places shown (widened to
cover Xinjiang and Kazakhstan), with a graticule every 5 degrees, the approximate outlines of
Kazakhstan and Xinjiang (``static/outlines.geojson``, hand-made, public domain) under one
circle per place whose area is proportional to the number of persons. Points come from the
packaged gazetteer's coordinates.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from izde.store.models import Place

FRAME = (46.0, 34.0, 97.0, 56.0)  # lon min, lat min, lon max, lat max: Kazakhstan + Xinjiang
WIDTH = 960


@dataclass(frozen=True)
class Projection:
    lon0: float
    lat0: float
    lon1: float
    lat1: float
    width: int = WIDTH

    @property
    def scale(self) -> float:
        return self.width / (self.lon1 - self.lon0)

    @property
    def height(self) -> int:
        mid = math.cos(math.radians((self.lat0 + self.lat1) / 2))
        return round((self.lat1 - self.lat0) * self.scale / mid)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        mid = math.cos(math.radians((self.lat0 + self.lat1) / 2))
        return ((lon - self.lon0) * self.scale,
                (self.lat1 - lat) * self.scale / mid)


def projection_for(points: list[tuple[float, float]]) -> Projection:
    lon0, lat0, lon1, lat1 = FRAME
    for lon, lat in points:
        lon0, lon1 = min(lon0, lon - 1), max(lon1, lon + 1)
        lat0, lat1 = min(lat0, lat - 1), max(lat1, lat + 1)
    return Projection(lon0, lat0, lon1, lat1)


def svg_map(rows: list[tuple[Place, int, int]]) -> Markup:
    """An SVG with a graticule and a linked circle per place (area ~ persons)."""
    proj = projection_for([(p.lon or 0.0, p.lat or 0.0) for p, _, _ in rows])
    top = max((n for _, n, _ in rows), default=1) or 1
    parts = [_graticule(proj), _outlines(proj)]
    for place, persons, events in sorted(rows, key=lambda r: -r[1]):
        x, y = proj.xy(place.lon or 0.0, place.lat or 0.0)
        r = 3 + 22 * math.sqrt(persons / top)
        kind = escape(place.kind or "place")
        parts.append(
            f'<a href="/places/{escape(place.id)}"><circle class="pt {kind}" cx="{x:.1f}" '
            f'cy="{y:.1f}" r="{r:.1f}"><title>{escape(place.name)}: {persons} persons, '
            f'{events} events</title></circle></a>')
        if persons * 4 >= top or len(rows) <= 12:
            parts.append(f'<text class="lbl" x="{x + r + 3:.1f}" y="{y + 4:.1f}">'
                         f'{escape(place.name)}</text>')
    return Markup(f'<svg class="map" viewBox="0 0 {proj.width} {proj.height}" role="img" '
                  f'aria-label="Map of places with detained persons">{"".join(parts)}</svg>')


def _graticule(proj: Projection) -> str:
    lines = []
    for lon in range(math.ceil(proj.lon0 / 5) * 5, int(proj.lon1) + 1, 5):
        x, _ = proj.xy(lon, proj.lat0)
        lines.append(f'<line class="grid" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{proj.height}"/>'
                     f'<text class="glbl" x="{x + 3:.1f}" y="{proj.height - 4}">{lon}°E</text>')
    for lat in range(math.ceil(proj.lat0 / 5) * 5, int(proj.lat1) + 1, 5):
        _, y = proj.xy(proj.lon0, lat)
        lines.append(f'<line class="grid" x1="0" y1="{y:.1f}" x2="{proj.width}" y2="{y:.1f}"/>'
                     f'<text class="glbl" x="3" y="{y - 3:.1f}">{lat}°N</text>')
    return "".join(lines)


OUTLINES = Path(__file__).with_name("static") / "outlines.geojson"


@lru_cache(maxsize=1)
def outlines() -> list[tuple[str, list[list[tuple[float, float]]]]]:
    """(name, rings of (lon, lat)) of each polygon in the packaged outlines file."""
    data: dict[str, Any] = json.loads(OUTLINES.read_text(encoding="utf-8"))
    return [(f["properties"]["name"], [[(float(x), float(y)) for x, y in ring]
                                       for ring in f["geometry"]["coordinates"]])
            for f in data["features"] if f["geometry"]["type"] == "Polygon"]


def _outlines(proj: Projection) -> str:
    paths = []
    for name, rings in outlines():
        d = " ".join("M" + " L".join("{:.1f},{:.1f}".format(*proj.xy(lon, lat))
                                     for lon, lat in ring) + " Z" for ring in rings)
        label_lon, label_lat = _centre(rings[0])
        x, y = proj.xy(label_lon, label_lat)
        paths.append(f'<path class="land" d="{d}"><title>{escape(name)} (approximate outline)'
                     f'</title></path><text class="area" x="{x:.1f}" y="{y:.1f}">'
                     f'{escape(name)}</text>')
    return "".join(paths)


def _centre(ring: list[tuple[float, float]]) -> tuple[float, float]:
    return (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))
