"""The index page of ``geomap build --site`` in Chromium: its rows, sorting and map, titles shown as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_fixture import TITLE


@pytest.mark.browser
def test_the_index_in_a_browser(site, browser):
    from pages import Page

    page = Page(browser, site / "index.html", ready="window.geomapSite")
    try:
        assert page.errors == [] and page.outside == [] and page.dialogs == []
        rows = page.page.locator(".gm-site tbody tr")
        assert rows.count() == 2
        assert rows.nth(0).locator("td").first.inner_text() == TITLE  # newest first, shown as text
        assert page.js("document.querySelectorAll('.gm-site img').length") == 0
        page.page.locator(".gm-sort", has_text="When").click()  # oldest first
        assert rows.nth(0).locator("td").first.inner_text() == "Test"
        assert page.page.locator(".gm-site th").nth(1).get_attribute("aria-sort") == "ascending"
        assert page.js("document.querySelectorAll('.leaflet-interactive').length") == 2
        href = rows.nth(0).locator("a").first.get_attribute("href")
        assert href == "first.html" and (site / href).is_file()
        page.page.screenshot(path=str(Path(site) / "index.png"))
    finally:
        page.close()
