"""Shared fixtures: a fresh database per test, on SQLite and (when configured) PostgreSQL.

Set IZDE_TEST_PG to an SQLAlchemy URL of a PostgreSQL server where the user may create
databases (``.ci/run`` starts one); every test using ``db_url`` then runs on both backends.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PG = os.environ.get("IZDE_TEST_PG")


def _pg_database() -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    assert PG
    name = f"izde_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database: a SQLite file, or a PostgreSQL database (when IZDE_TEST_PG)."""
    if request.param == "sqlite":
        yield str(tmp_path / "izde.db")
        return
    if not PG:
        pytest.skip("IZDE_TEST_PG not set (PostgreSQL tests run in .ci/run)")
    yield from _pg_database()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> str:
    return str(tmp_path / "izde.db")


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds not present")
    return SEEDS


@pytest.fixture(autouse=True, scope="session")
def _encryption_key(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every test runs with an encryption key outside the database (as a deployment would)."""
    from izde import crypto

    path = tmp_path_factory.mktemp("keys") / "izde.key"
    crypto.save_keyring(crypto.Keyring.generate(), path)
    old = os.environ.get("IZDE_KEY_FILE")
    os.environ["IZDE_KEY_FILE"] = str(path)
    yield
    if old is None:
        os.environ.pop("IZDE_KEY_FILE", None)
    else:
        os.environ["IZDE_KEY_FILE"] = old
