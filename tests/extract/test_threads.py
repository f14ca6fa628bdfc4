"""Social-media threads: numbered posts whose "I" and "my" are the thread's author, named
beside their handle or after "Thread by". Names, handles and places are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, name_spans, run
from izde.extract.voices import find_voices

THREATENED = ("2/6 Last month an officer phoned my mother and said that if I keep posting, my "
              "cousin's sentence \"could get longer\".\n")



def test_name_before_handle_in_heading_is_the_threads_author() -> None:
    text = "Saule Tokenova (@saule_t)\n\n1/ I live in Shymkent.\n\n2/ My father is gone.\n"
    assert find_voices(text, name_spans(text, "Saule Tokenova")).writer == "Saule Tokenova"


def test_name_after_handle_in_heading_is_the_threads_author() -> None:
    text = "@saule_t (Saule Tokenova)\n\n1/5 I live in Shymkent.\n\n2/5 My father is gone.\n"
    assert find_voices(text, name_spans(text, "Saule Tokenova")).writer == "Saule Tokenova"


def test_thread_by_names_the_author_without_numbered_posts() -> None:
    text = "Thread by Saule Tokenova\n\nI live in Shymkent. My father is gone.\n"
    assert find_voices(text, name_spans(text, "Saule Tokenova")).writer == "Saule Tokenova"


def test_the_authors_heading_mention_is_self_naming() -> None:
    text = "Saule Tokenova (@saule_t)\n\n1/ I live in Shymkent.\n\n2/ My father is gone.\n"
    assert find_voices(text, name_spans(text, "Saule Tokenova")).self_named == {(0, 14)}


def test_handle_in_a_news_story_names_no_writer() -> None:
    text = ("The blogger Saule Tokenova (@saule_t) was fined on Monday. \"I will go on,\" "
            "she wrote.\n")
    assert find_voices(text, name_spans(text, "Saule Tokenova")).writer is None


def test_handle_of_someone_named_deep_in_a_thread_is_not_the_author() -> None:
    text = ("1/ I live in Shymkent and my father is gone.\n\n2/ " + "More news. " * 30
            + "Thanks to Dana Ermek (@dana_e) for help.\n")
    assert find_voices(text, name_spans(text, "Dana Ermek")).writer is None


def test_threat_through_a_relative_is_against_the_threads_author() -> None:
    text = "Saule Tokenova (@saule_t)\n\n1/6 I am from Shymkent.\n\n" + THREATENED
    found = events_by_name(run(text))
    assert ("Saule Tokenova", "threat") in found


def test_threat_through_a_relative_is_not_against_the_named_relative() -> None:
    text = ("Saule Tokenova (@saule_t)\n\n1/6 My cousin, Erbol Tokenov, was sentenced to 9 years "
            "in 2019.\n\n" + THREATENED)
    found = events_by_name(run(text))
    assert ("Erbol Tokenov", "threat") not in found


def test_passport_taken_from_me_is_the_threads_authors() -> None:
    text = ("@saule_t (Saule Tokenova)\n\n1/3 I am a Kazakh citizen.\n\n2/3 Yesterday my "
            "passport was confiscated at the airport.\n")
    assert ("Saule Tokenova", "passport_confiscation") in events_by_name(run(text))


def test_relative_in_a_thread_is_related_to_its_author() -> None:
    text = ("Saule Tokenova (@saule_t)\n\n1/3 My father, Nurlan Tokenov, was taken to a camp in "
            "2018.\n\n2/3 I have heard nothing since.\n")
    ex = run(text)
    names = {p.key: p.name for p in ex.persons}
    pairs = {(names[r.subject], r.type, names[r.object]) for r in ex.relations}
    assert ("Nurlan Tokenov", "parent", "Saule Tokenova") in pairs


def test_what_the_speaker_herself_could_do_is_no_threat() -> None:
    text = ("Saule Tokenova (@saule_t)\n\n1/2 I am from Shymkent.\n\n2/2 My friend said that if "
            "I keep posting, I could win an award.\n")
    assert ("Saule Tokenova", "threat") not in events_by_name(run(text))



def test_officers_ordering_the_author_to_stop_or_else_is_a_threat_to_the_author() -> None:
    text = ("Thread:\n\n1/ My name is Saule Tokenova.\n\n2/ Now officers have told my mother "
            "that I should stop, or my cousin will suffer.\n")
    assert ("Saule Tokenova", "threat") in events_by_name(run(text))


def test_a_friend_telling_the_author_to_stop_or_else_is_no_threat() -> None:
    text = ("Thread:\n\n1/ My name is Saule Tokenova.\n\n2/ My friend told my mother that I "
            "should stop, or I will get ill.\n")
    assert ("Saule Tokenova", "threat") not in events_by_name(run(text))


def test_parenthesised_post_numbers_and_a_handle_after_the_name_mark_the_author() -> None:
    text = ("Saule Tokenova @saule_t · 3 Mar 2021\n\n(1) Police questioned me for five hours "
            "about my posts.\n\n(2) They said nothing else.\n")
    assert ("Saule Tokenova", "harassment") in events_by_name(run(text))
