"""End to end in headless Chromium against a real uvicorn server on 127.0.0.1 (port 0).

Each test saves screenshots to test-artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from annals.settings import Settings
from annals.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
VERSIONED_ID = 6  # the demo statement with two versions (see conftest.py)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)"),
]


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[str]:
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=0, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.02)
    port = running.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900},
                                  accept_downloads=True)
    opened = context.new_page()
    problems: list[str] = []
    opened.on("console", lambda message: problems.append(message.text)
              if message.type == "error" and "Content Security Policy" in message.text else None)
    opened.on("request", lambda request: problems.append(f"third-party request {request.url}")
              if not request.url.startswith((server, "data:")) else None)
    yield opened
    context.close()
    assert not problems, problems


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_search_then_facet_then_chart(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    shot(page, "01-home")
    page.get_by_label("Search statements").fill("port")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=port")
    assert page.locator("mark").count() > 0
    shot(page, "02-search")
    page.locator(".facet a", has_text="harbourcity-port").click()
    page.wait_for_url("**source=harbourcity-port**")
    assert page.locator(".chip", has_text="source: harbourcity-port").count() == 1
    shot(page, "03-facet")
    page.locator("a.bar-link").first.click()
    page.wait_for_url("**from=**")
    assert "by month in" in page.locator(".chart figcaption").inner_text()
    shot(page, "04-chart-year")


def test_entity_facet_then_exact_forms_then_facts(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/?q=Khojaly")
    assert page.locator(".notes", has_text="also matched the spellings").is_visible()
    assert page.locator(".hit .matched").first.is_visible()
    page.locator(".facet", has=page.locator("h2", has_text="Place")).locator(
        "a", has_text="Meridian").click()
    page.wait_for_url("**place=Meridian**")
    assert page.locator(".chip", has_text="place: Meridian").count() == 1
    shot(page, "11-entity-facet")
    page.get_by_role("link", name="only exact forms").click()
    page.wait_for_url("**exact=1**")
    assert page.locator(".notes").count() == 0
    assert set(page.locator(".hit .matched span").all_inner_texts()) == {"Khojaly"}
    shot(page, "12-exact-forms")
    page.get_by_label("Search statements").fill("Hojaly")  # the filters stay with a new query
    page.keyboard.press("Enter")
    page.wait_for_url("**q=Hojaly**")
    assert "place=Meridian" in page.url and "exact=1" in page.url
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Facts").click()
    page.wait_for_url("**/facts")
    page.get_by_label("Kind").select_option("figure")
    page.get_by_label("What happened").fill("displaced")
    page.get_by_role("button", name="Show facts").click()
    page.wait_for_url("**predicate=displaced**")
    assert page.locator("table.facts-table tbody tr").count() >= 1
    assert page.locator("table.facts-table tbody td", has_text="displaced").count() == (
        page.locator("table.facts-table tbody tr").count())
    shot(page, "13-facts")
    page.locator("table.facts-table tbody a").first.click()
    page.wait_for_url(f"**/statements/{VERSIONED_ID}")


def test_open_statement_and_view_diff(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/?q=evacuated")
    page.locator(".hit h3 a").first.click()
    page.wait_for_url(f"**/statements/{VERSIONED_ID}?q=evacuated")
    assert page.locator(".statement-text mark").count() > 0
    assert page.locator("#facts-heading").is_visible()
    shot(page, "05-statement")
    page.get_by_label("Compare").select_option("1")
    page.get_by_label("with").select_option("2")
    page.get_by_role("button", name="Show changes").click()
    page.wait_for_url("**/diff?old=1&new=2")
    assert page.locator(".diff ins").count() > 0
    shot(page, "06-diff")


def test_export_downloads_csv(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/?q=port")
    with page.expect_download() as download:
        page.locator(".exports a", has_text="CSV").click()
    path = download.value.path()
    assert path is not None
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,external_id,url,title") and len(lines) > 1


def test_sources_and_api_docs(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/sources")
    assert page.locator("table.sources tbody tr").count() >= 7
    shot(page, "07-sources")
    page.get_by_role("link", name="test-removed", exact=True).click()
    page.locator(".hit h3 a").first.click()
    assert page.locator(".notice-removed").is_visible()
    shot(page, "07b-removed-statement")
    page.goto("/api/docs")
    search = page.locator("section.endpoint").first
    search.get_by_label("q").fill("port")
    search.get_by_role("button", name="Send").click()
    page.wait_for_function("document.querySelector('pre.response').textContent.startsWith('HTTP')")
    assert search.locator("pre.response").inner_text().startswith("HTTP 200")
    shot(page, "08-api-docs")


def test_phone_layout(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844},
                                  is_mobile=True)
    phone = context.new_page()
    phone.goto("/?q=port")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways on a phone"
    shot(phone, "09-phone-search")
    phone.goto(f"/statements/{VERSIONED_ID}")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "10-phone-statement")
    phone.goto("/facts?kind=figure&source=riverton-mayor")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "14-phone-facts")
    phone.goto("/?q=Khojaly&place=Meridian")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "15-phone-entity-search")
    phone.goto("/sources")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "16-phone-sources")
    context.close()
