"""Events told at the time of a verdict ("released in the courtroom"), a lede whose person is
described by a compound trade noun, and a verdict told "after his arrest" (later, not then)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _date(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev.date


def test_freed_in_the_courtroom_is_at_the_verdict() -> None:
    ex = run("On 9 March 2020 Galym Nurbekov was sentenced to one year of restricted freedom "
             "and was freed in the courtroom.")
    assert _date(ex, "Galym Nurbekov", "release") == "2020-03-09"


def test_released_at_the_hearing_is_at_the_verdict() -> None:
    ex = run("Asem Tolegenova was sentenced to a year of restricted freedom on 2 June 2020. "
             "She was released at the hearing.")
    assert _date(ex, "Asem Tolegenova", "release") == "2020-06-02"


def test_a_release_in_court_is_not_at_another_persons_verdict() -> None:
    ex = run("Asem Tolegenova was sentenced to a year of restricted freedom on 2 June 2020.\n\n"
             "Her brother Arman Tolegenov was released in the courtroom.")
    assert _date(ex, "Arman Tolegenov", "release") is None


def test_a_lede_about_a_schoolteacher_dates_the_retold_verdict() -> None:
    ex = run("A court in Taraz on Thursday convicted a former schoolteacher of spreading false "
             "information.\n\nGalym Nurbekov, 51, was given a one-year suspended sentence, his "
             "lawyer said.", "2021-04-16")
    assert _date(ex, "Galym Nurbekov", "sentencing") == "2021-04-15"


def test_a_verdict_after_an_arrest_does_not_take_the_arrests_date() -> None:
    ex = run("Aidar Kassymov was sentenced to 11 years for separatism after his arrest in 2017.")
    assert _date(ex, "Aidar Kassymov", "sentencing") is None


def test_a_disappearance_after_an_arrest_takes_the_arrests_date() -> None:
    ex = run("Aidar Kassymov was detained on 4 May 2017. He disappeared after his arrest.")
    assert _date(ex, "Aidar Kassymov", "disappearance") == "2017-05-04"
