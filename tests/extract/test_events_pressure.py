"""Pressure on activists and their families: surveillance by plain-clothes men, pressure through
an employer or landlord, passports taken, warnings of prosecution. Negatives beside each."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

A = "Dinara Tulegenova"
B = "Yerlan Mukhametov"


def test_followed_and_photographed_by_plain_clothes_men_is_harassment() -> None:
    text = f"{A} was followed and photographed by men in plain clothes."
    assert (A, "harassment") in events_by_name(run(text))


def test_wife_named_in_apposition_is_the_one_followed() -> None:
    text = f"{B} said his wife, {A}, was followed by men in plain clothes for a week."
    found = events_by_name(run(text))
    assert (A, "harassment") in found and (B, "harassment") not in found


def test_photographed_by_a_journalist_is_no_harassment() -> None:
    text = f"{A} was photographed by a journalist at the rally."
    assert (A, "harassment") not in events_by_name(run(text))


def test_employer_told_to_fire_her_is_harassment_of_her() -> None:
    text = f"{A} said her employer was told to fire her."
    assert (A, "harassment") in events_by_name(run(text))


def test_landlord_ordered_to_evict_him_is_harassment_of_him() -> None:
    text = f"Police ordered his landlord to evict him, said {B}."
    assert (B, "harassment") in events_by_name(run(text))


def test_fear_that_the_employer_will_be_told_is_no_harassment() -> None:
    text = f"{A} fears her employer will be told to fire her."
    assert (A, "harassment") not in events_by_name(run(text))


def test_employer_told_to_fire_a_colleague_is_not_her_harassment() -> None:
    text = f"{A} said her employer had to fire the accountant."
    assert (A, "harassment") not in events_by_name(run(text))


def test_police_took_his_passport_during_the_search() -> None:
    text = f"Police took his passport during the search, said {B}."
    assert (B, "passport_confiscation") in events_by_name(run(text))


def test_officers_confiscated_her_passport_at_the_airport() -> None:
    text = f"{A} flew home in 2019. Officers confiscated her passport at the airport."
    assert (A, "passport_confiscation") in events_by_name(run(text))


def test_warned_he_would_be_prosecuted_if_he_posted_again_is_a_threat() -> None:
    text = f"Police officers warned {B} that he would be prosecuted if he posted again."
    assert (B, "threat") in events_by_name(run(text))


def test_not_having_been_warned_is_no_threat() -> None:
    text = f"{B} said he had not been warned by anyone."
    assert (B, "threat") not in events_by_name(run(text))


def test_the_family_as_the_price_of_going_on_is_a_threat_to_the_one_written_to() -> None:
    text = (f"{A} lives in Leeds.\n\nOn 14 September 2020 a police officer wrote to her: \"If you "
            "keep talking to foreign reporters, your mother will have problems.\"")
    assert (A, "threat") in events_by_name(run(text))


def test_or_your_brothers_term_will_grow_is_a_threat() -> None:
    text = (f"{A} lives in Leeds.\n\nA police officer called her and said: \"Stay home and be "
            "quiet, or your brother's nine years will become twenty.\"")
    assert (A, "threat") in events_by_name(run(text))


def test_a_friends_if_you_keep_is_no_threat() -> None:
    text = (f"{A} lives in Leeds.\n\nHer friend told her: \"If you keep working so hard, your "
            "mother will worry.\"")
    assert (A, "threat") not in events_by_name(run(text))
