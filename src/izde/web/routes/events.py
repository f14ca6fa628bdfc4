"""Events: GET /api/events (by type, paginated)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from izde.web import profiles
from izde.web.deps import CurrentViewer, Db
from izde.web.schemas import EventPublic, PageOf

pages = APIRouter()
api = APIRouter(tags=["events"])


@api.get("/events", response_model=PageOf[EventPublic])
def events_api(db: Db, viewer: CurrentViewer,
               type: Annotated[str | None, Query(max_length=40)] = None,
               limit: Annotated[int, Query(ge=1, le=200)] = 50,
               offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> PageOf[EventPublic]:
    """Events in date order, optionally of one type."""
    rows, count = profiles.event_rows(db, viewer, type, limit, offset)
    return PageOf[EventPublic](data=[EventPublic.model_validate(r) for r in rows], count=count)
