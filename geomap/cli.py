"""The ``geomap`` command: a thin shell over the Python API.

Exit codes: 0 success; 1 invalid input, unresolved places, warnings under
``--strict`` or stale layers; 2 wrong usage (``OptionError``); 3 a broken install
(``DataError``) or an internal error (reported in one line, never a traceback).
"""

from __future__ import annotations

import argparse
import json
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

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


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
        choices=("text", "json"),
        default="text",
        help="problems as text lines or one JSON object each",
    )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="geomap", description="Turn incident reports into sourced, layered maps.")
    parser.add_argument("--version", action="store_true", help="print geomap, GDAL, PROJ and GEOS versions")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    build = sub.add_parser("build", help="build layers, GeoPackage and HTML map for incident files")
    build.add_argument("seeds", nargs="+", type=Path, metavar="SEED.yaml")
    build.add_argument(
        "--layers-dir", type=Path, default=Path("layers"), help="where GeoJSON layers go (default: layers)"
    )
    build.add_argument(
        "--out", type=Path, default=Path("build"), help="where .gpkg, .html and .png go (default: build)"
    )
    build.add_argument(
        "--tiles", metavar="NAME", help="add online tiles from xyzservices, e.g. OpenStreetMap.Mapnik"
    )
    build.add_argument(
        "--png", action="store_true", help="also render a PNG (headless Chromium): caption, no controls"
    )
    build.add_argument(
        "--size", default="social", metavar="SIZE",
        help="PNG size: social (1200x675), square (1080x1080), print (A5 landscape, 300 dpi), desktop or WxH",
    )  # fmt: skip
    build.add_argument(
        "--scale", type=float, metavar="N", help="device pixels per CSS pixel for the PNG (default 1)"
    )
    build.add_argument("--pdf", action="store_true", help="also print a vector PDF, A5 landscape")
    build.add_argument("--embed", action="store_true", help="print an <iframe> snippet for the page")
    build.add_argument(
        "--as-of", metavar="TIME", help="build the incident as it stood then (ISO 8601 with offset); outputs "
        "are named <id>.as-of-<UTC time>",
    )  # fmt: skip
    _problem_options(build)

    validate = sub.add_parser("validate", help="check incident files; print file:line: field: message")
    validate.add_argument("seeds", nargs="+", type=Path, metavar="SEED.yaml")
    validate.add_argument(
        "--no-geocode", action="store_true", help="check the file only; do not resolve places"
    )
    _problem_options(validate)

    check = sub.add_parser("check", help="rebuild every seed in memory; fail if committed layers differ")
    check.add_argument("seeds", nargs="*", type=Path, metavar="SEED.yaml", help="default: seeds/*.yaml")
    check.add_argument("--layers-dir", type=Path, default=Path("layers"))

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
        "--hint-column", action="extend", nargs="+", default=[], metavar="C",
        help="with --table: columns of admin hints (county, region...)",
    )  # fmt: skip
    geocode.add_argument("--lon", metavar="C", help="with --table --admin: the longitude column")
    geocode.add_argument("--lat", metavar="C", help="with --table --admin: the latitude column")
    geocode.add_argument(
        "--admin", action="store_true", help="with --table: add the admin units each row lies in"
    )
    geocode.add_argument(
        "-o", "--out", type=Path, metavar="OUT",
        help="with --table: .csv, .parquet, or a folder (partitioned GeoParquet)",
    )  # fmt: skip
    geocode.add_argument(
        "--strict", action="store_true", help="with --table: exit 1 if any row is ambiguous or not found"
    )
    _dask_option(geocode)

    table_map = sub.add_parser("map", help="draw event tables on one offline page (100k-1M rows)")
    table_map.add_argument("tables", nargs="+", type=Path, metavar="FILE",
                           help="CSV, Parquet/GeoParquet (a file or a partitioned folder), GeoJSON, GeoPackage...")  # fmt: skip
    table_map.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.html")
    table_map.add_argument("--title", help="the page's title (default: the file's name)")
    table_map.add_argument("--lon", metavar="C", help="longitude column (default: found by name)")
    table_map.add_argument("--lat", metavar="C", help="latitude column (default: found by name)")
    table_map.add_argument("--place", metavar="C", help="geocode this column of place names instead")
    table_map.add_argument("--hint", action="extend", nargs="+", default=[], metavar="C",
                           help="with --place: columns of admin hints")  # fmt: skip
    table_map.add_argument("--country", metavar="CC", help="with --place: the country the places lie in")
    table_map.add_argument("--category", metavar="C", help="colour the events by this column")
    table_map.add_argument("--time", metavar="C", help="a time column: the page gets a time control")
    table_map.add_argument(
        "--timezone", default="UTC", help="time zone of times without an offset (default UTC)"
    )
    table_map.add_argument("--popup", action="extend", nargs="+", metavar="C",
                           help="columns a click lists (default: the first 12)")  # fmt: skip
    table_map.add_argument("--lang", default="en", choices=("en", "pl"), help="the page's language")
    table_map.add_argument(
        "--tiles", metavar="NAME", help="add online tiles from xyzservices, e.g. OpenStreetMap.Mapnik"
    )
    table_map.add_argument(
        "--max-events", type=int, default=None, metavar="N",
        help="above N rows the page carries a density grid and no single events (default 2,000,000)",
    )  # fmt: skip
    _dask_option(table_map)

    extract = sub.add_parser("extract", help="read a report into a draft incident file, with evidence")
    extract.add_argument("report", type=Path, metavar="REPORT.txt")
    extract.add_argument("-o", "--out", type=Path, metavar="DRAFT.yaml",
                         help="where the draft goes (default: REPORT.draft.yaml beside the report)")  # fmt: skip
    extract.add_argument("--date", metavar="YYYY-MM-DD",
                         help="the report's date (default: the first date in it, else today)")  # fmt: skip
    extract.add_argument("--language", choices=("en", "pl"), default="en", help="the draft's language")
    extract.add_argument("--timezone", default="UTC", help="the incident's time zone (default UTC)")
    extract.add_argument("--no-validate", action="store_true",
                         help="skip validating the draft before writing it (faster; for batches)")  # fmt: skip
    return parser


