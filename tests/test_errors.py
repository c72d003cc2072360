"""Errors typed by what failed: each kind is also the built-in kind callers expect, with its exit status."""

from __future__ import annotations

import subprocess
import sys

import pytest

from geomap import errors


@pytest.mark.parametrize(
    ("kind", "builtin"),
    [
        (errors.IncidentError, ValueError),
        (errors.PlaceError, LookupError),
        (errors.GeocodeError, LookupError),
        (errors.TableError, ValueError),
        (errors.ReportError, ValueError),
        (errors.BoundaryError, LookupError),
        (errors.OptionError, ValueError),
        (errors.DataError, OSError),
        (errors.OutputError, OSError),
    ],
)
def test_each_kind_is_a_builtin_kind_too(kind, builtin):
    assert issubclass(kind, errors.GeomapError) and issubclass(kind, builtin)


def test_input_errors_and_a_broken_install_are_told_apart():
    assert issubclass(errors.TableError, errors.InputError)
    assert not issubclass(errors.DataError, errors.InputError)


def _run_with_damaged(name: str, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI with one package data file replaced by garbage."""
    code = (
        "import geomap._data as d\n"
        "real = d.read_bytes\n"
        f"d.read_bytes = lambda *p: b'garbage' if p == ({name!r},) else real(*p)\n"
        "from geomap.cli import main\n"
        f"raise SystemExit(main({list(argv)!r}))\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("name", "argv"),
    [
        ("gazetteer.tsv.gz", ["geocode", "Chełm"]),
        ("admin1.wkb.gz", ["geocode", "--table", "x.csv", "--admin", "-o", "y.csv"]),
    ],
)
def test_a_damaged_package_file_is_exit_3_naming_it(name, argv, tmp_path):
    (tmp_path / "x.csv").write_text("lon,lat\n22.5,51.5\n", "utf-8")
    argv = [str(tmp_path / a) if a.endswith(".csv") else a for a in argv]
    result = _run_with_damaged(name, *argv)
    assert result.returncode == 3, result.stderr
    line = result.stderr.strip()
    assert f"geomap/data/{name}: is damaged" in line and "reinstall geomap" in line
    assert "internal error" not in line and len(line.splitlines()) == 1
