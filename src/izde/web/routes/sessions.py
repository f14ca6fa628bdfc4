"""Signing in and out: /login, /logout, and /api/session for API clients."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from izde import users
from izde.errors import AccessDenied
from izde.protect.policy import Viewer
from izde.store.engine import Store
from izde.web.deps import SESSION_USER, Csrf, Db, MaybeViewer, csrf_token
from izde.web.limits import limit_login
from izde.web.render import page
from izde.web.schemas import LoginCreate, SessionPublic

pages = APIRouter()
api = APIRouter(tags=["session"])


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to another host."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/search"
    return target


def _sign_in(request: Request, store: Store, name: str, password: str) -> tuple[Viewer, bool]:
    """Check the password (``users.sign_in``: no write lock held while hashing; a failure's
    count is committed though the request fails); (viewer, instance is public)."""
    outcome, public = users.sign_in(store, name, password)
    if outcome.viewer is None:
        raise AccessDenied(outcome.error or "wrong user name or password")
    request.session.clear()
    request.session[SESSION_USER] = outcome.viewer.name
    return outcome.viewer, public


@pages.get("/login")
def login_form(request: Request, viewer: MaybeViewer,
               next: Annotated[str | None, Query(max_length=500)] = None) -> Response:
    return page(request, "login.html", viewer, next=_safe_next(next), error=None)


@pages.post("/login", dependencies=[Csrf, Depends(limit_login)])
def login(request: Request, name: Annotated[str, Form(max_length=100)],
          password: Annotated[str, Form(max_length=1000)],
          next: Annotated[str, Form(max_length=500)] = "/search") -> Response:
    try:
        _sign_in(request, request.app.state.store, name, password)
    except AccessDenied as exc:
        return page(request, "login.html", None, status=401, next=_safe_next(next),
                    error=exc.message, user_name=name)
    return RedirectResponse(_safe_next(next), status_code=303)


@pages.post("/logout", dependencies=[Csrf])
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@api.get("/session", response_model=SessionPublic)
def session_api(request: Request, db: Db, viewer: MaybeViewer) -> SessionPublic:
    """Who is signed in, and the CSRF token to send in X-CSRF-Token with every write."""
    return SessionPublic(user=viewer.name if viewer else None,
                         role=viewer.role if viewer else "none",
                         csrf_token=csrf_token(request), public=users.is_public(db))


@api.post("/session", response_model=SessionPublic, dependencies=[Depends(limit_login)])
def login_api(request: Request, body: LoginCreate) -> SessionPublic:
    """Sign in with a name and password; the session cookie is set on the response."""
    viewer, public = _sign_in(request, request.app.state.store, body.name, body.password)
    return SessionPublic(user=viewer.name, role=viewer.role, csrf_token=csrf_token(request),
                         public=public)


@api.delete("/session", response_model=SessionPublic, dependencies=[Csrf])
def logout_api(request: Request, db: Db) -> SessionPublic:
    request.session.clear()
    return SessionPublic(user=None, role="none", csrf_token=csrf_token(request),
                         public=users.is_public(db))
