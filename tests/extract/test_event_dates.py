"""Choosing an event's date among the dates its mentions propose (``event_dates``)."""

from __future__ import annotations

from izde.extract.dates import DateMention, find_dates
from izde.extract.event_dates import (
    MentionDate,
    blocked,
    choose,
    in_other_clause,
    is_order,
    mention_date,
    refines,
)

PUB = "2021-06-30"


def _trigger(text: str, word: str) -> tuple[int, int]:
    at = text.index(word)
    return at, at + len(word)


def _proposed(text: str, word: str) -> MentionDate | None:
    return mention_date(text, find_dates(text, PUB), _trigger(text, word))


def _date(text: str, word: str) -> str | None:
    p = _proposed(text, word)
    return p.date.edtf if p else None


def _mention(edtf: str | None, precision: str, cost: int, at: int, *, narrating: bool = True,
             order: bool = False) -> MentionDate:
    d = DateMention(0, 4, "date", edtf, precision, False)
    return MentionDate(d, cost, at, narrating, order)


def test_a_date_in_a_relative_clause_after_the_trigger_is_not_the_events() -> None:
    text = "The ban keeps him from his wife and sons, who left for Turkey last autumn."
    assert _proposed(text, "ban") is None


def test_a_date_in_a_where_clause_is_not_the_events() -> None:
    text = "She was held in a camp in Hotan, where she died in August 2019."
    assert _date(text, "was held") is None


def test_a_date_in_a_relative_clause_before_the_main_verb_is_not_the_main_events() -> None:
    text = "A herder who was detained by police in May 2017 was later given a long sentence."
    assert _date(text, "was later given") is None


def test_the_relative_clauses_own_verb_keeps_its_date() -> None:
    text = "A herder who was detained by police in May 2017 was later given a long sentence."
    assert _date(text, "was detained") == "2017-05"


def test_a_date_before_the_verb_of_its_own_relative_clause_dates_it() -> None:
    text = "A herder who in May 2017 was detained by police remains missing."
    assert _date(text, "was detained") == "2017-05"


def test_a_date_in_the_attribution_clause_dates_the_telling_not_the_event() -> None:
    text = "Ermek Tursyn has been sentenced to ten years, his lawyer said on Monday."
    assert _proposed(text, "has been sentenced") is None


def test_a_date_before_the_attribution_clause_dates_the_event() -> None:
    text = "Ermek Tursyn was detained in Urumqi on Monday, his daughter told reporters."
    assert _date(text, "was detained") == "2021-06-28"


def test_a_relative_clause_in_a_headline_does_not_reach_the_next_line() -> None:
    text = ("Court jails man who protested\n\nA court in Almaty on Friday sentenced a man to "
            "ten days.")
    assert _date(text, "sentenced") is not None


def test_relative_clause_check_ignores_a_plain_date_after_the_trigger() -> None:
    text = "He was detained at the border in March 2018."
    (d,) = find_dates(text, PUB)
    assert not in_other_clause(text, d, _trigger(text, "was detained"))


def test_an_ordered_expulsion_is_an_order() -> None:
    text = "A district court ordered his expulsion two days later."
    assert is_order(text, _trigger(text, "expulsion"))


def test_a_deportation_order_is_an_order() -> None:
    text = "The deportation order was signed in May."
    assert is_order(text, _trigger(text, "deportation"))


def test_a_carried_out_deportation_is_no_order() -> None:
    text = "He was deported to China on 2 December."
    assert not is_order(text, _trigger(text, "was deported"))


def test_an_order_in_an_earlier_sentence_does_not_make_the_act_an_order() -> None:
    text = "The court ordered it. Then he was deported to China."
    assert not is_order(text, _trigger(text, "was deported"))


def test_the_act_beats_the_order() -> None:
    order = _mention("2019-11-30", "day", -50, 10, order=True)
    act = _mention("2019-12-02", "day", -40, 90)
    assert choose([order, act]) == act


def test_the_order_stands_when_the_act_is_undated() -> None:
    order = _mention("2019-11-30", "day", -50, 10, order=True)
    act = _mention(None, "unknown", 5, 90)
    assert choose([order, act]) == order


def test_a_narrating_mention_beats_a_cheaper_retrospective_one() -> None:
    told = _mention("2019", "year", 3, 10)
    later = _mention("2020-03-03", "day", -30, 200, narrating=False)
    assert choose([told, later]) == told


def test_a_more_precise_agreeing_date_refines_the_chosen_one() -> None:
    told = _mention("2018-12", "month", -27, 10)
    finer = _mention("2018-12-14", "day", 150, 200, narrating=False)
    chosen = choose([told, finer])
    assert chosen is not None and chosen.date.edtf == "2018-12-14"


def test_a_contradicting_precise_date_does_not_refine() -> None:
    told = _mention("2018-12", "month", -27, 10)
    other = _mention("2019-01-14", "day", 150, 200, narrating=False)
    chosen = choose([told, other])
    assert chosen is not None and chosen.date.edtf == "2018-12"


def test_nothing_to_choose_without_a_resolved_date() -> None:
    assert choose([_mention(None, "unknown", 5, 10)]) is None


def test_an_unresolved_narrating_date_blocks_borrowing() -> None:
    assert blocked([_mention(None, "unknown", 5, 10)])


def test_an_unresolved_far_date_does_not_block() -> None:
    assert not blocked([_mention(None, "unknown", 150, 10, narrating=False)])


def test_a_resolved_date_means_nothing_is_blocked() -> None:
    assert not blocked([_mention(None, "unknown", 5, 10), _mention("2019", "year", 3, 90)])


def test_a_day_refines_its_month_and_year() -> None:
    assert refines("2018-12-14", "2018-12") and refines("2018-12-14", "2018")


def test_a_month_of_the_season_refines_the_season() -> None:
    assert refines("2017-04-11", "2017-21") and refines("2017-12", "2018-24")


def test_a_month_outside_the_season_does_not_refine_it() -> None:
    assert not refines("2017-06", "2017-21")


def test_a_date_does_not_refine_itself_or_a_different_month() -> None:
    assert not refines("2018-12", "2018-12") and not refines("2018-11-03", "2018-12")


def test_an_interval_refines_nothing() -> None:
    assert not refines("2019/2020", "2019")
