"""A name word that is also an English word ("Ma", "Marsh", "Rose") is a short form of the
full name the document gave, where the text's capital marks it as a name: mid-sentence, after
a title or an opening word, or heading a sentence when a clause follows it."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run
from izde.extract.model import Extraction


def mentions_of(ex: Extraction, name: str) -> list[str]:
    person = next(p for p in ex.persons if p.name == name)
    return [m.text for m in person.mentions]


@pytest.mark.parametrize("later", [
    '"It is the last photo of him," says Ma, 34.',
    "In October Mr. Ma reported the calls.",
    "Ma's father was a caretaker.",
    "Ma has reported the calls to the police.",
    "But Ma says he will go on.",
    "The calls, according to Ma, came from a Chinese number.",
])
def test_a_capitalised_short_form_is_the_full_name(later: str) -> None:
    ex = run(f"Ma Jun lives in Utrecht. {later}")
    assert mentions_of(ex, "Ma Jun").count("Ma") == 1


@pytest.mark.parametrize("later", [
    "Ma and pa were at home.",           # the English word heading a sentence, no clause
    "The Ma family left in 2015.",       # a determiner: part of a noun phrase
    "He studied at Ma Wei School.",      # part of a longer capitalised run
    "his ma was at home.",               # lower case: the English word
])
def test_the_english_word_is_no_short_form(later: str) -> None:
    ex = run(f"Ma Jun lives in Utrecht. {later}")
    assert mentions_of(ex, "Ma Jun").count("Ma") == 0


def test_a_western_surname_that_is_an_english_word() -> None:
    ex = run("Helen Marsh, a scholar, studies the camps. The sentences are harsh, said Marsh.")
    assert mentions_of(ex, "Helen Marsh") == ["Helen Marsh", "Marsh"]


def test_namesakes_short_form_is_the_protagonist() -> None:
    text = ('Ma Jun lives in Utrecht. "That is my father, Ma Yousheng," says Ma.\n\n'
            "Ma's father was detained in Changji in January 2018.")
    assert ("Ma Yousheng", "detention") in events_by_name(run(text))
