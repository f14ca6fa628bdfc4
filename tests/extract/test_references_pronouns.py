"""Pronouns as objects and possessives, and unnamed relatives, in the subjects of events."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run
from izde.extract.references import REF_RE


def _kin(text: str) -> list[str]:
    return [m.group("kin") or m.group("okin") for m in REF_RE.finditer(text)
            if m.group("kin") or m.group("okin")]


def test_object_pronoun_takes_no_kin_noun_after_that() -> None:
    assert _kin("officers told him that his family would be punished") == ["family"]


def test_possessive_takes_its_kin_noun_across_adjectives() -> None:
    assert _kin("her eldest daughter was taken") == ["daughter"]


def test_threat_told_to_him_about_his_family_is_his() -> None:
    text = ("Daulet Kenzhebek is a blogger in Almaty. In June officers told him that his "
            "family would suffer if he kept writing.")
    assert ("Daulet Kenzhebek", "threat") in events_by_name(run(text))


def test_her_before_a_count_of_times_is_the_object() -> None:
    text = ("Zhuldyz Amanova lives in Ghulja with her son. Police summoned her four times "
            "in 2020.")
    assert ("Zhuldyz Amanova", "harassment") in events_by_name(run(text))


def test_her_before_a_noun_is_still_a_possessive() -> None:
    text = ("Zhuldyz Amanova lives in Ghulja with her son. Police summoned her neighbours "
            "in 2020.")
    assert ("Zhuldyz Amanova", "harassment") not in events_by_name(run(text))


def test_unnamed_sister_does_not_give_her_threats_to_the_named_man() -> None:
    text = ("Askar Temirkhan fled to Turkey in 2019. His sister, who stayed in Kashgar, has "
            "received threats from the police.")
    assert ("Askar Temirkhan", "threat") not in events_by_name(run(text))


def test_unnamed_mother_does_not_take_the_named_man_s_detention() -> None:
    text = ("Askar Temirkhan's mother said he was detained in Kashgar in 2018.")
    found = events_by_name(run(text))
    assert found == {("Askar Temirkhan", "detention")}


def test_named_sister_takes_her_own_threat() -> None:
    text = ("Askar Temirkhan fled to Turkey in 2019. His sister, Mehray Temirkhan, has received "
            "threats from the police.")
    found = events_by_name(run(text))
    assert ("Mehray Temirkhan", "threat") in found and ("Askar Temirkhan", "threat") not in found


def test_pronoun_after_an_unnamed_sister_as_subject_is_nobody() -> None:
    text = ("Zhuldyz Amanova lives in Almaty. Her sister, who stayed in Ghulja, stopped "
            "answering calls. She was detained in 2018.")
    assert events_by_name(run(text)) == set()


def test_pronoun_after_a_relative_the_text_named_is_that_relative() -> None:
    text = ("Zhuldyz Amanova lives in Almaty. Her husband, Serik Amanov, is a driver. In 2019 "
            "her husband went to Ghulja, where he was detained.")
    assert events_by_name(run(text)) == {("Serik Amanov", "detention")}


def test_relative_of_the_other_gender_does_not_take_the_pronoun() -> None:
    text = ("Zhuldyz Amanova lives in Almaty. Her son studies in Turkey. She was detained "
            "during a visit to Ghulja in 2018.")
    assert ("Zhuldyz Amanova", "detention") in events_by_name(run(text))


def test_relative_as_object_does_not_take_the_pronoun_from_the_subject() -> None:
    text = ("Zhuldyz Amanova lives in Almaty with her daughter. She was detained during a "
            "visit to Ghulja in 2018.")
    assert ("Zhuldyz Amanova", "detention") in events_by_name(run(text))


def test_interview_guest_is_not_he_in_an_answer() -> None:
    text = ("Interview with Nurzhan Tolegen\n\nQ: What happened to your cousin?\n"
            "A: In 2018 he was detained at the border.\n")
    assert ("Nurzhan Tolegen", "detention") not in events_by_name(run(text))


def test_long_chain_of_unnamed_relatives_gives_no_event() -> None:
    chain = " ".join("His brother, who lives abroad, has called. He was detained in 2018."
                     for _ in range(200))
    assert events_by_name(run("Serik Abilov lives in Almaty. " + chain)) == set()


# --- "them" in the narrative and names quoted on a poster --------------------------------------

PICKET = ("Altyngul Dosmukhankyzy, 55, and her son, Madiyar Sarsenbaiuly, 28, arrived at the "
          "consulate at 10 a.m. Their posters read “Free my husband Sarsenbai Kadyrbekuly” and "
          "“My father is not a separatist.” Within 20 minutes, officers put them into a police "
          "van and drove them to the district police department.")


def test_them_in_the_narrative_is_the_pair_not_a_name_on_their_poster() -> None:
    held = {n for n, t in events_by_name(run(PICKET)) if t == "detention"}
    assert held == {"Altyngul Dosmukhankyzy", "Madiyar Sarsenbaiuly"}


def test_them_inside_a_quotation_may_be_the_names_quoted_there() -> None:
    ex = run("Yerbol Temirov and Daulet Sagynov were arrested in May. “There are no grounds "
             "for what they are doing [to Yerbol and Daulet],” the lawyer said. “They locked them "
             "up and they have yet to be released.”")
    held = {n for n, t in events_by_name(ex) if t == "detention"}
    assert held == {"Yerbol Temirov", "Daulet Sagynov"}
