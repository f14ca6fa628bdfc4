"""`izde serve`: what it prints before serving, on a database with and without accounts."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from izde import users
from izde.cli import app
from izde.store.engine import Store


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Stand in for uvicorn.run: record the app instead of serving it."""
    import uvicorn

    apps: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **_: apps.append(app))
    monkeypatch.delenv("IZDE_PUBLIC", raising=False)
    monkeypatch.setenv("IZDE_SECRET_KEY", "a test key that is long enough to be accepted")
    return apps


def serve(db: str) -> Any:
    return CliRunner().invoke(app, ["--db", db, "serve"])


def test_serve_without_accounts_says_how_to_create_an_admin(sqlite_db: str,
                                                             served: list[Any]) -> None:
    result = serve(sqlite_db)
    assert result.exit_code == 0, result.output
    assert f"izde --db {sqlite_db} users add NAME --role admin" in result.output
    assert "IZDE_PUBLIC=1" in result.output
    assert served


def test_public_serve_without_accounts_says_an_admin_is_needed_to_review(
        sqlite_db: str, served: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IZDE_PUBLIC", "1")
    result = serve(sqlite_db)
    assert "users add NAME --role admin" in result.output
    assert "IZDE_PUBLIC=1" not in result.output


def test_serve_with_an_account_gives_no_first_run_hint(db_url: str, served: list[Any]) -> None:
    store = Store(db_url)
    with store.session() as s:
        users.create_user(s, "ana", "admin", "long enough", "test")
    store.close()
    result = serve(db_url)
    assert result.exit_code == 0, result.output
    assert "first run" not in result.output
    assert served
