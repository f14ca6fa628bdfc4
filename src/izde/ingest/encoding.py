"""Turning the bytes of a text file into a str, or a clear reason why not.

Order of trust: a byte-order mark, then strict UTF-8 (it almost never decodes by accident),
then charset-normalizer for legacy files. Reports from Kazakhstan and China still arrive in
cp1251 and GBK, so those candidates win ties; whatever is chosen must look like text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from izde.errors import IngestError

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Legacy families worth preferring when the detector hesitates between near-equal candidates.
_PREFERRED = ("cp1251", "gb18030", "gbk", "gb2312", "utf_16", "utf_16_le", "utf_16_be")
_CHAOS_TOLERANCE = 0.1

# C0/C1 control characters that never occur in real text (tab, newlines, form feed excluded).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = ("\r", "\v", "\f")
_MAX_CONTROL_RATIO = 0.01  # binary data has ~10%; a stray byte in real text far less
_MIN_PRINTABLE_RATIO = 0.85
_PLAUSIBILITY_SAMPLE = 200_000


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def decode_text(path: str, data: bytes, declared: str | None = None) -> DecodedText:
    """Decode a text file's bytes; refuses binary data and text no encoding explains.

    ``declared`` is an encoding the file names itself (an HTML <meta charset>); it is
    trusted after a byte-order mark and valid UTF-8, before guessing.
    """
    decoded = _decode_with_bom(path, data)
    if decoded is None:
        if b"\x00" in data:
            decoded = _decode_utf16_without_bom(path, data)
        elif (utf8 := _try_decode(data, "utf-8")) is not None:
            decoded = DecodedText(utf8, "utf-8")
        else:
            decoded = _decode_declared(data, declared) or _decode_legacy(path, data)
    check_looks_like_text(path, decoded.text)
    return decoded


def normalise_text(text: str) -> str:
    """NFC, "\\n" newlines, no control characters: later character offsets refer to this form.

    Vertical tab and form feed (line and page breaks in Word and PDF text) become newlines;
    other stray control characters, which a PDF's fonts or a few bytes in a text file can
    leave, are dropped.
    """
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n")
    for line_break in _LINE_BREAKS:  # str.replace runs in C; str.translate is 50x slower
        text = text.replace(line_break, "\n")
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def check_looks_like_text(path: str, text: str) -> None:
    """Refuse decoded text that is really binary data (NUL bytes, control characters)."""
    if "\x00" in text:
        raise IngestError(path, "contains NUL bytes: looks like binary data, not text")
    controls = len(_CONTROL.findall(text))
    if controls and controls > _MAX_CONTROL_RATIO * len(text):
        raise IngestError(
            path, f"contains {controls} control characters: looks like binary data, not text"
        )


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_with_bom(path: str, data: bytes) -> DecodedText | None:
    """A byte-order mark is a promise; if the rest breaks it, the file is damaged."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = _try_decode(data[len(bom) :], codec)
            if text is None:
                raise IngestError(path, f"starts with a {name} byte-order mark but is not {name}")
            return DecodedText(text, name)
    return None


def _decode_declared(data: bytes, declared: str | None) -> DecodedText | None:
    """The file's own claim, if the codec exists and decodes every byte."""
    if not declared:
        return None
    try:
        name = codecs.lookup(_WEB_ALIASES.get(declared.lower(), declared)).name
    except LookupError:
        return None
    text = _try_decode(data, name)
    return None if text is None else DecodedText(text, name, (f"decoded as declared {name}",))


# Browsers read these labels as windows-1252 (WHATWG Encoding Standard), and so do we.
_WEB_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}


def _decode_utf16_without_bom(path: str, data: bytes) -> DecodedText:
    """NUL bytes mean binary data, unless they sit on one side of each pair (UTF-16 text)."""
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    pairs = max(len(data) // 2, 1)
    if len(data) % 2 == 0 and max(even_nuls, odd_nuls) > 0.3 * pairs:
        codec = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
        text = _try_decode(data, codec)
        if text is not None and min(even_nuls, odd_nuls) < 0.02 * pairs:
            return DecodedText(text, "utf-16", ("decoded as UTF-16 without a byte-order mark",))
    raise IngestError(path, "contains NUL bytes: looks like binary data, not text")


def _decode_legacy(path: str, data: bytes) -> DecodedText:
    """Ask charset-normalizer, prefer the families we expect, and check the result reads."""
    matches = list(from_bytes(data))
    if not matches:
        raise IngestError(path, _UNDECODABLE)
    near_best = [m for m in matches if m.chaos <= matches[0].chaos + _CHAOS_TOLERANCE]
    chosen = min(near_best, key=lambda m: _preference_rank(m.encoding))
    name, text = _narrowest_codec(chosen.encoding, data)
    if text is None or not _plausible(text):
        raise IngestError(path, _UNDECODABLE)
    return DecodedText(text, name, (f"decoded as {name} (not UTF-8; detected)",))


def _preference_rank(encoding: str) -> int:
    """Preferred families first, in order; the detector's own order breaks remaining ties."""
    return _PREFERRED.index(encoding) if encoding in _PREFERRED else len(_PREFERRED)


_UNDECODABLE = (
    "cannot decode the text: not UTF-8, UTF-16 or a recognised legacy encoding "
    "(convert it to UTF-8 first)"
)


def _narrowest_codec(encoding: str, data: bytes) -> tuple[str, str | None]:
    """Report GBK rather than GB18030 when GBK suffices: it is what users know files as."""
    name = codecs.lookup(encoding).name
    if name in ("gb18030", "gb2312", "gbk") and (text := _try_decode(data, "gbk")) is not None:
        return "gbk", text
    return name, _try_decode(data, name)


def _plausible(text: str) -> bool:
    """Most characters of real text are letters, digits, spaces or common punctuation."""
    sample = text[:_PLAUSIBILITY_SAMPLE]
    if not sample:
        return False
    readable = sum(1 for ch in sample if ch.isalnum() or ch.isspace() or _is_punctuation(ch))
    return readable >= _MIN_PRINTABLE_RATIO * len(sample)


def _is_punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"
