"""Rate limits on sign-in (per client address) and ingest (per user): 429 + Retry-After."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from izde.errors import ConfigError
from izde.protect.ratelimit import LOGIN, Limit, RateLimiter
from izde.web.limits import limit_from_env

from .conftest import PASSWORD, api_token, login


def _tight(client: TestClient, name: str) -> None:
    app = client.app
    setattr(app.state, name, RateLimiter(Limit(burst=2, per_minute=1)))  # type: ignore[attr-defined]


def _api_login(client: TestClient, password: str = PASSWORD) -> int:
    r = client.post("/api/session", json={"name": "viewer", "password": password})
    return int(r.status_code)


def test_api_sign_in_beyond_the_burst_gets_429_with_retry_after(client: TestClient) -> None:
    _tight(client, "login_limiter")
    assert [_api_login(client, "wrong password!") for _ in range(2)] == [403, 403]
    r = client.post("/api/session", json={"name": "viewer", "password": PASSWORD})
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) >= 1
    assert r.json()["error"]["code"] == "E429"


def test_form_sign_in_is_limited_too(client: TestClient) -> None:
    _tight(client, "login_limiter")
    login(client, "viewer")
    login(client, "viewer")
    token = api_token(client)
    r = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf": token})
    assert r.status_code == 429
    assert "retry-after" in r.headers


def test_ingest_beyond_the_burst_gets_429(client: TestClient) -> None:
    _tight(client, "ingest_limiter")
    c = login(client, "editor")
    headers = {"x-csrf-token": api_token(c)}
    codes = [c.post("/api/documents", headers=headers,
                    files={"files": (f"r{i}.txt", f"report {i}".encode(), "text/plain")}
                    ).status_code for i in range(3)]
    assert codes == [200, 200, 429]


def test_ingest_limit_is_per_user(client: TestClient) -> None:
    _tight(client, "ingest_limiter")
    client.app.state.ingest_limiter.check("editor")  # type: ignore[attr-defined]
    client.app.state.ingest_limiter.check("editor")  # type: ignore[attr-defined]
    c = login(client, "admin")
    r = c.post("/api/documents", headers={"x-csrf-token": api_token(c)},
               files={"files": ("a.txt", b"a report", "text/plain")})
    assert r.status_code == 200


def test_limits_can_be_set_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IZDE_RATE_LOGIN", "50/120")
    assert limit_from_env("IZDE_RATE_LOGIN", LOGIN) == Limit(burst=50, per_minute=120)


def test_a_malformed_limit_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IZDE_RATE_LOGIN", "many")
    with pytest.raises(ConfigError):
        limit_from_env("IZDE_RATE_LOGIN", LOGIN)
