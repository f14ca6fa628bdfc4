"""The documentation names every setting and every CLI command."""

from __future__ import annotations

from pathlib import Path

from izde.config import SETTINGS

ROOT = Path(__file__).resolve().parents[1]


def test_every_setting_is_documented() -> None:
    text = (ROOT / "docs" / "settings.md").read_text()
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in text]
    assert not missing, f"document these settings in docs/settings.md: {missing}"


def test_every_top_level_command_is_in_the_readme() -> None:
    import typer.main

    from izde.cli import app

    group = typer.main.get_group(app)
    readme = (ROOT / "README.md").read_text()
    missing = [name for name in group.commands if f"izde {name}" not in readme]
    assert not missing, f"add these commands to the README's CLI tour: {missing}"


def test_readme_opens_with_the_two_commands() -> None:
    lines = (ROOT / "README.md").read_text().splitlines()
    block = lines[lines.index("```sh") + 1: lines.index("```")]
    assert len(block) == 2 and "izde ingest examples" in block[0] and block[1] == "make test"
