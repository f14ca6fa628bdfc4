"""One error shape for the whole API: ``{"error": {"code": ..., "message": ...}}``.

Pages show the same message in a page; a visitor who must sign in is sent to /login.
"""

from __future__ import annotations

from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from izde.errors import AccessDenied, ConfigError, IngestError, IzdeError, NotFound, ReviewError

STATUS = {NotFound: 404, AccessDenied: 403, ReviewError: 409, IngestError: 422,
          ConfigError: 422}


class LoginRequired(Exception):
    """Raised by the viewer dependency when the instance is private and nobody signed in."""


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _respond(request: Request, status: int, code: str, message: str,
             headers: dict[str, str] | None = None) -> Response:
    if wants_json(request):
        return JSONResponse(error_body(code, message), status_code=status, headers=headers)
    templates = request.app.state.templates
    return cast(Response, templates.TemplateResponse(request, "error.html", {
        "status": status, "code": code, "message": message}, status_code=status,
        headers=headers))


async def too_many(request: Request, exc: Exception) -> Response:
    from izde.web.limits import TooManyRequests

    assert isinstance(exc, TooManyRequests)
    return _respond(request, 429, "E429", exc.message,
                    headers={"Retry-After": str(exc.retry_after)})


async def izde_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, IzdeError)
    status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 400)
    return _respond(request, status, exc.code, exc.message)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _respond(request, exc.status_code, f"HTTP{exc.status_code}", str(exc.detail))


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    parts = [f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors()]
    return _respond(request, 422, "E422", "; ".join(parts) or "invalid request")


async def login_required(request: Request, exc: Exception) -> Response:
    if wants_json(request):
        return JSONResponse(error_body("E401", "sign in first: this instance is private"),
                            status_code=401)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    from urllib.parse import quote

    return RedirectResponse(f"/login?next={quote(target)}", status_code=303)


def install(app: FastAPI) -> None:
    app.add_exception_handler(IzdeError, izde_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(LoginRequired, login_required)
    from izde.web.limits import TooManyRequests

    app.add_exception_handler(TooManyRequests, too_many)
