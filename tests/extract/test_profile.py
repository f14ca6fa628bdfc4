"""Gender from pronouns: only the narrator's words count, not quoted speech."""

from __future__ import annotations

from extract.extract_helpers import attr_of, run
from izde.extract.profile import outside_quotes


def test_quoted_pronouns_are_left_out() -> None:
    assert outside_quotes('"He took my phone," Aigul Serikova said.').strip() == (
        "Aigul Serikova said.")


def test_sentence_that_opens_a_quotation_keeps_the_words_before_it() -> None:
    assert outside_quotes('Aigul Serikova said: "He came at night.') == "Aigul Serikova said:"


def test_sentence_that_closes_a_quotation_keeps_the_words_after_it() -> None:
    assert outside_quotes('He never came back," she said.') == " she said."


def test_speaker_gender_not_taken_from_a_man_she_quotes() -> None:
    ex = run('Aigul Serikova, 31, teaches music in Almaty. "He said my brother would suffer. '
             'He called every night," Aigul Serikova said. She reported the calls.')
    assert attr_of(ex, "Aigul Serikova", "gender") == ["female"]
