"""Flashback features: a story told from a wife's or mother's view for a while, whose "he"
is the relative named long before; euphemisms for camps ("taken for 'study'"). Names and
places are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

OPENING = ("Dinara Ospanova remembers the autumn of 2017. Her husband, Kairat Bekov, went to "
           "visit his mother in the county and did not come back.\n\n")
WAITING = ("She waited. She phoned his friends and wrote to every office she knew of, and "
           "nobody ever answered her letters. " * 15 + "\n\n")
TAKEN = "In November, she learned later, he was taken to a 'training centre' in the county.\n"


def test_pronoun_after_a_long_passage_about_the_wife_is_her_husband() -> None:
    text = OPENING + WAITING + "Ospanova kept writing. " + TAKEN
    assert ("Kairat Bekov", "internment") in events_by_name(run(text))


def test_pronoun_after_a_long_passage_with_a_male_noun_is_nobody_known() -> None:
    text = OPENING + WAITING + "A police officer knocked on her door. " + TAKEN
    assert ("Kairat Bekov", "internment") not in events_by_name(run(text))


def test_pronoun_after_a_long_passage_with_another_male_relative_is_nobody_known() -> None:
    text = OPENING + WAITING + "Her brother visited her. " + TAKEN
    assert ("Kairat Bekov", "internment") not in events_by_name(run(text))


def test_far_pronoun_with_two_named_men_before_is_nobody_known() -> None:
    text = ("Dinara Ospanova remembers 2017. Her husband, Kairat Bekov, and his friend Arman "
            "Tulegenov went to the county.\n\n" + WAITING + "Ospanova kept writing. " + TAKEN)
    found = events_by_name(run(text))
    assert ("Kairat Bekov", "internment") not in found
    assert ("Arman Tulegenov", "internment") not in found


def test_children_asking_for_their_father_do_not_hide_the_husband() -> None:
    text = OPENING + ("She waited. The children asked where their father was, and she said he "
                      "was working. " + TAKEN)
    assert ("Kairat Bekov", "internment") in events_by_name(run(text))


def test_their_father_of_a_named_pair_is_their_unnamed_father() -> None:
    text = ("Kairat Bekov is a local official. Aliya and Dana Sarsenova are sisters. Their "
            "father was a teacher. In 2018 he was detained.")
    assert ("Kairat Bekov", "detention") not in events_by_name(run(text))


def test_taken_for_study_is_internment() -> None:
    text = "Her husband, Kairat Bekov, was a driver. In 2018 he was taken for 'study'."
    assert ("Kairat Bekov", "internment") in events_by_name(run(text))


def test_sent_to_political_education_facility_is_internment() -> None:
    text = ("Her husband, Kairat Bekov, was a driver. In 2018 he was sent to a 'political "
            "education' facility.")
    assert ("Kairat Bekov", "internment") in events_by_name(run(text))


def test_held_in_a_vocational_training_centre_is_internment() -> None:
    text = ("Her husband, Kairat Bekov, was a driver. In 2018 he was held in a 'vocational "
            "training centre' for a year.")
    assert ("Kairat Bekov", "internment") in events_by_name(run(text))


def test_going_to_study_abroad_is_no_internment() -> None:
    text = "Her husband, Kairat Bekov, was a driver. In 2018 he went to Turkey to study."
    assert run(text).events == []
