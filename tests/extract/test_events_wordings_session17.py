"""Wordings met in blind sets (devset27-30): a reporting clause set off inside the sentence it
reports, a state that began when the time told before it ended ("and has since been").
Names are invented."""

from __future__ import annotations

from extract.extract_helpers import dates_by_name, events_by_name, run

_HELD_SHE_SAID = (
    "Aknur Sovetkhankyzy spoke to reporters in Almaty.\n\n"
    "Her younger brother, Mukagali Sovetkhanuly, was held in the same camp from August 2018 "
    "until November 2019, she said, and has since been barred from leaving Kunes county.")


def test_the_teller_of_a_reporting_clause_is_not_the_subject_of_the_next_verb() -> None:
    got = events_by_name(run(_HELD_SHE_SAID))
    assert ("Mukagali Sovetkhanuly", "travel_ban") in got
    assert ("Aknur Sovetkhankyzy", "travel_ban") not in got


def test_a_subject_after_the_reporting_clause_is_its_own() -> None:
    text = ("Aknur Sovetkhankyzy spoke to reporters in Almaty.\n\n"
            "Her younger brother, Mukagali Sovetkhanuly, was held in a camp until 2019, she "
            "said, and she has since been barred from leaving Almaty.")
    got = events_by_name(run(text))
    assert ("Aknur Sovetkhankyzy", "travel_ban") in got
    assert ("Mukagali Sovetkhanuly", "travel_ban") not in got


def test_a_reporting_clause_opening_the_sentence_still_gives_the_subject() -> None:
    text = ("Aknur Sovetkhankyzy spoke to reporters in Almaty.\n\n"
            "She said, and her lawyer confirmed, that she has been barred from leaving Almaty.")
    assert ("Aknur Sovetkhankyzy", "travel_ban") in events_by_name(run(text))


def test_a_state_that_has_since_held_starts_when_the_range_before_it_ended() -> None:
    dates = dates_by_name(_HELD_SHE_SAID)
    assert dates[("Mukagali Sovetkhanuly", "internment")] == "2018-08/2019-11"
    assert dates[("Mukagali Sovetkhanuly", "travel_ban")] == "2019-11"


def test_a_state_told_without_since_keeps_the_whole_range() -> None:
    text = ("Mukagali Sovetkhanuly was barred from leaving Kunes county from August 2018 "
            "until November 2019.")
    assert dates_by_name(text)[("Mukagali Sovetkhanuly", "travel_ban")] == "2018-08/2019-11"


def test_a_kyrgyz_name_with_uulu_and_its_russian_form_are_one_person() -> None:
    text = ("Kanatbek Ormonov was detained in Akto in 2018.\n\n"
            "In Kyrgyz documents he is Kanatbek Ormon uulu. Ormon uulu is 36.")
    names = {p.name: p.names for p in run(text).persons}
    assert len(names) == 1
    assert {"Kanatbek Ormonov", "Kanatbek Ormon uulu"} <= set(next(iter(names.values())))


def test_a_daughters_kyzy_and_a_sons_uulu_stay_two_people() -> None:
    text = ("Kanatbek Ormon uulu was detained in Akto in 2018. His sister, Aizada Ormon kyzy, "
            "lives in Osh.")
    assert len(run(text).persons) == 2


def test_someone_unnamed_heading_the_relative_clause_is_the_one_released() -> None:
    text = ("Myrzagul Kydyrmysheva lives in Osh.\n\n"
            "Kydyrmysheva said that in the summer of 2019, a man who had been released from a "
            "camp in Artux came to Osh and told her about the camp.")
    assert events_by_name(run(text)) == set()


def test_an_indefinite_apposition_to_a_name_still_tells_of_the_name() -> None:
    text = "Myrzagul Kydyrmysheva, a woman who was detained in 2018, spoke to reporters."
    assert ("Myrzagul Kydyrmysheva", "detention") in events_by_name(run(text))


def test_a_plural_noun_before_a_singular_verb_is_not_its_subject() -> None:
    text = ("Ruslan Bekbolotov was detained in Akto in May 2018 while visiting relatives and is "
            "still being held in a camp.")
    assert ("Ruslan Bekbolotov", "internment") in events_by_name(run(text))


