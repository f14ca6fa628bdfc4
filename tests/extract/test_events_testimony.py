"""First-person testimonies that name the victim as the object of the authorities' act, threats
told as reported speech or phone calls, and a sentencing heard from relatives. Each wording
has negatives beside it."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run

ME = "Madina Serikova"
KIN = "Gulbahar Osman"
N = "Nurlan Tokhtarov"
INTRO = f"My name is {ME}."


def test_they_took_my_relative_named_in_apposition_to_a_camp() -> None:
    text = f"{INTRO} In 2019 they took my aunt, {KIN}, to a camp near Aksu."
    found = events_by_name(run(text))
    assert (KIN, "internment") in found and (ME, "internment") not in found


def test_they_took_my_relative_named_in_apposition_away() -> None:
    text = f"{INTRO} One night in 2017 they took my father, {KIN}, away."
    assert (KIN, "detention") in events_by_name(run(text))


def test_they_took_me_to_a_removal_centre_is_the_narrators_detention() -> None:
    text = f"{INTRO} Officers came to the hostel and took me to a deportation centre in Izmir."
    assert (ME, "detention") in events_by_name(run(text))


def test_they_took_him_to_the_police_station() -> None:
    text = f"{N} runs a bakery in Kuitun. In March they took him to the police station."
    assert (N, "detention") in events_by_name(run(text))


def test_they_put_me_in_a_cell() -> None:
    text = f"{INTRO} At the border they put me in a cell for two days."
    assert (ME, "detention") in events_by_name(run(text))


def test_put_my_phone_in_a_cell_drawer_is_no_detention() -> None:
    text = f"{INTRO} The guard put my phone in a box and let me through."
    assert (ME, "detention") not in events_by_name(run(text))


def test_taken_to_a_detention_centre_in_the_passive() -> None:
    text = f"{N} was taken to a detention centre in Urumqi on 4 June."
    assert (N, "detention") in events_by_name(run(text))


def test_took_him_to_the_police_station_to_file_a_report_is_no_detention() -> None:
    text = f"{N} was robbed. His neighbours took him to the police station to file a report."
    assert (N, "detention") not in events_by_name(run(text))


def test_took_my_mother_to_a_refugee_camp_is_no_internment() -> None:
    text = f"{INTRO} In 2015 we took my mother, {KIN}, to a refugee camp in Turkey."
    assert (KIN, "internment") not in events_by_name(run(text))


def test_relative_taken_from_the_office_by_plain_clothes_men() -> None:
    text = (f"{INTRO} My husband {N} worked at a bank. On 9 April my husband was taken from his "
            "office by two men in plain clothes.")
    found = events_by_name(run(text))
    assert (N, "detention") in found and (ME, "detention") not in found


THREATS = [
    ("caller_points_at_the_family", f"{INTRO} Last year a man phoned me from Urumqi. He said he "
     "was a state security officer. He told me: 'Your father is sick. Think about your "
     "father.'"),
    ("conditional_threat_about_my_brother", f"{INTRO} After the rally an official approached me "
     "and said that if I keep talking to reporters, my brother's life in the camp 'will get "
     "worse'."),
    ("warned_that_her_relatives_would_pay", f"{N} is a poet in Istanbul. An officer warned that "
     "his relatives would 'pay for every word'."),
]


@pytest.mark.parametrize("text", [t[1] for t in THREATS], ids=[t[0] for t in THREATS])
def test_reported_speech_is_a_threat_to_the_one_addressed(text: str) -> None:
    who = ME if text.startswith(INTRO) else N
    assert (who, "threat") in events_by_name(run(text))


def test_conditional_threat_about_a_relative_gives_the_relative_no_event() -> None:
    text = (f"{INTRO} My brother {KIN} lives in Ghulja. A man stopped me in the street and said "
            "that if I keep giving interviews, my brother's conditions 'will become harder'.")
    found = events_by_name(run(text))
    assert (ME, "threat") in found
    assert not {e for e in found if e[0] == KIN}


def test_friend_saying_think_of_your_mother_is_no_threat() -> None:
    text = (f"{INTRO} My old classmate wrote to me from Almaty. She said: 'Your mother misses "
            "you. Think of your mother.'")
    assert (ME, "threat") not in events_by_name(run(text))


def test_she_said_that_if_she_spoke_tells_her_fear_not_a_threat() -> None:
    text = (f"{N} lives in Almaty. She said that if she spoke out, her family would suffer.")
    assert (N, "threat") not in events_by_name(run(text))


def test_no_warning_about_relatives_is_no_threat() -> None:
    text = f"{N} is a poet in Istanbul. Nobody warned that his relatives would pay for it."
    assert (N, "threat") not in events_by_name(run(text))


def test_hearsay_sentencing_with_a_shared_auxiliary() -> None:
    text = (f"{INTRO} My father {N} was a trader. A neighbour told us that my father had been "
            "tried in the spring of 2020 and given a long prison sentence.")
    assert (N, "sentencing") in events_by_name(run(text))


def test_uncertain_life_term_leaves_the_term_empty() -> None:
    text = (f"{INTRO} My father {N} was a trader. A neighbour told us that my father had been "
            "tried in 2020 and given a very long sentence. Perhaps life.")
    ex = run(text)
    sentencings = [e for e in ex.events if e.type == "sentencing"]
    assert sentencings and all(e.sentence_years is None for e in sentencings)


def test_given_a_warning_is_no_sentencing() -> None:
    text = f"{N} was stopped at the border and given a warning."
    assert (N, "sentencing") not in events_by_name(run(text))
