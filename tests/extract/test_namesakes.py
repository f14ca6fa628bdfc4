"""Two unrelated persons who share a surname in one document stay two persons; a bare
surname goes to the one a description or the latest full name points at. Names invented."""

from __future__ import annotations

from extract.extract_helpers import events_by_name, person_names, run
from izde.extract.candidates import Candidate, Kind
from izde.extract.coref import cluster

TWO = ("Nurbol Sadyk, a student from Taraz, was detained in Urumqi in March 2018. Yerlan "
       "Sadyk, a shopkeeper in the same town (no relation), was detained the next month. ")


def _cand(text: str, name: str, kind: Kind = "person", nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Candidate(kind, start, start + len(name), name, tuple(name.split()))


def _owner(text: str, single_at: int) -> set[str]:
    cands = [_cand(text, "Nurbol Sadyk"), _cand(text, "Yerlan Sadyk"),
             _cand(text, "Sadyk", "single", single_at)]
    out = set()
    for c in cluster(cands, text):
        if any(m.kind == "single" for m in c.mentions):
            out.add(c.name)
    return out


def test_namesakes_stay_two_persons() -> None:
    names = person_names(run(TWO + "Both are still held."))
    assert {"Nurbol Sadyk", "Yerlan Sadyk"} <= names


def test_bare_surname_of_unrelated_namesakes_is_the_latest_named() -> None:
    text = TWO + "In 2019 Sadyk was sent to a camp."
    assert _owner(text, 2) == {"Yerlan Sadyk"}


def test_bare_surname_before_any_full_name_of_unrelated_namesakes_is_nobody() -> None:
    text = "Sadyk is a common name. " + TWO
    assert _owner(text, 0) == set()


def test_bare_surname_of_relatives_sharing_a_name_is_the_topical_one() -> None:
    text = ("Nurbol Sadyk was detained in 2018. Nurbol Sadyk is a student. His father, Yerlan "
            "Sadyk, spoke to us. Sadyk was later sentenced.")
    cands = [_cand(text, "Nurbol Sadyk"), _cand(text, "Nurbol Sadyk", nth=1),
             _cand(text, "Yerlan Sadyk"), _cand(text, "Sadyk", "single", 3)]
    owner = [c.name for c in cluster(cands, text) if any(m.kind == "single" for m in c.mentions)]
    assert owner == ["Nurbol Sadyk"]


def test_bare_surname_with_a_description_goes_to_the_described_namesake() -> None:
    text = ("Yerlan Sadyk, a shopkeeper, was detained in 2018. Nurbol Sadyk, a student, was "
            "detained the next month. Mr Sadyk, the shopkeeper, was released in 2019.")
    assert ("Yerlan Sadyk", "release") in events_by_name(run(text))
    assert ("Nurbol Sadyk", "release") not in events_by_name(run(text))


def test_given_name_alone_is_found_as_its_full_name() -> None:
    text = TWO + "Nurbol was later sentenced to 10 years."
    found = events_by_name(run(text))
    assert ("Nurbol Sadyk", "sentencing") in found
    assert ("Yerlan Sadyk", "sentencing") not in found


def test_event_of_the_latest_named_namesake_is_not_the_others() -> None:
    text = TWO + "In 2019 Sadyk was sent to a camp."
    found = events_by_name(run(text))
    assert ("Yerlan Sadyk", "internment") in found
    assert ("Nurbol Sadyk", "internment") not in found


def test_bare_surname_is_the_subject_not_the_relative_quoted_by_full_name() -> None:
    text = ("Mahinur Yasin, a teacher, was detained in 2017, according to her brother, Dilmurat "
            "Yasin. \"Nobody told us,\" Dilmurat Yasin said. \"We learned it from a neighbour,\" "
            "Dilmurat Yasin said. An officer confirmed that Yasin had been sentenced.")
    found = events_by_name(run(text))
    assert ("Mahinur Yasin", "sentencing") in found
    assert ("Dilmurat Yasin", "sentencing") not in found


def test_a_pronoun_after_a_bare_surname_picks_the_owner_of_that_gender() -> None:
    text = ("Dilmurat Yasin lives in Haarlem. His sister Mahinur Yasin was a teacher in Keriya. "
            "An officer said that Yasin had died while serving her sentence.")
    assert ("Mahinur Yasin", "death") in events_by_name(run(text))


def test_no_connection_to_a_state_does_not_make_kin_unrelated() -> None:
    text = ("Nurmuhammad Ablikim, a trader, was detained on March 27. The ministry said the case "
            "had no connection to any foreign state. His older brother, Abdurahman Ablikim, was "
            "taken to a camp in 2017. Ablikim remains in a detention facility, his wife said.")
    ex = run(text)
    nurmuhammad = next(p for p in ex.persons if p.name == "Nurmuhammad Ablikim")
    abdurahman = next(p for p in ex.persons if p.name == "Abdurahman Ablikim")
    assert len(nurmuhammad.mentions) == 2
    assert len(abdurahman.mentions) == 1


def test_a_title_before_a_bare_surname_rules_out_the_owner_of_the_other_gender() -> None:
    text = ("Mr. Ma Zhongliang, an imam, was sentenced in 2019. His wife, Ma Xiuying, spoke to "
            "us. Ms. Ma said that two officers warned her not to speak to reporters.")
    found = events_by_name(run(text))
    assert ("Ma Xiuying", "threat") in found
    assert ("Ma Zhongliang", "threat") not in found
