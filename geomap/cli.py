"""The ``geomap`` command: a thin shell over the Python API.

Exit codes: 0 success; 1 invalid input, unresolved places, warnings under
``--strict`` or stale layers; 2 wrong usage (``OptionError``); 3 a broken install
(``DataError``) or an internal error (reported in one line, never a traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from geomap.errors import (
    DataError,
    GeocodeError,
    GeomapError,
    IncidentError,
    OptionError,
    Problem,
    ReportError,
    clean,
)
from geomap.vocab import DRAFT_SUFFIX

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
#: Ended by a signal: 128 + its number, as a shell reports a process the signal killed.
EXIT_SIGINT, EXIT_SIGPIPE, EXIT_SIGTERM = 128 + 2, 128 + 13, 128 + 15
FORMATS = ("text", "json", "github")


def _versions() -> str:
    import fiona
    import pyproj
    import shapely

    from geomap import __version__

    return (
        f"geomap {__version__} (GDAL {fiona.__gdal_version__}, PROJ {pyproj.proj_version_str}, "
        f"GEOS {shapely.geos_version_string}, pyproj {pyproj.__version__}, shapely {shapely.__version__})"
    )


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one clean line with exit status 2."""

    def error(self, message: str) -> Any:
        self.exit(EXIT_USAGE, clean(f"{self.prog}: {message}; see {self.prog} --help") + "\n")


def _problem_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--strict", action="store_true", help="fail (exit 1) on warnings nobody acknowledged")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="problems as text lines on stderr (default), or on stdout as one JSON object each (json) or "
        "GitHub annotations (github)",
    )