def _dask_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dask", nargs="?", const="local", metavar="SCHEDULER",
        help="run on Dask: a scheduler address (tcp://host:8786), or none to start a local cluster",
    )  # fmt: skip


def _print_problems(problems: Sequence[Problem], fmt: str) -> None:
    for problem in problems:
        print(problem.to_json() if fmt == "json" else str(problem), file=sys.stderr)


def _failed(problems: Sequence[Problem], strict: bool) -> bool:
    return any(p.level == "error" or (strict and p.blocking) for p in problems)


def _build(args: argparse.Namespace) -> int:
    from geomap.build import build_incident, write_outputs

    # Build everything in memory first: one bad seed writes nothing at all.
    from geomap.incident.timeline import parse_moment

    as_of = parse_moment(args.as_of) if args.as_of else None
    built, problems = [], []
    for seed in args.seeds:
        try:
            b = build_incident(seed, tiles=args.tiles, as_of=as_of)
        except IncidentError as err:
            problems += err.problems
            continue
        built.append(b)
        problems += b.warnings
    ids = [b.incident.id for b in built]
    for b in built:
        if ids.count(b.incident.id) > 1:
            problems.append(Problem(b.incident.file, 1, "incident.id",
                                    f"{b.incident.id!r} is used by another seed too; make it unique"))  # fmt: skip
    _print_problems(problems, args.format)
    if _failed(problems, args.strict):
        return EXIT_INPUT
    from geomap.web import screenshot

    size = screenshot.parse_size(args.size, scale=args.scale) if args.png else None
    for b in built:
        extra = {}
        if size is not None:
            extra[f"{b.name}.png"] = screenshot.screenshot(b.html, size=size)
        if args.pdf:
            extra[f"{b.name}.pdf"] = screenshot.pdf(b.html)
        write_outputs(b, layers_dir=args.layers_dir, out_dir=args.out, extra=extra)
        for path in b.written:
            print(path)
        if args.embed:
            from geomap.web.page import embed_snippet

            print(embed_snippet(f"{b.name}.html", b.incident.title))
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from geomap.build import build_incident
    from geomap.incident import load_incident

    status = EXIT_OK
    for seed in args.seeds:
        try:
            if args.no_geocode:
                problems = list(load_incident(seed).warnings)
            else:
                problems = build_incident(seed).warnings  # everything build would refuse
        except IncidentError as err:
            problems = err.problems
        _print_problems(problems, args.format)
        if _failed(problems, args.strict):
            status = EXIT_INPUT
        elif args.format == "text":
            print(clean(f"{seed}: ok"))
    return status


