"""``geomap diff``: real git history of a small incident, layer folders, the JSON schema, Markdown, the page's
contract (the page in Chromium: tests/browser/test_diff_page.py).

A fixture repository (``repo`` in conftest.py, its history in tests/diff_history.py) gets three
commits: the base; one that moves a site ~2.8 km, re-statuses another, adds a site, a claim and a
hostile text, and changes a count; one that removes the site and the claim again and changes the
remaining claim's origin.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from ci_fixture import git
from diff_history import MOVED_TO, WOHYN, _run
from pyproj import Geod

from geomap.cli import main

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "diff-schema.json").read_text("utf-8"))


def _changes(diff: dict, layer: str) -> dict[str, dict]:
    [incident] = diff["incidents"]
    found = [entry for entry in incident["layers"] if entry["layer"] == layer]
    return {c["id"]: c for c in found[0]["changes"]} if found else {}


def test_git_diff_names_each_change_with_its_distance(repo, monkeypatch, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    root, (c1, c2, _) = repo
    code, out, err = _run(root, monkeypatch, capsys, "--git", f"{c1}..{c2}", "--format", "json")
    assert code == 1, err
    diff = json.loads(out)
    jsonschema.validate(diff, SCHEMA)
    assert diff["summary"] == {
        "incidents_added": 0,
        "incidents_removed": 0,
        "added": 1,
        "removed": 0,
        "moved": 1,
        "reshaped": 0,
        "changed": 1,
        "status_changed": 1,
        "claims_added": 1,
        "claims_removed": 0,
        "claims_changed": 1,
        "counts_changed": 1,
    }
    sites = _changes(diff, "crash_sites")
    assert set(sites) == {"czesniki", "wohyn", "wyhalew"}
    assert sites["czesniki"]["fields"] == [{"field": "status", "old": "reported", "new": "confirmed"}]
    moved = sites["wohyn"]["moved"]
    _, _, metres = Geod(ellps="WGS84").inv(*WOHYN, *MOVED_TO)
    assert moved["distance_km"] == pytest.approx(metres / 1000, abs=0.002)
    assert 2.6 < moved["distance_km"] < 2.9
    assert (moved["from"], moved["to"]) == (list(WOHYN), list(MOVED_TO))
    assert moved["old"]["match"] == "exact" and moved["new"]["match"] == "coordinates"
    assert sites["wyhalew"]["change"] == "added" and sites["wyhalew"]["status"] == "reported"
    claims = _changes(diff, "flight_directions")
    assert claims["tusk"]["change"] == "added" and claims["tusk"]["kind"] == "claim"
    assert (
        claims["tusk"]["claim"]["speaker"] == "Donald Tusk" and claims["tusk"]["claim"]["origin"] == "Belarus"
    )
    # Ordash's fans now reach Wyhalew too, and start from the moved Wohyń: his claim's drawing changed.
    assert set(claims) == {"tusk", "ordash"} and claims["ordash"]["fields"][0]["field"] == "targets"
    [count] = diff["incidents"][0]["counts"]
    assert (count["what"], count["old"]["value"], count["new"]["value"]) == ("drones", 19, 21)


def test_git_diff_removed_and_claim_changed(repo, monkeypatch, capsys):
    root, (_, c2, c3) = repo
    code, out, _ = _run(root, monkeypatch, capsys, "--git", f"{c2}..{c3}")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"geomap diff {c2} → {c3}: 1 removed")
    assert any(re.match(r"    - Wyhalew \[wyhalew\] removed: status reported", line) for line in lines)
    assert any(
        line.startswith("    - claim “Directly from Belarus” (Donald Tusk) [tusk] removed") for line in lines
    )
    ordash = next(line for line in lines if "[ordash]" in line)
    assert (
        "status: reported → disputed; origin: Ukraine → Volyn Oblast;" in ordash
        and "entry_sector: UA–PL border → " in ordash
    )
    assert "drawing" in ordash


def test_equal_revisions_exit_0(repo, monkeypatch, capsys):
    root, (c1, *_) = repo
    code, out, _ = _run(root, monkeypatch, capsys, "--git", f"{c1}..{c1}")
    assert code == 0
    assert out.strip() == f"geomap diff {c1} → {c1}: no changes"


def test_the_work_tree_is_never_touched(repo, monkeypatch, capsys):
    root, (c1, c2, _) = repo
    seed = root / "seeds" / "fixture.yaml"
    edited = seed.read_text("utf-8") + "# not committed\n"
    seed.write_text(edited, "utf-8")
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*") if p.is_file()}
    try:
        code, _, _ = _run(root, monkeypatch, capsys, "--git", f"{c1}..{c2}", "seeds/fixture.yaml")
        assert code == 1
        after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*") if p.is_file()}
        assert after == before
        assert git(root, "status", "--porcelain") == "M seeds/fixture.yaml"
    finally:
        git(root, "checkout", "-q", "--", "seeds/fixture.yaml")


def test_markdown_for_the_step_summary(repo, monkeypatch, capsys):
    root, (c1, c2, _) = repo
    code, out, _ = _run(root, monkeypatch, capsys, "--git", f"{c1}...{c2}", "--format", "markdown")
    assert code == 1
    assert out.startswith("### geomap diff: ")
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert rows[0] == "| | layer | feature | what changed |"
    moved = next(r for r in rows if "Wohyń" in r)
    assert moved.startswith(
        "| ↗ moved | crash\\_sites | **Wohyń** | moved 2\\.8 km \\(place, exact → place, coordinates\\)"
    )
    assert any("status: reported → confirmed" in r for r in rows)
    assert any(
        r.startswith("| ➕ added | flight\\_directions | **claim “Directly from Belarus” \\(Donald Tusk\\)**")
        for r in rows
    )
    # Hostile text is inert: no tag, no mention, no link, no table cell break.
    wyhalew = next(r for r in rows if "Wyhalew" in r)
    assert "<img" not in out and "&lt;img src=x onerror=alert\\(1\\)" in wyhalew
    assert "@octocat" not in out and "@\u2060octocat" in wyhalew
    assert "](https" not in out and wyhalew.count(" | ") == 3 and "\\|" in wyhalew


def test_layer_folders_give_the_same_changes(repo, tmp_path, monkeypatch, capsys):
    root, (c1, c2, _) = repo
    folders = []
    for n, commit in enumerate((c1, c2)):
        seed = tmp_path / f"rev{n}" / "fixture.yaml"
        seed.parent.mkdir()
        seed.write_text(git(root, "show", f"{commit}:seeds/fixture.yaml") + "\n", "utf-8")
        out = ["--out", str(tmp_path / f"b{n}")]
        assert main(["build", str(seed), "--layers-dir", str(tmp_path / f"layers{n}"), *out]) == 0
        folders.append(tmp_path / f"layers{n}" / "fixture")
    capsys.readouterr()
    _, git_out, _ = _run(root, monkeypatch, capsys, "--git", f"{c1}..{c2}", "--format", "json")
    code, out, _ = _run(root, monkeypatch, capsys, str(folders[0]), str(folders[1]), "--format", "json")
    assert code == 1
    from_git, from_folders = json.loads(git_out), json.loads(out)
    assert from_git["incidents"][0]["layers"] == from_folders["incidents"][0]["layers"]
    assert from_folders["incidents"][0]["counts"] == []  # layer files do not carry the incident's counts
    # A folder of layer folders works too.
    code, out, _ = _run(
        root, monkeypatch, capsys, str(folders[0].parent), str(folders[1].parent), "--format", "json"
    )
    assert code == 1 and json.loads(out)["incidents"][0]["layers"] == from_git["incidents"][0]["layers"]
    # Two GeoPackages, as geomap build wrote them: the same changes (times come back in UTC there).
    gpkgs = [str(tmp_path / f"b{n}" / "fixture.gpkg") for n in range(2)]
    code, out, _ = _run(root, monkeypatch, capsys, *gpkgs, "--format", "json")
    from_gpkg = json.loads(out)["incidents"][0]["layers"]

    def changes(layers):
        return sorted(
            (la["layer"], c["id"], c["change"], (c.get("moved") or {}).get("distance_km"))
            for la in layers
            for c in la["changes"]
        )

    assert code == 1 and changes(from_gpkg) == changes(from_git["incidents"][0]["layers"])


def test_a_geopackage_reads_back_as_its_layer_files(written):
    """Each feature of the GeoPackage, not the rows of its history table that share its layer and id."""
    from geomap.diff import read_state

    built, out = written
    [gpkg] = read_state(out / "build" / f"{built.name}.gpkg").values()
    [folder] = read_state(out / "layers" / built.name).values()
    assert set(gpkg.layers) == set(folder.layers)
    for layer, features in folder.layers.items():
        assert set(gpkg.layers[layer]) == set(features), layer
        for key, feature in features.items():
            read = gpkg.layers[layer][key]
            assert read["geometry"] == feature["geometry"], (layer, key)
            assert read["properties"].get("name") == feature["properties"].get("name"), (layer, key)
            assert read["properties"].get("status") == feature["properties"].get("status"), (layer, key)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--git", "nonexistent..HEAD"], "git rev-parse"),
        (["--git", "HEAD"], "give a range, A..B"),
        (["only-one"], "give OLD and NEW"),
        (["missing-a", "missing-b"], "missing-a: no such folder or file"),
    ],
    ids=["unknown-revision", "not-a-range", "one-path", "missing-folder"],
)
def test_bad_input_exits_2_in_one_line(repo, monkeypatch, capsys, argv, message):
    root, _ = repo
    code, out, err = _run(root, monkeypatch, capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err and "Traceback" not in err


def test_a_revision_whose_seed_is_broken_is_bad_input(repo, tmp_path, monkeypatch, capsys):
    root, (c1, *_) = repo
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(root), str(clone)], check=True)
    seed = clone / "seeds" / "fixture.yaml"
    seed.write_text(seed.read_text("utf-8").replace("status: confirmed", "status: certain"), "utf-8")
    git(clone, "commit", "-qam", "broken")
    code, _, err = _run(clone, monkeypatch, capsys, "--git", f"{c1}..HEAD")
    assert code == 2
    assert err.startswith("geomap diff: HEAD:seeds/fixture.yaml:") and "'certain' is not one of" in err
    assert str(tmp_path) not in err


def test_the_diff_page_keeps_the_page_contract(repo, tmp_path, monkeypatch, capsys):
    root, (c1, c2, _) = repo
    out = tmp_path / "diff.html"
    code, _, _ = _run(root, monkeypatch, capsys, "--git", f"{c1}..{c2}", "--html", str(out))
    assert code == 1
    html = out.read_text("utf-8")
    assert html.count('<script type="application/json" id="geomap-document">') == 1
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    island = html.split('id="geomap-document">', 1)[1].split("</script>", 1)[0]
    document = json.loads(island)
    assert document["page"] == "diff"
    assert {c["change"] for c in document["changes"]} == {"moved", "changed", "added"}
    # User text is only in the island, escaped: outside it the page is constant.
    outside = html.replace(island, "")
    assert "octocat" not in outside and "Wyhalew" not in outside and "<img src=x" not in html


def test_hostile_text_stays_text_in_markdown_and_text(hostile_diff):
    from common import PAYLOADS

    from geomap import diff

    state, changes = hostile_diff
    markdown, text = diff.to_markdown(changes), diff.to_text(changes)
    assert "<" not in markdown and "](" not in markdown.replace("\\](", "")
    for payload in PAYLOADS:
        assert diff.md(payload) in markdown
    assert "\x1b" not in text and "\u2028" not in text and "\u202e" not in text
    sites = state["hostile"].layers["crash_sites"]
    for i, payload in enumerate(PAYLOADS):
        assert sites[f"site-{i}"]["properties"]["reported"] == payload
    assert json.loads(diff.to_json(changes))["summary"]["incidents_added"] == 1
