"""Errors izde raises on purpose, each with a code and a message that says what to do.

    IzdeError                      base; ``code`` is a short stable string, e.g. "E101"
    ├── ConfigError                a setting is missing or unsafe
    ├── StoreError                 the database cannot be opened or is inconsistent
    │   └── NotFound               no row with that id
    ├── IngestError                one file cannot be ingested (names the file and the reason)
    ├── ReviewError                a review action is not allowed (e.g. merge a person with itself)
    └── AccessDenied               the user's role does not allow the action
"""

from __future__ import annotations


class IzdeError(Exception):
    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"


class ConfigError(IzdeError):
    code = "E001"


class StoreError(IzdeError):
    code = "E100"


class NotFound(StoreError):
    code = "E104"


class IngestError(IzdeError):
    """One file could not be ingested; ``path`` names it, ``reason`` says why."""

    code = "E200"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ReviewError(IzdeError):
    code = "E300"


class AccessDenied(IzdeError):
    code = "E403"
