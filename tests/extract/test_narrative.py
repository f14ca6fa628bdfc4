"""Events that take their time, charge or place from other events of the same story
(``narrative``): a lede that told the event before naming anyone, "after the verdict",
"died in custody"."""

from __future__ import annotations

from extract.extract_helpers import run
from izde.extract.model import ExtractedEvent, Extraction
from izde.extract.narrative import lede_mentions
from izde.extract.segment import Sentence, sentences

PUB = "2019-11-21"  # a Thursday: "on Tuesday" is 2019-11-19


def _event(ex: Extraction, name: str, type_: str) -> ExtractedEvent:
    keys = {p.key for p in ex.persons if p.name == name}
    (ev,) = [e for e in ex.events if e.person in keys and e.type == type_]
    return ev


def _place(ex: Extraction, ev: ExtractedEvent) -> str | None:
    return next((p.name for p in ex.places if p.key == ev.place), None)


LEDE = ("A court in Taraz on Tuesday convicted a former miner of illegally crossing the border "
        "but freed him.\n\n"
        "Erik Bekenov, 41, was sentenced to eight months, a term he had already served, and was "
        "released after the verdict was read.")


def test_a_retelling_after_the_lede_inherits_the_ledes_date() -> None:
    assert _event(run(LEDE, PUB), "Erik Bekenov", "sentencing").date == "2019-11-19"


def test_a_retelling_after_the_lede_inherits_the_ledes_charge() -> None:
    ev = _event(run(LEDE, PUB), "Erik Bekenov", "sentencing")
    assert ev.charge == "illegal_border_crossing"


def test_a_retelling_after_the_lede_inherits_the_courts_place() -> None:
    ex = run(LEDE, PUB)
    assert _place(ex, _event(ex, "Erik Bekenov", "sentencing")) == "Taraz"


def test_a_release_after_the_verdict_takes_the_verdicts_date() -> None:
    ex = run("Erik Bekenov was sentenced on 4 June 2019 to eight months, a term he had already "
             "served. He was released after the verdict was read.", PUB)
    assert _event(ex, "Erik Bekenov", "release").date == "2019-06-04"


def test_a_release_after_something_else_does_not_take_the_verdicts_date() -> None:
    ex = run("Erik Bekenov was sentenced on 4 June 2019 to eight months.\n\nHe was released "
             "after months of campaigning.", PUB)
    assert _event(ex, "Erik Bekenov", "release").date is None


def test_a_lede_about_a_relative_is_not_the_persons_event() -> None:
    ex = run("His brother was convicted of separatism in 2015.\n\n"
             "Erik Bekenov, 41, was sentenced to eight months.", PUB)
    assert _event(ex, "Erik Bekenov", "sentencing").date is None


def test_a_lede_about_two_people_is_nobodys_lede() -> None:
    text = ("A court on Tuesday convicted a trader and a teacher of separatism, saying both "
            "had confessed.\n\nErik Bekenov, 41, was sentenced to eight years.")
    sents = list(sentences(text))
    assert lede_mentions("p1", "sentencing", sents[1], sents, _only_second, _nobody) == []


def test_a_lede_describing_one_person_is_their_lede() -> None:
    text = ("A court on Tuesday convicted a former teacher of separatism.\n\n"
            "Erik Bekenov, 41, was sentenced to eight years.")
    sents = list(sentences(text))
    (found,) = lede_mentions("p1", "sentencing", sents[1], sents, _only_second, _nobody)
    assert found[0] == sents[0]


def _only_second(s: Sentence, key: str) -> bool:
    return s.text.startswith("Erik")


def _nobody(s: Sentence, key: str) -> bool:
    return False


def test_a_lede_is_not_used_when_someone_else_is_named_first() -> None:
    ex = run("A court in Taraz on Tuesday convicted a former miner of illegally crossing the "
             "border.\n\n"
             "His lawyer, Arman Dossov, said he would appeal. Erik Bekenov, 41, was sentenced "
             "to eight months.", PUB)
    assert _event(ex, "Erik Bekenov", "sentencing").date is None


def test_a_ledes_date_far_from_its_trigger_is_not_inherited() -> None:
    ex = run("The ministry on Tuesday dismissed calls to free a teacher who was convicted of "
             "separatism.\n\n"
             "Erik Bekenov, 41, was sentenced to eight years.", PUB)
    assert _event(ex, "Erik Bekenov", "sentencing").date is None


def test_death_in_custody_is_placed_where_the_person_was_last_held() -> None:
    ex = run("Serik Zhakyp was detained in Aksu in 2017. His family heard nothing for two "
             "years.\n\nIn 2019 they learned that he had died in custody.", PUB)
    assert _place(ex, _event(ex, "Serik Zhakyp", "death")) == "Aksu"


def test_a_death_outside_custody_takes_no_place_from_a_detention() -> None:
    ex = run("Serik Zhakyp was detained in Aksu in 2017. He was released in 2018.\n\n"
             "In 2019 his family learned that he had died of a heart attack.", PUB)
    assert _event(ex, "Serik Zhakyp", "death").place is None


def test_an_undated_camp_term_begins_with_the_arrest_told_before() -> None:
    ex = run("Aruzhan Kali was taken from her home in Ghulja in March 2018. According to a "
             "neighbour, she was later held in a re-education camp outside the city.", PUB)
    assert _event(ex, "Aruzhan Kali", "internment").date == "2018-03"


def test_a_camp_term_after_a_day_dated_arrest_is_dated_to_the_month_only() -> None:
    ex = run("Aruzhan Kali was detained on 12 March 2018.\n\nShe was then held in a "
             "re-education camp.", PUB)
    assert _event(ex, "Aruzhan Kali", "internment").date == "2018-03"


def test_a_camp_term_after_another_dated_event_does_not_take_the_arrests_date() -> None:
    ex = run("Aruzhan Kali was detained on 12 March 2018. She was released in June 2019.\n\n"
             "Relatives say she had been held in a re-education camp.", PUB)
    assert _event(ex, "Aruzhan Kali", "internment").date is None


def test_a_camp_term_told_before_the_arrest_takes_nothing_from_it() -> None:
    ex = run("Aruzhan Kali was held in a re-education camp. She had been detained on 12 March "
             "2018.", PUB)
    assert _event(ex, "Aruzhan Kali", "internment").date is None


def test_no_information_since_starts_at_the_last_dated_event_of_a_case_entry() -> None:
    ex = run("1. Nurbek Saparov, 45, a herder from Tekes. Detained in March 2018. Sentenced to "
             "12 years for separatism in 2019. No information since.", "2020-06-01")
    assert _event(ex, "Nurbek Saparov", "disappearance").date == "2019"


def test_a_disappearance_with_a_dated_since_keeps_its_own_date() -> None:
    ex = run("Nurbek Saparov was sentenced in 2019.\n\nHe has been missing since May 2020.",
             "2021-06-01")
    assert _event(ex, "Nurbek Saparov", "disappearance").date == "2020-05"
