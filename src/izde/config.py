"""Every setting in one place: (name, default, help), read from the environment.

``izde settings`` prints this table; a test fails when a setting is missing from the docs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    def get(self) -> str:
        return os.environ.get(self.name, self.default)


SETTINGS: tuple[Setting, ...] = (
    Setting("IZDE_DB", "izde.db", "Database: a SQLite file path or an SQLAlchemy URL "
            "(postgresql+psycopg://user@host/db). Overridden by `izde --db`."),
    Setting("IZDE_MAX_FILE_MB", "50", "Largest file `izde ingest` accepts, in megabytes."),
    Setting("IZDE_EXTRACT", "1",
            "Run extraction and resolution on ingest (0 stores documents only)."),
    Setting("IZDE_ACTOR", "",
            "Name recorded in the audit log for CLI writes (default: the OS user)."),
    Setting("IZDE_PUBLIC", "0", "1 makes the web instance readable by anonymous visitors "
            "(public claims only)."),
    Setting("IZDE_SECRET_KEY", "", "Key that signs web sessions; required outside development."),
    Setting("IZDE_KEY_FILE", "", "File holding the key that encrypts confidential values."),
    Setting("IZDE_SENSITIVITY_FILE", "",
            "JSON file replacing the default sensitivity floors (docs/protection.md)."),
    Setting("IZDE_SPACY_MODEL", "", "Optional installed spaCy pipeline (name or directory) whose "
            "PERSON/GPE/ORG entities extraction adds as extra candidates; empty: rules only."),
)

BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> str:
    return BY_NAME[name].get()


def max_file_bytes() -> int:
    return int(float(setting("IZDE_MAX_FILE_MB")) * 1024 * 1024)


def actor() -> str:
    import getpass

    return setting("IZDE_ACTOR") or f"cli:{getpass.getuser()}"
