"""Encryption at rest of confidential values, with keys kept outside the database.

Values whose row is ``confidential`` are stored as AES-256-GCM ciphertext (``cryptography``'s
AESGCM, a fresh 96-bit nonce per value): Claim.value/value_text/quote, Person.name,
PersonName.name/latin/key, Attachment.data, Document.original/body/title and the free-text
fields of Event. A database file copied without the key file reveals none of them.

The key file (``IZDE_KEY_FILE``, JSON, mode 0600) holds a keyring: every key by id, the id of
the current one, and a separate secret for pseudonyms (which must survive key rotation).
Each ciphertext names the key that made it, so ``rotate`` can run while old ciphertexts
remain, and resumes safely after a crash.

Writes go through ORM events installed by ``install()``: before a row is inserted or
updated its protected columns are encrypted when the row is confidential (and decrypted when
it no longer is); after the write, and whenever a row is loaded, the session object holds the
plaintext again. Bulk Core statements bypass ORM events; ``rotate`` re-encrypts everything
and so also repairs values written around them.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from izde.errors import ConfigError

TEXT_PREFIX = "izde:enc:1:"
BYTES_PREFIX = b"IZDEENC1:"
_AAD = b"izde confidential value v1"
_FORMAT = "izde-keys/1"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.encode("ascii"))


@dataclass
class Keyring:
    """Keys by id, the current key's id, and the pseudonym secret."""

    keys: dict[str, bytes]
    current: str
    pseudonym_secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))

    @classmethod
    def generate(cls) -> Keyring:
        kid = new_key_id()
        return cls({kid: AESGCM.generate_key(bit_length=256)}, kid)

    def add_new_key(self) -> str:
        kid = new_key_id()
        self.keys[kid] = AESGCM.generate_key(bit_length=256)
        self.current = kid
        return kid

    def drop_all_but_current(self) -> list[str]:
        old = [k for k in self.keys if k != self.current]
        for k in old:
            del self.keys[k]
        return old

    def derive(self, info: bytes) -> bytes:
        """A 32-byte secret for another purpose, stable across key rotations."""
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info)
        return hkdf.derive(self.pseudonym_secret)

    def seal(self, plain: bytes) -> tuple[str, bytes]:
        nonce = os.urandom(12)
        return self.current, nonce + AESGCM(self.keys[self.current]).encrypt(nonce, plain, _AAD)

    def open(self, kid: str, blob: bytes) -> bytes:
        key = self.keys.get(kid)
        if key is None:
            raise ConfigError(f"the value was encrypted with key {kid!r}, which the key file "
                              "does not hold; use the key file it was written with")
        return AESGCM(key).decrypt(blob[:12], blob[12:], _AAD)

    def to_json(self) -> str:
        return json.dumps({"format": _FORMAT, "current": self.current,
                           "keys": {k: _b64(v) for k, v in self.keys.items()},
                           "pseudonym_secret": _b64(self.pseudonym_secret)}, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Keyring:
        data = json.loads(text)
        if data.get("format") != _FORMAT or data.get("current") not in data.get("keys", {}):
            raise ConfigError("the key file is not an izde key file (create one with "
                              "`izde keys init FILE`)")
        return cls({k: _unb64(v) for k, v in data["keys"].items()}, data["current"],
                   _unb64(data["pseudonym_secret"]))


def new_key_id() -> str:
    return "k" + secrets.token_hex(6)


# -- key files ------------------------------------------------------------------------------

def load_keyring(path: str | Path) -> Keyring:
    p = Path(path)
    try:
        return Keyring.from_json(p.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read key file {p}: {exc.strerror}") from exc
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"key file {p} is damaged: {exc}") from exc


def save_keyring(ring: Keyring, path: str | Path) -> None:
    """Write atomically (temp file + rename) and readable by the owner only."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".izde-keys-")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(ring.to_json())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_cache: dict[tuple[str, float], Keyring] = {}
_default_path: Path | None = None


def use_default_key_file(path: Path | None) -> None:
    """Where the key lives when IZDE_KEY_FILE is unset: beside an embedded SQLite database
    (``izde.db.key``). It is created, readable by the owner only, the first time a
    confidential value is written; a copy of the database without it reveals nothing."""
    global _default_path
    _default_path = path


def _key_path() -> str:
    path = os.environ.get("IZDE_KEY_FILE", "")
    if path or _default_path is None:
        return path
    if not _default_path.exists():
        save_keyring(Keyring.generate(), _default_path)
    return str(_default_path)


def configured_keyring() -> Keyring | None:
    """The keyring named by IZDE_KEY_FILE, else the database's default key file (re-read
    when the file changes), or None."""
    path = _key_path()
    if not path:
        return None
    try:
        stamp = (path, Path(path).stat().st_mtime)
    except OSError as exc:
        raise ConfigError(f"IZDE_KEY_FILE={path}: {exc.strerror}") from exc
    if stamp not in _cache:
        _cache.clear()
        _cache[stamp] = load_keyring(path)
    return _cache[stamp]


def require_keyring() -> Keyring:
    ring = configured_keyring()
    if ring is None:
        raise ConfigError("a confidential value cannot be stored without an encryption key: "
                          "run `izde keys init FILE` and set IZDE_KEY_FILE=FILE")
    return ring


# -- values -----------------------------------------------------------------------------------

def is_encrypted(value: Any) -> bool:
    if isinstance(value, str):
        return value.startswith(TEXT_PREFIX)
    return isinstance(value, bytes | bytearray | memoryview) and bytes(value[:9]) == BYTES_PREFIX


def encrypt_text(plain: str, ring: Keyring) -> str:
    kid, blob = ring.seal(plain.encode("utf-8"))
    return f"{TEXT_PREFIX}{kid}:{_b64(blob)}"


def decrypt_text(token: str, ring: Keyring) -> str:
    kid, _, b64 = token[len(TEXT_PREFIX):].partition(":")
    return ring.open(kid, _unb64(b64)).decode("utf-8")


def encrypt_bytes(plain: bytes, ring: Keyring) -> bytes:
    kid, blob = ring.seal(plain)
    return BYTES_PREFIX + kid.encode("ascii") + b":" + blob


def decrypt_bytes(token: bytes, ring: Keyring) -> bytes:
    kid, _, blob = bytes(token)[len(BYTES_PREFIX):].partition(b":")
    return ring.open(kid.decode("ascii"), blob)


def encrypt_json(value: Any, ring: Keyring) -> str:
    """A JSON column's value as one encrypted string (still valid JSON)."""
    return encrypt_text(json.dumps(value, ensure_ascii=False), ring)


