"""Who "I" and "you" are in letters and interviews (``voices``), read from the text alone."""

from __future__ import annotations

from extract.extract_helpers import name_spans
from izde.extract.voices import find_voices

LETTER = ("I, Zhanar Omarbek, born 1979, resident of Taraz, ask for your help. My brother, "
          "Timur Omarbek, has been held since 2019.\n")


def test_self_introduction_names_the_writer() -> None:
    v = find_voices(LETTER, name_spans(LETTER, "Zhanar Omarbek", "Timur Omarbek"))
    assert v.writer == "Zhanar Omarbek"


def test_self_introduction_mention_is_marked_as_self_naming() -> None:
    v = find_voices(LETTER, name_spans(LETTER, "Zhanar Omarbek", "Timur Omarbek"))
    start = LETTER.find("Zhanar Omarbek")
    assert v.self_named == {(start, start + len("Zhanar Omarbek"))}


def test_name_after_i_without_apposition_is_no_self_introduction() -> None:
    text = "Yesterday I met Timur Omarbek in the market and we spoke."
    assert find_voices(text, name_spans(text, "Timur Omarbek")).writer is None


def test_signature_under_closing_formula_names_the_writer() -> None:
    text = ("Dear colleagues,\nMy son was taken away in 2018 and I have heard nothing since.\n\n"
            "Respectfully,\nSaule Tokhtar\n")
    assert find_voices(text, name_spans(text, "Saule Tokhtar")).writer == "Saule Tokhtar"


def test_signature_on_the_closing_line_names_the_writer() -> None:
    text = "I ask you to find my father.\n\nSincerely, Berik Aitkali\n"
    assert find_voices(text, name_spans(text, "Berik Aitkali")).writer == "Berik Aitkali"


def test_closing_formula_followed_by_prose_names_no_writer() -> None:
    text = "I wrote to the ministry.\nThank you for asking about Berik Aitkali, she said.\n"
    assert find_voices(text, name_spans(text, "Berik Aitkali")).writer is None


def test_third_person_report_has_no_writer() -> None:
    text = "Sincerely, Berik Aitkali said, nobody believes the police.\n"
    assert find_voices(text, name_spans(text, "Berik Aitkali")).writer is None


INTERVIEW = ("Conversation with Yerlan Kassym\n\nOur reporter Madina Sultan met him in Shymkent.\n"
             "Q: When did you leave?\nA: In 2019, after my release.\n\nIt was hard.\n"
             "Q: And then?\n")


def test_interview_guest_is_the_person_the_introduction_names() -> None:
    v = find_voices(INTERVIEW, name_spans(INTERVIEW, "Yerlan Kassym", "Madina Sultan"))
    assert v.guest == "Yerlan Kassym" and v.writer == "Yerlan Kassym"


def test_interviewer_named_first_is_not_the_guest() -> None:
    text = ("Our correspondent Madina Sultan spoke with Yerlan Kassym.\n"
            "Q: Where were you held?\nA: In Ghulja.\n")
    assert find_voices(text, name_spans(text, "Madina Sultan", "Yerlan Kassym")).guest == (
        "Yerlan Kassym")


def test_only_person_named_beside_the_interviewer_is_the_guest() -> None:
    text = ("Yerlan Kassym was born in Altay.\nOur reporter Madina Sultan asked the questions.\n"
            "Q: Where were you held?\nA: In Ghulja.\n")
    assert find_voices(text, name_spans(text, "Madina Sultan", "Yerlan Kassym")).guest == (
        "Yerlan Kassym")


def test_answer_turn_runs_across_unlabelled_paragraphs() -> None:
    v = find_voices(INTERVIEW, name_spans(INTERVIEW, "Yerlan Kassym", "Madina Sultan"))
    assert v.turn_at(INTERVIEW.find("It was hard")) == "a"


def test_question_turn_is_recognised() -> None:
    v = find_voices(INTERVIEW, name_spans(INTERVIEW, "Yerlan Kassym", "Madina Sultan"))
    assert v.turn_at(INTERVIEW.find("When did you")) == "q"


def test_answers_without_questions_are_no_interview() -> None:
    text = "Points to note\nA: the camp was closed in 2019.\nYerlan Kassym was held there.\n"
    v = find_voices(text, name_spans(text, "Yerlan Kassym"))
    assert v.qa_lines == [] and v.guest is None


def test_copula_with_kin_apposition_names_the_writer() -> None:
    text = "We appeal for Timur Omarbek. I am his sister, Zhanar Omarbek. I ask for help."
    v = find_voices(text, name_spans(text, "Timur Omarbek", "Zhanar Omarbek"))
    assert v.writer == "Zhanar Omarbek"


def test_relative_named_after_i_am_the_mother_of_is_not_the_writer() -> None:
    text = "I am the mother of Timur Omarbek. I ask for help."
    assert find_voices(text, name_spans(text, "Timur Omarbek")).writer is None


def test_last_line_of_name_place_and_date_is_a_signature() -> None:
    text = "I ask you to find my son.\n\nSaule Tokhtar, Taraz, 4 June 2021\n"
    assert find_voices(text, name_spans(text, "Saule Tokhtar")).writer == "Saule Tokhtar"


def test_last_line_with_a_verb_is_no_signature() -> None:
    text = "Timur Omarbek was held. I saw the papers.\n\nSaule Tokhtar contributed reporting.\n"
    assert find_voices(text, name_spans(text, "Timur Omarbek", "Saule Tokhtar")).writer is None


def test_testimony_heading_names_the_teller() -> None:
    text = "Testimony of Aisulu Bekzat, survivor\n\nI was held in a camp in Tacheng for a year.\n"
    assert find_voices(text, name_spans(text, "Aisulu Bekzat")).writer == "Aisulu Bekzat"


def test_preface_saying_who_gave_the_account_names_the_teller() -> None:
    text = ("The following account was given in Almaty by Aisulu Bekzat.\n\n"
            "I was held in a camp in Tacheng for a year.\n")
    assert find_voices(text, name_spans(text, "Aisulu Bekzat")).writer == "Aisulu Bekzat"


def test_account_of_someone_named_after_the_first_i_is_no_teller() -> None:
    text = "I read the testimony of Aisulu Bekzat last year.\n"
    assert find_voices(text, name_spans(text, "Aisulu Bekzat")).writer is None


def test_account_of_a_relative_is_no_teller() -> None:
    text = "The account of her sister Aisulu Bekzat was read aloud. I was held in a camp.\n"
    assert find_voices(text, name_spans(text, "Aisulu Bekzat")).writer is None


def test_interviewer_and_witness_labels_are_turns() -> None:
    text = ("Statement taken from Yerlan Kassym\nInterviewer: Where were you held?\n"
            "Witness: In Ghulja.\n")
    v = find_voices(text, name_spans(text, "Yerlan Kassym"))
    assert [k for _, k in v.qa_lines] == ["q", "a"] and v.guest == "Yerlan Kassym"


def test_words_opening_lines_are_no_turn_labels() -> None:
    text = "Questioning lasted all night.\nA lawyer was refused.\nYerlan Kassym was held.\n"
    assert find_voices(text, name_spans(text, "Yerlan Kassym")).qa_lines == []


def test_report_quoting_an_i_and_ending_with_a_name_has_no_writer() -> None:
    text = ("Timur Omarbek was held in 2019. \"My brother is innocent,\" his sister said.\n\n"
            "Saule Tokhtar, Almaty\n")
    assert find_voices(text, name_spans(text, "Timur Omarbek", "Saule Tokhtar")).writer is None
