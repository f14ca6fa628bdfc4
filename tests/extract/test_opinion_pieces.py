"""A first-person opinion piece: its byline or closing note names whose "I" it is, so "my
father" is the writer's father; a quotation that "he said" closes is someone else's "my";
a custody from a relative's house, a fine closing a custody clause, a conditional call."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

OPED = ("Meruyert Yesengeldi\nMedical student in Almaty\n\n"
        "The last time I heard my father's voice was in January 2018.\n\n"
        "My father, Yessengeldi Mukashuly, is a veterinarian. In February 2018, police took "
        "him from my uncle's house. In October 2019, a county court sentenced him to 13 "
        "years.")


def test_the_byline_alone_on_a_line_names_whose_father_my_father_is() -> None:
    ex = run(OPED, "2023-03-02")
    names = {p.key: p.name for p in ex.persons}
    assert [(names[r.subject], r.type, names[r.object]) for r in ex.relations] == [
        ("Yessengeldi Mukashuly", "parent", "Meruyert Yesengeldi")]
    assert {("Yessengeldi Mukashuly", "detention"), ("Yessengeldi Mukashuly", "sentencing")} \
        <= events_by_name(ex)


def test_a_closing_note_on_the_writer_names_whose_father_my_father_is() -> None:
    text = ("My father, Yessengeldi Mukashuly, is a veterinarian. In 2019 a court sentenced "
            "him to 13 years.\n\nMeruyert Yesengeldi is a medical student in Almaty.")
    ex = run(text, "2023-03-02")
    assert [r.type for r in ex.relations] == ["parent"]


def test_a_news_report_that_quotes_an_i_has_no_writer() -> None:
    text = ('By Anna Smith\n\n"My father, Yessengeldi Mukashuly, is innocent," said Meruyert '
            "Yesengeldi.")
    ex = run(text, "2023-03-02")
    names = {p.key: p.name for p in ex.persons}
    assert all(names[r.object] != "Anna Smith" for r in ex.relations)


def test_a_quotation_closed_by_he_said_is_not_the_writers_my() -> None:
    text = ("Meruyert Yesengeldi\n\nI last heard my father in 2018. \"They took my passport, "
            'but they say I will get it back," he said.')
    assert ("Meruyert Yesengeldi", "passport_confiscation") not in events_by_name(
        run(text, "2023-03-02"))


def test_taken_from_a_relatives_house_is_a_detention() -> None:
    for place in ("my uncle's house", "Aidar's flat"):
        text = f"Yessengeldi Mukashuly is a vet. In February 2018, police took him from {place}."
        ex = run(text, "2023-03-02")
        assert [(e.type, e.date) for e in ex.events] == [("detention", "2018-02")], place


def test_a_relative_count_set_after_a_date_restates_it() -> None:
    text = ("In February 2018, a month after he crossed the border, police detained Yessengeldi "
            "Mukashuly.")
    assert [e.date for e in run(text, "2023-03-02").events] == ["2018-02"]


def test_a_fine_closing_a_custody_clause_is_a_sentencing() -> None:
    text = ("Last October, Gulnaz Serikbaikyzy was detained outside a courthouse in Almaty for "
            "holding a poster, and fined.")
    assert ("Gulnaz Serikbaikyzy", "sentencing") in events_by_name(run(text, "2023-03-02"))
    assert not events_by_name(run("Gulnaz Serikbaikyzy said the regulator audited the bank, "
                                  "and fined it.", "2023-03-02"))


def test_an_officers_call_with_a_condition_is_a_threat() -> None:
    text = ("Gulnaz Serikbaikyzy is a teacher. In December 2018, a man who said he was a police "
            "officer called her and said that if she kept talking, her husband would stay "
            "there forever.")
    assert ("Gulnaz Serikbaikyzy", "threat") in events_by_name(run(text, "2023-03-02"))


def test_a_friends_call_with_a_condition_is_no_threat() -> None:
    text = ("Gulnaz Serikbaikyzy is a teacher. Her friend called her and said that if she kept "
            "quiet nothing would happen.")
    assert not events_by_name(run(text, "2023-03-02"))
