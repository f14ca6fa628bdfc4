"""Veiled threats as reports relay them: a quoted harm after "would be", "think about the
children", a relative's fate made to depend on one's behaviour, "we know which school your
children go to", a loss set as the price of speaking, and an anonymous caller whose "did not
give his name" negates nothing."""

from __future__ import annotations

from extract.extract_helpers import run

PUB = "2023-05-10"


def _events(text: str) -> set[tuple[str, str]]:
    ex = run(text, PUB)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type) for e in ex.events}


def test_a_quoted_harm_after_would_be_is_a_threat() -> None:
    found = _events("After the burial, officers warned Kanat Kenzhebekuly that he would be "
                    "\"taken away\" if he spoke to anyone abroad about his brother's death.")
    assert ("Kanat Kenzhebekuly", "threat") in found


def test_told_to_think_about_the_children_is_a_threat() -> None:
    found = _events("Zohre Qadir is the wife of Ablikim Yasin. In May, she said, a man called her "
                    "and told her to \"think about the children\" if she kept talking to foreign "
                    "media.")
    assert ("Zohre Qadir", "threat") in found


def test_told_to_think_about_a_job_offer_is_no_threat() -> None:
    found = _events("Zohre Qadir said her manager told her to think about the offer.")
    assert ("Zohre Qadir", "threat") not in found


def test_an_anonymous_callers_did_not_give_his_name_negates_nothing() -> None:
    found = _events("Zohre Qadir is the wife of Ablikim Yasin. In May, she said, a man who did "
                    "not give his name called her and told her to \"think about the children\".")
    assert ("Zohre Qadir", "threat") in found


def test_a_plain_negation_still_negates() -> None:
    found = _events("Zohre Qadir is the wife of Ablikim Yasin. Police did not detain her.")
    assert ("Zohre Qadir", "detention") not in found


def test_a_relatives_situation_made_to_depend_on_ones_behaviour_is_a_threat() -> None:
    found = _events("Ablikim Yasin lives in Munich. \"He said he was from the police. He said my "
                    "brother's situation depends on my behaviour,\" Mr Yasin says.")
    assert ("Ablikim Yasin", "threat") in found


def test_we_know_which_school_your_children_go_to_from_the_police_is_a_threat() -> None:
    found = _events("Ablikim Yasin lives in Munich. \"He said he was from the police. Then he "
                    "said: 'We know which school your children go to.' Not in China. Here,\" "
                    "Mr Yasin says.")
    assert ("Ablikim Yasin", "threat") in found


def test_a_loss_set_as_the_price_of_speaking_is_a_threat() -> None:
    found = _events("Rakhmatjan Ismailov heads a Uyghur cultural association. He said GKNB "
                    "officers told him the association would be shut down \"if it is used for "
                    "politics\".")
    assert ("Rakhmatjan Ismailov", "threat") in found


def test_a_closure_told_without_a_condition_is_no_threat() -> None:
    found = _events("Rakhmatjan Ismailov said officials told him the association would be "
                    "closed for repairs in June.")
    assert ("Rakhmatjan Ismailov", "threat") not in found


def test_police_using_a_call_to_warn_her_is_a_threat() -> None:
    found = _events("Munire Qurban lives in Istanbul. Police in Xinjiang used a video call from "
                    "her mother's phone last month to warn her to stop protesting outside the "
                    "Chinese consulate.")
    assert ("Munire Qurban", "threat") in found


def test_police_come_to_warn_her_colleagues_about_a_fire_threaten_nobody() -> None:
    found = _events("Munire Qurban lives in Istanbul. Police came to her office to warn her "
                    "colleagues about the fire.")
    assert ("Munire Qurban", "threat") not in found


def test_messages_from_an_unknown_number_warning_him_are_a_threat() -> None:
    found = _events("Nurgisa Zhumataiuly crossed into Kazakhstan on foot in May 2023. In February "
                    "2024 he received voice messages from an unknown Chinese number warning him "
                    "that his protection in Kazakhstan \"will not last.\"")
    assert ("Nurgisa Zhumataiuly", "threat") in found


def test_her_fathers_situation_made_to_depend_on_your_behaviour_threatens_her() -> None:
    found = _events("Aigerim Kuanyshkyzy lives in Almaty. In voice messages, a man who said he was "
                    "a police officer in Barkol county warned that her father's \"situation in "
                    "prison depends on your behavior in Kazakhstan.\"")
    assert ("Aigerim Kuanyshkyzy", "threat") in found


