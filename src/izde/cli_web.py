"""CLI commands for the web app: `izde serve` and `izde users add|list`.

The lead's `izde.cli` mounts them: ``app.command("serve")(serve_command)`` and
``app.add_typer(users_app, name="users")``. Each reads the database from ``ctx.obj["db"]``.
"""

from __future__ import annotations

import ipaddress
import shlex
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from izde.errors import IzdeError

if TYPE_CHECKING:
    from izde.store.engine import Store

users_app = typer.Typer(help="Accounts: viewer, editor, reviewer, admin.")


def _db(ctx: typer.Context) -> str | None:
    obj: dict[str, Any] = ctx.obj or {}
    return obj.get("db")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_command(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web app and JSON API. A non-loopback address needs IZDE_SECRET_KEY."""
    import uvicorn

    from izde.web import create_app
    from izde.web.settings import WebSettings

    try:
        settings = WebSettings.load(_db(ctx), dev=_is_loopback(host))
        app = create_app(settings=settings)
    except IzdeError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"izde serving {app.state.store.display_url} on http://{host}:{port}/")
    hint = first_run_hint(app.state.store, _db(ctx))
    if hint:
        typer.echo(hint, err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def first_run_hint(store: Store, db: str | None = None) -> str | None:
    """What to do on a database with no accounts, or None when there is one.

    A private instance without accounts shows every visitor the sign-in page and nobody can
    sign in; a public one can be read but nobody can review. Either way the next step is
    the same command, so say it at start-up instead of leaving a first user at a dead end.
    """
    from sqlalchemy import func, select

    from izde import users
    from izde.store.models import User

    with store.reading() as s:
        if s.scalar(select(func.count()).select_from(User)):
            return None
        public = users.is_public(s)
    izde = f"izde --db {shlex.quote(db)}" if db else "izde"
    add = f"{izde} users add NAME --role admin"
    if public:
        return (f"first run: no accounts yet. Anyone may read public records; to review, "
                f"edit or ingest, create an admin: {add}")
    return (f"first run: no accounts yet, so nobody can sign in. Create an admin: {add}\n"
            f"or serve public records read-only to anyone: IZDE_PUBLIC=1 {izde} serve")


@users_app.command("add")
def add_user(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Option(help="viewer, editor, reviewer or admin.")] = "viewer",
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from standard input.")] = False,
) -> None:
    """Add an account (the password is asked twice unless --password-stdin)."""
    from izde import config, users
    from izde.store.engine import Store

    password = (sys.stdin.readline().rstrip("\n") if password_stdin else
                typer.prompt("Password", hide_input=True, confirmation_prompt=True))
    try:
        store = Store(_db(ctx))
        with store.session() as s:
            info = users.create_user(s, name, role, password, config.actor())
        store.close()
    except IzdeError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"added {info.name} ({info.role})")


@users_app.command("list")
def list_users(ctx: typer.Context) -> None:
    """Every account with its role and lock."""
    from izde import users
    from izde.store.engine import Store

    store = Store(_db(ctx))
    with store.session() as s:
        for u in users.list_users(s):
            lock = f"  locked until {u.locked_until:%Y-%m-%d %H:%M}" if u.locked_until else ""
            typer.echo(f"{u.name}\t{u.role}{lock}")
    store.close()
