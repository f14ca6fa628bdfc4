"""Releases told as an order carried out at once, as a second participle ("was taken to the
station and released that night") or with the authorities as subject; an order that was not
carried out is no release. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

LEDE = "Nurzhan Abilov, a blogger from Taraz, went on trial in June. "


def test_judge_ordering_him_freed_in_the_courtroom_is_a_release() -> None:
    text = LEDE + "The judge ordered him freed in the courtroom after the hearing."
    assert ("Nurzhan Abilov", "release") in events_by_name(run(text))


def test_ordered_release_followed_by_walking_out_is_a_release() -> None:
    text = LEDE + "The judge ordered his release and he left the courtroom with his mother."
    assert ("Nurzhan Abilov", "release") in events_by_name(run(text))


def test_ordered_release_but_still_in_custody_is_no_release() -> None:
    text = LEDE + "The judge ordered his release, but he is still in custody."
    assert ("Nurzhan Abilov", "release") not in events_by_name(run(text))


def test_ordered_release_ignored_in_the_next_sentence_is_no_release() -> None:
    text = LEDE + ("An appeals court ordered his release in August. The prison administration "
                   "has ignored the decision.")
    assert ("Nurzhan Abilov", "release") not in events_by_name(run(text))


def test_ordered_release_and_a_later_investigation_is_still_a_release() -> None:
    text = LEDE + "The judge ordered his release. He remains under investigation."
    assert ("Nurzhan Abilov", "release") in events_by_name(run(text))


def test_taken_to_the_station_and_released_that_night_is_detention_and_release() -> None:
    text = "Saule Abilova was taken to the police station and released late that night."
    found = events_by_name(run(text))
    assert ("Saule Abilova", "detention") in found
    assert ("Saule Abilova", "release") in found


def test_questioned_for_hours_and_then_released_is_detention_and_release() -> None:
    text = "Saule Abilova was questioned for five hours and then released."
    found = events_by_name(run(text))
    assert ("Saule Abilova", "detention") in found
    assert ("Saule Abilova", "release") in found


def test_questioned_for_hours_without_release_stays_harassment() -> None:
    text = "Saule Abilova was questioned for five hours about her posts."
    found = events_by_name(run(text))
    assert ("Saule Abilova", "harassment") in found
    assert ("Saule Abilova", "detention") not in found


def test_detained_and_released_a_statement_is_no_release() -> None:
    text = "Police detained Saule Abilova and released a statement about her case."
    assert ("Saule Abilova", "release") not in events_by_name(run(text))


def test_police_releasing_him_on_bail_is_a_release() -> None:
    text = "Nurzhan Abilov was arrested in May 2020. In July police released him on bail."
    assert ("Nurzhan Abilov", "release") in events_by_name(run(text))


def test_releasing_her_new_book_is_no_release() -> None:
    text = "Saule Abilova was detained in 2019. In 2021 a publisher released her new book."
    assert ("Saule Abilova", "release") not in events_by_name(run(text))


def test_a_release_named_as_a_point_in_time_is_a_release() -> None:
    text = ("Saule Abilova spent a year in a re-education camp. Since her release she has "
            "been watched by neighbourhood officials.")
    assert ("Saule Abilova", "release") in events_by_name(run(text))


def test_a_release_from_hospital_is_no_release() -> None:
    text = "Saule Abilova broke her leg in May. After her release from hospital she rested."
    assert ("Saule Abilova", "release") not in events_by_name(run(text))


def test_a_campaign_for_a_release_is_no_release() -> None:
    text = ("Nurzhan Abilov was detained in May. Since then relatives have campaigned for "
            "his release.")
    assert ("Nurzhan Abilov", "release") not in events_by_name(run(text))


def test_one_of_a_group_detained_is_a_detention() -> None:
    text = "Saule Abilova was among a dozen women detained at the rally on Saturday."
    assert ("Saule Abilova", "detention") in events_by_name(run(text))


def test_placed_in_a_pretrial_detention_centre_is_a_detention() -> None:
    text = "Saule Abilova was placed in a pretrial detention centre in Taraz."
    assert ("Saule Abilova", "detention") in events_by_name(run(text))
