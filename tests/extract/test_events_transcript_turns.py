"""Events told in the turns of a call-in programme or hearing: the authorities as subject of
an act whose object is the person ("held him at the border post for a week", "warned me to
stop calling journalists"). Names and places are invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

HOST = "HOST: Our next caller is Aizhan from Taldykorgan.\n\n"


def test_held_at_a_post_for_a_week_is_a_detention() -> None:
    text = HOST + ("AIZHAN: My cousin is Samat Ermekov. In 2018 the border guards held him at "
                   "the checkpoint for nine days.\n")
    assert ("Samat Ermekov", "detention") in events_by_name(run(text))


def test_kept_in_hospital_for_a_week_is_no_detention() -> None:
    text = HOST + ("AIZHAN: My cousin is Samat Ermekov. After the accident the doctors kept "
                   "him in the hospital for a week.\n")
    assert ("Samat Ermekov", "detention") not in events_by_name(run(text))


def test_officers_warning_the_caller_to_stop_is_a_threat() -> None:
    text = HOST + ("AIZHAN: Last spring three officers came to my school and warned me to stop "
                   "posting about my cousin.\n")
    assert ("Aizhan", "threat") in events_by_name(run(text))


def test_a_doctors_warning_to_stop_is_no_threat() -> None:
    text = HOST + "AIZHAN: Samat Ermekov smoked a lot. His doctor warned him to stop smoking.\n"
    assert ("Samat Ermekov", "threat") not in events_by_name(run(text))


def test_summoned_to_the_police_and_never_home_again_is_a_detention() -> None:
    text = HOST + ("AIZHAN: My cousin is Samat Ermekov. In 2019 he was summoned to the district "
                   "police station and never came back.\n")
    found = events_by_name(run(text))
    assert ("Samat Ermekov", "detention") in found
    assert ("Samat Ermekov", "harassment") not in found


def test_summoned_and_sent_home_stays_harassment() -> None:
    text = HOST + ("AIZHAN: My cousin is Samat Ermekov. In 2019 he was summoned to the district "
                   "police station and questioned about his trips abroad.\n")
    found = events_by_name(run(text))
    assert ("Samat Ermekov", "detention") not in found
