"""Translated Chinese criminal judgments: defendants, custody, verdict, defence and bench."""

from __future__ import annotations

from extract.extract_helpers import attr_of, events_by_name, person_names, roles_of, run
from izde.extract.judgment_parts import judgment_date
from izde.extract.judgments import is_judgment, read_judgment
from izde.extract.model import ExtractedEvent, Extraction

JUDGMENT = (
    "Altay Prefecture Intermediate People's Court\n"
    "Criminal Judgment\n"
    "(2019) Xin 43 Xing Chu No. 58\n"
    "Defendant Saierjiang·Wulanbieke (赛尔江·乌兰别克), male, born 9 July 1983 in Burqin "
    "County, Kazakh ethnicity, high school education, driver, residing in Burqin "
    "County. Taken into criminal detention by the Burqin County Public Security "
    "Bureau on 4 August 2018 on suspicion of picking quarrels and provoking trouble; "
    "arrest approved on 30 August 2018. Currently held at the Altay Prefecture "
    "Detention Centre.\n"
    "Defender: Zhang Min, lawyer of Altay Tianyuan Law Firm.\n"
    "The Altay Prefecture People's Procuratorate charged the defendant with picking "
    "quarrels and provoking trouble. The court held a public hearing on 10 December "
    "2018.\n"
    "The court finds that the defendant posted messages abroad.\n"
    "I. The defendant Saierjiang·Wulanbieke is guilty of the crime of picking "
    "quarrels and provoking trouble and is sentenced to fixed-term imprisonment of "
    "seven years, with deprivation of political rights for two years. (The term runs "
    "from 4 August 2018 to 3 August 2025.)\n"
    "Presiding Judge: Wei Dong\n"
    "People's Assessor: Nurgul Sadyk\n"
    "Clerk: Liu Fang\n"
    "20 January 2019\n"
)

TWO = (
    "Hotan Prefecture Intermediate People's Court\n"
    "Criminal Judgment\n"
    "Defendant Maimaitijiang·Aisa (买买提江·艾萨), male, born 1975, Uyghur ethnicity, "
    "farmer. Criminally detained by the Hotan County Public Security Bureau on 2 "
    "March 2017 on suspicion of splitting the state. Currently held at the Hotan "
    "County Detention Centre.\n"
    "Defendant Tuerxun·Maimaiti, male, born 1980, Uyghur ethnicity, trader. "
    "Criminally detained by the Hotan County Public Security Bureau on 5 March 2017 "
    "on suspicion of inciting ethnic hatred and ethnic discrimination.\n"
    "1. The defendant Maimaitijiang·Aisa is guilty of the crime of splitting the "
    "state and is sentenced to life imprisonment, with deprivation of political "
    "rights for life.\n"
    "2. The defendant Tuerxun·Maimaiti is guilty of the crime of inciting ethnic "
    "hatred and ethnic discrimination and is sentenced to fixed-term imprisonment of "
    "ten years; guilty of the crime of illegal possession of extremist materials and "
    "is sentenced to fixed-term imprisonment of two years; it is decided to execute "
    "fixed-term imprisonment of eleven years.\n"
    "Presiding Judge: Ma Jun\n"
)


def _event(ex: Extraction, name: str, etype: str) -> ExtractedEvent:
    keys = {p.key for p in ex.persons if p.name == name}
    return next(e for e in ex.events if e.person in keys and e.type == etype)


def test_heading_and_defendant_make_a_judgment() -> None:
    assert is_judgment(JUDGMENT)


def test_news_story_without_a_judgment_heading_is_not_one() -> None:
    assert not is_judgment("The defendant denied the charges, his lawyer said on Monday.")


def test_dotted_name_is_one_person() -> None:
    ex = run(JUDGMENT)
    assert "Saierjiang·Wulanbieke" in person_names(ex)
    assert not {"Saierjiang", "Wulanbieke"} & person_names(ex)


def test_bracketed_chinese_name_is_the_same_person() -> None:
    person = next(p for p in run(JUDGMENT).persons if p.name == "Saierjiang·Wulanbieke")
    assert "赛尔江·乌兰别克" in person.names


def test_later_mentions_of_the_defendant_are_mentions_of_the_same_person() -> None:
    person = next(p for p in run(JUDGMENT).persons if p.name == "Saierjiang·Wulanbieke")
    assert sum(m.text == "Saierjiang·Wulanbieke" for m in person.mentions) == 2


def test_case_number_is_not_a_person() -> None:
    assert not any("Xing" in n for n in person_names(run(JUDGMENT)))


def test_defendant_particulars_are_attributes() -> None:
    ex = run(JUDGMENT)
    assert attr_of(ex, "Saierjiang·Wulanbieke", "gender") == ["male"]
    assert attr_of(ex, "Saierjiang·Wulanbieke", "birth_year") == [1983]
    assert attr_of(ex, "Saierjiang·Wulanbieke", "ethnicity") == ["Kazakh"]
    assert attr_of(ex, "Saierjiang·Wulanbieke", "occupation") == ["driver"]


def test_criminal_detention_has_date_agency_and_charge() -> None:
    ev = _event(run(JUDGMENT), "Saierjiang·Wulanbieke", "detention")
    assert ev.date == "2018-08-04"
    assert ev.agency == "Burqin County Public Security Bureau"
    assert ev.charge == "picking_quarrels"


