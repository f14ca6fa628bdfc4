"""Names heard through Chinese: a pinyin rendering drops the h a Turkic spelling keeps."""

from __future__ import annotations

import pytest

from izde.resolve.comparisons import (
    STRONG_NAME_LEVELS,
    _assembled,
    _family_marks,
    name_form,
    name_level,
    transcribed_in_characters,
    two_word_entries,
)
from izde.resolve.names import heard_skeleton


def test_heard_skeleton_drops_an_h_after_a_vowel() -> None:
    assert heard_skeleton("abdurahim") == heard_skeleton("abudureyimu")


def test_heard_skeleton_drops_a_kh_after_a_vowel() -> None:
    assert heard_skeleton("ibrakhim") == heard_skeleton("yibulayimu")


def test_heard_skeleton_keeps_a_written_k() -> None:
    assert heard_skeleton("abdukerim") != heard_skeleton("abudureyimu")


def test_heard_skeleton_reads_a_final_ng_as_n() -> None:
    assert heard_skeleton("maimaitiming") == heard_skeleton("mamtimin")


def test_pinyin_rendering_without_the_h_is_a_transliteration() -> None:
    level = name_level(name_form("Yibulayimu·Kuerban"), name_form("Ibrahim Qurban"))
    assert level == "transliteration"


def test_pinyin_rendering_of_another_name_with_the_same_consonants_but_k_stays_apart() -> None:
    level = name_level(name_form("Abudureyimu Kuerban"), name_form("Abdukerim Qurban"))
    assert level == "partial"


def test_dropped_h_needs_a_pinyin_side() -> None:
    assert name_level(name_form("Abdurahim Qurban"), name_form("Abduraim Qurban")) == "fuzzy"


def test_short_chinese_names_heard_alike_stay_apart() -> None:
    assert name_level(name_form("Xu Chao"), name_form("Su Chao")) == "partial"


def test_a_short_heard_skeleton_matches_when_one_side_spells_three_consonants() -> None:
    assert name_level(name_form("Maimaiti Kuerban"), name_form("Mehmet Qurban")) == "vowel_variant"


@pytest.mark.parametrize(("a", "b"), [("Wang Fang", "Wang Feng"), ("Zhang Wei", "Zheng Wei")])
def test_two_pinyin_syllables_are_two_names(a: str, b: str) -> None:
    assert name_level(name_form(a), name_form(b)) not in STRONG_NAME_LEVELS


def test_uyghur_vowels_still_vary_across_romanisations() -> None:
    assert name_level(name_form("Memet Tursun"), name_form("Mamat Tursun")) == "vowel_variant"


def test_pinyin_jia_renders_a_foreign_ga() -> None:
    level = name_level(name_form("努尔兰·萨帕尔加利"), name_form("Nurlan Sapargaliuly"))
    assert level == "transliteration"


def test_pinyin_written_jia_renders_a_foreign_ga() -> None:
    level = name_level(name_form("Nu'erlan Sapa'erjiali"), name_form("Nurlan Sapargaliev"))
    assert level == "transliteration"


def test_pinyin_j_still_renders_a_foreign_zh() -> None:
    level = name_level(name_form("Jumabieke·Nu'erlan"), name_form("Zhumabek Nurlan"))
    assert level in STRONG_NAME_LEVELS


def test_a_latin_j_is_not_read_as_g() -> None:
    assert name_level(name_form("Nurlan Sapardjali"), name_form("Nurlan Sapargali")) != \
        "transliteration"


def test_a_dropped_russian_patronymic_leaves_the_names_alike() -> None:
    level = name_level(name_form("Aigerim Tulegenova"),
                       name_form("Tulegenova Aigerim Tulegenovna"))
    assert level == "transliteration"


def test_a_dropped_patronymic_across_scripts_is_a_transliteration() -> None:
    level = name_level(name_form("Тулегенова Айгерим Тулегеновна"),
                       name_form("Aigerim Tulegenova"))
    assert level == "transliteration"


