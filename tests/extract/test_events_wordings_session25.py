"""Wordings read in session 25 (general forms, invented names)."""

from __future__ import annotations

from extract.extract_helpers import dates_by_name, events_by_name, place_name, run

# a contrasting clause with its own subject ("..., while his brother fled to Germany") tells
# another story: its places are not the main clause's event's


def test_a_place_in_a_contrasting_clause_of_another_subject_is_not_the_events() -> None:
    text = "Ermek Karimov was interned in 2018, while his brother fled to Germany."
    assert place_name(run(text), "Ermek Karimov", "internment") is None


def test_a_place_after_while_and_a_participle_is_still_the_events() -> None:
    text = "Ermek Karimov was detained in April 2018 while visiting relatives in Ghulja."
    assert place_name(run(text), "Ermek Karimov", "detention") is not None


# a death reported and then found untrue is no death


def test_a_death_the_family_later_learned_was_untrue_is_not_a_death() -> None:
    text = ("Relatives were told in 2019 that Ubul Zakir had died, but in 2023 they learned he "
            "was alive in a prison in Urumqi.")
    assert ("Ubul Zakir", "death") not in events_by_name(run(text))


def test_a_death_whose_news_came_late_is_still_a_death() -> None:
    text = "Ubul Zakir died in custody in 2019, but his family was not told until 2021."
    assert ("Ubul Zakir", "death") in events_by_name(run(text))


def test_reports_of_a_death_that_proved_false_are_not_a_death() -> None:
    text = ("Reports in 2019 that Ubul Zakir had died in a camp turned out to be false: he is "
            "serving 15 years in prison.")
    assert ("Ubul Zakir", "death") not in events_by_name(run(text))


# what a leaked list or police file records of someone: the status it gives is the event


def test_a_leaked_list_recording_her_as_detained_is_a_detention() -> None:
    text = ("Her son found her name, Ayshem Ghopur, on a leaked police list that recorded her as "
            "\"detained\" in Kashgar in 2017.")
    assert dates_by_name(text)[("Ayshem Ghopur", "detention")] == "2017"


def test_listed_as_in_training_is_an_internment() -> None:
    text = "In the leaked files, Ayshem Ghopur is listed as \"in training\" since March 2018."
    assert dates_by_name(text)[("Ayshem Ghopur", "internment")] == "2018-03"


def test_a_file_marking_him_as_sentenced_is_a_sentencing() -> None:
    text = "The spreadsheet marks Tursun Ablet as \"sentenced\" and gives no term."
    assert ("Tursun Ablet", "sentencing") in events_by_name(run(text))


def test_a_report_describing_someone_as_a_teacher_is_no_event() -> None:
    text = "The report described Tursun Ablet as a respected teacher in Aksu."
    assert events_by_name(run(text)) == set()


# the country a ban keeps someone in is not where the ban was imposed


def test_a_travel_ban_at_an_airport_is_placed_at_the_airport_not_the_country_left() -> None:
    text = ("On February 27, border officers at Almaty airport stopped Myrzabek Sadyr from "
            "boarding a flight to Istanbul, telling him he was banned from leaving Kazakhstan.")
    assert place_name(run(text), "Myrzabek Sadyr", "travel_ban") == "Almaty"


def test_a_town_one_may_not_leave_is_the_bans_place() -> None:
    text = "Myrzabek Sadyr was barred from leaving Nilka County in 2019."
    assert place_name(run(text), "Myrzabek Sadyr", "travel_ban") == "Nilka County"


# one held together with another: the companion is held too


def test_a_companion_named_after_together_with_is_detained_too() -> None:
    text = ("Seyitjan Mettohti, a historian, was detained in April 2018 together with two "
            "colleagues, one of them Luqman Salam, a scholar of Uyghur literature.")
    dated = dates_by_name(text)
    assert dated[("Luqman Salam", "detention")] == "2018-04"


def test_a_companion_after_his_kin_word_is_detained_too() -> None:
    text = "Police detained Seyitjan Mettohti along with his colleague, Luqman Salam, in May."
    assert ("Luqman Salam", "detention") in events_by_name(run(text))


