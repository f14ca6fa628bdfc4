"""Event dates in news wordings seen in unseen reports: a date in a relative clause with an
irregular verb, "the same month as X"."""

from __future__ import annotations

from extract.extract_helpers import run

PUB = "2020-07-16"


def _dates(text: str) -> dict[tuple[str, str], str | None]:
    ex = run(text, PUB)
    names = {p.key: p.name for p in ex.persons}
    return {(names[e.person], e.type): e.date for e in ex.events}


def test_a_date_in_a_relative_clause_with_went_dates_that_clause_only() -> None:
    dates = _dates("A teacher from Kashgar who went missing nearly three years ago is serving a "
                   "15-year prison sentence, his son said. Alimjan Yaqup, 54, taught at a school "
                   "in Kashgar. Police said Yaqup had been sentenced in 2019.")
    assert dates.get(("Alimjan Yaqup", "sentencing")) == "2019"


def test_the_same_month_as_another_is_that_others_month() -> None:
    dates = _dates("Alimjan Yaqup was taken away by police in September 2017. On Friday his "
                   "son spoke to RFA. Another teacher, Obulqasim Sadiq, was detained the same "
                   "month as Yaqup.")
    assert dates[("Obulqasim Sadiq", "detention")] == "2017-09"


def test_the_same_year_as_another_is_that_others_year() -> None:
    dates = _dates("Alimjan Yaqup was detained on 3 September 2017. Another teacher, Obulqasim "
                   "Sadiq, was detained the same year as Yaqup.")
    assert dates[("Obulqasim Sadiq", "detention")] == "2017"


def test_a_verb_after_and_takes_its_own_date_not_the_first_verbs() -> None:
    dates = _dates("Tahir Obulov was detained in February 2018 and sentenced in 2019.")
    assert dates[("Tahir Obulov", "detention")] == "2018-02"
    assert dates[("Tahir Obulov", "sentencing")] == "2019"


def test_a_date_before_two_coordinated_verbs_dates_both() -> None:
    dates = _dates("In 2019 Tahir Obulov was detained and sentenced.")
    assert dates[("Tahir Obulov", "sentencing")] == "2019"


def test_a_pluperfect_in_a_relative_clause_leaves_the_date_to_its_clause() -> None:
    dates = _dates("Yerzhan Bazarkhanuly lives in Kaskelen. In October 2017 he crossed back into "
                   "China to sell the house his late father had left. Chinese border officers "
                   "took his Kazakh passport at the checkpoint.")
    assert dates[("Yerzhan Bazarkhanuly", "passport_confiscation")] == "2017-10"


def test_a_pluperfect_of_the_dates_own_clause_is_still_background() -> None:
    dates = _dates("On 3 May police came to Aidos Serikov's flat. His permit had expired in March "
                   "because the office never answered. They took Aidos Serikov to a removal "
                   "centre.")
    assert dates.get(("Aidos Serikov", "detention")) != "2020-03"
