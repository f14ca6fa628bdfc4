"""Access-control matrix: every route of the web app and API, for every role.

Each route is classified below by the least role that may use it; the test fails on a
route that is not classified (so a new route must be given a rule), and checks that each
role is let through exactly where its rank reaches the rule and refused (401/403 or a
redirect to the login page) everywhere else.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from izde import users
from izde.store.engine import Store
from izde.web import create_app
from izde.web.settings import WebSettings

from . import builders as b

PASSWORD = "correct horse battery"
ROLES = ("anonymous", "viewer", "editor", "reviewer", "admin")
RANK = {r: i for i, r in enumerate(ROLES)}
ANYONE, VIEWER, EDITOR, REVIEWER, ADMIN = ROLES
PUBLIC_ROUTES = {("GET", "/api/openapi.json"), ("GET", "/api/docs"),
                 ("GET", "/docs/oauth2-redirect"), ("GET", "/login"), ("POST", "/login"),
                 ("POST", "/logout"), ("GET", "/api/session"), ("POST", "/api/session"),
                 ("DELETE", "/api/session"), ("GET", "/")}
RULES: list[tuple[str, str, str]] = [  # (method, path prefix, least role)
    ("POST", "/api/persons/", REVIEWER), ("POST", "/review", REVIEWER),
    ("GET", "/review", REVIEWER), ("GET", "/api/claims", REVIEWER),
    ("POST", "/api/claims", REVIEWER), ("PATCH", "/api/claims", REVIEWER),
    ("GET", "/api/merge-proposals", REVIEWER), ("POST", "/api/merge-proposals", REVIEWER),
    ("GET", "/ingest", EDITOR), ("POST", "/ingest", EDITOR), ("POST", "/api/documents", EDITOR),
    ("GET", "/admin", ADMIN), ("POST", "/admin", ADMIN), ("GET", "/api/users", ADMIN),
    ("POST", "/api/users", ADMIN), ("PUT", "/api/settings", ADMIN),
    ("GET", "/", VIEWER),  # every other page and read API: signed-in viewers
]


def least_role(method: str, path: str) -> str | None:
    if (method, path) in PUBLIC_ROUTES:
        return ANYONE
    return next((role for m, prefix, role in RULES if m == method and path.startswith(prefix)),
                None)


def routes(app: Any) -> Iterator[tuple[str, str]]:
    def walk(items: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
        for r in items:
            if hasattr(r, "original_router"):
                yield from walk(r.original_router.routes,
                                prefix + (getattr(r.include_context, "prefix", "") or ""))
            elif hasattr(r, "path") and getattr(r, "methods", None):
                for m in sorted(set(r.methods) - {"HEAD"}):
                    yield m, prefix + r.path
    yield from walk(app.routes)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, str]]]:
    store = Store(str(tmp_path_factory.mktemp("access") / "w.db"))
    with store.session() as s:
        doc = b.document(s, "restricted", title="Report")
        p = b.person(s, "Serik Tolegenuly", doc, "restricted")
        c = b.claim(s, "person", p.id, "occupation", "herder", doc, "restricted")
        for role in ROLES[1:]:
            users.create_user(s, role, role, PASSWORD, "test")
        ids = {"person_id": p.canonical_id, "document_id": doc.id, "claim_id": c.id,
               "proposal_id": "1", "place_id": "cn", "name": "x", "org_id": "org_x"}
    yield store, ids
    store.close()


def client_for(store: Store, role: str) -> tuple[TestClient, str]:
    app = create_app(settings=WebSettings(None, "k" * 40, dev=True), store=store)
    client = TestClient(app, follow_redirects=False)
    if role == ANYONE:
        return client, str(client.get("/api/session").json()["csrf_token"])
    r = client.post("/api/session", json={"name": role, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return client, str(r.json()["csrf_token"])


def refused(status: int, location: str) -> bool:
    return status in (401, 403) or (status in (302, 303, 307) and "/login" in location)


def test_every_route_is_classified(world: tuple[Store, dict[str, str]]) -> None:
    app = create_app(settings=WebSettings(None, "k" * 40, dev=True), store=world[0])
    unclassified = [r for r in routes(app) if least_role(*r) is None]
    assert not unclassified, f"give these routes an access rule: {unclassified}"


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_its_routes(world: tuple[Store, dict[str, str]],
                                           role: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IZDE_PUBLIC", raising=False)
    store, ids = world
    client, csrf = client_for(store, role)
    wrong = []
    for method, path in routes(client.app):
        if path.startswith("/static") or (method, path) in (("POST", "/logout"),
                                                            ("DELETE", "/api/session")):
            continue
        need = least_role(method, path) or ADMIN
        r = client.request(method, path.format(**ids), headers={"x-csrf-token": csrf},
                           json={} if method in ("POST", "PUT", "PATCH") else None)
        denied = refused(r.status_code, r.headers.get("location", ""))
        if denied == (RANK[role] >= RANK[need]) or r.status_code >= 500:
            wrong.append((method, path, r.status_code))
    assert not wrong, f"{role}: {wrong}"
