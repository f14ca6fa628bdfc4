"""Silence told by the family or the narrator after someone was taken: an enforced
disappearance of that person, never of the one who tells it. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_family_without_article_having_no_contact_since_is_a_disappearance() -> None:
    text = ("Name: Askhat Mukanov\nStatus: detained\n\nSummary: Detained in 2018 in Kulja. "
            "Relatives in Almaty have had no contact since 2019.")
    assert ("Askhat Mukanov", "disappearance") in events_by_name(run(text))


def test_family_having_no_contact_with_the_press_is_no_disappearance() -> None:
    text = ("Askhat Mukanov was detained in 2018 in Kulja. His family has had no contact "
            "with the press.")
    assert ("Askhat Mukanov", "disappearance") not in events_by_name(run(text))


def test_narrator_hearing_nothing_after_a_detention_is_the_taken_persons_disappearance() -> None:
    text = ("I, Aliya Mukanova, born 1985, write about my brother, Askhat Mukanov. In 2018 he "
            "was detained in Kulja. For two years we heard nothing.")
    found = events_by_name(run(text))
    assert ("Askhat Mukanov", "disappearance") in found
    assert ("Aliya Mukanova", "disappearance") not in found


def test_hearing_nothing_about_a_plan_is_no_disappearance() -> None:
    text = ("Askhat Mukanov was detained in 2018 in Kulja. We heard nothing about the new "
            "rules for visas.")
    assert ("Askhat Mukanov", "disappearance") not in events_by_name(run(text))


def test_stopped_at_the_border_and_not_allowed_to_leave_is_a_travel_ban() -> None:
    text = ("I, Aliya Mukanova, born 1985, appeal to you. In 2022 I was stopped at the airport "
            "and not allowed to board my flight to Istanbul.")
    assert ("Aliya Mukanova", "travel_ban") in events_by_name(run(text))


def test_refused_exit_at_the_airport_is_a_travel_ban() -> None:
    text = "Aliya Mukanova was refused exit at Urumqi airport in 2018."
    assert ("Aliya Mukanova", "travel_ban") in events_by_name(run(text))


def test_not_refused_exit_is_no_travel_ban() -> None:
    text = "Aliya Mukanova was not refused exit and flew to Almaty in 2018."
    assert ("Aliya Mukanova", "travel_ban") not in events_by_name(run(text))
