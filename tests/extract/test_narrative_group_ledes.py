"""A wire lede that tells a verdict about a counted group before naming anyone ("A court on
Tuesday convicted two men of ..."): each defendant named in the next paragraphs, whose own
sentence retells the verdict undated, takes the lede's day (``narrative.group_lede_mentions``).
"""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction

PUB = "2022-10-14"  # a Friday: "on Wednesday" is 2022-10-12


def _date(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev.date


TWO = ("SHYMKENT (AP) — A district court on Wednesday convicted two ethnic Kazakh herders of "
       "illegally crossing the border from China.\n\n"
       "Nurlan Sadykov, 52, was sentenced to one year in a colony-settlement, and his "
       "co-defendant Kairat Omarov was sentenced to ten months.")


def test_the_first_defendant_of_a_group_lede_takes_its_day() -> None:
    assert _date(run(TWO, PUB), "Nurlan Sadykov", "sentencing") == "2022-10-12"


def test_the_co_defendant_of_a_group_lede_takes_its_day() -> None:
    assert _date(run(TWO, PUB), "Kairat Omarov", "sentencing") == "2022-10-12"


def test_a_defendant_in_a_later_sentence_of_the_next_paragraph_takes_its_day() -> None:
    ex = run("A court in Taraz on Wednesday sentenced three activists for taking part in an "
             "unsanctioned rally.\n\nAliya Zhunusova was fined. Marat Beisenov, 29, was "
             "sentenced to fifteen days in detention.", PUB)
    assert _date(ex, "Marat Beisenov", "sentencing") == "2022-10-12"


def test_a_group_told_as_someones_relatives_is_not_a_lede() -> None:
    ex = run("Her two brothers were convicted on Wednesday of separatism.\n\n"
             "Nurlan Sadykov, 52, was sentenced to ten years.", PUB)
    assert _date(ex, "Nurlan Sadykov", "sentencing") is None


def test_a_statement_about_many_people_is_not_a_lede() -> None:
    ex = run("Courts in the region on Wednesday convicted dozens of people of extremism.\n\n"
             "Nurlan Sadykov, 52, was sentenced to ten years.", PUB)
    assert _date(ex, "Nurlan Sadykov", "sentencing") is None


def test_a_group_lede_after_someone_is_named_is_not_their_lede() -> None:
    ex = run("Kairat Omarov has campaigned for detainees for years.\n\n"
             "A court on Wednesday convicted two men of illegally crossing the border.\n\n"
             "Nurlan Sadykov, 52, was sentenced to ten months.", PUB)
    assert _date(ex, "Nurlan Sadykov", "sentencing") is None


def test_a_group_lede_of_another_kind_of_event_dates_nothing() -> None:
    ex = run("Police on Wednesday detained two men at the border.\n\n"
             "Nurlan Sadykov, 52, was sentenced to ten months.", PUB)
    assert _date(ex, "Nurlan Sadykov", "sentencing") is None


def test_a_group_lede_far_before_the_retelling_dates_nothing() -> None:
    ex = run("A court on Wednesday convicted two men of illegally crossing the border.\n\n"
             "The border has been closed since 2020.\n\nTrade has dwindled.\n\n"
             "Smuggling has grown.\n\nNurlan Sadykov, 52, was sentenced to ten months.", PUB)
    assert _date(ex, "Nurlan Sadykov", "sentencing") is None


def test_a_retelling_with_its_own_date_keeps_it() -> None:
    ex = run("A court on Wednesday convicted two men of illegally crossing the border.\n\n"
             "Nurlan Sadykov, 52, was first sentenced in March 2019 to a fine.", PUB)
    assert _date(ex, "Nurlan Sadykov", "sentencing") == "2019-03"
