"""An interview set out as turns labelled by the outlet and the guest ("Vlast: ...",
"N.T.: ..."): whom "your father" means, whose "he" a turn's label is not, initials labels."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

INTERVIEW = (
    "Nazugum Tahir came to Almaty from Aksu as a student in 2016. Since 2020 she has spoken "
    "publicly about her relatives. Her father, the trader Tahir Obulov, is serving a 17-year "
    "sentence in China.\n\n"
    "Vlast: Let's start with your father. What do you know about him now?\n\n"
    "Nazugum Tahir: Very little. He was detained in Aksu in February 2018 and sentenced in "
    "2019 to 17 years.\n\n"
    "Vlast: And your mother?\n\n"
    "N.T.: My mother, Patigul Sabirova, was in a camp in 2018. In July, a man pushed me to "
    "the ground near my house.\n")


def test_your_father_in_the_interviewers_turn_is_the_guests_father() -> None:
    assert ("Tahir Obulov", "detention") in events_by_name(run(INTERVIEW, "2023-09-21"))


def test_a_label_of_initials_is_the_person_named_in_full() -> None:
    events = events_by_name(run(INTERVIEW, "2023-09-21"))
    assert ("Nazugum Tahir", "assault") in events
    assert ("Patigul Sabirova", "internment") in events


def test_a_he_after_a_turns_label_casts_no_gender_vote_for_the_speaker() -> None:
    ex = run(INTERVIEW, "2023-09-21")
    (guest,) = [p for p in ex.persons if p.name == "Nazugum Tahir"]
    assert ("gender", "male") not in [(a.property, a.value) for a in guest.attributes]


def test_a_kin_word_before_a_described_name_relates_them() -> None:
    ex = run("Aigul Sadykova spoke to reporters. Her father, the retired teacher Serik Sadykov, "
             "was detained in 2018.")
    names = {p.key: p.name for p in ex.persons}
    assert [(names[r.subject], r.type, names[r.object]) for r in ex.relations] == [
        ("Serik Sadykov", "parent", "Aigul Sadykova")]


def test_interview_by_names_the_interviewer_not_the_guest() -> None:
    text = ("Saltanat Ermekqyzy, 39, taught Chinese in Emin county until March 2018. Interview "
            "by Laura Beketova.\n\nQ: What happened to your passport?\n\nA: My passport had "
            "already been taken by the bureau in 2017.\n")
    events = events_by_name(run(text, "2026-02-17"))
    assert ("Saltanat Ermekqyzy", "passport_confiscation") in events
    assert ("Laura Beketova", "passport_confiscation") not in events
