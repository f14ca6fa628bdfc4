"""A personal essay under its author's byline: the author is its "I"; the pressure told by
the one it was aimed at; a mother kept to her neighbourhood; a colleague taken "the same
spring"."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, roles_of, run

ESSAY = ("My Mother Is Free\n\nBy Nilufer Eziz\nSeptember 16, 2021\n\nThe last time I heard my "
         "mother’s voice was in March. I live in Bishkek. I study there. My mother, Pezilet "
         "Keram, taught first grade in Artux. My father, Eziz Toxti, edited textbooks.\n\n")
N = "Nilufer Eziz"
PUB = "2021-09-16"


def test_the_author_of_a_first_person_essay_is_its_i() -> None:
    ex = run(ESSAY + "I was detained in Bishkek in May 2019.", PUB)
    assert (N, "detention") in events_by_name(ex)
    assert "journalist" not in roles_of(ex, N)


def test_a_reporter_quoting_an_i_is_no_narrator() -> None:
    ex = run("Family Waits\n\nBy Aikokul Sheralieva\n\n“I was detained in May,” said Urmat "
             "Jenishbekov. “I want my wife back,” he said. “I will go on,” he added.", PUB)
    assert (("Aikokul Sheralieva", "detention")) not in events_by_name(ex)
    assert roles_of(ex, "Aikokul Sheralieva") == {"journalist"}


def test_my_parents_situation_would_not_improve_if_i_stayed_abroad_is_a_threat() -> None:
    ex = run(ESSAY + "In May 2019, an officer told me on WeChat that my parents’ situation "
             "“would not improve” if I stayed abroad.", PUB)
    assert (N, "threat") in events_by_name(ex)


def test_a_good_situation_depending_on_my_correct_attitude_is_a_threat() -> None:
    ex = run(ESSAY + "In June the same officer said that my mother’s “good situation” depended "
             "on my “correct attitude,” and that I should delete what I had written online.", PUB)
    assert (N, "threat") in events_by_name(ex)


def test_men_from_the_security_committee_at_my_dormitory_asking_names_harass() -> None:
    ex = run(ESSAY + "In the autumn of 2019, two men who said they were from Kyrgyzstan’s State "
             "Committee for National Security came to my dormitory and asked me for the names "
             "of other Uyghur students.", PUB)
    assert (N, "harassment") in events_by_name(ex)


def test_not_allowed_to_leave_our_neighbourhood_is_a_travel_ban() -> None:
    ex = run(ESSAY + "Since then, she has not been allowed to leave our neighborhood without a "
             "signed permit from the residents’ committee.", PUB)
    assert ("Pezilet Keram", "travel_ban") in events_by_name(ex)


def test_taken_the_same_spring_is_a_detention() -> None:
    ex = run(ESSAY + "My father was taken in April 2018. His colleague Tohtaji Ebey, whom I grew "
             "up calling uncle, was taken the same spring.", PUB)
    assert ("Tohtaji Ebey", "detention") in events_by_name(ex)


def test_taken_the_same_view_is_no_detention() -> None:
    ex = run("Tohtaji Ebey and his colleague have taken the same view of the reforms.", PUB)
    assert ("Tohtaji Ebey", "detention") not in events_by_name(ex)


def test_officers_at_his_stall_asking_him_not_to_make_noise_harass() -> None:
    ex = run("Ezimet Pazilov said that last week two KNB officers came to his stall at a market "
             "in Almaty and asked him “not to make noise.”", PUB)
    assert ("Ezimet Pazilov", "harassment") in events_by_name(ex)


def test_police_at_his_shop_asking_him_to_come_along_is_no_harassment() -> None:
    ex = run("Abdurehim Tursun sells dried fruit in Izmir. On 17 January police came to his shop "
             "and asked him to come “for a signature.” He was taken instead to the removal "
             "centre.", PUB)
    assert ("Abdurehim Tursun", "harassment") not in events_by_name(ex)
