"""Transcripts whose lines open with a time code and whose speakers are labelled in capitals
("[00:00:42] DAULET MUKHAMETKALI: ..."): the label is the speaker, whose "I" the turn is."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, run

TRANSCRIPT = (
    "Speakers: TOM HALLETT (host), DAULET MUKHAMETKALI (guest, Almaty)\n\n"
    "[00:00:04] TOM HALLETT: Welcome to the show. I'm Tom Hallett. Today we talk to Daulet "
    "Mukhametkali, who runs a YouTube channel in Almaty.\n\n"
    "[00:00:36] TOM HALLETT: What happened at the airport?\n\n"
    "[00:00:42] DAULET MUKHAMETKALI: At passport control in Almaty airport an officer took my "
    "passport. Two men came from migration police, and they said: you cannot fly, you have a "
    "restriction on leaving the country.\n\n"
    "[00:02:05] DAULET MUKHAMETKALI: In October two police officers came to my flat. They "
    "said: stop the channel, or you will \"sit\", it means prison.\n")
D = "Daulet Mukhametkali"


def test_a_self_introduction_names_the_host() -> None:
    assert "Tom Hallett" in person_names(run(TRANSCRIPT, "2023-02-10"))


def test_the_capitalised_label_speaks_the_turns_i() -> None:
    assert (D, "passport_confiscation") in events_by_name(run(TRANSCRIPT, "2023-02-10"))


def test_a_ban_announced_to_the_speaker_is_his_travel_ban() -> None:
    assert (D, "travel_ban") in events_by_name(run(TRANSCRIPT, "2023-02-10"))


def test_an_ultimatum_from_police_is_a_threat() -> None:
    assert (D, "threat") in events_by_name(run(TRANSCRIPT, "2023-02-10"))


def test_an_ultimatum_from_a_friend_is_no_threat() -> None:
    text = ("[00:01:00] DAULET MUKHAMETKALI: My friend Aidos Serikov said: hurry up, or you "
            "will be late for the flight.\n[00:01:10] TOM HALLETT: I see.\n")
    assert (D, "threat") not in events_by_name(run("Daulet Mukhametkali spoke.\n\n" + text))
