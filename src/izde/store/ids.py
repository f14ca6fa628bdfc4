"""Stable ids: a prefix and a hash of the content that makes a row what it is.

Deterministic ids make re-running extraction idempotent (the same person, event or claim from
the same document gets the same id) and keep reviewers' decisions attached across re-runs.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def digest(*parts: Any) -> str:
    raw = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def make_id(prefix: str, *parts: Any, length: int = 16) -> str:
    return f"{prefix}_{digest(*parts)[:length]}"


def document_id(sha256: str) -> str:
    return f"doc_{sha256[:16]}"
