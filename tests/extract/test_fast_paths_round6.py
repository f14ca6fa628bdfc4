"""Shortcuts of the sixth speed round must find exactly what the plain way finds: patterns
spelled to open with a character class, the places of leading words kept per document."""

from __future__ import annotations

import random
import re

import pytest

from extract.test_fast_paths import TEXTS
from izde.extract import candidates, charges, dates, descriptions, references, triggers
from izde.extract.assemble import Neighbours, _sentences_before
from izde.extract.literals import Folded, match_starts, opening_class, with_opening
from izde.extract.places import place_finder
from izde.extract.segment import sentences
from izde.extract.spans import at_word_starts, fold

WRITTEN = ("The 47-year-old tailor was held. Then the former teacher, the man, and The "
           "Elderly Kazakh herder left; other teachers and the tailor's wife stayed. the "
           "61-year-old spoke to the Doctor Askar about the shopkeeper.\nThe\tjournalist")


def _plain_the_description() -> re.Pattern[str]:
    """The description pattern as first written, opening with ``\\b``."""
    spelled = descriptions.THE_DESCRIPTION.pattern
    opening = r"[Tt](?<!\w[Tt])he\s+"
    assert spelled.startswith(opening)
    return re.compile(r"\b[Tt]he\s+" + spelled[len(opening):], descriptions.THE_DESCRIPTION.flags)


def test_definite_descriptions_are_those_of_the_pattern_opening_with_a_word_boundary() -> None:
    plain = _plain_the_description()
    for text in [*TEXTS, WRITTEN, "xthe man. Athe tailor. 5the tailor. _the tailor."]:
        fast = [m.span() for m in descriptions.THE_DESCRIPTION.finditer(text)]
        assert fast == [m.span() for m in plain.finditer(text)]


def test_a_year_written_with_nian_has_the_separated_shape() -> None:
    assert dates._has_shape(dates._SEPARATED, "2018年6月, a letter", {})


def test_a_date_written_with_nian_in_a_text_without_separated_digits_is_found() -> None:
    found = dates.find_dates("Letter dated 2018年6月12日 arrived.", "2021-02-22")
    assert [(d.text, d.edtf) for d in found] == [("2018年6月12日", "2018-06-12")]


def _leading_sets(rng: random.Random) -> list[frozenset[str]]:
    words = ["was", "is", "he", "the", "a", "detained", "held", "zzz", "s ", "'s"]
    return [frozenset(rng.sample(words, rng.randint(1, 4))) for _ in range(200)]


def test_places_of_leading_words_are_those_a_plain_search_finds() -> None:
    rng = random.Random(6)
    for text in [*TEXTS[:20], WRITTEN]:
        folded = fold(text)
        found = Folded(folded, 7)
        for leading in _leading_sets(rng):
            assert found.starts(leading) == match_starts(folded, leading, 7)


def _cut_text_cases() -> list[str]:
    long = "Word " * 1400 + "end. Next one here.  Then\n\n  another line. And Dr. Smith left."
    return [*TEXTS[:25], WRITTEN, long, "One.\n   \nTwo. \"Three.\" (Four.)"]


def test_sentences_before_a_sentence_are_those_of_the_text_cut_there() -> None:
    for text in _cut_text_cases():
        whole = list(sentences(text))
        for s in whole:
            assert list(sentences(text[:s.start])) == [x for x in whole if x.start < s.start]


def test_the_ledes_read_the_known_sentences_or_the_cut_text_alike() -> None:
    text = _cut_text_cases()[-1]
    whole = list(sentences(text))
    known = Neighbours(lambda s: None, lambda s: None, lambda s, k: False, sentences=whole)
    bare = Neighbours(lambda s: None, lambda s: None, lambda s, k: False)
    end = whole[-1].start
    assert _sentences_before(text, end, known) == _sentences_before(text, end, bare)


