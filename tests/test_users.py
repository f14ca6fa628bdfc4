"""Accounts: argon2 hashes, roles, lockout, public mode, and the `users` commands."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from izde import users
from izde.cli_web import users_app
from izde.errors import AccessDenied, ConfigError
from izde.protect.policy import Viewer
from izde.store.engine import Store
from izde.store.models import User


def test_password_is_stored_as_an_argon2_hash(db_url: str) -> None:
    with Store(db_url).session() as s:
        users.create_user(s, "ana", "viewer", "long enough", "test")
        stored = s.query(User).one().password_hash
    assert stored.startswith("$argon2id$") and "long enough" not in stored


def test_unknown_role_is_refused(db_url: str) -> None:
    with Store(db_url).session() as s, pytest.raises(ConfigError):
        users.create_user(s, "ana", "god", "long enough", "test")


def test_short_password_is_refused(db_url: str) -> None:
    with Store(db_url).session() as s, pytest.raises(ConfigError):
        users.create_user(s, "ana", "viewer", "short", "test")


def test_right_password_gives_the_viewer_with_its_role(db_url: str) -> None:
    with Store(db_url).session() as s:
        users.create_user(s, "ana", "reviewer", "long enough", "test")
        assert users.authenticate(s, "ana", "long enough").viewer == Viewer("ana", "reviewer")


def test_lockout_refuses_even_the_right_password(db_url: str) -> None:
    store = Store(db_url)
    with store.session() as s:
        users.create_user(s, "ana", "viewer", "long enough", "test")
    for _ in range(users.MAX_FAILURES):
        with store.session() as s:
            assert users.authenticate(s, "ana", "wrong one").viewer is None
    with store.session() as s:
        outcome = users.authenticate(s, "ana", "long enough")
    assert outcome.viewer is None and "locked" in (outcome.error or "")


def test_only_an_admin_makes_the_instance_public(db_url: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IZDE_PUBLIC", raising=False)
    with Store(db_url).session() as s:
        with pytest.raises(AccessDenied):
            users.set_public(s, True, Viewer("r", "reviewer"))
        users.set_public(s, True, Viewer("a", "admin"))
        assert users.is_public(s)


def test_users_add_command_reads_the_password_from_stdin(db_url: str) -> None:
    app = typer.Typer()

    @app.callback()
    def main(ctx: typer.Context) -> None:
        ctx.obj = {"db": db_url}

    app.add_typer(users_app, name="users")
    runner = CliRunner()
    added = runner.invoke(app, ["users", "add", "ana", "--role", "editor", "--password-stdin"],
                          input="long enough\n")
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["users", "list"])
    assert "ana\teditor" in listed.output


def _account(db_url: str) -> Store:
    store = Store(db_url)
    with store.session() as s:
        users.create_user(s, "ana", "editor", "long enough", "test")
    return store


def test_sign_in_gives_the_viewer_and_whether_the_instance_is_public(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IZDE_PUBLIC", raising=False)
    outcome, public = users.sign_in(_account(db_url), "ana", "long enough")
    assert outcome.viewer == Viewer("ana", "editor") and public is False


def test_sign_in_counts_failures_until_the_account_locks(db_url: str) -> None:
    store = _account(db_url)
    for _ in range(users.MAX_FAILURES):
        assert users.sign_in(store, "ana", "wrong one")[0].viewer is None
    outcome, _ = users.sign_in(store, "ana", "long enough")
    assert outcome.viewer is None and "locked" in (outcome.error or "")


def test_a_successful_sign_in_clears_earlier_failures(db_url: str) -> None:
    store = _account(db_url)
    users.sign_in(store, "ana", "wrong one")
    users.sign_in(store, "ana", "long enough")
    with store.reading() as s:
        assert s.query(User).one().failed_logins == 0


def test_sign_in_holds_no_write_lock_while_the_password_is_checked(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another writer can commit while argon2 runs (SQLite has one writer at a time)."""
    store = _account(db_url)
    verify = users._verify

    def verify_while_another_writes(password_hash: str, password: str) -> bool:
        with store.session() as s:
            users.create_user(s, "bob", "viewer", "long enough", "test")
        return verify(password_hash, password)

    monkeypatch.setattr(users, "_verify", verify_while_another_writes)
    assert users.sign_in(store, "ana", "long enough")[0].viewer is not None
    with store.reading() as s:
        assert {u.name for u in s.query(User)} == {"ana", "bob"}
