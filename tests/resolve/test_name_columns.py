"""Name levels by columns agree with ``name_level`` pair by pair."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

import numpy as np

from izde.resolve import bulk
from izde.resolve.comparisons import NameForm, Record, name_form, name_level, token_pair_class
from izde.resolve.name_columns import (
    LEVELS,
    TokenTable,
    TwoWordNames,
    token_classes,
    two_word_levels,
)
from izde.resolve.settings import DEFAULT

PAIRS = Path(__file__).with_name("name_pairs.tsv")
BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "resolve.py"


@cache
def population() -> list[Record]:
    """800 generated records (the benchmark's generator, as in ``test_bulk``)."""
    spec = importlib.util.spec_from_file_location("resolve_benchmark_names", BENCHMARK)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    return [bench.to_record(row) for row in bench.generate(800, 3)]


@cache
def hand_written_pairs() -> list[tuple[NameForm, NameForm]]:
    """The pairs of ``name_pairs.tsv`` (both orders)."""
    out = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b, _ = line.split("\t")
            out += [(name_form(a), name_form(b)), (name_form(b), name_form(a))]
    return out


@cache
def generated_pairs() -> list[tuple[NameForm, NameForm]]:
    """The name pairs of the candidate pairs of 800 generated records."""
    batch = bulk.Batch.of(population())
    codes = bulk.candidate_codes(batch, DEFAULT.max_block)
    return [(batch.records[i].names[0], batch.records[j].names[0])
            for i, j in zip((codes >> 32).tolist(), (codes & 0xFFFFFFFF).tolist(), strict=True)
            if batch.records[i].names and batch.records[j].names]


def two_word(pairs: list[tuple[NameForm, NameForm]]) -> list[tuple[NameForm, NameForm]]:
    return [(a, b) for a, b in pairs if len(a.fine) == len(b.fine) == 2]


def levels_by_columns(pairs: list[tuple[NameForm, NameForm]]) -> list[str]:
    forms = list(dict.fromkeys(n for pair in pairs for n in pair))
    index = {f: k for k, f in enumerate(forms)}
    names = TwoWordNames.of([(f,) for f in forms])
    sa = np.array([index[a] for a, _ in pairs], dtype=np.int64)
    sb = np.array([index[b] for _, b in pairs], dtype=np.int64)
    return [LEVELS[k] for k in two_word_levels(names, sa, sb).tolist()]


def test_token_classes_by_columns_are_token_pair_class() -> None:
    pairs = hand_written_pairs() + generated_pairs()
    tokens = list(dict.fromkeys(t for a, b in pairs for t in (*a.tokens, *b.tokens)))
    index = {t: k for k, t in enumerate(tokens)}
    left = [index[x] for a, b in pairs for x in a.tokens for _ in b.tokens]
    right = [index[y] for a, b in pairs for _ in a.tokens for y in b.tokens]
    found = token_classes(TokenTable.of(tokens), np.array(left), np.array(right))
    expected = [token_pair_class(tokens[i], tokens[j]) for i, j in zip(left, right, strict=True)]
    assert found.tolist() == expected


def test_two_word_levels_are_name_level_on_hand_written_pairs() -> None:
    pairs = two_word(hand_written_pairs())
    assert len(pairs) > 150
    assert levels_by_columns(pairs) == [name_level(a, b) for a, b in pairs]


def test_two_word_levels_are_name_level_on_generated_candidates() -> None:
    pairs = two_word(generated_pairs())
    assert len(pairs) > 500
    assert levels_by_columns(pairs) == [name_level(a, b) for a, b in pairs]


def test_a_father_and_son_written_crosswise_are_different() -> None:
    pair = (name_form("Berik Serikov"), name_form("Serik Berikov"))
    assert levels_by_columns([pair]) == ["different"]


def test_names_broken_into_words_differently_compare_run_together() -> None:
    pair = (name_form("Nurs Ultan"), name_form("Nur Sultan"))
    assert levels_by_columns([pair]) == ["transliteration"]


def test_only_one_name_of_two_words_takes_the_column_path() -> None:
    sets = [(name_form("Nurlan Amanov"),), (name_form("Nurlan"),),
            (name_form("Nurlan Amanov"), name_form("Нурлан Аманов")), ()]
    assert TwoWordNames.of(sets).simple.tolist() == [True, False, False, False]
