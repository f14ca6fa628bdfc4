"""A month told without a year that the story already told with its year ("missing since he
travelled to China in November 2017 ... was taken away in November") is that month, however
many dates came in between; publication's year is the fallback."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.dates import find_dates
from izde.extract.model import Extraction

PUB = "2020-05-01"


def _last(text: str) -> str | None:
    return find_dates(text, PUB)[-1].edtf


def _date(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev.date


def test_a_month_told_before_with_its_year_keeps_it_across_other_dates() -> None:
    assert _last("He left for China in November 2017. In October 2017 he had visited his "
                 "mother. Since 2018 we know nothing. He was taken away in November.") == "2017-11"


def test_a_month_told_before_across_a_year_takes_its_year() -> None:
    assert _last("She was detained in March 2018. In 2019 she was moved. In March her "
                 "daughter was told.") == "2018-03"


def test_a_day_after_other_dates_keeps_publication() -> None:
    assert _last("She was detained in March 2018. In 2019 she was moved. On March 9 her "
                 "daughter was told.") == "2020-03-09"


def test_a_month_never_told_with_a_year_keeps_publication() -> None:
    assert _last("He left for China in November 2017. Since 2018 we know nothing. He was "
                 "taken away in August.") == "2019-08"


def test_last_month_name_keeps_its_own_year() -> None:
    assert _last("He left for China in November 2017. Since 2018 we know nothing. Last "
                 "November his name appeared on a list.") == "2019-11"


def test_a_month_told_with_a_year_far_back_does_not_reach() -> None:
    filler = "The region has seen many changes. " * 100
    assert _last("He left for China in November 2017. " + filler + "In November he was "
                 "seen in Urumqi.") == "2019-11"


STORY = ("Saule Ospan says her husband, Marat Ospan, has been missing since he travelled to "
         "China in November 2017.\n\n"
         "In October 2017 he went to Altai to visit his mother. On the 14th of that month police "
         "confiscated his passport. Since 2018 we know nothing about him, she said.\n\n"
         "Neighbours later told her that Marat was detained in November.")


def test_a_detention_told_by_its_month_alone_is_in_the_storys_year() -> None:
    assert _date(run(STORY, PUB), "Marat Ospan", "detention") == "2017-11"


def test_the_disappearance_is_when_contact_stopped_not_the_later_since() -> None:
    assert _date(run(STORY, PUB), "Marat Ospan", "disappearance") == "2017-11"


def test_a_month_set_beside_the_same_month_just_counted_keeps_its_year() -> None:
    assert _last("In June 2017 the messages stopped. Two months later, in August, they came "
                 "for my father.") == "2017-08"


def test_a_count_takes_the_date_of_its_own_sentence_over_an_earlier_day() -> None:
    assert _last("They came on 9 January 2018. In March 2019 she was taken to the infirmary, "
                 "and two days later she died.") == "2019-03"


def test_a_count_set_right_after_a_date_restates_it() -> None:
    assert _last("On 9 April 2018 he crossed the border. On 23 April 2018, two weeks later, "
                 "police took him away.") == "2018-04-23"
