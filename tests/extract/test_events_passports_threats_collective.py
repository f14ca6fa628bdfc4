"""Passports collected from a whole street or village, or in a timeline's present; threats a
caller puts as a condition: the relative's return as the price of silence, a relative named by
a pronoun who "will have problems"."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_a_streets_passports_collected_are_hers() -> None:
    text = ("Zhuldyz Orynbasarkyzy already had no passport. In the spring of 2017, township "
            "officials had collected the passports of every Kazakh household on her street.")
    assert events_by_name(run(text)) == {("Zhuldyz Orynbasarkyzy", "passport_confiscation")}


def test_our_mahallas_passports_collected_are_the_speakers() -> None:
    text = "Gulnisa Rozi said: They collected all passports in our mahalla in 2017."
    assert events_by_name(run(text)) == {("Gulnisa Rozi", "passport_confiscation")}


def test_passports_collected_with_no_one_of_them_named_are_no_ones() -> None:
    assert not events_by_name(run("Zhuldyz Orynbasarkyzy said officials collected the passports "
                                  "of every teacher in the county."))


def test_a_timeline_present_collect_xs_passport() -> None:
    text = ('Qanat Serikuly is a herder. October: Village police in Koktokay collect Qanat\'s '
            'passport "for registration."')
    assert events_by_name(run(text)) == {("Qanat Serikuly", "passport_confiscation")}


def test_the_relatives_return_as_the_price_of_silence_is_a_threat() -> None:
    text = ("Aizhan Mukhtarkyzy\n\n20 June. Third call this month from a Chinese number. This "
            'time a man speaking Kazakh said: "If you want him to come home one day, stop '
            'giving interviews." I did not answer.')
    assert ("Aizhan Mukhtarkyzy", "threat") in events_by_name(run(text, "2020-07-01"))


def test_a_friends_advice_on_a_return_is_no_threat() -> None:
    text = ('Aizhan Mukhtarkyzy met her neighbour. "If you want him to come home, stop worrying '
            'and rest," the neighbour said.')
    assert not events_by_name(run(text, "2020-07-01"))


def test_if_you_keep_on_she_will_have_problems_is_a_threat() -> None:
    text = ("Shokhrat Nurakhunov said the police officer who called went on: \"If you keep "
            'making your videos, she will have problems."')
    assert ("Shokhrat Nurakhunov", "threat") in events_by_name(run(text, "2022-11-01"))


def test_they_kept_my_passport_in_a_quotation_is_the_speakers() -> None:
    text = ('Dauren Kuantaiuly is an activist. "They kept my passport. I walked out of the '
            'airport," Kuantaiuly told CNN.')
    assert events_by_name(run(text)) == {("Dauren Kuantaiuly", "passport_confiscation")}


def test_asked_to_hand_over_his_passport_in_the_passive_is_a_confiscation() -> None:
    text = ("Dauren Kuantaiuly was led into a side room, told he was barred from leaving "
            "Kazakhstan, and asked to hand over his passport.")
    assert ("Dauren Kuantaiuly", "passport_confiscation") in events_by_name(run(text))


def test_a_warning_that_he_would_end_up_in_a_ditch_is_a_threat() -> None:
    text = ("Dauren Kuantaiuly is an activist. In September, an unknown caller warned him that "
            'he would "end up in a ditch" if he kept "working for the Americans."')
    assert events_by_name(run(text, "2021-11-20")) == {("Dauren Kuantaiuly", "threat")}


def test_a_forecast_that_prices_will_end_up_higher_is_no_threat() -> None:
    text = "Dauren Kuantaiuly warned that prices would end up higher next year."
    assert not events_by_name(run(text, "2021-11-20"))
