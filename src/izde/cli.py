"""The `izde` command: a thin layer over `izde.Izde`; each command calls one method."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from izde import __version__
from izde.errors import IzdeError

app = typer.Typer(help="izde: a cited record of detentions, disappearances and transnational "
                  "repression, built from reports and testimonies.", no_args_is_help=False,
                  pretty_exceptions_enable=False)
show_app = typer.Typer(help="Show one stored item.")
app.add_typer(show_app, name="show")
out = Console()
err = Console(stderr=True)


def _open(ctx: typer.Context) -> Any:
    from izde.library import Izde

    return Izde(ctx.obj["db"])


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option(
        "--db", help="Database file or SQLAlchemy URL (default $IZDE_DB or ./izde.db).")] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    """With no command: print a summary of what the database holds."""
    ctx.obj = {"db": db}
    if version:
        out.print(f"izde {__version__}")
        raise typer.Exit()
    if ctx.invoked_subcommand is None:
        summary(ctx)


def summary(ctx: typer.Context) -> None:
    with _open(ctx) as izde:
        counts = izde.stats()
        by_type = izde.events_by_type()
        out.print(f"[bold]izde[/bold] {__version__} — {izde.store.display_url}")
        out.print(f"{counts['documents']} documents, {counts['persons']} persons, "
                  f"{counts['events']} events, {counts['places']} places, "
                  f"{counts['claims']} claims awaiting or after review.")
        if by_type:
            out.print("Events: " + ", ".join(f"{t} {n}" for t, n in by_type.items()))
        out.print("Next: `izde export --format json`, `izde persons list`, `izde --help`.")


@app.command()
def init(ctx: typer.Context) -> None:
    """Create the database, or upgrade an older one to the current schema."""
    with _open(ctx) as izde:
        out.print(f"database ready: {izde.store.display_url} ({len(izde.store.tables())} tables)")


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (recursive).")],
    publisher: Annotated[str | None, typer.Option(help="Override the publisher.")] = None,
    published: Annotated[str | None, typer.Option(help="Override the date (EDTF).")] = None,
    title: Annotated[str | None, typer.Option(help="Override the title.")] = None,
    url: Annotated[str | None, typer.Option(help="Override the URL.")] = None,
    no_extract: Annotated[bool, typer.Option(
        "--no-extract", help="Store documents only; run `izde extract` later.")] = False,
    sensitivity: Annotated[str | None, typer.Option(
        help="public, restricted or confidential (default: public for published reporting "
        "with a publisher or URL, else restricted).")] = None,
) -> None:
    """Store documents unchanged (txt, md, html, pdf, docx) and extract what they report."""
    overrides = {k: v for k, v in (("publisher", publisher), ("published", published),
                                   ("title", title), ("url", url)) if v}
    if sensitivity not in (None, "public", "restricted", "confidential"):
        err.print(f"error: unknown sensitivity {sensitivity!r}")
        raise typer.Exit(2)
    with _open(ctx) as izde:
        outcomes = _ingest_with_progress(izde, paths, overrides, not no_extract, sensitivity)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("stored", "duplicate", "failed")}
    out.print(f"{counts['stored']} stored, {counts['duplicate']} already present, "
              f"{counts['failed']} failed")
    if counts["failed"]:
        raise typer.Exit(1)


def _ingest_with_progress(izde: Any, paths: list[Path], overrides: dict[str, str],
                          process: bool, sensitivity: str | None) -> list[Any]:
    from izde.ingest.pipeline import expand_paths

    files = expand_paths(paths)
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        err.print(f"[red]error[/red] {p}: no such file or folder")
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=err, transient=True, disable=len(files) < 5) as bar:
        task = bar.add_task("ingesting", total=len(files))

        def report(o: Any) -> None:
            bar.advance(task)
            _print_outcome(o)

        outcomes: list[Any] = izde.ingest([f for f in files if f.exists()], overrides=overrides,
                                          process=process, on_file=report,
                                          sensitivity=sensitivity)
    if missing:
        from izde.ingest.pipeline import IngestOutcome

        outcomes += [IngestOutcome(str(p), "failed", message="no such file") for p in missing]
    return outcomes


def _print_outcome(o: Any) -> None:
    if o.status == "failed":
        err.print(f"[red]error[/red] {o.path}: {o.message}")
    elif o.status == "duplicate":
        out.print(f"[yellow]skipped[/yellow] {o.path}: {o.message} as {o.document_id}")
    else:
        out.print(f"[green]stored[/green] {o.path} as {o.document_id} ({o.message})")


@app.command()
def extract(
    ctx: typer.Context,
    document: Annotated[str | None, typer.Option(help="One document id.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every document.")] = False,
) -> None:
    """Re-run extraction and resolution (after an upgrade); reviewed claims are kept."""
    if not document and not all_:
        err.print("error: give --document ID or --all")
        raise typer.Exit(2)
    with _open(ctx) as izde:
        n = izde.extract(document)
    out.print(f"extracted {n} document(s)")


@app.command()
def export(
    ctx: typer.Context,
    format_: Annotated[str, typer.Option("--format", help="json or csv.")] = "json",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="File (json) or folder (csv); json defaults to stdout.")] = None,
    public: Annotated[bool, typer.Option(
        "--public", help="Only public values, names and places coarsened as each person "
        "allows (docs/protection.md).")] = False,
) -> None:
    """Export everything: the JSON contract (shared/eval/FORMAT.md) or one CSV per entity."""
    if format_ not in ("json", "csv"):
        err.print(f"error: unknown format {format_!r}; use json or csv")
        raise typer.Exit(2)
    if format_ == "csv" and output is None:
        err.print("error: --format csv needs --output DIR")
        raise typer.Exit(2)
    with _open(ctx) as izde:
        data = izde.export(public=public)
    if format_ == "csv":
        from izde.export.tables import write_csv

        assert output is not None
        for path in write_csv(data, output):
            out.print(f"wrote {path}")
        return
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
        err.print(f"wrote {output}")
    else:
        sys.stdout.write(text + "\n")


@app.command()
def stats(ctx: typer.Context) -> None:
    """Counts of what the database holds."""
    with _open(ctx) as izde:
        counts, by_type = izde.stats(), izde.events_by_type()
    table = Table("what", "count")
    for k, v in counts.items():
        table.add_row(k, str(v))
    for t, n in by_type.items():
        table.add_row(f"  events: {t}", str(n))
    out.print(table)


@show_app.command("document")
def show_document(ctx: typer.Context, document_id: str,
                  text: Annotated[bool, typer.Option(help="Print the body text.")] = False
                  ) -> None:
    """Metadata of one document (and its text with --text)."""
    with _open(ctx) as izde:
        doc = izde.document(document_id)
    body = doc.pop("body")
    for k, v in doc.items():
        out.print(f"[bold]{k}[/bold]: {v}")
    if text:
        out.print(body, markup=False, highlight=False)


@app.command("settings")
def settings_cmd() -> None:
    """Every setting, its default and what it does."""
    from izde.config import SETTINGS

    table = Table("name", "default", "help")
    for s in SETTINGS:
        table.add_row(s.name, s.default, s.help)
    out.print(table)


audit_app = typer.Typer(help="The tamper-evident audit log.")
app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
def audit_verify(ctx: typer.Context) -> None:
    """Check that no audit entry was edited, removed or reordered."""
    with _open(ctx) as izde:
        report = izde.verify_audit()
    if report.ok:
        out.print(f"audit log intact: {report.entries} entries")
        return
    err.print(f"[red]audit log broken[/red] at entry {report.first_bad}: {report.reason}")
    raise typer.Exit(1)


from izde.cli_persons import app as persons_app  # noqa: E402  (sub-apps after the root)
from izde.cli_protect import (  # noqa: E402
    backup_command,
    consent_app,
    keys_app,
    privacy_app,
    restore_command,
    verify_command,
)
from izde.cli_web import serve_command, users_app  # noqa: E402

app.add_typer(persons_app, name="persons")
app.add_typer(keys_app, name="keys")
app.add_typer(consent_app, name="consent")
app.add_typer(privacy_app, name="privacy")
app.command("backup")(backup_command)
app.command("restore")(restore_command)
app.command("verify")(verify_command)
app.add_typer(users_app, name="users")
app.command("serve", help="Start the web application (default http://127.0.0.1:8000).")(
    serve_command)


def main() -> None:
    try:
        app()
    except IzdeError as exc:
        err.print(f"[red]error[/red] {exc}")
        sys.exit(1)
