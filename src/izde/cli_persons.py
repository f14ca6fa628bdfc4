"""`izde persons ...`: review and resolution of person records (a thin layer over
``izde.resolve.persons`` and ``izde.resolve.merges``; each command calls one function)."""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from izde.errors import IzdeError
from izde.resolve import merges
from izde.resolve import persons as resolution
from izde.resolve.matching import PairScore
from izde.store.engine import Store
from izde.store.models import Person

app = typer.Typer(help="Person records across documents: resolve, review, merge, split.",
                  no_args_is_help=True)
out = Console()
err = Console(stderr=True)
Id = Annotated[str, typer.Argument(help="A person record id (see `izde persons list`).")]


def actor() -> str:
    return os.environ.get("IZDE_ACTOR") or getpass.getuser()


@contextmanager
def session(ctx: typer.Context) -> Iterator[Session]:
    """One transaction on the database named by the parent command's ``--db``."""
    store = Store((ctx.obj or {}).get("db"))
    try:
        with store.session() as s:
            yield s
    except IzdeError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    finally:
        store.close()


def waterfall_table(score: PairScore) -> Table:
    table = Table("comparison", "level", "weight", "detail", title=(
        f"{score.left} ~ {score.right}: {score.decision} (p={score.probability:.4f}, "
        f"weight {score.weight:+.2f}) — {score.reason}"))
    for bar in score.waterfall:
        table.add_row(bar.comparison, bar.level, f"{bar.weight:+.2f}", bar.detail)
    return table


@app.command("list")
def list_(ctx: typer.Context, limit: Annotated[int, typer.Option(help="Rows to show.")] = 50,
          ) -> None:
    """Person records with their cluster (canonical id)."""
    with session(ctx) as s:
        rows = s.scalars(select(Person).order_by(Person.canonical_id, Person.created_at)
                         .limit(limit))
        table = Table("id", "canonical", "name", "document", "gender", "born")
        for p in rows:
            table.add_row(p.id, p.canonical_id, p.name, p.document_id or "",
                          p.gender or "", str(p.birth_year or ""))
    out.print(table)


@app.command()
def show(ctx: typer.Context, person_id: Id) -> None:
    """One record and every record of its cluster."""
    with session(ctx) as s:
        table = Table("id", "name", "document", "gender", "born", title=f"cluster of {person_id}")
        for p in resolution.cluster_of(s, person_id):
            table.add_row(p.id, p.name, p.document_id or "", p.gender or "",
                          str(p.birth_year or ""))
    out.print(table)


@app.command()
def merge(ctx: typer.Context, a: Id, b: Id) -> None:
    """Judge A and B the same person (b's cluster joins a's)."""
    with session(ctx) as s:
        canonical = merges.merge(s, a, b, actor=actor())
    out.print(f"merged: {a} and {b} are now {canonical}")


@app.command()
def different(ctx: typer.Context, a: Id, b: Id) -> None:
    """Judge A and B different people; automatic runs will never merge them."""
    with session(ctx) as s:
        merges.mark_different(s, a, b, actor=actor())
    out.print(f"recorded: {a} and {b} are different people")


@app.command()
def unmerge(ctx: typer.Context, a: Id, b: Id) -> None:
    """Undo the merge of A and B and recompute their clusters."""
    with session(ctx) as s:
        merges.unmerge(s, a, b, actor=actor())
    out.print(f"unmerged: {a} and {b}")


@app.command()
def split(ctx: typer.Context, person_id: Id) -> None:
    """Take one record out of its cluster (judged different from each other member)."""
    with session(ctx) as s:
        others = merges.split(s, person_id, actor=actor())
    out.print(f"split: {person_id} separated from {len(others)} record(s)")


@app.command()
def proposals(ctx: typer.Context, as_json: Annotated[bool, typer.Option(
        "--json", help="Print JSON (with each waterfall).")] = False) -> None:
    """Pairs awaiting review, strongest first."""
    with session(ctx) as s:
        pending = resolution.proposals(s)
    if as_json:
        out.print_json(json.dumps([p.__dict__ for p in pending], default=str))
        return
    table = Table("left", "right", "names", "p", "reason")
    for p in pending:
        table.add_row(p.left, p.right, f"{p.left_name} ~ {p.right_name}", f"{p.score:.3f}",
                      str(p.explanation.get("reason", "")))
    out.print(table)


@app.command()
def explain(ctx: typer.Context, a: Id, b: Id) -> None:
    """Score A and B now and show each comparison's contribution (the waterfall)."""
    with session(ctx) as s:
        score = resolution.explain(s, a, b)
    out.print(waterfall_table(score))


@app.command()
def resolve(ctx: typer.Context) -> None:
    """Resolve every person record again (human judgements are kept as they are)."""
    with session(ctx) as s:
        report = resolution.resolve_all(s, actor=actor())
    summary: dict[str, Any] = {"compared": report.compared, "merged": report.merged,
                               "proposed": report.proposed, "changed": report.changed}
    out.print("resolved: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
