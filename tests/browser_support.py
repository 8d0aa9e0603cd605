"""Headless Chromium for the browser tests: Debian's chromium driven by Playwright (never a
browser Playwright downloads), with the flags that keep it from reaching the network."""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for one test module; skipped with the install hint if absent."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium (Debian: apt-get install chromium fonts-wqy-zenhei)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class GuardedPage:
    """A browser page where every request not `allowed` is refused and recorded in `remote`;
    page errors and dialogs are recorded too, so a test can assert nothing left the machine."""

    def __init__(self, browser, width: int = 1400, console_errors: bool = False):
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.remote: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        if console_errors:
            self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def allowed(self, url: str) -> bool:
        return url.startswith(("data:", "blob:"))

    def _route(self, route):
        url = route.request.url
        if self.allowed(url):
            route.continue_()
        else:
            self.remote.append(url)
            route.abort()

    def wait_until(self, expression: str, timeout_s: float = 60.0) -> None:
        """Poll `expression` from outside the page until it is truthy. Playwright's
        wait_for_function re-evaluates a string with eval inside the page, which the pages'
        Content-Security-Policy (rightly) forbids; page.evaluate is not subject to it."""
        import time

        deadline = time.monotonic() + timeout_s
        while not self.page.evaluate(expression):
            if time.monotonic() > deadline:
                raise AssertionError(f"still false after {timeout_s:g} s: {expression}")
            self.page.wait_for_timeout(100)

    def close(self):
        self.context.close()
