"""What a document reports ("It says he was sentenced", "According to the ruling, ...") took
place at the date of the ruling the paragraph introduced it with (``event_dates.document_date``,
``event_dates.continues_document``)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.dates import find_dates
from izde.extract.event_dates import continues_document, document_date
from izde.extract.model import ExtractedEvent, Extraction

PUB = "2022-06-01"


def _event(ex: Extraction, name: str, type_: str) -> ExtractedEvent:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev


def _place(ex: Extraction, ev: ExtractedEvent) -> str | None:
    return next((p.name for p in ex.places if p.key == ev.place), None)


DOC = ("Relatives of Abdulla Rozi received a copy of the verdict in May.\n\n"
       "The three-page paper, a summary of a 2020 ruling by the Aksu Intermediate People's "
       "Court, lists the charges against Rozi. It says he was sentenced to 17 years in prison.")


def test_a_sentencing_the_document_reports_takes_the_rulings_year() -> None:
    assert _event(run(DOC, PUB), "Abdulla Rozi", "sentencing").date == "2020"


def test_a_sentencing_the_document_reports_is_at_the_rulings_court() -> None:
    ex = run(DOC, PUB)
    assert _place(ex, _event(ex, "Abdulla Rozi", "sentencing")) == "Aksu"


def test_the_chain_of_it_says_goes_back_to_the_dated_ruling() -> None:
    ex = run("Abdulla Rozi's son found the judgment online.\n\nThe judgment, dated 3 March "
             "2019, names the Hotan court. It states that he led an illegal prayer group. "
             "It says he was sentenced to ten years.", PUB)
    assert _event(ex, "Abdulla Rozi", "sentencing").date == "2019-03-03"


def test_according_to_the_ruling_continues_the_document() -> None:
    ex = run("Abdulla Rozi's family has a copy of a December 2018 verdict. According to the "
             "verdict, he was sentenced to life in prison.", PUB)
    assert _event(ex, "Abdulla Rozi", "sentencing").date == "2018-12"


def test_a_report_not_told_as_the_documents_is_not_dated_by_it() -> None:
    ex = run("Abdulla Rozi's family has a copy of a December 2018 verdict. His wife says he "
             "was later moved to a prison in Urumqi.", PUB)
    assert _event(ex, "Abdulla Rozi", "transfer").date is None


def test_another_time_told_in_between_breaks_the_chain() -> None:
    ex = run("Abdulla Rozi's family has a copy of a 2018 verdict. In 2021 the family wrote to "
             "the court. It says he was sentenced to life.", PUB)
    assert _event(ex, "Abdulla Rozi", "sentencing").date != "2018"


def test_it_says_opens_a_document_report() -> None:
    assert continues_document("It says he was sentenced to life.", 0)


def test_the_ruling_states_opens_a_document_report() -> None:
    assert continues_document("The court ruling also states that he confessed.", 0)


def test_a_person_who_says_does_not_open_a_document_report() -> None:
    assert not continues_document("His brother says he was sentenced to life.", 0)


def test_a_year_before_ruling_is_the_rulings_date() -> None:
    text = "The file contains a 2017 ruling by a county court."
    found = document_date(text, find_dates(text, PUB))
    assert found is not None and found.edtf == "2017"


def test_a_date_on_obtaining_the_document_is_not_the_rulings() -> None:
    text = "Reporters obtained the document in March 2021."
    assert document_date(text, find_dates(text, PUB)) is None


def test_a_year_opening_a_clause_before_a_ruling_is_not_its_date() -> None:
    text = "In 2019 the verdict was upheld on appeal."
    assert document_date(text, find_dates(text, PUB)) is None


def test_a_ruling_issued_on_a_day_is_dated_by_it() -> None:
    text = "A ruling issued on 14 July 2019 by the county court lists six names."
    found = document_date(text, find_dates(text, PUB))
    assert found is not None and found.edtf == "2019-07-14"


def test_a_judgments_own_sentence_quoted_a_paragraph_on_takes_its_date() -> None:
    text = ("Halimulati Nizhamiding is a teacher.\n\nThe judgment of the Kashgar Prefecture "
            "Intermediate People's Court, dated December 20, 2018, names the defendant as "
            "Halimulati Nizhamiding, a 65-year-old Uyghur. It says he was arrested on September "
            "3, 2018.\n\n\"The defendant publicly recited a poem,\" the judgment reads. It "
            "sentences him to 15 years for \"inciting ethnic hatred.\"")
    dates = {e.type: e.date for e in run(text, "2022-03-31").events}
    assert dates == {"detention": "2018-09-03", "sentencing": "2018-12-20"}
