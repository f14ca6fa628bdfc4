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
