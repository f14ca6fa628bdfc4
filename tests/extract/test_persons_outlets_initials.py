"""A surname with two initials after it, as Russian-language papers write it, is a person; the
outlet that publishes a report is never one. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import person_names
from izde.extract.pipeline import extract
from izde.processing import DocumentText, extract_prepare


def test_surname_then_two_initials_is_a_person() -> None:
    text = ("The case is handled by senior investigator Major Kemelbaev R.S. The press service "
            "confirmed it.")
    assert person_names(extract(text)) == {"Kemelbaev R.S."}


def test_a_place_then_initials_is_no_person() -> None:
    assert person_names(extract("The talks in Washington D.C. ended on Monday.")) == set()


def test_the_publishing_outlet_told_something_is_no_person() -> None:
    text = ("Marat Zhaksybekov was questioned as a witness. He told Stepnoy Kurier that the "
            "investigator asked who finances the rally.")
    assert "Stepnoy Kurier" in person_names(extract(text))  # without the metadata, a name
    found = extract(text, publisher="Stepnoy Kurier (English translation)")
    assert person_names(found) == {"Marat Zhaksybekov"}


def test_processing_passes_the_documents_publisher_to_extraction() -> None:
    text = "He told Stepnoy Kurier that Marat Zhaksybekov was questioned."
    found = extract_prepare(DocumentText(text, None, "en", "Stepnoy Kurier"))
    assert person_names(found) == {"Marat Zhaksybekov"}


def _names(text: str) -> dict[str, list[str]]:
    return {p.name: p.names for p in extract(text).persons}


def test_the_spelling_written_in_a_verdict_is_the_same_persons() -> None:
    text = ("The third defendant, Talgat Zhienbai, written in the verdict as Talahati Jieenbayi, "
            "received five years.")
    assert _names(text) == {"Talgat Zhienbai": ["Talgat Zhienbai", "Talahati Jieenbayi"]}


def test_the_name_friends_know_a_person_by_is_the_same_persons() -> None:
    text = ("Aierken Sawuti, a taxi driver from Yining whom friends in Almaty know as Erkin "
            "Sawut, was sentenced to 10 years.")
    assert _names(text) == {"Aierken Sawuti": ["Aierken Sawuti", "Erkin Sawut"]}


def test_a_kazakh_title_word_after_a_given_name_is_a_surname() -> None:
    text = ("Azamat Sergazy was detained, according to his wife, Madina Orynbasar. Orunbasari "
            "Bekzat Mahsutkhan declined to comment.")
    assert person_names(extract(text)) == {"Azamat Sergazy", "Madina Orynbasar",
                                           "Bekzat Mahsutkhan"}


def test_a_day_with_last_year_after_it_is_in_the_year_before_publication() -> None:
    from izde.extract.dates import find_dates
    text = "He was detained on January 16 last year and again on 5 May this year."
    assert [d.edtf for d in find_dates(text, "2024-02-10")] == ["2023-01-16", "2024-05-05"]


def test_a_wire_datelines_city_and_state_are_no_inverted_name() -> None:
    ex = extract("FAIRFAX, Va. (AP) — For four years, Mihrigul Abdusemi has asked where her "
                 "brother was.", "2023-05-04")
    assert person_names(ex) == {"Mihrigul Abdusemi"}
