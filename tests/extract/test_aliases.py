"""Other spellings a report gives for one name are one person, never two."""

from __future__ import annotations

import pytest

from extract.extract_helpers import events_by_name, person_names, run
from izde.extract.aliases import find_aliases, find_pronoun_aliases


def _aliases(text: str, name: str) -> list[str]:
    end = text.index(name) + len(name)
    return [text[a.start:a.end] for a in find_aliases(text, [end])]


@pytest.mark.parametrize("text", [
    "Ilham Sabit (also spelled Ilhom Sobit), an engineer, was held.",
    "Ilham Sabit (also known as Ilhom Sobit) was held.",
    "Ilham Sabit (a.k.a. Ilhom Sobit) was held.",
    "Ilham Sabit, also written Ilhom Sobit, was held.",
    "Ilham Sabit, whose name is also transliterated as Ilhom Sobit, was held.",
    "Ilham Sabit (alias Ilhom Sobit) was held.",
    "Ilham Sabit (Chinese name Ilhom Sobit) was held.",
    "Ilham Sabit (real name Ilhom Sobit) was held.",
    "Ilham Sabit (née Ilhom Sobit) was held.",
])
def test_alias_cue_gives_another_spelling(text: str) -> None:
    assert _aliases(text, "Ilham Sabit") == ["Ilhom Sobit"]


def test_several_spellings_joined_by_or() -> None:
    text = "Ilham Sabit (also spelled Ilhom Sobit or Ilkham Sabitov) was held."
    assert _aliases(text, "Ilham Sabit") == ["Ilhom Sobit", "Ilkham Sabitov"]


def test_whose_name_without_another_spelling_is_no_alias() -> None:
    text = "Ilham Sabit, whose name Ilhom Sobit gave to the police, was held."
    assert _aliases(text, "Ilham Sabit") == []


def test_name_after_and_is_no_alias() -> None:
    assert _aliases("Ilham Sabit and Ilhom Sobit were held.", "Ilham Sabit") == []


def test_also_without_a_naming_verb_is_no_alias() -> None:
    assert _aliases("Ilham Sabit, also Ilhom Sobit's cousin, was held.", "Ilham Sabit") == []


ALIASED = ("Ilham Sabit (also spelled Ilhom Sobit), a teacher from Hotan, was detained in 2018. "
           "Sobit was sentenced to nine years in 2019.")


def test_alias_is_not_a_second_person() -> None:
    assert person_names(run(ALIASED)) == {"Ilham Sabit"}


def test_alias_spelling_is_kept_among_the_names() -> None:
    person = run(ALIASED).persons[0]
    assert "Ilhom Sobit" in person.names


def test_short_form_of_the_alias_is_the_same_person() -> None:
    found = events_by_name(run(ALIASED))
    assert {("Ilham Sabit", "detention"), ("Ilham Sabit", "sentencing")} <= found


def test_alias_that_is_no_person_mention_is_still_a_spelling() -> None:
    ex = run("Ilham Sabit (also known as Ilham) was detained in 2018.")
    assert person_names(ex) == {"Ilham Sabit"} and "Ilham" in ex.persons[0].names


# Another name given through a possessive belongs to the person the pronoun means.

def _pronoun_aliases(text: str) -> list[tuple[str, str]]:
    return [(text[a.pronoun:a.pronoun + len(a.word)], text[a.start:a.end])
            for a in find_pronoun_aliases(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The verdict, in which he appears under the Chinese transliteration of his name, "
     "Aili Kaerimu, was leaked.", [("his", "Aili Kaerimu")]),
    ("The pinyin spelling of her name is Gulinaer Tuerxun.", [("her", "Gulinaer Tuerxun")]),
    ("Her Uyghur name is Gulnar Tursun.", [("Her", "Gulnar Tursun")]),
    ("His real name, Ali Karim, was never used in court.", [("His", "Ali Karim")]),
    ("In the indictment his Chinese name appears as Aili Kaerimu.", [("his", "Aili Kaerimu")]),
])
def test_a_possessive_gives_another_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pronoun_aliases(text) == expected


