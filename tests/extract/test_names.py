"""Name-shape evidence and the sentence splitter, tested as functions."""

from __future__ import annotations

import pytest

from izde.extract.names import has_turkic_shape, is_chinese_name, split_pinyin
from izde.extract.segment import sentences


@pytest.mark.parametrize("tokens", [["Zhang", "Xiao"], ["Tan", "Tianxing"], ["Gu", "Ming"],
                                    ["Qiao", "Long"], ["Wang", "Li", "Hua"]])
def test_chinese_name_shape(tokens: list[str]) -> None:
    assert is_chinese_name(tokens)


@pytest.mark.parametrize("tokens", [["Serikzhan", "Bilash"], ["Zhang"], ["Radio", "Free"],
                                    ["Tan", "Abdurahman"], ["Han", "Chinese"]])
def test_not_chinese_name_shape(tokens: list[str]) -> None:
    assert not is_chinese_name(tokens)


def test_pinyin_split_prefers_long_first_syllable() -> None:
    assert split_pinyin("Tianxing") == ["tian", "xing"]


@pytest.mark.parametrize("word", ["Musakhanuly", "Bolatkyzy", "Azatbek", "Mahsutkhan",
                                  "Serikbayev", "Kurmanalieva", "Dawutkhan", "Aigul"])
def test_turkic_shape(word: str) -> None:
    assert has_turkic_shape(word)


@pytest.mark.parametrize("word", ["Radio", "Global", "Court", "Long"])
def test_no_turkic_shape(word: str) -> None:
    assert not has_turkic_shape(word)


SPLITS = [
    ("date_abbreviation", "On Dec. 7, 2017, he left. Then he came back.", 2),
    ("title_abbreviation", "Mr. Akhat spoke. Ms. Seitova did not.", 2),
    ("acronym", "The U.S. Embassy replied. It said no.", 2),
    ("quote_opens_next", "He said so. “He has been in jail,” she said.", 2),
    ("question", "Why? Nobody knows.", 2),
    ("headline_line", "Mass detentions\nThe police came.", 2),
    ("initial", "J. Smith wrote it. It was short.", 2),
]


@pytest.mark.parametrize("text,n", [c[1:] for c in SPLITS], ids=[c[0] for c in SPLITS])
def test_sentence_split(text: str, n: int) -> None:
    got = list(sentences(text))
    assert len(got) == n and all(text[s.start:s.end] == s.text for s in got)


def test_overlong_sentence_is_cut_at_spaces() -> None:
    text = "word " * 3000
    got = list(sentences(text))
    assert len(got) > 1 and all(len(s.text) <= 5000 for s in got)
