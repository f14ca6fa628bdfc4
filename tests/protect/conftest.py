"""Fixtures for protection tests: a key file and the encryption hook, installed per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from izde import crypto
from izde.protect import at_rest


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "keys" / "izde.key"
    crypto.save_keyring(crypto.Keyring.generate(), path)
    monkeypatch.setenv("IZDE_KEY_FILE", str(path))
    return path


@pytest.fixture
def encrypted(key_file: Path) -> Iterator[Path]:
    """The at-rest encryption hook installed, with a key configured."""
    at_rest.install()
    yield key_file
    at_rest.uninstall()