def test_a_plural_noun_before_a_plural_verb_is_its_subject() -> None:
    text = "Ruslan Bekbolotov said other relatives were held in a camp."
    assert events_by_name(run(text)) == set()


def test_a_kin_word_whose_apposition_is_someone_elses_relative_names_no_one() -> None:
    text = ("Myrzagul Kydyrmysheva lives in Osh. Kanatbek Ormonov is in prison.\n\n"
            "Kydyrmysheva said that her husband, Ormonov's father, died in Akto last year.")
    assert run(text).relations == []


def test_a_kin_word_right_before_a_possessive_name_names_that_relative() -> None:
    text = "Kanatbek Ormonov is in prison. His brother Askar's house was raided in May."
    ex = run(text)
    names = {p.key: p.name for p in ex.persons}
    assert {(names[r.subject], r.type, names[r.object]) for r in ex.relations} == {
        ("Askar", "sibling", "Kanatbek Ormonov")}


def _gender(ex: object, name: str) -> object:
    person = next(p for p in ex.persons if p.name == name)  # type: ignore[attr-defined]
    return next((a.value for a in person.attributes if a.property == "gender"), None)


_ACCORDING = ("Abduwahit Halmurat, 44, ran a pharmacy until April 2017, when police took him "
              "from the shop, his daughter, Mekhriban Abduwahit, told RFA.\n\n"
              "According to his daughter, Halmurat was first held for seven months in a camp, "
              "where he was accused of having ties abroad because she had enrolled at a "
              "university in Turkey. She said she believed the charge was baseless.")


def test_according_to_his_daughter_does_not_make_the_next_name_the_daughter() -> None:
    ex = run(_ACCORDING)
    names = {p.key: p.name for p in ex.persons}
    assert {(names[r.subject], r.type, names[r.object]) for r in ex.relations} == {
        ("Mekhriban Abduwahit", "child", "Abduwahit Halmurat")}
    assert _gender(ex, "Abduwahit Halmurat") == "male"


def test_according_to_her_son_with_his_name_in_apposition_names_the_son() -> None:
    text = ("Rukiye Hudaberdi, now 64, is serving a 13-year sentence, according to her son, "
            "Ilyar Qeyser, who lives as a refugee in the Netherlands.")
    ex = run(text)
    names = {p.key: p.name for p in ex.persons}
    assert ("Ilyar Qeyser", "child", "Rukiye Hudaberdi") in {
        (names[r.subject], r.type, names[r.object]) for r in ex.relations}


def test_a_brother_in_law_is_no_unnamed_brother_for_the_pronouns_after_him() -> None:
    text = ("Jelil Musa, 49, was detained in February 2017, his brother-in-law said. In 2018 he "
            "was sentenced to 15 years.")
    assert _gender(run(text), "Jelil Musa") == "male"


def test_a_form_of_address_one_is_called_is_no_name() -> None:
    text = ("Abduwahit Halmurat is 47. \"They called him 'Mister' as if they respected him,\" "
            "his daughter said.")
    names = next(p.names for p in run(text).persons if p.name == "Abduwahit Halmurat")
    assert all("Mister" not in n for n in names)


def test_a_nickname_one_is_called_is_a_name() -> None:
    text = "Abduwahit Halmurat is 47. At home we call him Abdu. Abdu was detained in 2017."
    names = next(p.names for p in run(text).persons if p.name == "Abduwahit Halmurat")
    assert "Abdu" in names


_WHERE_HIS_BROTHER = (
    "Nurtileu Kuantkanov, 56, arrived in Almaty on Saturday.\n\n"
    "Kuantkanov had driven trucks between Almaty and Tacheng for years. In May 2018, police in "
    "Emin county, where his brother lives, took his passport. In September 2018 he was taken "
    "from his brother's house and sent to a vocational training center.")


def test_a_relative_inside_a_relative_clause_is_no_antecedent() -> None:
    assert events_by_name(run(_WHERE_HIS_BROTHER)) == {
        ("Nurtileu Kuantkanov", "passport_confiscation"), ("Nurtileu Kuantkanov", "detention"),
        ("Nurtileu Kuantkanov", "internment")}


