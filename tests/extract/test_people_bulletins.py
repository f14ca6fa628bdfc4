"""Case lists and bulletins: entries headed by a name in capitals, its gloss and birth year."""

from __future__ import annotations

from extract.extract_helpers import attr_of, person_names, run
from izde.extract.tokens import capitalised_runs, name_case, words

BULLETIN = """Cases we are following

2. DANA TOLEUKYZY (Дана Төлеуқызы), b. 1979, accountant, Ghulja.
Detained in March 2019. Whereabouts unknown.

3. ERBOL SAPARBEKULY, b. 1990, driver, Tacheng.
Held in a camp since 2018.
"""


def _runs(text: str) -> list[str]:
    return [" ".join(w.text for w in r) for r in capitalised_runs(text, words(text,
                                                                          capitalised=True))]


def test_name_in_capitals_heading_an_entry_is_a_run() -> None:
    assert "DANA TOLEUKYZY" in _runs("2. DANA TOLEUKYZY, b. 1979, accountant.")


def test_capitals_inside_a_sentence_are_not_a_run() -> None:
    assert not any(r.isupper() for r in _runs("Staff at the UN OHCHR office met him."))


def test_name_case_of_capitals() -> None:
    assert name_case("SAPARBEKULY") == "Saparbekuly" and name_case("Ghulja") == "Ghulja"


def test_capitals_name_is_a_person_in_usual_case() -> None:
    assert {"Dana Toleukyzy", "Erbol Saparbekuly"} <= person_names(run(BULLETIN))


def test_capitals_heading_of_ordinary_words_is_no_person() -> None:
    assert person_names(run("URGENT ACTION\nFURTHER INFORMATION ON THE CASE\n")) == set()


def test_gloss_in_brackets_is_another_spelling_of_the_entry_name() -> None:
    ex = run(BULLETIN)
    dana = next(p for p in ex.persons if p.name == "Dana Toleukyzy")
    assert "Дана Төлеуқызы" in dana.names


def test_mention_quote_keeps_the_capitals() -> None:
    ex = run(BULLETIN)
    dana = next(p for p in ex.persons if p.name == "Dana Toleukyzy")
    assert dana.mentions[0].text == "DANA TOLEUKYZY"


def test_b_dot_year_is_birth_year() -> None:
    assert attr_of(run(BULLETIN), "Erbol Saparbekuly", "birth_year") == [1990]


def test_born_in_apposition_is_birth_year() -> None:
    ex = run("Marat Zhunusbekov (born 1968), a herder, was detained in 2018.")
    assert attr_of(ex, "Marat Zhunusbekov", "birth_year") == [1968]


def test_year_later_in_the_sentence_is_no_birth_year() -> None:
    ex = run("Marat Zhunusbekov, a herder, was detained in 2018.")
    assert attr_of(ex, "Marat Zhunusbekov", "birth_year") == []


def test_capitals_name_after_a_label_is_a_person() -> None:
    assert "Gaukhar Tleubaeva" in person_names(run("Name: GAUKHAR TLEUBAEVA\nAge: 41\n"))