def _parser() -> argparse.ArgumentParser:
    from geomap.events.spec import MAX_EVENTS

    parser = _Parser(prog="geomap", description="Turn incident reports into sourced, layered maps.")
    parser.add_argument("--version", action="store_true", help="print geomap, GDAL, PROJ and GEOS versions")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    build = sub.add_parser("build", help="build layers, GeoPackage and HTML map for incident files")
    build.add_argument("seeds", nargs="+", type=Path, metavar="SEED.yaml")
    build.add_argument(
        "--layers-dir", type=Path, default=Path("layers"), help="where GeoJSON layers go (default: layers)"
    )
    build.add_argument(
        "--out", type=Path, default=None, help="where .gpkg, .html and .png go (default: build)"
    )
    build.add_argument(
        "--site",
        type=Path,
        metavar="DIR",
        help="a static site: the pages, GeoPackages and a copy of the layers in DIR, with an index.html "
        "listing every incident (instead of --out)",
    )
    _tiles_option(build)
    build.add_argument(
        "--png", action="store_true", help="also render a PNG (headless Chromium): caption, no controls"
    )
    build.add_argument(
        "--size",
        metavar="SIZE",
        help="with --png: social (1200x675, the default), square (1080x1080), print (A5 landscape, 300 dpi), desktop or WxH",
    )
    build.add_argument(
        "--scale", type=float, metavar="N", help="device pixels per CSS pixel for the PNG (default 1)"
    )
    build.add_argument("--pdf", action="store_true", help="also print a vector PDF, A5 landscape")
    build.add_argument(
        "--svg",
        action="store_true",
        help="also write a vector SVG, A5 landscape: one named group a layer, text as text (Inkscape, Illustrator)",
    )
    build.add_argument("--embed", action="store_true", help="print an <iframe> snippet for the page")
    build.add_argument(
        "--style",
        type=Path,
        metavar="FILE.yaml",
        help="a house style: palette per status and layer, font, credit line, logo (page, PNG, PDF, SVG)",
    )
    build.add_argument(
        "--as-of",
        metavar="TIME",
        help="build the incident as it stood then (ISO 8601 with offset, or a date: "
        "the end of that day in the incident's time zone); outputs are named <id>.as-of-<UTC time>",
    )
    _problem_options(build)

    validate = sub.add_parser("validate", help="check incident files; print file:line: field: message")
    validate.add_argument("seeds", nargs="*", type=Path, metavar="SEED.yaml", help="default: seeds/*.yaml")
    validate.add_argument(
        "--no-geocode", action="store_true", help="check the file only; do not resolve places"
    )
    _problem_options(validate)

    check = sub.add_parser("check", help="rebuild every seed in memory; fail if committed layers differ")
    check.add_argument("seeds", nargs="*", type=Path, metavar="SEED.yaml", help="default: seeds/*.yaml")
    check.add_argument("--layers-dir", type=Path, default=Path("layers"))
    check.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="stale files as text on stderr (default), or on stdout as JSON objects or GitHub annotations",
    )

    diff = sub.add_parser(
        "diff", help="what changed between two built states: layer folders or git revisions"
    )
    diff.add_argument(
        "paths",
        nargs="*",
        metavar="OLD NEW",
        help="two layer folders (layers/<id>), folders of them (layers) or incident files; "
        "with --git, the seeds to build (default: seeds/*.yaml)",
    )
    diff.add_argument(
        "--git",
        metavar="A..B",
        help="compare two revisions, each built in memory (A...B: from their merge base)",
    )
    diff.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="text (default), JSON (docs/diff-schema.json) or Markdown for a pull request",
    )
    diff.add_argument(
        "--html",
        type=Path,
        metavar="OUT.html",
        help="also write one offline page with both states on a map and the change list",
    )

    geocode = sub.add_parser("geocode", help="geocode place names offline, one by one or a whole table")
    geocode.add_argument("queries", nargs="*", metavar="QUERY", help='e.g. "Cześniki, Zamość County"')
    geocode.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 code the places must lie in")
    geocode.add_argument("--json", action="store_true", help="one JSON object per line per query")
    geocode.add_argument("--fuzzy", action="store_true", help="accept a close spelling the hints confirm")
    geocode.add_argument(
        "--table", nargs="+", metavar="FILE", help="geocode a column of these tables instead"
    )
    geocode.add_argument("--column", metavar="C", help="with --table: the column of place names")
    geocode.add_argument(
        "--hint-column",
        action="extend",
        nargs="+",
        default=[],
        metavar="C",
        help="with --table: columns of admin hints (county, region...)",
    )
    geocode.add_argument("--lon", metavar="C", help="with --table --admin: the longitude column")
    geocode.add_argument("--lat", metavar="C", help="with --table --admin: the latitude column")
    geocode.add_argument(
        "--admin", action="store_true", help="with --table: add the admin units each row lies in"
    )
    geocode.add_argument(
        "-o",
        "--out",
        type=Path,
        metavar="OUT",
        help="with --table: .csv, .parquet, or a folder (partitioned GeoParquet)",
    )
    geocode.add_argument(
        "--strict", action="store_true", help="with --table: exit 1 if any row is ambiguous or not found"
    )
    _dask_option(geocode)
    _csv_option(geocode)

    table_map = sub.add_parser("map", help="draw event tables on one offline page (100k-1M rows)")
    table_map.add_argument(
        "tables",
        nargs="+",
        metavar="FILE",
        help="CSV, Parquet/GeoParquet (a file or a partitioned folder), GeoJSON, GeoPackage...",
    )
    table_map.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.html")
    _csv_option(table_map)
    table_map.add_argument("--title", help="the page's title (default: the file's name)")
    table_map.add_argument("--lon", metavar="C", help="longitude column (default: found by name)")
    table_map.add_argument("--lat", metavar="C", help="latitude column (default: found by name)")
    table_map.add_argument("--place", metavar="C", help="geocode this column of place names instead")
    table_map.add_argument(
        "--hint",
        action="extend",
        nargs="+",
        default=[],
        metavar="C",
        help="with --place: columns of admin hints",
    )
    table_map.add_argument("--country", metavar="CC", help="with --place: the country the places lie in")
    table_map.add_argument("--category", metavar="C", help="colour the events by this column")
    table_map.add_argument("--time", metavar="C", help="a time column: the page gets a time control")
    table_map.add_argument(
        "--timezone", default="UTC", help="time zone of times without an offset (default UTC)"
    )
    table_map.add_argument(
        "--popup",
        action="extend",
        nargs="+",
        metavar="C",
        help="columns a click lists (default: the first 12)",
    )
    table_map.add_argument(
        "--filter",
        action="extend",
        nargs="+",
        default=[],
        metavar="C",
        help="columns the page filters by: a checkbox per value, or a range for numbers",
    )
    table_map.add_argument(
        "--size", metavar="C", help="size each event by this numeric column (e.g. fatalities)"
    )
    table_map.add_argument(
        "--colour",
        "--color",
        dest="shade",
        metavar="C",
        help="colour each event by this numeric column, on a continuous scale",
    )
    table_map.add_argument(
        "--density",
        choices=("auto", "on", "off"),
        default="auto",
        help="the density view: where the events would overlap (auto), always, or never",
    )
    table_map.add_argument("--lang", default="en", choices=("en", "pl"), help="the page's language")
    _tiles_option(table_map)
    table_map.add_argument(
        "--max-events",
        type=int,
        default=None,
        metavar="N",
        help=f"above N rows the page carries a density grid and no single events (default {MAX_EVENTS:,})",
    )
    _dask_option(table_map)

    extract = sub.add_parser("extract", help="read a report into a draft incident file, with evidence")
    extract.add_argument("report", type=Path, metavar="REPORT.txt")
    extract.add_argument(
        "-o",
        "--out",
        type=Path,
        metavar="DRAFT.yaml",
        help="where the draft goes (default: beside the report, its name with .draft.yaml for the "
        "suffix: seeds/x.article.txt gives seeds/x.draft.yaml)",
    )
    extract.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the report's date (default: the first date in it, else today)"
    )
    extract.add_argument(
        "--language",
        choices=("en", "pl"),
        default="en",
        help="the language of the draft's own words (default en); not the report's: extract reads reports "
        "in English, Polish, Ukrainian and Russian without being told",
    )
    extract.add_argument(
        "--timezone",
        help="the incident's time zone (default: the country entered's, else that of most places, else UTC)",
    )
    extract.add_argument(
        "--no-validate",
        action="store_true",
        help="skip validating the draft before writing it (faster; for batches)",
    )
    return parser


