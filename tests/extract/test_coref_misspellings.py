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
