"""Custody told through the place and the people beside the teller: a building given a camp's
name by its staff, "held there", the women in her room, a stress position from morning until
night; and what follows a release."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, run

W = "Begaiym Ormokoeva"


def _dates(text: str, pub: str = "2020-01-23") -> dict[tuple[str, str], str | None]:
    ex = run(text, pub)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type): e.date for e in ex.events}


def test_a_compound_staff_called_a_vocational_school_is_a_camp() -> None:
    ex = run(f"In March 2018, {W} and several other women were taken to a walled compound on "
             "the edge of Artux that staff called a “vocational school.”")
    assert (W, "internment") in events_by_name(ex)


def test_a_compound_called_a_market_is_no_camp() -> None:
    ex = run(f"In March 2018, {W} was taken to a walled compound on the edge of Artux that "
             "locals called the old market.")
    assert (W, "internment") not in events_by_name(ex)


def test_held_there_is_the_custody_of_the_place_just_told() -> None:
    ex = run(f"In March 2018, {W} was taken to a compound that staff called a “vocational "
             "school.” She was held there until May 2019, she said.")
    assert events_by_name(ex) == {(W, "internment"), (W, "release")}


def test_held_there_after_a_police_station_stays_a_detention() -> None:
    ex = run(f"In March 2018, {W} was taken to the police station in Artux. She was held there "
             "for two days.")
    assert (W, "detention") in events_by_name(ex)
    assert (W, "internment") not in events_by_name(ex)


def test_one_of_the_women_in_her_room_was_held_in_the_camp_too() -> None:
    ex = run(f"{W} was held in a camp in Artux. Among the dozen women in her room, she said, "
             "was a Uyghur primary school teacher from Artux named Pezilet.")
    assert ("Pezilet", "internment") in events_by_name(ex)


def test_the_women_in_her_neighbourhood_are_not_held() -> None:
    ex = run(f"{W} was held in a camp in Artux. Among the women in her neighbourhood was a "
             "teacher named Pezilet.")
    assert ("Pezilet", "internment") not in events_by_name(ex)


def test_made_to_sit_on_a_stool_from_morning_until_night_is_torture() -> None:
    ex = run(f"{W} was held in a camp. “Once I was made to sit on a plastic stool from morning "
             f"until night because I spoke Kyrgyz,” {W} said.")
    assert (W, "torture") in events_by_name(ex)


def test_made_to_sit_for_an_exam_is_no_torture() -> None:
    ex = run(f"{W} was made to sit an exam in Mandarin in May.")
    assert (W, "torture") not in events_by_name(ex)


def test_after_her_release_dates_an_undated_ban_at_the_release() -> None:
    dates = _dates(f"{W} was held in a camp in Artux until May 2019. After her release from the "
                   f"compound, {W} said, she was told by police that she could not leave the "
                   "city.")
    assert dates[(W, "travel_ban")] == "2019-05"


def test_officers_telling_her_not_to_give_interviews_is_a_threat() -> None:
    ex = run("Last week, two men who introduced themselves as officers of the State Committee "
             f"for National Security came to the house and told {W} “not to give interviews "
             "that harm relations with a neighboring country,” her husband said.", "2020-01-23")
    assert (W, "threat") in events_by_name(ex)


def test_a_headline_her_is_not_the_byline_below_it() -> None:
    ex = run("Kyrgyz Woman Back From Xinjiang Says Security Officers Told Her To Keep Quiet\n\n"
             f"By Aikokul Sheralieva\n\nKARA-SUU -- {W}, 41, crossed back into Kyrgyzstan on "
             "January 9.", "2020-01-23")
    assert ("Aikokul Sheralieva", "threat") not in events_by_name(ex)


def test_who_signs_her_name_as_gives_the_named_womans_other_spelling() -> None:
    ex = run(f"{W}, 41, came home in January. Ormokoeva, who signs her name in Kyrgyz as "
             "Begaiym Ormokoy kyzy, decided to speak anyway.")
    assert "Begaiym Ormokoy kyzy" not in person_names(ex)
    assert {"Begaiym Ormokoy kyzy"} <= {n for p in ex.persons for n in p.names}


def test_officers_at_a_cousins_house_who_drive_him_to_a_camp_detain_him_first() -> None:
    ex = run("Three days after he arrived, police officers came to his cousin's house in Akto, "
             "took his passport and drove Jyldyzbek Sadyrbaev to a camp on the edge of the town.")
    assert {("Jyldyzbek Sadyrbaev", "detention"), ("Jyldyzbek Sadyrbaev", "internment")} <= \
        events_by_name(ex)