def test_a_name_after_a_clause_with_along_with_others_is_not_a_companion() -> None:
    text = ("Seyitjan Mettohti was detained in 2018 along with thousands of others, Luqman "
            "Salam said.")
    assert ("Luqman Salam", "detention") not in events_by_name(run(text))


def test_one_of_the_colleagues_detained_with_another_is_detained() -> None:
    text = ("Luqman Salam, a scholar of classical Uyghur literature and one of the two "
            "colleagues detained with Mettohti on 11 April 2018, died in custody in December "
            "2019.")
    dated = dates_by_name(text)
    assert dated[("Luqman Salam", "detention")] == "2018-04-11"
    assert dated[("Luqman Salam", "death")] == "2019-12"


def test_taken_on_the_same_day_as_another_is_a_detention() -> None:
    text = "Luqman Salam was my father's colleague. He was taken on the same day as my father."
    assert ("Luqman Salam", "detention") in events_by_name(run(text))


def test_driven_away_in_separate_cars_is_a_detention() -> None:
    text = ("Seyitjan Mettohti and Luqman Salam were called to a meeting in April 2018. They "
            "were driven away in separate cars.")
    dated = dates_by_name(text)
    assert dated[("Seyitjan Mettohti", "detention")] == "2018-04"
    assert dated[("Luqman Salam", "detention")] == "2018-04"


# a date inside a relative clause or an apposition before the trigger is the clause's


def test_a_death_after_a_relative_clause_with_a_day_takes_its_own_month() -> None:
    text = "Luqman Salam, who was detained on 11 April 2018, died in December 2019."
    assert dates_by_name(text)[("Luqman Salam", "death")] == "2019-12"


def test_a_death_after_an_apposition_with_a_day_takes_its_own_month() -> None:
    text = "Luqman Salam, a scholar detained on 11 April 2018, died in custody in December 2019."
    assert dates_by_name(text)[("Luqman Salam", "death")] == "2019-12"


def test_a_date_opening_the_sentence_before_an_apposition_still_dates_the_event() -> None:
    text = "In April 2018, Luqman Salam, a scholar, was detained."
    assert dates_by_name(text)[("Luqman Salam", "detention")] == "2018-04"


# someone the report says is alive did not die, whatever a rumour told


def test_a_rumoured_death_of_someone_a_letter_says_is_alive_is_no_death() -> None:
    text = ("Toktobolot Sherikbek uulu was held at the border in 2018. Later other inmates told "
            "a released man that Sherikbek uulu had died of heart failure.\n\n"
            "Last month a letter from the ministry said: \"T. Sherikbekov is alive and is "
            "serving a sentence in Kashgar.\"")
    assert ("Toktobolot Sherikbek uulu", "death") not in events_by_name(run(text))


def test_a_death_of_someone_whose_family_does_not_know_if_he_is_alive_stays() -> None:
    text = ("Other inmates said Toktobolot Sherikbek uulu died in the camp in 2019. His wife "
            "says she does not know whether he is alive.")
    assert ("Toktobolot Sherikbek uulu", "death") in events_by_name(run(text))


def test_alive_when_last_seen_does_not_undo_a_death() -> None:
    text = ("Toktobolot Sherikbek uulu died in the camp in 2019. He was alive when his cellmate "
            "last saw him in March.")
    assert ("Toktobolot Sherikbek uulu", "death") in events_by_name(run(text))


def test_border_officers_holding_someone_at_a_crossing_is_a_detention() -> None:
    text = ("On November 14, 2018, Chinese border officers held Toktobolot Sherikbek uulu at the "
            "Torugart crossing as he was returning home.")
    assert dates_by_name(text)[("Toktobolot Sherikbek uulu", "detention")] == "2018-11-14"


def test_a_day_with_that_year_takes_the_year_told_before() -> None:
    text = ("Bekzhigit Kanagatuly broke his hip in February 2018 and was still in hospital when "
            "police officers detained him on March 14 that year.")
    assert dates_by_name(text)[("Bekzhigit Kanagatuly", "detention")] == "2018-03-14"


def test_held_with_a_named_companion_in_a_camp_is_the_companions_internment() -> None:
    text = ("A neighbour told them he had been held with Bekzhigit Kanagatuly in a camp in "
            "Nilka in 2018.")
    assert ("Bekzhigit Kanagatuly", "internment") in events_by_name(run(text))


