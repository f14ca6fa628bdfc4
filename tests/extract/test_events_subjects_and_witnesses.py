"""Whose event it is when a sentence names several people (an owner before an apposition, an
inverted "Among ... was X", the one spoken to, a name opening a reported clause, a counted
group), and internments a testifier tells (kept in a cell then moved to the camp, a cousin seen
in the camp, the village's passports collected)."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

PUB = "2023-05-10"


def _events(text: str, pub: str = PUB) -> set[tuple[str, str]]:
    ex = run(text, pub)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type) for e in ex.events}


# the subject a later pronoun continues

def test_the_owner_of_a_noun_in_apposition_is_not_the_subject_a_pronoun_continues() -> None:
    found = _events("Yerlan Kenzhebekuly was sentenced in 2019. Kenzhebekuly's cousin, Amanzhol "
                    "Seitkaliuly, was released in April, Toleubaikyzy said. Since then he has "
                    "been confined to his home in Nilka.")
    assert ("Amanzhol Seitkaliuly", "house_arrest") in found
    assert ("Yerlan Kenzhebekuly", "house_arrest") not in found


def test_the_owner_stays_the_subject_when_nobody_stands_in_apposition() -> None:
    found = _events("Kenzhebekuly's case drew attention abroad, Aizhan Toleubaikyzy said. "
                    "Yerlan Kenzhebekuly was detained in 2018. Since then he has been confined "
                    "to his home.")
    assert ("Yerlan Kenzhebekuly", "house_arrest") in found


def test_among_those_was_x_makes_x_the_subject_a_pronoun_continues() -> None:
    found = _events("Aizhan Toleubayeva campaigned for her husband. Among those who recorded "
                    "Toleubayeva's appeals was Saltanat Oralbek, an Almaty volunteer. Police "
                    "detained her in September 2022.")
    assert ("Saltanat Oralbek", "detention") in found
    assert ("Aizhan Toleubayeva", "detention") not in found


def test_the_one_spoken_to_in_a_fronted_phrase_is_not_the_pronoun_after_it() -> None:
    found = _events("Zhenis Tolegenuly came home to Zaisan in May. Speaking to Radio Azattyq "
                    "correspondent Asem Nurtazina, he said he had spent eight months in an "
                    "internment camp in Kaba.")
    assert ("Zhenis Tolegenuly", "internment") in found
    assert ("Asem Nurtazina", "internment") not in found


def test_a_pluperfect_after_a_dated_homecoming_takes_no_date_from_it() -> None:
    ex = run("Zhenis Tolegenuly came home to Zaisan in May. He said he had spent eight months "
             "in an internment camp in Kaba.", PUB)
    dates = {e.type: e.date for e in ex.events}
    assert dates["internment"] != "2023-05"


def test_a_name_after_said_that_opens_the_reported_clause_is_its_subject() -> None:
    found = _events("Nurahmet Abdukadir was detained in January. His lawyer, Kubat Dzhumabaev, "
                    "said Abdukadir had applied for refugee status and that the application was "
                    "still under review when he was sent back.")
    assert ("Nurahmet Abdukadir", "deportation") in found
    assert ("Kubat Dzhumabaev", "deportation") not in found


def test_a_name_after_said_that_closes_a_quotation_is_still_its_source() -> None:
    found = _events("\"He did nothing wrong,\" said Nurahmet Abdukadir. His son, Ablet Nurahmet, "
                    "was detained in May.")
    assert ("Nurahmet Abdukadir", "detention") not in found


def test_a_counted_group_far_before_the_verb_is_its_subject_not_the_speaker() -> None:
    found = _events("Chynara Turdubaeva, a human rights defender who monitors deportations from "
                    "Kyrgyzstan, said at least four Uyghurs from China are known to have been "
                    "sent back from the country since 2021.")
    assert ("Chynara Turdubaeva", "deportation") not in found


# custody ordered, not ended

def test_a_detention_extended_until_a_month_is_no_release() -> None:
    found = _events("Saltanat Oralbekova was moved to the pretrial detention center. Last month "
                    "her detention was extended until late January.", "2022-12-10")
    assert ("Saltanat Oralbekova", "release") not in found


def test_held_in_a_camp_until_a_month_is_still_a_release_then() -> None:
    found = _events("Saltanat Oralbekova was held in a camp until July 2019.", "2022-12-10")
    assert ("Saltanat Oralbekova", "release") in found


# a testifier's own account

_TESTIMONY = "\"My name is Amanzhol Seitkali. I was born in 1976 in Nilka county. "


def test_kept_in_a_detention_center_then_moved_to_the_camp() -> None:
    found = _events(_TESTIMONY + "On the night of March 9, 2018, four policemen came to my "
                    "house. First they kept me in the county detention center. After about ten "
                    "days they moved me to the camp.\"")
    assert ("Amanzhol Seitkali", "detention") in found
    assert ("Amanzhol Seitkali", "internment") in found
    assert ("Amanzhol Seitkali", "transfer") not in found


def test_moved_to_another_camp_is_a_transfer() -> None:
    found = _events("Ablet Nurahmet was held in a camp in Nilka from 2018. In 2019 police moved "
                    "him to another camp in Ghulja.")
    assert ("Ablet Nurahmet", "transfer") in found


def test_everyones_passports_collected_include_the_testifiers() -> None:
    found = _events(_TESTIMONY + "In 2017 the village committee collected everyone's "
                    "passports.\"")
    assert ("Amanzhol Seitkali", "passport_confiscation") in found


def test_everyones_passports_in_a_third_person_report_are_nobodys_in_particular() -> None:
    found = _events("Amanzhol Seitkali was released in 2019. In 2017 the village committee "
                    "collected everyone's passports.")
    assert ("Amanzhol Seitkali", "passport_confiscation") not in found


def test_a_cousin_seen_in_the_camp_was_interned_there() -> None:
    found = _events(_TESTIMONY + "In the summer of 2018 I saw my cousin Yerlan Kenzhebekuly in "
                    "the camp.\"")
    assert ("Yerlan Kenzhebekuly", "internment") in found


def test_in_the_camp_he_saw_his_cousin_names_the_cousin_interned() -> None:
    found = _events("In the camp Mr. Seitkali saw his cousin, the schoolteacher Yerlan "
                    "Kenzhebekuly, who was later sentenced to 11 years in prison.")
    assert ("Yerlan Kenzhebekuly", "internment") in found


def test_seen_at_the_airport_is_no_internment() -> None:
    found = _events("Aizhan Toleubayeva saw her brother Yerlan Kenzhebekuly at the airport.")
    assert ("Yerlan Kenzhebekuly", "internment") not in found


# "He said ...": the one who told the sentence before goes on telling

def test_he_said_continues_the_speaker_of_the_sentence_before() -> None:
    found = _events("Nurahmet Abdukadir was deported in January. Rakhmatjan Ismailov, who heads "
                    "a Uyghur cultural association in Bishkek, said officers summoned him twice "
                    "in February after he spoke to local media about Abdukadir's case. He said "
                    "they told him the association would be shut down \"if it is used for "
                    "politics.\"")
    assert ("Rakhmatjan Ismailov", "threat") in found
    assert ("Nurahmet Abdukadir", "threat") not in found


def test_what_they_did_to_him_after_he_said_may_be_the_other_mans() -> None:
    found = _events("Aidos Serikov said police detained his brother Nurlan Serikov in May. He "
                    "said they beat him.")
    assert ("Nurlan Serikov", "assault") in found
    assert ("Aidos Serikov", "assault") not in found


# a counted group: "the four men" after four names told in turn

def test_police_came_for_the_four_men_names_all_four() -> None:
    found = _events("Sailaubek Bekmukhanuly got 16 years. Kabdesh Mukatayuly got 12 years. "
                    "Asylbek Kurmashuly was given 10 years. Dias Samatuly received five years. "
                    "Police came for the four men on the night of March 11, 2018.")
    assert {p for p, t in found if t == "detention"} == {
        "Sailaubek Bekmukhanuly", "Kabdesh Mukatayuly", "Asylbek Kurmashuly", "Dias Samatuly"}


def test_the_two_men_are_still_the_last_two_named() -> None:
    found = _events("Sailaubek Bekmukhanuly got 16 years. Kabdesh Mukatayuly got 12 years. "
                    "Asylbek Kurmashuly was given 10 years. Police detained the two men again.")
    assert {p for p, t in found if t == "detention"} == {
        "Kabdesh Mukatayuly", "Asylbek Kurmashuly"}


def test_a_paragraph_opening_his_continues_the_owner_not_his_lawyer_named_before() -> None:
    ex = run("Zhomart Orynbasarov was held for 16 months. His residence permit lapsed in 2023 "
             "after, according to his lawyer, Dastan Zhakypov, officials refused his papers.\n\n"
             "His wife, Kuralay, said police came to their house in January.", PUB)
    names = {p.key: p.name for p in ex.persons}
    spouses = {(names[r.subject], names[r.object]) for r in ex.relations if r.type == "spouse"}
    assert ("Kuralay", "Zhomart Orynbasarov") in spouses
    assert ("Kuralay", "Dastan Zhakypov") not in spouses


def test_his_brother_named_as_the_subject_is_the_one_a_later_he_continues() -> None:
    found = _events("Yerlan Kenzhebekuly fled in 2019. His brother, Nurlan Kenzhebekuly, was "
                    "arrested in May 2020. He was sent to a re-education camp in Ghulja.")
    assert ("Nurlan Kenzhebekuly", "internment") in found


# custody and torture a testifier tells in court

def test_described_19_months_in_an_internment_camp_is_an_internment() -> None:
    found = _events("Testifying in court last week, Gulnafis Konysbaikyzy described 19 months in "
                    "an internment camp in Chaghantoqay county.")
    assert ("Gulnafis Konysbaikyzy", "internment") in found


def test_described_conditions_in_a_camp_is_no_internment_of_her_own() -> None:
    found = _events("Gulnafis Konysbaikyzy, a researcher, described conditions in an internment "
                    "camp in Chaghantoqay county.")
    assert ("Gulnafis Konysbaikyzy", "internment") not in found


def test_handcuffed_to_a_radiator_and_kept_from_sleeping_is_torture() -> None:
    found = _events("Gulnafis Konysbaikyzy told the judge that guards had handcuffed her to a "
                    "radiator and kept her from sleeping during interrogations.")
    assert ("Gulnafis Konysbaikyzy", "torture") in found


def test_handcuffed_and_led_away_is_no_torture() -> None:
    found = _events("Police handcuffed Gulnafis Konysbaikyzy and led her to a car.")
    assert ("Gulnafis Konysbaikyzy", "torture") not in found


# a kin-headed definite description, and custody told after an arrest's details

def test_the_father_after_his_father_x_is_x() -> None:
    found = _events("Police detained Bolot Zhoomartov a day after he posted an appeal for his "
                    "father, Zhoomart Abdymomunov. The father, a reciter of the Manas epic, was "
                    "sentenced in China in December 2019 to eight years.")
    assert ("Zhoomart Abdymomunov", "sentencing") in found
    assert ("Bolot Zhoomartov", "sentencing") not in found


def test_the_father_with_no_father_named_is_nobody_named() -> None:
    found = _events("Bolot Zhoomartov posted an appeal in June. The father of a neighbour was "
                    "sentenced in China in December 2019 to eight years.")
    assert ("Bolot Zhoomartov", "sentencing") not in found


def test_taken_from_her_classroom_and_held_in_a_camp_is_detention_and_internment() -> None:
    found = _events("Yalqun Habibulla said his sister, Horigul Habibulla, was taken from her "
                    "classroom in October 2017 by two police officers, and held for more than "
                    "two years in a camp on the outskirts of the city.")
    assert ("Horigul Habibulla", "detention") in found
    assert ("Horigul Habibulla", "internment") in found


def test_sent_to_study_quoted_whole_is_an_internment() -> None:
    found = _events("Asked about the former director, Abdugheni Mewlan, the official said he had "
                    "been \"sent to study\" in 2017.")
    assert ("Abdugheni Mewlan", "internment") in found


# a feature's wordings: an object pronoun, a homestay, an instrument, "took away"

def test_an_object_pronoun_is_not_the_subject_of_its_own_clause() -> None:
    found = _events("In April, police took away her younger sister, Tolkyn Mukhtarkyzy. Karakat "
                    "Mukhtarkyzy has not heard from her since.")
    assert ("Tolkyn Mukhtarkyzy", "disappearance") in found
    assert ("Karakat Mukhtarkyzy", "disappearance") not in found


def test_a_possessive_her_may_be_the_subjects_own() -> None:
    ex = run("Zhazira Kenzhebekova met with her mother, Kunsulu Nurgazykyzy, at the border.", PUB)
    names = {p.key: p.name for p in ex.persons}
    pairs = {(names[r.subject], r.type, names[r.object]) for r in ex.relations}
    assert any({a, b} == {"Zhazira Kenzhebekova", "Kunsulu Nurgazykyzy"} and t in ("parent",
                                                                                   "child")
               for a, t, b in pairs)


def test_police_took_away_her_younger_sister_x_detained_x() -> None:
    found = _events("Karakat Mukhtarkyzy lives in Zharkent. In April, police in Mongolkure took "
                    "away her younger sister, Tolkyn Mukhtarkyzy.")
    assert ("Tolkyn Mukhtarkyzy", "detention") in found
    assert ("Karakat Mukhtarkyzy", "detention") not in found


def test_a_cadre_who_moved_into_her_house_every_month_harassed_her() -> None:
    found = _events("Karakat Mukhtarkyzy was released in December 2018. Until she left, a cadre "
                    "moved into her house for a week of every month to \"help the family\".")
    assert ("Karakat Mukhtarkyzy", "harassment") in found


def test_her_son_who_moved_into_her_house_is_no_harassment() -> None:
    found = _events("Karakat Mukhtarkyzy was released in December 2018. Her son moved into her "
                    "house to help the family.")
    assert ("Karakat Mukhtarkyzy", "harassment") not in found


def test_guards_who_beat_her_with_an_electric_baton_tortured_her() -> None:
    found = _events("Karakat Mukhtarkyzy is 46. Guards beat her with an electric baton, she said, "
                    "for speaking Kazakh.")
    assert ("Karakat Mukhtarkyzy", "torture") in found


def test_passports_collected_by_the_committee_and_held_by_the_police() -> None:
    found = _events("Karakat Mukhtarkyzy is 46. Her own passport was collected by the village "
                    "committee in November 2017. Tlektes Ormanbekuly went back in October 2017. "
                    "Within a week the police had his passport.")
    assert ("Karakat Mukhtarkyzy", "passport_confiscation") in found
    assert ("Tlektes Ormanbekuly", "passport_confiscation") in found


def test_her_husbands_father_died_is_no_death_of_hers() -> None:
    found = _events("Aijamal Tynychbek kyzy lives in Tokmok. Tynychbek kyzy said her husband's "
                    "father died in Akqi in 2020.")
    assert ("Aijamal Tynychbek kyzy", "death") not in found


def test_his_fathers_friend_named_is_the_subject() -> None:
    found = _events("Aidos Serikuly said his father's friend Marat Kenzhebekov was detained in "
                    "2018.")
    assert ("Marat Kenzhebekov", "detention") in found
    assert ("Aidos Serikuly", "detention") not in found


def test_police_held_his_wife_x_for_two_days_detained_x() -> None:
    found = _events("Nurkhat Syzdykuly fled. Relatives told him that police then held his wife, "
                    "Gulsim Kaldybaikyzy, for two days and questioned her about his escape.")
    assert ("Gulsim Kaldybaikyzy", "detention") in found
    assert ("Nurkhat Syzdykuly", "detention") not in found


def test_a_possessive_goes_on_with_the_pronoun_subject_of_the_sentence_before() -> None:
    found = _events("Zhoomart Joldoshbek uulu, 44, was born in Akqi county. He moved to Kyrgyzstan "
                    "in 2010, received Kyrgyz citizenship in 2014 and worked as a builder in "
                    "Tokmok for many years before the trouble began.\n\nIn February 2018 he "
                    "traveled to Akqi to see his father, who was ill. According to his wife, local "
                    "police took his Kyrgyz passport a few days after he arrived.")
    assert ("Zhoomart Joldoshbek uulu", "passport_confiscation") in found


def test_a_she_sentence_before_does_not_carry_a_his() -> None:
    found = _events("Aijamal Tynychbek kyzy lives in Tokmok with her son. In February 2018 she "
                    "traveled to Bishkek. Police took his passport.")
    assert ("Aijamal Tynychbek kyzy", "passport_confiscation") not in found


def test_a_pluperfect_he_after_a_death_is_the_dead_man_before_it() -> None:
    found = _events("Parhat Mutellip lives in Birmingham.\n\nMutellip Hebibulla, a bookseller, "
                    "died in a prison in Hotan on 28 February. He had been detained in March 2017 "
                    "when police raided his shop.")
    assert ("Mutellip Hebibulla", "detention") in found
    assert ("Parhat Mutellip", "detention") not in found


def test_a_simple_past_he_after_a_death_at_home_is_someone_else() -> None:
    found = _events("Parhat Mutellip lives in Birmingham.\n\nMutellip Hebibulla, a bookseller, "
                    "died at home in Hotan on 28 February. He was detained in March for speaking "
                    "to reporters.")
    assert ("Mutellip Hebibulla", "detention") not in found


def test_the_she_of_a_lede_description_is_the_person_named_for_it() -> None:
    ex = run("Her sister fears she will be sent back to China.\n\nAn ethnic Kazakh woman who says "
             "she spent 19 months in an internment camp has been detained in Kazakhstan after "
             "crossing the border on foot, her sister told RFA.\n\nGulnafis Konysbaikyzy, 38, "
             "walked across the frontier near the Bakhty checkpoint on Feb. 23, said her "
             "sister, Aksaule Konysbaeva.", "2022-03-01")
    names = {p.key: p.name for p in ex.persons}
    found = {(names[e.person], e.type) for e in ex.events}
    assert ("Gulnafis Konysbaikyzy", "internment") in found
    assert ("Aksaule Konysbaeva", "internment") not in found
    assert ("Aksaule Konysbaeva", "detention") not in found


def test_a_him_after_the_lede_clause_is_not_the_described_man() -> None:
    found = _events("An ethnic Kazakh folk poet who vanished in 2018 has been sentenced to 12 "
                    "years, his family said, while his son says police have told him to keep "
                    "quiet.\n\nTlektes Ormanbekuly, 54, was sentenced in December 2019.")
    assert ("Tlektes Ormanbekuly", "threat") not in found


# a definite description after a death, and a pronoun in its own clause

def test_the_68_year_old_who_had_been_held_is_the_woman_who_died_before() -> None:
    found = _events("His mother, Helchem Ubul, died in February 2021 at her home in Kashgar, "
                    "relatives told Aichurok Eshmatova. The 68-year-old had been held in an "
                    "internment camp in the city for most of 2018 and was ill when she was "
                    "released, they said.")
    assert ("Helchem Ubul", "internment") in found
    assert ("Helchem Ubul", "release") in found
    assert ("Aichurok Eshmatova", "internment") not in found
    assert ("Aichurok Eshmatova", "release") not in found


def test_a_cited_description_does_not_take_the_clauses_his() -> None:
    found = _events("Citizen S. Zhaksylykov has been applying about his father, Amanbaev "
                    "Jaksylyk. According to the applicant, in 2018-2019 his father was held in a "
                    "so-called \"training centre,\" and since 2018 his passport has been kept by "
                    "the local police.")
    assert ("S. Zhaksylykov", "passport_confiscation") not in found


# --- a relative beside a subordinate clause's subject ------------------------------------------

TAKEN_FROM_BROTHERS = ("Sarsenbai Kadyrbekuly returned to Tekes in November 2017. In February "
                       "2018, police officers came to the house where he was staying with his "
                       "younger brother, Orazaly Kadyrbekuly, and took him away. For more than a "
                       "year the family had no word of where he was held.")


def test_him_taken_away_is_the_subject_staying_with_his_brother() -> None:
    assert ("Sarsenbai Kadyrbekuly", "detention") in events_by_name(run(TAKEN_FROM_BROTHERS))


def test_he_held_next_goes_on_with_that_subject_not_the_brother() -> None:
    assert not {e for e in events_by_name(run(TAKEN_FROM_BROTHERS))
                if e[0] == "Orazaly Kadyrbekuly"}


def test_him_after_the_brother_named_as_object_of_the_main_clause_is_the_brother() -> None:
    # no subordinate clause: the brother is the one the visit was to
    ex = run("Sarsenbai Kadyrbekuly returned to Tekes in 2017. Police visited his younger "
             "brother, Orazaly Kadyrbekuly, and took him away.")
    assert ("Orazaly Kadyrbekuly", "detention") in events_by_name(ex)


def test_a_relative_inside_a_ledes_relative_clause_is_not_its_subject() -> None:
    ex = run("A retired Uyghur literature teacher, who vanished four years ago after visiting his "
             "daughter in Kazakhstan, is serving a 16-year prison sentence, a police officer has "
             "confirmed.\n\nQeyyum Muzepper, 62, taught Uyghur literature in Kucha.\n\nHis "
             "daughter, Sanawbar Qeyyum, 33, told RFA that her father spent two months with her.",
             "2021-05-06")
    assert {e for e in events_by_name(ex) if e[1] == "sentencing"} == {
        ("Qeyyum Muzepper", "sentencing")}
