"""The ``geomap`` command: a thin shell over the Python API.

Exit codes: 0 success; 1 invalid input, unresolved places or stale layers;
2 wrong usage; 3 an internal error (reported in one line, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from geomap.errors import GeocodeError, GeomapError, IncidentError

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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geomap", description="Turn incident reports into sourced, layered maps."
    )
    parser.add_argument("--version", action="store_true", help="print geomap, GDAL, PROJ and GEOS versions")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

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
    build.add_argument("--png", action="store_true", help="also screenshot the map with headless Chromium")

    validate = sub.add_parser("validate", help="check incident files; print file:line: field: message")
    validate.add_argument("seeds", nargs="+", type=Path, metavar="SEED.yaml")
    validate.add_argument(
        "--no-geocode", action="store_true", help="check the file only; do not resolve places"
    )

    check = sub.add_parser("check", help="rebuild every seed in memory; fail if committed layers differ")
    check.add_argument("seeds", nargs="*", type=Path, metavar="SEED.yaml", help="default: seeds/*.yaml")
    check.add_argument("--layers-dir", type=Path, default=Path("layers"))

    geocode = sub.add_parser("geocode", help="geocode place names offline")
    geocode.add_argument("queries", nargs="+", metavar="QUERY", help='e.g. "Cześniki, Zamość County"')
    geocode.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 code the places must lie in")
    geocode.add_argument("--json", action="store_true", help="one JSON object per line per query")
    geocode.add_argument("--fuzzy", action="store_true", help="accept a single close spelling")
    return parser


def _build(args: argparse.Namespace) -> int:
    from geomap.build import build_incident, write_outputs
    from geomap.screenshot import screenshot

    # Build everything in memory first: one bad seed writes nothing at all.
    built = [build_incident(seed, tiles=args.tiles) for seed in args.seeds]
    ids = [b.incident.id for b in built]
    for b in built:
        if ids.count(b.incident.id) > 1:
            raise GeomapError(
                f"{b.incident.path}: incident.id {b.incident.id!r} is used by another seed too; make it unique"
            )
    for b in built:
        write_outputs(b, layers_dir=args.layers_dir, out_dir=args.out)
        if args.png:
            b.written.append(
                screenshot(args.out / f"{b.incident.id}.html", args.out / f"{b.incident.id}.png")
            )
        for path in b.written:
            print(path)
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from geomap.incident import load_incident
    from geomap.layers import build_layers

    status = EXIT_OK
    for seed in args.seeds:
        try:
            incident = load_incident(seed)
            if not args.no_geocode:
                build_layers(incident)  # every place, region, border and path must resolve too
        except IncidentError as err:
            for problem in err.problems:
                print(problem, file=sys.stderr)
            status = EXIT_INPUT
        else:
            print(f"{seed}: ok")
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
        print(line, file=sys.stderr)
    if not problems:
        print(f"{len(seeds)} seed(s): layers up to date")
    return EXIT_INPUT if problems else EXIT_OK


def _geocode(args: argparse.Namespace) -> int:
    from geomap.geocode import Geocoder

    geocoder = Geocoder()
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
                print(f"{query}: {err}", file=sys.stderr)
            continue
        if args.json:
            print(json.dumps(match.to_dict(), ensure_ascii=False))
        else:
            units = ", ".join(u for u in (match.admin3, match.admin2, match.admin1) if u) or match.country
            print(
                f"{query}\t{match.lat:.5f}, {match.lon:.5f}\t{match.name} ({units})\t{match.precision}, {match.match}"
            )
            for warning in match.warnings:
                print(f"{query}: warning: {warning}", file=sys.stderr)
    return status


COMMANDS = {"build": _build, "validate": _validate, "check": _check, "geocode": _geocode}


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
        return COMMANDS[args.command](args)
    except IncidentError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return EXIT_INPUT
    except GeomapError as err:
        print(f"geomap {args.command}: {err}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # the contract: one line, never a traceback
        print(
            f"geomap {args.command}: internal error: {type(err).__name__}: {err} (please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
