"""Administration: /admin (users, public mode) and /api/users, /api/settings (admin only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from izde import users as use
from izde.web.deps import AdminViewer, Csrf, Db
from izde.web.render import page
from izde.web.schemas import PageOf, SettingUpdate, UserCreate, UserPublic

pages = APIRouter()
api = APIRouter(tags=["users"])


@pages.get("/admin")
def admin_page(request: Request, db: Db, viewer: AdminViewer) -> Response:
    return page(request, "admin.html", viewer, users=use.list_users(db),
                public=use.is_public(db), roles=use.USER_ROLES)


@pages.post("/admin/public", dependencies=[Csrf])
def admin_public(db: Db, viewer: AdminViewer,
                 public: Annotated[str, Form(pattern="^(0|1)$")]) -> Response:
    use.set_public(db, public == "1", viewer)
    return RedirectResponse("/admin", status_code=303)


@pages.post("/admin/users", dependencies=[Csrf])
def admin_add_user(db: Db, viewer: AdminViewer, name: Annotated[str, Form(max_length=100)],
                   role: Annotated[str, Form(max_length=16)],
                   password: Annotated[str, Form(max_length=1000)]) -> Response:
    use.create_user(db, name, role, password, viewer.name or "admin")
    return RedirectResponse("/admin", status_code=303)


@api.get("/users", response_model=PageOf[UserPublic])
def users_api(db: Db, viewer: AdminViewer) -> PageOf[UserPublic]:
    rows = use.list_users(db)
    return PageOf[UserPublic](data=[UserPublic.model_validate(u) for u in rows],
                              count=len(rows))


@api.post("/users", response_model=UserPublic, status_code=201, dependencies=[Csrf])
def add_user_api(db: Db, viewer: AdminViewer, body: UserCreate) -> UserPublic:
    info = use.create_user(db, body.name, body.role, body.password, viewer.name or "admin")
    return UserPublic.model_validate(info)


@api.put("/settings/public", response_model=SettingUpdate, dependencies=[Csrf])
def public_api(db: Db, viewer: AdminViewer, body: SettingUpdate) -> SettingUpdate:
    """Open the instance to anonymous reading (public claims only), or close it."""
    use.set_public(db, body.public, viewer)
    return SettingUpdate(public=use.is_public(db))
