"""Pair scoring, decisions and blocking on hand-made records (no database)."""

from __future__ import annotations

from pathlib import Path

from izde.resolve.blocking import candidate_pairs
from izde.resolve.comparisons import MatchContext, kin_key, make_record, name_form, name_level
from izde.resolve.matching import (
    APART,
    MERGE,
    REVIEW,
    match_records,
    name_counts,
    name_decides,
    score_pair,
)
from izde.resolve.settings import MatchSettings


def pair(a: list[str], b: list[str], **attrs: object) -> tuple[str, float]:
    left = make_record("a", "d1", a, **attrs)
    right = make_record("b", "d2", b, **attrs)
    score = score_pair(left, right)
    return score.decision, score.probability


def test_transliteration_variants_of_a_surname_merge() -> None:
    assert pair(["Erlan Mahsutkhan"], ["Yerlan Maksutkhan"])[0] == MERGE


def test_cyrillic_and_latin_spellings_merge() -> None:
    assert pair(["Асқар Азатбекұлы"], ["Askar Azatbek"])[0] == MERGE


def test_chinese_characters_and_latin_spellings_merge() -> None:
    assert pair(["阿斯卡尔·阿扎提别克"], ["Askar Azatbek"])[0] == MERGE


def test_surname_first_order_still_matches() -> None:
    assert name_level(name_form("Amanov Nurlan"), name_form("Nurlan Amanov")) == "exact"


def test_two_nurlans_with_different_surnames_stay_apart() -> None:
    assert pair(["Nurlan Amanov"], ["Nurlan Serikbayev"])[0] == APART


def test_lone_given_name_is_proposed_not_merged() -> None:
    assert pair(["Nurlan"], ["Nurlan"])[0] == REVIEW


def test_lone_name_does_not_merge_on_agreeing_attributes_alone() -> None:
    decision, _ = pair(["Nurlan"], ["Nurlan Amanov"], gender="male", birth_year=1980,
                       events=frozenset({("detention", "2018-03-02", "plc_x")}))
    assert decision == REVIEW


def test_a_typo_alone_goes_to_review() -> None:
    assert pair(["Bekzat Nurgaliyev"], ["Bekzta Nurgaliyev"])[0] == REVIEW


def test_a_typo_with_the_same_birth_year_merges() -> None:
    assert pair(["Bekzat Nurgaliyev"], ["Bekzta Nurgaliyev"], birth_year=1971)[0] == MERGE


def test_different_gender_keeps_same_names_apart() -> None:
    a = make_record("a", "d1", ["Aidana Serikova"], gender="female")
    b = make_record("b", "d2", ["Aidana Serikova"], gender="male")
    assert score_pair(a, b).decision == APART


def test_birth_years_one_apart_are_compatible() -> None:
    a = make_record("a", "d1", ["Gulnar Tokhtar"], birth_year=1975)
    b = make_record("b", "d2", ["Gulnar Tokhtar"], birth_year=1976)
    assert score_pair(a, b).level("birth_year") == "within_1"
    assert score_pair(a, b).decision == MERGE


def test_birth_years_a_decade_apart_keep_apart() -> None:
    a = make_record("a", "d1", ["Gulnar Tokhtar"], birth_year=1955)
    b = make_record("b", "d2", ["Gulnar Tokhtar"], birth_year=1990)
    assert score_pair(a, b).decision == APART


def test_same_document_records_never_merge() -> None:
    a = make_record("a", "d1", ["Gulnar Tokhtar"])
    b = make_record("b", "d1", ["Gulnar Tokhtar"])
    assert score_pair(a, b).decision == APART


def test_shared_event_is_strong_evidence() -> None:
    event = frozenset({("detention", "2018-03-02", "plc_ghulja")})
    a = make_record("a", "d1", ["Bekzat Nurgaliyev"], events=event)
    b = make_record("b", "d2", ["Bekzta Nurgaliyev"], events=event)
    assert score_pair(a, b).level("shared_event") == "same_type_date_place"
    assert score_pair(a, b).decision == MERGE


def test_a_common_name_weighs_less_than_a_rare_one() -> None:
    a = make_record("a", "d1", ["Nurlan Amanov"])
    b = make_record("b", "d2", ["Nurlan Amanov"])
    rare = score_pair(a, b, ctx=MatchContext(name_count=lambda _k: 1))
    common = score_pair(a, b, ctx=MatchContext(name_count=lambda _k: 500))
    assert common.weight < rare.weight
    assert common.level("name_frequency") == "common"


def test_a_rare_spelling_of_a_common_name_weighs_as_the_common_name() -> None:
    # a transcription into characters is rare as written, but any of the many records
    # spelled "Nurlan Aman" may be the one it renders: the commoner spelling counts
    a = make_record("a", "d1", ["Nurlan Aman"])
    b = make_record("b", "d2", ["努尔兰·阿曼"])
    assert a.names[0].folded != b.names[0].folded
    counts = {a.names[0].folded: 40, b.names[0].folded: 1}
    score = score_pair(a, b, ctx=MatchContext(name_count=lambda k: counts.get(k, 1)))
    assert score.level("name") == "transliteration"
    assert score.level("name_frequency") == "common"
    assert "40 records" in next(c.detail for c in score.waterfall
                                if c.comparison == "name_frequency")


