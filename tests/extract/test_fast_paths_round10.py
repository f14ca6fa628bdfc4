"""Shortcuts of the tenth speed round must find exactly what the plain way finds: capitalised
words found once per document (over a shape-coded copy of an ASCII text), patterns looked up
by identity, whole-document scans skipped or counted only as far as asked."""

from __future__ import annotations

import random
import re

import pytest

from extract.test_fast_paths import TEXTS
from izde.extract import (
    bylines,
    coref,
    initialled_names,
    inverted_names,
    language,
    literals,
    narrative,
    relations,
    subjects,
    tokens,
    voices,
)
from izde.extract.literals import min_width
from izde.extract.pattern_map import PatternMap
from izde.extract.segment import sentences
from izde.extract.spans import fold

_PIECES = ["Aigul", "Serik", "O'Neil", "al-Farabi", "McDonald", "ALMATY", "Ömirbek", "Қайрат",
           "the", "was", "held", "3rd", "x2", "_Ma_", "Jian", "'s", "’s", "s'", "-", "'", "’",
           " ", " ", " ", "  ", "\n", ".", ". ", "? ", ",", "(", ")", "\"", "A", "I", "Q1",
           "2019", "Nur-Sultan", "Abc'", "U.S.", "Dr.", "7Ab"]


def _random_texts(n: int, seed: int, ascii_only: bool) -> list[str]:
    rng = random.Random(seed)
    pieces = [p for p in _PIECES if p.isascii() or not ascii_only]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 60))) for _ in range(n)]


@pytest.mark.parametrize("ascii_only", [True, False])
def test_capitalised_words_of_a_document_are_those_of_each_span(ascii_only: bool) -> None:
    rng = random.Random(3)
    for text in [*TEXTS, *_random_texts(1500, 11, ascii_only)]:
        whole = tokens.CapitalisedWords(text)
        assert whole.words == tokens.words(text, capitalised=True)
        spans = [(s.start, s.end) for s in sentences(text)]
        spans += [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text)))))
                  for _ in range(5)]
        for start, end in spans:
            assert whole.within(start, end) == tokens.words(text, start, end, capitalised=True)


def test_the_shape_pattern_matches_where_the_ascii_pattern_does() -> None:
    for text in [t for t in TEXTS if t.isascii()] + _random_texts(3000, 5, True):
        shapes = text.encode("ascii").translate(tokens._SHAPE)
        assert [m.span() for m in tokens._CAP_SHAPE_RE.finditer(shapes)] == \
            [m.span() for m in tokens.CAP_ASCII_RE.finditer(text)]


def test_pattern_map_is_keyed_by_the_pattern_object() -> None:
    a, b = re.compile("a+"), re.compile("b+")
    m = PatternMap([(a, 1)])
    m[b] = 2
    assert m[a] == 1 and m.get(b) == 2 and m.get(re.compile("c")) is None
    assert a in m and dict(m.items()) == {a: 1, b: 2}


def test_sentence_ends_counted_as_far_as_asked_answer_as_a_full_count() -> None:
    for text in [*TEXTS, "One. Two. three. four! five? six. seven.", ""]:
        full = len(language._SENTENCE_END.findall(text))
        for enough in (0.25, 1, 2.5, 6, 40):
            assert (language._sentence_ends(text, enough) >= enough) == (full >= enough)


def test_a_text_the_narrator_gate_rules_out_has_no_narrator_cue() -> None:
    for text in [*TEXTS, *_random_texts(2000, 9, False), "I  am", "Its writer,", "my name is "]:
        if not relations._may_name_narrator(text):
            assert relations._NARRATOR_ANYWHERE.search(text) is None


def test_no_match_is_shorter_than_the_width_that_rules_windows_out() -> None:
    assert min_width(re.compile(r"\b(?:of|from)\s+$")) == 3
    patterns = [subjects._LIKE, subjects._THING_OF, subjects._KIN_OF, subjects._OTHER_SUBJECT,
                subjects.GENERIC_SUBJECT, subjects._UNRESOLVED_SUBJECT]
    words = ["like", "such as", "photo of", "the wife of", "where", "whom", "many", "others",
             "that the man", "people", "of", "a", " ", "  ", "\t", "and"]
    rng = random.Random(2)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) + rng.choice(["", " "])
             for _ in range(3000)]
    for p in patterns:
        width = min_width(p)
        for text in [*TEXTS, *texts]:
            for end in range(len(text) + 1):
                m = p.search(text, max(0, end - 12), end)
                assert m is None or m.end() - m.start() >= width, (p.pattern[:30], text)


def test_word_characters_are_those_the_word_patterns_take() -> None:
    word = re.compile(r"[\w'’\-]")
    for code in range(0x30000):
        c = chr(code)
        assert tokens._is_word_char(c) == (word.match(c) is not None), hex(code)


_GATED_WORDS = ["no ties", "no\tfamily ties", "authorities", "Not related", "unrelated",
                "no  connection", "connections", "The author", "Its writer,", "authorship",
                "a reporter", "reporters",
                "is a journalist.", "editor", "editors", "two men", "Six women", "I", "x", " ",
                "Aigul Serik", "is", "a", "relation", "ſix", "tieſ", "10s", "’90s", "\n"]


def _gate_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_GATED_WORDS) for _ in range(rng.randint(1, 12)))
            for _ in range(n)]


def test_whole_word_gates_rule_out_only_texts_without_a_match() -> None:
    assert literals.word_occurs("no ties", "ties", after_space=True)
    assert not literals.word_occurs("authorities", "ties", after_space=True)
    assert not literals.word_occurs("reporters", "reporter")
    for text in [*TEXTS, *_gate_texts(3000, 8)]:
        if not relations._may_name_narrator(text):
            assert relations._NARRATOR_ANYWHERE.search(text) is None, text
        if not coref._may_say_unrelated(fold(text)):
            assert coref._UNRELATED.search(text) is None, text
        if not any(literals.word_occurs(text, w, after_space=True) for w in bylines._NEEDS[2][1]):
            assert bylines.IS_JOURNALIST_RE.search(text) is None, text
        if not narrative._has_count_word(fold(text)):
            assert narrative._GROUP.search(text) is None, text


def test_first_person_gate_rules_out_only_texts_without_i_me_or_my() -> None:
    rng = random.Random(6)
    pieces = ["I", "I'm", "me", "Me", "my", "My", "MY", "some", "name", "Ai", "It", "In", "myth",
              "’", "'", " ", ", ", ".", "-", "_", "x", "mine", "Iy", "9"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    for text in [*TEXTS, *texts]:
        if not voices._may_speak_first(text):
            assert voices._FIRST_PERSON.search(text) is None, text


def test_name_form_gates_rule_out_only_texts_without_a_match() -> None:
    rng = random.Random(12)
    pieces = ["ABLIMIT", "ÖMIR", "O'NEIL", "Ab", "A.", "B. ", "Kadyr", "K.", "U.S.", "Jan.", ", ",
              ",", " ", "\t", "Aigul", "x.", "-A.", "’A.", "ABC-", "Smith", "9A.", "ÀÉÎ", "Þór"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    for text in [*TEXTS, *texts]:
        if not inverted_names._comma_after_capitals(text):
            assert inverted_names._INVERTED.search(text) is None, text
        if not initialled_names._initial_in(text):
            assert initialled_names._INITIALLED.search(text) is None, text
