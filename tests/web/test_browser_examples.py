"""End-to-end on real text: the example reports ingested into the test's own database, then
searched and browsed in Debian's Chromium as a person would (skipped without Chromium)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from izde import users
from izde.ingest.pipeline import ingest_paths
from izde.store.engine import Store
from izde.web import create_app
from izde.web.settings import WebSettings

from .conftest import PASSWORD, served
from .test_browser import ARGS, CHROMIUM

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium absent")]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = Store(str(tmp_path_factory.mktemp("examples") / "examples.db"))
    ingest_paths(store, [EXAMPLES])
    with store.session() as s:
        users.create_user(s, "ed", "editor", PASSWORD, "test")
    app = create_app(settings=WebSettings(None, "e" * 40, dev=True), store=store)
    with served(app) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def page(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=str(CHROMIUM), args=ARGS,
            headless=True)
        tab = context.new_page()
        tab.goto(f"{server}/login")
        tab.fill("#name", "ed")
        tab.fill("#password", PASSWORD)
        tab.click("button[type=submit]")
        tab.wait_for_load_state()
        yield tab
        context.close()


def _search(page: Any, server: str, q: str) -> str:
    page.goto(f"{server}/search")
    page.fill("#q", q)
    page.press("#q", "Enter")
    page.wait_for_load_state()
    return str(page.locator("main").inner_text())


def test_kazakh_cyrillic_query_finds_the_latin_person_and_the_letter(page: Any,
                                                                      server: str) -> None:
    text = _search(page, server, "Ерлан Қабдолла")
    assert "Erlan Kabdolla" in text and "Letter campaign" in text


def test_person_page_from_a_search_hit_cites_a_report(page: Any, server: str) -> None:
    _search(page, server, "Ерлан Қабдолла")
    page.click("text=Erlan Kabdolla")
    page.wait_for_load_state()
    assert "/persons/" in page.url
    assert "sentenc" in page.locator(".timeline").inner_text().lower()


def test_map_draws_the_outlines_under_the_places(page: Any, server: str) -> None:
    page.goto(f"{server}/map")
    assert page.locator("svg.map path.land").count() == 2
    assert page.locator("svg.map circle.pt").count() >= 1
