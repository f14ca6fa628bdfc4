"""Who a passive event befalls when the referring phrase is headed by something else: "a photo
of X was taken", "the wife of X was detained"; and a bare "taken" that ends its clause in a
testimony. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_bare_taken_at_the_end_of_a_clause_is_a_detention() -> None:
    text = ("My name is Zhanar Amanova. My brother was detained in 2018. On 09.02.2019 I was "
            "also taken.")
    assert ("Zhanar Amanova", "detention") in events_by_name(run(text))


def test_taken_ill_is_no_detention() -> None:
    assert run("Zhanar Amanova was taken ill in 2019.").events == []


def test_photo_of_a_person_being_taken_is_no_detention() -> None:
    text = "A photo of Zhanar Amanova was taken at the rally in 2019."
    assert ("Zhanar Amanova", "detention") not in events_by_name(run(text))


def test_video_of_a_person_released_by_state_media_is_no_release() -> None:
    text = "A video of Zhanar Amanova was released by state television in 2020."
    assert ("Zhanar Amanova", "release") not in events_by_name(run(text))


def test_the_wife_of_a_named_man_is_not_him_when_detained() -> None:
    text = "The wife of Yerbol Amanov was detained at the market in 2019."
    assert ("Yerbol Amanov", "detention") not in events_by_name(run(text))