def test_a_relative_who_is_the_subject_is_still_the_antecedent() -> None:
    text = ("Nurtileu Kuantkanov lives in Almaty. His sister, who lives in Emin, was summoned "
            "in May. She was detained in 2018.")
    assert ("Nurtileu Kuantkanov", "detention") not in events_by_name(run(text))


def test_a_house_one_was_taken_from_is_not_the_subject_of_the_next_verb() -> None:
    text = "Nurtileu Kuantkanov was taken from his house and sent to a vocational training center."
    assert ("Nurtileu Kuantkanov", "internment") in events_by_name(run(text))


def test_a_house_that_was_seized_holds_no_person() -> None:
    text = "Nurtileu Kuantkanov said his house was seized and held by the county."
    assert events_by_name(run(text)) == set()


def test_a_freed_prisoner_handed_to_his_own_countrys_officials_is_deported() -> None:
    text = ("Nurtileu Kuantkanov, who served four years of a 13-year sentence, was handed over to "
            "Kazakh authorities at the Bakhty border crossing last Thursday, in a rare release.")
    got = events_by_name(run(text, "2022-11-10"))
    assert ("Nurtileu Kuantkanov", "deportation") in got
    assert ("Nurtileu Kuantkanov", "transfer") not in got


def test_a_prisoner_handed_to_his_own_countrys_officials_to_serve_the_rest_is_transferred() -> None:
    text = ("Saken Zhylkybai, who was sentenced in China to eight years, has been handed over to "
            "Kazakh authorities to serve the rest of his term at home.")
    got = events_by_name(run(text))
    assert ("Saken Zhylkybai", "transfer") in got
    assert ("Saken Zhylkybai", "deportation") not in got


def test_questioned_by_a_named_police_force_is_harassment() -> None:
    text = ("Gaukhartas Omirkhanova, who was questioned by Almaty police last year after her son "
            "filmed an appeal, said she had not expected it.")
    assert ("Gaukhartas Omirkhanova", "harassment") in events_by_name(run(text))


def test_questioned_by_reporters_is_no_harassment() -> None:
    text = "Gaukhartas Omirkhanova was questioned by reporters in May."
    assert events_by_name(run(text)) == set()


def test_a_relative_one_went_to_see_is_no_antecedent() -> None:
    text = ("Nurtileu Kuantkanuly moved to Kazakhstan in 2011.\n\n"
            "In May 2018, on a trip to see his brother, police in Emin took his Kazakh passport.")
    assert ("Nurtileu Kuantkanuly", "passport_confiscation") in events_by_name(run(text))


def test_illegally_providing_intelligence_abroad_is_the_state_secrets_charge() -> None:
    ex = run('Nurtileu Kuantkanuly was sentenced to 13 years for "illegally providing '
             'intelligence abroad."')
    assert [e.charge for e in ex.events if e.type == "sentencing"] == ["state_secrets"]


def test_police_gathering_intelligence_is_no_charge() -> None:
    ex = run("Nurtileu Kuantkanuly was sentenced to 13 years. Police gathered intelligence on "
             "him for months.")
    assert [e.charge for e in ex.events if e.type == "sentencing"] == [None]


def test_pushed_against_a_fence_is_assault() -> None:
    text = ("A reporter who was filming him, Nursaule Kapparkyzy, said a man in plain clothes "
            "grabbed her by the arm, pushed her against a fence and knocked her camera down.")
    assert ("Nursaule Kapparkyzy", "assault") in events_by_name(run(text))


def test_shoved_against_a_fence_by_a_man_is_assault() -> None:
    text = ("In March 2021 Nursaule Kapparkyzy was shoved against a fence by a man in plain "
            "clothes and her camera was broken.")
    assert ("Nursaule Kapparkyzy", "assault") in events_by_name(run(text))


def test_pushing_a_bicycle_against_a_fence_is_no_assault() -> None:
    assert events_by_name(run("Nursaule Kapparkyzy pushed her bicycle against a fence.")) == set()


def test_driven_to_the_security_service_building_is_detention() -> None:
    text = ("Kanykey Kalysbekova said that two plainclothes officers approached her outside her "
            "home on Monday morning, put her in a car and drove her to the GKNB building, where "
            "she was questioned until the afternoon.")
    assert ("Kanykey Kalysbekova", "detention") in events_by_name(run(text, "2022-03-03"))


