"""The packaged gazetteer: lookup across scripts and press spellings, ambiguity, hierarchy."""

from __future__ import annotations

import pytest

from izde.resolve.gazetteer import KINDS, Gazetteer, PlaceEntry


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load_default()


def ids(entries: list[PlaceEntry]) -> set[str]:
    return {e.id for e in entries}


@pytest.mark.parametrize("name", ["Ghulja", "Yining", "伊宁", "Құлжа", "غۇلجا", "Gulja", "Kulja",
                                  "Qulja", "Кульджа", "GHULJA", "Ghulja city"])
def test_yining_resolves_from_every_script_and_spelling(gaz: Gazetteer, name: str) -> None:
    assert gaz.resolve(name).id == "cn-xj-yining-city"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["Nur-Sultan", "Nur Sultan", "Nursultan", "Akmolinsk",
                                  "Tselinograd", "Астана", "Нұр-Сұлтан"])
def test_former_names_of_astana_resolve_to_astana(gaz: Gazetteer, name: str) -> None:
    assert gaz.resolve(name).name == "Astana"  # type: ignore[union-attr]


def test_dihua_is_the_historical_name_of_urumqi(gaz: Gazetteer) -> None:
    assert gaz.resolve("Dihua").id == "cn-xj-urumqi-city"  # type: ignore[union-attr]


def test_lookup_returns_every_place_a_name_may_denote(gaz: Gazetteer) -> None:
    assert ids(gaz.lookup("Tacheng")) == {"cn-xj-tacheng-city", "cn-xj-tacheng-pref"}
    assert {"cn-xj-khorgos-city", "cn-xj-huocheng-county", "kz-khorgos-town"} <= ids(
        gaz.lookup("Khorgos"))


@pytest.mark.parametrize(("mention", "expected"), [
    ("Tacheng prefecture", "cn-xj-tacheng-pref"),
    ("Tacheng city", "cn-xj-tacheng-city"),
    ("Tacheng", "cn-xj-tacheng-city"),
    ("Tarbaghatay (Tacheng) prefecture", "cn-xj-tacheng-pref"),
    ("Chochek (Tacheng) city", "cn-xj-tacheng-city"),
    ("Khorgos county", "cn-xj-huocheng-county"),
    ("Khorgos", "cn-xj-khorgos-city"),
    ("Ghulja county", "cn-xj-yining-county"),
    ("塔城地区", "cn-xj-tacheng-pref"),
    ("塔城市", "cn-xj-tacheng-city"),
])
def test_the_generic_word_in_a_mention_chooses_the_kind(
    gaz: Gazetteer, mention: str, expected: str
) -> None:
    assert gaz.resolve(mention).id == expected  # type: ignore[union-attr]


def test_an_explicit_kind_hint_chooses_the_kind(gaz: Gazetteer) -> None:
    assert gaz.resolve("Tacheng", kind_hint="prefecture").id == "cn-xj-tacheng-pref"  # type: ignore[union-attr]


def test_a_mention_with_two_names_resolves_to_the_place_both_denote(gaz: Gazetteer) -> None:
    entry = gaz.resolve("Arishan (in Chinese, Wenquan) county")
    assert entry is not None and entry.name == "Wenquan County"


@pytest.mark.parametrize("name", ["Dorbiljin", "Dörbiljin", "Emin", "额敏县", "Дөрбілжін"])
def test_dorbiljin_is_emin_county(gaz: Gazetteer, name: str) -> None:
    assert gaz.resolve(name).name == "Emin County"  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "expected"), [
    ("Ili Prefecture", "Ili Kazakh Autonomous Prefecture"),
    ("Ili Kazakh Autonomous Prefecture", "Ili Kazakh Autonomous Prefecture"),
    ("Bortala Mongol Autonomous Prefecture", "Bortala Mongol Autonomous Prefecture"),
    ("Xinjiang Uyghur Autonomous Region", "Xinjiang Uyghur Autonomous Region"),
    ("XUAR", "Xinjiang Uyghur Autonomous Region"),
    ("Gansu province", "Gansu"),
    ("Jeminay", "Jeminay County"),
    ("Chochek", "Tacheng"),
    ("Ust-Kamenogorsk", "Oskemen"),
    ("Kunes", "Xinyuan County"),
])
def test_generic_words_and_press_spellings_are_understood(
    gaz: Gazetteer, name: str, expected: str
) -> None:
    assert gaz.resolve(name).name == expected  # type: ignore[union-attr]


def test_a_county_named_nearby_selects_its_prefecture(gaz: Gazetteer) -> None:
    assert gaz.resolve("Altay").id == "cn-xj-altay-city"  # type: ignore[union-attr]
    entry = gaz.resolve("Altay", context=["Qinghe County"])
    assert entry is not None and entry.id == "cn-xj-altay-pref"


