"""Gates and one-pass searches added for speed must find exactly what the plain way finds.

Each shortcut (trigger gates tested once per word, date rules skipped for texts without their
shape, charge stems found in one pass, ASCII-only word patterns, the group-phrase gate) is
checked against the plain computation on the fixture reports and on text written here.
"""

from __future__ import annotations

import random
import re
import string

import pytest

from extract.test_fast_paths import TEXTS
from izde.extract import (
    charges,
    coref,
    dates,
    keywords,
    language,
    narrative,
    profile,
    references,
    subjects,
    tokens,
    voices,
)
from izde.extract.segment import sentences
from izde.extract.spans import fold
from izde.extract.triggers import StemIndex, live_gated, passing

NUMERIC = (
    "On 12.06.2018 he was held; on 2018-06-12 released; by 6/2019 gone; 3.5 million people; "
    "on 5.3.19 a raid; 2018年6月 a letter; on the 5th of that month; 1st, 22nd, 3rd and 4th "
    "graders; in 2017-2019 and 1990s; 12/25/2018; 25/12/2018; 04.2019; room 12-B; 10-12 men."
)


def _plain_gate(stems: frozenset[str], folded: str) -> tuple[object, ...]:
    """The live triggers whose every gate set has a member in the sentence, tested one by
    one (what ``events_in_sentence`` did before ``passing``)."""
    return tuple((t, leading) for t, gate, leading in live_gated(stems)
                 if all(any(w in folded for w in needed) for needed in gate))


def test_passing_keeps_the_triggers_whose_gates_the_sentence_passes() -> None:
    for text in TEXTS:
        index = StemIndex(text)
        for s in sentences(text):
            stems = index.stems(s.start, s.end)
            assert passing(stems, fold(s.text)) == _plain_gate(stems, fold(s.text)), s.text


def test_passing_drops_a_trigger_whose_gate_word_is_missing() -> None:
    stems = frozenset({"detain"})
    kept = {t.type for t, _ in passing(stems, fold("Police detained him."))}
    assert "detention" in kept
    assert passing(stems, fold("detain")) == _plain_gate(stems, fold("detain"))


SHAPED = sorted(dates._SHAPES, key=lambda p: p.pattern)


@pytest.mark.parametrize("pattern", SHAPED, ids=lambda p: p.pattern[:30])
def test_every_match_of_a_shape_gated_date_rule_holds_its_shape(pattern: re.Pattern[str]
                                                                ) -> None:
    shape = dates._SHAPES[pattern]
    for text in [*TEXTS, NUMERIC, *_digit_strings()]:
        for m in pattern.finditer(text):
            assert dates._has_shape(shape, m.group(), {}), (pattern.pattern[:30], m.group())


def test_dates_are_the_same_without_the_shape_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in [*TEXTS, NUMERIC]:
        gated = dates.find_dates(text, "2021-02-22")
        monkeypatch.setattr(dates, "_SHAPES", {})
        assert dates.find_dates(text, "2021-02-22") == gated
        monkeypatch.undo()


def test_a_text_without_separated_digits_skips_the_numeric_rules() -> None:
    seen: dict[re.Pattern[str], bool] = {}
    assert not dates._has_shape(dates._SEPARATED, "He was held in 2019 for 12 days.", seen)
    assert dates._has_shape(dates._SEPARATED, "on 12.06.2018", {})


def _digit_strings() -> list[str]:
    """Random strings of digits, separators, ordinal endings and month words."""
    rng = random.Random(5)
    parts = ["1", "12", "2018", "31", "07", ".", "/", "-", " ", "th", "st", "年", "月", "日",
             "May", "Jan.", "of", "'", "’", "s", ",", "0s", "2020", "99"]
    return ["".join(rng.choice(parts) for _ in range(12)) for _ in range(3000)]


def _stem_hits_by_find(low: str) -> set[tuple[int, str]]:
    found = set()
    for charge, stems in charges._STEMS.items():
        for stem in stems:
            i = low.find(stem)
            while i != -1:
                found.add((i, charge))
                i = low.find(stem, i + 1)
    return found


def test_charge_stems_found_in_one_pass_are_those_of_the_find_loops() -> None:
    for text in [*TEXTS, "border order: split the unity, secret spies, bribery, fraud"]:
        low = text.lower()
        assert set(charges._stem_hits(low)) == _stem_hits_by_find(low)


def test_a_stem_of_several_charges_counts_for_each() -> None:
    shared = [s for s, owners in charges._CHARGES_OF.items() if len(owners) > 1]
    for stem in shared:
        assert {c for _, c in charges._stem_hits(stem)} == set(charges._CHARGES_OF[stem])


def _ascii_texts() -> list[str]:
    rng = random.Random(3)
    noise = ["".join(rng.choice(string.printable) for _ in range(2000)) for _ in range(30)]
    return [t for t in TEXTS if t.isascii()] + noise + ["It's O'Neil-Smith's 3rd_try, x2 A."]


def test_words_of_an_ascii_text_are_those_of_the_word_pattern() -> None:
    for text in _ascii_texts():
        assert language._words.__wrapped__(text) == language._WORD.findall(text)


def test_function_words_are_counted_only_until_there_are_enough() -> None:
    words = ["the"] * 3 + ["Askar"] * 97
    assert language._enough_function_words(words, 3.0)
    assert not language._enough_function_words(words, 3.5)


