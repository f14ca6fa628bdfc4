"""Speaker-labelled transcripts (call-in shows, hearings, Q/A interviews): who "I" and "my" are
in a labelled turn, callers introduced by first name, label lines that are no event, and
penalties given as a bare answer. Names and places are invented for these tests."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, run

HOST_INTRO = "HOST: Good evening. Our next caller is Timur from Semey. Go ahead, Timur.\n\n"
HEARING = "CHAIR: The committee will now hear from Zhanna Omarova and Daulet Kenzhebaev.\n\n"
INTERVIEW = "This is our interview with Saltanat Zhunusova, a former teacher.\n\n"


def test_caller_introduced_by_first_name_is_a_person() -> None:
    ex = run(HOST_INTRO + "TIMUR: Thank you. I want to talk about my cousin.\n")
    assert "Timur" in person_names(ex)


def test_single_word_at_line_start_of_a_field_list_is_no_person() -> None:
    text = "Summary: a teacher was detained.\nStatus: unknown.\n"
    assert run(text).persons == []


def test_relative_named_by_copula_in_a_labelled_turn_is_the_victim() -> None:
    text = HOST_INTRO + ("TIMUR: My sister is Meruyert Sadykova. She is a doctor in Korla. "
                         "In May 2018 she was detained at the hospital where she worked.\n")
    found = events_by_name(run(text))
    assert ("Meruyert Sadykova", "detention") in found
    assert ("Timur", "detention") not in found


def test_copula_kin_makes_the_relation_to_the_labelled_speaker() -> None:
    text = HEARING + "OMAROVA: My husband is Bolat Omarov. He taught history in Altay.\n"
    ex = run(text)
    names = {p.key: p.name for p in ex.persons}
    pairs = {(names[r.subject], r.type, names[r.object]) for r in ex.relations}
    assert ("Bolat Omarov", "spouse", "Zhanna Omarova") in pairs


def test_copula_before_a_possessive_name_is_no_kinship() -> None:
    text = "My brother was Askar Nurlanov's classmate. Askar Nurlanov was detained in 2019."
    ex = run(text)
    assert ex.relations == []


def test_taken_from_our_home_is_a_detention_in_a_labelled_turn() -> None:
    text = HEARING + ("OMAROVA: My husband is Bolat Omarov. He taught history in Altay. "
                      "In April 2019 he was taken from our home by police.\n")
    assert ("Bolat Omarov", "detention") in events_by_name(run(text))


def test_each_labelled_speaker_owns_their_relatives() -> None:
    text = HEARING + ("OMAROVA: Thank you.\n\nKENZHEBAEV: My mother is Raushan Kenzhebaeva. "
                      "In 2018 she was sent to a re-education camp.\n")
    ex = run(text)
    names = {p.key: p.name for p in ex.persons}
    pairs = {(names[r.subject], names[r.object]) for r in ex.relations}
    assert ("Raushan Kenzhebaeva", "Daulet Kenzhebaev") in pairs
    assert ("Raushan Kenzhebaeva", "Zhanna Omarova") not in pairs


def test_threat_told_by_the_labelled_speaker_is_against_the_speaker() -> None:
    text = HOST_INTRO + ("TIMUR: Then in June 2021, at a concert in Vienna, a man came up to me "
                         "and said that if I kept talking to reporters my brother's conditions "
                         "in prison \"would get worse\".\n")
    found = events_by_name(run(text))
    assert ("Timur", "threat") in found


def test_duration_without_sentencing_words_on_a_label_line_is_no_sentence() -> None:
    text = HEARING + "OMAROVA: For more than two years — nothing.\n\nKENZHEBAEV: Yes.\n"
    found = events_by_name(run(text))
    assert ("Zhanna Omarova", "sentencing") not in found


def test_duration_after_than_is_no_sentence() -> None:
    text = "Askar Nurlanov has waited for more than three years for news."
    assert ("Askar Nurlanov", "sentencing") not in events_by_name(run(text))


def test_duration_of_camp_detention_is_no_sentence() -> None:
    text = HEARING + "KENZHEBAEV: I was held for more than two years in a camp.\n"
    found = events_by_name(run(text))
    assert ("Daulet Kenzhebaev", "sentencing") not in found


def test_waiting_for_someone_is_no_event() -> None:
    text = HEARING + "KENZHEBAEV: My father is Erzhan Kenzhebaev. They are waiting for him.\n"
    assert run(text).events == []


def test_bare_answer_with_administrative_arrest_is_the_guests_detention() -> None:
    text = INTERVIEW + ("Q: What happened to you after the rally?\n"
                        "A: Ten days of administrative arrest, in March 2021.\n")
    found = events_by_name(run(text))
    assert ("Saltanat Zhunusova", "detention") in found
    assert ("Saltanat Zhunusova", "disappearance") not in found


def test_bare_answer_about_a_relative_is_not_the_guests_detention() -> None:
    text = INTERVIEW + ("Q: What happened to your brother after the rally?\n"
                        "A: Fifteen days of administrative arrest.\n")
    assert ("Saltanat Zhunusova", "detention") not in events_by_name(run(text))


def test_bare_answer_with_a_waiting_time_is_no_event() -> None:
    text = INTERVIEW + "Q: How long have you waited for news?\nA: For almost three years.\n"
    assert run(text).events == []


def test_name_in_brackets_after_a_role_labels_the_speaker() -> None:
    text = ("Caller (Timur): My brother is Ruslan Akhmetov. In 2019 he was detained in Aksu."
            "\n\nHOST: Thank you for calling.\n")
    found = events_by_name(run(text))
    assert ("Ruslan Akhmetov", "detention") in found
    assert ("Timur", "detention") not in found


def test_title_and_surname_label_the_speaker() -> None:
    text = ("Mr Chair: Thank you. Ms Omarova, please continue.\n\n"
            "Ms Omarova: My son is Arman Omarov. In 2019 he was detained in Altay.\n")
    assert ("Arman Omarov", "detention") in events_by_name(run(text))


def test_turn_continues_across_an_unlabelled_paragraph() -> None:
    text = HEARING + ("KENZHEBAEV: Thank you.\n\nIn 2020 I was questioned for hours by police."
                      "\n\nOMAROVA: Thank you.\n")
    found = events_by_name(run(text))
    assert ("Daulet Kenzhebaev", "harassment") in found
    assert ("Zhanna Omarova", "harassment") not in found


def test_kin_in_a_continued_turn_belongs_to_the_turns_speaker() -> None:
    text = HEARING + ("OMAROVA: Thank you.\n\nMy husband is Bolat Omarov.\n\n"
                      "KENZHEBAEV: Thank you.\n")
    ex = run(text)
    names = {p.key: p.name for p in ex.persons}
    pairs = {(names[r.subject], r.type, names[r.object]) for r in ex.relations}
    assert ("Bolat Omarov", "spouse", "Zhanna Omarova") in pairs


def test_a_role_label_ends_the_previous_speakers_turn() -> None:
    text = HEARING + ("KENZHEBAEV: Thank you.\n\nCHAIR: Before we go on: in 2020 I was "
                      "questioned for hours by a journalist about this hearing.\n")
    assert ("Daulet Kenzhebaev", "harassment") not in events_by_name(run(text))


def test_relative_named_by_copula_is_the_antecedent_outside_transcripts() -> None:
    text = "My brother is Askar Nurlanov. In 2019 he was detained in Ghulja."
    assert ("Askar Nurlanov", "detention") in events_by_name(run(text))
