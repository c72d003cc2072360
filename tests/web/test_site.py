"""``geomap build --site``: each incident's page and downloads, and an index page listing them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from common import HEAD, q

from geomap.cli import main

TITLE = "<img src=x onerror=alert(1)> {{ 7*7 }} Drones & debris"
BODY = """\
places:
  crash_sites:
    - name: Cześniki
      place: Cześniki, gm. Sitno, Zamość County
      reported: Fragments.
      status: confirmed
      sources: [src]
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    seeds = []
    for ident, start in (("first", "2025-09-09T23:30:00+02:00"), ("second", "2025-10-01T10:00:00+02:00")):
        head = HEAD.format(id=ident).replace("2025-09-09T23:30:00+02:00", start)
        if ident == "second":
            head = head.replace("title: Test", f"title: {q(TITLE)}").replace(
                "2025-09-10T06:45", "2025-10-02T06:45"
            )
        path = folder / f"{ident}.yaml"
        path.write_text(head + BODY, "utf-8")
        seeds.append(str(path))
    out = folder / "out"
    assert main(["build", *seeds, "--site", str(out), "--layers-dir", str(folder / "layers")]) == 0
    return out


def _document(html: str) -> dict:
    return json.loads(html.split('id="geomap-document">', 1)[1].split("</script>", 1)[0])


def test_site_has_pages_downloads_and_an_index(site):
    for name in (
        "first.html",
        "first.gpkg",
        "second.html",
        "second.gpkg",
        "index.html",
        "layers/first/crash_sites.geojson",
        "layers/second/crash_sites.geojson",
    ):
        assert (site / name).is_file(), name
    html = (site / "index.html").read_text("utf-8")
    assert "Content-Security-Policy" in html and html.count("application/json") == 1
    doc = _document(html)
    assert doc["page"] == "site"
    entries = {e["id"]: e for e in doc["incidents"]}
    assert entries["second"]["title"] == TITLE and entries["first"]["features"] >= 1
    for entry in entries.values():
        for link in [entry["page"], *(d["href"] for d in entry["downloads"])]:
            assert (site / link).is_file(), link
    island = html.split('id="geomap-document">', 1)[1].split("</script>", 1)[0]
    assert "<img src=x" not in html and "7*7" not in html.replace(island, "")  # data only, in the island


def test_site_and_out_together_are_refused(tmp_path, capsys):
    assert main(["build", "x.yaml", "--site", str(tmp_path / "s"), "--out", str(tmp_path / "o")]) == 2
    assert "give --site or --out, not both" in capsys.readouterr().err


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


def test_two_sites_diff(site, tmp_path, capsys):
    """Two built outputs: a site compared with itself is equal; with a changed copy, it names the change."""
    import shutil

    assert main(["diff", str(site), str(site)]) == 0
    changed = tmp_path / "changed"
    shutil.copytree(site, changed)
    layer = changed / "layers" / "first" / "crash_sites.geojson"
    layer.write_text(layer.read_text("utf-8").replace('"status":"confirmed"', '"status":"disputed"'), "utf-8")
    capsys.readouterr()
    assert main(["diff", str(site), str(changed)]) == 1
    assert "status: confirmed → disputed" in capsys.readouterr().out
