"""Search: GET /search (page) and GET /api/search, /api/persons?q= (persons by any spelling)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BeforeValidator, Field
from starlette.responses import Response

from izde import search as use
from izde.statistics import cached
from izde.web.deps import CurrentViewer, Db
from izde.web.render import page
from izde.web.schemas import DocumentHitPublic, PageOf, PersonContractPublic, PersonHitPublic


def _none_if_blank(value: object) -> object:
    """An empty form field ("") means no filter, as the browser sends one for every input."""
    return None if isinstance(value, str) and not value.strip() else value


Year = Annotated[Annotated[int, Field(ge=1900, le=2100)] | None,
                 BeforeValidator(_none_if_blank)]
Years = Annotated[Annotated[float, Field(ge=0, le=200)] | None, BeforeValidator(_none_if_blank)]
pages = APIRouter()
api = APIRouter(tags=["search"])
PER_PAGE = 20


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


def search_filters(
    event_type: Annotated[str | None, Query(max_length=40)] = None,
    charge: Annotated[str | None, Query(max_length=40)] = None,
    place: Annotated[str | None, Query(max_length=80)] = None,
    year_from: Annotated[Year, Query()] = None,
    year_to: Annotated[Year, Query()] = None,
    ethnicity: Annotated[str | None, Query(max_length=60)] = None,
    sentence_min: Annotated[Years, Query()] = None,
    sentence_max: Annotated[Years, Query()] = None,
    role: Annotated[str | None, Query(max_length=40)] = None,
    status: Annotated[str | None, Query(pattern="^(proposed|accepted)?$")] = None,
) -> use.SearchFilters:
    return use.SearchFilters(_blank(event_type), _blank(charge), _blank(place), year_from,
                             year_to, _blank(ethnicity), sentence_min, sentence_max,
                             _blank(role), _blank(status))


Filters = Annotated[use.SearchFilters, Depends(search_filters)]
Q = Annotated[str, Query(max_length=300, description="A name in any spelling or script, "
                         "or words of a document")]
Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


@pages.get("/search")
def search_page(request: Request, db: Db, viewer: CurrentViewer, filters: Filters,
                q: Q = "", page_no: Annotated[int, Query(alias="page", ge=1, le=10000)] = 1
                ) -> Response:
    offset = (page_no - 1) * PER_PAGE
    persons = use.search_persons(db, viewer, q, filters, PER_PAGE, offset)
    documents = use.search_documents(db, viewer, q, 10) if q.strip() else use.Page([], 0)
    return page(request, "search.html", viewer, q=q, f=filters, persons=persons,
                documents=documents,
                facets=cached(db, viewer, "facets", lambda: use.facet_values(db, viewer)),
                places=cached(db, viewer, "place_choices", lambda: use.place_choices(db, viewer)),
                page_no=page_no, per_page=PER_PAGE,
                snippet_parts=use.snippet_parts)


@api.get("/search", response_model=PageOf[PersonHitPublic])
def search_api(db: Db, viewer: CurrentViewer, filters: Filters, q: Q = "",
               limit: Limit = 20, offset: Offset = 0) -> PageOf[PersonHitPublic]:
    """Persons by any spelling of a name and by facets, with key facts and source counts."""
    found = use.search_persons(db, viewer, q, filters, limit, offset)
    return PageOf[PersonHitPublic](data=[PersonHitPublic.model_validate(h) for h in found.data],
                                   count=found.count)


@api.get("/persons", response_model=PageOf[PersonContractPublic])
def persons_api(db: Db, viewer: CurrentViewer, filters: Filters, q: Q = "",
                limit: Limit = 20, offset: Offset = 0) -> PageOf[PersonContractPublic]:
    """Persons found by any spelling, each in the export contract's shape."""
    found = use.search_persons(db, viewer, q, filters, limit, offset)
    rows = use.contract_persons(db, viewer, [h.id for h in found.data])
    return PageOf[PersonContractPublic](
        data=[PersonContractPublic.model_validate(r) for r in rows], count=found.count)


@api.get("/search/documents", response_model=PageOf[DocumentHitPublic])
def documents_search_api(db: Db, viewer: CurrentViewer, q: Q = "", limit: Limit = 20,
                         offset: Offset = 0) -> PageOf[DocumentHitPublic]:
    """Documents whose title or text holds every word of ``q`` (matches marked by \\x02..\\x03)."""
    found = use.search_documents(db, viewer, q, limit, offset)
    return PageOf[DocumentHitPublic](
        data=[DocumentHitPublic.model_validate(h) for h in found.data], count=found.count)
