"""Wire-service ledes and the sentences after them: the lede's subject when its source is "his
sister in Kazakhstan", "vanished into an internment camp", taken from a brother's home, moved
"in March from a prison" (not "moved to tears")."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_a_lede_cited_to_his_sister_abroad_is_about_her_brother() -> None:
    text = ('A Uyghur trader from Ghulja who was taken into a political "re-education camp" in '
            "2017 has been sentenced to 11 years in prison, his sister in Kazakhstan told RFA.\n\n"
            "Mihriban Emet, who lives in Almaty, said her brother Perhat Emet, 41, was convicted "
            "in mid-2019.")
    found = events_by_name(run(text, "2020-06-01"))
    assert {("Perhat Emet", "internment"), ("Perhat Emet", "sentencing")} <= found
    assert not [k for k in found if k[0] == "Mihriban Emet"]


def test_vanished_into_an_internment_camp_is_internment() -> None:
    text = ("An ethnic Kazakh herder who vanished into an internment camp nearly two years ago "
            "has been sentenced, his wife said. Yerkebulan Shaikenuly is 47.")
    assert ("Yerkebulan Shaikenuly", "internment") in events_by_name(run(text, "2020-01-10"))


def test_vanished_into_thin_air_is_no_internment() -> None:
    text = "Yerkebulan Shaikenuly vanished into the crowd at the bazaar."
    assert ("Yerkebulan Shaikenuly", "internment") not in events_by_name(run(text))


def test_taken_from_his_brothers_home_is_a_detention() -> None:
    text = ("Yerkebulan Shaikenuly, 47, was taken from his brother's home in Tokkuztara county "
            "in March 2018.")
    ex = run(text, "2020-01-10")
    assert [(e.type, e.date) for e in ex.events] == [("detention", "2018-03")]


def test_moved_in_a_month_from_a_prison_is_a_transfer() -> None:
    ex = run("Perhat Emet is a trader. Perhat was moved in March from a prison in Ghulja to one "
             "in Aksu.", "2020-01-10")
    assert [(e.type, e.date) for e in ex.events] == [("transfer", "2019-03")]


def test_moved_to_tears_is_no_transfer() -> None:
    assert not events_by_name(run("Perhat Emet was moved to tears by the verdict."))
