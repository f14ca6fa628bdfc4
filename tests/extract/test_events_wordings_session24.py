"""Wordings read in dev sets in session 24 (general forms, invented names)."""

from __future__ import annotations

from extract.extract_helpers import dates_by_name, events_by_name, run

# what was said on a call, a visit or a summons the paragraph before dated: a paragraph that
# opens with the quotation and gives no time of its own


def test_a_threat_quoted_after_the_dated_call_takes_the_calls_month() -> None:
    text = ("In May, a police officer from Chuguchak called Aigul Serikbaikyzy on WeChat.\n\n"
            "\"He said that if I kept talking to reporters, my brother would go back to where "
            "he came from,\" Serikbaikyzy said.")
    assert dates_by_name(text)[("Aigul Serikbaikyzy", "threat")] == "2021-05"


def test_a_threat_quoted_after_a_dated_summons_takes_the_summons_month() -> None:
    text = ("Dana Omirzakova said she had been summoned by the National Security Committee in "
            "March.\n\n"
            "\"An officer told me to keep quiet,\" Omirzakova said. \"He said that if I "
            "continued, my mother would have problems.\"")
    assert dates_by_name(text)[("Dana Omirzakova", "threat")] == "2021-03"


def test_a_quoted_threat_after_a_dated_sentence_that_tells_no_contact_is_undated() -> None:
    text = ("In May, Aigul Serikbaikyzy moved to Almaty with her children.\n\n"
            "\"He said that if I kept talking to reporters, my brother would go back to where "
            "he came from,\" Serikbaikyzy said.")
    dated = dates_by_name(text)
    assert ("Aigul Serikbaikyzy", "threat") in dated
    assert dated[("Aigul Serikbaikyzy", "threat")] is None


def test_a_threat_in_a_paragraph_that_is_no_quotation_keeps_its_own_reading() -> None:
    text = ("In May, a police officer from Chuguchak called Aigul Serikbaikyzy on WeChat.\n\n"
            "Later an officer told Serikbaikyzy that if she kept talking to reporters, her "
            "brother would go back to where he came from.")
    dated = dates_by_name(text)
    assert ("Aigul Serikbaikyzy", "threat") in dated
    assert dated[("Aigul Serikbaikyzy", "threat")] is None


# an event told as a span from another event the document dates ("Two days after his father
# died", "Days after his mother was taken", "Two weeks before her detention")


def test_days_after_his_mother_was_taken_is_the_month_of_her_detention() -> None:
    text = ("Police detained Aigerim Tanatova, 56, at her home in Nilka on Aug. 11. Her "
            "husband, Kairat Tleubaev, was detained in March 2018.\n\n"
            "Days after his mother was taken, her son, Yerlan Kairatuly, said, a man who "
            "introduced himself as an official called him and told him that everything that "
            "happens to his mother now depends on him.")
    dated = dates_by_name(text, "2020-09-15")
    assert dated[("Aigerim Tanatova", "detention")] == "2020-08-11"
    assert dated[("Yerlan Kairatuly", "threat")] == "2020-08"


def test_two_days_after_his_father_died_counts_the_days() -> None:
    text = ("Erlan Abaiuly died in a prison in Ghulja on Feb. 9, 2021, his family said.\n\n"
            "Two days after his father died, Daniyar Erlanuly said, a man called him from a "
            "Chinese number and warned him not to make noise abroad if he wanted his mother to "
            "stay healthy.")
    dated = dates_by_name(text, "2021-03-01")
    assert dated[("Daniyar Erlanuly", "threat")] == "2021-02-11"


def test_two_weeks_before_her_detention_is_a_fortnight_earlier() -> None:
    text = ("Police in Almaty detained Gulzhan Kasenova on Oct. 5, 2021.\n\n"
            "Two weeks before her detention, Kasenova said, a man who said he was a police "
            "officer from Kuqa called her and warned that her mother would have problems if "
            "she did not come home.")
    dated = dates_by_name(text, "2021-12-01")
    assert dated[("Gulzhan Kasenova", "threat")] == "2021-09"