def test_detained_with_his_wife_named_in_apposition_detains_her_too() -> None:
    text = "Aidos Seitov was detained with his wife, Gulnar Aben, in May 2018."
    assert dates_by_name(text)[("Gulnar Aben", "detention")] == "2018-05"


def test_detained_with_a_bag_over_his_head_names_no_companion() -> None:
    text = "Aidos Seitov was detained with a bag over his head in May 2018, Gulnar Aben said."
    assert ("Gulnar Aben", "detention") not in events_by_name(run(text))


def test_moved_with_a_long_time_phrase_before_the_facility_is_a_transfer() -> None:
    text = ("Bekzhigit Kanagatuly was moved in the autumn of 2018 to a larger facility on the "
            "edge of Ghulja.")
    assert dates_by_name(text)[("Bekzhigit Kanagatuly", "transfer")] == "2018-23"


def test_a_status_quoted_from_a_lists_row_is_the_event_it_names() -> None:
    text = ("The list also contains a row for her younger brother, Kamaldin Jalil. It shows that "
            "he was detained in July 2017 and notes \"sentenced, 10 years\" with the year 2018.")
    assert ("Kamaldin Jalil", "sentencing") in events_by_name(run(text))


def test_an_officer_who_kept_calling_asking_for_his_address_harasses_him() -> None:
    text = ("Bahadir Ghayrat said that in the spring of 2018 a man who said he was a police "
            "officer in Kashgar began calling him on WeChat, asking for the address of his "
            "apartment in Istanbul.")
    assert dates_by_name(text)[("Bahadir Ghayrat", "harassment")] == "2018-21"


def test_an_officer_asking_for_his_address_is_harassment() -> None:
    text = ("Bahadir Ghayrat said a police officer in Kashgar called him on WeChat and asked for "
            "his address.")
    assert ("Bahadir Ghayrat", "harassment") in events_by_name(run(text))


# a warning against an activity, with no price named, presses without threatening


def test_officers_coming_to_warn_her_against_pickets_is_harassment() -> None:
    text = ("Twice in January, officers from the Taldykorgan police came to the home of Gulzhamal "
            "Amanbekkyzy to warn her against holding pickets without permission.")
    found = events_by_name(run(text))
    assert ("Gulzhamal Amanbekkyzy", "harassment") in found
    assert ("Gulzhamal Amanbekkyzy", "threat") not in found


def test_officers_coming_to_warn_her_that_her_son_would_suffer_is_a_threat() -> None:
    text = ("Police came to the home of Gulzhamal Amanbekkyzy to warn her that her son would "
            "suffer.")
    assert ("Gulzhamal Amanbekkyzy", "threat") in events_by_name(run(text))


def test_a_death_told_wrongly_of_a_man_later_named_alive_with_his_particle_is_no_death() -> None:
    text = ("In 2020 the family of Toktobolot Sherikbek uulu was told by a former detainee that "
            "he had died. In June the authorities said that Mr. Sherikbek uulu is alive and "
            "serving a 12-year sentence.")
    assert ("Toktobolot Sherikbek uulu", "death") not in events_by_name(run(text))


def test_a_ledes_businesswoman_is_not_the_man_named_first_whose_mother_follows() -> None:
    text = ("A Uyghur businesswoman who was detained on her return to Kashgar from Turkey in "
            "2017 died in an internment camp in early 2019, a former cellmate told RFA. The "
            "account is the first word that Bahadir Ghayrat, a clothing trader in Istanbul, has "
            "received about his mother, Hayrinisa Jalil.")
    found = events_by_name(run(text))
    assert ("Hayrinisa Jalil", "death") in found
    assert ("Bahadir Ghayrat", "death") not in found


# moved to a camp: an internment, unless the telling just before put the person in a camp


def test_moved_from_a_police_station_to_the_camp_is_an_internment() -> None:
    text = ("Police drove Hanzohre Ibrahimova to a police station on Feb. 21, 2018. Two weeks "
            "later, she was moved to the camp in Konasheher.")
    dated = dates_by_name(text)
    assert dated[("Hanzohre Ibrahimova", "internment")] == "2018-03-07"
    assert ("Hanzohre Ibrahimova", "transfer") not in dated


