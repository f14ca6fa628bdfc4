"""Rendering pages: the templates, and what every page knows (viewer, CSRF token, nav)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from izde.protect.policy import Viewer
from izde.web.deps import csrf_token

TEMPLATES = Path(__file__).with_name("templates")
STATIC = Path(__file__).with_name("static")


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.globals["fmt_years"] = fmt_years
    return templates


def fmt_years(value: Any) -> str:
    if value is None:
        return ""
    years = float(value)
    return f"{years:g} year" + ("" if years == 1 else "s")


def page(request: Request, template: str, viewer: Viewer | None, status: int = 200,
         **context: Any) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, {
        "viewer": viewer, "csrf": csrf_token(request), **context}, status_code=status)