def test_a_span_from_an_act_the_document_does_not_date_dates_nothing() -> None:
    text = ("Bolat Sarsenuly was released from a camp in Tekes.\n\n"
            "Days after he was released, an officer warned Sarsenuly that his relatives would "
            "answer for it if he spoke to journalists.")
    dated = dates_by_name(text, "2021-12-01")
    assert ("Bolat Sarsenuly", "threat") in dated
    assert dated[("Bolat Sarsenuly", "threat")] is None


# namesakes: the one the writer calls by the given name alone leaves the bare surname to the
# other ("Raiymbek" and "Mr Zholdoshbekov")

_BROTHERS = ("For five springs Temirbek Osmonaliev drove up to the pass and asked whether "
             "anyone had seen his brother. Kurmanbek Osmonaliev, a shepherd from Ulugqat, had "
             "vanished in April 2018.\n\n"
             "In November 2019 a court sentenced Mr Osmonaliev to six years in prison for "
             "illegally crossing the border.\n\n"
             "In June, officers visited Temirbek at his shop in Osh.")


def test_the_bare_surname_is_the_namesake_not_called_by_his_given_name() -> None:
    found = events_by_name(run(_BROTHERS))
    assert ("Kurmanbek Osmonaliev", "sentencing") in found
    assert ("Temirbek Osmonaliev", "sentencing") not in found


def test_a_given_name_in_a_possessive_does_not_set_the_namesakes_apart() -> None:
    text = ("Shynar Abenov, 53, died in a prison in Yining in January.\n\n"
            "Shynar's younger brother, Zhetes Abenov, was not allowed to attend the burial. "
            "Abenov had been sentenced to 12 years in 2019.")
    found = events_by_name(run(text))
    assert ("Shynar Abenov", "sentencing") in found
    assert ("Zhetes Abenov", "sentencing") not in found


# a sentence opened by "he" that names only whom it cites ("..., Nurqasim said") has "he" as
# its subject: the next paragraph's "his" goes on with him


_COUSIN = ("Abdukerim Tohti's cousin Ummet Yasin was taken away the same night, Abdukerim's son "
           "Perhat Abdukerim said.\n\n"
           "Yasin fared better. He spent about 20 months in a camp in Hotan and was released in "
           "the summer of 2019, Perhat Abdukerim said, but his press remains sealed.\n\n")


def test_his_after_a_sentence_opened_by_he_citing_another_is_the_subjects() -> None:
    found = events_by_name(run(_COUSIN + "Since his release he has been barred from leaving "
                                         "Hotan without written permission."))
    assert ("Ummet Yasin", "travel_ban") in found
    assert ("Perhat Abdukerim", "travel_ban") not in found


def test_he_opening_a_quotation_does_not_carry_over() -> None:
    text = ("Perhat Abdukerim spoke to RFA from Istanbul.\n\n"
            "\"My father saved lives. He operated on police officers,\" Perhat Abdukerim said. "
            "\"Now he is in prison.\"\n\n"
            "Since his release from a camp in 2019 he has been barred from leaving Hotan.")
    found = events_by_name(run(text))
    assert ("Perhat Abdukerim", "travel_ban") in found


# a returnee walked back and handed over, told in the first person


def test_handed_me_to_the_border_police_of_the_other_side_is_a_deportation() -> None:
    text = ("Aidar Serikuly told RFA: \"On 9 January 2020 I went to Khorgos. The Kazakh "
            "officers walked me back to the Chinese side and handed me to the Chinese border "
            "police.\"")
    assert ("Aidar Serikuly", "deportation") in events_by_name(run(text))


def test_handed_me_a_form_at_the_border_is_no_deportation() -> None:
    text = ("Aidar Serikuly told RFA: \"On 9 January 2020 I went to Khorgos. A guard handed me "
            "a form and I filled it in.\"")
    assert ("Aidar Serikuly", "deportation") not in events_by_name(run(text))


# the family as the price of going on, and a beating promised worse


def test_if_you_talk_to_them_remember_your_grandfather_is_a_threat() -> None:
    text = ("Aidar Serikuly said that on 17 April an officer came to his house and said: \"If "
            "you talk to them, remember your grandfather is still here.\"")
    assert ("Aidar Serikuly", "threat") in events_by_name(run(text))


