"""Request dependencies as typed aliases: the database session, the viewer, CSRF checks.

A view names what it needs (``Db``, ``CurrentViewer``, ``ReviewerViewer``...) and FastAPI
supplies it; authorisation therefore reads in the signature of each route.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from izde import users
from izde.errors import AccessDenied
from izde.protect.policy import ANONYMOUS, Viewer
from izde.store.engine import Store
from izde.web.errors import LoginRequired

SESSION_USER = "user"
SESSION_CSRF = "csrf"
CSRF_HEADER = "x-csrf-token"


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def get_db(request: Request) -> Iterator[Session]:
    """One session, one transaction per request: committed when the view returns, before the
    response is sent (scope "function"), so an acknowledged write is a committed one and a
    failed commit is an error the client sees. GET requests only read: on SQLite their
    transaction takes no write lock. The session lives and dies within this request; it is
    handed between the threadpool's threads one step at a time, never used by two at once.
    """
    store: Store = request.app.state.store
    opened = store.reading() if request.method in SAFE_METHODS else store.session()
    with opened as session:
        yield session


Db = Annotated[Session, Depends(get_db, scope="function")]


def optional_viewer(request: Request, db: Db) -> Viewer | None:
    """The signed-in viewer; anonymous on a public instance; None on a private one."""
    return _viewer_from(request, db)


def viewer_apart(request: Request) -> Viewer | None:
    """The viewer, read in a short transaction of its own and closed at once: for views
    (ingest) whose writes run in their own transactions, so no request session sits idle
    in a transaction meanwhile."""
    store: Store = request.app.state.store
    with store.reading() as session:
        return _viewer_from(request, session)


def _viewer_from(request: Request, db: Session) -> Viewer | None:
    name = request.session.get(SESSION_USER)
    if name:
        viewer = users.viewer_for(db, name)
        if viewer is not None:
            return viewer
        request.session.pop(SESSION_USER, None)
    return ANONYMOUS if users.is_public(db) else None


def current_viewer(viewer: Annotated[Viewer | None, Depends(optional_viewer)]) -> Viewer:
    if viewer is None:
        raise LoginRequired()
    return viewer


CurrentViewer = Annotated[Viewer, Depends(current_viewer)]
MaybeViewer = Annotated[Viewer | None, Depends(optional_viewer)]


ApartViewer = Annotated[Viewer | None, Depends(viewer_apart)]


def role(required: str, apart: bool = False) -> Callable[..., Viewer]:
    """A dependency requiring ``required``; ``apart``: the viewer is read by
    ``viewer_apart`` rather than in the request's session."""
    def check(viewer: MaybeViewer) -> Viewer:
        return _require(required, viewer)

    def check_apart(viewer: ApartViewer) -> Viewer:
        return _require(required, viewer)
    return check_apart if apart else check


def _require(required: str, viewer: Viewer | None) -> Viewer:
    viewer = current_viewer(viewer)
    if viewer.is_public:
        raise LoginRequired()
    if not viewer.can(required):
        raise AccessDenied(f"this needs the {required} role or above; you are "
                           f"{viewer.role}")
    return viewer


EditorViewer = Annotated[Viewer, Depends(role("editor"))]
IngestViewer = Annotated[Viewer, Depends(role("editor", apart=True))]
ReviewerViewer = Annotated[Viewer, Depends(role("reviewer"))]
AdminViewer = Annotated[Viewer, Depends(role("admin"))]


def csrf_token(request: Request) -> str:
    """This session's CSRF token, made on first use."""
    token = request.session.get(SESSION_CSRF)
    if not token:
        token = secrets.token_urlsafe(32)
        request.session[SESSION_CSRF] = token
    return str(token)


async def check_csrf(request: Request) -> None:
    """Forms carry the token in a field, API clients in the X-CSRF-Token header."""
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get("csrf")
        sent = value if isinstance(value, str) else None
    expected = request.session.get(SESSION_CSRF)
    if not expected or not sent or not hmac.compare_digest(str(expected), sent):
        raise AccessDenied("missing or wrong CSRF token; reload the page and try again")


Csrf = Depends(check_csrf)
