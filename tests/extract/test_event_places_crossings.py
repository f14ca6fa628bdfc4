"""Border posts and crossings are places, known to the gazetteer or not."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _place(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return {p.key: p.name for p in ex.places}.get(ev.place or "")


def test_an_unknown_border_post_places_a_detention() -> None:
    ex = run("Marat Kenzhebayev was detained at the Kalzhat border post in May 2019.")
    assert _place(ex, "Marat Kenzhebayev", "detention") == "Kalzhat"


def test_an_unknown_pass_places_a_detention() -> None:
    ex = run("Marat Kenzhebayev was detained at the Bedel Pass in May 2019.")
    assert _place(ex, "Marat Kenzhebayev", "detention") == "Bedel"


def test_a_nationality_before_border_post_is_no_place() -> None:
    ex = run("Marat Kenzhebayev was detained at the Kazakh border post in May 2019.")
    assert _place(ex, "Marat Kenzhebayev", "detention") is None


def test_a_crossing_on_the_way_to_a_city_is_where_the_detention_happened() -> None:
    ex = run("Marat Kenzhebayev was detained at the Kalzhat crossing on the way to Almaty.")
    assert _place(ex, "Marat Kenzhebayev", "detention") == "Kalzhat"


def _crossings(ex: Extraction) -> set[str]:
    return {p.name for p in ex.places if p.kind == "crossing"}


def test_a_people_crossing_the_border_is_no_crossing_place() -> None:
    ex = run("Marat Kenzhebayev was detained in May 2019 with other Uyghurs crossing the border.")
    assert _crossings(ex) == set()


def test_a_name_before_a_crossing_word_without_the_is_no_crossing_place() -> None:
    ex = run("Marat Kenzhebayev was detained in May 2019, Ermek said, crossing into China.")
    assert _crossings(ex) == set()


def test_a_police_checkpoint_is_no_crossing_place() -> None:
    ex = run("Marat Kenzhebayev was detained at the Police checkpoint in May 2019.")
    assert _crossings(ex) == set()


def test_a_named_border_post_is_a_crossing_place() -> None:
    ex = run("Marat Kenzhebayev was detained at the Kalzhat border post in May 2019.")
    assert _crossings(ex) == {"Kalzhat"}