def test_the_opening_class_holds_the_first_letters_of_every_alternative() -> None:
    assert set(opening_class(re.compile(r"\b(?:he|she|they)\b")) or "") == set("hst")


def test_the_opening_class_looks_past_optional_parts() -> None:
    found = opening_class(re.compile(r"(?:\bin\s+)?(?:the\s+)?[0-9]+"))
    assert found is not None and {"i", "t", "0-9"} <= set(re.findall(r"0-9|.", found))


def test_a_negated_opening_gives_no_class() -> None:
    assert opening_class(re.compile(r"[^a-z]+x")) is None


def test_a_pattern_that_opens_otherwise_keeps_its_form() -> None:
    rx = re.compile(r"[^a]x")
    assert with_opening(rx) is rx


def _soup(pieces: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(30)) for _ in range(3000)]


PRONOUN_PIECES = ["I", "i", "me", "Me", "we", "us", "Us", "US", "you", "my", "our", "your", "he",
                  "HIS", "her", "their", "this man", "his brother", "ſhe", "İ", "ı", "x", "the",
                  "Ahe", "_he", "3he", " ", ", ", ".\n", "'s", "sister-in-law", "they"]
CHARGE_PIECES = ["separatism", "inciting", "ſeparatism", "extremism", "Extremist", "state",
                 "secrets", "fraud", "illegal", "border", "crossing", "picking", "quarrels",
                 "İllegal", "ınciting", " ", ", ", "-", "anti", "x", "organising", "terrorism"]


def _without_opening(rx: re.Pattern[str]) -> re.Pattern[str]:
    body = rx.pattern.split("]))(?:", 1)[1][:-1]
    return at_word_starts(body, rx.flags)


def test_opening_letters_keep_the_matches_of_the_pronoun_pattern() -> None:
    plain = _without_opening(references.REF_RE)
    for text in [*TEXTS[:20], WRITTEN, *_soup(PRONOUN_PIECES, 8)]:
        got = [(m.span(), m.groups()) for m in references.REF_RE.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_opening_letters_keep_the_matches_of_the_charge_patterns() -> None:
    texts = [*TEXTS[:20], *_soup(CHARGE_PIECES, 9)]
    for _, rx in charges._PATTERNS:
        plain = _without_opening(rx)
        for text in texts:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


OPENED = {
    "negation": triggers.NEGATION,
    "hypothetical": triggers.HYPOTHETICAL,
    "future": triggers.FUTURE,
    "group": references.GROUP_RE,
    "trial group": references.TRIAL_GROUP_RE,
    "place named": candidates._PLACE_NAMED,
    "same charge": charges._SAME_CHARGE,
}
CUE_PIECES = ["not", "n't", "never", "could", "may", "May", "will be", "he'll", "going to",
              "the two men", "both", "the three accused were", "defendants", "city", "named",
              "the same charges", "similar offences", "ſame", "İf", " ", ", ", ". ", "x", "Ask"]


@pytest.mark.parametrize("name", sorted(OPENED))
def test_opening_letters_keep_the_matches_of_window_searches(name: str) -> None:
    rx = OPENED[name]
    plain = _without_opening(rx)
    texts = [*TEXTS[:8], WRITTEN, *_soup(CUE_PIECES, 10)[:800]]
    for text in texts:
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]
        for at in range(0, len(text), 7):
            lo = max(0, at - 60)
            got, want = rx.search(text, lo, at), plain.search(text, lo, at)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


class _Gazetteer:
    """The part of a gazetteer a place finder reads when it is made."""

    def surface_forms(self) -> list[str]:
        return ["Ghulja"]


def test_documents_with_the_same_gazetteer_share_one_place_finder() -> None:
    gazetteer = _Gazetteer()
    assert place_finder(gazetteer) is place_finder(gazetteer)


def test_another_gazetteer_gets_its_own_place_finder() -> None:
    first, second = _Gazetteer(), _Gazetteer()
    assert place_finder(first).gazetteer is first
    assert place_finder(second).gazetteer is second
