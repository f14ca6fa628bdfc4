"""Web settings: the database, the key that signs sessions, and public mode.

Outside development a real IZDE_SECRET_KEY (32+ characters) is required: a default or
guessable key would let anyone forge a reviewer's session. In development (the server bound
to a loopback address, or tests) a random key is generated once into a file beside the
database, with a warning, so sessions survive restarts.
"""

from __future__ import annotations

import os
import secrets
import warnings
from dataclasses import dataclass
from pathlib import Path

from izde.errors import ConfigError
from izde.store.engine import database_url

MIN_KEY = 32
WEAK_KEYS = frozenset({"secret", "changeme", "change-me", "development", "izde", "dev"})


@dataclass(frozen=True)
class WebSettings:
    db: str | None
    secret_key: str
    dev: bool

    @classmethod
    def load(cls, db: str | None = None, *, dev: bool = True) -> WebSettings:
        return cls(db, secret_key(db, dev), dev)


def secret_key(db: str | None, dev: bool) -> str:
    key = os.environ.get("IZDE_SECRET_KEY", "")
    if key and (len(key) >= MIN_KEY and key.lower() not in WEAK_KEYS):
        return key
    if not dev:
        raise ConfigError("IZDE_SECRET_KEY must be set to a random value of 32+ characters "
                          "outside development (python -c 'import secrets; "
                          "print(secrets.token_urlsafe(48))')")
    return _dev_key(key_file(db))


def key_file(db: str | None) -> Path:
    """The development key's file: beside a SQLite database, else in the working folder."""
    url = database_url(db)
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///") + ".secret")
    return Path(".izde-web.secret")


def _dev_key(path: Path) -> str:
    if path.is_file():
        return path.read_text("utf-8").strip()
    key = secrets.token_urlsafe(48)
    path.write_text(key + "\n", "utf-8")
    path.chmod(0o600)
    warnings.warn(f"IZDE_SECRET_KEY is not set: generated a development key in {path}; "
                  "set IZDE_SECRET_KEY before serving on a network", stacklevel=2)
    return key
