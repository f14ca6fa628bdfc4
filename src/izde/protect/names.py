"""How a person's name appears in public: in full, partially, or as a stable pseudonym.

The precise names stay in the store; public views and exports show only what the person's
identity level allows. A pseudonym is a keyed hash of the person's canonical id: stable across
runs and exports (so readers can follow "Person 7F3A9C" from case to case), but not computable
by someone who can guess the canonical id, because canonical ids are themselves hashes of a
document id and a name, and document ids are public.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable, Sequence

IDENTITY_LEVELS = ("full", "partial", "anonymous")
WITHHELD = "[withheld]"
_PSEUDONYM_HEX = 6  # 16.7 M values: collisions stay unlikely at a few thousand persons


def pseudonym_secret() -> bytes:
    """The instance secret that keys pseudonyms: the encryption key file, else the web secret.

    Without either, pseudonyms are still stable but guessable from a canonical id; public
    instances should configure IZDE_KEY_FILE (see docs/protection.md).
    """
    from izde.crypto import configured_keyring

    ring = configured_keyring()
    if ring is not None:
        return ring.derive(b"izde pseudonyms v1")
    return os.environ.get("IZDE_SECRET_KEY", "").encode("utf-8")


def pseudonym_code(seed: str, secret: bytes | None = None) -> str:
    """Six upper-case hex digits, a keyed hash of ``seed`` (a canonical person id)."""
    key = pseudonym_secret() if secret is None else secret
    mac = hmac.new(key or b"izde", seed.encode("utf-8"), hashlib.sha256).hexdigest()
    return mac[:_PSEUDONYM_HEX].upper()


def pseudonym(seed: str, secret: bytes | None = None) -> str:
    return f"Person {pseudonym_code(seed, secret)}"


def pseudonymous_id(seed: str, secret: bytes | None = None) -> str:
    """An id for public outputs that does not reveal the canonical id it stands for."""
    return f"anon_{pseudonym_code(seed, secret).lower()}"


def best_name(names: Iterable[str]) -> str | None:
    """The fullest Latin-script name (most words, then longest), as exports display it."""
    cleaned = [" ".join(n.split()) for n in names if n and n.strip()]
    if not cleaned:
        return None
    return max(cleaned, key=lambda n: (n.isascii(), len(n.split()), len(n)))


def partial_name(name: str) -> str:
    """Given name and the initials of the other parts: "Gulzira Auelkhan" -> "Gulzira A."."""
    words = name.split()
    if len(words) <= 1:
        return name
    initials = " ".join(f"{w[0].upper()}." for w in words[1:] if w[0].isalpha())
    return f"{words[0]} {initials}".strip()


def present_name(names: Sequence[str], identity_level: str, pseudonym_seed: str,
                 secret: bytes | None = None) -> str:
    """The name a public output shows for a person at ``identity_level``.

    Unknown levels are treated as anonymous: a typo in a privacy setting must never publish
    a name.
    """
    name = best_name(names)
    if identity_level == "full" and name:
        return name
    if identity_level == "partial" and name:
        return partial_name(name)
    return pseudonym(pseudonym_seed, secret)