def test_if_you_talk_to_him_remember_to_bring_bread_is_no_threat() -> None:
    text = "Aidar Serikuly said: \"If you talk to my grandfather, remember to bring bread.\""
    assert ("Aidar Serikuly", "threat") not in events_by_name(run(text))


def test_next_time_it_will_be_your_head_from_an_unknown_caller_is_a_threat() -> None:
    text = ("I, Aidar Serikuly, born on 3 April 1992 in Ghulja, state as follows:\n\n"
            "14. In May 2021 my friend was jailed.\n\n"
            "15. On 4 August 2021 I received a call from an unknown Kazakh number. A man "
            "speaking Kazakh said: \"Your nose has healed. Next time it will be your head.\"")
    assert ("Aidar Serikuly", "threat") in events_by_name(run(text))


def test_next_time_it_will_be_your_turn_is_no_threat() -> None:
    text = "Aidar Serikuly said: \"Next time it will be your turn to cook,\" his wife told him."
    assert ("Aidar Serikuly", "threat") not in events_by_name(run(text))


# a court's restrictions and measures, as Kazakh court releases word them


def test_sentenced_barring_him_from_leaving_the_city_is_a_travel_ban() -> None:
    text = ("On March 3, 2022, the Medeu District Court of Almaty sentenced Rauan Tursynov to "
            "two years of \"restriction of freedom\", barring him from leaving Almaty without "
            "notifying the probation service.")
    assert ("Rauan Tursynov", "travel_ban") in events_by_name(run(text))


def test_a_law_barring_activists_from_leaving_bans_no_one_named() -> None:
    text = "The law bars activists from leaving the country, said Rauan Tursynov."
    assert ("Rauan Tursynov", "travel_ban") not in events_by_name(run(text))


def test_a_preventive_measure_in_the_form_of_house_arrest_is_a_house_arrest() -> None:
    text = ("On 13 November 2021 Rauan Tursynov was subjected to a preventive measure in the "
            "form of house arrest.")
    assert ("Rauan Tursynov", "house_arrest") in events_by_name(run(text))


# handed back across the border to China


def test_handed_him_back_to_chinese_officers_is_a_deportation() -> None:
    text = ("In August 2016 Nurbek Alimov strayed onto the Kyrgyz side. Kyrgyz border guards "
            "held him for two days at an outpost and then handed him back to Chinese officers "
            "at Irkeshtam.")
    assert ("Nurbek Alimov", "deportation") in events_by_name(run(text))


def test_handing_papers_back_to_chinese_officials_deports_no_one() -> None:
    text = "Nurbek Alimov handed the documents back to Chinese officials."
    assert ("Nurbek Alimov", "deportation") not in events_by_name(run(text))


# news a relative learns is of the one the relative is named by


def test_his_brother_learned_that_he_had_been_held_is_the_missing_mans() -> None:
    text = ("Almazbek Kadyrbek uulu disappeared in April 2018. His brother, a Kyrgyz citizen "
            "living in Osh, learned only in March 2023 that he had been held in a camp in "
            "Artux.")
    assert ("Almazbek Kadyrbek uulu", "internment") in events_by_name(run(text))


def test_her_husband_learned_that_he_was_wanted_is_not_hers() -> None:
    text = ("Aigul Serikova has lived in Almaty since 2016. Her husband learned in May that "
            "he had been put on a wanted list in China.")
    found = events_by_name(run(text))
    assert not any(name == "Aigul Serikova" for name, _ in found)


# a warning given to a relative named in apposition, with the family as the price


def test_warned_his_mother_by_name_that_her_sister_would_answer_is_a_threat_to_her() -> None:
    text = ("In March 2021 a caller identifying himself as a police officer from Ghulja warned "
            "his mother, Zauresh Nurpeiskyzy, that her sister in China would \"answer\" for her "
            "son's statements.")
    assert ("Zauresh Nurpeiskyzy", "threat") in events_by_name(run(text))


# a visit by the police at the place where one works


def test_officers_visiting_her_at_the_college_where_she_teaches_is_harassment() -> None:
    text = ("Two officers from the Shymkent city police visited Botakoz Khamitova at the college "
            "where she teaches.")
    assert ("Botakoz Khamitova", "harassment") in events_by_name(run(text))


