"""Names read in older dev sets in session 21."""

from __future__ import annotations

import pytest

from extract.extract_helpers import person_names, run


@pytest.mark.parametrize("phrase", ["a Kazakh-language Quran", "a Kyrgyz-language Koran",
                                    "the Almaty-based Atajurt", "a Kazakh-language YouTube"])
def test_a_compound_modifier_and_a_word_are_no_name(phrase: str) -> None:
    text = f"Police took {phrase} from the home of Aigul Nur in 2018."
    assert person_names(run(text)) == {"Aigul Nur"}


def test_a_compound_modifier_before_a_name_is_not_part_of_it() -> None:
    text = "The group said Kazakh-born Serik Aben was detained in 2019."
    assert person_names(run(text)) == {"Serik Aben"}


@pytest.mark.parametrize("platform", ["Facebook", "WeChat", "Telegram", "YouTube"])
def test_a_platform_is_no_person(platform: str) -> None:
    text = (f'Aldiyar Galymzhanuly said: "He said that if I kept putting videos on {platform}, '
            f'my father would never see the outside again."')
    assert person_names(run(text)) == {"Aldiyar Galymzhanuly"}
