"""The command line: the public contract of DESIGN.md, exit codes and one-line errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from common import MATCH_RECORD_KEYS, loaded_by

from geomap.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def seed_copy(tmp_path, seed):
    for path in seed.parent.glob("pl-drones-2025-09-10.*"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path / seed.name


def test_build_writes_layers_gpkg_and_html(tmp_path, seed, capsys):
    assert main(["build", str(seed), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b")]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 9  # 6 layers, the crash sites' uncertainty areas, the GeoPackage and the page
    for name in ("crash_sites", "border_regions", "flight_directions", "airports", "alert_regions"):
        assert (tmp_path / "l" / "pl-drones-2025-09-10" / f"{name}.geojson").is_file()
    assert (tmp_path / "b" / "pl-drones-2025-09-10.gpkg").is_file()
    assert (tmp_path / "b" / "pl-drones-2025-09-10.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    committed = ROOT / "layers" / "pl-drones-2025-09-10" / "crash_sites.geojson"
    assert (
        tmp_path / "l" / "pl-drones-2025-09-10" / "crash_sites.geojson"
    ).read_bytes() == committed.read_bytes()


def test_invalid_seed_writes_nothing(tmp_path, seed_copy, capsys):
    text = seed_copy.read_text("utf-8").replace("status: confirmed", "status: certain", 1)
    seed_copy.write_text(text, "utf-8")
    line = text[: text.index("status: certain")].count("\n") + 1
    code = main(["build", str(seed_copy), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().splitlines() == [
        f"{seed_copy}:{line}: places.crash_sites[1].status: 'certain' is not one of: confirmed, reported, disputed, reclassified, excluded"
    ]
    assert not (tmp_path / "l").exists() and not (tmp_path / "b").exists()


def test_unresolvable_place_is_reported_with_its_line(tmp_path, seed_copy, capsys):
    text = seed_copy.read_text("utf-8").replace(
        "place: Wohyń, gm. Wohyń, Radzyń Podlaski County", "place: Sobótka"
    )
    seed_copy.write_text(text, "utf-8")
    at = text[: text.index("place: Sobótka")].count("\n") + 1
    assert (
        main(["build", str(seed_copy), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b")])
        == 1
    )
    line = next(e for e in capsys.readouterr().err.strip().splitlines() if "wohyn" in e)
    assert line.startswith(f"{seed_copy}:{at}: crash_sites.wohyn.place: 'Sobótka' matches 8 places")
    assert "Traceback" not in line and not (tmp_path / "l").exists()


def test_validate(seed, tmp_path, capsys, monkeypatch):
    def no_page(*args, **kwargs):
        raise AssertionError("validate checks what build would refuse; it renders no page")

    monkeypatch.setattr("geomap.build.incident_document", no_page)
    assert main(["validate", str(seed)]) == 0
    capsys.readouterr()
    bad = tmp_path / "bad.yaml"
    bad.write_text("incident: {id: x}\nsources: []\nextra: 1\n", "utf-8")
    assert main(["validate", str(bad)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert (
        f"{bad}:3: extra: unknown key; allowed here: incident, sources, layers, places, border_regions, alert_regions, flight_directions, counts, tables, mentions"
        in lines
    )
    assert all(line.startswith(f"{bad}:") for line in lines)


def test_validate_resolves_places(seed_copy, capsys):
    text = seed_copy.read_text("utf-8").replace(
        "place: Wohyń, gm. Wohyń, Radzyń Podlaski County", "place: Sobótka"
    )
    seed_copy.write_text(text, "utf-8")
    assert main(["validate", str(seed_copy), "--no-geocode"]) == 0
    assert main(["validate", str(seed_copy)]) == 1
    assert "crash_sites.wohyn.place: 'Sobótka' matches 8 places" in capsys.readouterr().err


def test_check_names_the_stale_file(tmp_path, seed, capsys):
    layers = tmp_path / "layers"
    shutil.copytree(ROOT / "layers", layers)
    assert main(["check", str(seed), "--layers-dir", str(layers)]) == 0
    stale = layers / "pl-drones-2025-09-10" / "airports.geojson"
    stale.write_bytes(stale.read_bytes().replace(b'"status":"confirmed"', b'"status":"reported"', 1))
    (layers / "pl-drones-2025-09-10" / "old.geojson").write_text("{}", "utf-8")
    assert main(["check", str(seed), "--layers-dir", str(layers)]) == 1
    err = capsys.readouterr().err
    assert f"{stale}: differs from a rebuild" in err
    assert "old.geojson: no longer built" in err


def test_check_leaves_out_a_draft_extract_wrote_in_seeds(tmp_path, monkeypatch, capsys):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "layers", tmp_path / "layers")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "seeds/pl-drones-2025-09-10.article.txt", "--date", "2025-09-10"]) == 0
    assert (tmp_path / "seeds" / "pl-drones-2025-09-10.draft.yaml").exists()
    capsys.readouterr()
    assert main(["check"]) == 0  # the draft is no seed until reviewed and renamed
    assert "skipped seeds/pl-drones-2025-09-10.draft.yaml: an extract draft" in capsys.readouterr().err
    assert main(["validate", "--strict"]) == 0  # validate, with no file, takes the same seeds
    captured = capsys.readouterr()
    assert "seeds/pl-drones-2025-09-10.yaml: ok" in captured.out
    assert "skipped seeds/pl-drones-2025-09-10.draft.yaml" in captured.err


def test_validate_with_no_file_and_no_seeds_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 1
    assert "geomap validate: no seeds/*.yaml here" in capsys.readouterr().err


def test_geocode_json(capsys):
    code = main(["geocode", "Cześniki, Zamość County", "Mniszków", "--json"])
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert code == 1
    for key in MATCH_RECORD_KEYS:
        assert key in first
    assert first["gazetteer_id"] == "geonames:773720"
    assert second["query"] == "Mniszków" and "error" in second and len(second["candidates"]) == 2


def test_geocode_country(capsys):
    assert main(["geocode", "Brest", "--country", "BY"]) == 0
    assert "Brest" in capsys.readouterr().out


def test_version(capsys):
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("geomap 0.1.0") and "GDAL" in out and "PROJ" in out and "GEOS" in out


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == 2


def test_console_script_runs_as_module():
    result = subprocess.run(
        [sys.executable, "-m", "geomap", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "GEOS" in result.stdout


def test_public_api_is_complete():
    import geomap

    assert sorted(geomap.__all__) == geomap.__all__
    for name in geomap.__all__:
        assert getattr(geomap, name) is not None


def test_the_lazy_names_are_typed():
    """Every lazy export is imported under TYPE_CHECKING from the module that serves it, and no other name."""
    import ast

    import geomap

    tree = ast.parse(Path(geomap.__file__).read_text("utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    typed = {a.name: n.module for n in block.body if isinstance(n, ast.ImportFrom) for a in n.names}
    assert typed == geomap._EXPORTS
    assert sorted(geomap.__all__) == sorted([*typed, "__version__"])


def test_a_build_imports_no_folium(seed, tmp_path):
    """folium is the notebook bridge only: ``geomap build`` never imports it (nor branca nor Jinja2)."""
    code = (
        "import sys\n"
        "from geomap.cli import main\n"
        f"status = main(['build', {str(seed)!r}, '--layers-dir', {str(tmp_path / 'l')!r}, '--out', {str(tmp_path / 'b')!r}])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('folium', 'branca', 'jinja2'))\n"
        "print(status, loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stdout + result.stderr
    assert (tmp_path / "b" / "pl-drones-2025-09-10.html").is_file()


def test_two_seeds_with_one_id_write_nothing(tmp_path, seed_copy, capsys):
    twin = seed_copy.with_name("twin.yaml")
    twin.write_text(seed_copy.read_text("utf-8"), "utf-8")
    code = main(
        [
            "build",
            str(seed_copy),
            str(twin),
            "--layers-dir",
            str(tmp_path / "l"),
            "--out",
            str(tmp_path / "b"),
        ]
    )
    assert code == 1
    assert "is used by another seed too" in capsys.readouterr().err
    assert not (tmp_path / "l").exists()


def test_echoed_text_cannot_reach_the_terminal_raw(capsys):
    assert main(["geocode", "\x1b[31mRed\x1b[0m\nforged: line"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and len(err.strip().splitlines()) == 1
    assert "\\u001b[31mRed" in err


def test_unknown_country_is_refused(capsys):
    assert main(["geocode", "Lublin", "--country", "XX"]) == 1
    assert (
        "--country 'XX' is not a country the gazetteer covers; use one of BY, EE, LT, LV, MD, PL, RO, RU, UA"
        in capsys.readouterr().err
    )


def test_usage_errors_are_one_line(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["build"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("geomap build: the following arguments are required")


def test_online_tiles_leak_no_python_warnings(seed, tmp_path, capsys, monkeypatch):
    args = ["build", str(seed), "--layers-dir", str(tmp_path / "l"), "--out", str(tmp_path / "b")]
    assert main([*args, "--tiles", "OpenTopoMap"]) == 0
    assert all(": acknowledged: " in line for line in capsys.readouterr().err.splitlines())

    def no_build(*args, **kwargs):
        raise AssertionError("a usage error is found before any seed is built")

    monkeypatch.setattr("geomap.build.build_incident", no_build)
    assert main([*args, "--tiles", "CartoDB.Positron"]) == 2  # wrong usage (OptionError)
    assert capsys.readouterr().err.strip() == (
        "geomap build: --tiles 'CartoDB.Positron' needs an API key; choose a provider that does not"
    )


def test_zero_width_characters_are_removed_with_a_warning(tmp_path, capsys):
    from common import write_incident

    seed = write_incident(
        tmp_path,
        'places:\n  crash_sites:\n    - name: "Cze\u200bśniki"\n'
        '      place: "Cze\u200bśniki, Zamość County"\n      sources: [src]\n',
    )
    assert main(["validate", str(seed)]) == 0
    err = capsys.readouterr().err
    assert "warning: line breaks or zero-width characters removed; now reads 'Cześniki'" in err
    assert main(["validate", "--strict", str(seed)]) == 1


def test_names_in_other_scripts_get_distinct_ids(tmp_path):
    from common import write_incident

    from geomap.incident import load_incident

    body = "places:\n  crash_sites:\n" + "".join(
        f"    - name: {name}\n      coordinates: [22.5, 51.5]\n      sources: [src]\n"
        for name in ("مرحبا", "مرحب", "Шацьк", "中文")
    )
    ids = [e.report.id for e in load_incident(write_incident(tmp_path, body)).places["crash_sites"]]
    assert len(set(ids)) == 4 and all(ids) and "sack" in ids


#: Packages and modules whose errors are typed (the others follow: io/, jobs.py, tables.py, cli.py).
def test_no_bare_root_error_is_raised():
    """Errors are raised as the kind of what failed (geomap.errors), never as the bare root class."""
    import geomap

    package = Path(geomap.__file__).parent
    files = sorted(package.rglob("*.py"))  # the whole package
    assert len(files) > 60
    bare = []
    for path in files:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if "raise GeomapError(" in line:
                bare.append(f"{path.relative_to(package)}:{number}")
    assert bare == []


def test_validate_builds_no_frames_and_loads_no_geopandas():
    """``geomap validate`` (and extract's check of each draft) reads, locates and draws in memory,
    with the rules of a build, but makes no GeoDataFrame: geopandas and pandas stay unloaded."""
    seed = ROOT / "seeds" / "pl-drones-2025-09-10.yaml"
    assert loaded_by(["validate", str(seed)], ("geopandas", "pandas", "folium", "fiona", "pyogrio")) == []
