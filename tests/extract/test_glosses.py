"""Names in Cyrillic, Arabic script and Chinese characters that gloss a Latin-named person."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.glosses import is_naming_gap


def _names(text: str) -> list[list[str]]:
    return [sorted(p.names) for p in run(text).persons]


def test_known_as_in_two_scripts_gives_one_person_with_three_names() -> None:
    text = ("Erlan Kabdolla, known in Kazakh as Ерлан Қабдолла and in Chinese documents as "
            "叶尔兰·卡布都拉, was detained in 2018.")
    (person,) = run(text).persons
    assert set(person.names) == {"Erlan Kabdolla", "Ерлан Қабдолла", "叶尔兰·卡布都拉"}
    assert person.name == "Erlan Kabdolla"


def test_gloss_in_brackets_after_a_name_joins_it() -> None:
    assert _names("Gulnar Omirzakh (Гүлнар Өмірзақ) spoke to reporters.") == [
        ["Gulnar Omirzakh", "Гүлнар Өмірзақ"]]


def test_language_label_in_brackets_joins_the_name() -> None:
    assert _names("Abdureshit Tohti (Chinese: 阿不都热西提·托合提) was sentenced.") == [
        ["Abdureshit Tohti", "阿不都热西提·托合提"]]


def test_event_on_the_gloss_goes_to_the_latin_person() -> None:
    ex = run("Serik Bolatuly (Серік Болатұлы) spoke. Серік Болатұлы was detained in May.")
    assert [(ex.persons[0].name, e.type) for e in ex.events] == [("Serik Bolatuly", "detention")]


def test_uncued_foreign_text_is_not_a_person() -> None:
    assert _names("Posters read 中华民族 and Бірлік across the town.") == []


def test_foreign_name_unlike_the_latin_one_is_not_joined() -> None:
    names = _names("Askar Nurbek met Жанар Серикова on Monday.")
    assert ["Askar Nurbek"] in names and all("Жанар Серикова" not in n for n in names)


def test_naming_gap_accepts_only_naming_words() -> None:
    assert is_naming_gap(", known in Kazakh as ")
    assert is_naming_gap(" (Chinese: ")
    assert not is_naming_gap(" met the 3 officials and ")


def test_the_pinyin_after_the_characters_in_one_bracket_is_the_same_person() -> None:
    text = ("I am writing to express my grave concern for Sajide Gheni (萨吉黛·艾尼, Sajidai "
            "Aini), a retired teacher who is serving an 11-year sentence.")
    (person,) = run(text).persons
    assert {"Sajide Gheni", "萨吉黛·艾尼", "Sajidai Aini"} <= set(person.names)


def test_another_name_after_the_characters_stays_another_person() -> None:
    text = ("Sajide Gheni (萨吉黛·艾尼, Peride Shawket's mother) is serving an 11-year "
            "sentence, Peride Shawket said.")
    names = _names(text)
    assert ["Peride Shawket"] in names


def test_characters_and_pinyin_after_a_uyghur_latin_name_are_his() -> None:
    text = ("His father, the chemistry teacher Exmetjan Awut (艾合买提江·阿吾提, Aihemaitijiang "
            "Awuti), 52, is serving a 13-year prison sentence.")
    [person] = run(text).persons
    assert set(person.names) == {"Exmetjan Awut", "艾合买提江·阿吾提", "Aihemaitijiang Awuti"}


def test_a_rendering_of_a_name_spelled_two_ways_joins_the_one_person() -> None:
    text = ("Aziz Tohti (also spelled Eziz Toxti; Chinese: Aizezi Tuoheti) was 55. Tohti was "
            "taken from his office by police in April 2018.")
    [person] = run(text).persons
    assert "Aizezi Tuoheti" in person.names
