"""A verdict is given where its court sits: the place that names the court in the event's
sentence, not a region named elsewhere in it."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _place(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    names = {p.key: p.name for p in ex.places}
    return names.get(ev.place or "")


def test_the_court_in_a_ruling_places_the_sentencing() -> None:
    ex = run("A summary of a 2019 ruling by the Aksu Intermediate People's Court says Bolat "
             "Ermekuly was sentenced in Xinjiang to 13 years.")
    assert _place(ex, "Bolat Ermekuly", "sentencing") == "Aksu"


def test_a_court_of_a_city_places_the_sentencing() -> None:
    ex = run("Bolat Ermekuly, from Xinjiang, was sentenced to 13 years by the Intermediate "
             "People's Court of Aksu.")
    assert _place(ex, "Bolat Ermekuly", "sentencing") == "Aksu"


def test_two_courts_leave_the_nearest_place() -> None:
    ex = run("Bolat Ermekuly was sentenced in Kashgar to 13 years; the Aksu City Court and the "
             "Kuytun City Court had refused the case.")
    assert _place(ex, "Bolat Ermekuly", "sentencing") == "Kashgar"


def test_a_court_name_does_not_place_a_detention() -> None:
    ex = run("Bolat Ermekuly was detained in Kashgar, a ruling of the Aksu City Court says.")
    assert _place(ex, "Bolat Ermekuly", "detention") == "Kashgar"


def test_a_countrys_supreme_court_does_not_place_the_sentencing() -> None:
    ex = run("Bolat Ermekuly was sentenced in Almaty to 7 years, a ruling later upheld by the "
             "Supreme Court of Kazakhstan.")
    assert _place(ex, "Bolat Ermekuly", "sentencing") == "Almaty"
