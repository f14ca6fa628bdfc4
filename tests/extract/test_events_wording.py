"""More wordings of the events in FORMAT.md's vocabulary, each beside a near miss that states
no event. Names are invented."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, run

N = "Gulbahyt Zhanseitova"


@pytest.mark.parametrize(("text", "kind"), [
    (f"{N} was fined 150,000 tenge by the same court for the picket.", "sentencing"),
    (f"In 2022 officers at Almaty airport withdrew the passport of {N}. They withdrew her "
     "passport without explanation.", "passport_confiscation"),
    (f"{N} has been unable to leave Kazakhstan since September 2022.", "travel_ban"),
    ("My name is Gulbahyt Zhanseitova. They came for me on the morning of 9 January 2018.",
     "detention"),
    (f"{N} was made to sit for a night in the metal chair they called the tiger chair.",
     "torture"),
    (f"{N} was let out in June 2019, on a hot day.", "release"),
    (f"{N} spent eleven months in pretrial detention.", "detention"),
    (f"{N} spent 15 days in a temporary detention facility in Almaty.", "detention"),
    (f"{N} crossed at night. The border soldiers caught her in the morning.", "detention"),
    (f"{N} crossed at night. She was in the isolator for three months.", "detention"),
    (f'Police came for {N} at dawn. They took her to the "school" in Nilka.', "internment"),
    ("My name is Gulbahyt Zhanseitova. In January the court gave me a year and a half of "
     "restricted freedom.", "sentencing"),
    (f'{N} is "temporarily restricted from leaving the Republic of Kazakhstan".', "travel_ban"),
    (f'In April 2017 {N} was taken from the school to what officials called a "vocational '
     'training centre".', "internment"),
    (f"In January 2017 police ordered {N} to hand in her passport.", "passport_confiscation"),
    (f"{N}, a driver from Chöchek, which Chinese maps call Tacheng, was taken by police in May "
     "2018.", "detention"),
    (f"{N} was placed under a ban on leaving Kazakhstan in September 2022.", "travel_ban"),
    (f"Her sister, {N} (Гүлбахыт Жансейітова), a driver from Chöchek, which Chinese maps call "
     "Tacheng, was taken by police in May 2018.", "detention"),
    (f"{N} described being held for eleven months in an internment facility in 2018.",
     "internment"),
    (f"{N} described being subjected to beatings and stress positions.", "torture"),
    ("My name is Gulbahyt Zhanseitova. They moved me from the isolator in Almaty to this colony.",
     "transfer"),
])
def test_wording_states_the_event(text: str, kind: str) -> None:
    assert (N, kind) in events_by_name(run(text))


@pytest.mark.parametrize(("text", "kind"), [
    (f"{N} was not fined.", "sentencing"),
    (f"{N} said friends came for her at the airport in 2019.", "detention"),
    (f"{N} was made to sit in the front row at the hearing.", "torture"),
    (f"{N} was released in 2019. Her lawyer has no information that she has been detained "
     "again.", "detention"),
    (f"There is no evidence that {N} was detained in 2019.", "detention"),
    (f"{N} spent eleven months in pretrial detention.", "sentencing"),  # time held, no penalty
    (f"{N} spent the night at a police station.", "detention"),
    (f"{N} caught a cold in the winter of 2019.", "detention"),
    (f"{N} took her daughter to school in Nilka.", "internment"),
    ("My name is Gulbahyt Zhanseitova. A friend gave me a year and a half to repay the loan.",
     "sentencing"),
    (f"{N} was restricted from leaving the house by illness.", "travel_ban"),
    (f"{N} was in hospital. They took her daughter Aliya to school.", "detention"),
    (f"{N} was subjected to stress at work.", "torture"),
    ("My name is Gulbahyt Zhanseitova. They moved me to another school.", "transfer"),
])
def test_near_miss_states_no_event(text: str, kind: str) -> None:
    assert (N, kind) not in events_by_name(run(text))


def test_a_group_detained_in_a_lede_is_not_the_activist_named_later() -> None:
    text = ("ALMATY, March 3 - An activist who campaigns for ethnic Kazakhs detained in China's "
            "Xinjiang region was fined on Monday, his lawyer said."
            "\n\nDaulet Mukhametkaliuly, 38, was detained by police on Saturday.")
    ex = run(text, "2025-03-03")
    (ev,) = [e for e in ex.events if e.type == "detention"]
    place = next(p for p in ex.places if p.key == ev.place) if ev.place else None
    assert place is None or "Xinjiang" not in place.name


def test_the_memoir_of_a_person_makes_her_the_narrator() -> None:
    text = ("The following excerpt is from the memoir of Janar Bekbolat, a former teacher.\n\n"
            "They came for me on the morning of 9 January 2018. I was let out in June 2019.")
    found = events_by_name(run(text))
    assert {("Janar Bekbolat", "detention"), ("Janar Bekbolat", "release")} <= found


def test_detained_together_with_shares_the_others_place() -> None:
    text = ("Abdureshit Omerjan was detained by police in Bishkek on 12 January 2024.\n\n"
            "Another man, Yusupjan Ablet, who was detained together with Abdureshit Omerjan on "
            "12 January, was released on 18 January.")
    ex = run(text, "2024-07-09")
    key = next(p.key for p in ex.persons if p.name == "Yusupjan Ablet")
    (ev,) = [e for e in ex.events if e.person == key and e.type == "detention"]
    assert ev.place is not None and next(p.name for p in ex.places if p.key == ev.place) == \
        "Bishkek"


@pytest.mark.parametrize("sentence", [
    "On 9 November 2018 the migration police issued a decision on his administrative "
    "expulsion from Kazakhstan.",
    "He complained against the decision of the Prosecutor General's Office of 01.03.2024 on "
    "his extradition to China.",
    "On 01.03.2024 the Prosecutor General's Office decided to grant the request and to "
    "extradite him to China.",
])
def test_an_order_to_remove_him_is_a_deportation(sentence: str) -> None:
    text = f"Aibolat Qanatuly crossed the border in 2018. {sentence}"
    assert ("Aibolat Qanatuly", "deportation") in events_by_name(run(text))


def test_a_request_for_extradition_is_no_deportation() -> None:
    text = ("Aibolat Qanatuly lives in Bishkek. On 20.12.2023 the Ministry of Public Security "
            "requested the extradition of Qanatuly.")
    assert ("Aibolat Qanatuly", "deportation") not in events_by_name(run(text))


def test_a_penalty_a_judge_imposes_is_the_defendants() -> None:
    text = ("On 26 October 2018 the district court found Aibolat Qanatuly guilty. Judge Serik "
            "Abenov instead imposed one year of imprisonment, suspended.")
    found = events_by_name(run(text))
    assert ("Serik Abenov", "sentencing") not in found
    assert ("Aibolat Qanatuly", "sentencing") in found


def test_his_continues_the_subject_pronoun_not_the_relative_named_beside_it() -> None:
    text = ("My husband Bauyrzhan Tileukhan is a Kazakh from Chinggil.\n\n"
            "On 9 April 2018 he crossed the border to visit his father, Tileukhan Oraz, who was "
            "ill. On arrival, officers of the county police took his Chinese passport.")
    found = events_by_name(run(text, "2019-09-03"))
    assert ("Bauyrzhan Tileukhan", "passport_confiscation") in found
    assert ("Tileukhan Oraz", "passport_confiscation") not in found


def test_a_callers_word_about_his_mother_is_a_threat_to_the_one_quoted() -> None:
    text = ("Ekrem Yasin lives in Munich. The caller said he was from the public security bureau "
            "in Yining. When Yasin refused, the tone changed. \"He said: your mother's situation "
            "depends on you. Think about her.\"")
    assert ("Ekrem Yasin", "threat") in events_by_name(run(text))


def test_a_friends_word_about_his_mother_is_no_threat() -> None:
    text = ("Ekrem Yasin lives in Munich. When Yasin visited his cousin, they talked. \"He said: "
            "your mother's situation depends on you. Call her more often.\"")
    assert ("Ekrem Yasin", "threat") not in events_by_name(run(text))


@pytest.mark.parametrize("sentence", [
    "my sister Parida Nurmemet is locked in Tuzla removal centre in Istanbul since 3 weeks.",
    "Parida Nurmemet lives in Istanbul. Police came to her flat on 24 july early morning and "
    "took her, no lawyer, no explanation.",
])
def test_informal_wordings_of_a_detention(sentence: str) -> None:
    assert ("Parida Nurmemet", "detention") in events_by_name(run(sentence, "2025-08-14"))


def test_the_source_before_the_subject_is_not_joined_to_it() -> None:
    text = ("According to his wife, Aliya Dosymkhan, Erlan Saparuly was taken from his parents' "
            "house by officers on 22 November 2017 and held in a \"vocational skills education "
            "and training centre\" on the edge of the county town.")
    found = events_by_name(run(text))
    assert ("Aliya Dosymkhan", "detention") not in found
    assert {("Erlan Saparuly", "detention"), ("Erlan Saparuly", "internment")} <= found


def test_a_press_question_asserts_nothing_but_its_preamble_does() -> None:
    text = ("AFP: Askar Nurlanuly was handed over to China at Manas airport on Sunday. Can you "
            "confirm that he is now in Chinese custody?\n\nGao Lin: I am not aware of it.\n")
    found = events_by_name(run(text))
    assert ("Askar Nurlanuly", "deportation") in found
    assert ("Askar Nurlanuly", "detention") not in found


def test_an_officials_account_of_his_repatriation_is_a_deportation() -> None:
    text = ("Askar Nurlanuly lived in Bishkek.\n\nGao Lin: His repatriation was carried out in "
            "strict accordance with the law.")
    assert ("Askar Nurlanuly", "deportation") in events_by_name(run(text))


@pytest.mark.parametrize(("sentence", "held"), [
    ("Her husband Memet Tohti was taken in December 2018.", True),
    ("Memet Tohti was taken at night by men in uniform.", True),
    ("Memet Tohti was taken to hospital in 2018.", False),
    ("Memet Tohti was taken ill in 2018.", False),
])
def test_taken_with_only_a_time_after_it_is_a_detention(sentence: str, held: bool) -> None:
    assert (("Memet Tohti", "detention") in events_by_name(run(sentence))) is held


def test_a_removal_centre_and_an_order_against_him() -> None:
    text = ("Abdurehim Tursun sells dried fruit in Izmir. On 17 January police came to his shop. "
            "He was taken instead to the Harmandalı removal centre outside Izmir. On 26 January "
            "the migration directorate issued a deportation order against him.")
    found = events_by_name(run(text, "2023-02-20"))
    assert {("Abdurehim Tursun", "detention"), ("Abdurehim Tursun", "deportation")} <= found


@pytest.mark.parametrize("sentence", [
    "She was held first in a camp in Burqin and later moved to another facility.",
    "After this she was held in the so-called \"education centre\" in Artush for a year.",
])
def test_held_in_a_camp_with_an_adverb_or_a_euphemism(sentence: str) -> None:
    text = f"Zhanar Beisenqyzy was detained in 2018. {sentence}"
    assert ("Zhanar Beisenqyzy", "internment") in events_by_name(run(text))


@pytest.mark.parametrize(("sentence", "held"), [
    ("A relative said that he was in the county's \"vocational training centre\".", True),
    ("He is still in a camp, his wife says.", True),
    ("He was in a refugee camp in Turkey.", False),
    ("He was not in a camp.", False),
])
def test_being_in_a_camp_is_an_internment(sentence: str, held: bool) -> None:
    text = f"Nurlan Kadyrbekuly was detained in 2018. {sentence}"
    found = events_by_name(run(text))
    assert (("Nurlan Kadyrbekuly", "internment") in found) is held