def _csv_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--csv-raw",
        action="store_true",
        help="write CSV text cells as they are: no apostrophe before a leading =, +, -, @, TAB or CR",
    )


def _tiles_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tiles", metavar="NAME", help="add online tiles from xyzservices, e.g. OpenStreetMap.Mapnik"
    )


def _dask_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dask",
        nargs="?",
        const="local",
        metavar="SCHEDULER",
        help="run on Dask: a scheduler address (tcp://host:8786), or none to start a local cluster",
    )


def _print_problems(problems: Sequence[Problem], fmt: str, *, strict: bool = False) -> None:
    """Text lines go to stderr; JSON objects and GitHub annotations, machine-read, go to stdout."""
    for problem in problems:
        if fmt == "json":
            print(problem.to_json())
        elif fmt == "github":
            print(_annotation(problem, strict=strict))
        else:
            print(str(problem), file=sys.stderr)


def _annotation(problem: Problem, *, strict: bool) -> str:
    """One GitHub Actions workflow command: ``::error file=...,line=...,title=...::message``.

    An error (or an unacknowledged warning under ``--strict``) is ``error``, a warning
    ``warning``, an acknowledged one ``notice``; values are escaped as the runner reads them.
    """
    if problem.level == "error" or (strict and problem.blocking):
        kind = "error"
    else:
        kind = "notice" if problem.acknowledged else "warning"

    def data(text: str) -> str:
        return clean(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))

    def prop(text: str) -> str:
        return data(text).replace(":", "%3A").replace(",", "%2C")

    line = max(int(problem.line), 1)
    return (
        f"::{kind} file={prop(problem.file)},line={line},title={prop(problem.field)}::{data(problem.message)}"
    )


def _say(text: str, fmt: str) -> None:
    """Print a line for people: stdout in text format, stderr when stdout is for machines."""
    print(text, file=sys.stdout if fmt == "text" else sys.stderr)


