"""Latin names that are the pinyin of a Turkic name's Chinese rendering are compared as
Chinese: Abudureyimu Maimaitiming is Abdurehim Memtimin, Xu Chao stays Xu Chao."""

from __future__ import annotations

import pytest

from izde.resolve.names import compare_names
from izde.resolve.pinyin_names import is_pinyin_rendering, is_pinyin_word, segment, syllables


def test_syllables_are_pinyin_with_vowels_only() -> None:
    known = syllables()
    assert {"a", "er", "yi", "xun", "jiang", "ding"} <= known
    assert not {"m", "n", "ng", "hm"} & known


@pytest.mark.parametrize(("word", "parts"), [
    ("abudureyimu", ("a", "bu", "du", "re", "yi", "mu")),
    ("tuerxun", ("tu", "er", "xun")),
    ("nurlan", None),
    ("askar", None),
])
def test_segment_into_syllables(word: str, parts: tuple[str, ...] | None) -> None:
    assert segment(word) == parts


@pytest.mark.parametrize("name", [
    "Abudureyimu Maimaitiming", "Asikaer Nuerlan", "Maimaiti Tuerxun", "Paerhati Yiming",
    "Gulinuer Abudula", "Ahemaitijiang Tuerxun",
    "Kunsulu Aosipan",  # the Ao Chinese writes for an initial O, the s cluster broken up
])
def test_renderings_of_turkic_names_are_recognised(name: str) -> None:
    assert is_pinyin_rendering(name)


@pytest.mark.parametrize("name", [
    "Xu Chao", "Li Ming", "Wang Fang",  # Chinese names: their pinyin is their spelling
    "Madina Aliya",  # segments into syllables, but nothing Chinese happened to it
    "Nurlan Askarov", "Abdurehim Memtimin",  # not pinyin at all
    "Asikaer",  # one word: too little to tell
    "Gülnur Abudula",  # letters pinyin does not write
    "Kunsulu Madina",  # three syllables each, nothing broken up
])
def test_other_names_are_not_renderings(name: str) -> None:
    assert not is_pinyin_rendering(name)


@pytest.mark.parametrize(("rendering", "native"), [
    ("Abudureyimu Maimaitiming", "Abdurehim Memtimin"),
    ("Asikaer Nuerlan", "Askar Nurlan"),
    ("Abulimiti Tuerxun", "Ablimit Tursun"),
])
def test_a_rendering_matches_its_native_spelling(rendering: str, native: str) -> None:
    assert compare_names(rendering, native).level == "transliteration"


@pytest.mark.parametrize(("rendering", "other"), [
    ("Abudureyimu Maimaitiming", "Abdurehim Tursun"),  # one word contradicts
    ("Ahemaitijiang Tuerxun", "Ahmet Tursun"),  # Ahmetjan is not Ahmet
    ("Maimaiti Tuerxun", "Memet Turgun"),
])
def test_a_rendering_does_not_match_a_different_name(rendering: str, other: str) -> None:
    assert compare_names(rendering, other).level == "different"


def test_two_renderings_of_one_name_compare_as_written() -> None:
    assert compare_names("Maimaiti Tuerxun", "Maimaiti Tuerxun").level == "exact"
    assert compare_names("Maimaiti Tuerxun", "Maimaiti Tuerhong").level != "transliteration"


def test_a_rendering_written_with_the_middle_dot_of_chinese_names() -> None:
    assert is_pinyin_rendering("Abudureyimu·Maimaitiming")
    assert compare_names("Abudureyimu·Maimaitiming", "Abdurahim Mamtimin").level == (
        "transliteration")


@pytest.mark.parametrize("word", ["Yibulayimu", "Tuerxun", "Maimaiti", "Kuerban"])
def test_a_marked_pinyin_word_is_a_pinyin_rendering_by_itself(word: str) -> None:
    assert is_pinyin_word(word)


@pytest.mark.parametrize("word", ["Madina", "Fatima", "Aliya", "Xu", "Ibrahim", "Gülnur"])
def test_a_native_or_chinese_word_is_not(word: str) -> None:
    assert not is_pinyin_word(word)
