"""Timelines: a year alone on its line heads entries that open with a month or a day; an
entry's present tense tells past events. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.dates import find_dates

TIMELINE = (
    "This timeline was compiled from interviews with Aizhan Mukhtarkyzy.\n\n"
    "2018\n"
    "- 14 February: Qanat Serikuly is called to the township office and taken from there to a "
    "camp in Fuyun county town.\n"
    "- September: Aizhan's father, Mukhtar Oralbay, 70, is sent to a camp.\n\n"
    "2019\n"
    "- March: Mukhtar Oralbay dies in the county hospital, three weeks after being taken "
    "there from the camp.\n")


def _event(name: str, kind: str) -> str | None:
    ex = run(TIMELINE, "2021-11-01")
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == kind]
    return ev.date


def test_an_entrys_month_is_in_the_year_heading_it() -> None:
    dated = [d.edtf for d in find_dates(TIMELINE, "2021-11-01") if d.edtf]
    assert dated == ["2018-02-14", "2018-09", "2019-03"]


def test_one_year_line_is_no_timeline() -> None:
    text = "Notes\n\n2018\n- May: nothing happened.\n"
    assert "2018-05" not in [d.edtf for d in find_dates(text, "2021-11-01")]


def test_taken_from_there_to_a_camp_is_an_internment_dated_by_its_entry() -> None:
    assert _event("Qanat Serikuly", "internment") == "2018-02-14"


def test_a_present_tense_death_in_a_timeline() -> None:
    assert _event("Mukhtar Oralbay", "death") == "2019-03"
