"""Court papers outside the Chinese judgment form (a Kazakh verdict's operative summary):
"the defendant", "the convicted person" are the person the paper is about; a number word
carries its figure in brackets. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, run

VERDICT = (
    "TALDYKORGAN CITY COURT\n\n"
    "DEFENDANT: Tulegenova Aigerim Tulegenovna (Тулегенова Айгерим Тулегеновна; in Kazakh: "
    "Aigerim Tölegenqyzy, Әйгерім Төлегенқызы), born 1987, residing in Taldykorgan.\n\n"
    "1. The defendant was detained at the scene by officers of the city police department and "
    "on 10 February 2021 was placed under house arrest.\n\n"
    "2. To find Tulegenova A. T. guilty and to sentence her to two (2) years of imprisonment.\n\n"
    "3. For the period of probation the convicted person is prohibited from leaving the "
    "territory of Almaty region.\n")
N = "Tulegenova Aigerim Tulegenovna"


def test_a_language_gloss_inside_the_bracket_is_the_same_person() -> None:
    assert person_names(run(VERDICT, "2021-05-20")) == {N}


def test_the_defendant_is_the_person_the_paper_names() -> None:
    found = events_by_name(run(VERDICT, "2021-05-20"))
    assert {(N, "detention"), (N, "house_arrest"), (N, "travel_ban")} <= found


def test_a_figure_in_brackets_after_the_number_word_keeps_the_length() -> None:
    ex = run(VERDICT, "2021-05-20")
    (ev,) = [e for e in ex.events if e.type == "sentencing"]
    assert ev.sentence_years == 2.0
