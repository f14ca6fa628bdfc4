"""The date an event gets from its mentions and the narrative around them (``assemble``)."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import Extraction


def _date(ex: Extraction, name: str, type_: str) -> str | None:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev.date


def test_the_nth_of_that_month_dates_the_event_told_with_it() -> None:
    ex = run("In November 2016 Marat Zhunusov flew to Urumqi. On the 21st of that month "
             "police confiscated his passport.")
    assert _date(ex, "Marat Zhunusov", "passport_confiscation") == "2016-11-21"


def test_a_day_in_the_next_sentence_refines_the_month_of_the_event() -> None:
    ex = run("Saule Berikova was released in April 2019. She came out of the gate on the 3rd, "
             "her son said.")
    assert _date(ex, "Saule Berikova", "release") == "2019-04-03"


def test_a_day_of_another_event_in_the_next_sentence_does_not_refine() -> None:
    ex = run("Saule Berikova was detained in April 2019. She was sentenced on the 3rd to "
             "five years.")
    assert _date(ex, "Saule Berikova", "detention") == "2019-04"


def test_a_day_in_the_next_sentence_about_someone_else_does_not_refine() -> None:
    ex = run("Saule Berikova was released in April 2019. Her lawyer, Aidar Kuanov, flew to "
             "Almaty on the 3rd.")
    assert _date(ex, "Saule Berikova", "release") == "2019-04"


def test_the_following_month_counts_from_the_last_date_told() -> None:
    ex = run("In October 2017 Marat Zhunusov visited his parents in Altay. The following month "
             "he was detained at their house.")
    assert _date(ex, "Marat Zhunusov", "detention") == "2017-11"


def test_the_act_of_deportation_is_dated_not_its_order() -> None:
    ex = run("Kanat Sapar was detained in Almaty on 3 May 2019. A district court ordered his "
             "deportation on 30 November. He was deported to China on Monday, December 2.",
             "2020-01-10")
    assert _date(ex, "Kanat Sapar", "deportation") == "2019-12-02"


def test_an_order_alone_dates_the_deportation() -> None:
    ex = run("Kanat Sapar was detained in Almaty on 3 May 2019. A district court ordered his "
             "deportation on 30 November.", "2020-01-10")
    assert _date(ex, "Kanat Sapar", "deportation") == "2019-11-30"


def test_a_date_about_relatives_in_a_relative_clause_does_not_date_a_travel_ban() -> None:
    ex = run("Rustem Akhmet has been barred from leaving China since he returned. The ban "
             "keeps him from his wife and daughters, who left for Turkey last autumn.")
    assert _date(ex, "Rustem Akhmet", "travel_ban") is None


def test_a_date_of_an_earlier_event_in_a_relative_clause_does_not_date_the_sentence() -> None:
    ex = run("A Kazakh herder who was taken away by police in the spring of 2017 was later "
             "handed a 12-year term, his daughter said.\n\n"
             "Nurbol Ermekov, 58, was detained at his home on May 4, 2017.")
    assert _date(ex, "Nurbol Ermekov", "sentencing") is None


def test_a_precise_date_told_later_refines_the_season_of_the_lede() -> None:
    ex = run("A Kazakh herder who was taken away by police in the spring of 2017 was later "
             "handed a 12-year term, his daughter said.\n\n"
             "Nurbol Ermekov, 58, was detained at his home on May 4, 2017.")
    assert _date(ex, "Nurbol Ermekov", "detention") == "2017-05-04"


def test_a_retrospective_mention_does_not_override_the_narrated_date() -> None:
    ex = run("Gaukhar Tleu was released in 2019. Since her release she has been summoned by "
             "police, most recently on 3 March 2020.")
    assert _date(ex, "Gaukhar Tleu", "release") == "2019"


def test_the_day_after_a_dated_crossing_is_the_next_day() -> None:
    ex = run("Yerbol Daukenov crossed the border on 3 March 2020. He was detained near the "
             "village the day after he crossed.")
    assert _date(ex, "Yerbol Daukenov", "detention") == "2020-03-04"


def test_the_day_after_an_undated_crossing_borrows_no_other_date() -> None:
    ex = run("Yerbol Daukenov arrived in Khorgos on 3 March 2020. He was detained the day "
             "after he crossed.")
    assert _date(ex, "Yerbol Daukenov", "detention") is None


def test_a_later_mention_takes_the_date_framing_its_own_sentence() -> None:
    ex = run("A court has ordered that Bauyrzhan Seitov be expelled, his lawyer said.\n\n"
             "On Tuesday the city court found Seitov guilty of illegal border crossing. The "
             "judge also ruled that he should be deported to China.", "2024-01-18")
    assert _date(ex, "Bauyrzhan Seitov", "deportation") == "2024-01-16"


def test_a_scene_set_with_a_month_dates_the_event_that_follows() -> None:
    ex = run("The pressure began in April. Dana Temirova was summoned to a police station and "
             "warned that her posts could be regarded as extremist.", "2022-06-01")
    assert _date(ex, "Dana Temirova", "threat") == "2022-04"


def test_a_scene_followed_by_later_does_not_date_the_event() -> None:
    ex = run("The pressure began in April. Dana Temirova was later summoned to a police "
             "station and warned that her posts could be regarded as extremist.", "2022-06-01")
    assert _date(ex, "Dana Temirova", "threat") is None


def test_a_generic_statement_does_not_set_the_time() -> None:
    ex = run("In April the authorities detained thousands of people. Dana Temirova was "
             "summoned to a police station and warned that her posts could be regarded as "
             "extremist.", "2022-06-01")
    assert _date(ex, "Dana Temirova", "threat") is None


def test_a_date_two_sentences_back_frames_the_continuing_scene() -> None:
    ex = run("In May 2019 officers came to Aizhan Muratova's house. They searched every room. "
             "They told her she could not leave the county.")
    assert _date(ex, "Aizhan Muratova", "travel_ban") == "2019-05"


def test_no_information_since_starts_at_the_event_just_told() -> None:
    ex = run("Erzhan Kapas was detained at the border in October 2017. No information since.")
    assert _date(ex, "Erzhan Kapas", "disappearance") == "2017-10"


def test_a_ruling_described_by_its_year_dates_the_sentencing() -> None:
    ex = run("A summary of a 2019 ruling by the Aksu Intermediate People's Court says Tursun "
             "Rehim was convicted of separatism.")
    assert _date(ex, "Tursun Rehim", "sentencing") == "2019"


def test_not_heard_from_since_starts_at_the_event_just_told() -> None:
    ex = run("Kairat Yessen was detained in Ghulja in March 2018. He has not been heard from "
             "since.")
    assert _date(ex, "Kairat Yessen", "disappearance") == "2018-03"


def test_since_then_nothing_starts_at_the_event_just_told() -> None:
    ex = run("My brother Kairat Yessen was detained in Ghulja in March 2018. Since then I have "
             "had no letter, no call, nothing.")
    assert _date(ex, "Kairat Yessen", "disappearance") == "2018-03"


def test_a_since_clause_about_a_relative_gives_the_start_of_the_holding() -> None:
    ex = run("Kairat Yessen has been held in a camp since his wife was taken away in May 2018.")
    assert _date(ex, "Kairat Yessen", "internment") == "2018-05"


def test_an_undated_since_clause_about_a_relative_dates_nothing() -> None:
    ex = run("Kairat Yessen has been held in a camp since his wife was taken away.")
    assert _date(ex, "Kairat Yessen", "internment") is None


def test_a_ruling_described_by_its_year_is_placed_in_the_courts_city() -> None:
    ex = run("A summary of a 2019 ruling by the Aksu Intermediate People's Court says Tursun "
             "Rehim was convicted of separatism.")
    keys = {p.key for p in ex.persons if p.name == "Tursun Rehim"}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == "sentencing"]
    assert next(p.name for p in ex.places if p.key == ev.place) == "Aksu"


def test_a_year_later_counts_from_the_re_read_same_time() -> None:
    ex = run("Patima Yusup was taken from her home in February 2018. She died in custody in "
             "August 2019. Her husband, Ablet Nur, was detained at around the same time. A year "
             "later he was jailed for extremism and given 11 years.")
    assert _date(ex, "Ablet Nur", "sentencing") == "2019"


def test_a_year_later_far_from_the_same_time_keeps_its_own_anchor() -> None:
    ex = run("Patima Yusup was taken from her home in February 2018. She died in custody in "
             "August 2019. Her husband, Ablet Nur, was detained at around the same time. "
             "Relatives were warned not to speak.\n\nA year later he was jailed for extremism "
             "and given 11 years.")
    assert _date(ex, "Ablet Nur", "sentencing") == "2020"
