"""Literal gates derived from a pattern: necessary strings, leading words, and the scan that
tries a pattern only where its leading words occur (``izde.extract.literals``)."""

from __future__ import annotations

import random
import re

from izde.extract.dates import _LEADING, _RULES
from izde.extract.literals import (
    Folded,
    leading_literals,
    match_starts,
    passes,
    required_literals,
    scan,
)
from izde.extract.spans import fold
from izde.extract.triggers import TRIGGERS


def test_required_literals_of_a_passive_pattern_name_its_verb_and_auxiliary() -> None:
    needs = required_literals(re.compile(r"\b(?:was|were)\s+(?:arrested|detained)\b", re.I))
    assert frozenset({"arrested", "detained"}) in needs
    assert frozenset({"was", "were"}) in needs


def test_required_literals_keep_only_the_shortest_spelling_a_longer_one_contains() -> None:
    needs = required_literals(re.compile(r"\barrest(?:ed|ing)?\b"))
    assert needs == (frozenset({"arrest"}),)


def test_optional_and_negated_parts_are_not_required() -> None:
    needs = required_literals(re.compile(r"(?:police\s+)?detained(?!\s+briefly)"))
    assert needs == (frozenset({"detained"}),)


def test_a_lookbehind_is_not_required_since_it_may_lie_before_the_span() -> None:
    needs = required_literals(re.compile(r"(?<=police )detained"))
    assert needs == (frozenset({"detained"}),)


def test_a_lookahead_is_required_since_it_lies_inside_the_span() -> None:
    needs = required_literals(re.compile(r"took(?=\s+him\s+away)"))
    assert frozenset({"away"}) in needs


def test_an_alternative_without_literals_leaves_the_branch_unrequired() -> None:
    needs = required_literals(re.compile(r"(?:[0-9]+|ten)\s+years"))
    assert needs == (frozenset({"years"}),)


def test_case_insensitive_literals_are_folded() -> None:
    assert required_literals(re.compile("Detained", re.I)) == (frozenset({"detained"}),)


def test_passes_needs_a_member_of_every_set() -> None:
    needs = (frozenset({"was", "were"}), frozenset({"detained"}))
    assert passes(needs, "he was detained")
    assert not passes(needs, "he was released")


def test_leading_literals_are_the_words_every_match_starts_with() -> None:
    lead = leading_literals(re.compile(r"\b(?:was|were|been)\s+held", re.I))
    assert lead == frozenset({"was", "were", "been"})


def test_leading_literals_drop_a_word_another_one_starts() -> None:
    assert leading_literals(re.compile(r"(?:arrest|arrested)\b")) == frozenset({"arrest"})


def test_an_optional_opening_multiplies_the_leading_words() -> None:
    lead = leading_literals(re.compile(r"(?:grand)?(?:father|son)"))
    assert lead == frozenset({"grandfather", "grandson", "father", "son"})


def test_a_pattern_opening_with_a_class_has_no_leading_words() -> None:
    assert leading_literals(re.compile(r"[0-9]+ years")) is None


def test_scan_finds_what_finditer_finds_in_a_span() -> None:
    pattern = re.compile(r"\b(?:was|is)\s+(?:held|detained)\b", re.I)
    text = "Aigul was held. His son is detained, she said; this is held was detained"
    start, end = 5, len(text) - 3
    folded = fold(text[start:end])
    found = scan(pattern, text, start, end, folded, leading_literals(pattern))
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text, start, end)]


def test_scan_falls_back_to_finditer_beyond_its_tries() -> None:
    pattern = re.compile(r"\bis\s+held", re.I)
    text = "this is his island; it is held"
    found = scan(pattern, text, 0, len(text), fold(text), leading_literals(pattern), 1)
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


def _random_text(rng: random.Random) -> str:
    words = ("was", "were", "held", "detained", "Detained", "WAS", "camp", "camps", "in", "a",
             "his", "her", "brother", "arrested", "2018", "March", "spring", "days", "ago",
             "took", "him", "away", "by", "police", "re-education", "sentenced", "to", "years")
    seps = (" ", " ", " ", ", ", ". ", "\n", "  ")
    return "".join(rng.choice(words) + rng.choice(seps) for _ in range(120))


def test_every_trigger_match_passes_its_gate_and_is_found_by_scan() -> None:
    rng = random.Random(11)
    texts = [_random_text(rng) for _ in range(40)]
    for trig in TRIGGERS:
        needs, lead = required_literals(trig.pattern), leading_literals(trig.pattern)
        for text in texts:
            folded = fold(text)
            expected = [m.span() for m in trig.pattern.finditer(text)]
            if expected:
                assert passes(needs, folded), trig.pattern.pattern
            found = [m.span() for m in scan(trig.pattern, text, 0, len(text), folded, lead)]
            assert found == expected, trig.pattern.pattern


def test_date_rules_scanned_at_their_leading_words_find_what_finditer_finds() -> None:
    rng = random.Random(12)
    for text in (_random_text(rng) for _ in range(40)):
        folded = fold(text)
        for (pattern, _), lead in zip(_RULES, _LEADING, strict=True):
            found = [m.span() for m in scan(pattern, text, 0, len(text), folded, lead)]
            assert found == [m.span() for m in pattern.finditer(text)]


def test_a_branch_requires_the_union_of_what_each_alternative_requires() -> None:
    needs = required_literals(re.compile(r"(?:bribery|accepting\s+bribes|money\s+laundering)"))
    assert needs == (frozenset({"bribery", "accepting", "laundering"}),)


def test_charge_windows_without_a_charge_word_are_skipped_without_changing_matches() -> None:
    from izde.extract.charges import find_charges

    text = ("The roads to the border were closed. He was jailed for separatism and for "
            "disturbing public order.")
    assert [c.charge for c in find_charges(text)] == ["separatism", "other"]


def test_a_folded_document_scans_any_window_as_finditer_over_that_window_does() -> None:
    rng = random.Random(13)
    for text in (_random_text(rng) for _ in range(20)):
        whole = Folded(fold(text))
        for trig in TRIGGERS[:40]:
            lead = leading_literals(trig.pattern)
            lo = rng.randrange(len(text))
            hi = rng.randrange(lo, len(text) + 1)
            found = [m.span() for m in scan(trig.pattern, text, lo, hi, whole, lead)]
            assert found == [m.span() for m in trig.pattern.finditer(text, lo, hi)]


def test_a_folded_span_gives_the_places_of_its_words_with_the_span_offset() -> None:
    span = Folded(fold("He was held. He was taken"), 100)
    assert span.starts(frozenset({"was", "he"})) == [100, 103, 107, 113, 116]  # "held" too
    assert span.starts_within(frozenset({"was"}), 110, 125) == [116]


def test_a_folded_span_gives_the_same_places_when_asked_again() -> None:
    span = Folded("was held, was taken")
    first = list(span.starts(frozenset({"was"})))
    assert span.starts(frozenset({"was"})) == first == match_starts("was held, was taken",
                                                                   frozenset({"was"}), 0)
