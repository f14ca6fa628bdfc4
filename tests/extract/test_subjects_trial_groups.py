""""The defendants", "the three accused": the persons a court story listed before."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

LIST = "Police detained Marat Ospan, Dana Bekova and Erlan Tursyn in March 2018. "
ALL = {"Marat Ospan", "Dana Bekova", "Erlan Tursyn"}


def _sentenced(text: str) -> set[str]:
    return {name for name, kind in events_by_name(run(text)) if kind == "sentencing"}


def test_the_defendants_are_the_listed_persons() -> None:
    assert _sentenced(LIST + "The defendants were sentenced on 5 November 2018.") == ALL


def test_the_three_accused_are_the_listed_three() -> None:
    assert _sentenced(LIST + "The three accused were given prison terms in November.") == ALL


def test_a_number_that_does_not_match_the_list_gives_nobody() -> None:
    assert _sentenced(LIST + "The two accused were sentenced on 5 November 2018.") == set()


def test_defendants_without_a_list_give_nobody() -> None:
    text = "Marat Ospan was detained in March 2018. The defendants were sentenced in November."
    assert _sentenced(text) == set()


def test_the_defendants_relatives_are_not_the_defendants() -> None:
    ex = run(LIST + "The defendants' relatives were detained on 5 November 2018.")
    assert [e for e in ex.events if e.date == "2018-11-05"] == []


def test_the_accused_as_a_verb_leaves_the_counted_three() -> None:
    # "accused" is the verb here, not the trial group's noun; "The three" still counts the
    # three listed (``references.plural_antecedent``), who were sentenced
    text = LIST + "The three accused the police of torture and were sentenced in November."
    assert _sentenced(text) == ALL


def test_a_count_larger_than_the_names_before_it_gives_nobody() -> None:
    text = "Police detained Marat Ospan and Dana Bekova in March 2018. The four men were "
    assert _sentenced(text + "sentenced in November.") == set()
