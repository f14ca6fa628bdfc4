"""A keyed blind index, so confidential names stay findable without being readable.

The search index holds each name's match keys (``izde.resolve.names.name_keys``): for a
confidential name those keys would spell the name out in clear. Instead it holds a *blind
token* per key, an HMAC-SHA256 of the key under a secret derived from the key file
(``Keyring.derive``, from the pseudonym secret, so tokens survive key rotation). Someone
holding the database without the key file learns nothing from a token (and cannot confirm
a guessed name); izde, holding the key, blinds the keys of a query the same way and looks
the tokens up like any others — for viewers allowed to see confidential names only.

How ``izde.search`` uses it:

* indexing a name: ``index_tokens(name_keys(name), name_row.sensitivity)`` instead of
  ``name_keys(name)``, where ``name`` is the decrypted name (``open_text`` on the stored
  value when reading it with Core, or the ORM object, which is already decrypted);
* searching: for each key set of the query, also look up ``query_variants(words, whole,
  viewer)``'s blinded sets — each set separately, since a confidential name's tokens are all
  blind and a query's words must all match one kind;
* showing a candidate read with Core: ``open_text`` on its name, latin and key columns.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from izde import crypto
from izde.protect.policy import Viewer, allowed

PREFIX = "b:"
_INFO = b"izde blind index v1"


def _secret(ring: crypto.Keyring) -> bytes:
    return ring.derive(_INFO)


def blind(tokens: Iterable[str], ring: crypto.Keyring | None = None) -> list[str]:
    """Each token's blind token (``b:`` + 32 hex digits), in order, without duplicates."""
    key = _secret(ring or crypto.require_keyring())
    return list(dict.fromkeys(
        PREFIX + hmac.new(key, t.encode("utf-8"), hashlib.sha256).hexdigest()[:32]
        for t in tokens))


def index_tokens(tokens: Iterable[str], sensitivity: str | None,
                 ring: crypto.Keyring | None = None) -> list[str]:
    """What the index stores for a name's keys: the keys themselves, or their blind
    tokens when the name is confidential (or of unknown sensitivity)."""
    if sensitivity in ("public", "restricted"):
        return list(dict.fromkeys(tokens))
    return blind(tokens, ring)


def query_variants(words: list[str], whole: list[str], viewer: Viewer,
                   ring: crypto.Keyring | None = None
                   ) -> list[tuple[list[str], list[str]]]:
    """The (word keys, whole-name keys) sets to look up for a query: the plain ones, and
    for a viewer allowed confidential values the blinded ones too (when a key exists)."""
    variants = [(words, whole)]
    ring = ring or crypto.configured_keyring()
    if ring is not None and allowed(viewer, "confidential"):
        variants.append((blind(words, ring), blind(whole, ring)))
    return variants


def open_text(value: str | None, ring: crypto.Keyring | None = None) -> str | None:
    """A text column's value as read with Core: decrypted when it is ciphertext and a key
    is configured, else unchanged (plain values, most of them, skip the key lookup: a
    one-word name search opens hundreds of names, three columns each, so the test is the
    prefix itself, not a call)."""
    if value is None or not value.startswith(crypto.TEXT_PREFIX):
        return value
    ring = ring or crypto.configured_keyring()
    if ring is None:
        return value
    result = crypto.unseal("text", value, ring)
    return None if result is None else str(result)