def test_a_dropped_word_that_is_no_patronymic_stays_a_subset() -> None:
    level = name_level(name_form("Aigerim Tulegenova"), name_form("Aigerim Tulegenova Nurlan"))
    assert level == "subset"


def test_a_patronymic_left_over_beside_a_different_given_name_is_partial() -> None:
    level = name_level(name_form("Dana Tulegenova"), name_form("Tulegenova Aigerim Tulegenovna"))
    assert level == "partial"


@pytest.mark.parametrize("written", ["Qairat Asqaruly", "Қайрат Асқаров", "阿斯卡尔·阿扎提别克",
                                     "Wang Wei", "Serik uly Berik", "Nurlan", "A B C"])
def test_a_name_form_is_the_general_assembly_of_its_words(written: str) -> None:
    form = name_form(written)
    words = list(form.words)
    entries = _family_marks(words, form.han)
    assert form == _assembled(written, entries, form.han, tuple(words))


@pytest.mark.parametrize("written", [
    "Qairat Asqaruly", "Қайрат Асқаров", "阿斯卡尔·阿扎提别克", "Wang Wei", "王伟", "Serik uly",
    "Serik uly Berik", "Nurlan", "A B C", "Asan ъ", "Ai'erlan Sapa'er", "Nursultan-Abish", "",
])
def test_two_word_entries_are_the_tokens_of_a_name_of_two_tokens(written: str) -> None:
    """The tokens, family marks and ``han`` of a name of two words, no particle, each word
    with a token (what ``name_form`` assembles by ``_two_tokens``); None for any other."""
    form, found = name_form(written), two_word_entries(written)
    if len(form.words) == 2 and len(form.tokens) == 2:
        assert found == (form.tokens[0], form.family[0], form.tokens[1], form.family[1],
                         form.han)
    else:
        assert found is None


@pytest.mark.parametrize(("written", "han"), [
    ("阿斯卡尔·阿扎提别克", True), ("阿斯卡尔阿扎", True), ("王伟", False), ("Қайрат", False),
    ("Wang Wei", False), ("王·伟", True),
])
def test_a_name_in_characters_has_four_or_a_separator(written: str, han: bool) -> None:
    assert transcribed_in_characters(written) is han


def test_a_name_with_the_uyghur_endearment_jan_is_a_loose_match_of_the_name() -> None:
    assert name_level(name_form("Mahinur Yasin"), name_form("Mahinur Yasinjan")) == "fuzzy"
    assert name_level(name_form("Tursunjan Mamat"), name_form("Tursun Mamat")) == "fuzzy"


def test_a_kazakh_name_built_with_zhan_is_another_name() -> None:
    assert name_level(name_form("Serikzhan Bilash"), name_form("Serik Bilash")) not in \
        STRONG_NAME_LEVELS


def test_an_initial_agrees_loosely_with_a_given_name_that_opens_with_it() -> None:
    # court papers and ministry statements name people so: "N. Muratbekov", "U. Myrzakhanov"
    assert name_level(name_form("N. Muratbekov"), name_form("Nurgali Muratbekuly")) == "fuzzy"
    assert name_level(name_form("Ualibek Myrzakhanuly"), name_form("U. Myrzakhanov")) == "fuzzy"


def test_an_initial_of_another_letter_is_another_given_name() -> None:
    assert name_level(name_form("S. Muratbekov"), name_form("Nurgali Muratbekuly")) not in \
        STRONG_NAME_LEVELS
    assert name_level(name_form("S. Muratbekov"), name_form("Nurgali Muratbekuly")) != "fuzzy"


def test_a_one_letter_folded_form_is_no_initial() -> None:
    # "Wu" folds to "u" but is written with two letters: no initial of "Ubul"
    assert name_level(name_form("Wu Fei"), name_form("Ubul Fei")) != "fuzzy"
    assert name_level(name_form("Q. Ospanov"), name_form("Kairat Ospanov")) == "fuzzy"
