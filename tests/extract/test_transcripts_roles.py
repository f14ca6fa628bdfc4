"""Transcript turns labelled by a role ("DEFENDANT:", "WITNESS:") are the turns of the person
who introduces themself in the role's first turn; a line that opens with a clause of saying
("The director said: ...") labels no turn. Names are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

HEARING = ("Transcript of the court session of 17 January 2023.\n\n"
           "JUDGE: Defendant, stand up. State your full name.\n"
           "DEFENDANT: Dauletuly Yerbol. I was born in 1988 in Nilka County.\n"
           "JUDGE: Do you understand the charge?\n"
           "DEFENDANT: I understand. In March 2018 I was taken to a camp in Nilka. My passport "
           "was taken by the police in 2017.\n")


def test_a_role_that_names_itself_speaks_in_the_first_person() -> None:
    assert events_by_name(run(HEARING)) >= {("Dauletuly Yerbol", "internment"),
                                            ("Dauletuly Yerbol", "passport_confiscation")}


def test_a_role_that_never_names_itself_stays_nobody() -> None:
    text = HEARING.replace("DEFENDANT: Dauletuly Yerbol. I was born", "DEFENDANT: I was born")
    text = "Criminal case concerning Dauletuly Yerbol.\n\n" + text
    assert ("Dauletuly Yerbol", "internment") not in events_by_name(run(text))


def test_a_heading_with_a_name_is_no_speakers_turn() -> None:
    text = ("Case 1: Ehmetjan Qadir\n\nEhmetjan Qadir was detained in 2017. The court sentenced "
            "him in 2018 to 16 years in prison.\n\nCase 2: Patigul Rozi\n\nPatigul Rozi died "
            "in custody in 2020.\n")
    assert ("Ehmetjan Qadir", "sentencing") in events_by_name(run(text))


def test_a_clause_of_saying_before_a_colon_labels_no_turn() -> None:
    text = ("My name is Erbol Dauletuly. I am from Nilka.\n\n"
            'The director said: "You are here because you have a virus in your head."\n\n'
            'The guards told us: "He went home."\n\n'
            "I was beaten many times with a rubber stick.\n")
    assert ("Erbol Dauletuly", "assault") in events_by_name(run(text))
