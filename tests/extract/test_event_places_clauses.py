"""A place told in another clause than the event's is used only when the event's own clause
names none."""

from __future__ import annotations

from extract.extract_helpers import place_name, run


def test_a_clause_of_time_after_a_comma_keeps_its_own_place() -> None:
    ex = run("Duishon Kulmatov crossed into Kyrgyzstan at Irkeshtam in August 2019, four months "
             "after he was released from a camp in Akto.")
    assert place_name(ex, "Duishon Kulmatov", "internment") == "Akto County"


def test_the_main_clause_keeps_its_place_before_a_clause_of_time() -> None:
    ex = run("Duishon Kulmatov was detained in Osh in May 2022, a week after he spoke to "
             "reporters about the camp in Akto.")
    assert place_name(ex, "Duishon Kulmatov", "detention") == "Osh"
