"""Person names: what is a name, what is stripped from it, and what is not a person."""

from __future__ import annotations

import pytest

from extract.extract_helpers import person_names, run

FOUND = [
    ("kazakh_full_name", "Askar Azatbek told reporters he was afraid.", "Askar Azatbek"),
    ("patronymic_uly", "Qaster Musakhanuly arrived in the city last week.", "Qaster Musakhanuly"),
    ("patronymic_kyzy", "Aigerim Bolatkyzy said the hearing was closed.", "Aigerim Bolatkyzy"),
    ("russian_style_ov", "Yesterday Daniyar Serikbayev left the country.", "Daniyar Serikbayev"),
    ("russian_style_ova", "The case of Gauhar Kurmanalieva drew attention.", "Gauhar Kurmanalieva"),
    ("uyghur_name", "Abduweli Ayup spoke about the camps.", "Abduweli Ayup"),
    ("chinese_two_syllable_given", "Officials said Tan Tianxing had travelled.", "Tan Tianxing"),
    ("chinese_one_syllable_given", "The envoy Zhang Xiao spoke to the press.", "Zhang Xiao"),
    ("chinese_given_is_english_word", "A reporter, Qiao Long, asked questions.", "Qiao Long"),
    ("western_name", "Researcher Mehmet Kasikci said many were released.", "Mehmet Kasikci"),
    ("three_part_name", "Mahmut Abdurahman Kerim was seen in court.", "Mahmut Abdurahman Kerim"),
    ("title_mr_stripped", "Mr Nurlan Bekov said nothing.", "Nurlan Bekov"),
    ("deputy_chief_stripped", "Deputy chief Darkhan Dilmanov announced it.", "Darkhan Dilmanov"),
    ("kazakh_title_stripped", "Orunbasari Bekzat Mahsutkhan told RFA.", "Bekzat Mahsutkhan"),
    ("ambassador_stripped", "Ambassador Zhang Xiao told a newspaper.", "Zhang Xiao"),
    ("former_student_stripped", "Former student Taghirsyz Dawutkhan was held.",
     "Taghirsyz Dawutkhan"),
    ("sentence_initial_conjunction", "But Serik Ospanov disagreed.", "Serik Ospanov"),
    ("country_before_name", "China's Ambassador in Kazakhstan Zhang Xiao spoke.", "Zhang Xiao"),
    ("possessive_name", "Kaisha Akan's lawyer said so.", "Kaisha Akan"),
    ("name_after_comma", "His sister, Gulnar Seitkali, lives in Almaty.", "Gulnar Seitkali"),
    ("cued_single_named", "An official named Guljan said so.", "Guljan"),
    ("cued_single_called", "An employee called Aidana refused to comment.", "Aidana"),
    ("byline_reported_by", "The text.\n\nReported by Gulchehre Hoja for RFA.", "Gulchehre Hoja"),
    ("byline_translated", "The text.\n\nTranslated by Elise Anderson.", "Elise Anderson"),
    ("byline_written_english", "Text.\n\nWritten in English by Joshua Lipes.", "Joshua Lipes"),
    ("author_line", "Headline\n\nChris Rickleton Feb 22, 2021\n\nText here.", "Chris Rickleton"),
    ("is_a_journalist", "Text.\n\nAnna Petrova is a journalist based in Almaty.", "Anna Petrova"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_person_is_found(text: str, name: str) -> None:
    assert name in person_names(run(text))


NOT_PERSONS = [
    ("organisation_with_org_word", "The Ili Prefectural Court ruled on it."),
    ("committee", "The National Security Committee declined to comment."),
    ("news_outlet_common_words", "He told the Global Times about it."),
    ("rights_group_common_words", "Human Rights Watch said in August that it was wrong."),
    ("radio_station", "She told Radio Free Asia on Monday."),
    ("university", "He studied at Arizona State University for years."),
    ("month_and_day", "On Monday January the talks resumed."),
    ("nationality_pair", "Many Kazakh Muslims fled across the border."),
    ("place_pair", "They travelled from Almaty to Nur-Sultan in a day."),
    ("place_with_place_word", "He lived in Bortala Mongol Autonomous Prefecture for years."),
    ("headline_words", "Mass Detentions Continue"),
    ("navigation_words", "View Full Site"),
    ("all_caps", "PHOTO GALLERY (CLICK TO ENLARGE)"),
    ("single_word_uncued", "Atajurt posted the videos online."),
    ("sentence_initial_common_word", "Shortly thereafter, the protests resumed."),
    ("interior_ministry", "The Interior Ministry decided to offer asylum."),
    ("embassy", "The Chinese Embassy ignored a request."),
    ("city_called", "He lived in Ghulja, a city called Yining in Chinese."),
    ("day_name", "Human Rights Day was marked on Tuesday."),
    ("han_chinese", "Compared with the Han Chinese, minorities face more checks."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_PERSONS], ids=[c[0] for c in NOT_PERSONS])
def test_no_person_is_found(text: str) -> None:
    assert person_names(run(text)) == set()


def test_short_surname_joins_full_name() -> None:
    ex = run("Askar Azatbek was arrested. Azatbek, 47, is innocent.")
    assert [p.names for p in ex.persons] == [["Askar Azatbek", "Azatbek"]]


def test_short_given_name_joins_full_name() -> None:
    ex = run("Serikzhan Bilash spoke. He talked about Serikzhan and others.")
    assert len(ex.persons) == 1 and len(ex.persons[0].mentions) == 2


def test_chinese_surname_short_form_joins() -> None:
    ex = run("A diplomat, Gu Ming, wrote to him. Gu also said it was final.")
    assert len(ex.persons) == 1 and "Gu" in ex.persons[0].names


def test_unmatched_single_word_is_dropped() -> None:
    assert person_names(run("Askar Azatbek met Bolat at noon.")) == {"Askar Azatbek"}


def test_shared_surname_goes_to_the_first_introduced_person() -> None:
    ex = run("Nurgul Seitqali was detained in 2018. Her daughter Aliya Seitqali lives in "
             "Almaty. Seitqali was later sentenced.")
    nurgul = next(p for p in ex.persons if p.name == "Nurgul Seitqali")
    assert len(nurgul.mentions) == 2


def test_shared_surname_goes_to_the_first_introduced_not_the_most_quoted() -> None:
    # the writer repeats Marat's full name where a bare "Bekov" would mean Aidos
    ex = run("Aidos Bekov spoke first. Then Marat Bekov spoke. Marat Bekov said more. "
             "Later Bekov left.")
    aidos = next(p for p in ex.persons if p.name == "Aidos Bekov")
    assert len(aidos.mentions) == 2


def test_two_people_two_persons() -> None:
    assert person_names(run("Kapar Akhat and Zhumamurat Shamshi were held.")) == {
        "Kapar Akhat", "Zhumamurat Shamshi"}


def test_title_not_in_mention_span() -> None:
    text = "Deputy director Tan Tianxing went to Kazakhstan."
    p = run(text).persons[0]
    assert text[p.mentions[0].start:p.mentions[0].end] == "Tan Tianxing"


def test_byline_name_with_two_credits() -> None:
    names = person_names(run("Text.\n\nReported by Qiao Long for RFA's Mandarin Service. "
                             "Translated and edited by Luisetta Mudie."))
    assert names == {"Qiao Long", "Luisetta Mudie"}
