"""Pages, as a signed-in person sees them."""

from __future__ import annotations

from fastapi.testclient import TestClient

from .conftest import login


def test_search_by_cyrillic_finds_the_latin_person(client: TestClient) -> None:
    html = login(client, "viewer").get("/search", params={"q": "Серік"}).text
    assert "/persons/per_a" in html
    assert "Serik Tolegenuly" in html


def test_search_by_chinese_transliteration_finds_the_person(client: TestClient) -> None:
    html = login(client, "viewer").get("/search", params={"q": "塞力克"}).text
    assert "/persons/per_a" in html


def test_search_does_not_return_a_different_name(client: TestClient) -> None:
    html = login(client, "viewer").get("/search", params={"q": "Nurlan Askarov"}).text
    assert "/persons/per_d" not in html


def test_search_finds_documents_by_full_text(client: TestClient) -> None:
    html = login(client, "viewer").get("/search", params={"q": "herder"}).text
    assert "Herder detained and sentenced" in html
    assert "<mark>herder</mark>" in html


def test_place_filter_includes_sub_places(client: TestClient) -> None:
    html = login(client, "viewer").get("/search", params={"place": "cn-xj-ili"}).text
    assert "/persons/per_a" in html
    assert "/persons/per_d" not in html


def test_sentence_range_filter(client: TestClient) -> None:
    c = login(client, "viewer")
    assert "/persons/per_a" in c.get("/search", params={"sentence_min": 9.5}).text
    assert "/persons/per_a" not in c.get("/search", params={"sentence_min": 11}).text


def test_person_page_shows_the_quote_of_the_sentencing(client: TestClient) -> None:
    html = login(client, "viewer").get("/persons/per_a").text
    assert "was sentenced to 10 years in prison" in html
    assert "Серік Төлегенұлы" in html


def test_person_page_shows_contradicting_sentences_side_by_side(client: TestClient) -> None:
    html = login(client, "viewer").get("/persons/per_a").text
    assert "Sources disagree" in html
    assert "9 years" in html and "10 years" in html


def test_person_page_lists_relatives(client: TestClient) -> None:
    html = login(client, "viewer").get("/persons/per_a").text
    assert "/persons/per_c" in html


def test_person_page_counts_independent_sources(client: TestClient) -> None:
    html = login(client, "viewer").get("/persons/per_a").text
    assert "<strong>2</strong> documents from <strong>2</strong> independent" in html


def test_document_page_highlights_and_links_mentions(client: TestClient, ids: dict[str, str]
                                                     ) -> None:
    html = login(client, "viewer").get(f"/documents/{ids['doc_a']}").text
    assert 'href="/persons/per_a">Serik Tolegenuly</a>' in html
    assert 'href="/places/cn-xj-nilka">Nilka</a>' in html
    assert "0" * 63 + "1" in html  # the sha256


def test_statistics_page_has_tables_and_csv(client: TestClient) -> None:
    c = login(client, "viewer")
    html = c.get("/statistics").text
    assert "<svg" in html and "Persons by event type" in html
    csv = c.get("/statistics/event_types.csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert "sentencing,1" in csv.text


def test_map_draws_places_with_counts(client: TestClient) -> None:
    html = login(client, "viewer").get("/map").text
    assert '<svg class="map"' in html and "Nilka" in html


def test_place_page_lists_events_inside(client: TestClient) -> None:
    html = login(client, "viewer").get("/places/cn-xj-ili").text
    assert "detention" in html and "/persons/per_a" in html


def test_pages_load_nothing_from_other_hosts(client: TestClient) -> None:
    c = login(client, "admin")
    for path in ("/search?q=Serik", "/persons/per_a", "/statistics", "/map", "/review",
                 "/places", "/ingest", "/admin"):
        html = c.get(path).text
        assert "http://" not in html and "https://" not in html, path


def test_unknown_person_is_a_404_page(client: TestClient) -> None:
    r = login(client, "viewer").get("/persons/nobody")
    assert r.status_code == 404 and "Not found" in r.text
