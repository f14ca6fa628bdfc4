"""One person's full name spelled twice in one document, a letter or a diacritic apart, is one
person; names further apart are two."""

from __future__ import annotations

import pytest

from extract.extract_helpers import person_names, run


@pytest.mark.parametrize(("first", "second"), [
    ("Abudurexiti Wumaierjiang", "Abuduresiti Wumaierjiang"),
    ("Abdureshit Ömerjan", "Abdureshit Omerjan"),
    ("Gulbahyt Zhanseitova", "Gulbakhyt Zhanseitova"),
])
def test_spellings_a_typo_apart_are_one_person(first: str, second: str) -> None:
    text = f"{first} was detained in 2019. The court rejected the appeal of {second} in 2020."
    assert len(person_names(run(text))) == 1


@pytest.mark.parametrize(("first", "second"), [
    ("Marat Tokhtar", "Murat Tokhtar"),
    ("Nurlan Abenov", "Nurbek Abenov"),
    ("Aigul Serikova", "Aigerim Serikova"),
])
def test_namesakes_of_one_family_stay_apart(first: str, second: str) -> None:
    text = f"{first} was detained in 2019. His relative {second} was questioned in 2020."
    assert len(person_names(run(text))) == 2


@pytest.mark.parametrize(("native", "rendered"), [
    ("Hamut Rahman", "Hamuti Reheman"),
    ("Yesengeldi Mukash", "Yesen'gaierdi Mukaxi"),
    ("Bakhytjan Orman", "Bahetijiang Aoerman"),
])
def test_a_chinese_rendering_of_a_name_in_the_document_is_that_person(native: str,
                                                                     rendered: str) -> None:
    text = (f"{native} was detained in April 2017. According to a leaked list, "
            f'"{rendered}" was sentenced in December 2018 to life imprisonment.')
    ex = run(text)
    assert len(person_names(ex)) == 1
    assert {e.type for e in ex.events} == {"detention", "sentencing"}


def test_a_rendering_keeps_the_short_forms_of_its_name() -> None:
    text = ("Abdurashid Omerjan was born in Kashgar. Abudurexiti Wumaierjiang is the name in "
            "the Chinese notice. On 12 January Wumaierjiang was detained in Bishkek.")
    ex = run(text)
    assert len(person_names(ex)) == 1
    assert [e.type for e in ex.events] == ["detention"]


def test_a_relative_with_a_rendered_name_stays_apart() -> None:
    text = ("Hamut Rahman was detained in April 2017. His son, Dilyar Hamut, said the notice "
            "named another prisoner, Abudureyimu Maimaiti, who was sentenced in 2018.")
    assert len(person_names(run(text))) == 3


@pytest.mark.parametrize(("first", "second"), [
    ("Yerden Sailaubekuly", "Yerden Sailaubekov"),
    ("Aigerim Sailaubekkyzy", "Aigerim Sailaubekova"),
    ("Nurlan Abenuly", "Nurlan Aben"),
    ("Orazbek Saparbaiuly", "Orazbek Saparbayev"),
    ("Nurgisa Zhumataiuly", "Nurgisa Zhumataev"),
])
def test_one_surname_in_kazakh_and_russian_style_is_one_person(first: str, second: str) -> None:
    text = f"{first} was detained in 2019. In the indictment the name is given as {second}."
    assert len(person_names(run(text))) == 1


@pytest.mark.parametrize(("first", "second"), [
    ("Aidos Serikov", "Aidos Serikova"),
    ("Yerden Sailaubekuly", "Sailaubek Bekmukhanuly"),
    ("Nurlan Abenuly", "Nurbek Abenov"),
])
def test_surname_forms_of_another_sex_or_given_name_stay_apart(first: str, second: str) -> None:
    text = f"{first} was detained in 2019. His relative {second} was questioned in 2020."
    assert len(person_names(run(text))) == 2


def test_a_bare_surname_in_the_form_of_an_alias_joins_the_person_named_so() -> None:
    ex = run("The court delivered the verdict against Gulnafis Konysbaikyzy, 38. In the verdict "
             "she is named Gulnafis Konysbaeva. The consulate said Konysbaeva had left China "
             "to evade a loan.", "2022-06-23")
    assert len(ex.persons) == 1
    assert "Konysbaeva" in ex.persons[0].names


def test_a_bare_word_that_is_the_childrens_surname_and_the_fathers_given_name_is_the_surname(
        ) -> None:
    ex = run("Shawket Idris died on April 19, said his daughter, Peride Shawket. Her brother, "
             "Arslan Shawket, was deported from Egypt. Shawket said that a relative told her "
             "in March.", "2023-05-25")
    names = {p.name: p.names for p in ex.persons}
    assert "Shawket" in names["Peride Shawket"]
    assert "Shawket" not in names["Shawket Idris"]


def test_a_bare_given_name_shared_by_no_surname_stays_the_first_introduced() -> None:
    ex = run("Shawket Idris died on April 19, said Shawket Turdi, a neighbour. Shawket had "
             "been confined to his apartment.", "2023-05-25")
    names = {p.name: p.names for p in ex.persons}
    assert "Shawket" in names["Shawket Idris"]


def test_a_surname_form_says_her_sex_over_the_pronouns_of_her_quote() -> None:
    ex = run("Aijamal Tynychbek kyzy said her husband, Zhoomart Joldoshbek uulu, had been "
             "convicted in 2019. The letter refers to him by the Chinese transliteration of his "
             "name, Jumaerte Zhuoledashibieke.\n\n\"Where is he? Is he alive?\" Tynychbek kyzy "
             "said. \"He prayed. He is a Muslim.\"", "2023-03-01")
    names = {p.name: p.names for p in ex.persons}
    assert "Jumaerte Zhuoledashibieke" in names["Zhoomart Joldoshbek uulu"]
    assert "Zhoomart Joldoshbek uulu" not in names["Aijamal Tynychbek kyzy"]
