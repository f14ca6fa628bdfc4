"""Credit lines listing several journalists: every listed name is a journalist."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, roles_of, run
from izde.extract.bylines import byline_spans


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in byline_spans(text)]


def test_two_reporters_with_their_cities() -> None:
    text = "(Reporting by Anna Kowalska in Bishkek and Wei Tao in Shanghai; Editing by John Reed)"
    assert _names(text) == ["Anna Kowalska", "Wei Tao", "John Reed"]


def test_given_name_first_chinese_name_in_a_credit_is_a_journalist() -> None:
    text = "Story text.\n\n(Reporting by Anna Kowalska in Bishkek and Lei Song in Beijing)"
    assert roles_of(run(text), "Lei Song") == {"journalist"}


def test_comma_separated_list_of_editors() -> None:
    text = "Edited by Anna Kowalska, Lei Song and Peter Hall"
    assert _names(text) == ["Anna Kowalska", "Lei Song", "Peter Hall"]


def test_outlet_after_a_comma_is_no_journalist() -> None:
    assert _names("By Anna Kowalska, Radio Free Asia") == ["Anna Kowalska"]


def test_place_after_a_comma_is_no_journalist() -> None:
    assert _names("By Anna Kowalska, Central Asia Bureau") == ["Anna Kowalska"]


def test_credit_names_are_not_victims() -> None:
    text = ("Yerzhan Tolegen was detained in March.\n\n"
            "(Reporting by Anna Kowalska in Almaty and Wei Tao in Beijing)")
    ex = run(text)
    assert {"Anna Kowalska", "Wei Tao"} <= person_names(ex)
    assert roles_of(ex, "Wei Tao") == {"journalist"}


def test_the_outlet_after_a_byline_name_is_not_part_of_it() -> None:
    assert _names("By DANIYAR SULTANBEKOV Associated Press\n\nText.") == [
        "DANIYAR SULTANBEKOV"]


def test_a_byline_of_an_outlet_names_no_one() -> None:
    assert _names("By Radio Free Asia\n\nText.") == []


WIRE = ("By DANIYAR SULTANBEKOV Associated Press\n\n"
        "ZHARKENT, Kazakhstan (AP) — A court on Wednesday convicted an ethnic Kazakh man from "
        "China of illegally crossing the border but freed him in the courtroom.\n\n"
        "Nurbol Seitkhanuly, 29, was sentenced to six months in prison.")


def test_a_pronoun_never_means_the_writer_of_the_byline() -> None:
    ex = run(WIRE)
    assert roles_of(ex, "DANIYAR SULTANBEKOV") == {"journalist"}


def test_a_lede_description_after_a_byline_is_the_person_named_later() -> None:
    ex = run(WIRE)
    freed = [e for e in ex.events if e.type == "release"]
    names = {p.key: p.name for p in ex.persons}
    assert [names[e.person] for e in freed] == ["Nurbol Seitkhanuly"]


def test_a_name_alone_under_the_headline_before_a_dateline_is_the_author() -> None:
    text = ("Bishkek Trader Says Security Service Held Him\n\nJyrgalbek Chubakov\n\nBISHKEK -- "
            "A Kyrgyz citizen of Uyghur origin says officers held him for more than a day last "
            "week.\n\nYakub Akhmatzhanov, 33, sells clothes at the Dordoi bazaar.")
    ex = run(text)
    assert roles_of(ex, "Jyrgalbek Chubakov") == {"journalist"}
    assert ("Jyrgalbek Chubakov", "detention") not in events_by_name(ex)


def test_a_page_titled_with_a_persons_name_is_about_that_person() -> None:
    text = ("Nurlan Sapargaliuly\n\nNurlan Sapargaliuly is a Kazakh teacher. He was detained "
            "in 2018.")
    assert roles_of(run(text), "Nurlan Sapargaliuly") != {"journalist"}


def test_a_name_over_a_date_under_the_headline_is_the_author() -> None:
    text = ("Bookseller Dies in Kashgar Prison, Family Says\n\nHannah Mortimer\nWednesday 30 "
            "March 2022\n\nAbdurehim Tursun, a bookseller, died in prison, his son said.")
    assert roles_of(run(text, "2022-03-30"), "Hannah Mortimer") == {"journalist"}


def test_a_published_on_date_line_names_no_author() -> None:
    text = "By Hekimjan Baqi\nPublished On 16 Jan 2025\n\nIstanbul, Turkey - The note is short."
    assert [text[s:e] for s, e in byline_spans(text)] == ["Hekimjan Baqi"]
