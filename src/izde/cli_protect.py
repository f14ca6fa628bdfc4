"""CLI commands for protection and integrity: keys, consent, privacy, backup, verify, public
export. The lead mounts them in ``izde.cli``; each command opens the store and calls one
function of ``izde.protect``, ``izde.crypto``, ``izde.backup`` or ``izde.integrity``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy.orm import Session

from izde import config, crypto
from izde.errors import ConfigError
from izde.store.engine import Store

keys_app = typer.Typer(help="Encryption keys for confidential values (IZDE_KEY_FILE).")
consent_app = typer.Typer(help="Consent records: who agreed to what being published.")
privacy_app = typer.Typer(help="How a person appears in public outputs.")
out = Console()
err = Console(stderr=True)


def _store(ctx: typer.Context) -> Store:
    from izde.protect import at_rest

    at_rest.install()
    return Store((ctx.obj or {}).get("db"))


@contextmanager
def _session(ctx: typer.Context) -> Iterator[Session]:
    store = _store(ctx)
    try:
        with store.session() as s:
            yield s
    finally:
        store.close()


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error[/red] {message}", markup=True, highlight=False)
    return typer.Exit(code)


# -- keys -------------------------------------------------------------------------------------

@keys_app.command("init")
def keys_init(file: Annotated[Path, typer.Argument(help="Where to write the key file; keep "
                                                   "it outside the database's folder.")]
              ) -> None:
    """Create a new key file (mode 0600). Point IZDE_KEY_FILE at it."""
    if file.exists():
        raise _fail(f"{file} exists; a key file is never overwritten (rotate instead)")
    crypto.save_keyring(crypto.Keyring.generate(), file)
    out.print(f"wrote {file}. Set IZDE_KEY_FILE={file.resolve()} and keep a copy of the "
              "file somewhere safe: without it confidential values cannot be read.")


@keys_app.command("rotate")
def keys_rotate(ctx: typer.Context) -> None:
    """Re-encrypt every confidential value with a new key and retire the old one."""
    from izde.protect import at_rest

    path = config.setting("IZDE_KEY_FILE")
    if not path:
        raise _fail("IZDE_KEY_FILE is not set; create a key with `izde keys init FILE`")
    store = _store(ctx)
    try:
        report = at_rest.rotate(store, path)
    finally:
        store.close()
    out.print(f"new key {report.new_key}; {report.values_sealed} values encrypted with it; "
              f"retired {', '.join(report.retired_keys) or 'no key'}")


# -- consent -----------------------------------------------------------------------------------

@consent_app.command("add")
def consent_add(
    ctx: typer.Context,
    scope: Annotated[str, typer.Option(help="publish_testimony, publish_name, "
                                       "publish_location or publish:PROPERTY.")],
    given_by: Annotated[str, typer.Option(help="Who gave (or refused) consent.")],
    means: Annotated[str, typer.Option(help="How: written form, recorded oral, email...")],
    person: Annotated[str | None, typer.Option(help="Person (record or canonical id).")] = None,
    document: Annotated[str | None, typer.Option(help="Document id.")] = None,
    refused: Annotated[bool, typer.Option("--refused", help="Record a refusal.")] = False,
    note: Annotated[str | None, typer.Option(help="Free note.")] = None,
) -> None:
    """Record a consent (or a refusal) for a person or a document."""
    from izde.protect.consent import add_consent

    try:
        with _session(ctx) as s:
            row = add_consent(s, config.actor(), scope=scope, given_by=given_by, means=means,
                              person_id=person, document_id=document, granted=not refused,
                              note=note)
            out.print(f"recorded consent {row.id}")
    except ValueError as exc:
        raise _fail(str(exc), 2) from exc


@consent_app.command("list")
def consent_list(ctx: typer.Context,
                 person: Annotated[str | None, typer.Option()] = None,
                 document: Annotated[str | None, typer.Option()] = None) -> None:
    """Consents on record for a person or a document."""
    from izde.protect.consent import consents_for

    with _session(ctx) as s:
        rows = consents_for(s, person_id=person, document_id=document)
    for c in rows:
        state = "granted" if c.granted else "REFUSED"
        if c.withdrawn_at:
            state = f"withdrawn {c.withdrawn_at.isoformat(timespec='minutes')}"
        out.print(f"{c.id}\t{c.scope}\t{state}\tby {c.given_by} ({c.means}) "
                  f"{c.given_at.isoformat(timespec='minutes')}", markup=False, highlight=False)
    if not rows:
        out.print("no consent on record")


@consent_app.command("withdraw")
def consent_withdraw(ctx: typer.Context, consent_id: int) -> None:
    """Mark a consent as withdrawn (the record is kept)."""
    from izde.protect.consent import withdraw_consent

    try:
        with _session(ctx) as s:
            withdraw_consent(s, config.actor(), consent_id)
    except LookupError as exc:
        raise _fail(str(exc)) from exc
    out.print(f"consent {consent_id} withdrawn")


# -- privacy -----------------------------------------------------------------------------------

@privacy_app.command("set")
def privacy_set(
    ctx: typer.Context,
    person: Annotated[str, typer.Argument(help="Canonical person id.")],
    identity: Annotated[str | None, typer.Option(help="full, partial or anonymous.")] = None,
    location: Annotated[str | None, typer.Option(
        help="exact, county, prefecture, country or withheld.")] = None,
) -> None:
    """Set a person's public identity level and/or location precision."""
    from izde.protect.privacy import set_privacy

    try:
        with _session(ctx) as s:
            p = set_privacy(s, person, config.actor(), identity=identity, location=location)
    except ValueError as exc:
        raise _fail(str(exc), 2) from exc
    out.print(f"{person}: identity {p.identity}, location {p.location}")


