"""Penalties reported through a document: a verdict, ruling or indictment "says" what befell
the person, who is the subject of the clause it introduces. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

LEDE = "Marat Dzhumabayev, a poet from Zhanakorgan, was detained in 2019.\n\n"


def test_name_after_says_with_its_own_verb_is_the_subject_of_the_ruling() -> None:
    text = LEDE + ("The ruling, issued on 3 March 2020, says Dzhumabayev was sentenced to "
                   "eight years.")
    assert ("Marat Dzhumabayev", "sentencing") in events_by_name(run(text))


def test_according_to_a_document_the_pronoun_is_the_subject() -> None:
    text = LEDE + "According to the court papers, he was given six years in prison."
    assert ("Marat Dzhumabayev", "sentencing") in events_by_name(run(text))


def test_document_saying_a_name_was_held_in_a_camp_is_internment() -> None:
    text = LEDE + ("The indictment, which the family shared with us, says Dzhumabayev had been "
                   "held in a re-education camp since 2018.")
    assert ("Marat Dzhumabayev", "internment") in events_by_name(run(text))


def test_inverted_attribution_names_the_speaker_not_the_subject() -> None:
    text = ("Officers detained Asel Nurpeisova, a nurse, in 2019.\n\n"
            "\"They were sentenced in secret,\" says Dzhumabayev.")
    assert ("Marat Dzhumabayev", "sentencing") not in events_by_name(run(text))