# a relative's fate put in the hands of the one addressed

def test_whether_she_stays_fine_depends_on_you_from_a_man_in_uniform_is_a_threat() -> None:
    found = _events("The call came from his mother's account. When Rustem Abdikerim answered, a "
                    "man in a dark uniform was on the screen. \"He said: 'Whether she stays fine "
                    "depends on you,'\" Abdikerim recalled.")
    assert ("Rustem Abdikerim", "threat") in found


def test_whether_she_stays_fine_from_a_friend_is_no_threat() -> None:
    found = _events("His old classmate phoned Rustem Abdikerim in May. \"He said: 'Whether she "
                    "stays fine depends on you,'\" Abdikerim recalled.")
    assert ("Rustem Abdikerim", "threat") not in found


def test_deciding_whether_your_father_comes_back_is_a_threat() -> None:
    found = _events("Aigerim Sultanbekkyzy received two calls in May from an unknown number. A "
                    "man told her that her mother's campaign \"will decide whether your father "
                    "comes back in a coffin or on his feet,\" she said.")
    assert ("Aigerim Sultanbekkyzy", "threat") in found


def test_asking_whether_her_father_is_alive_is_no_threat() -> None:
    found = _events("Aigerim Sultanbekkyzy asked the police whether her father is alive.")
    assert ("Aigerim Sultanbekkyzy", "threat") not in found


# prosecution of the one who goes on, in the authorities' words

def test_they_said_if_i_continued_i_could_be_charged_is_a_threat_to_the_speaker() -> None:
    found = _events("\"They said that if I continued, I could be charged with inciting discord "
                    "myself,\" Talgat Orynbekov said.")
    assert ("Talgat Orynbekov", "threat") in found


def test_her_own_fear_that_she_could_be_charged_is_no_threat() -> None:
    found = _events("\"I said that if I continued, I could be charged myself,\" Talgat Orynbekov "
                    "said.")
    assert ("Talgat Orynbekov", "threat") not in found


# the authorities' warnings and callers who hide

def test_an_officer_who_warned_her_husband_not_to_make_trouble_threatened_him() -> None:
    found = _events("Zhomart Orynbasarov lives in Almaty. His wife, Kuralay, told Human Rights "
                    "Watch that a police officer who came to their house in January had warned "
                    "her husband \"not to make trouble with the foreigners.\"")
    assert ("Zhomart Orynbasarov", "threat") in found
    assert ("Kuralay", "threat") not in found


def test_summoned_twice_and_warned_not_to_speak_is_a_threat_too() -> None:
    found = _events("Mukhit Sharipkhanuly buried his father in March. Since the burial, police "
                    "have summoned Mukhit to the local station twice this month and warned him "
                    "not to speak to \"foreign media\", she said.")
    assert ("Mukhit Sharipkhanuly", "threat") in found


def test_a_friend_who_warned_her_husband_not_to_go_is_no_threat() -> None:
    found = _events("Zhomart Orynbasarov lives in Almaty. His wife, Kuralay, said a friend had "
                    "warned her husband not to travel to China.")
    assert ("Zhomart Orynbasarov", "threat") not in found


def test_keep_quiet_if_you_want_him_to_live_from_an_unrecognised_number_is_a_threat() -> None:
    found = _events("Ulbossyn Akzholkyzy lives in Almaty. In December, she said, a man called her "
                    "from a number she did not recognize. \"He said: 'Your son has many years "
                    "left. Keep quiet if you want him to live through them,'\" she recalled.")
    assert ("Ulbossyn Akzholkyzy", "threat") in found


def test_think_about_her_health_before_you_give_an_interview_from_strangers_is_a_threat() -> None:
    found = _events("Sholpan Nurtazakyzy said two unknown men stopped her on February 12 in "
                    "Esik. \"One of them said, 'You have a mother in Qitai. She is old. Think "
                    "about her health before you give your next interview,'\" Nurtazakyzy said.")
    assert ("Sholpan Nurtazakyzy", "threat") in found


def test_a_doctor_who_says_think_about_her_health_is_no_threat() -> None:
    found = _events("Sholpan Nurtazakyzy took her mother to the clinic in Esik. \"The doctor "
                    "said, 'Think about her health before you travel,'\" Nurtazakyzy said.")
    assert ("Sholpan Nurtazakyzy", "threat") not in found
