"""Events: one case per phrasing, negation and hypotheticals, and who the event happens to."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, roles_of, run

A = "Askar Azatbek"
PHRASINGS = [
    # detention
    ("was_arrested", f"{A} was arrested by police in 2017.", "detention"),
    ("was_detained", f"{A} was detained on May 14.", "detention"),
    ("were_likely_detained", f"{A} and Bolat Seitov were likely detained.", "detention"),
    ("taken_into_custody", f"{A} was taken into custody at the border.", "detention"),
    ("taken_away_by_police", f"{A} was taken away by police at night.", "detention"),
    ("placed_in_pretrial_detention", f"{A} was placed in pretrial detention.", "detention"),
    ("held_in_custody", f"{A} remains in custody.", "detention"),
    ("flung_behind_bars", f"By March 2019, {A} had been flung behind bars.", "detention"),
    ("police_detained_name", f"Police detained {A} on Monday.", "detention"),
    ("officials_detained_two", f"Officials detained {A} and Bolat Seitov.", "detention"),
    ("crossed_border_to_arrest", f"Authorities crossed the border to arrest {A}.", "detention"),
    ("arrest_of_name", f"The arrest of {A} shocked his family.", "detention"),
    ("locked_up", f"They locked {A} up for a week.", "detention"),
    ("abducted", f"{A} was abducted outside his home.", "detention"),
    ("rounded_up", f"{A} was rounded up with others.", "detention"),
    ("ten_day_jail_term", f"{A} earned a 10-day jail term for his protest.", "detention"),
    # internment
    ("sent_to_reeducation_camp", f"{A} was sent to a re-education camp.", "internment"),
    ("held_in_training_centre", f"{A} was held in a vocational training centre.", "internment"),
    ("interned", f"{A} had been interned in 2018.", "internment"),
    ("spent_years_in_camp", f"{A} spent two years in an internment camp.", "internment"),
    # sentencing
    ("sentenced_to_years", f"{A} was sentenced to nine years on extremism charges.", "sentencing"),
    ("convicted", f"{A} was convicted in 2018.", "sentencing"),
    ("last_year_convicted", f"{A} was last year convicted of fraud.", "sentencing"),
    ("handed_sentence", f"{A} was handed a 10-year sentence.", "sentencing"),
    ("given_years", f"{A} was given nine years in prison.", "sentencing"),
    ("got_sentence_noun", f"What {A} got was a 20-year sentence.", "sentencing"),
    ("nine_year_prison_sentence", f"{A} received a nine-year prison sentence.", "sentencing"),
    ("jailed_for_years", f"{A} was jailed for 12 years.", "sentencing"),
    ("found_guilty", f"{A} was found guilty of separatism.", "sentencing"),
    ("court_sentenced_name", f"A court sentenced {A} to life in prison.", "sentencing"),
    ("authorities_jailed_him", f"{A} is a herder. Authorities jailed him.", "sentencing"),
    # imprisonment
    ("serving_sentence", f"{A} was serving his sentence in a prison in Gansu.", "imprisonment"),
    ("been_in_jail", f"{A} has been in jail for six years.", "imprisonment"),
    ("imprisoned", f"{A} was imprisoned in Urumqi.", "imprisonment"),
    # disappearance
    ("vanished", f"{A} vanished during a visit to Xinjiang.", "disappearance"),
    ("disappeared", f"{A} disappeared in 2017.", "disappearance"),
    ("went_missing", f"{A} went missing last year.", "disappearance"),
    ("not_heard_from", f"{A} has not been heard from since.", "disappearance"),
    ("possessive_disappearance", f"At the time of {A}'s disappearance, nobody knew.",
     "disappearance"),
    ("his_disappearance", f"{A} was a herder. Three years after his disappearance, news came.",
     "disappearance"),
    # transfer, release, deportation, asylum
    ("transferred", f"{A} was transferred to a prison in Gansu.", "transfer"),
    ("released", f"{A} was eventually released after protests.", "release"),
    ("freed", f"{A} was freed in May.", "release"),
    ("deported", f"{A} was deported to China.", "deportation"),
    ("will_be_deported", f"{A} will be deported, officials announced.", "deportation"),
    ("plans_to_deport", f"The government reconsidered plans to deport {A}.", "deportation"),
    ("extradited", f"{A} was extradited from Egypt.", "deportation"),
    ("granted_asylum", f"{A} was granted asylum in Sweden.", "asylum"),
    ("offered_them_asylum", f"{A} and Bolat Seitov were relieved when the ministry offered "
     "them all temporary asylum.", "asylum"),
    # violence and pressure
    ("assaulted", f"{A} was assaulted by a knifeman.", "assault"),
    ("beaten", f"{A} was beaten by guards.", "assault"),
    ("report_an_assault", f"{A} went to the police to report an assault.", "assault"),
    ("the_assault_occurred", f"The assault occurred on January 21, as {A} came home.", "assault"),
    ("threatened_passive", f"{A} was threatened by officers.", "threat"),
    ("told_would_be_arrested", f"Officials told {A} that he would be arrested if he returned.",
     "threat"),
    ("officers_warned_her_that", f"{A} gave interviews. In 2021 two officers of the district "
     "police came to her door and warned her that the interviews could harm her.", "threat"),
    ("police_told_him_to_stop", f"{A} films interviews. Last week the police told him to "
     "stop.", "threat"),
    ("police_took_him_from_the_clinic", f"{A} is a vet. In 2018 the police took him from the "
     "clinic.", "detention"),
    ("taken_off_the_bus", f"{A} travelled home. On February 14 he was taken off the bus by "
     "border officers.", "detention"),
    ("detained_a_description_then_the_name", "Bolat Seitov spoke. Later officers detained a "
     f"Uyghur citizen of China, {A}, 41, at a cafe.", "detention"),
    ("harassed", f"{A} was harassed by police for months.", "harassment"),
    ("chased_away", f"{A} and other picketers were chased away by police.", "harassment"),
    ("summoned", f"{A} was summoned by police twice.", "harassment"),
    ("tortured", f"{A} was tortured in custody.", "torture"),
    ("police_torturing_him", f"{A} is a student. The police have been torturing him.", "torture"),
    ("subjected_to_torture", f"{A} was subjected to torture.", "torture"),
    ("house_arrest", f"{A} had been under house arrest since March.", "house_arrest"),
    ("travel_ban", f"{A} was banned from leaving the country.", "travel_ban"),
    ("passport_taken_pronoun", f"{A} came home. Police confiscated his passport.",
     "passport_confiscation"),
    ("died", f"{A} died in custody in 2019.", "death"),
]


@pytest.mark.parametrize("text,etype", [c[1:] for c in PHRASINGS],
                         ids=[c[0] for c in PHRASINGS])
def test_event_from_phrasing(text: str, etype: str | None) -> None:
    found = {t for name, t in events_by_name(run(text)) if name == A}
    assert found == ({etype} if etype else set())


NOT_EVENTS = [
    ("not_charged", f"{A} was not charged."),
    ("not_detained", f"{A} was never detained."),
    ("fears_detention", f"{A} fears he will be detained."),
    ("could_face_torture", f"{A} could face torture if sent home."),
    ("might_be_arrested", f"{A} might be arrested on his return."),
    ("would_be_arrested_if", f"If {A} returned, he would be arrested."),
    ("voluntary_claim", f"China claims attendance is voluntary, {A} said."),
    ("called_for_release", f"Activists called for the release of {A}."),
    ("yet_to_be_released", f"{A} has yet to be released."),
    ("asking_to_be_transferred", f"{A} wrote, asking to be transferred to a Kazakh prison."),
    ("trying_to_have_released", f"Astana is still trying to have {A} released."),
    ("asked_to_deport", f"Authorities had asked Ankara to deport {A}."),
    ("not_deporting", f"{A} thanked Turkey for not deporting him."),
    ("calling_for_asylum", f"{A} held a press conference calling for asylum."),
    ("refusal_to_grant_asylum", f"They protested the refusal to grant {A} asylum."),
    ("faced_years", f"{A} faced seven years imprisonment for incitement."),
    ("generic_plural_detained", f"{A} said 1,200 Uyghurs were detained in Gansu."),
    ("comparison_like", f"Many were jailed, and others, like {A}, were held too."),
    ("agent_detained_others", f"{A} detained an unknown number of people."),
    ("agent_threatened_quote", f"{A} threatened “to engage with the government”."),
    ("held_press_conference", f"{A} held a press conference."),
    ("pastures_being_taken", f"{A} wrote a petition about their pastures being taken."),
    ("teacher_told_him_to_stop", f"{A} sang loudly. His teacher told him to stop."),
    ("doctor_warned_that", f"{A} gave interviews. Her doctor warned her that smoking could "
     "cause problems."),
    ("others_incarcerated", f"{A} fled a region where thousands have been incarcerated."),
    ("relative_of_subject", f"{A}'s husband vanished in 2017."),
    ("death_sentence_is_not_death", f"{A} was sentenced to death."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_EVENTS], ids=[c[0] for c in NOT_EVENTS])
def test_no_event_for_person(text: str) -> None:
    found = {t for name, t in events_by_name(run(text)) if name == A and t != "sentencing"}
    if "sentenced to death" in text:
        assert found == set()
        return
    assert {t for name, t in events_by_name(run(text)) if name == A} == set()


def test_death_sentence_is_sentencing_with_kind() -> None:
    ev = run(f"{A} was sentenced to death.").events
    assert [(e.type, e.sentence_kind, e.sentence_years) for e in ev] == [
        ("sentencing", "death", None)]


B = "Bolat Seitov"
ATTACHMENT = [
    ("pronoun_he_previous_sentence", f"{A} is a retired clerk. In 2017 he was arrested.", A),
    ("pronoun_skips_female", f"{A} lives abroad. Gauhar Kurmanalieva said she was afraid. "
     "Her brother? In May he was detained.", A),
    ("nearest_name_in_sentence", f"{B} said that {A} was arrested.", A),
    ("apposition_name", f"His brother, {A}, was detained.", A),
    ("object_after_active_verb", f"Police in Almaty detained {A} on Monday.", A),
    ("lede_pronoun_cataphora", f"Authorities sentenced him to 20 years. {A} denies it.", A),
]


@pytest.mark.parametrize("text,who", [c[1:] for c in ATTACHMENT], ids=[c[0] for c in ATTACHMENT])
def test_event_attaches_to(text: str, who: str) -> None:
    assert {name for name, _ in events_by_name(run(text))} == {who}


def test_two_men_refers_to_both_named() -> None:
    ex = run(f"{A} said he was persecuted, while {B} said he spent years in hiding. "
             "On Oct. 14, the two men were placed in pretrial detention.", "2019-12")
    assert events_by_name(ex) == {(A, "detention"), (B, "detention")}


def test_coordinated_subject_gets_event_each() -> None:
    ex = run(f"{A} and {B} were last year convicted on charges of illegal border crossing.")
    assert events_by_name(ex) == {(A, "sentencing"), (B, "sentencing")}


def test_kin_phrase_resolves_to_named_relative() -> None:
    ex = run(f"{B} learned that his brother, {A}, had been held. "
             "His brother's 10-year sentence was confirmed.")
    years = {e.sentence_years for e in ex.events if e.type == "sentencing"}
    assert (A, "sentencing") in events_by_name(ex) and years == {10.0}


def test_possessive_kin_unresolved_gives_nothing_to_possessor() -> None:
    assert events_by_name(run(f"When {A}'s husband vanished, she looked for him.")) == set()


def test_duplicate_mentions_merge_into_one_event() -> None:
    ex = run(f"{A} was detained on Dec. 7, 2017. Police detained {A} at the border.")
    assert len([e for e in ex.events if e.type == "detention"]) == 1
    assert len(ex.events[0].evidence) == 2


def first_event(text: str, published: str = "2021-02-22") -> object:
    return run(text, published).events[0]


def test_date_resolved_to_day() -> None:
    e = run(f"But on Dec. 7, 2017, when he visited the border, {A} was arrested.").events[0]
    assert e.date == "2017-12-07" and e.date_text == "Dec. 7, 2017"


def test_date_relative_to_publication() -> None:
    e = run(f"{A} was detained earlier this month.", "2019-12-20").events[0]
    assert e.date == "2019-12"


def test_date_never_more_precise_than_text() -> None:
    assert run(f"{A} was convicted in 2018.").events[0].date == "2018"


def test_date_before_clause_break_preferred() -> None:
    e = run(f"On Oct. 14, {A} was placed in pretrial detention, and earlier this month "
            "officials spoke.", "2019-12-20").events[0]
    assert e.date == "2019-10-14"


def test_sentence_years_from_term() -> None:
    assert run(f"{A} was sentenced to 12 years' imprisonment.").events[0].sentence_years == 12


def test_sentence_months_as_fraction() -> None:
    assert run(f"{A} was sentenced to 18 months in prison.").events[0].sentence_years == 1.5


def test_life_sentence_kind() -> None:
    e = run(f"{A} was sentenced to life in prison.").events[0]
    assert (e.sentence_kind, e.sentence_years) == ("life", None)


def test_charge_normalised_and_worded() -> None:
    e = run(f"{A} was given a 20-year sentence for “divulging state secrets.”").events[0]
    assert e.charge == "state_secrets" and e.charge_text is not None


def test_charge_extremism() -> None:
    e = run(f"{A} was sentenced to nine years on extremism charges.").events[0]
    assert e.charge == "extremism"


def test_charge_inciting_hatred() -> None:
    e = run(f"{A} was sentenced to 10 years for inciting racial hatred.").events[0]
    assert e.charge == "inciting_ethnic_hatred"


def test_place_from_gazetteer_in_sentence() -> None:
    ex = run(f"{A} was assaulted by a knifeman in Almaty.")
    place = next(p for p in ex.places if p.key == ex.events[0].place)
    assert place.name in ("Almaty",)


def test_agency_police() -> None:
    assert run(f"{A} was arrested by Chinese police.").events[0].agency == "police"


def test_agency_national_security_committee() -> None:
    e = run(f"{A} was detained by the National Security Committee.").events[0]
    assert e.agency == "National Security Committee"


def test_court_named_in_sentence() -> None:
    e = run(f"{A} was sentenced to 20 years by the Ili Prefectural Court.").events[0]
    assert e.court == "Ili Prefectural Court"


def test_event_evidence_is_the_sentence() -> None:
    text = f"Nothing else. {A} was detained in 2017. More text."
    ev = run(text).events[0].evidence[0]
    assert ev.quote == f"{A} was detained in 2017."


def test_cited_source_is_not_the_subject() -> None:
    ex = run("Nurgul Seitqali ran a shop in Ghulja. According to her daughter Aliya Seitqali, "
             "she was detained in March 2018.")
    assert events_by_name(ex) == {("Nurgul Seitqali", "detention")}


def test_trailing_speaker_gets_no_event_from_a_noun_trigger() -> None:
    ex = run("The assault happened at night, her daughter Aliya Bolatkyzy said.")
    assert events_by_name(ex) == set()


def test_testimony_narrator_is_a_relative_not_a_victim() -> None:
    ex = run("My name is Mahire Tursun. My sister, Dilnur Tursun, was detained in June 2017. "
             "I went to the consulate three times.")
    assert events_by_name(ex) == {("Dilnur Tursun", "detention")}
    assert "victim" not in roles_of(ex, "Mahire Tursun")
    assert "relative" in roles_of(ex, "Mahire Tursun")


def test_pronoun_after_an_unnamed_relative_does_not_look_ahead() -> None:
    ex = run("My sister was placed under surveillance, then she vanished.\n\n"
             "My name is Mahire Tursun.")
    assert events_by_name(ex) == set()


def test_first_person_is_never_an_earlier_name() -> None:
    ex = run("When Dilnur Tursun left the country, I was detained at the border.")
    assert events_by_name(ex) == set()


def test_name_after_according_to_phrase_is_the_subject() -> None:
    ex = run("Patigul Rozi was a teacher. According to the cousin, Patigul was held in a camp.")
    assert events_by_name(ex) == {("Patigul Rozi", "internment")}


def test_trailing_said_name_is_a_cited_source() -> None:
    ex = run("Gulnar Bekova lives in Almaty. \"The assault was brutal,\" said Aliya Bolatkyzy.")
    assert events_by_name(ex) == set()


def test_travel_ban_as_a_quoted_noun_is_no_event() -> None:
    ex = run("Sophie Marchetti called the incident \"a textbook travel ban without due process.\"")
    assert events_by_name(ex) == set()


def test_person_under_a_travel_ban() -> None:
    ex = run("Ainur Serikkyzy has been under a travel ban since May.")
    assert events_by_name(ex) == {("Ainur Serikkyzy", "travel_ban")}


def test_kin_word_before_a_name_beats_pronoun_votes_for_gender() -> None:
    ex = run("Akbota Nurlankyzy wept in court. Her husband, Nurzhan Abilov, lives in Zharkent. "
             "In 2016 Chinese authorities confiscated her passport.")
    assert events_by_name(ex) == {("Akbota Nurlankyzy", "passport_confiscation")}


def test_summoned_and_warned_is_a_threat() -> None:
    ex = run("Ainur Serikkyzy was summoned to a district police department and warned that her "
             "videos could be regarded as extremist.")
    assert ("Ainur Serikkyzy", "threat") in events_by_name(ex)


def test_quoted_camp_word_is_internment() -> None:
    ex = run("Akbota Nurlankyzy said she had spent ten months in a \"re-education\" camp.")
    assert events_by_name(ex) == {("Akbota Nurlankyzy", "internment")}


def test_a_lawyers_client_is_the_person_she_defends_not_the_lawyer() -> None:
    ex = run(f"Officers detained {A} on Saturday, said his lawyer Ainura Sydykova. She said her "
             "client has been held in a detention facility since his arrest.")
    found = events_by_name(ex)
    assert (A, "detention") in found and ("Ainura Sydykova", "detention") not in found