def test_a_country_named_nearby_selects_the_place_in_it(gaz: Gazetteer) -> None:
    entry = gaz.resolve("Khorgos", context=["kz"])
    assert entry is not None and entry.country == "KZ"


def test_an_unseen_misspelling_still_resolves(gaz: Gazetteer) -> None:
    assert gaz.resolve("Ghuldja").id == "cn-xj-yining-city"  # type: ignore[union-attr]
    assert gaz.resolve("Tarbagatai prefecture").id == "cn-xj-tacheng-pref"  # type: ignore[union-attr]


def test_person_names_are_not_places(gaz: Gazetteer) -> None:
    assert gaz.lookup("Nurlan") == []
    assert gaz.resolve("Askar Azatbek") is None


def test_unknown_id_raises_key_error_naming_it(gaz: Gazetteer) -> None:
    with pytest.raises(KeyError, match="no-such-place"):
        gaz.get("no-such-place")


def test_ancestors_run_from_county_to_country(gaz: Gazetteer) -> None:
    chain = [e.id for e in gaz.ancestors("cn-xj-emin-county")]
    assert chain == ["cn-xj-tacheng-pref", "cn-xj-ili-pref", "cn-xj", "cn"]


def test_descendants_of_a_prefecture_include_its_counties(gaz: Gazetteer) -> None:
    inside = ids(gaz.descendants("cn-xj-ili-pref"))
    assert {"cn-xj-yining-city", "cn-xj-emin-county", "cn-xj-qinghe-county"} <= inside
    assert "cn-xj-urumqi-city" not in inside


def test_entries_carry_names_in_every_script(gaz: Gazetteer) -> None:
    yining = gaz.get("cn-xj-yining-city")
    assert {"Ghulja", "伊宁", "Құлжа", "غۇلجا", "Кульджа"} <= set(yining.names)
    assert yining.country == "CN" and yining.kind == "city"
    assert yining.lat is not None and 43 < yining.lat < 45


def test_every_entry_is_well_formed(gaz: Gazetteer) -> None:
    for entry in gaz:
        assert entry.kind in KINDS, entry.id
        assert entry.parent is None or gaz.get(entry.parent), entry.id
        assert entry.name in entry.names


def test_xinjiang_has_fourteen_prefecture_level_divisions(gaz: Gazetteer) -> None:
    children = [e for e in gaz if e.parent == "cn-xj" and e.kind in ("prefecture", "city")]
    prefecture_level = [e for e in children if e.kind == "prefecture" or not _is_bingtuan(e)]
    nested = [e for e in gaz if e.parent == "cn-xj-ili-pref" and e.kind == "prefecture"]
    assert len(prefecture_level) + len(nested) == 14


def _is_bingtuan(entry: PlaceEntry) -> bool:
    """Corps (bingtuan) cities sit under the region but are county-level."""
    return entry.id not in {"cn-xj-urumqi-city", "cn-xj-karamay-city", "cn-xj-turpan-city",
                            "cn-xj-hami-city"}


def test_xinjiang_has_over_a_hundred_county_level_divisions(gaz: Gazetteer) -> None:
    inside = gaz.descendants("cn-xj")
    county_level = [e for e in inside if e.kind in ("county", "city", "district")]
    assert len(county_level) > 100


def test_surface_forms_are_latin_script_only(gaz: Gazetteer) -> None:
    forms = set(gaz.surface_forms())
    assert {"Ghulja", "Dorbiljin", "Nur-Sultan", "Khorgos"} <= forms
    assert "伊宁" not in forms and "Құлжа" not in forms


def test_a_former_name_that_is_also_a_current_name_stays_ambiguous(gaz: Gazetteer) -> None:
    assert {"kz-astana-city", "kz-akmola-region"} <= ids(gaz.lookup("Akmola"))


def test_the_packaged_lookup_keys_are_up_to_date() -> None:
    """The data file stores each entry's keys; rerun scripts/build_gazetteer.py when this fails."""
    import json
    from importlib import resources

    from izde.resolve.gazetteer import index_keys

    text = resources.files("izde.resolve").joinpath("data/gazetteer.json").read_text("utf-8")
    for rec in json.loads(text)["places"]:
        assert rec["keys"] == index_keys(PlaceEntry.from_record(rec).names), rec["id"]


def test_a_gazetteer_without_stored_keys_computes_them() -> None:
    entry = PlaceEntry("x-town", "Exampletown", "town", "KZ", None, None, None,
                       ("Exampletown", "Экзамплтаун"))
    assert Gazetteer([entry]).resolve("Экзамплтаун") == entry
