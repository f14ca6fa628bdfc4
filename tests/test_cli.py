"""The `izde` command as a user types it (in-process through Typer's runner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from izde.cli import app

runner = CliRunner()


def izde(db: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", db, *args])
    return result.exit_code, result.output


def test_init_creates_the_database(sqlite_db: str) -> None:
    code, out = izde(sqlite_db, "init")
    assert code == 0 and "database ready" in out and Path(sqlite_db).exists()


def test_ingest_then_export_json_to_stdout(sqlite_db: str, seeds: Path) -> None:
    code, out = izde(sqlite_db, "ingest", str(seeds), "--no-extract")
    assert code == 0 and "5 stored" in out
    code, out = izde(sqlite_db, "export", "--format", "json")
    assert code == 0 and len(json.loads(out)["documents"]) == 5


def test_ingest_again_reports_duplicates(sqlite_db: str, seeds: Path) -> None:
    izde(sqlite_db, "ingest", str(seeds), "--no-extract")
    code, out = izde(sqlite_db, "ingest", str(seeds), "--no-extract")
    assert code == 0 and "0 stored, 5 already present" in out


def test_a_failed_file_makes_the_exit_code_non_zero(sqlite_db: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "ok.txt").write_text("A report about a detention in Almaty.")
    code, out = izde(sqlite_db, "ingest", str(folder), "--no-extract")
    assert code == 1 and "empty.txt" in out and "1 stored" in out


def test_missing_path_is_named(sqlite_db: str, tmp_path: Path) -> None:
    code, out = izde(sqlite_db, "ingest", str(tmp_path / "nope.txt"))
    assert code == 1 and "nope.txt" in out


def test_export_json_to_file(sqlite_db: str, tmp_path: Path) -> None:
    code, _ = izde(sqlite_db, "export", "--format", "json", "--output", str(tmp_path / "e.json"))
    assert code == 0 and json.loads((tmp_path / "e.json").read_text())["format_version"] == 1


def test_export_csv_needs_a_folder(sqlite_db: str) -> None:
    code, out = izde(sqlite_db, "export", "--format", "csv")
    assert code == 2 and "--output" in out


def test_unknown_export_format_is_refused(sqlite_db: str) -> None:
    code, out = izde(sqlite_db, "export", "--format", "xml")
    assert code == 2 and "unknown format" in out


def test_stats_and_show_document(sqlite_db: str, seeds: Path) -> None:
    izde(sqlite_db, "ingest", str(seeds), "--no-extract")
    code, out = izde(sqlite_db, "stats")
    assert code == 0 and "documents" in out
    doc_id = json.loads(izde(sqlite_db, "export")[1])["documents"][0]["id"]
    code, out = izde(sqlite_db, "show", "document", doc_id)
    assert code == 0 and "sha256" in out


def test_show_unknown_document_is_a_clear_error(sqlite_db: str) -> None:
    from izde.errors import NotFound

    result = runner.invoke(app, ["--db", sqlite_db, "show", "document", "doc_nope"])
    assert isinstance(result.exception, NotFound)


def test_bare_izde_prints_a_summary(sqlite_db: str) -> None:
    code, out = izde(sqlite_db)
    assert code == 0 and "documents" in out and "persons" in out


def test_settings_lists_every_setting() -> None:
    from izde.config import SETTINGS

    result = runner.invoke(app, ["settings"], terminal_width=200)
    assert all(s.name in result.output for s in SETTINGS)


def test_audit_verify_reports_an_intact_log(sqlite_db: str, seeds: Path) -> None:
    izde(sqlite_db, "ingest", str(seeds), "--no-extract")
    code, out = izde(sqlite_db, "audit", "verify")
    assert code == 0 and "intact" in out


@pytest.mark.parametrize("command", ["init", "ingest", "extract", "export", "stats",
                                     "settings", "audit", "show"])
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_public_export_holds_only_public_values(sqlite_db: str, seeds: Path) -> None:
    izde(sqlite_db, "ingest", str(seeds))
    code, out = izde(sqlite_db, "export", "--public")
    assert code == 0 and json.loads(out)["format_version"] == 1
