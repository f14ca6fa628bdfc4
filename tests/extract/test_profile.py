"""Gender from pronouns: only the narrator's words count, not quoted speech."""

from __future__ import annotations

from extract.extract_helpers import attr_of, run
from izde.extract.profile import name_form_gender, outside_quotes


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


# --- gender from the person's own name forms ------------------------------------------------


def test_daughter_patronymic_is_female_whatever_the_pronouns_about_her_father() -> None:
    ex = run("Aizhan Bolatqyzy says her father was taken in 2018. He was a teacher, and his "
             "pupils still ask about him. Aizhan Bolatqyzy has written to the consulate.")
    assert attr_of(ex, "Aizhan Bolatqyzy", "gender") == ["female"]


def test_son_patronymic_is_male() -> None:
    ex = run("Nurlan Serikuly runs a shop in Almaty. Nurlan Serikuly said police came twice.")
    assert attr_of(ex, "Nurlan Serikuly", "gender") == ["male"]


def test_russian_style_surname_forms_carry_gender() -> None:
    assert name_form_gender("Nurtazaeva") == "female"
    assert name_form_gender("Tokayev") == "male"
    assert name_form_gender("Ivanovna") == "female"
    assert name_form_gender("Kasymuulu") == "male"


def test_short_given_names_are_not_surname_forms() -> None:
    assert name_form_gender("Eva") is None
    assert name_form_gender("Lev") is None


def test_names_without_a_gendered_form_say_nothing() -> None:
    assert name_form_gender("Memtimin") is None
    assert name_form_gender("Tursun") is None



def test_she_of_an_unnamed_woman_is_not_the_named_mans() -> None:
    text = ("Another blogger, Azamat Sultanbek, received a suspended sentence in 2021 after "
            "posting a video about a Kazakh woman who said she had been sterilised in a camp.")
    assert "female" not in attr_of(run(text), "Azamat Sultanbek", "gender")