def _check(args: argparse.Namespace) -> int:
    from geomap.build import check_layers

    seeds = args.seeds or sorted(Path("seeds").glob("*.yaml"))
    if not seeds:
        print(
            "geomap check: no seeds/*.yaml here; run it from the repository root or name the files",
            file=sys.stderr,
        )
        return EXIT_INPUT
    problems = check_layers(seeds, layers_dir=args.layers_dir)
    for line in problems:
        print(clean(line), file=sys.stderr)
    if not problems:
        print(f"{len(seeds)} seed(s): layers up to date")
    return EXIT_INPUT if problems else EXIT_OK


def _geocode(args: argparse.Namespace) -> int:
    if args.table:
        if args.queries:
            raise GeomapError("give QUERY... or --table FILE, not both")
        return _geocode_table(args)
    if not args.queries:
        raise GeomapError("give one or more QUERY, or --table FILE --column C -o OUT")
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
            units = ", ".join(u for u in (match.admin3, match.admin2, match.admin1) if u) or match.country
            # [lon, lat] as the incident file's coordinates want them, labelled so nobody swaps them.
            fields = (query, f"[{match.lon:.5f}, {match.lat:.5f}] (lon, lat)", f"{match.name} ({units})",
                      f"{match.precision_label}, {match.match}")  # fmt: skip
            print("\t".join(clean(f) for f in fields))
            for warning in match.warnings:
                print(clean(f"{query}: warning: {warning}"), file=sys.stderr)
    return status


def _map(args: argparse.Namespace) -> int:
    from geomap.tables import map_table

    tiles = None
    if args.tiles:
        from geomap.web.page import tile_source

        tiles = tile_source(args.tiles)
    if args.dask:
        from geomap.jobs import map_on_dask

        result = map_on_dask(args.tables, args.dask, out=args.out, **_table_spec(args), tiles=tiles, lang=args.lang,
                             max_events=args.max_events)  # fmt: skip
    else:
        result = map_table([str(t) for t in args.tables], out=args.out, tiles=tiles, lang=args.lang,
                           max_events=args.max_events, **_table_spec(args))  # fmt: skip
    for path in result.written:
        print(path)
    print(clean(f"geomap map: {result.summary}"), file=sys.stderr)
    return EXIT_OK


def _table_spec(args: argparse.Namespace) -> dict[str, Any]:
    return {"title": args.title, "lon": args.lon, "lat": args.lat, "place": args.place, "hints": tuple(args.hint),
            "country": args.country, "category": args.category, "time": args.time, "timezone": args.timezone,
            "popup": tuple(args.popup) if args.popup else None}  # fmt: skip


def _geocode_table(args: argparse.Namespace) -> int:
    from geomap.jobs import geocode_table

    if args.out is None:
        raise GeomapError("--table needs -o OUT (.csv, .parquet, or a folder for partitioned GeoParquet)")
    if args.column is None and not args.admin:
        raise GeomapError("--table needs --column C (the place names) or --admin (or both)")
    result = geocode_table(args.table, args.out, column=args.column, hints=tuple(args.hint_column),
                           country=args.country, fuzzy=args.fuzzy, admin=args.admin, lon=args.lon, lat=args.lat,
                           dask=args.dask)  # fmt: skip
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
        ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise OptionError(
            f"--timezone {args.timezone!r} is not a time zone; write e.g. Europe/Warsaw"
        ) from err
    result, _, files, folder = extract_file(args.report, out=args.out, day=day, language=args.language,
                                            timezone=args.timezone)  # fmt: skip
    name = next(n for n in files if n.endswith((".yaml", ".yml")))
    if not args.no_validate:
        from geomap.extract import check_draft

        refused = check_draft(files, name, args.report)
        if refused:
            first = refused[0]
            raise ReportError(f"{args.report}: geomap validate refuses the draft extract made of it "
                              f"(line {first.line}: {first.field}: {first.message}); nothing written. "
                              "This is a bug in geomap extract: please report it with the report text")  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    for path in write_files(folder, files, name=name):
        print(path)
    print(clean(f"geomap extract: {result.summary()}"), file=sys.stderr)
    return EXIT_OK


COMMANDS = {"build": _build, "validate": _validate, "check": _check, "geocode": _geocode, "map": _map,
            "extract": _extract}  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.version:
        print(_versions())
        return EXIT_OK
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        with warnings.catch_warnings():
            # Library warnings (with file paths of the machine) are not the user's business here.
            warnings.simplefilter("ignore")
            return COMMANDS[args.command](args)
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
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # the contract: one line, never a traceback
        print(
            clean(f"geomap {args.command}: internal error: {type(err).__name__}: {err} (please report it)"),
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
