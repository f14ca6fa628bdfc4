"""Places, facilities, organisations and the map: pages and API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from izde import statistics
from izde.web import profiles
from izde.web.deps import CurrentViewer, Db
from izde.web.mapping import svg_map
from izde.web.render import page
from izde.web.schemas import (
    EventPublic,
    OrganisationPublic,
    PageOf,
    PlacePublic,
    PlaceSummaryPublic,
)

pages = APIRouter()
api = APIRouter(tags=["places"])
Id = Annotated[str, Path(max_length=300)]


@pages.get("/places")
def places_page(request: Request, db: Db, viewer: CurrentViewer) -> Response:
    return page(request, "places.html", viewer, places=profiles.place_list(db, viewer),
                facilities=profiles.facility_list(db, viewer),
                organisations=profiles.organisation_list(db, viewer))


@pages.get("/places/{place_id}")
def place_page(request: Request, db: Db, viewer: CurrentViewer, place_id: Id) -> Response:
    return page(request, "place.html", viewer, pl=profiles.place_view(db, viewer, place_id))


@pages.get("/facilities/{name}")
def facility_page(request: Request, db: Db, viewer: CurrentViewer, name: Id) -> Response:
    return page(request, "facility.html", viewer, name=name,
                events=profiles.facility_events(db, viewer, name))


@pages.get("/organisations/{org_id}")
def organisation_page(request: Request, db: Db, viewer: CurrentViewer, org_id: Id) -> Response:
    return page(request, "organisation.html", viewer,
                org=profiles.organisation_view(db, viewer, org_id))


@pages.get("/map")
def map_page(request: Request, db: Db, viewer: CurrentViewer) -> Response:
    rows = statistics.place_counts(db, viewer)
    return page(request, "map.html", viewer, svg=svg_map(rows),
                rows=sorted(rows, key=lambda r: (-r[1], r[0].name)))


@api.get("/places", response_model=PageOf[PlaceSummaryPublic])
def places_api(db: Db, viewer: CurrentViewer) -> PageOf[PlaceSummaryPublic]:
    """Every place, with the number of persons with an event there."""
    rows = [PlaceSummaryPublic(id=p.id, name=p.name, kind=p.kind, country=p.country, lat=p.lat,
                               lon=p.lon, parent_id=p.parent_id, persons=n)
            for p, n in profiles.place_list(db, viewer)]
    return PageOf[PlaceSummaryPublic](data=rows, count=len(rows))


@api.get("/places/{place_id}", response_model=PlacePublic)
def place_api(db: Db, viewer: CurrentViewer, place_id: Id) -> PlacePublic:
    """One place with its sub-places and the events in it or inside it."""
    return PlacePublic.model_validate(profiles.place_view(db, viewer, place_id))


@api.get("/facilities/{name}", response_model=PageOf[EventPublic])
def facility_api(db: Db, viewer: CurrentViewer, name: Id) -> PageOf[EventPublic]:
    rows = profiles.facility_events(db, viewer, name)
    return PageOf[EventPublic](data=[EventPublic.model_validate(r) for r in rows],
                               count=len(rows))


@api.get("/organisations/{org_id}", response_model=OrganisationPublic)
def organisation_api(db: Db, viewer: CurrentViewer, org_id: Id) -> OrganisationPublic:
    return OrganisationPublic.model_validate(profiles.organisation_view(db, viewer, org_id))