def test_moved_to_the_camp_after_being_held_in_another_is_a_transfer() -> None:
    text = ("His father, Sembek Tolybaiuly, was first held in the \"school\" (camp) set up in the "
            "old vocational school in Mongolküre. In September 2018 he was moved to the camp in "
            "Tekes.")
    assert dates_by_name(text)[("Sembek Tolybaiuly", "transfer")] == "2018-09"


def test_moved_to_another_camp_is_a_transfer() -> None:
    text = ("Hanzohre Ibrahimova was held in a camp in Kashgar. In 2019 she was moved to "
            "another camp in Konasheher.")
    assert dates_by_name(text)[("Hanzohre Ibrahimova", "transfer")] == "2019"


def test_officials_confiscating_ms_xs_passport_is_her_passport_confiscation() -> None:
    text = ("His wife, Aiymgul Dosymkyzy, went to the police. Village officials confiscated "
            "Ms. Dosymkyzy's passport in October 2017.")
    assert dates_by_name(text)[("Aiymgul Dosymkyzy", "passport_confiscation")] == "2017-10"


def test_may_not_leave_the_township_is_a_travel_ban() -> None:
    text = "Aiymgul Dosymkyzy may not leave the township without written permission."
    assert ("Aiymgul Dosymkyzy", "travel_ban") in events_by_name(run(text))


def test_told_her_she_was_not_permitted_to_leave_in_quotes_is_a_travel_ban() -> None:
    text = ("Araylym Egizbaikyzy tried to cross into Kazakhstan at the Bakhty checkpoint. "
            "Chinese border officers took her passport and told her she was \"not permitted to "
            "leave the country.\"")
    assert ("Araylym Egizbaikyzy", "travel_ban") in events_by_name(run(text))


def test_officers_hitting_him_with_a_baton_is_an_assault() -> None:
    text = "Officers punched Khamza Egizbaiuly and hit him with a baton in the police van."
    assert ("Khamza Egizbaiuly", "assault") in events_by_name(run(text))


def test_sanctions_that_hit_him_in_a_way_are_no_assault() -> None:
    text = "The sanctions hit Khamza Egizbaiuly in a way he did not expect."
    assert events_by_name(run(text)) == set()


def test_a_court_ordering_her_quoted_administrative_expulsion_is_a_deportation() -> None:
    text = ("The court fined Shugyla Uteshkyzy 145,000 tenge for violating the rules on peaceful "
            "assemblies and ordered her \"administrative expulsion\" from the country.")
    assert ("Shugyla Uteshkyzy", "deportation") in events_by_name(run(text))


def test_officers_coming_to_his_workplace_to_advise_him_is_harassment() -> None:
    text = ("Usonbek Sherikbekov says two officers of the State Committee for National Security "
            "came to his workplace in May and advised him \"not to make noise\" about the case.")
    assert dates_by_name(text)[("Usonbek Sherikbekov", "harassment")] == "2021-05"


def test_a_message_the_narrator_got_threatens_the_narrator_not_the_one_asked_before() -> None:
    text = ("Second, my mother. Maysigul Zayit is 57 and lives alone in Aksu.\n\n"
            "In September police came to her door. They asked her what I do in the Netherlands. "
            "When she came home she sent me one message: \"Don't call for a while.\"\n\n"
            "Third, me. Three weeks ago I got a message on WhatsApp from a number I did not "
            "know. It said: \"Your mother is getting old. Think about her health before you "
            "speak in The Hague again.\"\n\n"
            "— Zuhre Seyitjan, Utrecht\n")
    found = events_by_name(run(text, "2024-11-30"))
    assert ("Zuhre Seyitjan", "threat") in found
    assert ("Maysigul Zayit", "threat") not in found


def test_police_telling_his_mother_that_he_must_return_home_harasses_him() -> None:
    text = ("Ilgiz Isakbek uulu had been studying in Bishkek since 2014. In May 2018, he says, "
            "police in Artux told his mother that he must return home within a month.")
    assert dates_by_name(text)[("Ilgiz Isakbek uulu", "harassment")] == "2018-05"


