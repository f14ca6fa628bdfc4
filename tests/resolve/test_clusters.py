"""Automatic clusters: a record that fits two different people joins neither by itself."""

from __future__ import annotations

from izde.resolve import bulk
from izde.resolve.comparisons import make_record
from izde.resolve.merges import Traits, log_odds, records_disagree, unambiguous_links

TRAITS = {"x": Traits("d1"), "y": Traits("d2", "male", 1960), "z": Traits("d3", "male", 1990),
          "w": Traits("d4", "male", 1961)}


def test_records_of_one_document_disagree() -> None:
    assert records_disagree(Traits("d1"), Traits("d1"))


def test_records_a_generation_apart_disagree() -> None:
    assert records_disagree(Traits("d1", birth_year=1960), Traits("d2", birth_year=1990))


def test_records_with_missing_traits_do_not_disagree() -> None:
    assert not records_disagree(Traits("d1", "male"), Traits("d2", None, 1970))


def test_a_record_matching_two_people_equally_keeps_no_link() -> None:
    links = [("x", "y", 8.0), ("x", "z", 8.0)]
    assert unambiguous_links(links, TRAITS, margin=1.0) == []


def test_a_clearly_better_match_is_kept_and_its_rival_dropped() -> None:
    links = [("x", "y", 14.0), ("x", "z", 8.0)]
    assert unambiguous_links(links, TRAITS, margin=1.0) == [("x", "y", 14.0)]


def test_matches_that_agree_with_each_other_are_all_kept() -> None:
    links = [("x", "y", 8.0), ("x", "w", 8.0)]
    assert unambiguous_links(links, TRAITS, margin=1.0) == links


def test_contradicting_names_make_two_partners_rivals() -> None:
    traits = {k: Traits(f"d{k}") for k in "xyz"}
    links = [("x", "y", 8.0), ("x", "z", 8.0)]
    assert unambiguous_links(links, traits, lambda a, b: {a, b} != {"y", "z"}) == []


def test_log_odds_reads_back_a_stored_probability() -> None:
    assert abs(log_odds(0.8) - 2.0) < 1e-9


def test_a_bare_common_name_between_two_namesakes_joins_neither() -> None:
    records = [make_record("a", "d1", ["Nurlan Amanov"], gender="male", birth_year=1960),
               make_record("b", "d2", ["Nurlan Amanov"]),
               make_record("c", "d3", ["Nurlan Amanov"], gender="male", birth_year=1990)]
    clusters = bulk.resolve_batch(records)
    assert clusters[1] not in (clusters[0], clusters[2])