@pytest.mark.parametrize("text", [
    "Her name is Aigul.",  # no qualifier: may introduce someone unnamed so far
    "His name was spelled wrongly on the list.",
    "His Chinese name means nothing to his family.",
    "She learned his full name in Kazakh only later.",
])
def test_a_possessive_without_another_name_gives_none(text: str) -> None:
    assert _pronoun_aliases(text) == []


PINYIN = ("Ali Karim, a lecturer, was taken by police in 2017. In 2019 a court sentenced him to "
          "life imprisonment. The verdict, in which he appears under the Chinese "
          "transliteration of his name, Aili Kaerimu, later reached researchers.")


def test_the_name_a_possessive_gives_is_not_a_second_person() -> None:
    ex = run(PINYIN)
    assert person_names(ex) == {"Ali Karim"} and "Aili Kaerimu" in ex.persons[0].names


def test_the_possessive_alias_goes_to_the_pronouns_person_not_the_nearest_name() -> None:
    ex = run("Ali Karim was detained in 2017. His sister Gulnar Karimova said the Chinese "
             "transliteration of his name, Aili Kaerimu, was on the verdict.")
    names = {p.name: p.names for p in ex.persons}
    assert "Aili Kaerimu" in names["Ali Karim"] and "Aili Kaerimu" not in names.get(
        "Gulnar Karimova", [])


def test_a_name_someone_uses_is_an_alias_even_after_an_age() -> None:
    text = ("Kanat Tashtan uulu, 38, who uses the Russified surname Tashtanov in his documents, "
            "trades in Bishkek.")
    assert _aliases(text, "Kanat Tashtan uulu") == ["Tashtanov"]


def test_later_mentions_spelled_as_the_alias_are_the_same_person() -> None:
    ex = run("Kanat Tashtan uulu, 38, who uses the Russified surname Tashtanov in his documents, "
             "was detained in February. \"Mr. Tashtanov is a citizen of China,\" an official said.")
    assert person_names(ex) == {"Kanat Tashtan uulu"}


def test_his_name_also_spelled_is_his_alias() -> None:
    text = ("Yerlan Saparuly (Ерлан Сапарұлы; his name is also spelled Erlan Saparuly), 44, "
            "is a veterinarian.")
    assert person_names(run(text)) == {"Yerlan Saparuly"}


def test_his_name_given_after_a_woman_is_named_is_still_his() -> None:
    text = ("Yerlan Saparuly is a veterinarian.\n\nWhen was he detained?\n\nIn 2017, according "
            "to his wife, Aliya Dosymkhan. A roster lists him under the Chinese rendering of his "
            "name, Ai'erlan Sapa'er, with the same date.")
    assert person_names(run(text)) == {"Yerlan Saparuly", "Aliya Dosymkhan"}


def test_his_name_also_appears_as_gives_each_spelling() -> None:
    text = ("Abdureshit Omerjan was detained in Bishkek.\n\nHis name also appears as Abdurashid "
            "Omerjan and, in Chinese documents, as Abudurexiti Wumaierjiang.")
    assert person_names(run(text)) == {"Abdureshit Omerjan"}


def test_a_bracketed_language_gloss_is_an_alias() -> None:
    text = "ABUDUREXITI WUMAIERJIANG (in Uyghur: Abdurashid Omerjan), born 1986, was detained."
    assert len(run(text).persons) == 1


def test_a_name_written_in_another_style_is_an_alias() -> None:
    ex = run("Nurlan Sapargaliuly is a teacher. In Kazakhstan his name is often written in the "
             "Russian style as Nurlan Sapargaliev.")
    assert [p.names for p in ex.persons] == [["Nurlan Sapargaliuly", "Nurlan Sapargaliev"]]


