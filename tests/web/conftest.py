"""The app on a temporary SQLite database filled by ``factory.populate``, called in-process."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi.testclient import TestClient

from izde import users
from izde.store.engine import Store
from izde.web import create_app
from izde.web.settings import WebSettings

from .factory import populate

PASSWORD = "correct horse battery"
ROLES = ("viewer", "editor", "reviewer", "admin")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    st = Store(db_url)
    with st.session() as s:
        populate(s)
        for role in ROLES:
            users.create_user(s, role, role, PASSWORD, "test")
    yield st
    st.close()


@pytest.fixture
def ids() -> dict[str, str]:
    return {"person": "per_a", "other": "per_d", "doc_a": f"doc_{1:016x}",
            "doc_b": f"doc_{2:016x}"}


@pytest.fixture
def client(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.delenv("IZDE_PUBLIC", raising=False)
    app = create_app(settings=WebSettings(None, "k" * 40, dev=True), store=store)
    with TestClient(app) as c:
        yield c


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "page has no CSRF field"
    return found.group(1)


def login(client: TestClient, name: str) -> TestClient:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"name": name, "password": PASSWORD, "csrf": token,
                                    "next": "/search"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return client


def api_token(client: TestClient) -> str:
    return str(client.get("/api/session").json()["csrf_token"])


@contextmanager
def served(app: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn on a free loopback port in a thread; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
