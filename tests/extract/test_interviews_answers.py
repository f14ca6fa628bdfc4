"""Interviews set out as labelled questions and answers: a bare answer tells the situation of
the person interviewed when the question asks about them, and a question that asks when or
where something happened presupposes that it did. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run
from izde.extract.model import ExtractedEvent

INTRO = "Our correspondent spoke with Gaukhar Temirova, a retired nurse.\n\n"


def test_bare_answer_about_a_standing_exit_ban_is_the_guests_travel_ban() -> None:
    text = INTRO + ("Q: Are you able to visit your children in Turkey?\n"
                    "A: No. The ban on leaving the country has not been lifted.\n")
    assert ("Gaukhar Temirova", "travel_ban") in events_by_name(run(text))


def test_bare_answer_about_a_relatives_exit_ban_is_not_the_guests() -> None:
    text = INTRO + ("Q: Can your son visit you in Almaty?\n"
                    "A: No. The ban on leaving the country has not been lifted.\n")
    assert ("Gaukhar Temirova", "travel_ban") not in events_by_name(run(text))


def test_bare_penalty_answering_a_question_that_names_nobody_is_the_guests() -> None:
    text = INTRO + ("Q: And what happened after the rally in Zhanaozen?\n"
                    "A: Fifteen days of administrative arrest, in January 2022.\n")
    found = events_by_name(run(text))
    assert ("Gaukhar Temirova", "detention") in found
    assert ("Gaukhar Temirova", "disappearance") not in found


def test_bare_penalty_answering_a_question_about_a_third_person_is_not_the_guests() -> None:
    text = INTRO + ("Q: What happened to him after the rally?\n"
                    "A: Fifteen days of administrative arrest.\n")
    assert ("Gaukhar Temirova", "detention") not in events_by_name(run(text))


def test_when_question_presupposes_the_detention_of_the_named_relative() -> None:
    text = INTRO + ("Q: When was your nephew Daniyar Temirov arrested?\n"
                    "A: In the spring of 2019, at the market.\n")
    found = events_by_name(run(text))
    assert ("Daniyar Temirov", "detention") in found
    assert ("Gaukhar Temirova", "detention") not in found


def test_where_question_presupposes_the_guests_own_detention() -> None:
    text = INTRO + "Q: Where were you detained?\nA: At the airport in Almaty.\n"
    assert ("Gaukhar Temirova", "detention") in events_by_name(run(text))


def test_yes_no_question_about_a_detention_asserts_none() -> None:
    text = INTRO + ("Q: Was your nephew Daniyar Temirov ever arrested?\n"
                    "A: I do not know.\n")
    assert ("Daniyar Temirov", "detention") not in events_by_name(run(text))


def test_why_question_with_a_negation_asserts_no_sentencing() -> None:
    text = INTRO + ("Q: Why was your nephew Daniyar Temirov never sentenced?\n"
                    "A: Nobody explained it to us.\n")
    assert ("Daniyar Temirov", "sentencing") not in events_by_name(run(text))


HEARING = "CHAIR: We now hear from Roza Sabitova.\n\n"


def test_silence_as_a_reply_is_the_disappearance_of_the_person_asked_about() -> None:
    text = HEARING + ("SABITOVA: My son is Arman Sabitov. He was detained in Kulja in 2017.\n\n"
                      "CHAIR: Have you heard from him?\n\n"
                      "SABITOVA: No. Nothing since the summer of 2018.\n")
    assert ("Arman Sabitov", "disappearance") in events_by_name(run(text))


def test_silence_as_a_reply_about_the_speakers_own_life_is_no_disappearance() -> None:
    text = HEARING + ("SABITOVA: I ran a bakery in Almaty.\n\n"
                      "CHAIR: Have you been able to work?\n\n"
                      "SABITOVA: No. Nothing since 2019.\n")
    assert ("Roza Sabitova", "disappearance") not in events_by_name(run(text))


def test_telegraphic_clause_after_a_first_person_sentence_is_the_speakers() -> None:
    text = HEARING + ("SABITOVA: My son is Arman Sabitov. At the border they stopped me too. "
                      "Questioned for three hours, then released.\n")
    found = events_by_name(run(text))
    assert ("Roza Sabitova", "detention") in found
    assert ("Roza Sabitova", "release") in found
    assert ("Arman Sabitov", "release") not in found


def _event_of(name: str, kind: str, text: str) -> ExtractedEvent:
    ex = run(text)
    keys = {p.key for p in ex.persons if p.name == name}
    return next(e for e in ex.events if e.person in keys and e.type == kind)


def test_answer_to_a_when_question_dates_the_event_it_presupposes() -> None:
    text = INTRO + ("Q: When was your nephew Daniyar Temirov arrested?\n"
                    "A: On 3 October 2019, in the evening.\n")
    event = _event_of("Daniyar Temirov", "detention", text)
    assert event.date == "2019-10-03"


def test_answer_to_a_when_question_is_evidence_of_the_event() -> None:
    text = INTRO + ("Q: When was your nephew Daniyar Temirov arrested?\n"
                    "A: On 3 October 2019, in the evening.\n")
    event = _event_of("Daniyar Temirov", "detention", text)
    quotes = [ev.quote for ev in event.evidence]
    assert any(q.startswith("A: On 3 October 2019") for q in quotes)


def test_answer_to_a_yes_no_question_makes_no_event() -> None:
    text = INTRO + "Q: Were you ever detained again?\nA: In 2021, for a while.\n"
    assert ("Gaukhar Temirova", "detention") not in events_by_name(run(text))


def _dated(text: str, type_: str) -> str | None:
    ex = run(text)
    keys = {p.key for p in ex.persons if p.name == "Gaukhar Temirova"}
    return next(e.date for e in ex.events if e.person in keys and e.type == type_)


def test_a_question_stating_an_event_is_dated_by_the_answer() -> None:
    text = INTRO + ("Q: You were also arrested for your pickets.\n\n"
                    "A: Ten days of administrative arrest, in March 2021. After that, nothing.\n")
    assert _dated(text, "detention") == "2021-03"


def test_an_answer_about_someone_else_does_not_date_the_question() -> None:
    text = INTRO + ("Q: You were arrested for your pickets.\n\n"
                    "A: My brother Serik Temirov was arrested in March 2021, not me.\n")
    assert _dated(text, "detention") is None


def test_a_scene_told_in_the_first_person_dates_what_the_speaker_tells_next() -> None:
    text = ("Witnesses: Gaukhar Temirova.\n\nQ40 Chair: Tell us about your father.\n\n"
            "Gaukhar Temirova: My father, Bolat Temirov, still lives in Urumqi.\n\n"
            "Q41 Chair: What happened to you here?\n\n"
            "Gaukhar Temirova: Yes. It started in 2019. I received messages from an account "
            "that said it was the Urumqi police. This went on for months.\n\n"
            "Then in March 2022, at a community event in London, a man I had "
            "never seen came up to me and said that he had a message. He said if I continue "
            "to speak to journalists, my sister will suffer.\n")
    assert _dated(text, "threat") == "2022-03"
