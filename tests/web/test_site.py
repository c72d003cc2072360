"""``geomap build --site``: each incident's page and downloads, and an index page listing them.

The index in Chromium is tested in tests/browser/test_site_page.py.
"""

from __future__ import annotations

import json

from site_fixture import TITLE

from geomap.cli import main


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
