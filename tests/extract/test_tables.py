"""Tables of persons in a report's text: each row is a record of the person its name cell
names, read as a case sheet's fields are. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, run
from izde.extract.tables import read_tables

ROSTER = (
    "The roster lists five residents.\n\n"
    "| Name (pinyin rendering / Kazakh form) | Birth year | Village | Reason given | "
    "Status on 3 March 2018 |\n"
    "|---|---|---|---|---|\n"
    "| Ai'erlan Sapa'er / Erlan Saparuly | 1979 | Qarabulaq | \"used WhatsApp\" | in "
    "education-transformation training centre |\n"
    "| Nu'erlan Tuoheta'er / Nurlan Tokhtar | 1965 | Jayylma | \"prayed at home\" | sentenced, "
    "5 years |\n"
    "| Hayisha Mu'hetaer / Qaisha Mukhtar | 1958 | Aqtoghay | \"mother of a person abroad\" | "
    "released, under residential surveillance |\n")


def test_a_name_cell_with_two_forms_is_one_person() -> None:
    names = person_names(run(ROSTER, "2022-05-24"))
    assert len(names) == 3
    assert not {"Erlan Saparuly", "Ai'erlan Sapa'er"} <= names


def test_the_status_cell_states_the_rows_events() -> None:
    found = read_tables(ROSTER, "2022-05-24")
    events = {(p.mentions[-1].text, e.event.type) for p in found.persons for e in found.events
              if e.event.person == p.key}
    assert {("Erlan Saparuly", "internment"), ("Nurlan Tokhtar", "sentencing"),
            ("Qaisha Mukhtar", "house_arrest")} <= events


def test_a_sentence_in_a_cell_keeps_its_length() -> None:
    found = read_tables(ROSTER, "2022-05-24")
    (ev,) = [e.event for e in found.events if e.event.type == "sentencing"]
    assert ev.sentence_years == 5.0


def test_a_birth_year_is_not_an_event_date() -> None:
    ex = run(ROSTER, "2022-05-24")
    assert not any(e.date and e.date.startswith(("1958", "1965", "1979")) for e in ex.events)


def test_a_table_without_a_name_column_is_not_read() -> None:
    text = "| Year | Cases |\n|---|---|\n| 2018 | detained, 40 |\n"
    assert read_tables(text).persons == []


def test_the_rows_events_reach_the_extraction() -> None:
    found = events_by_name(run(ROSTER, "2022-05-24"))
    assert any(kind == "sentencing" for _, kind in found)