def test_arrest_approval_is_not_a_second_detention() -> None:
    ex = run(JUDGMENT)
    dets = [e for e in ex.events if e.type == "detention"]
    assert len(dets) == 1
    assert any("arrest approved" in v.quote for v in dets[0].evidence)


def test_holding_at_a_detention_centre_is_an_imprisonment_there() -> None:
    ev = _event(run(JUDGMENT), "Saierjiang·Wulanbieke", "imprisonment")
    assert ev.facility == "Altay Prefecture Detention Centre"


def test_verdict_gives_years_not_deprivation_of_rights() -> None:
    ev = _event(run(JUDGMENT), "Saierjiang·Wulanbieke", "sentencing")
    assert ev.sentence_years == 7.0


def test_verdict_charge_and_court() -> None:
    ev = _event(run(JUDGMENT), "Saierjiang·Wulanbieke", "sentencing")
    assert ev.charge == "picking_quarrels"
    assert ev.charge_text == "picking quarrels and provoking trouble"
    assert ev.court == "Altay Prefecture Intermediate People's Court"


def test_sentencing_date_is_the_judgment_date_not_the_hearing() -> None:
    ev = _event(run(JUDGMENT), "Saierjiang·Wulanbieke", "sentencing")
    assert ev.date == "2019-01-20"


def test_term_note_makes_no_release() -> None:
    assert ("Saierjiang·Wulanbieke", "release") not in events_by_name(run(JUDGMENT))


def test_without_a_date_line_the_sentencing_has_no_date() -> None:
    ev = _event(run(TWO), "Maimaitijiang·Aisa", "sentencing")
    assert ev.date is None


def test_judgment_date_in_words_pronounced() -> None:
    text = "The judgment was pronounced in open court on 2 May 2020 in Urumqi."
    found = judgment_date(text, None)
    assert found is not None and found[0] == "2020-05-02"


def test_defender_is_a_lawyer_not_a_victim() -> None:
    roles = roles_of(run(JUDGMENT), "Zhang Min")
    assert "lawyer" in roles and "victim" not in roles


def test_bench_members_are_officials() -> None:
    ex = run(JUDGMENT)
    for name in ("Wei Dong", "Nurgul Sadyk", "Liu Fang"):
        assert roles_of(ex, name) == {"official"}


def test_procuratorate_is_not_a_person() -> None:
    assert not any("Procuratorate" in n for n in person_names(run(JUDGMENT)))


def test_two_defendants_each_get_their_own_verdict() -> None:
    ex = run(TWO)
    assert _event(ex, "Maimaitijiang·Aisa", "sentencing").charge == "separatism"
    assert _event(ex, "Tuerxun·Maimaiti", "sentencing").charge == "inciting_ethnic_hatred"


def test_life_imprisonment_has_no_years() -> None:
    ev = _event(run(TWO), "Maimaitijiang·Aisa", "sentencing")
    assert (ev.sentence_kind, ev.sentence_years) == ("life", None)


def test_combined_punishment_is_the_term_executed() -> None:
    ev = _event(run(TWO), "Tuerxun·Maimaiti", "sentencing")
    assert ev.sentence_years == 11.0


def test_splitting_the_state_is_separatism_on_detention() -> None:
    assert _event(run(TWO), "Maimaitijiang·Aisa", "detention").charge == "separatism"


def test_prior_administrative_detention_is_not_this_detention() -> None:
    text = TWO.replace("farmer. Criminally", "farmer. He was administratively detained for "
                       "ten days in 2014. Criminally")
    ev = _event(run(text), "Maimaitijiang·Aisa", "detention")
    assert ev.date == "2017-03-02"


def test_defendant_followed_by_a_verb_is_not_an_introduction() -> None:
    text = ("Urumqi Intermediate People's Court\nCriminal Judgment\n"
            "The defendant Wang, said the court, was not present.\n")
    assert read_judgment(text).persons == []


def test_every_judgment_fact_quotes_its_span() -> None:
    ex = run(JUDGMENT)
    evs = [v for e in ex.events for v in e.evidence]
    evs += [a.evidence for p in ex.persons for a in p.attributes]
    assert all(JUDGMENT[v.start:v.end] == v.quote for v in evs)
    assert all(JUDGMENT[m.start:m.end] == m.text for p in ex.persons for m in p.mentions)


NUMBERED = (
    "Aksu Prefecture Intermediate People's Court\nCriminal Judgment\n\n"
    "[2] Defendant Aximu·Tuerxun (阿希木·吐尔逊), male, born 3 March 1980 in Kuqa County, "
    "Uyghur ethnicity, trader. Taken into criminal detention by the Kuqa County Public "
    "Security Bureau on 2 April 2018.\n\n"
    "3. Defendant Maimaiti·Yibulayin, male, born 1 June 1985 in Aksu City, Uyghur ethnicity, "
    "driver. Taken into criminal detention by the Aksu City Public Security Bureau on "
    "9 April 2018.\n"
)


def test_defendants_in_numbered_paragraphs_are_read() -> None:
    ex = run(NUMBERED)
    assert {"Aximu·Tuerxun", "Maimaiti·Yibulayin"} <= person_names(ex)
    assert ("Aximu·Tuerxun", "detention") in events_by_name(ex)
    assert ("Maimaiti·Yibulayin", "detention") in events_by_name(ex)
