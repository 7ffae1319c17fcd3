"""Fixtures of the browser tests: the built site served on localhost, Debian's Chromium, and a page that
fails its test on any request to an outside host, any failed request and any console error."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support import BuiltSite
from tests.website.browser import CHROMIUM, CHROMIUM_ARGS, OutsideRequests, serve


@pytest.fixture(scope="session")
def base_url(site: BuiltSite) -> Iterator[str]:
    with serve(site.site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (scripts/dev/setup.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside = OutsideRequests()
    context.route("**/*", outside.route)
    page = context.new_page()
    errors: list[str] = []
    failed: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    # net::ERR_ABORTED is a request the browser cancelled because the test moved on to another page.
    page.on(
        "requestfailed",
        lambda request: (
            None
            if request.failure == "net::ERR_ABORTED"
            else failed.append(f"{request.url}: {request.failure}")
        ),
    )
    page.on(
        "response",
        lambda response: (
            failed.append(f"{response.url}: {response.status}") if response.status >= 400 else None
        ),
    )
    yield page
    context.close()
    assert outside.refused == [], f"the page asked outside hosts for: {outside.refused}"
    assert failed == [], f"failed requests: {failed}"
    assert errors == [], f"console errors: {errors}"
