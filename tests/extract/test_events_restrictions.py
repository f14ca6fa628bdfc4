"""Confinement at home, bans on leaving, passports taken, silence after an arrest, releases,
court orders; and what a quoted researcher says about other people's sentences. Each wording
has negatives beside it."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run

N = "Gaukhar Sadykova"
M = "Yerzhan Kasen"

FOUND = [
    ("confined_to_family_home", f"{N} has been confined to the family home since March and is "
     "not allowed to receive visitors without permission.", N, "house_arrest"),
    ("confined_to_relatives_building", f"{N} is confined to her aunt's apartment building "
     "under what officials call \"home supervision\".", N, "house_arrest"),
    ("took_away_national_passport", f"{M} said officers came to his brother's flat and took "
     "away his Kazakhstan passport.", M, "passport_confiscation"),
    ("ban_on_leaving_still_there", f"{M} came back from Urumqi in 2019. The ban on leaving the "
     "country is still there.", M, "travel_ban"),
    ("no_letter_no_call", f"My husband {M} was taken in 2018. Since then I have had no letter, "
     "no call, nothing.", M, "disappearance"),
    ("family_received_no_news", f"{M} was detained in Ghulja. The family has received no news "
     "since.", M, "disappearance"),
    ("nobody_could_say_where", f"{M} was stopped at the border, and nobody could say where he "
     "was taken.", M, "disappearance"),
    ("do_not_know_where_held", f"{N} was arrested in May. We do not know where she is being "
     "held.", N, "disappearance"),
    ("walked_out_of_camp", f"{N} walked out of the camp on the 14th.", N, "release"),
    ("freed_in_courtroom", f"{N} was freed in the courtroom.", N, "release"),
    ("released_after_verdict", f"{N} was released after the verdict was read.", N, "release"),
    ("judge_ordered_him_released", f"{M} stood in the dock. The judge ordered him released.",
     M, "release"),
]


@pytest.mark.parametrize(("text", "name", "kind"), [f[1:] for f in FOUND],
                         ids=[f[0] for f in FOUND])
def test_wording_states_the_event(text: str, name: str, kind: str) -> None:
    assert (name, kind) in events_by_name(run(text))


NOT_FOUND = [
    ("confined_by_illness", f"{N} was confined to her home by illness for a month.", N,
     "house_arrest"),
    ("confined_by_lockdown", f"{N} was confined to the family home during the lockdown.", N,
     "house_arrest"),
    ("narrator_has_no_letter", f"My name is {N}. Since then I have had no letter, no call, "
     "nothing.", N, "disappearance"),
    ("knows_where_he_is", f"{M} is in Almaty, and we know where he is.", M, "disappearance"),
    ("where_he_goes_on_holiday", f"{M} is safe; we do not know where he is going on holiday.",
     M, "disappearance"),
    ("court_did_not_order_deportation", f"The court did not order the deportation of {M}.", M,
     "deportation"),
    ("passport_not_taken", f"{M} said officers did not take away his Kazakhstan passport.", M,
     "passport_confiscation"),
    ("ban_feared", f"{M} fears the ban on leaving the country will return.", M, "travel_ban"),
]


@pytest.mark.parametrize(("text", "name", "kind"), [f[1:] for f in NOT_FOUND],
                         ids=[f[0] for f in NOT_FOUND])
def test_wording_does_not_state_the_event(text: str, name: str, kind: str) -> None:
    assert (name, kind) not in events_by_name(run(text))


SCHOLAR = ("Helen Marsh, a scholar who has compiled a list of more than 400 academics detained "
           "since 2017, said the life sentence was among the harshest she had recorded.")


def test_scholar_quoted_about_a_sentence_is_not_sentenced() -> None:
    assert ("Helen Marsh", "sentencing") not in events_by_name(run(SCHOLAR))


def test_scholar_compiling_a_list_of_detainees_is_not_detained() -> None:
    assert ("Helen Marsh", "detention") not in events_by_name(run(SCHOLAR))


def test_speaker_commenting_on_a_term_is_not_sentenced() -> None:
    text = f"{N} said the 15-year sentence was unusually harsh."
    assert (N, "sentencing") not in events_by_name(run(text))


def test_speaker_telling_own_term_is_sentenced() -> None:
    text = f"{M} told reporters he got a 10-year sentence."
    assert (M, "sentencing") in events_by_name(run(text))


def test_family_waiting_is_no_sentencing() -> None:
    text = f"{M} is in prison. His wife and children are here, they are waiting for him."
    assert {k for n, k in events_by_name(run(text)) if n == M} == {"imprisonment"}


def test_spokesman_saying_the_woman_was_released_is_not_released() -> None:
    text = f"{M}, a police spokesman, said the woman was released later."
    assert (M, "release") not in events_by_name(run(text))


def test_speaker_telling_that_a_relative_was_detained_is_not_detained() -> None:
    text = f"{M} told RFA that a relative had been detained."
    assert (M, "detention") not in events_by_name(run(text))


def test_speaker_saying_he_was_detained_is_detained() -> None:
    text = f"{M} said he had been detained in May."
    assert (M, "detention") in events_by_name(run(text))


def test_subject_shared_across_and_after_speaking() -> None:
    text = f"{M} went to the consulate, told the guards his story and was arrested."
    assert (M, "detention") in events_by_name(run(text))


def test_said_to_have_been_detained_keeps_its_subject() -> None:
    text = f"{M} was said to have been detained in May."
    assert (M, "detention") in events_by_name(run(text))


def test_speech_inside_a_relative_clause_keeps_the_subject() -> None:
    text = f"{M}, who told the BBC the truth about the camps, was detained in May."
    assert (M, "detention") in events_by_name(run(text))


@pytest.mark.parametrize("text", [
    f"The family of {M} has not been informed of his whereabouts.",
    f"{M} was subjected to enforced disappearance in 2016.",
    f"{M} is a victim of enforced disappearance.",
])
def test_urgent_action_wordings_of_disappearance(text: str) -> None:
    assert (M, "disappearance") in events_by_name(run(text))


@pytest.mark.parametrize("text", [
    f"{M} campaigns for victims of enforced disappearance.",
    f"The family of {M} has been informed of his whereabouts.",
])
def test_campaigning_or_informed_family_is_no_disappearance(text: str) -> None:
    assert (M, "disappearance") not in events_by_name(run(text))


def test_may_not_leave_the_village_without_permission_is_a_travel_ban() -> None:
    ex = run(f"{N} was released in August. Since her release she has had to report to the "
             "village committee every Monday and may not leave the village without written "
             "permission.")
    assert (N, "travel_ban") in events_by_name(ex)


def test_may_not_leave_as_a_guess_is_no_travel_ban() -> None:
    ex = run(f"{N} is in Almaty. Her lawyer said she may not leave the country again.")
    assert (N, "travel_ban") not in events_by_name(ex)


def test_the_terms_of_a_restricted_freedom_sentence_are_the_sentencing_not_a_ban() -> None:
    ex = run(f"{N} was sentenced to three years of restricted freedom on 5 July. Under the "
             f"sentence, {N.split()[1]} must stay at home at night and may not leave Almaty "
             "without permission.")
    assert (N, "travel_ban") not in events_by_name(ex)


def test_seen_in_the_countys_vocational_center_is_an_internment() -> None:
    ex = run(f"Former detainees later told the family they had seen {M} in the county's "
             "“vocational skills education and training center” in the spring of 2018.")
    assert (M, "internment") in events_by_name(ex)


def test_seen_in_the_countys_market_is_no_internment() -> None:
    ex = run(f"Neighbours said they had seen {M} in the county's market in the spring of 2018.")
    assert (M, "internment") not in events_by_name(ex)
