"""Blocking of very common names: oversized blocks split on what records report besides it."""

from __future__ import annotations

from izde.resolve.blocking import candidate_pairs, pinyin_key_variants, split_keys, year_bands
from izde.resolve.comparisons import Record, make_record

DETENTION = ("detention", "2018-04-02", "plc_ghulja")


def namesakes(n: int, **attrs: object) -> list[Record]:
    """``n`` records of one common name, each from its own document."""
    return [make_record(f"r{i}", f"d{i}", ["Nurlan Amanov"], **attrs) for i in range(n)]


def test_any_two_years_one_apart_share_a_band() -> None:
    for year in range(1940, 2005):
        assert set(year_bands(year)) & set(year_bands(year + 1))


def test_years_three_apart_share_no_band() -> None:
    for year in range(1940, 2005):
        assert not set(year_bands(year)) & set(year_bands(year + 3))


def test_a_record_with_nothing_but_a_name_has_no_split_keys() -> None:
    assert split_keys(make_record("a", "d1", ["Nurlan Amanov"])) == []


def test_split_keys_hold_both_year_bands_and_each_event() -> None:
    record = make_record("a", "d1", ["Nurlan Amanov"], birth_year=1980,
                         events=frozenset({DETENTION}))
    assert len(split_keys(record)) == 3


def test_a_small_block_pairs_every_member() -> None:
    assert len(candidate_pairs(namesakes(5), max_block=10)) == 10


def test_an_oversized_block_still_pairs_records_a_year_apart() -> None:
    records = [*namesakes(12), make_record("x", "dx", ["Nurlan Amanov"], birth_year=1980),
               make_record("y", "dy", ["Nurlan Amanov"], birth_year=1981)]
    assert candidate_pairs(records, max_block=10) == {(12, 13)}


def test_an_oversized_block_pairs_records_reporting_one_detention() -> None:
    records = [*namesakes(12), make_record("x", "dx", ["Nurlan Amanov"],
                                           events=frozenset({DETENTION})),
               make_record("y", "dy", ["Nurlan Amanov"], events=frozenset({DETENTION}))]
    assert candidate_pairs(records, max_block=10) == {(12, 13)}


def test_an_oversized_block_leaves_out_records_with_only_the_name() -> None:
    records = [make_record(f"r{i}", f"d{i}", ["Nurlan Amanov"], birth_year=1960 + i)
               for i in range(12)]
    records.append(make_record("x", "dx", ["Nurlan Amanov"]))
    pairs = candidate_pairs(records, max_block=10)
    assert pairs and all(12 not in pair for pair in pairs)


def test_a_part_still_oversized_is_skipped() -> None:
    assert candidate_pairs(namesakes(12, birth_year=1980), max_block=10) == set()


def test_candidates_per_record_are_bounded_by_the_block_cap() -> None:
    records = [make_record(f"r{i}", f"d{i}", ["Nurlan Amanov"], birth_year=1950 + i % 40)
               for i in range(400)]
    per_record = [0] * len(records)
    for i, j in candidate_pairs(records, max_block=30):
        per_record[i] += 1
        per_record[j] += 1
    assert 0 < max(per_record) < 2 * 30


def test_one_spelling_meets_itself_where_its_consonant_key_is_oversized() -> None:
    crowd = [make_record(f"r{i}", f"d{i}", [name])
             for i, name in enumerate(["Xie Shi", "Su Chao", "Xia Shu", "Shi Xiu"] * 5)]
    records = [*crowd, make_record("x", "dx", ["Xu Chao"]), make_record("y", "dy", ["徐超"])]
    assert (20, 21) in candidate_pairs(records, max_block=10)


def test_pinyin_rendering_without_the_h_is_blocked_with_the_turkic_spelling() -> None:
    records = [make_record("a", "d1", ["Ibrahim Qurbanjan"]),
               make_record("b", "d2", ["Yibulayimu Kuerbanjiang"])]
    assert candidate_pairs(records, max_block=10) == {(0, 1)}


def test_store_lookup_of_a_turkic_spelling_reaches_its_pinyin_rendering_key() -> None:
    stored = make_record("b", "d2", ["Yibulayimu Kuerbanjiang"]).names[0].key
    assert stored in pinyin_key_variants(make_record("a", "d1", ["Ibrahim Qurbanjan"]).names[0])


def test_two_word_names_get_the_keys_of_the_general_path() -> None:
    from pathlib import Path

    from izde.resolve.blocking import _any_name_keys, _two_word_keys
    from izde.resolve.comparisons import name_form

    rows = (Path(__file__).parent / "name_pairs.tsv").read_text(encoding="utf-8").splitlines()
    written = {n for row in rows if not row.startswith("#") and row.strip()
               for n in row.split("\t")[:2]}
    forms = [f for f in map(name_form, sorted(written)) if len(f.skel) == 2]
    assert len(forms) > 100
    assert all(_two_word_keys(f) == _any_name_keys(f) for f in forms)