def test_a_friend_visiting_her_at_the_college_is_no_harassment() -> None:
    text = "Her friend Aliya visited Botakoz Khamitova at the college where she teaches."
    assert ("Botakoz Khamitova", "harassment") not in events_by_name(run(text))


# no word since, from anyone in the family


def test_no_one_in_the_family_has_heard_from_him_since_is_a_disappearance() -> None:
    text = ("Perhat Nurqasim was deported on May 17. No one in the family has heard from "
            "Nurqasim since.")
    assert ("Perhat Nurqasim", "disappearance") in events_by_name(run(text))


def test_nobody_from_the_family_has_seen_him_in_prison_is_no_disappearance() -> None:
    text = ("In November 2020 they moved Yerbol Tazhiev to a prison in Urumqi. Nobody from the "
            "family has seen him since 2018.")
    assert ("Yerbol Tazhiev", "disappearance") not in events_by_name(run(text))


# a camp's stay told by its length with the years set aside between commas


def test_spent_a_year_and_a_half_in_years_aside_in_a_training_centre_is_internment() -> None:
    text = ("In 2018 Sayan Shakhanov travelled to China on family business and spent a year and "
            "a half, in 2018-2019, in a so-called vocational training centre in Kulja.")
    assert ("Sayan Shakhanov", "internment") in events_by_name(run(text))


def test_spent_two_years_in_almaty_is_no_internment() -> None:
    text = "Sayan Shakhanov spent two years, from 2018 to 2020, in Almaty with his family."
    assert ("Sayan Shakhanov", "internment") not in events_by_name(run(text))


# cuffed on arrival


def test_i_was_handcuffed_at_the_police_station_is_a_detention() -> None:
    text = ("Sayan Shakhanov told the court: \"On 15 May 2018 I went to the city police station "
            "as instructed. I was handcuffed, a hood was put over my head, and I was driven "
            "away.\"")
    assert ("Sayan Shakhanov", "detention") in events_by_name(run(text))


def test_handcuffed_to_a_chair_alone_is_no_detention() -> None:
    text = ("Sayan Shakhanov said that during interrogations in the camp he was handcuffed to a "
            "metal chair for hours.")
    assert ("Sayan Shakhanov", "detention") not in events_by_name(run(text))


# moved to a camp from no place told


def test_moved_to_a_quoted_vocational_training_school_is_internment() -> None:
    text = ("About six weeks later, at the end of February 2020, Aidar Serikuly was moved to a "
            "\"vocational training school\" in Altay city.")
    assert ("Aidar Serikuly", "internment") in events_by_name(run(text))


def test_moved_from_a_jail_to_a_camp_stays_a_transfer() -> None:
    text = ("In March 2018 Aidar Serikuly was transferred from the county jail to a "
            "\"re-education\" camp.")
    assert ("Aidar Serikuly", "transfer") in events_by_name(run(text))


# the family's silence of the one it names after it


def test_the_family_has_received_no_word_from_him_is_his_disappearance() -> None:
    text = ("Elyar Kamiljan landed in Urumqi on May 26, 2017. His sister Gulqiz Kamiljan said he "
            "telephoned her from a hotel. The family has received no word from him or about "
            "him since, she said.")
    found = events_by_name(run(text))
    assert ("Elyar Kamiljan", "disappearance") in found
    assert ("Gulqiz Kamiljan", "disappearance") not in found


# a summons to be told of a verdict or a death is a notification


def test_summoned_and_told_that_her_husband_had_been_sentenced_is_no_harassment() -> None:
    text = ("On 11 May 2021 police summoned Kanipa Dauletova and told her that her husband had "
            "been sentenced in December 2019 to 16 years in prison.")
    assert ("Kanipa Dauletova", "harassment") not in events_by_name(run(text))


def test_summoned_and_questioned_about_her_interviews_is_harassment() -> None:
    text = ("On 11 May 2021 police summoned Kanipa Dauletova and questioned her for five hours "
            "about her interviews.")
    assert ("Kanipa Dauletova", "harassment") in events_by_name(run(text))


# the kind of activist before the name


def test_sentenced_civil_activist_x_is_xs_sentencing() -> None:
    text = ("The Medeu District Court of Almaty on Thursday sentenced civil activist Rauan "
            "Tursynov to two years of restriction of freedom.")
    assert ("Rauan Tursynov", "sentencing") in events_by_name(run(text))


