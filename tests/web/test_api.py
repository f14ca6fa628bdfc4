"""The JSON API: pagination, the export-contract shape, review actions, one error shape."""

from __future__ import annotations

from fastapi.testclient import TestClient

from .conftest import api_token, login

CONTRACT_KEYS = {"id", "name", "names", "roles", "gender", "ethnicity", "birth_year",
                 "citizenship", "occupation", "mentions", "relations"}


def test_api_persons_finds_by_any_spelling_in_contract_shape(client: TestClient) -> None:
    body = login(client, "viewer").get("/api/persons", params={"q": "Serik Tolegenov"}).json()
    assert body["count"] == 1
    person = body["data"][0]
    assert set(person) == CONTRACT_KEYS
    assert person["id"] == "per_a"
    assert "Серік Төлегенұлы" in person["names"]
    assert {"type": "parent", "person": "per_c"} not in person["relations"]


def test_lists_are_paginated(client: TestClient) -> None:
    c = login(client, "viewer")
    first = c.get("/api/search", params={"limit": 1}).json()
    assert first["count"] == 3  # four records, three real persons and len(first["data"]) == 1
    second = c.get("/api/search", params={"limit": 1, "offset": 1}).json()
    assert second["data"][0]["id"] != first["data"][0]["id"]


def test_person_api_has_events_with_sources(client: TestClient) -> None:
    body = login(client, "viewer").get("/api/persons/per_b").json()
    assert body["id"] == "per_a"  # a record id leads to its real person
    quotes = [s["quote"] for e in body["events"] for s in e["sources"]]
    assert "was sentenced to 10 years in prison" in quotes


def test_error_shape_is_the_same_everywhere(client: TestClient) -> None:
    c = login(client, "viewer")
    for r in (c.get("/api/persons/nobody"), c.get("/api/search", params={"limit": 0}),
              c.get("/api/stats/nothing"), c.get("/api/claims")):
        body = r.json()
        assert r.status_code >= 400
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}


def test_reviewer_accepts_a_claim_and_the_person_changes(client: TestClient) -> None:
    c = login(client, "reviewer")
    claims = c.get("/api/claims", params={"order": "uncertain"}).json()["data"]
    nine = next(x for x in claims if x["property"] == "sentence_years" and x["value"] == 9.0)
    r = c.post(f"/api/claims/{nine['id']}/accept", headers={"X-CSRF-Token": api_token(c)})
    assert r.json()["status"] == "accepted"
    sentences = [e["sentence_years"] for e in c.get("/api/persons/per_a").json()["events"]
                 if e["type"] == "sentencing"]
    assert 9.0 in sentences


def test_edit_replaces_a_value_with_a_human_claim(client: TestClient) -> None:
    c = login(client, "reviewer")
    claims = c.get("/api/claims").json()["data"]
    age = next(x for x in claims if x["property"] == "age")
    r = c.patch(f"/api/claims/{age['id']}", json={"value": "45"},
                headers={"X-CSRF-Token": api_token(c)})
    assert r.json()["value"] == 45 and r.json()["status"] == "accepted"


def test_merge_proposal_merges_two_records(client: TestClient) -> None:
    c = login(client, "reviewer")
    proposal = c.get("/api/merge-proposals").json()["data"][0]
    r = c.post(f"/api/merge-proposals/{proposal['id']}/merge",
               headers={"X-CSRF-Token": api_token(c)})
    assert r.status_code == 200
    assert c.get("/api/persons/per_d").json()["id"] == r.json()["canonical_id"]


def test_stats_api_counts_distinct_persons(client: TestClient) -> None:
    body = login(client, "viewer").get("/api/stats/event_types").json()
    assert {r["label"]: r["count"] for r in body["rows"]} == {"detention": 1, "sentencing": 1}


def test_upload_ingests_a_file_like_the_cli(client: TestClient,
                                            monkeypatch: object) -> None:
    import os

    os.environ["IZDE_EXTRACT"] = "0"
    try:
        c = login(client, "editor")
        files = [("files", ("note.txt", b"title: A note\n\nSomeone was detained.", "text/plain")),
                 ("files", ("again.txt", b"title: A note\n\nSomeone was detained.", "text/plain")),
                 ("files", ("bad.exe", b"MZ\x90\x00\x03binary", "application/octet-stream"))]
        body = c.post("/api/documents", files=files,
                      headers={"X-CSRF-Token": api_token(c)}).json()
    finally:
        del os.environ["IZDE_EXTRACT"]
    assert [o["status"] for o in body["data"]] == ["stored", "duplicate", "failed"]