def _failed(problems: Sequence[Problem], strict: bool) -> bool:
    return any(p.level == "error" or (strict and p.blocking) for p in problems)


def _build(args: argparse.Namespace) -> int:
    from geomap.build import build_incident, write_outputs
    from geomap.incident.timeline import parse_moment
    from geomap.styles import load_house_style

    # Options that cannot work are refused before any seed is built (seconds each).
    if args.site is not None and args.out is not None:
        raise OptionError("--site DIR puts the pages in DIR; give --site or --out, not both")
    if not args.png and (args.size is not None or args.scale is not None):
        raise OptionError(
            f"{'--size' if args.size is not None else '--scale'} sets the PNG's size; add --png"
        )
    if args.tiles:
        from geomap.web.page import tile_source

        tile_source(args.tiles)  # an unknown provider, or one that needs a key
    out = args.site if args.site is not None else (args.out or Path("build"))
    as_of = parse_moment(args.as_of) if args.as_of else None
    style = load_house_style(args.style) if args.style else None
    # Build everything in memory first: one bad seed writes nothing at all.
    built, problems = [], []
    for seed in args.seeds:
        try:
            b = build_incident(seed, tiles=args.tiles, as_of=as_of, style=style)
        except IncidentError as err:
            problems += err.problems
            continue
        built.append(b)
        problems += b.warnings
    ids = [b.incident.id for b in built]
    for b in built:
        if ids.count(b.incident.id) > 1:
            problems.append(
                Problem(
                    b.incident.file,
                    1,
                    "incident.id",
                    f"{b.incident.id!r} is used by another seed too; make it unique",
                )
            )
    _print_problems(problems, args.format, strict=args.strict)
    if _failed(problems, args.strict):
        return EXIT_INPUT
    from geomap.web import screenshot

    size = screenshot.parse_size(args.size or "social", scale=args.scale) if args.png else None
    site_files: dict[str, list[str]] = {}
    for b in built:
        extra = {}
        if size is not None:
            extra[f"{b.name}.png"] = screenshot.screenshot(b.html, size=size)
        if args.pdf:
            extra[f"{b.name}.pdf"] = screenshot.pdf(b.html)
        if args.svg:
            extra[f"{b.name}.svg"] = screenshot.svg(b.html)
        write_outputs(b, layers_dir=args.layers_dir, out_dir=out, extra=extra)
        for path in b.written:
            _say(str(path), args.format)
        site_files[b.name] = [p.name for p in b.written if p.parent == out]
        if args.embed:
            from geomap.web.page import embed_ratio, embed_snippet

            ratio = embed_ratio(b.document["view"]["bounds"])
            _say(embed_snippet(f"{b.name}.html", b.incident.title, ratio=ratio), args.format)
    if args.site is not None:
        for path in _write_site(built, args.site, site_files):
            _say(str(path), args.format)
    return EXIT_OK


def _write_site(built: list[Any], folder: Path, files: dict[str, list[str]]) -> list[Path]:
    """Copy each incident's layers into the site (its downloads) and write its index page."""
    from geomap.io.atomic import write_file
    from geomap.web.site import site_index

    written = []
    for b in built:
        for rel, text in sorted(b.geojson.items()):
            path = folder / "layers" / rel
            write_file(path, text.encode("utf-8"))
            written.append(path)
    index = folder / "index.html"
    write_file(index, site_index(built, files).encode("utf-8"))
    return [*written, index]


def _validate(args: argparse.Namespace) -> int:
    from geomap.incident import load_incident
    from geomap.validation import validate_incident

    seeds = _seeds(args.seeds, "validate")
    if not seeds:
        return EXIT_INPUT
    status = EXIT_OK
    for seed in seeds:
        try:
            # --no-geocode: the file alone; else everything build would refuse, without the page.
            problems = list(load_incident(seed).warnings) if args.no_geocode else validate_incident(seed)
        except IncidentError as err:
            problems = err.problems
        _print_problems(problems, args.format, strict=args.strict)
        if _failed(problems, args.strict):
            status = EXIT_INPUT
        else:
            _say(clean(f"{seed}: ok"), args.format)
    return status


