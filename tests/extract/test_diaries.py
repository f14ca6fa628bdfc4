"""A diary: a full date alone on its line heads its entry; the entry's relative dates count
from it, and "The author, X," is the "I" of the entries. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run
from izde.extract.dates import find_dates

DIARY = ("The author, Aiman Zhumabaikyzy, agreed to the publication of these entries.\n\n"
         "3 December 2018\nA man said that Nurlan Sapargaliuly was sentenced last month to "
         "fourteen years.\n\n30 August 2019\nThe appeal court cut the term last week. They "
         "took his younger brother Yerlan Sapargaliuly as well.\n")


def test_relative_dates_count_from_the_entry() -> None:
    found = {d.text: d.edtf for d in find_dates(DIARY, "2020-05-01")}
    assert found["last month"] == "2018-11"
    assert found["last week"] == "2019-08-19/2019-08-25"


def test_one_date_line_makes_no_diary() -> None:
    text = "3 December 2018\nHe was sentenced last month."
    assert {d.text: d.edtf for d in find_dates(text, "2020-05-01")}["last month"] == "2020-04"


def test_the_sentencing_takes_the_entrys_last_month() -> None:
    ex = run(DIARY, "2020-05-01")
    assert [e.date for e in ex.events if e.type == "sentencing"] == ["2018-11"]


def test_the_author_named_in_the_preface_is_the_narrator() -> None:
    ex = run("The author, Aiman Zhumabaikyzy, kept these notes.\n\n"
             "2 May 2019\nToday the police took my passport.\n\n3 May 2019\nNothing.\n")
    assert ("Aiman Zhumabaikyzy", "passport_confiscation") in events_by_name(ex)


def test_they_took_a_named_relative_is_a_detention() -> None:
    assert ("Yerlan Sapargaliuly", "detention") in events_by_name(run(DIARY, "2020-05-01"))


def test_a_letters_author_named_by_its_editors_is_the_narrator() -> None:
    text = ("The letter was carried out of a colony. Its author, the activist Serikbol "
            "Amanzholuly, asked that it be published.\n\nMy dear ones,\n\nOn the first night "
            "three guards beat me with their fists.\n")
    assert ("Serikbol Amanzholuly", "assault") in events_by_name(run(text))


def test_an_affidavits_writer_in_capitals_is_the_narrator() -> None:
    text = ("I, ZULPIYE ABLIMIT (also spelled Zulfiye Ablimit), of Leeds, housewife, MAKE OATH "
            "AND SAY as follows:\n\n1. I was granted refugee status by the Home Office on 2 March "
            "2018.\n")
    assert events_by_name(run(text)) == {("Zulpiye Ablimit", "asylum")}


LIVE = ("07:58 — Police stopped Gulnar Tokhtasynkyzy at the airport this morning.\n\n"
        "11:15 — A second activist, Rakhima Dosmukhamedova, has been detained by police "
        "outside Terminal 1.\n\n12:40 — Dosmukhamedova has been released.\n")


def test_a_live_blogs_updates_happen_on_its_day() -> None:
    ex = run(LIVE, "2022-09-21")
    assert {(e.type, e.date) for e in ex.events} >= {("detention", "2022-09-21"),
                                                      ("release", "2022-09-21")}


def test_one_clock_time_makes_no_live_blog() -> None:
    ex = run("11:15 — Rakhima Dosmukhamedova has been detained by police.\n", "2022-09-21")
    assert [e.date for e in ex.events] == [None]


def test_an_undated_event_of_an_entry_takes_the_entrys_month() -> None:
    text = ("The author, Aiman Zhumabaikyzy, kept these notes. Her brother-in-law is Yerlan "
            "Sapargaliuly.\n\n4 May 2017\nNothing new.\n\n20 July 2017\nYerlan is home! They "
            "let him go after two and a half months.\n")
    ex = run(text, "2020-05-01")
    assert [(e.type, e.date) for e in ex.events] == [("release", "2017-07")]
    assert "20 July 2017" in [v.quote for v in ex.events[0].evidence]


def test_outside_a_diary_an_undated_event_stays_undated() -> None:
    text = ("Yerlan Sapargaliuly lives in Tekes.\n\n20 July 2017\nYerlan is home! They let him "
            "go after two and a half months.\n")
    assert [e.date for e in run(text, "2020-05-01").events] == [None]
