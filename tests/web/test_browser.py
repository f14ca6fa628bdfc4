"""End-to-end: Debian's Chromium, headless, driven through Playwright, as a person would.

Skipped only when /usr/bin/chromium is absent. Screenshots of the main pages at 1280 and
390 pixels wide go to screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from izde import users
from izde.store.engine import Store
from izde.web import create_app
from izde.web.settings import WebSettings

from .conftest import PASSWORD, served
from .factory import populate

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium absent")]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = Store(str(tmp_path_factory.mktemp("e2e") / "e2e.db"))
    with store.session() as s:
        populate(s)
        users.create_user(s, "rev", "reviewer", PASSWORD, "test")
    app = create_app(settings=WebSettings(None, "b" * 40, dev=True), store=store)
    with served(app) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield context
        context.close()


def _page(browser: Any, width: int = 1280) -> Any:
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    return page


def _sign_in(page: Any, server: str, next_path: str = "/search") -> None:
    page.goto(f"{server}/login?next={next_path}")
    page.fill("#name", "rev")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_anonymous_visitor_of_private_instance_is_sent_to_login(browser: Any,
                                                                server: str) -> None:
    browser.clear_cookies()
    page = _page(browser)
    page.goto(f"{server}/persons/per_a")
    assert "/login" in page.url
    assert page.locator("h1").inner_text() == "Sign in"
    page.close()


def test_search_by_cyrillic_spelling_finds_the_latin_person(browser: Any, server: str) -> None:
    page = _page(browser)
    _sign_in(page, server)
    page.fill("#q", "Серік Төлегенұлы")
    page.press("#q", "Enter")
    page.wait_for_load_state()
    page.click("text=Serik Tolegenuly")
    assert page.url.endswith("/persons/per_a")
    page.close()


def test_person_page_shows_the_quote_of_a_sentencing(browser: Any, server: str) -> None:
    page = _page(browser)
    _sign_in(page, server, "/persons/per_a")
    timeline = page.locator(".timeline").inner_text()
    assert "was sentenced to 10 years in prison" in timeline
    page.close()


def test_reviewer_accepts_a_proposal_and_the_person_page_changes(browser: Any,
                                                                 server: str) -> None:
    page = _page(browser)
    _sign_in(page, server, "/persons/per_a")
    before = page.locator(".timeline").inner_text()
    assert "sentence: 9 years" in before and "sentence: 10 years" in before
    page.goto(f"{server}/review?order=uncertain")
    item = page.locator(".item", has_text="sentenced to 9 years").first
    item.locator("button[value=reject]").click()
    page.wait_for_load_state()
    assert "rejected" in page.locator(".notice").inner_text()
    page.goto(f"{server}/persons/per_a")
    after = page.locator(".timeline").inner_text()
    assert "sentence: 9 years" not in after and "sentence: 10 years" in after
    page.close()


def test_keyboard_accept_in_the_review_queue(browser: Any, server: str) -> None:
    page = _page(browser)
    _sign_in(page, server, "/review")
    count = int(page.locator("#cl-h small").inner_text())
    page.keyboard.press("a")
    page.wait_for_url("**/review?**")
    assert int(page.locator("#cl-h small").inner_text()) == count - 1
    page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_of_the_main_pages(browser: Any, server: str, width: int) -> None:
    SHOTS.mkdir(exist_ok=True)
    page = _page(browser, width)
    browser.clear_cookies()
    page.goto(f"{server}/login")
    page.screenshot(path=str(SHOTS / f"login-{width}.png"), full_page=True)
    _sign_in(page, server)
    for name, path in (("search", "/search?q=Serik"), ("person", "/persons/per_a"),
                       ("document", "/documents/doc_0000000000000001"),
                       ("review", "/review"), ("statistics", "/statistics"),
                       ("map", "/map"), ("place", "/places/cn-xj-ili")):
        page.goto(server + path)
        assert page.locator("h1").count() >= 1, path
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    page.close()
