"""When mentions of one event give contradictory dates, the first told stands; a later, more
specific mention refines it only when it agrees ("detained in 2018" ... "in March 2018").
Events told in one sentence keep their own years."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction

PUB = "2020-05-01"


def _date(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev.date


LEDE = "Kuanysh Aman, a herder, was detained in 2018, his daughter said.\n\n"


def test_a_later_mention_in_another_year_does_not_override_the_lede() -> None:
    ex = run(LEDE + "Police took him away in late 2017, she said.", PUB)
    assert _date(ex, "Kuanysh Aman", "detention") == "2018"


def test_a_month_read_in_publications_year_does_not_override_the_lede() -> None:
    ex = run(LEDE + "In March, police took him away from his home.", PUB)
    assert _date(ex, "Kuanysh Aman", "detention") == "2018"


def test_a_later_month_in_the_ledes_year_refines_it() -> None:
    ex = run(LEDE + "Police took him away in March 2018 from his home.", PUB)
    assert _date(ex, "Kuanysh Aman", "detention") == "2018-03"


def test_an_arrest_and_a_camp_in_one_sentence_keep_their_own_years() -> None:
    ex = run("Kuanysh Aman was detained in 2017, and in 2018 he was sent to a camp.", PUB)
    assert (_date(ex, "Kuanysh Aman", "detention"),
            _date(ex, "Kuanysh Aman", "internment")) == ("2017", "2018")


def test_held_since_a_year_does_not_date_a_later_verdict() -> None:
    ex = run("Kuanysh Aman had been detained since 2017 when he was sentenced in 2019 to ten "
             "years.", PUB)
    assert _date(ex, "Kuanysh Aman", "sentencing") == "2019"


def test_a_state_begun_earlier_in_the_lede_does_not_stand_against_the_act() -> None:
    ex = run("ALMATY — A court on Friday sentenced Saltanat Ermek, an activist who has protested "
             "almost daily since February, to 10 days of administrative arrest.\n\n"
             "Ermek was detained by police on Thursday morning.", "2021-04-10")
    assert _date(ex, "Saltanat Ermek", "detention") == "2021-04-08"