def test_the_name_a_family_calls_someone_is_that_person() -> None:
    ex = run("My grandfather is called Jaqsylyq Amanbay. In our family we call him Ata.\n\n"
             "Ata was detained in 2018.")
    assert events_by_name(ex) == {("Jaqsylyq Amanbay", "detention")}
    assert ex.persons[0].names == ["Jaqsylyq Amanbay", "Ata"]


def test_a_nickname_stated_is_that_person() -> None:
    ex = run("Bolat Serikuly lives in Almaty. His nickname is Boke. Boke was detained in 2018.")
    assert events_by_name(ex) == {("Bolat Serikuly", "detention")}


def test_a_word_alone_with_no_nickname_cue_stays_no_person() -> None:
    ex = run("Bolat Serikuly lives in Almaty. We call the place home. Boke was detained in 2018.")
    assert person_names(ex) == {"Bolat Serikuly"}


def test_a_document_that_renders_his_name_otherwise_gives_an_alias() -> None:
    text = ("The court sentenced Talantbek Abdykalyk uulu to eight years for fraud. A copy of "
            'the verdict renders his name as "Talante Abudikalike." In 2020, he was moved to '
            "a prison in Kashgar.")
    assert person_names(run(text)) == {"Talantbek Abdykalyk uulu"}


# where the other spelling stands, told after the name or through a pronoun

def test_whose_name_appears_in_chinese_documents_as_gives_an_alias() -> None:
    text = ("Relatives learned last year that Musa, whose name appears in Chinese documents as "
            "Jilili Musa, is held in Kumul.")
    assert _aliases(text, "Musa") == ["Jilili Musa"]


def test_whose_name_appears_often_in_the_press_is_no_alias_without_as() -> None:
    text = "Jelil Musa, whose name appears often in the press, is held in Kumul."
    assert _aliases(text, "Jelil Musa") == []


def test_a_document_that_spells_his_name_without_as_gives_an_alias_and_its_it_another() -> None:
    text = ("Shohret Abdushukur was detained in Bishkek. The document spells his name Shukhrat "
            "Abdushukurov; the Chinese original gives it as Xiaokelaiti Abudushukuer.")
    found = [text[a.start:a.end] for a in find_pronoun_aliases(text)]
    assert found == ["Shukhrat Abdushukurov", "Xiaokelaiti Abudushukuer"]


def test_he_is_also_called_gives_an_alias() -> None:
    text = ("Zhoomart Abdymomunov vanished in Akto. In Kyrgyz he is also called Zhoomart "
            "Abdymomun uulu.")
    persons = run(text).persons
    assert len(persons) == 1
    assert "Zhoomart Abdymomun uulu" in persons[0].names


def test_he_is_called_in_for_questioning_names_no_one() -> None:
    text = "Zhoomart Abdymomunov lives in Osh. Every month he is called in for questioning."
    assert find_pronoun_aliases(text) == []


def test_whose_name_he_gave_in_chinese_as_after_a_dash_gives_an_alias() -> None:
    text = ("An officer confirmed that Shohret Hemdulla — whose name he gave in Chinese as "
            "Xiaokaiti Aimudula — had been sentenced in 2018.")
    assert _aliases(text, "Shohret Hemdulla") == ["Xiaokaiti Aimudula"]


def test_who_gave_her_name_as_names_a_new_person_not_an_alias() -> None:
    text = ("Tursunay Jappar is a teacher. An official at the committee, who gave her name as "
            "Raziye, told RFA that Tursunay Jappar had completed her study.")
    assert find_pronoun_aliases(text) == []
    assert ["Raziye"] in [p.names for p in run(text).persons]


def test_a_name_given_through_his_goes_to_the_man_it_spells_not_the_nearest() -> None:
    # "his" would take the brother named last; the Chinese name spells the other man
    ex = run("Sarsenbai Kadyrbekuly, 58, was sentenced in June. In February 2018, police came "
             "to the house where he was staying with his younger brother, Orazaly Kadyrbekuly. "
             "A court notice gives his name in Chinese as Saersenbai Kadierbieke "
             "(萨尔森拜·卡迪尔别克).")
    names = {p.name: set(p.names) for p in ex.persons}
    assert "Saersenbai Kadierbieke" in names["Sarsenbai Kadyrbekuly"]
    assert names["Orazaly Kadyrbekuly"] == {"Orazaly Kadyrbekuly"}


