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
