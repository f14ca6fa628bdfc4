"""Ingest from the browser: GET/POST /ingest and POST /api/documents (multipart upload).

Same rules and errors as `izde ingest`: ``izde.ingest.pipeline.ingest_bytes`` with the
configured size limit; a duplicate is reported, an unreadable file gives its reason.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, UploadFile
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from izde import config
from izde.errors import IngestError
from izde.ingest.pipeline import IngestOptions, IngestOutcome, ingest_bytes
from izde.protect.policy import Viewer
from izde.store.engine import Store
from izde.web.deps import Csrf, EditorViewer, IngestViewer
from izde.web.limits import limit_ingest
from izde.web.render import page
from izde.web.schemas import IngestPublic, PageOf

pages = APIRouter()
api = APIRouter(tags=["ingest"])


async def ingest_uploads(store: Store, files: list[UploadFile], viewer: Viewer
                         ) -> list[IngestOutcome]:
    """Each file in its own transaction, as the CLI does; failures do not stop the rest.

    Ingest reads, extracts and resolves (CPU and database work), so it runs in the
    threadpool: on the event loop it would stall every other request meanwhile.
    """
    limit = config.max_file_bytes()
    options = IngestOptions(actor=f"web:{viewer.name}", max_bytes=limit,
                            process=config.setting("IZDE_EXTRACT") != "0")
    out = []
    for f in files:
        name = f.filename or "upload"
        data = await f.read(limit + 1)
        try:
            if len(data) > limit:
                raise IngestError(name, f"file is over the {limit / 2**20:.0f} MB limit "
                                  "(IZDE_MAX_FILE_MB)")
            out.append(await run_in_threadpool(ingest_bytes, store, name, data, options))
        except IngestError as exc:
            out.append(IngestOutcome(name, "failed", message=exc.reason))
    return out


@pages.get("/ingest")
def ingest_form(request: Request, viewer: EditorViewer) -> Response:
    return page(request, "ingest.html", viewer, outcomes=None)


LIMITED = [Csrf, Depends(limit_ingest)]


@pages.post("/ingest", dependencies=LIMITED)
async def ingest_page(request: Request, viewer: IngestViewer,
                      files: list[UploadFile]) -> Response:
    outcomes = await ingest_uploads(request.app.state.store, files, viewer)
    return page(request, "ingest.html", viewer, outcomes=outcomes)


@api.post("/documents", response_model=PageOf[IngestPublic], dependencies=LIMITED)
async def ingest_api(request: Request, viewer: IngestViewer,
                     files: list[UploadFile]) -> PageOf[IngestPublic]:
    """Upload files (multipart field ``files``); one outcome per file."""
    outcomes = await ingest_uploads(request.app.state.store, files, viewer)
    return PageOf[IngestPublic](data=[IngestPublic.model_validate(o) for o in outcomes],
                                count=len(outcomes))