def test_ascii_capitalised_words_are_those_of_the_unicode_pattern() -> None:
    for text in _ascii_texts():
        fast = [m.span() for m in tokens.CAP_ASCII_RE.finditer(text)]
        assert fast == [m.span() for m in tokens.CAP_WORD_RE.finditer(text)]


def test_words_of_a_text_with_other_letters_keep_the_unicode_pattern() -> None:
    found = tokens.words("Ölmez and Ádám met Äsem.", capitalised=True)
    assert [w.text for w in found] == ["Ölmez", "Ádám", "Äsem"]


def test_every_group_phrase_holds_a_group_noun() -> None:
    written = "The two men and both activists, the pair and these asylum-seekers left."
    for text in [*TEXTS, written]:
        for m in references.GROUP_RE.finditer(text):
            assert any(n in fold(m.group()) for n in subjects._GROUP_NOUNS), m.group()


@pytest.mark.parametrize("automaton", [True, False])
def test_present_keywords_are_those_a_substring_test_finds(automaton: bool,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    if not automaton:
        monkeypatch.setattr(keywords, "HAVE_AUTOMATON", False)
    words = frozenset({"held", "he", "camp", "was", "detain", "absent", "s held"})
    for text in ["", "she was held in camps", "Detained", *TEXTS[:3]]:
        folded = fold(text)
        assert keywords.present(words, folded) == {w for w in words if w in folded}


def test_every_right_cue_opens_as_the_shared_opening_says() -> None:
    written = ("Aigul, the deputy chief, Berik, who runs a group, Dana is a reporter, "
               "Omar, Aigul's lawyer, and Saule, an activist, met Nur, a researcher.")
    for text in [*TEXTS, written]:
        for at in range(0, len(text), 2):
            hi = min(len(text), at + 120)
            if any(rx.match(text, at, hi) for rx in profile.RIGHT_CUES.values()):
                assert profile._RIGHT_OPENING.match(text, at, hi), text[at:hi]


def test_a_mention_followed_by_a_verb_has_no_right_cue_opening() -> None:
    assert profile._RIGHT_OPENING.match("Aigul was held.", 5) is None
    assert profile._RIGHT_OPENING.match("Aigul, the deputy chief", 5) is not None


UNRELATED_PLAIN = re.compile(r"\b(?:no\s+relation|not\s+(?:related|a\s+relative)|unrelated|"
                             r"no\s+(?:family\s+)?(?:ties|connection)\b" + coref.NOT_TO_A_THING
                             + r")\b", re.IGNORECASE)


def test_unrelated_persons_are_found_as_the_plain_pattern_finds_them() -> None:
    written = ("He is no relation. NOT RELATED, not a relative; Unrelated and no family ties, "
               "no  connection. Know ties. snot related. ñno relation, No\nrelation, no connection "
               "to any state, not related to the case")
    for text in [*TEXTS, written]:
        fast = [m.span() for m in coref._UNRELATED.finditer(text)]
        assert fast == [m.span() for m in UNRELATED_PLAIN.finditer(text)]


def test_turn_labels_and_post_marks_hold_the_characters_their_gates_test() -> None:
    written = "NURLAN: I was held.\nCaller (Nurlan): yes\n1/ First post\n2/3 more\n(4) last"
    for text in [*TEXTS, written]:
        assert all(":" in m.group() for m in voices._TURN_LABEL.finditer(text))
        assert all("/" in m.group() or "(" in m.group() for m in voices._POST_MARK.finditer(text))
    assert len(list(voices._TURN_LABEL.finditer(written))) == 2


SOMEONE_PLAIN = re.compile(
    r"\b(?:a|an|the|one|another|this|that)\s+(?:[\w-]+\s+)?(?:man|boy|gentleman|woman|girl|lady|"
    r"police(?:man|woman)|officer|official|guard|agent|neighbou?r|driver|stranger|"
    r"investigator|interrogator|judge|lawyer|doctor|teacher|friend|colleague|caller|visitor|"
    r"imam|chief|director|relative|cousin|classmate|student|detainee|prisoner|witness)\b",
    re.IGNORECASE)


def test_persons_spoken_of_by_a_noun_are_found_as_the_plain_pattern_finds_them() -> None:
    written = ("An officer came. THE MAN left; another young woman, that teacher, a caller, "
               "One guard and this policewoman; Oman judge, cathe man, the managers.")
    for text in [*TEXTS, written]:
        fast = [m.span() for m in references._SOMEONE.finditer(text)]
        assert fast == [m.span() for m in SOMEONE_PLAIN.finditer(text)]
        for at in range(0, len(text), 97):
            hi = min(len(text), at + 200)
            got = references._SOMEONE.search(text, at, hi)
            want = SOMEONE_PLAIN.search(text, at, hi)
            assert (got and got.span()) == (want and want.span())


def test_indefinite_descriptions_are_found_as_with_a_word_boundary() -> None:
    plain = re.compile(narrative._DESCRIBED.pattern.replace(r"[Aa](?<!\w[Aa])", r"\b[Aa]", 1))
    assert plain.pattern != narrative._DESCRIBED.pattern
    written = "A former miner and an imam met; Ana teacher, a  villager, AN official."
    for text in [*TEXTS, written]:
        fast = [m.span() for m in narrative._DESCRIBED.finditer(text)]
        assert fast == [m.span() for m in plain.finditer(text)]
