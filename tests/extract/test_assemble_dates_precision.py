"""Two events told with dates of different precision keep each its own: the detention its
day, the custody that followed the month told with it (``event_dates``, ``assemble``)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _date(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev.date


_TOLD_APART = ("On 5 March 2019 officers came to the home of Serik Kadyrov and took him away. "
               "He has been held in a camp since March 2019.")
_TOLD_TOGETHER = ("Serik Kadyrov was detained on 5 March 2019 and has been held in a camp since "
                  "March 2019.")


def test_the_detention_keeps_its_day_when_a_later_sentence_gives_the_month() -> None:
    assert _date(run(_TOLD_APART), "Serik Kadyrov", "detention") == "2019-03-05"


def test_the_custody_keeps_the_month_told_with_it() -> None:
    assert _date(run(_TOLD_APART), "Serik Kadyrov", "internment") == "2019-03"


def test_a_custody_in_a_clause_moved_on_by_and_has_takes_its_own_date() -> None:
    assert _date(run(_TOLD_TOGETHER), "Serik Kadyrov", "internment") == "2019-03"


def test_the_detention_before_and_has_keeps_its_day() -> None:
    assert _date(run(_TOLD_TOGETHER), "Serik Kadyrov", "detention") == "2019-03-05"


def test_verbs_joined_by_and_share_the_date_after_them() -> None:
    ex = run("Serik Kadyrov was detained and sentenced on 5 March 2019.")
    assert _date(ex, "Serik Kadyrov", "detention") == "2019-03-05"


def test_an_event_dated_by_month_of_last_year_gets_that_month() -> None:
    ex = run("Serik Kadyrov was detained in January of last year.", "2021-06-18")
    assert _date(ex, "Serik Kadyrov", "detention") == "2020-01"


def test_an_event_dated_in_figures_gets_that_month() -> None:
    ex = run("Serik Kadyrov was detained in 03.2018 at his home.")
    assert _date(ex, "Serik Kadyrov", "detention") == "2018-03"
