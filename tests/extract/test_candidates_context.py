"""Names of any origin are persons when their context says so; ordinary words are not."""

from __future__ import annotations

import pytest

from extract.extract_helpers import person_names, run
from izde.extract.person_cues import has_person_context


@pytest.mark.parametrize("text,name", [
    ("Greta Holm, a researcher at a Danish university, said the records were incomplete.",
     "Greta Holm"),
    ("The lists are genuine, said Peter Stone, director of a monitoring project.", "Peter Stone"),
    ("The numbers rose sharply, according to Luc Marchand.", "Luc Marchand"),
    ("Dr Henrik Wood examined the documents.", "Henrik Wood"),
    ("Hanna Berg told reporters the trial had been closed.", "Hanna Berg"),
    ("Spokesperson Olivia Reed declined to comment.", "Olivia Reed"),
    ("Martin Fox, 52, has followed the cases for a decade.", "Martin Fox"),
], ids=["appositive", "said_before", "according_to", "title", "speech_after", "noun_before",
        "age_apposition"])
def test_name_with_ordinary_words_is_person_with_cue(text: str, name: str) -> None:
    assert name in person_names(run(text))


@pytest.mark.parametrize("text", [
    "The essay appeared in Foreign Policy, according to Bitter Winter.",
    "The report said Human Rights Watch had documented the case.",
    "Officials in Hong Kong said nothing.",
], ids=["magazine_names", "organisation", "place"])
def test_ordinary_capitalised_words_are_not_persons(text: str) -> None:
    assert person_names(run(text)) == set()


def test_run_without_person_context_is_not_rescued() -> None:
    assert person_names(run("The Golden Stone mine closed last year.")) == set()


def test_person_context_after_appositive_noun() -> None:
    text = "Ruth Lane, a senior analyst, agreed."
    assert has_person_context(text, 0, len("Ruth Lane"))


def test_no_person_context_before_a_verb_of_motion() -> None:
    text = "Silver Lake flows north."
    assert not has_person_context(text, 0, len("Silver Lake"))


@pytest.mark.parametrize("text,name", [
    ("Haitao Sun, a spokesperson for the ministry, denied the report.", "Haitao Sun"),
    ("Jianguo Wang wrote the regulations.", "Jianguo Wang"),
    ("Bin Zhou, a lawyer in Urumqi, declined to comment.", "Bin Zhou"),
    ("Foreign ministry spokesperson Zhao Ruolin denied the report.", "Zhao Ruolin"),
], ids=["given_first", "given_first_no_cue", "given_name_is_english_word", "official_role"])
def test_chinese_names_in_either_order(text: str, name: str) -> None:
    assert name in person_names(run(text))


def test_english_word_before_family_name_needs_context() -> None:
    assert person_names(run("Police broke up the Men Wang rally.")) == set()


def test_name_before_neighbourhood_is_a_place() -> None:
    text = "Police in Ghulja's Ak Saray neighbourhood said Murat Aliev, 40, was not there."
    assert person_names(run(text)) == {"Murat Aliev"}