def decrypt_json(token: str, ring: Keyring) -> Any:
    return json.loads(decrypt_text(token, ring))


def key_id_of(value: Any) -> str | None:
    if isinstance(value, str) and value.startswith(TEXT_PREFIX):
        return value[len(TEXT_PREFIX):].partition(":")[0]
    if is_encrypted(value):
        return bytes(value)[len(BYTES_PREFIX):].partition(b":")[0].decode("ascii")
    return None


def seal(kind: str, value: Any, ring: Keyring) -> Any:
    """Encrypt one column value of kind "text", "json" or "bytes" (None stays None)."""
    if value is None or is_encrypted(value):
        return value
    if kind == "bytes":
        return encrypt_bytes(bytes(value), ring)
    return encrypt_json(value, ring) if kind == "json" else encrypt_text(str(value), ring)


def unseal(kind: str, value: Any, ring: Keyring) -> Any:
    """Decrypt one column value; a value that is not ciphertext is returned unchanged."""
    if not is_encrypted(value):
        return value
    if kind == "bytes":
        return decrypt_bytes(value, ring)
    return decrypt_json(value, ring) if kind == "json" else decrypt_text(value, ring)


def iter_tokens(values: dict[str, Any]) -> Iterator[str]:
    for v in values.values():
        kid = key_id_of(v)
        if kid:
            yield kid