def test_waterfall_adds_up_to_the_score() -> None:
    a = make_record("a", "d1", ["Askar Azatbek"], gender="male", birth_year=1972)
    b = make_record("b", "d2", ["Асқар Азатбекұлы"], gender="male", birth_year=1973)
    score = score_pair(a, b)
    assert abs(sum(c.weight for c in score.waterfall) - score.weight) < 1e-9
    assert {"prior", "name", "birth_year", "gender"} <= {c.comparison for c in score.waterfall}


def test_explanation_carries_settings_and_waterfall() -> None:
    settings = MatchSettings(auto_merge=0.99)
    score = score_pair(make_record("a", "d1", ["Askar Azatbek"]),
                       make_record("b", "d2", ["Askar Azatbek"]), settings)
    explanation = score.explanation(settings)
    assert explanation["settings"]["auto_merge"] == 0.99
    assert explanation["waterfall"][1] == {
        "comparison": "name", "level": "exact", "weight": 13.0,
        "detail": "Askar Azatbek ~ Askar Azatbek"}


def test_settings_round_trip_through_json(tmp_path: Path) -> None:
    settings = MatchSettings(auto_merge=0.9, review=0.3, prior_weight=-6.0)
    settings.weights["gender"]["different"] = -20.0
    settings.save(tmp_path / "model.json")
    assert MatchSettings.load(tmp_path / "model.json") == settings


def test_raising_the_threshold_turns_a_merge_into_a_proposal() -> None:
    a = make_record("a", "d1", ["Erlan Mahsutkhan"])
    b = make_record("b", "d2", ["Yerlan Maksutkhan"])
    assert score_pair(a, b, MatchSettings(auto_merge=0.999)).decision == REVIEW


def test_blocking_pairs_only_records_sharing_a_key() -> None:
    records = [make_record("a", "d1", ["Askar Azatbek"]),
               make_record("b", "d2", ["Асқар Азатбекұлы"]),
               make_record("c", "d3", ["Gulnar Tokhtar"])]
    assert candidate_pairs(records, max_block=100) == {(0, 1)}


def test_blocking_finds_a_typo_in_the_surname() -> None:
    records = [make_record("a", "d1", ["Askar Azatbek"]),
               make_record("b", "d2", ["Askar Azatbex"])]
    assert candidate_pairs(records, max_block=100) == {(0, 1)}


def test_match_records_skips_pairs_from_one_document() -> None:
    records = [make_record("a", "d1", ["Askar Azatbek"]),
               make_record("b", "d1", ["Askar Azatbek"])]
    assert list(match_records(records)) == []


def test_unrounded_vowel_variants_of_both_names_merge() -> None:
    assert pair(["Ekrem Tashmet"], ["Akram Tashmat"])[0] == MERGE


def test_kyrgyz_reduced_vowel_written_y_or_a_merges() -> None:
    assert pair(["Bakyt Tynybekov"], ["Bakyt Tanabekov"])[0] == MERGE


def test_weak_h_before_a_consonant_may_be_unwritten() -> None:
    assert name_level(name_form("Rehmet Ilham"), name_form("Remet Ilham")) == "vowel_variant"


def test_pinyin_rendering_with_inserted_vowels_matches_the_turkic_spelling() -> None:
    level = name_level(name_form("Tursunjan Qurbanjan"), name_form("Tuersunjiang Kuerbanjiang"))
    assert level == "transliteration"


def test_pinyin_rendering_is_blocked_with_the_turkic_spelling() -> None:
    records = [make_record("a", "d1", ["Tursun Emetjan"]),
               make_record("b", "d2", ["Tuerxun Aimaitijiang"])]
    assert candidate_pairs(records, max_block=10) == {(0, 1)}


def test_vowel_variant_of_one_name_only_stays_apart() -> None:
    assert pair(["Nurlan Temirov"], ["Nurlen Bekbolatov"])[0] == APART


def test_rounded_vowels_are_not_variants() -> None:
    assert name_level(name_form("Bolat Kenzhe"), name_form("Bulat Kenzhe")) != "vowel_variant"


def test_short_names_tolerate_no_vowel_change() -> None:
    assert name_level(name_form("Aman Tursun"), name_form("Emin Tursun")) == "partial"


def test_crossed_father_and_son_names_stay_apart() -> None:
    assert pair(["Daulet Yerlanov"], ["Yerlan Dauletov"])[0] == APART


def test_settings_saved_before_a_new_level_still_load() -> None:
    data = MatchSettings().to_dict()
    del data["weights"]["name"]["vowel_variant"]
    assert MatchSettings.from_dict(data).weight("name", "vowel_variant") == 10.5


