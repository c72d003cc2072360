"""A real browser for the tests: Debian's headless Chromium through Playwright, offline.

The ``browser`` fixture (conftest.py) launches it once a session."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from geomap.web.screenshot import QUIET_FLAGS


def chromium() -> str:
    found = os.environ.get("GEOMAP_CHROMIUM") or shutil.which("chromium")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium for the browser tests (see .ci/run)")
        pytest.skip("Debian's chromium is not installed")
    return found


def launch():
    """Launch Chromium for a session (a generator: the conftest fixture yields from it)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = chromium()
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=executable, args=[f for f in QUIET_FLAGS if f != "--headless"]
        )
        yield launched
        launched.close()


class Page:
    """A page opened offline: every request that is not file: or data: is recorded and refused."""

    def __init__(
        self,
        browser,
        html: Path,
        *,
        width: int = 1400,
        height: int = 1000,
        ready: str = "window.geomap",
        bypass_csp: bool = False,
        fragment: str = "",
    ):
        self.context = browser.new_context(
            viewport={"width": width, "height": height}, offline=True, bypass_csp=bypass_csp, has_touch=False
        )
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(html.as_uri() + fragment, wait_until="load")
        # Polled from here: wait_for_function would eval() in the page, which its CSP refuses.
        for _ in range(200):
            if self.page.evaluate(f"!!({ready})"):
                break
            self.page.wait_for_timeout(50)
        else:
            raise AssertionError(f"the page never got ready ({ready}): {self.errors}")

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def drawn(self, key: str) -> int:
        return self.page.locator(f".gm-layer-{key}").count()

    def js(self, code: str):
        return self.page.evaluate(code)

    def open_popup(self, overlay: str, feature_id: str) -> str:
        self.js(
            f"(() => {{ const g = geomap.overlays[{json.dumps(overlay)}].group;"
            f" g.getLayers().find(l => l.feature && l.feature.id === {json.dumps(feature_id)}).openPopup(); }})()"
        )
        return self.page.locator(".leaflet-popup-content").last.text_content()

    def close(self):
        self.context.close()


#: How many visible map controls lie over the open popup.
COVERED_CONTROLS = """(() => { const p = document.querySelector('.leaflet-popup').getBoundingClientRect();
  return Array.from(document.querySelectorAll('.leaflet-control')).filter(c => {
    const r = c.getBoundingClientRect(); return getComputedStyle(c).visibility === 'visible' && r.width
      && r.right > p.left && r.left < p.right && r.bottom > p.top && r.top < p.bottom; }).length; })()"""