@privacy_app.command("show")
def privacy_show(ctx: typer.Context, person: str) -> None:
    """A person's public identity level and location precision."""
    from izde.protect.privacy import privacy_for

    with _session(ctx) as s:
        p = privacy_for(s, person)
    out.print(f"{person}: identity {p.identity}, location {p.location}")


# -- backup, restore, verify, public export ----------------------------------------------------

def backup_command(ctx: typer.Context,
                   file: Annotated[Path, typer.Argument(help="Backup file to write.")]) -> None:
    """Write a consistent backup (safe while `izde serve` runs)."""
    from izde.backup import backup

    store = _store(ctx)
    try:
        report = backup(store, file)
    finally:
        store.close()
    total = sum(report.counts.values())
    out.print(f"wrote {file}: {total} rows in {len(report.counts)} tables")


def restore_command(ctx: typer.Context,
                    file: Annotated[Path, typer.Argument(help="Backup file to read.")]) -> None:
    """Restore a backup into an empty database (given with --db)."""
    from izde.backup import restore
    from izde.store.engine import database_url

    counts = restore(database_url((ctx.obj or {}).get("db")), file)
    out.print(f"restored {sum(counts.values())} rows from {file}")


def verify_command(ctx: typer.Context) -> None:
    """Check every stored original and attachment against its recorded sha256."""
    from izde.integrity import verify_documents

    with _session(ctx) as s:
        report = verify_documents(s)
    for p in report.problems:
        err.print(f"[red]altered[/red] {p.kind} {p.id}: {p.reason}")
    note = f", {report.unchecked} encrypted and unchecked (no key)" if report.unchecked else ""
    if not report.ok:
        raise _fail(f"{len(report.problems)} of {report.checked} files fail verification")
    out.print(f"{report.checked} files verified against their sha256{note}")


def public_export(ctx: typer.Context,
                  output: Annotated[Path | None, typer.Option(
                      "--output", "-o", help="File to write (default stdout).")] = None
                  ) -> None:
    """Export only what is public, with names and places as each person allows."""
    from izde.export.public import build_public_export

    try:
        with _session(ctx) as s:
            data = build_public_export(s)
    except ConfigError as exc:
        raise _fail(exc.message) from exc
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    output.write_text(text, encoding="utf-8")
    err.print(f"wrote {output}")
