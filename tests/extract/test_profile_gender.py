"""Gender from pronoun votes never overrules a given name's sex, so a flashback's "him" does not
turn the woman whose house it happened at into its subject. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run


def test_him_after_a_womans_possessive_goes_to_the_man_of_the_paragraph() -> None:
    text = ("Nurlan Zhakupov taught music in Kulja. Police came to Aigul Zhakupova's flat "
            "and took him away in 2018.")
    found = events_by_name(run(text))
    assert ("Nurlan Zhakupov", "detention") in found
    assert ("Aigul Zhakupova", "detention") not in found


def test_him_after_a_mans_possessive_is_that_man() -> None:
    text = "Police came to Nurlan Zhakupov's flat and took him away in 2018."
    assert ("Nurlan Zhakupov", "detention") in events_by_name(run(text))


def test_him_with_only_a_woman_in_sight_is_nobody() -> None:
    text = ("Gulnara Zhakupova remembers the night in 2018. Officers came to his sister's "
            "house and took him away.")
    assert ("Gulnara Zhakupova", "detention") not in events_by_name(run(text))


def _gender(text: str, name: str) -> list[object]:
    person = next(p for p in run(text).persons if p.name == name)
    return [a.value for a in person.attributes if a.property == "gender"]


def test_he_of_an_officer_named_by_a_noun_is_not_the_named_persons() -> None:
    text = ("Mahinur Tursun, 48, taught chemistry in Keriya. An officer who answered the phone "
            "confirmed that Tursun had died in Hotan, but said he was not authorized to say more.")
    assert _gender(text, "Mahinur Tursun") != ["male"]


def test_pronouns_reported_by_a_speaker_named_after_them_are_not_the_speakers() -> None:
    text = ("Yerzhan Mukhametqali is a vlogger in Almaty. His mother lives in Tekes. Since "
            "January, police officers have visited her house and told her to persuade her son "
            "to stop, Mukhametqali said. Mukhametqali says he will not stop.")
    assert _gender(text, "Yerzhan Mukhametqali") == ["male"]


def test_the_pinyin_of_a_womans_gul_name_is_no_patronymic() -> None:
    from izde.extract.names import name_form_gender
    assert name_form_gender("Ruziguli") is None
    assert name_form_gender("Serikuli") == "male"