def _seeds(named: list[Path], command: str) -> list[Path]:
    """Return the seeds a command was given, else seeds/*.yaml; an empty list, said why, if none.

    A draft `geomap extract` left beside a report in seeds/ is no seed until reviewed and renamed:
    the default leaves it out, saying so.
    """
    if named:
        return named
    seeds = sorted(Path("seeds").glob("*.yaml"))
    for draft in [s for s in seeds if s.name.endswith(DRAFT_SUFFIX)]:
        print(
            f"geomap {command}: skipped {draft}: an extract draft; rename it once reviewed", file=sys.stderr
        )
        seeds.remove(draft)
    if not seeds:
        print(
            f"geomap {command}: no seeds/*.yaml here; run it from the repository root or name the files",
            file=sys.stderr,
        )
    return seeds


def _check(args: argparse.Namespace) -> int:
    from geomap.build import check_layers

    seeds = _seeds(args.seeds, "check")
    if not seeds:
        return EXIT_INPUT
    problems = check_layers(seeds, layers_dir=args.layers_dir)
    if args.format == "text":
        for line in problems:
            print(clean(line), file=sys.stderr)
    else:
        # "path: message": the layer file is what a reviewer opens, so the annotation goes on it.
        stale = [line.split(": ", 1) for line in problems]
        _print_problems([Problem(path, 1, "layers", message) for path, message in stale], args.format)
    if not problems:
        _say(f"{len(seeds)} seed(s): layers up to date", args.format)
    return EXIT_INPUT if problems else EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    """``geomap diff``: exit 0 when equal, 1 when different, 2 on bad input (like diff(1))."""
    from geomap import diff

    try:
        if args.git:
            old_rev, new_rev = diff.split_range(args.git)
            seeds = [diff.repo_path(p) for p in args.paths]
            old, new = diff.git_states(old_rev, new_rev, seeds)
            labels = args.git.split("...")[0].split("..")[0] or "HEAD", new_rev
        else:
            if len(args.paths) != 2:
                raise OptionError("give OLD and NEW (two layer folders or incident files), or --git A..B")
            old, new = diff.diff_inputs(*args.paths)
            labels = args.paths[0], args.paths[1]
        if not old and not new:
            raise diff.DiffError("no incidents on either side; name the seeds (SEED.yaml...) to compare")
        changes = diff.compare(old, new, old_label=labels[0], new_label=labels[1])
        if args.html:
            from geomap.io.atomic import write_file
            from geomap.web.diffpage import diff_page

            context = {"features": diff.unchanged(old, new)}
            write_file(args.html, diff_page(changes, context=context).encode("utf-8"))
            print(args.html, file=sys.stderr)
    except GeomapError as err:  # a broken seed is a DiffError naming its first problem (diff.seed_state)
        print(clean(f"geomap diff: {err}"), file=sys.stderr)
        return EXIT_INTERNAL if isinstance(err, DataError) else EXIT_USAGE
    writer = {"text": diff.to_text, "json": diff.to_json, "markdown": diff.to_markdown}[args.format]
    sys.stdout.write(writer(changes))
    return EXIT_OK if changes["equal"] else EXIT_INPUT


