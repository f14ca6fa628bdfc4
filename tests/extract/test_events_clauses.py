"""A future, modal or negated verb cancels an event only in the event's own clause: a relative
clause set off by commas, or a clause after "after"/"when"/"because", says something else.
Positives beside negatives; names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

N = "Kairat Seitkali"


def test_future_in_a_relative_clause_keeps_the_detention() -> None:
    text = f"{N}, who will be 60 next month, was detained on Friday in Almaty."
    assert (N, "detention") in events_by_name(run(text))


def test_expected_appeal_in_a_relative_clause_keeps_the_sentencing() -> None:
    text = f"{N}, who is expected to appeal, was sentenced to six years on Monday."
    assert (N, "sentencing") in events_by_name(run(text))


def test_negation_in_a_relative_clause_keeps_the_arrest() -> None:
    text = f"{N}, who has not seen his children since 2017, was arrested in May."
    assert (N, "detention") in events_by_name(run(text))


def test_kin_inside_a_relative_clause_is_not_the_subject() -> None:
    text = f"{N}, who has not seen his daughter since 2017, was arrested in May."
    assert (N, "detention") in events_by_name(run(text))


def test_modal_in_an_earlier_clause_keeps_the_arrest_after_after() -> None:
    text = f"{N} could face ten years in prison, after he was arrested in May."
    assert (N, "detention") in events_by_name(run(text))


def test_future_detention_with_a_condition_is_no_event() -> None:
    text = f"{N} will be detained if he returns to China."
    assert events_by_name(run(text)) == set()


def test_modal_sentencing_is_no_event() -> None:
    text = f"{N} may be sentenced to ten years."
    assert events_by_name(run(text)) == set()


def test_fear_before_the_subject_still_reaches_past_a_relative_clause() -> None:
    text = f"{N} fears that his brother, who lives in Urumqi, will be detained."
    assert events_by_name(run(text)) == set()


def test_future_after_the_relative_clause_is_no_event() -> None:
    text = f"{N}, who lives in Almaty, will be questioned by police next week."
    assert (N, "harassment") not in events_by_name(run(text))


def test_filing_an_appeal_is_no_detention() -> None:
    text = f'"We filed an appeal with the city court on Tuesday," said {N}.'
    assert events_by_name(run(text)) == set()


def test_relative_named_inside_a_whose_clause_does_not_take_the_asylum() -> None:
    text = (f"Saule Nurbekova, whose brother {N} was detained in 2018, was granted asylum in "
            "Germany in 2021.")
    found = events_by_name(run(text))
    assert ("Saule Nurbekova", "asylum") in found and (N, "asylum") not in found
