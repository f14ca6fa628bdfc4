"""The web app against hostile requests, and what anonymous visitors of a public instance see.

Markup in stored values is escaped on display; search input never reaches SQL as code;
deeply nested JSON and junk bodies are refused with a 4xx; security headers are on every
response; anonymous visitors see no restricted or confidential value in pages, JSON fields,
search results, statistics or error messages.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from izde.store.engine import Store
from izde.store.models import Person
from izde.web import create_app
from izde.web.settings import WebSettings

from . import builders as b

XSS = "<script>alert('x')</script>"
SECRETS = ("Hidden Restrictedov", "Secret Confidentialkyzy", "Internal memo title",
           "hidden-occupation-value")


@pytest.fixture
def store(tmp_path: object) -> Iterator[Store]:
    from pathlib import Path

    st = Store(str(Path(str(tmp_path)) / "w.db"))
    with st.session() as s:
        pub = b.document(s, "public", title=f"Report {XSS}", body=f"Body {XSS} detained.")
        memo = b.document(s, "restricted", title="Internal memo title")
        p = b.person(s, f"Aidos {XSS}", pub, "public")
        b.event(s, p, pub, quote=f"Aidos {XSS} was detained")
        b.claim(s, "person", p.id, "occupation", "hidden-occupation-value", pub, "restricted")
        b.person(s, "Hidden Restrictedov", memo, "restricted")
        b.person(s, "Secret Confidentialkyzy", pub, "confidential")
    yield st
    st.close()


@pytest.fixture
def anon(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("IZDE_PUBLIC", "1")
    app = create_app(settings=WebSettings(None, "k" * 40, dev=True), store=store)
    with TestClient(app) as c:
        yield c


def public_person_id(store: Store) -> str:
    with store.session() as s:
        return str(s.scalar(select(Person.canonical_id).where(Person.sensitivity == "public")))


ANON_PAGES = ["/search", "/search?q=Hidden", "/search?q=Secret", "/documents", "/statistics",
              "/places", "/map", "/api/search?q=", "/api/search?q=Restrictedov",
              "/api/persons", "/api/documents", "/api/search/documents?q=memo",
              "/api/events", "/api/stats", "/api/places"]


@pytest.mark.parametrize("path", ANON_PAGES)
def test_anonymous_visitor_sees_no_non_public_value(anon: TestClient, path: str) -> None:
    r = anon.get(path)
    assert r.status_code < 500
    leaked = [s for s in SECRETS if s.lower() in r.text.lower()]
    assert not leaked, f"{path} shows {leaked}"


def test_anonymous_error_for_a_restricted_person_does_not_name_it(anon: TestClient,
                                                                  store: Store) -> None:
    with store.session() as s:
        hidden = s.scalar(select(Person.canonical_id).where(Person.sensitivity != "public"))
    for path in (f"/persons/{hidden}", f"/api/persons/{hidden}"):
        r = anon.get(path)
        assert r.status_code in (401, 403, 404)
        assert not any(s.lower() in r.text.lower() for s in SECRETS)


def test_anonymous_statistics_hide_small_counts(anon: TestClient) -> None:
    body = anon.get("/api/stats").json()
    counts = [v for v in _numbers(body)]
    assert all(n == 0 or n >= 5 for n in counts), body


def _numbers(obj: object) -> Iterator[int]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("count", "n", "value") and isinstance(v, int):
                yield v
            else:
                yield from _numbers(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _numbers(v)


@pytest.mark.parametrize("path", ["/search?q=Aidos", "/persons/{pid}", "/documents"])
def test_markup_in_stored_values_is_escaped(anon: TestClient, store: Store, path: str) -> None:
    r = anon.get(path.format(pid=public_person_id(store)))
    assert r.status_code == 200
    assert "<script>alert" not in r.text


@pytest.mark.parametrize("q", ["' OR 1=1 --", "\"; DROP TABLE persons; --", "%", "_",
                               "Aidos' UNION SELECT name FROM users --", "\\", "*", "NEAR(",
                               "\"unbalanced", "a OR b AND NOT c", "ё" * 500, "nul\x00byte"])
def test_search_input_is_data_not_sql(anon: TestClient, store: Store, q: str) -> None:
    for path in ("/api/search", "/api/search/documents", "/search"):
        r = anon.get(path, params={"q": q})
        assert r.status_code < 500, (path, q, r.text[:300])
        assert not any(s.lower() in r.text.lower() for s in SECRETS)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 3


@pytest.mark.parametrize("field", ["place", "ethnicity", "event_type", "charge", "year"])
def test_filter_input_is_data_not_sql(anon: TestClient, field: str) -> None:
    r = anon.get("/api/search", params={field: "x' OR '1'='1"})
    assert r.status_code < 500 and "Restrictedov" not in r.text


def test_deeply_nested_json_is_refused_cleanly(anon: TestClient) -> None:
    body = "[" * 100_000 + "]" * 100_000
    r = anon.post("/api/session", content=body, headers={"content-type": "application/json"})
    assert 400 <= r.status_code < 500


def test_junk_json_is_refused_cleanly(anon: TestClient) -> None:
    r = anon.post("/api/session", content=b"\xff\xfe{not json",
                  headers={"content-type": "application/json"})
    assert 400 <= r.status_code < 500 and r.json()


@pytest.mark.parametrize("path", ["/search", "/api/search", "/login", "/api/nowhere"])
def test_security_headers_on_every_response(anon: TestClient, path: str) -> None:
    h = anon.get(path).headers
    csp = h["content-security-policy"]
    assert "http:" not in csp and "https:" not in csp and "*" not in csp
    assert "frame-ancestors 'none'" in csp or h.get("x-frame-options") == "DENY"
    assert h["x-content-type-options"] == "nosniff"


def test_api_errors_share_one_json_shape(anon: TestClient) -> None:
    bodies = [anon.get("/api/persons/per_nope").json(),
              anon.post("/api/session", json={"name": "x"}).json()]
    assert all(isinstance(x, dict) for x in bodies)
    assert len({tuple(sorted(x)) for x in bodies}) == 1, json.dumps(bodies)


def test_search_query_fuzz(anon: TestClient) -> None:
    """Random queries never fail the server nor reveal a non-public value.

    NUL is left out here: it is the known failure marked in test_search_input_is_data_not_sql.
    """
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    text = st.text(st.characters(codec="utf-8", blacklist_characters="\x00"), max_size=60)

    @settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(q=text, path=st.sampled_from(["/api/search", "/api/search/documents"]))
    def run(q: str, path: str) -> None:
        r = anon.get(path, params={"q": q})
        assert r.status_code < 500, (q, r.text[:200])
        assert not any(s.lower() in r.text.lower() for s in SECRETS)

    run()