def _geocode(args: argparse.Namespace) -> int:
    if args.table:
        if args.queries:
            raise OptionError("give QUERY... or --table FILE, not both")
        return _geocode_table(args)
    if not args.queries:
        raise OptionError("give one or more QUERY, or --table FILE --column C -o OUT")
    from geomap.places.geocoder import Geocoder

    geocoder = Geocoder()
    if args.country is not None:
        geocoder.check_country(args.country)
    status = EXIT_OK
    for query in args.queries:
        try:
            match = geocoder.geocode(query, country=args.country, fuzzy=args.fuzzy)
        except GeocodeError as err:
            status = EXIT_INPUT
            if args.json:
                print(
                    json.dumps(
                        {"query": query, "error": str(err), "candidates": err.candidates}, ensure_ascii=False
                    )
                )
            else:
                print(clean(f"{query}: {err}"), file=sys.stderr)
            continue
        if args.json:
            print(json.dumps(match.to_dict(), ensure_ascii=False))
        else:
            # (a unit named as the place is no help: "Bălți (MD)", not "Bălți (Bălți)")
            named = match.name.casefold()
            units = (
                ", ".join(
                    u for u in (match.admin3, match.admin2, match.admin1) if u and u.casefold() != named
                )
                or match.country
            )
            # [lon, lat] as the incident file's coordinates want them, labelled so nobody swaps them.
            fields = (
                query,
                f"[{match.lon:.5f}, {match.lat:.5f}] (lon, lat)",
                f"{match.name} ({units})",
                f"{match.precision_label}, {match.match}",
            )
            print("\t".join(clean(f) for f in fields))
            for warning in match.warnings:
                print(clean(f"{query}: warning: {warning}"), file=sys.stderr)
    return status


def _table_io(args: argparse.Namespace, inputs: Sequence[str | Path], outputs: Sequence[Path]) -> Any:
    """Check that no output is an input, then enter the table reading and writing the user asked for.

    Paths typed here may be GDAL virtual paths (never those an incident file names); CSV cells are
    defused unless ``--csv-raw``.
    """
    from geomap.io import tables as io_tables

    _refuse_inputs_as_outputs(inputs, outputs)
    stack = contextlib.ExitStack()
    stack.enter_context(io_tables.virtual_paths_allowed())
    if args.csv_raw:
        stack.enter_context(io_tables.raw_csv())
    return stack


def _refuse_inputs_as_outputs(inputs: Sequence[str | Path], outputs: Sequence[Path]) -> None:
    """Refuse an output that is an input, holds one (a folder of parts) or lies inside one."""
    given = [Path(p).resolve() for p in inputs if Path(p).exists()]
    for out in outputs:
        target = out.resolve()
        for source in given:
            if target == source or source.is_relative_to(target) or target.is_relative_to(source):
                raise OptionError(
                    f"-o {out}: would write over the input {source}; choose an output of its own"
                )


def _map(args: argparse.Namespace) -> int:
    from geomap.events.page import missing_name

    with _table_io(args, args.tables, [args.out, args.out.parent / missing_name(args.out)]):
        return _map_tables(args)


def _map_tables(args: argparse.Namespace) -> int:
    from geomap.events.api import map_table

    tiles = None
    if args.tiles:
        from geomap.web.page import tile_source

        tiles = tile_source(args.tiles)
    if args.dask:
        from geomap.events.dask import map_on_dask

        result = map_on_dask(
            args.tables,
            args.dask,
            out=args.out,
            **_table_spec(args),
            tiles=tiles,
            lang=args.lang,
            max_events=args.max_events,
        )
    else:
        result = map_table(
            [str(t) for t in args.tables],
            out=args.out,
            tiles=tiles,
            lang=args.lang,
            max_events=args.max_events,
            **_table_spec(args),
        )
    for path in result.written:
        print(path)
    print(clean(f"geomap map: {result.summary}"), file=sys.stderr)
    return EXIT_OK


def _table_spec(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "title": args.title,
        "lon": args.lon,
        "lat": args.lat,
        "place": args.place,
        "hints": tuple(args.hint),
        "country": args.country,
        "category": args.category,
        "time": args.time,
        "timezone": args.timezone,
        "popup": tuple(args.popup) if args.popup else None,
        "filters": tuple(args.filter),
        "density": args.density,
        "size": args.size,
        "shade": args.shade,
    }