def test_police_asking_relatives_to_persuade_her_to_return_harasses_her() -> None:
    text = ("Akgul Bekzhigitkyzy recorded a video appeal. Her Kazakh passport has since been "
            "photographed and circulated among relatives in Nilka by police, who asked them to "
            "persuade her to return.")
    assert ("Akgul Bekzhigitkyzy", "harassment") in events_by_name(run(text))


def test_police_who_did_not_ask_relatives_to_persuade_her_is_no_event() -> None:
    text = ("Akgul Bekzhigitkyzy recorded a video appeal. Police did not ask her relatives to "
            "persuade her to return.")
    assert events_by_name(run(text)) == set()


def test_officers_reciting_the_law_against_pickets_harass_rather_than_threaten() -> None:
    text = ("In June, after Gulzhamal Amanbekkyzy stood alone outside the regional "
            "administration building, two police officers came to her flat and warned her that "
            "unauthorized pickets are punishable by a fine.")
    found = events_by_name(run(text))
    assert ("Gulzhamal Amanbekkyzy", "harassment") in found
    assert ("Gulzhamal Amanbekkyzy", "threat") not in found


def test_officers_warning_her_that_her_son_would_suffer_threaten_her() -> None:
    text = ("Two police officers came to the flat of Gulzhamal Amanbekkyzy and warned her that "
            "her son would suffer.")
    assert ("Gulzhamal Amanbekkyzy", "threat") in events_by_name(run(text))


# a pronoun joined to a counted group whose members are then named is one of the group


def test_he_and_two_named_colleagues_are_all_detained() -> None:
    text = ("Seyitjan Mettohti taught history. In April 2018, he and two colleagues, Luqman Salam "
            "and Rayila Senwer, were detained.")
    found = events_by_name(run(text))
    assert {("Seyitjan Mettohti", "detention"), ("Luqman Salam", "detention"),
            ("Rayila Senwer", "detention")} <= found


def test_they_after_he_and_two_named_colleagues_are_all_three() -> None:
    text = ("Seyitjan Mettohti taught history. In April 2018, he and two colleagues — Luqman "
            "Salam, a 63-year-old scholar, and Rayila Senwer, a 41-year-old lecturer — were "
            "called to a meeting. They were driven away in separate cars.")
    assert ("Seyitjan Mettohti", "detention") in events_by_name(run(text))


def test_two_named_persons_are_they_without_a_pronoun_before_them() -> None:
    text = "Aigul Serikova and Marat Bekov spoke at the rally. They were detained on Monday."
    assert {p for p, _ in events_by_name(run(text))} == {"Aigul Serikova", "Marat Bekov"}


def test_a_relative_named_inside_a_described_subjects_clause_is_not_the_subject() -> None:
    text = ("Almaty (AFP) - A woman who spent ten days on hunger strike to demand news of her "
            "husband, jailed in Xinjiang, has been fined and ordered to leave Kazakhstan, her "
            "lawyer said Friday. Shugyla Uteshkyzy, 58, was detained by police on Wednesday. "
            "Her husband, Sarkytbek Tolepbergenuly, disappeared in 2018.")
    found = events_by_name(run(text))
    assert ("Shugyla Uteshkyzy", "deportation") in found
    assert ("Sarkytbek Tolepbergenuly", "deportation") not in found


# one of the men in the teller's room was held there, as the teller was


def test_one_of_the_men_in_my_room_was_held_in_the_camp() -> None:
    text = ("5. In the centre I shared a room with 14 other men in a camp in Ghulja.\n\n"
            "7. One of the men in my room was Nurtay Zeinolda, aged about 70, a retired herder "
            "from a village near Ghulja.")
    assert ("Nurtay Zeinolda", "internment") in events_by_name(run(text))


def test_another_man_in_my_room_named_in_apposition_was_held_in_the_camp() -> None:
    text = ("5. In the centre I shared a room with 14 other men in a camp in Ghulja.\n\n"
            "8. In the winter of 2018, another man in my room, Yersin Mukan, aged 26, tried to "
            "take his own life.")
    assert ("Yersin Mukan", "internment") in events_by_name(run(text))
