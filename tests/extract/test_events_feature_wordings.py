"""A magazine feature's wordings: an electric baton, a ban told to one just released, a visit
that orders silence in quotation marks, a husband "taken a month after her", a cellmate known
only by one name."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, run


def test_struck_with_an_electric_baton_is_torture() -> None:
    text = ("Zhuldyz Orynbasarkyzy was strapped down after a guard accused her of praying, and "
            "was struck with an electric baton each time she fell asleep.")
    assert ("Zhuldyz Orynbasarkyzy", "torture") in events_by_name(run(text))
    assert ("Zhuldyz Orynbasarkyzy", "torture") in events_by_name(
        run("Guards shocked Zhuldyz Orynbasarkyzy with an electric prod."))


def test_an_electric_baton_carried_is_no_torture() -> None:
    assert not events_by_name(run("Zhuldyz Orynbasarkyzy saw guards with electric batons."))


def test_released_and_told_she_could_not_leave_her_village_is_a_travel_ban() -> None:
    text = ("Zhuldyz Orynbasarkyzy was released in June 2019 and told that she could not leave "
            "her village without permission.")
    assert ("Zhuldyz Orynbasarkyzy", "travel_ban") in events_by_name(run(text))
    assert ("Zhuldyz Orynbasarkyzy", "travel_ban") in events_by_name(
        run("Zhuldyz Orynbasarkyzy cannot leave her town."))


def test_released_and_told_she_could_leave_is_no_travel_ban() -> None:
    text = "Zhuldyz Orynbasarkyzy was released in June 2019 and told that she could go home."
    assert ("Zhuldyz Orynbasarkyzy", "travel_ban") not in events_by_name(run(text))


def test_told_by_officers_to_stop_a_quoted_activity_is_a_warning() -> None:
    # an order to stop speaking out is read as a threat (devsets 19 and 20; devset12's gold
    # had counted this one as harassment: the sets disagree, see docs/extraction.md)
    text = ("Zhuldyz Orynbasarkyzy gave interviews. In January 2020, two men from the National "
            "Security Committee came to the flat where she was staying and told her to stop "
            '"embarrassing a friendly country."')
    found = events_by_name(run(text, "2023-01-01"))
    assert ("Zhuldyz Orynbasarkyzy", "threat") in found


def test_told_to_stop_by_her_mother_is_no_threat() -> None:
    text = ("Zhuldyz Orynbasarkyzy gave interviews. In January 2020 her mother told her to stop "
            "smoking.")
    found = events_by_name(run(text, "2023-01-01"))
    assert ("Zhuldyz Orynbasarkyzy", "threat") not in found


def test_taken_a_month_after_her_is_a_detention() -> None:
    text = "Her husband, Zhandos Kalibek, a driver, was taken a month after her, in April 2018."
    ex = run(text, "2023-01-01")
    assert [(e.type, e.date) for e in ex.events] == [("detention", "2018-04")]


def test_a_woman_known_only_by_one_name_is_a_person() -> None:
    text = ("In December 2018, one of her cellmates, an older Uyghur woman she knew only as "
            "Buhejer, collapsed during the morning flag-raising and died on the concrete.")
    ex = run(text, "2023-01-01")
    assert person_names(ex) == {"Buhejer"}
    assert [(e.type, e.date) for e in ex.events] == [("death", "2018-12")]


def test_a_town_known_as_a_name_is_no_person() -> None:
    assert not person_names(run("The town, known simply as Zharkent, is small."))


def test_handed_over_to_another_states_border_guards_is_a_deportation() -> None:
    text = ("Talantbek Abdykalykov returned last month. Chinese authorities handed him over to "
            "Kyrgyz border guards at Torugart on Oct. 12 with a deportation order.")
    ex = run(text, "2023-11-09")
    assert [(e.type, e.date) for e in ex.events] == [("deportation", "2023-10-12")]


def test_handed_over_to_the_police_is_no_deportation() -> None:
    text = "Neighbours handed Talantbek Abdykalykov over to the police."
    assert ("Talantbek Abdykalykov", "deportation") not in events_by_name(run(text))


def test_a_metal_quoted_tiger_chair_and_beaten_soles_are_torture() -> None:
    text = ('Talantbek Abdykalykov says police strapped him into a metal "tiger chair" for hours.')
    assert events_by_name(run(text)) == {("Talantbek Abdykalykov", "torture")}
    text = ("Talantbek Abdykalykov was detained in 2017. Police beat the soles of his feet with "
            "a rubber truncheon.")
    assert ("Talantbek Abdykalykov", "torture") in events_by_name(run(text))


def test_a_later_he_is_the_one_an_earlier_him_meant() -> None:
    text = ("Yerkebulan Shaikenuly crossed into China in February.\n\nThree weeks later, in "
            "March, police came to the home of his younger brother, Nurbol, where Shaikenuly "
            "was staying, and drove him away. Relatives later told his wife that he had been "
            'placed in a "vocational training center".')
    found = events_by_name(run(text, "2021-11-10"))
    assert {("Yerkebulan Shaikenuly", "detention"), ("Yerkebulan Shaikenuly", "internment")} \
        <= found
    assert not [k for k in found if k[0] == "Nurbol"]


def test_driving_a_car_away_is_no_detention() -> None:
    assert not events_by_name(run("Yerkebulan Shaikenuly drove his car away."))


def test_held_in_a_clause_whose_where_is_a_camp_is_internment() -> None:
    text = ("Olzhas Kydyrbaiuly, now 24, was freed in December from a camp in Burqin county, "
            "where he had been held since October 2017.")
    ex = run(text, "2020-03-01")
    assert ("internment", "2017-10") in [(e.type, e.date) for e in ex.events]
    assert "detention" not in [e.type for e in ex.events]


def test_held_where_a_police_station_is_a_detention() -> None:
    text = "Olzhas Kydyrbaiuly was taken to the police station in Burqin, where he was held."
    assert [e.type for e in run(text).events] == ["detention"]


def test_a_passport_taken_from_him_in_an_aside_is_dated_by_the_aside() -> None:
    text = ("Olzhas Kydyrbaiuly is a student. His Chinese passport, taken from him by police "
            "when he arrived in Burqin in July 2017, has not been returned.")
    ex = run(text, "2020-03-01")
    assert [(e.type, e.date) for e in ex.events] == [("passport_confiscation", "2017-07")]
