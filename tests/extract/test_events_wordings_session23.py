"""Wordings read in dev sets in session 23 (general forms, invented names)."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, run

# the camp's euphemism in scare quotes, with "studying" told as a state


def test_told_he_was_studying_in_the_quoted_school_is_internment() -> None:
    text = ("Police came to the pasture and took Yerzhan Temirov away. Two weeks later his "
            "wife was told that he was studying in the \"school\" in the county town.")
    assert ("Yerzhan Temirov", "internment") in events_by_name(run(text))


def test_studying_at_a_school_without_scare_quotes_is_no_internment() -> None:
    text = "Aidos Serikuly said his son Nurlan Serikuly was studying at a school in Almaty."
    assert ("Nurlan Serikuly", "internment") not in events_by_name(run(text))


# a paragraph's first quotation, with no speaker of its own, goes on with the speaker whose
# quotation closed the paragraph before


_CALL = ("Meryem Nurehmet got a call in January.\n\n"
         "\"He was polite at first,\" said Nurehmet. \"Then he asked for photographs.\"\n\n")


def test_an_unattributed_quotation_after_the_speakers_paragraph_is_hers() -> None:
    text = _CALL + ("When she refused, the officer's tone changed. \"He said: 'Your mother is "
                    "getting old. Think about who will look after her.' My mother said "
                    "nothing.\"")
    assert ("Meryem Nurehmet", "threat") in events_by_name(run(text))


def test_a_quotation_introduced_by_another_speaker_is_not_hers() -> None:
    text = _CALL + ("The officer later told a neighbour: \"Your mother is getting old. Think "
                    "about who will look after her.\"")
    assert ("Meryem Nurehmet", "threat") not in events_by_name(run(text))


# the family as the price, after "otherwise"


def test_otherwise_your_father_will_not_see_you_is_a_threat() -> None:
    text = ("Esbol Tursyngazyuly said a police officer called him in May. \"He said, 'Your "
            "mother is old, she should rest. Otherwise your father will not see you "
            "again,'\" Tursyngazyuly said.")
    assert ("Esbol Tursyngazyuly", "threat") in events_by_name(run(text))


def test_otherwise_in_a_lawyers_remark_is_no_threat() -> None:
    text = ("\"The pandemic saved him,\" the lawyer said of Esbol Tursyngazyuly. \"Otherwise "
            "he would be in a Chinese prison now.\"")
    assert ("Esbol Tursyngazyuly", "threat") not in events_by_name(run(text))


# the kinship a patronymic tells, when the text states none


def test_his_father_is_the_man_whose_given_name_his_patronymic_carries() -> None:
    text = ("Nurgali Muratbekuly, 29, lives in Almaty. Muratbek Tolybaiuly, a teacher, "
            "stayed in Zhaosu.\n\nNurgali Muratbekuly said police took his father away in "
            "March 2018.")
    assert ("Muratbek Tolybaiuly", "detention") in events_by_name(run(text))


def test_a_patronymic_names_no_father_when_two_men_share_that_given_name() -> None:
    text = ("Nurgali Muratbekuly, 29, lives in Almaty. Muratbek Tolybaiuly, a teacher, and "
            "Muratbek Serikov, a driver, stayed in Zhaosu.\n\nNurgali Muratbekuly said police "
            "took his father away in March 2018.")
    found = events_by_name(run(text))
    assert ("Muratbek Tolybaiuly", "detention") not in found
    assert ("Muratbek Serikov", "detention") not in found


def test_her_brother_is_the_man_with_the_same_fathers_name() -> None:
    text = ("Gulmaryam Akhmetkankyzy lives in Almaty. Ersain Akhmetkanuly, a herder, stayed "
            "in Burqin.\n\nGulmaryam Akhmetkankyzy said police detained her brother in March "
            "2018.")
    assert ("Ersain Akhmetkanuly", "detention") in events_by_name(run(text))


def test_a_shared_bare_surname_makes_no_brother() -> None:
    text = ("Talshyn Rymbekova lives in Almaty. Nurlan Rymbekov, a driver, stayed in "
            "Zharkent.\n\nTalshyn Rymbekova said police detained her brother in March 2018.")
    assert ("Nurlan Rymbekov", "detention") not in events_by_name(run(text))


def test_the_relative_named_in_apposition_after_an_owner_is_the_antecedent() -> None:
    text = ("Aldiyar Galymzhanuly said the call came from his uncle, Izbasar Alpysbaiuly.\n\n"
            "Galymzhanuly's father, Galymzhan Alpysbaiuly, was detained in April 2018.\n\n"
            "Alpysbaiuly's brother Izbasar spent a year in a camp in Tekes and was released in "
            "2019. Since then he has been confined to his house, relatives say.")
    found = events_by_name(run(text))
    assert ("Izbasar Alpysbaiuly", "house_arrest") in found
    assert ("Galymzhan Alpysbaiuly", "house_arrest") not in found


# a summary of one person's testimony, told in the third person

_SUMMARY = ("Testimony No. 1847\n\nTestifier: Nurgali Muratbekuly, born 1991, resident of "
            "Almaty\nPersons concerned:\n(1) Muratbek Tolybaiuly, born 1964, teacher\n"
            "(2) Sembek Tolybaiuly, born 1970, herder\n\n"
            "The testifier holds up a photograph of his father. He states the following.\n\n"
            "1. His uncle Sembek Tolybaiuly was detained in Tekes in April 2018.\n\n")


def test_a_point_of_a_retold_testimony_is_the_testifiers_account() -> None:
    text = _SUMMARY + ("2. In November 2019 two men from the National Security Committee "
                       "came to his workplace in Almaty and asked him to stop giving "
                       "interviews. He was not detained.")
    found = events_by_name(run(text))
    assert ("Nurgali Muratbekuly", "harassment") in found
    assert ("Sembek Tolybaiuly", "harassment") not in found


def test_a_point_that_names_someone_first_goes_on_with_him() -> None:
    text = _SUMMARY + ("2. His father Muratbek Tolybaiuly was taken in March 2018. In "
                       "September he was moved to the camp in Tekes.")
    found = events_by_name(run(text))
    # (moved to a camp after a detention is the internment: session 25)
    assert ("Muratbek Tolybaiuly", "internment") in found
    assert ("Nurgali Muratbekuly", "internment") not in found


# a release set as a condition still to be met


def test_until_her_father_is_freed_is_no_release() -> None:
    text = ("Aknur Sovetkhanova posted videos calling for a boycott of Chinese goods until "
            "her father, Sovetkhan Zhumabaiuly, is freed.")
    assert ("Sovetkhan Zhumabaiuly", "release") not in events_by_name(run(text))


def test_held_until_he_was_released_is_a_release() -> None:
    text = "Sovetkhan Zhumabaiuly was held in a camp until he was released in 2019."
    assert ("Sovetkhan Zhumabaiuly", "release") in events_by_name(run(text))


# a clause of time set off by commas before a coordinated verb with its own time


def test_a_coordinated_sentencing_after_a_time_aside_goes_on_with_the_subject() -> None:
    text = ("Muratbek Tolybaiuly is a teacher. His younger brother, Sembek Tolybaiuly, was "
            "detained in April 2018, a few weeks after Muratbek Tolybaiuly, and in January "
            "was sentenced to nine years in prison.")
    found = events_by_name(run(text))
    assert ("Sembek Tolybaiuly", "sentencing") in found
    assert ("Muratbek Tolybaiuly", "sentencing") not in found


# a death in custody told as the authorities tell it


def test_police_said_he_had_hanged_himself_is_a_death() -> None:
    text = ("In February 2021, police told the family that Atawulla Haliq, who had been "
            "detained in 2018, had hanged himself in a detention centre.")
    assert ("Atawulla Haliq", "death") in events_by_name(run(text))


def test_an_attempt_to_hang_himself_is_no_death() -> None:
    text = "Atawulla Haliq tried to hang himself in the camp in 2019."
    assert ("Atawulla Haliq", "death") not in events_by_name(run(text))


# the relative kept inside as the price of protesting


def test_he_will_stay_inside_until_he_dies_is_a_threat() -> None:
    text = ("In November a consular officer showed Gulzire Ahmet a photograph of her husband. "
            "\"He said: 'If you keep going to these protests, he will stay inside until he "
            "dies,'\" she recalled.")
    assert ("Gulzire Ahmet", "threat") in events_by_name(run(text))


# of two brothers the text names, "her brother" is the one named by then


def test_her_brother_is_the_one_named_before_the_other() -> None:
    text = ("Gulmaryam Akhmetkankyzy said her brother, Ersain Akhmetkanuly, is serving 12 "
            "years.\n\nHer brother, a herder, was detained in March 2018.\n\nIn March, her "
            "younger brother, Arnur Akhmetkanuly, received a message on WeChat.")
    found = events_by_name(run(text))
    assert ("Ersain Akhmetkanuly", "detention") in found
    assert ("Arnur Akhmetkanuly", "detention") not in found


# a camp by its official name


def test_taken_to_what_officials_called_a_study_class_is_internment() -> None:
    text = ("My mother, Pezilet Keram, taught first grade in Artux. In July 2018 she was "
            "taken to what officials called a \"study class\" on the edge of the city.")
    assert ("Pezilet Keram", "internment") in events_by_name(run(text))


# "there" is a place told shortly before, not a prison named pages back


def test_detained_there_after_a_city_is_a_detention() -> None:
    text = ("Gulzire Ahmet has spent six years demanding her husband's release from a "
            "Xinjiang prison.\n\n" + "The family moved to Turkey in 2016. " * 20 + "\n\nIn "
            "the spring of 2017, Ekberjan Haliq flew back to Kashgar to close his shop, and in "
            "late May of that year he was detained there by police.")
    found = events_by_name(run(text))
    assert ("Ekberjan Haliq", "detention") in found


# held for a stated time, the length hedged


def test_taken_to_a_side_room_and_held_for_nearly_five_hours_is_a_detention() -> None:
    text = ("Nurgali Muratbekuly said border guards stopped him at Almaty airport on Oct. 28. "
            "He was taken to a side room and held for nearly five hours.")
    assert ("Nurgali Muratbekuly", "detention") in events_by_name(run(text))


def test_border_guards_held_a_named_man_for_five_hours_is_a_detention() -> None:
    text = "Border guards held Nurgali Muratbekuly for five hours at Almaty airport."
    assert ("Nurgali Muratbekuly", "detention") in events_by_name(run(text))


# taken from where one works


def test_taken_from_the_hospital_by_officers_is_a_detention() -> None:
    text = ("Shawkat Rozahun was a cardiologist in Turpan. He was taken from the hospital by "
            "plainclothes state security officers in October 2017.")
    assert ("Shawkat Rozahun", "detention") in events_by_name(run(text))


def test_taken_from_the_hospital_to_his_home_is_no_detention() -> None:
    text = "Shawkat Rozahun was taken from the hospital to his home in October 2017."
    assert ("Shawkat Rozahun", "detention") not in events_by_name(run(text))


# "there" after a city named since the prison


def test_detained_there_after_the_city_of_artux_is_a_detention() -> None:
    text = ("Chinese authorities released Taalaibek Moldokulov from a prison in Kashgar on "
            "February 21.\n\nMoldokulov, who had traded between Kyrgyzstan and the Chinese "
            "city of Artux for a decade, was detained there in August 2018.")
    found = events_by_name(run(text))
    assert ("Taalaibek Moldokulov", "detention") in found


# a visit home by the security services, and one to where the person works


def test_gknb_officers_visited_her_at_home_is_harassment() -> None:
    text = ("In July, two officers of the State Committee for National Security, or GKNB, "
            "visited Gulsaira Kydyralieva at home. \"They said I should stop talking to "
            "journalists,\" she said.")
    assert ("Gulsaira Kydyralieva", "harassment") in events_by_name(run(text))


def test_friends_visiting_her_at_home_is_no_harassment() -> None:
    text = "In July, two old friends visited Gulsaira Kydyralieva at home."
    assert ("Gulsaira Kydyralieva", "harassment") not in events_by_name(run(text))


def test_men_came_to_the_firm_where_he_works_and_asked_him_to_stop_is_harassment() -> None:
    text = ("Nurgali Muratbekuly said two men who said they were from the National Security "
            "Committee came to the construction firm where he works in November and asked him "
            "to stop giving interviews to foreign journalists.")
    assert ("Nurgali Muratbekuly", "harassment") in events_by_name(run(text))


# restrictions and moves told in other words


def test_told_not_to_leave_his_house_without_permission_is_house_arrest() -> None:
    text = ("Muratbek Tolybaiuly was released in late November and sent back to his village. "
            "He was told not to leave his house without permission.")
    assert ("Muratbek Tolybaiuly", "house_arrest") in events_by_name(run(text))


def test_shuttled_among_facilities_one_a_camp_is_transfer_and_internment() -> None:
    text = ("Over the next 20 months, Muratbek Tolybaiuly was shuttled among three facilities: "
            "a camp in a converted vocational school in Zhaosu, a larger one in Tekes and a "
            "third near Yining.")
    found = events_by_name(run(text))
    assert {("Muratbek Tolybaiuly", "transfer"), ("Muratbek Tolybaiuly", "internment")} <= found


def test_moved_between_prisons_is_a_transfer_and_no_internment() -> None:
    text = "Muratbek Tolybaiuly was moved between prisons in 2020."
    found = events_by_name(run(text))
    assert ("Muratbek Tolybaiuly", "transfer") in found
    assert ("Muratbek Tolybaiuly", "internment") not in found


def test_first_held_in_the_quoted_school_is_internment() -> None:
    text = ("Police took Muratbek Tolybaiuly away in 2018. He was first held in the \"school\" "
            "set up in the old vocational school in Mongolkure.")
    assert ("Muratbek Tolybaiuly", "internment") in events_by_name(run(text))


# what a man told of himself


def test_he_told_his_son_that_guards_had_beaten_him_is_his_own_beating() -> None:
    text = ("Muratbek Tolybaiuly said little on the calls. But once, when his minder had "
            "stepped out, he told his son that guards had beaten him with rubber truncheons.")
    found = events_by_name(run(text))
    assert {e for e in found if e[0] == "Muratbek Tolybaiuly"} & {
        ("Muratbek Tolybaiuly", "assault"), ("Muratbek Tolybaiuly", "torture")}


def test_told_her_that_her_husband_would_not_come_out_if_she_kept_speaking_is_a_threat(
) -> None:
    text = ("In May 2019 Meiramgul Zarlykkyzy received a call from a man who said he was a "
            "Tekes police officer, who told her that her husband \"would not come out for a "
            "long time\" if she kept speaking to journalists.")
    assert ("Meiramgul Zarlykkyzy", "threat") in events_by_name(run(text))


def test_before_he_is_released_is_no_release() -> None:
    text = ("Saliha Shawkat worries that the heart of her father, Shawkat Rozahun, will give "
            "out before he is released.")
    assert ("Shawkat Rozahun", "release") not in events_by_name(run(text))


# a relative in a clause on a place that ends its sentence is not the next sentence's "he"


def test_he_after_a_where_clause_naming_his_father_is_not_the_father() -> None:
    text = ("Testifier: Nurgali Muratbekuly, born 1991\nPersons concerned:\n(1) Muratbek "
            "Tolybaiuly, teacher\n\nHe states the following.\n\n1. His family lived in "
            "Zhaosu, where his father taught at the No. 2 middle school. He and his mother, "
            "Meiramgul Zarlykkyzy, moved to Kazakhstan in 2016.\n\n2. In May 2019 his mother "
            "received a call from a man who said he was a Tekes police officer, who told her "
            "that her husband \"would not come out for a long time\" if she kept speaking to "
            "journalists.")
    assert ("Meiramgul Zarlykkyzy", "threat") in events_by_name(run(text))


# pushed into a van by police


def test_police_twisted_her_arm_and_pushed_her_into_a_van_is_detention_and_assault() -> None:
    text = ("Farida Baktygerei raised her camera outside the Chinese consulate in Almaty on "
            "February 14. Within minutes, police officers had twisted her arm behind her back "
            "and pushed her into a van.")
    found = events_by_name(run(text))
    assert {("Farida Baktygerei", "detention"), ("Farida Baktygerei", "assault")} <= found


def test_her_brother_pushing_her_into_a_car_is_no_detention() -> None:
    text = "Her brother pushed Farida Baktygerei into a car after the wedding."
    assert ("Farida Baktygerei", "detention") not in events_by_name(run(text))


def test_officers_of_the_committee_visited_her_and_urged_her_to_stop_is_harassment() -> None:
    text = ("Tursunai Toktorbaeva was fined on Monday. Officers of the State Committee for "
            "National Security (GKNB) had visited her two months earlier and urged her to stop.")
    assert ("Tursunai Toktorbaeva", "harassment") in events_by_name(run(text))


def test_visited_at_home_twice_a_week_by_cadres_is_harassment() -> None:
    text = ("Kymbat Seitkazykyzy has since been visited at home twice a week by cadres "
            "assigned to \"become relatives\" with the family.")
    assert ("Kymbat Seitkazykyzy", "harassment") in events_by_name(run(text))


def test_visited_in_prison_by_consular_officials_is_no_harassment() -> None:
    text = "Serik Abenov was visited in prison by consular officials in May."
    assert ("Serik Abenov", "harassment") not in events_by_name(run(text))


# callers from Chinese numbers speak for the authorities


def test_calls_from_chinese_numbers_saying_your_brother_will_answer_are_a_threat() -> None:
    text = ("In November Shakhmardan Kongyrbaiuly began receiving calls from Chinese numbers. "
            "\"They said, 'Your brother will answer for your words,'\" he told me in "
            "Zharkent.")
    assert ("Shakhmardan Kongyrbaiuly", "threat") in events_by_name(run(text))


# an act in a clause of time after "has not been able to speak with him since"


def test_not_able_to_speak_with_him_since_he_was_taken_tells_the_taking() -> None:
    text = ("The family of Nurtileu Kuantkanuly has not been able to speak with him since he "
            "was taken from his brother's house in Emin county in September 2018.")
    assert ("Nurtileu Kuantkanuly", "detention") in events_by_name(run(text))


def test_vanished_into_one_of_the_regions_camps_is_internment() -> None:
    text = ("Nurjamal Kasymalieva went back to Xinjiang in April 2018. That June she vanished "
            "into one of the region's \"political education\" camps.")
    assert ("Nurjamal Kasymalieva", "internment") in events_by_name(run(text))


# one passport among many collected


def test_the_passports_of_everyone_in_our_village_include_the_tellers() -> None:
    text = ("Esenkeldi Nurgisauly: In May 2017 the police collected the passports of everyone "
            "in our village who had one. They said it was for \"safekeeping.\"")
    assert ("Esenkeldi Nurgisauly", "passport_confiscation") in events_by_name(run(text))


def test_the_passports_of_all_teachers_including_his_fathers() -> None:
    text = ("Testifier: Nurgali Muratbekuly, born 1991\nPersons concerned:\n(1) Muratbek "
            "Tolybaiuly, teacher\n\nHe states the following.\n\n1. He and his mother moved to "
            "Kazakhstan in 2016.\n\n2. In February 2017 the county police collected the "
            "passports of all teachers at the school, including his father's.")
    assert ("Muratbek Tolybaiuly", "passport_confiscation") in events_by_name(run(text))


def test_along_with_that_of_their_mother_is_hers_too() -> None:
    text = ("Police in Burqin collected Ersain Akhmetkanuly's passport in the spring of 2017, "
            "along with that of their mother, Dametken Esimkyzy.")
    found = events_by_name(run(text))
    assert {("Ersain Akhmetkanuly", "passport_confiscation"),
            ("Dametken Esimkyzy", "passport_confiscation")} <= found


# restrictions told in other words


def test_still_may_not_leave_the_county_and_must_report_is_a_travel_ban() -> None:
    text = ("Toktar Sansyzbaiuly was released in 2020. He still may not leave the county and "
            "must report to the police every week.")
    assert ("Toktar Sansyzbaiuly", "travel_ban") in events_by_name(run(text))


def test_may_not_leave_china_again_as_a_guess_is_no_travel_ban() -> None:
    text = "She said Toktar Sansyzbaiuly may not leave China again if the case goes badly."
    assert ("Toktar Sansyzbaiuly", "travel_ban") not in events_by_name(run(text))


def test_confined_their_mother_with_her_age_to_her_apartment_is_house_arrest() -> None:
    text = ("Since January, police have confined their mother, Ezize Helil, 61, to her "
            "apartment in Aksu.")
    assert ("Ezize Helil", "house_arrest") in events_by_name(run(text))


def test_confined_to_her_neighborhood_is_a_travel_ban() -> None:
    text = "Since her release, Pazilat Keram has been confined to her neighborhood."
    assert ("Pazilat Keram", "travel_ban") in events_by_name(run(text))


# a court's penalties told in other words


def test_placed_under_administrative_arrest_for_five_days_is_a_sentencing() -> None:
    for text in ("Tokhtar Nygmetov was placed under administrative arrest for five days.",
                 "The court placed Tokhtar Nygmetov under administrative arrest for five days.",
                 "On the same day, the same court placed under administrative arrest for five "
                 "days Tokhtar Nygmetov, who was detained near the consulate."):
        assert ("Tokhtar Nygmetov", "sentencing") in events_by_name(run(text)), text


def test_found_a_city_resident_guilty_is_a_sentencing() -> None:
    text = ("The Specialized Interdistrict Administrative Court of Almaty on Wednesday found "
            "Almaty resident Zhanylsyn Kaldybekkyzy guilty of violating the procedure for "
            "holding peaceful assemblies.")
    assert ("Zhanylsyn Kaldybekkyzy", "sentencing") in events_by_name(run(text))


# a promise of joy on a condition is no threat


def test_her_husband_would_be_happy_if_she_kept_speaking_is_no_threat() -> None:
    text = ("Meiramgul Zarlykkyzy said her friend told her that her husband would be happy if "
            "she kept speaking to journalists.")
    assert ("Meiramgul Zarlykkyzy", "threat") not in events_by_name(run(text))


def test_her_brother_could_come_home_earlier_if_she_stopped_is_a_threat() -> None:
    text = ("Gulmaryam Akhmetkankyzy said the officer told her that her brother \"could come "
            "home earlier\" if she stopped giving interviews.")
    assert ("Gulmaryam Akhmetkankyzy", "threat") in events_by_name(run(text))
