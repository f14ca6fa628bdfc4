"""A letter quoted whole in a news story: several paragraphs inside one quotation, the first
opening the mark, the last closing it. Its "I" is the signer after the farewell ("Yours,
Dauren"), never the journalist of the byline; unsigned, it is nobody known."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

STORY = ("By Katrin Oberhauser\n\n"
         "Dauren Kuantay, 42, was sentenced in October 2022 to four years. His wife, Kamshat "
         "Baigabyl, gave us his letter.\n\n"
         "\"My dear Kamshat,\n\n"
         "I am alive.\n\n"
         "In February, two men attacked me in the washroom.\n\n"
         "{farewell}\"\n\n"
         "Kamshat Baigabyl has sent the letter to the prosecutor.")


def test_a_quoted_letters_i_is_its_signer() -> None:
    found = events_by_name(run(STORY.format(farewell="Yours, Dauren"), "2023-07-01"))
    assert ("Dauren Kuantay", "assault") in found
    assert ("Katrin Oberhauser", "assault") not in found


def test_an_unsigned_quoted_letters_i_is_nobody_known() -> None:
    found = events_by_name(run(STORY.format(farewell="Please write."), "2023-07-01"))
    assert not [k for k in found if k[1] == "assault"]


def test_a_one_paragraph_quotation_keeps_its_speaker() -> None:
    text = ('Dauren Kuantay spoke to us. "Two men attacked me in the washroom," Kuantay said.\n\n'
            "By Katrin Oberhauser")
    assert ("Dauren Kuantay", "assault") in events_by_name(run(text, "2023-07-01"))


def test_a_person_who_died_earlier_is_no_antecedent_of_a_later_she() -> None:
    text = ("Zhuldyz Orynbasarkyzy spent 15 months in a camp.\n\nIn December 2018, one of her "
            "cellmates, a woman she knew only as Buhejer, collapsed during the flag-raising and "
            "died on the concrete.\n\nShe was released in June 2019 and told that she could not "
            "leave her village.")
    found = events_by_name(run(text, "2023-07-01"))
    assert ("Buhejer", "death") in found
    assert not [k for k in found if k[0] == "Buhejer" and k[1] != "death"]


def test_a_sentence_about_the_death_may_speak_of_the_dead() -> None:
    text = ("Memetjan Tursun was detained in 2018. The family was told in 2019 that Memetjan "
            "Tursun had died of a heart attack.\n\nThe family suspects he was beaten before his "
            "death.")
    found = events_by_name(run(text, "2023-07-01"))
    assert {("Memetjan Tursun", "death"), ("Memetjan Tursun", "assault")} <= found