def test_name_frequency_counts_names_as_written_not_their_consonant_keys() -> None:
    records = [make_record(f"r{i}", f"d{i}", [name]) for i, name in
               enumerate(["Xu Chao", "Xie Shi", "Su Chao", "Xia Shu", "Xu Chao"])]
    counts = name_counts(records)
    assert counts[records[0].names[0].folded] == 2


def common_or_rare(count: int, a: list[str], b: list[str], **attrs: object) -> tuple[str, str]:
    """Decision and reason of a pair whose name ``count`` records carry."""
    left = make_record("a", "d1", a, **attrs)
    right = make_record("b", "d2", b, **attrs)
    score = score_pair(left, right, ctx=MatchContext(name_count=lambda _k: count))
    return score.decision, score.reason


def test_a_common_name_with_nothing_else_agreeing_is_proposed_not_merged() -> None:
    # 20 records spell it so: likely several namesakes, and nothing tells which this is
    decision, reason = common_or_rare(20, ["Nurlan Amanov"], ["Nurlan Amanov"],
                                      gender="male", ethnicity="Kazakh")
    assert decision == REVIEW
    assert "many records share" in reason


def test_a_rare_name_with_nothing_else_agreeing_merges() -> None:
    assert common_or_rare(2, ["Nurlan Amanov"], ["Nurlan Amanov"])[0] == MERGE
    # up to corroborate_above records, a name alone still decides
    limit = MatchSettings().corroborate_above
    assert common_or_rare(limit, ["Nurlan Amanov"], ["Nurlan Amanov"])[0] == MERGE


def test_a_common_name_with_a_corroborating_attribute_merges() -> None:
    assert common_or_rare(20, ["Nurlan Amanov"], ["Nurlan Amanov"], birth_year=1980)[0] == MERGE
    town = frozenset({"Ghulja"})
    assert common_or_rare(20, ["Nurlan Amanov"], ["Nurlan Amanov"], hometowns=town)[0] == MERGE


def test_gender_and_ethnicity_do_not_corroborate_a_common_name() -> None:
    # both are shared by half or a third of everyone: they cannot tell namesakes apart
    assert common_or_rare(20, ["Nurlan Amanov"], ["Nurlan Amanov"], gender="male",
                          ethnicity="Kazakh")[0] == REVIEW


def test_corroboration_threshold_is_a_saved_setting() -> None:
    settings = MatchSettings(corroborate_above=100)
    assert MatchSettings.from_json(settings.to_json()).corroborate_above == 100
    data = MatchSettings().to_dict()
    del data["corroborate_above"]  # saved before the setting existed: the default
    assert MatchSettings.from_dict(data).corroborate_above == MatchSettings().corroborate_above
    left = make_record("a", "d1", ["Nurlan Amanov"])
    right = make_record("b", "d2", ["Nurlan Amanov"])
    ctx = MatchContext(name_count=lambda _k: 12)
    assert score_pair(left, right, MatchSettings(), ctx).decision == REVIEW
    assert score_pair(left, right, settings, ctx).decision == MERGE


# --- a lone given name beside a relative -----------------------------------------------------

WIFE_OF_NURKHAT = frozenset({"nurkhat syzdykuly", kin_key("spouse", "nurkhat syzdykuly")})


def test_a_lone_given_name_merges_as_the_same_relatives_wife() -> None:
    # "his wife, Gulsim" beside Nurkhat Syzdykuly; elsewhere his wife Gulsim Kaldybaikyzy
    decision, _ = pair(["Gulsim"], ["Gulsim Kaldybaikyzy"], gender="female",
                       relatives=WIFE_OF_NURKHAT)
    assert decision == MERGE


def test_a_lone_given_name_related_otherwise_to_the_same_man_is_only_proposed() -> None:
    # his wife Gulsim in one report, his sister Gulsim in the other: two women, perhaps
    left = make_record("a", "d1", ["Gulsim"], gender="female", relatives=WIFE_OF_NURKHAT)
    right = make_record("b", "d2", ["Gulsim Syzdykkyzy"], gender="female", relatives=frozenset(
        {"nurkhat syzdykuly", kin_key("sibling", "nurkhat syzdykuly")}))
    score = score_pair(left, right)
    assert score.level("shared_relative") == "shared"
    assert score.decision == REVIEW


def test_the_same_kin_does_not_join_two_given_names() -> None:
    assert pair(["Gulsim"], ["Aigul Kaldybaikyzy"], gender="female",
                relatives=WIFE_OF_NURKHAT)[0] == APART


def test_the_same_kin_does_not_join_a_man_and_a_woman() -> None:
    left = make_record("a", "d1", ["Tolkyn"], gender="male", relatives=WIFE_OF_NURKHAT)
    right = make_record("b", "d2", ["Tolkyn"], gender="female", relatives=WIFE_OF_NURKHAT)
    assert score_pair(left, right).decision == APART


def test_names_decide_for_full_names_or_a_lone_name_with_the_same_kin() -> None:
    assert name_decides("exact", 2, "none")
    assert not name_decides("exact", 1, "none")
    assert not name_decides("single_token", 1, "shared")
    assert name_decides("single_token", 1, "same_kin")
    assert not name_decides("partial", 2, "same_kin")
