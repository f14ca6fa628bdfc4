"""Documents: GET /documents, /documents/{id} (text with mentions marked) and their API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from izde.web import profiles
from izde.web.deps import CurrentViewer, Db
from izde.web.render import page
from izde.web.schemas import DocumentPublic, DocumentRefPublic, PageOf

pages = APIRouter()
api = APIRouter(tags=["documents"])
DocId = Annotated[str, Path(max_length=80)]


@pages.get("/documents")
def documents_page(request: Request, db: Db, viewer: CurrentViewer) -> Response:
    docs, count = profiles.document_list(db, viewer, 500)
    return page(request, "documents.html", viewer, docs=docs, count=count)


@pages.get("/documents/{document_id}")
def document_page(request: Request, db: Db, viewer: CurrentViewer,
                  document_id: DocId) -> Response:
    return page(request, "document.html", viewer,
                d=profiles.document_view(db, viewer, document_id))


@api.get("/documents", response_model=PageOf[DocumentRefPublic])
def documents_api(db: Db, viewer: CurrentViewer,
                  limit: Annotated[int, Query(ge=1, le=500)] = 50,
                  offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0
                  ) -> PageOf[DocumentRefPublic]:
    """Documents, newest ingested first."""
    docs, count = profiles.document_list(db, viewer, limit, offset)
    return PageOf[DocumentRefPublic](data=[DocumentRefPublic.model_validate(d) for d in docs],
                                     count=count)


@api.get("/documents/{document_id}", response_model=DocumentPublic)
def document_api(db: Db, viewer: CurrentViewer, document_id: DocId) -> DocumentPublic:
    """One document: metadata, sha256, text, and the persons it names."""
    return DocumentPublic.model_validate(profiles.document_view(db, viewer, document_id))
