"""Name keys and comparison across scripts and transliteration systems."""

from __future__ import annotations

from pathlib import Path

import pytest

from izde.resolve.names import (
    SAME_THRESHOLD,
    compare_names,
    detect_script,
    latinize,
    name_key,
    name_keys,
)
from izde.resolve.translit import latin_words

PAIRS = Path(__file__).with_name("name_pairs.tsv")


@pytest.mark.parametrize(("text", "script"), [
    ("Ghulja", "latin"), ("Құлжа", "cyrillic"), ("غۇلجا", "arabic"), ("伊宁", "han"),
    ("Ghulja 伊宁", "mixed"), ("1984 !", "other"),
])
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script


@pytest.mark.parametrize(("text", "reading"), [
    ("Құлжа", "qulzha"), ("غۇلجا", "ghulja"), ("伊宁", "yining"), ("Nur-Sultan", "nur sultan"),
    ("Ерлан Нұрланұлы", "erlan nurlanuly"), ("چۆچەك", "chochek"), ("Şöhret", "shohret"),
    ("王毅", "wang yi"), ("阿斯卡尔·阿扎提别克", "asikaer azhatibieke"), ("Äsel", "asel"),
    ("Ai'erlan Sapa'er", "aierlan sapaer"), ("Nu’erlan", "nuerlan"), ("O'Brien", "obrien"),
])
def test_latinize_reads_every_script_as_lower_case_ascii(text: str, reading: str) -> None:
    assert latinize(text) == reading


@pytest.mark.parametrize("text", ["Құлжа Ерлан", "阿斯卡尔·阿扎提别克", "Nur-Sultan",
                                  "Ai'erlan Sapa'er", "Qairat  Asqaruly", "王毅", "", "غۇلجا"])
def test_latin_words_are_the_words_of_the_latin_reading(text: str) -> None:
    assert latin_words(text) == latinize(text).split()


def test_name_key_folds_spelling_systems_and_suffixes() -> None:
    assert name_key("Yerlan Nurlanuly") == name_key("Erlan Nurlanov") == name_key("Ерлан Нұрланұлы")
    assert name_key("Zhanibek") == name_key("Janibek") == name_key("Dzhanibek")


def test_name_key_ignores_word_order() -> None:
    assert name_key("Askar Nurlan") == name_key("Nurlan Askar")


def test_name_key_of_a_chinese_rendering_equals_the_original() -> None:
    assert name_key("阿斯卡尔") == name_key("Askar")


def test_name_keys_include_token_keys_and_the_run_together_key() -> None:
    keys = name_keys("Nur Sultan")
    assert name_key("Nursultan") in keys
    assert set(name_keys("Askar Nurlan")) >= {name_key("Askar"), name_key("Nurlan")}


def test_identical_names_compare_exact() -> None:
    assert compare_names("Askar", "ASKAR").level == "exact"


def test_transliterations_compare_as_transliteration() -> None:
    result = compare_names("Yerlan Nurlanuly", "Ерлан Нұрланұлы")
    assert result.level == "transliteration" and result.score >= SAME_THRESHOLD


def test_chinese_rendering_with_epenthetic_vowels_matches() -> None:
    assert compare_names("Askar", "阿斯卡尔").score >= SAME_THRESHOLD
    assert compare_names("阿斯卡尔·阿扎提别克", "Askar Azatbek").score >= SAME_THRESHOLD


def test_chinese_name_without_separator_matches_in_either_order() -> None:
    assert compare_names("Azatbek Askar", "阿斯卡尔阿扎提别克").score >= SAME_THRESHOLD


def test_dropped_patronymic_is_a_partial_match() -> None:
    result = compare_names("Askar Azatbek", "Azatbek")
    assert result.level == "partial" and result.score >= SAME_THRESHOLD


def test_same_given_name_with_different_surnames_is_different() -> None:
    result = compare_names("Nurlan Askarov", "Nurlan Bekov")
    assert result.level == "different" and result.score < SAME_THRESHOLD


def test_swapped_given_name_and_patronymic_is_different() -> None:
    assert compare_names("Berik Serikov", "Serik Berikov").level == "different"


def test_a_name_extended_by_a_suffix_is_a_different_name() -> None:
    assert compare_names("Askar", "Askarbek").level == "different"
    assert compare_names("Tursun", "Tursunay").level == "different"


def test_a_different_vowel_makes_a_different_name() -> None:
    assert compare_names("Marat", "Murat").level == "different"


def test_an_initial_matches_the_full_given_name() -> None:
    assert compare_names("K. Ospanov", "Kanat Ospanov").score >= SAME_THRESHOLD


def test_every_comparison_explains_itself() -> None:
    for a, b in [("Askar", "Askar"), ("Askar", "Asqar"), ("Askar", "Bolat"), ("Askar", "")]:
        assert compare_names(a, b).explanation