def test_a_name_given_through_his_that_spells_no_one_stays_with_the_pronoun() -> None:
    ex = run("Nurlan Amanov, 40, was detained in 2018. His friends say the court notice gives "
             "his name as Nuerlan Amannuofu.")
    assert {"Nurlan Amanov", "Nuerlan Amannuofu"} <= {n for p in ex.persons for n in p.names
                                                     if p.name == "Nurlan Amanov"}


def test_a_passport_giving_her_name_in_the_russian_form_gives_an_alias() -> None:
    ex = run("Sanawbar Qeyyum moved to Almaty in 2010. Her Kazakh passport gives her name in the "
             "Russian form, Sanaubar Kayumova.")
    assert {p.name: set(p.names) for p in ex.persons} == {
        "Sanawbar Qeyyum": {"Sanawbar Qeyyum", "Sanaubar Kayumova"}}


def test_an_initial_and_the_russian_form_of_a_named_mans_surname_are_his() -> None:
    ex = run("Her husband, Tanirbergen Yesimkhanuly, was convicted in 2019. His brother, Margulan "
             "Yesimkhanuly, was released. The ministry sent a note about “citizen T. "
             "Yesimkhanov.”")
    assert {p.name for p in ex.persons} == {"Tanirbergen Yesimkhanuly", "Margulan Yesimkhanuly"}


def test_an_initial_that_fits_no_named_man_stays_a_person_of_its_own() -> None:
    ex = run("Her husband, Tanirbergen Yesimkhanuly, was convicted in 2019. The note was signed "
             "by A. Yesimkhanov.")
    assert "A. Yesimkhanov" in {p.name for p in ex.persons}


def test_a_name_written_in_the_kyrgyz_way_is_hers() -> None:
    text = ("His wife, Nurjamal Kasymalieva, 39, is an ethnic Kyrgyz. In her own papers she "
            "writes her name in the Kyrgyz way, Nurjamal Kasymaly kyzy.")
    assert person_names(run(text)) == {"Nurjamal Kasymalieva"}


def test_the_spelling_a_name_would_have_in_uyghur_after_its_characters_is_hers() -> None:
    text = ("The fourth judgment concerns Ruziguli Xielifu (如孜古丽·谢里甫), a Uyghur woman born "
            "in 1977 in Kashgar, whose name would be spelled Rozigul Sherip in Uyghur.")
    [person] = run(text).persons
    assert "Rozigul Sherip" in person.names


def test_a_whose_name_after_a_described_other_person_is_not_the_first_ones() -> None:
    text = ("Ruziguli Xielifu met a friend of Aigul Serikova, whose name would be spelled "
            "Aygul Serikqyzy in Kazakh.")
    names = {p.name: set(p.names) for p in run(text).persons}
    assert "Aygul Serikqyzy" not in names.get("Ruziguli Xielifu", set())


def test_a_ruling_that_lists_him_as_another_form_gives_his_alias() -> None:
    text = ("Duishon Kulmat uulu, 44, was detained by migration police on February 28. The court "
            "ordered him expelled from Kyrgyzstan. The ruling lists him as Duishon Kulmatov.")
    [person] = run(text).persons
    assert "Duishon Kulmatov" in person.names


def test_a_report_naming_him_as_his_brothers_loose_spelling_is_the_brothers() -> None:
    text = ("Nurbakyt Ermekbaiuly keeps every letter. His brother Zhumagali Ermekbaiuly was "
            "detained in 2018.\n\nIn February 2021 police detained the older brother and kept "
            "him for five hours, according to a police report, which names him as Nurbakyt "
            "Ermekbaev.")
    names = {p.name: set(p.names) for p in run(text).persons}
    assert "Nurbakyt Ermekbaev" not in names["Zhumagali Ermekbaiuly"]
