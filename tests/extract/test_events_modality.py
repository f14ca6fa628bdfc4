"""The future, possibility and conditions are no events; nor are natural deaths, appeals, and
what happens to someone else. Each negative has a positive beside it."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run

N = "Nurlan Tokhtarov"
W = "Aizhan Bekova"
KNOWN = f"{N} teaches history in Almaty."

NOT_EVENTS = [
    ("maybe_future_release", "Perhaps he will be freed next month, perhaps never.", "release"),
    ("age_at_release", "If he serves the whole term, he will be 70 when he is let out of "
     "prison.", "release"),
    ("may_be_arrested", "He may be arrested if he travels to Urumqi.", "detention"),
    ("could_be_sent_back", "He could be sent back to China at any moment.", "deportation"),
    ("going_to_detain", "The officers are going to detain him again.", "detention"),
    ("will_not_be_released", "He will never be released, the officer said.", "release"),
    ("due_to_be_released", "He is due to be released in 2031.", "release"),
    ("he_will_be_sentenced_soon", "He'll be sentenced soon, the family believes.", "sentencing"),
]


@pytest.mark.parametrize(("text", "kind"), [t[1:] for t in NOT_EVENTS],
                         ids=[t[0] for t in NOT_EVENTS])
def test_future_or_possible_event_is_no_event(text: str, kind: str) -> None:
    assert (N, kind) not in events_by_name(run(f"{KNOWN} {text}"))


EVENTS = [
    ("released_maybe_because", "He was freed in May, maybe because of the campaign.", "release"),
    ("deported_perhaps_after", "He was deported in June, perhaps after pressure from Beijing.",
     "deportation"),
    ("going_to_a_place", "He was going to the mosque when he was detained.", "detention"),
    ("perhaps_the_best_known", "Perhaps the best known of the teachers, he was detained in "
     "May.", "detention"),
    ("will_always_remember", "His wife will always remember the night he was detained.",
     "detention"),
    ("will_of_others_before", "The court, defying the will of his family, sentenced him to "
     "seven years.", "sentencing"),
]


@pytest.mark.parametrize(("text", "kind"), [t[1:] for t in EVENTS], ids=[t[0] for t in EVENTS])
def test_uncertainty_after_the_event_keeps_it(text: str, kind: str) -> None:
    assert (N, kind) in events_by_name(run(f"{KNOWN} {text}"))


def test_deportation_announced_for_the_future_is_decided() -> None:
    text = f"{KNOWN} The migration service says he will be deported on Monday."
    assert (N, "deportation") in events_by_name(run(text))


def test_natural_death_outside_custody_is_no_event() -> None:
    text = f"{KNOWN} His grandfather, {W}, a shepherd, died of old age in 1999."
    assert (W, "death") not in events_by_name(run(text))


def test_death_in_custody_put_down_to_natural_causes_is_an_event() -> None:
    text = (f"{KNOWN} He died in custody in 2021; the prison said he died of natural causes.")
    assert (N, "death") in events_by_name(run(text))


def test_death_after_release_from_prison_is_an_event() -> None:
    text = f"{KNOWN} He died three weeks after being released from prison."
    assert (N, "death") in events_by_name(run(text))


def test_filing_an_appeal_is_no_sentencing_or_detention() -> None:
    text = f"{N} was detained in 2019. Last week we lodged an appeal with the regional court."
    assert {e for e in events_by_name(run(text)) if e[0] == N} == {(N, "detention")}


def test_rejected_appeal_is_no_second_sentencing() -> None:
    text = (f"{N} was sentenced to nine years in 2019. In 2020 the higher court rejected his "
            "appeal.")
    sentencings = [e for e in run(text).events if e.type == "sentencing"]
    assert len(sentencings) == 1


def test_asylum_goes_to_the_she_who_fled_not_the_man_named_first() -> None:
    text = f"{KNOWN} His sister {W} fled to Germany. She was granted asylum in 2021."
    found = events_by_name(run(text))
    assert (W, "asylum") in found and (N, "asylum") not in found


def test_field_like_detention_fragment_in_a_bulletin() -> None:
    text = f"7. {N}, 52, imam from Nilka. Detained: June 2017, Kuitun."
    ex = run(text)
    found = [e for e in ex.events if e.type == "detention"]
    assert found and found[0].date == "2017-06"
