"""Blocking: which records are worth comparing at all, without ever comparing all pairs.

Six rules, each a key a record shares with its candidates. Each is one indexed lookup in the
store (``PersonName.key`` and ``PersonName.latin`` are indexed), so resolving a new document
touches only its candidates, and in memory (``candidate_pairs``) each is a dict of blocks:

- ``key``: the order-free phonetic key of a full name (``names.name_key``). It already folds
  transliteration and script: Askar Azatbek, Асқар Азатбекұлы and 阿斯卡尔·阿扎提别克 share it.
- ``folded``: the order-free transliteration-folded name (``NameForm.folded``), inside its
  key's block: a consonant skeleton covers many names (Xu Chao, Su Chao and Xie Shi share
  one), so where the key's block is too large to compare whole, spellings of one name still
  meet here.
- ``token``: a one-token name ("Bilash", "Nurlan") meets the full names that contain it.
  These pairs can only ever be proposals (see ``matching.decide``).
- ``prefix``: the first key token in sorted order plus three letters of the next: a typo late
  in a surname changes the key but rarely this.
- ``pinyin``: the key with a final -ng read as -n (``comparisons.pinyin_skeleton``): Chinese
  renders Memtimin as Maimaiti-ming; the key's skeletons already absorb the vowels pinyin
  inserts, so Tursun Memtimin and Tuerxun Maimaitiming then share a key. With it, the key as
  Chinese hears it (``names.heard_skeleton``: an h after a vowel dropped), so
  Abdurahim Mamtimin meets Abudureyimu Maimaitiming.
- ``latin``: the first written word plus three letters of the second, as latinised: a typo that
  reorders the key tokens is caught here.

A block larger than ``settings.max_block`` (a very common name) is split on what the records
report besides the name (``split_keys``): two overlapping birth-year bands of two years each
(records a year apart, as ages at a date often are, always share one) and each dated, placed
event. A part still larger than ``max_block``, and a record reporting none of these, are left
out: a name that common, with nothing else, says too little to compare on. So no record meets
more than about ``max_block`` candidates per key, and candidate pairs grow linearly with the
number of records rather than with the square of the commonest names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import product

from izde.resolve.comparisons import NameForm, Record, joined_skeleton, pinyin_skeleton

PREFIX = 3  # letters of the second token the typo keys keep
MAX_KEY_VARIANTS = 16  # spellings of a key looked up in the store (-n / -ng per token)


def pinyin_key(name: NameForm) -> str:
    """The order-free key with each final -ng read as -n (filed under, in memory)."""
    return " ".join(sorted(pinyin_skeleton(s) for s in name.skel))


def heard_key(name: NameForm) -> str:
    """The order-free key of the skeletons as Chinese hears them (``heard_skeleton``)."""
    return " ".join(sorted(t.heard for t in name.tokens))


def pinyin_key_variants(name: NameForm) -> list[str]:
    """Every stored key that has this name's ``pinyin_key`` or ``heard_key``: each token
    ending in -n may be stored as -n or -ng (skeleton "n" / "nk"); a pinyin rendering is
    stored without the h its Turkic spelling keeps. Capped at ``MAX_KEY_VARIANTS`` each."""
    pinyin = _ng_variants([pinyin_skeleton(s) for s in name.skel])
    heard = _ng_variants([t.heard for t in name.tokens], final_m=True)
    return list(dict.fromkeys([*pinyin, *heard]))


def _ng_variants(skeletons: list[str], final_m: bool = False) -> list[str]:
    """``final_m``: a heard skeleton's final n may be a final m its pinyin rendering keeps
    with a vowel (Ibrahim heard as "aprn", stored from Yibulayimu as "aprm")."""
    options = [[s, s + "k", *([s[:-1] + "m"] if final_m else [])] if s.endswith("n") else [s]
               for s in skeletons]
    keys = (" ".join(sorted(combo)) for combo in product(*options))
    return [k for _, k in zip(range(MAX_KEY_VARIANTS), keys, strict=False)]


def typo_keys(name: NameForm) -> list[str]:
    """The ``prefix`` and ``latin`` keys of a name with two or more tokens."""
    out: list[str] = []
    skel = sorted(name.skel)
    if len(skel) >= 2 and len(skel[0]) >= 3:
        out.append("p|" + skel[0] + " " + skel[1][:PREFIX])
    words = name.words
    if len(words) >= 2 and len(words[0]) >= 3:
        out.append("l|" + words[0] + " " + words[1][:PREFIX])
    return out


def token_keys(name: NameForm) -> list[str]:
    """Skeletons a one-token name must equal to meet this multi-token name."""
    if len(name.skel) < 2:
        return []
    return list(dict.fromkeys([*name.skel, joined_skeleton(name)]))


def record_keys(record: Record) -> tuple[set[str], set[str]]:
    """(keys this record is filed under, keys under which it only meets one-token names)."""
    full, tokens = nameset_keys(record.names)
    return set(full), set(tokens)


def nameset_keys(names: tuple[NameForm, ...]) -> tuple[list[str], list[str]]:
    """``record_keys`` of a record with these names, each key once, as lists (the bulk
    path files a million namesets: this is its one loop in Python)."""
    if len(names) == 1:
        full, tokens = _name_keys(names[0])
    else:
        full, tokens = [], []
        for name in names:
            f, t = _name_keys(name)
            full += f
            tokens += t
    full = list(dict.fromkeys(full))
    if tokens:
        known = set(full)
        tokens = [k for k in dict.fromkeys(tokens) if k not in known]
    return full, tokens


def _name_keys(name: NameForm) -> tuple[list[str], list[str]]:
    """The keys of one name (see module docstring): key, folded, pinyin, prefix, latin;
    and those under which it meets one-token names."""
    if not name.skel:
        return [], []
    if len(name.skel) == 2:
        return _two_word_keys(name)
    return _any_name_keys(name)


def _any_name_keys(name: NameForm) -> tuple[list[str], list[str]]:
    """``_name_keys`` of a name with one or more tokens (the general path)."""
    skel = sorted(name.skel)
    key = " ".join(skel)
    full = ["k|" + key, "f|" + " ".join(sorted(name.fine))]
    pinyin = " ".join(sorted(pinyin_skeleton(s) for s in skel))
    for variant in dict.fromkeys((pinyin, heard_key(name))):
        if variant != key:
            full.append("k|" + variant)
    if len(skel) >= 2 and len(skel[0]) >= 3:
        full.append("p|" + skel[0] + " " + skel[1][:PREFIX])
    words = name.words
    if len(words) >= 2 and len(words[0]) >= 3:
        full.append("l|" + words[0] + " " + words[1][:PREFIX])
    if len(skel) < 2:
        return full, []
    return full, ["k|" + k for k in (*name.skel, joined_skeleton(name))]


def _two_word_keys(name: NameForm) -> tuple[list[str], list[str]]:
    """``_name_keys`` of a name of two tokens (nearly every name), with two-item sorts
    written out: a million namesets go through here."""
    s0, s1 = _ordered(*name.skel)
    key = s0 + " " + s1
    f0, f1 = _ordered(*name.fine)
    full = ["k|" + key, "f|" + f0 + " " + f1]
    pinyin = " ".join(_ordered(pinyin_skeleton(s0), pinyin_skeleton(s1)))
    heard = " ".join(_ordered(name.tokens[0].heard, name.tokens[1].heard))
    if pinyin != key:
        full.append("k|" + pinyin)
    if heard != pinyin and heard != key:
        full.append("k|" + heard)
    if len(s0) >= 3:
        full.append("p|" + s0 + " " + s1[:PREFIX])
    words = name.words
    if len(words) >= 2 and len(words[0]) >= 3:
        full.append("l|" + words[0] + " " + words[1][:PREFIX])
    return full, ["k|" + name.skel[0], "k|" + name.skel[1], "k|" + joined_skeleton(name)]


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def blocks(records: list[Record]) -> dict[str, tuple[list[int], list[int]]]:
    """key -> (records filed under it, multi-token records meeting its one-token names)."""
    out: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, record in enumerate(records):
        full, tokens = record_keys(record)
        for key in full:
            out[key][0].append(i)
        for key in tokens:
            out[key][1].append(i)
    return out


def block_pairs(full: list[int], tokens: list[int]) -> Iterator[tuple[int, int]]:
    for x, i in enumerate(full):
        for j in full[x + 1:]:
            yield (i, j) if i < j else (j, i)
        for j in tokens:
            yield (i, j) if i < j else (j, i)


def year_bands(year: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The two two-year bands holding ``year``: (2k, 2k+1) and (2k-1, 2k) style, so that any
    two years at most one apart share a band."""
    low = year - year % 2
    other = (low - 1, low) if year % 2 == 0 else (low + 1, low + 2)
    return (low, low + 1), other


