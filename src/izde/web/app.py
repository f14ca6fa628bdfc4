"""The web application factory: pages and the JSON API over the same use cases.

    >>> from izde.web import create_app
    >>> app = create_app("reports.db")      # uvicorn.run(app) or `izde serve`

Views authorise (dependencies), call a use case (``izde.search``, ``izde.review``,
``izde.statistics``, ``izde.users``), and serialise (templates or ``schemas``).
Pages load nothing from other hosts: every style, script and map shape is served here, and
a Content-Security-Policy of 'self' says so to the browser.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import event
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import Response

from izde import __version__
from izde.store.engine import Store
from izde.web import errors, limits
from izde.web.render import STATIC, make_templates
from izde.web.routes import (
    documents,
    events,
    ingest,
    persons,
    places,
    review,
    search,
    sessions,
    statistics,
    users,
)
from izde.web.schemas import ErrorPublic
from izde.web.settings import WebSettings

ROUTE_MODULES = (search, persons, events, documents, review, statistics, places, ingest,
                 sessions, users)
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SESSION_HOURS = 12
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorPublic, "description": text} for status, text in (
        (400, "Bad request"), (401, "Sign in first (private instance)"),
        (403, "Not allowed for this role, or CSRF token missing"), (404, "Not found"),
        (409, "Conflicts with the state of the record"), (422, "Invalid parameters"),
        (429, "Too many requests: wait Retry-After seconds"))}


def create_app(db: str | None = None, *, settings: WebSettings | None = None,
               store: Store | None = None) -> FastAPI:
    """The app on database ``db`` (a path or URL; default $IZDE_DB)."""
    settings = settings or WebSettings.load(db)
    app = FastAPI(title="izde", version=__version__, docs_url="/api/docs",
                  redoc_url=None, openapi_url="/api/openapi.json",
                  description="A cited record of detentions and disappearances: search, "
                  "persons, events, documents, claims and review, statistics, ingest.")
    app.state.store = store or Store(settings.db)
    read_from_memory_map(app.state.store)
    index_leftover_names(app.state.store)
    app.state.templates = make_templates()
    app.state.settings = settings
    app.add_middleware(SessionMiddleware, secret_key=settings.secret_key,
                       session_cookie="izde_session", max_age=SESSION_HOURS * 3600,
                       same_site="lax", https_only=not settings.dev)
    app.middleware("http")(security_headers)
    errors.install(app)
    limits.install(app)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for module in ROUTE_MODULES:
        app.include_router(module.pages, include_in_schema=False)
        app.include_router(module.api, prefix="/api", responses=ERROR_RESPONSES)
    app.get("/", include_in_schema=False)(home)
    return app


SERVING_PRAGMAS = ("PRAGMA mmap_size=1073741824", "PRAGMA cache_size=-16384")


def read_from_memory_map(store: Store) -> None:
    """On SQLite, let the server's connections read the file through a memory map (and
    keep a larger page cache): a search touches hundreds of scattered index and row pages,
    and with SQLite's default 2 MB cache each one was a read() system call again. Pages
    then come from the operating system's cache, shared by every connection. Writes are
    unchanged (WAL). Connections opened before (for migrations) are closed to pick it up.
    """
    if store.dialect != "sqlite" or store.engine.url.database in (None, "", ":memory:"):
        return  # in memory: nothing to map, and closing its connections would lose it

    def tune(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        for pragma in SERVING_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()
    event.listen(store.engine, "connect", tune)
    store.engine.dispose()


def index_leftover_names(store: Store) -> None:
    """Index names queued by writers that do not index (see ``izde.search``), at start-up
    and in a transaction of its own, so no request ever has to."""
    from izde.search import sync_index

    with store.session() as session:
        sync_index(session)


async def home() -> RedirectResponse:
    return RedirectResponse("/search", status_code=303)


async def security_headers(request: Request,
                           call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response