def _geocode_table(args: argparse.Namespace) -> int:
    from geomap.events.jobs import geocode_table

    if args.out is None:
        raise OptionError("--table needs -o OUT (.csv, .parquet, or a folder for partitioned GeoParquet)")
    if args.column is None and not args.admin:
        raise OptionError("--table needs --column C (the place names) or --admin (or both)")
    with _table_io(args, args.table, [args.out]):
        result = geocode_table(
            args.table,
            args.out,
            column=args.column,
            hints=tuple(args.hint_column),
            country=args.country,
            fuzzy=args.fuzzy,
            admin=args.admin,
            lon=args.lon,
            lat=args.lat,
            dask=args.dask,
        )
    for path in result.written:
        print(path)
    print(clean(f"geomap geocode: {result.summary}"), file=sys.stderr)
    return EXIT_INPUT if args.strict and result.failed else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from datetime import date
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from geomap.extract import extract_file
    from geomap.io.atomic import write_files

    day = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError as err:
            raise OptionError(f"--date {args.date!r} is not a date; write YYYY-MM-DD") from err
    try:
        if args.timezone is not None:
            ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise OptionError(
            f"--timezone {args.timezone!r} is not a time zone; write e.g. Europe/Warsaw"
        ) from err
    result, files, folder = extract_file(
        args.report, out=args.out, day=day, language=args.language, timezone=args.timezone
    )
    _refuse_inputs_as_outputs([args.report], [folder / name for name in files])
    name = next(n for n in files if n.endswith((".yaml", ".yml")))
    if not args.no_validate:
        from geomap.extract import check_draft

        refused = check_draft(files, name, args.report)
        if refused:
            first = refused[0]
            raise ReportError(
                f"{args.report}: geomap validate refuses the draft extract made of it "
                f"(line {first.line}: {first.field}: {first.message}); nothing written. "
                "This is a bug in geomap extract: please report it with the report text"
            )
    folder.mkdir(parents=True, exist_ok=True)
    for path in write_files(folder, files, name=name):
        print(path)
    print(clean(f"geomap extract: {result.summary()}"), file=sys.stderr)
    return EXIT_OK


COMMANDS = {
    "build": _build,
    "validate": _validate,
    "check": _check,
    "geocode": _geocode,
    "map": _map,
    "extract": _extract,
    "diff": _diff,
}


class Terminated(BaseException):
    """SIGTERM, raised where Python stands so that every ``finally`` (temporary files) runs."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(f"signal {signum}")


def _terminate(signum: int, frame: Any) -> None:
    raise Terminated(signum)


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so that the exit's flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (a test's capture): nothing to protect
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    A closed pipe (``geomap geocode --json ... | head -1``), Ctrl-C and SIGTERM end the
    command quietly with 141, 130 and 143, as a shell reports a process a signal ended;
    outputs are written whole or not at all (:mod:`geomap.io.atomic`).
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.version:
        print(_versions())
        return EXIT_OK
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    import threading

    handler = None
    if threading.current_thread() is threading.main_thread():
        handler = signal.signal(signal.SIGTERM, _terminate)
    try:
        return _command(args)
    finally:
        if handler is not None:
            signal.signal(signal.SIGTERM, handler)


def _command(args: argparse.Namespace) -> int:
    try:
        with warnings.catch_warnings():
            # Library warnings (with file paths of the machine) are not the user's business here.
            warnings.simplefilter("ignore")
            return COMMANDS[args.command](args)
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_SIGPIPE
    except KeyboardInterrupt:
        return EXIT_SIGINT
    except Terminated as err:
        return 128 + err.signum
    except IncidentError as err:
        _print_problems(err.problems, getattr(args, "format", "text"))
        return EXIT_INPUT
    except OptionError as err:
        print(clean(f"geomap {args.command}: {err}"), file=sys.stderr)
        return EXIT_USAGE
    except DataError as err:
        print(clean(f"geomap {args.command}: {err}"), file=sys.stderr)
        return EXIT_INTERNAL
    except GeomapError as err:
        print(clean(f"geomap {args.command}: {err}"), file=sys.stderr)
        return EXIT_INPUT
    except Exception as err:  # the contract: one line, never a traceback
        print(
            clean(f"geomap {args.command}: internal error: {type(err).__name__}: {err} (please report it)"),
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def run() -> None:
    """Console-script entry point."""
    status = main()
    try:
        sys.stdout.flush()  # a closed pipe shows here when the output fitted in the buffer
    except BrokenPipeError:
        _quiet_stdout()
        status = EXIT_SIGPIPE
    sys.exit(status)
