""""The same evening" in a clause told with "also" is the day of the act it parallels, not the
day of whatever date was told last."""

from __future__ import annotations

from izde.extract.dates import find_dates


def _last(text: str) -> str | None:
    return find_dates(text, "2021-06-05")[-1].edtf


def test_also_detained_the_same_evening_is_the_day_of_the_first_detention() -> None:
    text = ("A woman was detained on 31 May outside the consulate. On 1 June a court fined her. "
            "A second woman was also detained and released the same evening.")
    assert _last(text) == "2021-05-31"


def test_also_taken_away_parallels_a_detention_told_in_other_words() -> None:
    text = ("A man was arrested on 31 May outside the consulate. On 1 June a court fined him. "
            "His friend was also taken to the police station and let go the same day.")
    assert _last(text) == "2021-05-31"


def test_the_same_evening_without_also_is_the_last_days() -> None:
    text = ("A woman was detained on 31 May outside the consulate. On 1 June a court fined her. "
            "She was released the same evening.")
    assert _last(text) == "2021-06-01"


def test_also_with_an_act_told_nowhere_before_keeps_the_last_day() -> None:
    text = ("A woman was detained on 31 May outside the consulate. On 1 June a court fined her. "
            "Her lawyer also complained the same day.")
    assert _last(text) == "2021-06-01"
