"""First and second person as event subjects: letters, appeals and question-and-answer
interviews, whose "I", "my", "you" and "your" stand for a person named only once."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

APPEAL = """To the Ombudsman of the Republic of Kazakhstan

I, Gaukhar Zhaksybek, born 1990, a citizen of Kazakhstan, ask you to help me find my \
father, Kairat Zhaksybek, born 1958. In October 2018 he was detained by police in Tacheng \
during a visit to relatives. In March 2020 I was questioned at the police station in \
Zharkent for hours. We were told to stop writing to officials. Our family was threatened.

With hope,
Gaukhar Zhaksybek
"""


def test_he_after_the_writer_names_a_relative_is_that_relative() -> None:
    assert ("Kairat Zhaksybek", "detention") in events_by_name(run(APPEAL))


def test_self_introduced_writer_is_not_the_antecedent_of_he() -> None:
    assert ("Gaukhar Zhaksybek", "detention") not in events_by_name(run(APPEAL))


def test_i_in_a_letter_is_the_writer() -> None:
    assert ("Gaukhar Zhaksybek", "harassment") in events_by_name(run(APPEAL))


def test_my_kin_in_a_letter_is_the_writers_relative() -> None:
    ex = run(APPEAL)
    keys = {p.name: p.key for p in ex.persons}
    assert any(r.subject == keys["Kairat Zhaksybek"] and r.type == "parent"
               and r.object == keys["Gaukhar Zhaksybek"] for r in ex.relations)


def test_we_and_our_family_are_no_event_subject() -> None:
    found = events_by_name(run(APPEAL))
    assert ("Gaukhar Zhaksybek", "threat") not in found
    assert ("Kairat Zhaksybek", "threat") not in found


def test_signed_letter_without_introduction_speaks_for_the_signer() -> None:
    text = ("Dear Sir,\nIn May 2021 my passport was confiscated at the border.\n\n"
            "Yours faithfully,\nAsem Nurlankyzy\n")
    assert ("Asem Nurlankyzy", "passport_confiscation") in events_by_name(run(text))


def test_my_passport_without_a_known_writer_is_nobody_s() -> None:
    text = "Asem Nurlankyzy lives in Almaty. \"My passport was confiscated,\" a neighbour said."
    assert ("Asem Nurlankyzy", "passport_confiscation") not in events_by_name(run(text))


INTERVIEW = """In conversation: Murat Dauletuly

Our correspondent Aliya Ermekova talked to him in Almaty in July.

Q: Your passport was confiscated when you came back from Urumqi.
A: Yes, at the border. They kept it for a year.
Q: Later you were detained for your pickets outside the consulate.
A: For fifteen days. Zhanibek Sultan, my brother-in-law, is still in Xinjiang.
In 2019 the police detained him at his workplace.
Q: Is anyone else there?
A: Yes, Saltanat lives in Ghulja with her daughters. Last winter officials summoned her \
twice.
"""


def test_your_possession_in_a_question_is_the_interviewees() -> None:
    assert ("Murat Dauletuly", "passport_confiscation") in events_by_name(run(INTERVIEW))


def test_you_in_a_question_is_the_interviewee() -> None:
    assert ("Murat Dauletuly", "detention") in events_by_name(run(INTERVIEW))


def test_interviewer_is_never_the_subject() -> None:
    assert not any(name == "Aliya Ermekova" for name, _ in events_by_name(run(INTERVIEW)))


def test_him_in_an_answer_is_the_person_the_answer_named() -> None:
    assert ("Zhanibek Sultan", "detention") in events_by_name(run(INTERVIEW))


def test_her_in_an_answer_is_the_woman_the_answer_named() -> None:
    assert ("Saltanat", "harassment") in events_by_name(run(INTERVIEW))


def test_you_outside_an_interview_is_nobody() -> None:
    text = "Aigerim Tulegen runs a shelter. \"You will be detained if you go back,\" she says."
    assert ("Aigerim Tulegen", "detention") not in events_by_name(run(text))


def test_you_does_not_give_an_event_to_an_earlier_name() -> None:
    text = ("Aigerim Tulegen runs a shelter in Almaty. She told visitors: you were searched "
            "at the border and detained for a day.")
    assert ("Aigerim Tulegen", "detention") not in events_by_name(run(text))


def test_question_whether_it_happened_asserts_nothing() -> None:
    text = ("Interview with Nurzhan Tolegen\n\nQ: Have you been summoned by the police since "
            "then?\nA: Not since January.\n")
    assert events_by_name(run(text)) == set()


def test_statement_put_to_the_guest_is_asserted() -> None:
    text = ("Interview with Nurzhan Tolegen\n\nQ: You have been summoned by the police since "
            "then.\nA: Yes, twice.\n")
    assert events_by_name(run(text)) == {("Nurzhan Tolegen", "harassment")}


def test_my_husband_and_i_are_both_subjects() -> None:
    text = ("I, Dinara Seitkali, born 1988, write about my husband, Yerlan Seitkali. In May "
            "2019 my husband and I were detained at the Khorgos crossing.\n")
    found = events_by_name(run(text))
    assert {("Dinara Seitkali", "detention"), ("Yerlan Seitkali", "detention")} <= found