def test_driven_to_the_security_service_to_file_a_complaint_is_no_detention() -> None:
    text = ("Kanykey Kalysbekova said her lawyer drove her to the GKNB building to file a "
            "complaint.")
    assert events_by_name(run(text)) == set()


def test_a_loose_pinyin_rendering_of_the_only_near_name_is_that_person() -> None:
    text = ("Her husband, Kochkorbai Sultanaly uulu, was sentenced in 2019 to 10 years.\n\n"
            "A Chinese register lists a man named Kuoqiekuerbayi Sutanali with the same birth "
            "date.")
    names = [p.names for p in run(text).persons]
    assert any({"Kochkorbai Sultanaly uulu", "Kuoqiekuerbayi Sutanali"} <= set(n) for n in names)


def test_a_rendering_goes_to_the_name_it_renders_closely_not_the_loose_one() -> None:
    text = ("Kochkorbai Sultanaly uulu and his cousin Kochkorbai Satanaly were detained.\n\n"
            "A Chinese register lists a man named Kuoqiekuerbayi Sutanali.")
    names = {p.name: set(p.names) for p in run(text).persons}
    assert "Kuoqiekuerbayi Sutanali" in names["Kochkorbai Satanaly"]


def test_taken_to_a_school_in_scare_quotes_with_its_comma_is_internment() -> None:
    text = ("Relatives later told her that Elmurat Usenbai uulu had been taken to a \"school,\" as "
            "the internment camps are called by local people, in the county seat.")
    assert ("Elmurat Usenbai uulu", "internment") in events_by_name(run(text))


def test_taken_to_a_school_without_quotes_is_no_internment() -> None:
    assert events_by_name(run("Elmurat Usenbai uulu was taken to a school by his father.")) \
        == set()


def test_a_groups_relative_in_the_plural_possessive_is_not_the_group() -> None:
    text = ("Elmurat Usenbai uulu and Taalai Usenbaev are brothers. In October 2019, police "
            "summoned the brothers' mother and told her that Taalai had died.")
    got = events_by_name(run(text))
    assert ("Taalai Usenbaev", "death") in got
    assert not any(kind == "harassment" for _, kind in got)


_QUOTED_KIN = (
    "Nurkyz Tashtanbekova keeps a folder of letters in At-Bashy.\n\n"
    "Her husband, Elmurat Usenbai uulu, 46, traded apricots between Kashgar and Naryn.\n\n"
    "\"He went to the police three times for the passport,\" she said. \"His mother called me "
    "crying.\"\n\n"
    "She said she learned from a man who was released from the same facility in 2019 that her "
    "husband had been made to stand for hours as punishment for praying.")


def test_a_relative_spoken_of_in_a_quotation_is_not_the_next_narrated_speaker() -> None:
    assert ("Elmurat Usenbai uulu", "torture") in events_by_name(run(_QUOTED_KIN, "2020-07-23"))


def test_a_speaking_pronoun_goes_on_with_the_subject_pronoun_before_it() -> None:
    text = ("Ablikim Yasin lives in Munich. His brother, Nurmemet, was detained in 2017.\n\n"
            "He still answers calls from Chinese numbers, in case they bring news of Nurmemet.\n\n"
            "\"My sister is in prison because of me,\" he says.")
    ex = run(text)
    names = {p.key: p.name for p in ex.persons}
    assert ("Nurmemet", "imprisonment") not in {(names[e.person], e.type) for e in ex.events}


def test_one_name_in_two_romanisations_in_one_report_is_one_person() -> None:
    text = ("A Bishkek court has ordered the deportation of Tudaxun Hezim, a Uyghur trader.\n\n"
            "The ruling, which refers to him as a citizen of China, names him Tudakhun Khezimov.")
    names = [set(p.names) for p in run(text).persons]
    assert any({"Tudaxun Hezim", "Tudakhun Khezimov"} <= n for n in names)


def test_a_brother_and_sister_of_one_surname_stay_two() -> None:
    text = "Nurlan Serikov and Nurlana Serikova were both detained in Almaty in May."
    assert len(run(text).persons) == 2