def _pairs() -> list[tuple[str, str, bool]]:
    rows = [line.split("\t") for line in PAIRS.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(a, b, label.strip() == "same") for a, b, label in rows]


def test_pair_file_has_at_least_300_pairs_of_both_labels() -> None:
    pairs = _pairs()
    assert len(pairs) >= 300
    assert sum(same for *_, same in pairs) >= 100 and sum(not s for *_, s in pairs) >= 100


def test_precision_and_recall_on_the_pair_file() -> None:
    """Thresholds 0.95: the pairs spell out the intended behaviour, and the known misses
    (cross-language cognates such as Chyngyz / Шыңғыс, Asan / Hasan) are under 2%; a drop
    below 0.95 means several behaviours regressed at once."""
    tp = fp = fn = 0
    for a, b, same in _pairs():
        predicted = compare_names(a, b).score >= SAME_THRESHOLD
        tp += predicted and same
        fp += predicted and not same
        fn += same and not predicted
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.95


def test_uyghur_latin_is_written_in_arabic_script_with_vowel_carriers() -> None:
    from izde.resolve.translit import uly_to_arabic

    assert uly_to_arabic("Ghulja") == "غۇلجا"
    assert uly_to_arabic("Ürümchi") == "ئۈرۈمچى"


def test_kazakh_cyrillic_is_written_in_the_2021_latin_alphabet() -> None:
    from izde.resolve.translit import kazakh_cyrillic_to_latin

    assert kazakh_cyrillic_to_latin("Құлжа") == "Qūlja"
    assert kazakh_cyrillic_to_latin("Шәуешек") == "Şäueşek"


@pytest.mark.parametrize("name", [
    "Askar Azatbek", "Nur Sultan", "Erlan Nurlanuly", "Алмас Нұрланұлы", "阿斯卡尔·阿扎提别克",
    "Aibek Bekzhan", "Ablet Tursun", "Yusup Ubul Abdukerim", "王伟", "ئابدۇرېھىم ئوسمان",
])
def test_joined_skeleton_is_the_skeleton_of_the_name_run_together(name: str) -> None:
    from izde.resolve.comparisons import joined_skeleton, name_form
    from izde.resolve.names import skeleton

    form = name_form(name)
    assert joined_skeleton(form) == skeleton(form.joined)


def test_a_foreign_ga_written_jia_in_chinese_matches_its_latin_spelling() -> None:
    assert compare_names("努尔兰·萨帕尔加利", "Nurlan Sapargaliuly").level == "transliteration"


def test_a_latin_j_outside_chinese_is_not_read_as_g() -> None:
    assert compare_names("Nurlan Sapardjali", "Nurlan Sapargali").score < \
        compare_names("Nu'erlan Sapa'erjiali", "Nurlan Sapargali").score


def test_an_initial_uyghur_gh_goes_unheard_in_chinese() -> None:
    assert compare_names("Sajide Gheni", "萨吉黛·艾尼").score >= 0.85
    assert compare_names("Ghappar Tursun", "Apaer Tuerxun").score >= 0.85


def test_an_initial_gh_dropped_still_needs_the_rest_of_the_word() -> None:
    assert compare_names("Gheni Ablet", "Ani Ablet").score < 0.7  # Latin both: no Chinese
    assert compare_names("Ghulam Rozi", "乌兰·肉孜").score < 0.85


def test_a_uyghur_latin_x_before_a_consonant_or_opening_a_word_is_kh() -> None:
    assert name_key("Exmetjan") == name_key("Ekhmetjan")
    assert name_key("Xalmurat") == name_key("Khalmurat")


def test_an_x_between_vowels_and_pinyins_x_stay_x() -> None:
    assert name_key("Alexander") != name_key("Alekhander")
    assert name_key("Xiaoming") != name_key("Khiaoming")


def test_one_word_in_long_pinyin_makes_the_name_a_rendering() -> None:
    # the given name rendered through characters, the surname half-native
    assert compare_names("Turdimemet Qurbantay", "Tuerdimaimaiti Kurbantai").score >= 0.85


def test_native_words_of_open_syllables_are_no_rendering() -> None:
    assert compare_names("Baqyt Asanali uulu", "Bakyt Asanaliev").score >= 0.85
    assert compare_names("Sajide Gheni", "萨吉黛·艾尼").score >= 0.85


def test_weakest_word_fit_is_the_worst_paired_word() -> None:
    from izde.resolve.names import weakest_word_fit
    assert weakest_word_fit("Tursyngazy Zhaksygeldiuly", "Tuerxungazi Zhakesigeli") >= 0.8
    assert weakest_word_fit("Qaliolla Zhaksygeldiuly", "Tuerxungazi Zhakesigeli") < 0.6
    assert weakest_word_fit("Tursyngazy", "Tuerxungazi Zhakesigeli") == 0.0
