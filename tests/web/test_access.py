"""Private by default, public on request, roles, CSRF, lockout."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from izde import users
from izde.store.engine import Store

from .conftest import PASSWORD, api_token, csrf_of, login


def test_anonymous_visitor_of_a_private_instance_is_sent_to_login(client: TestClient) -> None:
    r = client.get("/persons/per_a", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login?next=/persons/per_a")


def test_anonymous_api_call_on_a_private_instance_is_401(client: TestClient) -> None:
    r = client.get("/api/persons", params={"q": "Serik"})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "E401"


def test_public_instance_shows_anonymous_visitors_public_claims_only(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IZDE_PUBLIC", "1")
    r = client.get("/search", params={"q": "Serik"})
    assert r.status_code == 200
    assert "/persons/per_a" not in r.text  # every record of the fixture is restricted


def test_admin_can_make_the_instance_public(client: TestClient, store: Store) -> None:
    c = login(client, "admin")
    r = c.put("/api/settings/public", json={"public": True},
              headers={"X-CSRF-Token": api_token(c)})
    assert r.json() == {"public": True}
    with store.session() as s:
        assert users.is_public(s)


def test_viewer_cannot_open_the_review_queue(client: TestClient) -> None:
    r = login(client, "viewer").get("/review")
    assert r.status_code == 403


def test_a_form_without_csrf_token_is_refused(client: TestClient) -> None:
    c = login(client, "reviewer")
    r = c.post("/review/claims/x", data={"action": "accept"})
    assert r.status_code == 403
    assert "CSRF" in r.text


def test_wrong_password_is_refused(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"name": "viewer", "password": "nope-nope", "csrf": token})
    assert r.status_code == 401
    assert "wrong user name or password" in r.text


def test_account_locks_after_repeated_failures(client: TestClient, store: Store) -> None:
    for _ in range(users.MAX_FAILURES):
        client.post("/api/session", json={"name": "viewer", "password": "wrong-wrong"})
    r = client.post("/api/session", json={"name": "viewer", "password": PASSWORD})
    assert r.status_code == 403
    assert "locked" in r.json()["error"]["message"]


def test_login_never_redirects_to_another_host(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf": token,
                                    "next": "//evil.example/"}, follow_redirects=False)
    assert r.headers["location"] == "/search"


def test_pages_forbid_outside_sources_by_policy(client: TestClient) -> None:
    csp = client.get("/login").headers["content-security-policy"]
    assert "default-src 'self'" in csp
