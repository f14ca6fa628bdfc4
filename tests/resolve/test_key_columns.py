"""Blocking keys by columns group namesets exactly as the string keys of ``blocking`` do."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from test_bulk import population

from izde.resolve.blocking import nameset_keys
from izde.resolve.comparisons import NameForm, name_form
from izde.resolve.key_columns import nameset_key_ids

Nameset = tuple[NameForm, ...]
Groups = set[frozenset[tuple[int, int]]]


def hand_written_names() -> list[str]:
    rows = (Path(__file__).parent / "name_pairs.tsv").read_text(encoding="utf-8").splitlines()
    return sorted({n for row in rows if not row.startswith("#") and row.strip()
                   for n in row.split("\t")[:2]})


def namesets() -> list[Nameset]:
    """Generated namesets, the hand-written names alone, and pairs of them as one record's
    spellings (the string path) beside the same names alone (the column path)."""
    generated = list(dict.fromkeys(r.names for r in population()))
    forms = [name_form(n) for n in hand_written_names()]
    both = [(a, b) for a, b in zip(forms[::7], forms[3::7], strict=False)]
    return [*generated, *((f,) for f in forms), *both,
            (name_form("Serik uly Berik"),), (name_form("Berik Serik"),), ()]


def string_groups(sets: list[Nameset]) -> tuple[Groups, list[int], list[int]]:
    """(nameset, side) members of each string key; keys and full keys per nameset."""
    members: dict[str, set[tuple[int, int]]] = defaultdict(set)
    lengths, fulls = [], []
    for k, names in enumerate(sets):
        full, tokens = nameset_keys(names)
        for side, keys in ((0, full), (1, tokens)):
            for key in keys:
                members[key].add((k, side))
        lengths.append(len(full) + len(tokens))
        fulls.append(len(full))
    return {frozenset(m) for m in members.values()}, lengths, fulls


def column_groups(sets: list[Nameset]) -> tuple[Groups, list[int], list[int]]:
    flat, lengths, fulls = nameset_key_ids(sets)
    members: dict[int, set[tuple[int, int]]] = defaultdict(set)
    start = 0
    for k, (length, full) in enumerate(zip(lengths.tolist(), fulls.tolist(), strict=True)):
        for i, key in enumerate(flat[start:start + length].tolist()):
            members[key].add((k, int(i >= full)))
        start += length
    return {frozenset(m) for m in members.values()}, lengths.tolist(), fulls.tolist()


def test_column_keys_group_namesets_as_the_string_keys_do() -> None:
    sets = namesets()
    assert column_groups(sets) == string_groups(sets)


def test_most_namesets_take_the_column_path() -> None:
    simple = [s for s in namesets() if len(s) == 1 and len(s[0].fine) == len(s[0].words) == 2]
    assert len(simple) > len(namesets()) / 2


def test_a_name_alone_meets_the_record_that_also_spells_it_otherwise() -> None:
    alone, other = name_form("Asqar Azatbekuly"), name_form("Askar Azatbekov")
    flat, lengths, _ = nameset_key_ids([(alone,), (other, alone)])
    first, second = set(flat[:lengths[0]].tolist()), set(flat[lengths[0]:].tolist())
    assert first <= second


def test_a_different_name_shares_no_key() -> None:
    flat, lengths, _ = nameset_key_ids([(name_form("Asqar Azatbekuly"),),
                                        (name_form("Gulnar Tursun"),)])
    assert not set(flat[:lengths[0]].tolist()) & set(flat[lengths[0]:].tolist())


def test_no_namesets_no_keys() -> None:
    flat, lengths, fulls = nameset_key_ids([])
    assert len(flat) == len(lengths) == len(fulls) == 0
