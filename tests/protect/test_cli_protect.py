"""The protection commands, mounted the way `izde.cli` mounts them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer.testing import CliRunner

from izde import cli_protect, crypto
from izde.library import Izde
from izde.protect import at_rest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
app = typer.Typer()


@app.callback()
def _main(ctx: typer.Context, db: Annotated[str | None, typer.Option("--db")] = None) -> None:
    ctx.obj = {"db": db}


app.add_typer(cli_protect.keys_app, name="keys")
app.add_typer(cli_protect.consent_app, name="consent")
app.add_typer(cli_protect.privacy_app, name="privacy")
app.command("backup")(cli_protect.backup_command)
app.command("restore")(cli_protect.restore_command)
app.command("verify")(cli_protect.verify_command)
app.command("export-public")(cli_protect.public_export)
runner = CliRunner()


@pytest.fixture(autouse=True)
def _uninstall() -> object:
    yield None
    at_rest.uninstall()


def run(db: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", db, *args])
    return result.exit_code, result.output


def test_keys_init_writes_a_key_file(tmp_path: Path) -> None:
    code, _ = run(str(tmp_path / "x.db"), "keys", "init", str(tmp_path / "k.key"))
    assert code == 0 and crypto.load_keyring(tmp_path / "k.key").current


def test_keys_init_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "k.key").write_text("precious")
    code, _ = run(str(tmp_path / "x.db"), "keys", "init", str(tmp_path / "k.key"))
    assert code == 1 and (tmp_path / "k.key").read_text() == "precious"


def test_keys_rotate_replaces_the_current_key(key_file: Path, sqlite_db: str) -> None:
    before = crypto.load_keyring(key_file).current
    code, output = run(sqlite_db, "keys", "rotate")
    assert code == 0 and crypto.load_keyring(key_file).current != before, output


def test_consent_add_then_list(sqlite_db: str) -> None:
    run(sqlite_db, "consent", "add", "--scope", "publish_name", "--given-by", "her",
        "--means", "written form", "--person", "per_1")
    code, output = run(sqlite_db, "consent", "list", "--person", "per_1")
    assert code == 0 and "publish_name" in output and "written form" in output


def test_consent_with_unknown_scope_fails(sqlite_db: str) -> None:
    code, _ = run(sqlite_db, "consent", "add", "--scope", "all", "--given-by", "her",
                  "--means", "email", "--person", "per_1")
    assert code == 2


def test_privacy_set_then_show(sqlite_db: str) -> None:
    run(sqlite_db, "privacy", "set", "per_1", "--identity", "anonymous")
    code, output = run(sqlite_db, "privacy", "show", "per_1")
    assert code == 0 and "anonymous" in output


def test_backup_then_restore(tmp_path: Path, sqlite_db: str) -> None:
    with Izde(sqlite_db, actor="t") as izde:
        izde.ingest([EXAMPLES], process=False)
    assert run(sqlite_db, "backup", str(tmp_path / "b.bak"))[0] == 0
    code, output = run(str(tmp_path / "new.db"), "restore", str(tmp_path / "b.bak"))
    assert code == 0 and "restored" in output


def test_verify_passes_on_untouched_documents(sqlite_db: str) -> None:
    with Izde(sqlite_db, actor="t") as izde:
        izde.ingest([EXAMPLES], process=False)
    code, output = run(sqlite_db, "verify")
    assert code == 0 and "verified" in output


def test_public_export_writes_json(tmp_path: Path, sqlite_db: str) -> None:
    with Izde(sqlite_db, actor="t") as izde:
        izde.ingest([EXAMPLES])
    code, _ = run(sqlite_db, "export-public", "--output", str(tmp_path / "p.json"))
    data = json.loads((tmp_path / "p.json").read_text())
    assert code == 0 and data["public"] is True and data["format_version"] == 1
