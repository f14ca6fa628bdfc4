"""Shortcuts taken for speed must find exactly what the plain patterns find.

Each shortcut (a guard that skips positions inside words, a trigger tried only when the
sentence contains one of its stems) is checked against the plain, slow way on the wording of
the fixture reports and of a few sentences written here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.test_events import PHRASINGS
from izde.extract import candidates, charges, dates, profile, references, terms, triggers
from izde.extract.spans import WordHits, at_word_starts, fold, left_context
from izde.extract.triggers import TRIGGER_STEMS, live_triggers

ROOT = Path(__file__).resolve().parents[2]
WRITTEN = (
    "According to her cousin, Aigerim Tolen, 52, a former teacher, was held in mid-May.\n"
    "Lawyer Daniyar Sapar said the 34-year-old herder had been detained twice, first in\n"
    "late 2019 and again three weeks later; his brother's wife, Saule, was not charged.\n"
    "Officials could detain him again, the activist Berik Omar told reporters on Monday.\n"
    "The couple's daughter (born 07.12.2001) was sentenced to life; she didn't appeal.\n"
    "My name is Gulnar. My husband, Arman, vanished last fall near the river town of Kok.\n"
)


def _texts() -> list[str]:
    files = sorted((ROOT / "tests/fixtures/devset").glob("*.txt"))
    files += sorted((ROOT / "examples").glob("*.txt"))
    return [WRITTEN] + [f.read_text(encoding="utf-8") for f in files]


TEXTS = _texts()
# the guard ``at_word_starts`` puts in front of a pattern, with its opening letters if given
_GUARD = re.compile(r"\(\?<!\\w\)(?:\(\?=\(\?i:\[[^\]]*\]\)\))?\(\?:")


def _plain(guarded: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written, without the guard ``at_word_starts`` put in front of it."""
    guard = _GUARD.match(guarded.pattern)
    assert guard is not None, guarded.pattern
    return re.compile(guarded.pattern[guard.end():-1], guarded.flags)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


GUARDED = {
    "left cue (any)": (profile._ANY_LEFT_CUE, 40),
    "negation": (triggers.NEGATION, 60),
    "hypothetical": (triggers.HYPOTHETICAL, 60),
    "place named": (candidates._PLACE_NAMED, 40),
}
SCANNED = {
    "pronoun": references.REF_RE,
    "group": references.GROUP_RE,
    **{f"charge {c}": rx for c, rx in charges._PATTERNS},
}


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_guarded_search_finds_what_the_plain_pattern_finds(name: str) -> None:
    guarded, reach = GUARDED[name]
    plain = _plain(guarded)
    for text in TEXTS:
        for at in range(0, len(text), 3):
            lo = max(0, at - reach)
            assert _same(guarded.search(text, lo, at), plain.search(text, lo, at)), (name, at)


@pytest.mark.parametrize("name", sorted(SCANNED))
def test_guarded_scan_finds_what_the_plain_pattern_finds(name: str) -> None:
    guarded = SCANNED[name]
    plain = _plain(guarded)
    for text in TEXTS:
        got = [(m.span(), m.groups()) for m in guarded.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], name


def test_guard_skips_positions_inside_words() -> None:
    rx = at_word_starts(r"\b(?:he|she)\b")
    assert [m.start() for m in rx.finditer("she said he left; ashe")] == [0, 9]


def test_day_numbers_read_as_before_the_digit_class_rewrite() -> None:
    plain = re.compile(r"[0-3]?[0-9]\.")
    fast = re.compile(dates._D2 + r"\.")
    for s in ("7.", "07.", "31.", "39.", "45.", "123.", "x4.", "1.5."):
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in plain.finditer(s)], s


LEFT = {
    "date": dates._L_DATE, "year": dates._L_YEAR, "season": dates._L_SEASON,
    "date unit": dates._L_UNIT, "term unit": terms._L_UNIT, "penalty": terms._L_PENALTY,
}


@pytest.mark.parametrize("name", sorted(LEFT))
def test_left_context_reads_what_a_plain_search_reads(name: str) -> None:
    pattern = LEFT[name]
    for text in TEXTS:
        for at in range(1, len(text), 2):
            plain = pattern.search(text, max(0, at - 40), at)
            assert _same(left_context(pattern, text, at, 40), plain), (name, at)


def test_every_trigger_spells_at_least_one_stem() -> None:
    assert all(stems for _, stems in TRIGGER_STEMS)


def test_every_trigger_match_contains_one_of_its_stems() -> None:
    for text in TEXTS + [sentence for _, sentence, _ in PHRASINGS]:
        low = text.lower()
        for trig, stems in TRIGGER_STEMS:
            for m in trig.pattern.finditer(text):
                window = low[m.start():m.end() + 60]  # lookaheads read past the match
                assert any(s in window for s in stems), (trig.type, m.group())
                # (a need may stand in the lookahead too: "held him for about three hours")
                assert not trig.needs or any(n in window for n in trig.needs)


def test_a_sentence_without_stems_tries_no_trigger() -> None:
    assert live_triggers(frozenset()) == ()


def test_a_stem_wakes_only_the_triggers_that_spell_it() -> None:
    live = live_triggers(frozenset({"passport"}))
    assert live and {t.type for t in live} == {"passport_confiscation"}


def test_word_hits_say_whether_a_stem_starts_inside_a_window() -> None:
    hits = WordHits(("lawyer",), fold("Her Lawyer, Dana, and a lawyer"))
    assert hits.any_in(0, 10)
    assert not hits.any_in(5, 24)
    assert hits.any_in(24, 25)
    assert not hits.any_in(25, 99)


def test_fold_keeps_offsets_and_folds_what_ignorecase_folds() -> None:
    text = "LAWYER \u017fon Ka\u0131\u0130"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("lawyer son")
    for i, ch in enumerate(text):
        assert re.fullmatch(re.escape(folded[i]), ch, re.IGNORECASE), ch
