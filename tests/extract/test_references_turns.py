"""Who "my" and "he"/"she" are in the unlabelled paragraphs that continue a transcript's
labelled turn, and relatives named by a copula. Names and places are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run
from izde.extract.references import PersonIndex, first_person_at, unnamed_kin

INTRO = "Zhanna Omarova testified today. Her husband, Bolat Omarov, is missing.\n\n"
HEARING = "CHAIR: The committee will hear Zhanna Omarova and Daulet Kenzhebaev.\n\n"


def test_my_husband_in_a_continued_paragraph_is_the_speakers_husband() -> None:
    text = INTRO + ("CHAIR: Please go on.\n\nOMAROVA: Thank you.\n\nMy husband was a teacher. "
                    "In 2019 he was taken away.\n\nCHAIR: Thank you.\n")
    assert ("Bolat Omarov", "detention") in events_by_name(run(text))


def test_my_husband_after_the_next_label_is_not_the_earlier_speakers() -> None:
    text = INTRO + ("CHAIR: Please go on.\n\nOMAROVA: Thank you.\n\nKENZHEBAEV: My husband "
                    "was a teacher. In 2019 he was taken away.\n")
    assert ("Bolat Omarov", "detention") not in events_by_name(run(text))


def test_first_person_in_a_continued_paragraph_is_the_turns_speaker() -> None:
    text = HEARING + "OMAROVA: Thank you.\n\nI was a teacher.\n\nCHAIR: Next.\n"
    index = PersonIndex(text, [(text.index("Zhanna"), text.index(" and"), "p1"),
                               (text.index("OMAROVA"), text.index(": Thank"), "p1")])
    assert first_person_at(index, text.index("I was")) == "p1"


def test_first_person_in_a_role_turn_is_nobody_known() -> None:
    text = HEARING + "OMAROVA: Thank you.\n\nCHAIR: I was told the session ends at six.\n"
    index = PersonIndex(text, [(text.index("OMAROVA"), text.index(": Thank"), "p1")])
    assert first_person_at(index, text.index("I was")) is None


def test_speaker_of_a_turn_is_never_her_own_she() -> None:
    text = HEARING + ("OMAROVA: I was a teacher too. In 2019 she was detained at work.\n\n"
                      "KENZHEBAEV: Yes.\n")
    assert ("Zhanna Omarova", "detention") not in events_by_name(run(text))


def test_speaker_of_a_turn_is_never_his_own_he_in_a_later_paragraph() -> None:
    text = HEARING + ("KENZHEBAEV: Thank you.\n\nI lived in Almaty then. In 2019 he was "
                      "detained in Aksu.\n\nCHAIR: Thank you.\n")
    assert ("Daulet Kenzhebaev", "detention") not in events_by_name(run(text))


def test_another_person_named_in_the_turn_is_the_he() -> None:
    text = HEARING + ("KENZHEBAEV: I want to speak about Erlan Saparov. In 2019 he was "
                      "detained in Aksu.\n\nCHAIR: Thank you.\n")
    assert ("Erlan Saparov", "detention") in events_by_name(run(text))


def test_relative_named_by_copula_is_no_unnamed_relative() -> None:
    text = "My brother is Askar Tursynov. In 2019 he was detained."
    index = PersonIndex(text, [(14, 28, "p1")])
    assert unnamed_kin(index) == []


def test_relative_before_a_possessive_name_stays_unnamed() -> None:
    text = "My brother was Askar Tursynov's classmate. In 2019 he was detained."
    index = PersonIndex(text, [(15, 29, "p1")])
    assert [h[3] for h in unnamed_kin(index)] == ["brother"]


def test_he_after_a_copula_named_brother_is_the_brother() -> None:
    text = "My brother is Askar Tursynov. In 2019 he was detained in Aksu."
    assert ("Askar Tursynov", "detention") in events_by_name(run(text))


def test_he_after_a_brother_who_was_someones_classmate_is_nobody() -> None:
    text = "My brother was Askar Tursynov's classmate. In 2019 he was detained in Aksu."
    assert run(text).events == []


def test_speaker_at_the_start_of_a_role_turn_is_nobody_known() -> None:
    text = "HOST: Welcome.\n\nCHAIR: Thank you.\n"
    index = PersonIndex(text, [])
    assert index.voices.speaker_at(text.index("CHAIR")) is None
