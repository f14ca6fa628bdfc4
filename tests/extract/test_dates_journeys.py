""""The day after he crossed" when the crossing was told with other journey verbs ("swam
across the river ... to reach Kazakhstan in March"): dated by the journey, kept to its month."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.dates import find_dates

PUB = "2021-06-10"


def _after(text: str) -> str | None:
    (found,) = [d for d in find_dates(text, PUB) if d.text == "the day after"]
    return found.edtf


def test_crossing_told_as_swimming_and_reaching_dates_the_day_after() -> None:
    assert _after("She swam across the river to reach Kazakhstan in April 2019. She was "
                  "stopped by a patrol the day after she crossed.") == "2019-04"


def test_the_journeys_day_is_kept_to_its_month() -> None:
    assert _after("He entered Kyrgyzstan on 12 May 2020 through a mountain pass. Police "
                  "detained him the day after he crossed.") == "2020-05"


def test_arrival_told_as_walking_dates_the_day_after_he_arrived() -> None:
    assert _after("He walked for nine days through the mountains in October 2018. He was "
                  "detained the day after he arrived.") == "2018-10"


def test_the_same_verb_still_counts_the_day() -> None:
    assert _after("He crossed the border on 12 May 2020. Police detained him the day after "
                  "he crossed.") == "2020-05-13"


def test_a_journey_in_a_relative_clause_of_a_lede_is_not_the_crossing() -> None:
    assert _after("A herder who swam across the river went on trial on Tuesday. He was "
                  "detained the day after he crossed.") is None


def test_a_date_without_a_journey_verb_does_not_date_the_crossing() -> None:
    assert _after("His wife gave birth in March 2020. He was detained the day after he "
                  "crossed.") is None


def test_a_non_journey_act_does_not_match_journey_verbs() -> None:
    assert _after("He walked to the market in March 2020. He was detained the day after he "
                  "spoke.") is None


def test_a_detention_the_day_after_the_crossing_takes_the_journeys_month() -> None:
    ex = run("Bolat Kenzhe swam across the river and walked through the hills to reach "
             "Kazakhstan in March 2020, his lawyer said. He was detained by border guards the "
             "day after he crossed.", PUB)
    (ev,) = [e for e in ex.events if e.type == "detention"]
    assert ev.date == "2020-03"