# taken to a province, where the factory is told


def test_taken_to_a_province_where_she_assembles_in_a_factory_is_a_transfer() -> None:
    text = ("In March 2020, Dilfuze Kamilova was put on a train together with about 80 other "
            "young Uyghur women and taken to Jiangxi province, where she now assembles phone "
            "chargers in a factory near the city of Ganzhou.")
    assert ("Dilfuze Kamilova", "transfer") in events_by_name(run(text))


def test_sent_to_a_prison_where_he_worked_in_a_workshop_is_no_transfer() -> None:
    text = ("After the sentence Kazhymukan Orazov was sent to a prison in Yining, where he "
            "worked in a sewing workshop.")
    assert ("Kazhymukan Orazov", "transfer") not in events_by_name(run(text))


def test_moving_to_a_city_where_she_works_in_a_factory_is_no_transfer() -> None:
    text = "In 2016 Dilfuze Kamilova moved to Almaty, where she works in a factory."
    assert ("Dilfuze Kamilova", "transfer") not in events_by_name(run(text))


# walked back over the border into China


def test_walked_him_back_across_the_line_to_the_chinese_side_is_a_deportation() -> None:
    text = ("Kazakh border officers questioned Adilkhan Dulatov for about 40 minutes. Two "
            "officers walked Adilkhan back across the line to the Chinese side of the crossing.")
    assert ("Adilkhan Dulatov", "deportation") in events_by_name(run(text))


def test_taking_his_mother_back_to_china_for_a_visit_deports_no_one() -> None:
    text = "Adilkhan Dulatov took his mother back to China in 2015 to visit relatives."
    found = events_by_name(run(text))
    assert not any(kind == "deportation" for _, kind in found)


def test_taking_a_named_relative_back_to_china_deports_no_one() -> None:
    text = "In 2015 Adilkhan Dulatov took Aigul Dulatova back to China to visit relatives."
    found = events_by_name(run(text))
    assert not any(kind == "deportation" for _, kind in found)


# a name on a placard is shown, not the one the narration goes on with


_PLACARD = ("On 12 May Rauan Tursynov stood with a placard in front of the Almaty city police "
            "department. The placard read: \"Who beat Sayan Shakhov? Resume the "
            "investigation.\" About ten minutes later, police officers put him into a service "
            "car and took him to the Almaly district police department.")


def test_him_after_a_placard_naming_another_is_the_picketer() -> None:
    found = events_by_name(run(_PLACARD))
    assert ("Rauan Tursynov", "detention") in found
    assert ("Sayan Shakhov", "detention") not in found


def test_a_relative_named_on_the_placard_is_still_introduced_by_it() -> None:
    text = ("Assel Kairova stood outside the consulate with a placard reading \"Free my father "
            "Kairbek Baikov\".\n\n"
            "Kairova has been searching for her father since he disappeared after being "
            "summoned to a township office in Emin county in March 2018.")
    assert ("Kairbek Baikov", "disappearance") in events_by_name(run(text))


def test_a_date_read_from_an_anchor_cites_the_anchors_telling() -> None:
    text = ("Erlan Abaiuly died in a prison in Ghulja on Feb. 9, 2021, his family said.\n\n"
            "Two days after his father died, Daniyar Erlanuly said, a man called him from a "
            "Chinese number and warned him not to make noise abroad if he wanted his mother to "
            "stay healthy.")
    ex = run(text, "2021-03-01")
    names = {p.key: p.name for p in ex.persons}
    threat = next(e for e in ex.events
                  if names[e.person] == "Daniyar Erlanuly" and e.type == "threat")
    quotes = [e.quote for e in threat.evidence]
    assert any(q.startswith("Erlan Abaiuly died") for q in quotes)
    assert all(text[e.start:e.end] == e.quote for e in threat.evidence)


def test_a_capitalised_word_told_that_is_no_one_does_not_hide_the_one_told_before() -> None:
    text = ("An officer from Ghulja called Aigul Serikova in May and told her to stop. She told "
            "RFA the officer had said: \"If you keep talking, your mother will have problems.\"")
    assert ("Aigul Serikova", "threat") in events_by_name(run(text))
