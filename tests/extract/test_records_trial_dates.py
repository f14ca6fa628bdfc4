"""A case sheet's trial date dates the sentencing (the verdict is given at the trial)."""

from __future__ import annotations

from izde.extract.records import read_records

SHEET = """Name: Nurlan Amanzholuly
Born: 1969
Arrest date: 12.03.2018
Trial date: 5 November 2019
Court: Tekes County People's Court
Charge: "separatism"
Sentence: 17 years
"""


def _dates(text: str) -> dict[str, str | None]:
    return {fe.event.type: fe.event.date for fe in read_records(text, "2022-01-10").events}


def test_a_trial_date_dates_the_sentencing() -> None:
    assert _dates(SHEET)["sentencing"] == "2019-11-05"


def test_a_trial_date_does_not_date_the_detention() -> None:
    assert _dates(SHEET)["detention"] == "2018-03-12"


def test_a_hearing_date_dates_the_sentencing() -> None:
    text = SHEET.replace("Trial date:", "Date of hearing:")
    assert _dates(text)["sentencing"] == "2019-11-05"