def split_keys(record: Record) -> list[str]:
    """The parts of an oversized block a record falls in: its birth-year bands and the date
    and place of each event it reports (see module docstring)."""
    out: list[str] = []
    if record.birth_year is not None:
        out.extend(f"y{lo}-{hi}" for lo, hi in year_bands(record.birth_year))
    out.extend(sorted({f"e{date}@{place}" for _, date, place in record.events}))
    return out


def split_block(records: list[Record], full: list[int],
                tokens: list[int]) -> list[tuple[list[int], list[int]]]:
    """An oversized block split by ``split_keys`` (records with none drop out of it)."""
    parts: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for side, members in ((0, full), (1, tokens)):
        for i in members:
            for key in split_keys(records[i]):
                parts[key][side].append(i)
    return list(parts.values())


def candidate_pairs(records: list[Record], max_block: int) -> set[tuple[int, int]]:
    """Index pairs (i < j) of records sharing at least one blocking key.

    A block larger than ``max_block`` (a very common name) is compared only within its parts
    (``split_block``), and a part still larger is skipped.
    """
    pairs: set[tuple[int, int]] = set()
    for full, tokens in blocks(records).values():
        if not full or (len(full) < 2 and not tokens):
            continue
        parts = [(full, tokens)]
        if len(full) + len(tokens) > max_block:
            parts = split_block(records, full, tokens)
        for f, t in parts:
            if len(f) + len(t) <= max_block:
                pairs.update(block_pairs(f, t))
    return pairs
