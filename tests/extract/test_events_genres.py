"""Wordings of appeal letters, interviews, urgent actions and case bulletins: the family's
side of a disappearance, a case entry's telegraphic clauses, a prison as the place a
sentence is served. Each wording has negatives beside it."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run

N = "Zhandos Ermekuly"
W = "Saltanat Ormanova"
ENTRY = f"3. {N}, 45, driver from Nilka."  # how a bulletin opens a case

FOUND = [
    ("sent_to_a_school_in_quotes", f"{N} was called to the police. Later we heard he had been "
     "sent to a \"school\".", "internment"),
    ("bulletin_held_in_quoted_centre", f"{ENTRY} Held in a \"training centre\" in Ili until "
     "2019.", "internment"),
    ("bulletin_whereabouts_unknown", f"{ENTRY} Taken away by police in 2018. Whereabouts "
     "unknown.", "disappearance"),
    ("bulletin_passport_clause", f"{ENTRY} Passport confiscated on arrival in Urumqi in 2017.",
     "passport_confiscation"),
    ("bulletin_ban_after_semicolon", f"{ENTRY} Passport confiscated in 2017; barred from "
     "leaving China since.", "travel_ban"),
    ("after_that_nothing", f"{N} sent a message in May. After that, nothing.",
     "disappearance"),
    ("family_did_not_know_anything", f"{N} was taken in 2018. For months we did not know "
     "anything.", "disappearance"),
    ("did_not_know_what_happened", f"{N} was taken in 2018. We do not know what happened to "
     "him.", "disappearance"),
    ("told_to_stop_giving_interviews", f"{N} lives in Almaty. Men came to his house and told "
     "him to stop giving interviews.", "threat"),
    ("police_followed_me", f"{N}: The police followed me for weeks.", "harassment"),
    ("beaten_and_deprived_of_sleep", f"{N} says he was beaten and deprived of sleep.",
     "torture"),
    ("held_in_a_named_prison", f"{N} is believed to be held in Urumqi No. 3 Prison.",
     "imprisonment"),
]


@pytest.mark.parametrize(("text", "kind"), [f[1:] for f in FOUND], ids=[f[0] for f in FOUND])
def test_wording_states_the_event(text: str, kind: str) -> None:
    assert (N, kind) in events_by_name(run(text))


NOT_FOUND = [
    ("sent_to_a_real_school", f"{N} was sent to a school in Almaty in 2008.", "internment"),
    ("whereabouts_known", f"{ENTRY} Whereabouts known to the family.", "disappearance"),
    ("passport_renewed", f"{ENTRY} Passport renewed in 2017.", "passport_confiscation"),
    ("nobody_told_him_to_stop", f"{N} lives in Almaty. Nobody told him to stop giving "
     "interviews.", "harassment"),
    ("told_him_to_stop_and_think", f"{N} lives in Almaty. His friend told him to stop.",
     "harassment"),
    ("detainees_deprived_of_sleep", f"{N} said detainees were beaten and deprived of sleep.",
     "torture"),
    ("held_in_a_detention_centre", f"{N} was held in a detention centre in Aksu.",
     "imprisonment"),
    ("not_held_in_a_prison", f"{N} was not held in a prison.", "imprisonment"),
    ("knew_nothing_about_a_move", f"{N} moved to Almaty. We did not know anything about the "
     "move.", "disappearance"),
]


@pytest.mark.parametrize(("text", "kind"), [f[1:] for f in NOT_FOUND],
                         ids=[f[0] for f in NOT_FOUND])
def test_wording_does_not_state_the_event(text: str, kind: str) -> None:
    assert (N, kind) not in events_by_name(run(text))


def test_narrator_telling_of_silence_is_not_missing() -> None:
    text = (f"My name is {W}. My brother {N} was detained in 2018. Since then I have had no "
            "letter, no call, nothing.")
    found = events_by_name(run(text))
    assert (N, "disappearance") in found and (W, "disappearance") not in found


def test_silence_with_a_name_in_the_sentence_is_not_read_as_about() -> None:
    text = f"{N} was detained. Since then {W} has had no letter from her son."
    assert (N, "disappearance") not in events_by_name(run(text))


STATES = [
    ("has_been_in_a_camp_since", f"{N} has been in a camp since 2018.", "internment"),
    ("still_in_a_reeducation_camp", f"{N} is still in a re-education camp.", "internment"),
    ("locked_in_a_cell", f"{N} was locked in a cell for three weeks.", "detention"),
    ("spent_years_behind_bars", f"{N} spent two years behind bars.", "imprisonment"),
    ("tried_and_sentenced", f"{N} was tried in secret and sentenced.", "sentencing"),
    ("let_go_after_days", f"{N} was let go after three days.", "release"),
]


@pytest.mark.parametrize(("text", "kind"), [f[1:] for f in STATES], ids=[f[0] for f in STATES])
def test_state_or_outcome_wording_states_the_event(text: str, kind: str) -> None:
    assert (N, kind) in events_by_name(run(text))


NOT_STATES = [
    ("in_a_refugee_camp", f"{N} was in a refugee camp in 2015.", "internment"),
    ("let_go_from_a_job", f"{N} was let go from his job in 2019.", "release"),
    ("tried_to_avoid_detention", f"{N} tried to avoid being detained.", "detention"),
    ("spent_years_in_almaty", f"{N} spent two years in Almaty.", "imprisonment"),
]


@pytest.mark.parametrize(("text", "kind"), [f[1:] for f in NOT_STATES],
                         ids=[f[0] for f in NOT_STATES])
def test_wording_is_no_state_or_outcome(text: str, kind: str) -> None:
    assert (N, kind) not in events_by_name(run(text))


def _kinds_and_years(text: str) -> set[tuple[str, float | None]]:
    return {(e.type, e.sentence_years) for e in run(text).events}


def test_serving_a_sentence_of_stated_length_was_sentenced_to_it() -> None:
    assert _kinds_and_years(f"{N} is serving a 15-year sentence.") == {
        ("imprisonment", 15.0), ("sentencing", 15.0)}


def test_serving_years_in_a_prison_is_imprisonment_too() -> None:
    assert _kinds_and_years(f"{N} is serving 15 years in Shikho prison.") == {
        ("imprisonment", 15.0), ("sentencing", 15.0)}


def test_serving_an_unstated_sentence_is_imprisonment_only() -> None:
    assert _kinds_and_years(f"{N} is serving his sentence in Aksu.") == {
        ("imprisonment", None)}


TESTIMONY = (f"Interviewer: What happened?\n{W}: My name is {W}. In 2017 I went back to see my "
             "mother. At the border they took my phone and my passport. In January 2019 they "
             "let me go.")


def test_narrator_whose_passport_they_took() -> None:
    assert (W, "passport_confiscation") in events_by_name(run(TESTIMONY))


def test_narrator_they_let_go_is_released() -> None:
    assert (W, "release") in events_by_name(run(TESTIMONY))


def test_police_let_him_go_is_a_release() -> None:
    assert (N, "release") in events_by_name(run(f"{N} said police let him go after two days."))


@pytest.mark.parametrize("text", [
    f"{W}: They would not let me go.",
    f"{W} said her parents let her go to Turkey.",
])
def test_let_go_refused_or_permission_is_no_release(text: str) -> None:
    assert (W, "release") not in events_by_name(run(text))
