"""A disappearance dated only by a year or season is refined by the sentence after it that
tells contact stopping ("The next morning his phone was off"), to the month at most
(``narrative.contact_lost``)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction

PUB = "2021-09-01"


def _date(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev.date


def test_a_phone_switched_off_refines_a_seasonal_disappearance() -> None:
    ex = run("Her son, Almas Tuleu, has been missing since the autumn of 2019.\n\n"
             "\"He rang me on October 2 from Ghulja,\" she said. \"The next day his phone was "
             "off.\"", PUB)
    assert _date(ex, "Almas Tuleu", "disappearance") == "2019-10"


def test_losing_contact_in_a_month_refines_a_year() -> None:
    ex = run("Almas Tuleu has been missing since 2019. In May 2019 the family lost contact "
             "with him.", PUB)
    assert _date(ex, "Almas Tuleu", "disappearance") == "2019-05"


def test_a_contact_date_outside_the_told_time_changes_nothing() -> None:
    ex = run("Almas Tuleu has been missing since 2019. In May 2020 the family lost contact "
             "with his lawyer too.", PUB)
    assert _date(ex, "Almas Tuleu", "disappearance") == "2019"


def test_a_date_without_contact_stopping_refines_nothing() -> None:
    ex = run("Almas Tuleu has been missing since 2019. In May 2019 he visited his mother.", PUB)
    assert _date(ex, "Almas Tuleu", "disappearance") == "2019"


def test_contact_lost_with_someone_else_refines_nothing() -> None:
    ex = run("Almas Tuleu has been missing since 2019. In May 2019 his cousin Serik Oral "
             "lost contact with his own wife.", PUB)
    assert _date(ex, "Almas Tuleu", "disappearance") == "2019"


def test_a_disappearance_with_a_month_keeps_it() -> None:
    ex = run("Almas Tuleu has been missing since March 2019. In May 2019 the family lost "
             "contact with him.", PUB)
    assert _date(ex, "Almas Tuleu", "disappearance") == "2019-03"
