"""Two built states of incidents -> what changed, in words a reviewer reads.

A *state* is every incident's layers as GeoJSON features (and the incident's
``counts`` when it was built from its seed), read from a layer folder, a
folder of layer folders, seed files built in memory, or a git revision's seeds
built in memory (:func:`git_state`: ``git archive`` into a temporary folder; the
work tree is never touched).  :func:`compare` returns the changes as plain
JSON-ready data whose shape is fixed by ``SCHEMA_VERSION`` and documented in
``docs/diff-schema.json``; :func:`to_text` and :func:`to_markdown` write them
for a terminal and for a pull request.

Per incident and layer it reports features added and removed, moved points (the
geodesic distance on WGS84, with the old and new precision and uncertainty),
changed shapes (how far their centre moved), every changed property (status,
time, name, reported text, sources, quotes, history first), claims added,
removed and changed (speaker, origin, via, entry sector...; their drawn parts
count as the claim's ``drawing``), the number of features per layer and the
incident's counts.
"""

from __future__ import annotations

import json
import subprocess
import tarfile
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap.errors import GeomapError, InputError, OptionError

#: Bump when a field of the JSON output changes meaning or goes away (new fields may be added).
SCHEMA_VERSION = 1

#: Claimed directions: the layer whose ``kind: claim`` features are claims, the others their drawn parts.
CLAIMS_LAYER = "flight_directions"
CLAIM_PARTS = frozenset({"sector", "corridor", "route", "fan"})
#: What a reviewer reads first, in this order; then any other property by name.
FIRST_FIELDS = (
    "name",
    "status",
    "time",
    "time_precision",
    "reported",
    "sources",
    "quotes",
    "known_from",
    "history",
)
CLAIM_FIELDS = (
    "claim",
    "speaker",
    "role",
    "origin",
    "via",
    "into",
    "entry_sector",
    "bearing",
    "window_start",
    "window_end",
    "targets",
    "has_direction",
)
#: How a point was located: shown beside a move, or as fields when only they changed.
LOCATION_FIELDS = (
    "location_source",
    "precision",
    "precision_label",
    "uncertainty_km",
    "match",
    "gazetteer_id",
    "matched_name",
    "query",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "warnings",
)
#: Follow from the location (codes of the admin units, the rejected namesakes, the score): listed by
#: no one, they would bury the change that caused them.
DERIVED = frozenset({"admin_codes", "alternatives", "alternatives_total", "warning_codes", "score"})
#: Derived from the others (colours follow status; ids and layers are the key): never a change of their own.
IGNORED = frozenset(
    {
        "id",
        "layer",
        "claim_id",
        "marker-color",
        "marker-size",
        "marker-symbol",
        "stroke",
        "stroke-opacity",
        "stroke-width",
        "fill",
        "fill-opacity",
    }
)


class DiffError(InputError, ValueError):
    """What ``geomap diff`` was given cannot be compared (a missing folder, a bad revision, a broken seed)."""


@dataclass
class IncidentState:
    """One incident as built: ``layers[layer][feature id]`` is a GeoJSON feature."""

    id: str
    origin: str
    layers: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    counts: list[dict[str, Any]] | None = None  # the incident file's counts, when built from it
    title: str | None = None


State = dict[str, IncidentState]


# --------------------------------------------------------------------------------------------- reading


def read_state(path: str | Path, /) -> State:
    """Read a state from a layer folder, a folder of layer folders, a site, or an incident file.

    ``path`` may be ``layers/<id>/`` (one incident), ``layers/`` (one folder per
    incident), a folder ``geomap build --site`` wrote (its ``layers/``), a GeoPackage
    ``geomap build`` wrote, or a ``.yaml`` incident file (built in memory).
    """
    path = Path(path)
    if path.suffix in (".yaml", ".yml") and path.is_file():
        return seed_state([path])
    if path.suffix == ".gpkg" and path.is_file():
        incident = _read_geopackage(path)
        return {incident.id: incident}
    if not path.is_dir():
        raise DiffError(
            f"{path}: no such folder or file; give a layer folder (layers/<id>), a folder of them "
            "(layers), a GeoPackage geomap build wrote, or an incident .yaml"
        )
    if any(path.glob("*.geojson")):
        folders = [path]
    elif (path / "layers").is_dir() and not any(
        p.is_dir() and any(p.glob("*.geojson")) for p in path.iterdir()
    ):
        return read_state(path / "layers")  # a site that geomap build --site wrote
    else:
        folders = sorted(p for p in path.iterdir() if p.is_dir() and any(p.glob("*.geojson")))
        if not folders:
            raise DiffError(
                f"{path}: holds no .geojson layers, nor folders of them; give a layer folder "
                "that geomap build wrote"
            )
    state: State = {}
    for folder in folders:
        incident = _read_folder(folder)
        if incident.id in state:
            raise DiffError(f"{folder}: incident {incident.id!r} is also in {state[incident.id].origin}")
        state[incident.id] = incident
    return state


def _read_folder(folder: Path) -> IncidentState:
    ident, layers = folder.name, {}
    for file in sorted(folder.glob("*.geojson")):
        try:
            collection = json.loads(file.read_text("utf-8"))
            meta, features = dict(collection.get("geomap") or {}), list(collection["features"])
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as err:
            raise DiffError(f"{file}: not a GeoJSON FeatureCollection ({err}); rebuild it") from err
        # An --as-of build is a state of its own, named as its folder is (<id>.as-of-<time>).
        ident = folder.name if meta.get("as_of") else str(meta.get("incident") or ident)
        layers[str(meta.get("layer") or file.stem)] = _by_id(features, file)
    return IncidentState(ident, str(folder), layers)


def _read_geopackage(path: Path) -> IncidentState:
    """Read a GeoPackage ``geomap build`` wrote: its tables back into layers of GeoJSON-like features.

    Times come back in UTC and lists from their JSON text, so two GeoPackages compare with each
    other (a GeoPackage and a layer folder differ in how times are written).
    """
    import pyogrio
    from shapely.geometry import mapping

    from geomap.io.geojson import missing, plain
    from geomap.io.gpkg import HISTORY_TABLE

    try:
        names = [str(n) for n, _ in pyogrio.list_layers(path)]
        meta = pyogrio.read_dataframe(path, layer="geomap_metadata") if "geomap_metadata" in names else None
    except Exception as err:  # GDAL's errors are of its own kinds
        raise DiffError(f"{path}: not a GeoPackage geomap build wrote ({err}); rebuild it") from err
    values = dict(zip(meta["key"], meta["value"], strict=True)) if meta is not None else {}
    ident = path.stem if values.get("as_of") else str(values.get("incident") or path.stem)
    layers: dict[str, dict[str, dict[str, Any]]] = {}
    for name in names:
        # Not features: styles, the metadata, and the history entries (each feature's own table
        # holds its history as JSON; the entries' rows share its layer and id, and would replace it).
        if name in ("layer_styles", "geomap_metadata", HISTORY_TABLE):
            continue
        try:
            frame = pyogrio.read_dataframe(path, layer=name)
        except Exception as err:  # GDAL's errors are of its own kinds
            raise DiffError(f"{path}: table {name!r} cannot be read ({err}); rebuild the GeoPackage") from err
        geometries = list(frame.geometry) if hasattr(frame, "geometry") and "geometry" in frame else None
        columns = [c for c in frame.columns if c != "geometry"]
        decoded = {c: _json_column(frame[c]) for c in columns}
        for i in range(len(frame)):
            props = {}
            for column in columns:
                value = decoded[column][i]
                if missing(value) or value is None or (hasattr(value, "isoformat") and str(value) == "NaT"):
                    continue
                props[column] = value.isoformat() if hasattr(value, "isoformat") else plain(value)
            geometry = geometries[i] if geometries is not None else None
            shape = json.loads(json.dumps(mapping(geometry))) if geometry is not None else None
            feature = {"type": "Feature", "id": props.get("id"), "geometry": shape, "properties": props}
            layer = str(props.get("layer") or name)
            layers.setdefault(layer, {}).update(_by_id([feature], f"{path}:{name}"))
    return IncidentState(ident, str(path), layers)


def _json_column(column: Any) -> list[Any]:
    """Return a column of JSON text (lists, mappings) as values, if every cell is such text; else as is."""
    values = list(column)
    texts = [v for v in values if isinstance(v, str)]
    if not texts or len(texts) != sum(1 for v in values if v is not None and v == v):
        return values
    if not all(t[:1] in "[{" for t in texts):
        return values
    try:
        return [json.loads(v) if isinstance(v, str) else v for v in values]
    except ValueError:
        return values


def _by_id(features: Iterable[dict[str, Any]], where: Any) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for n, feature in enumerate(features):
        if not isinstance(feature, dict):
            raise DiffError(f"{where}: feature {n} is not an object")
        key = feature.get("id", (feature.get("properties") or {}).get("id"))
        if key is None:
            raise DiffError(f"{where}: feature {n} has no id; geomap layers give every feature one")
        if str(key) in out:
            raise DiffError(f"{where}: two features have the id {key!r}; geomap layers give each its own")
        out[str(key)] = feature
    return out


def seed_state(seeds: Sequence[str | Path], /) -> State:
    """Build incident files in memory (layers only, as ``geomap check`` does) and return their state."""
    from geomap.build import Built
    from geomap.errors import IncidentError
    from geomap.incident import load_incident
    from geomap.io.geojson import read_geojson
    from geomap.layers import build_layers

    state: State = {}
    for seed in seeds:
        try:
            incident = load_incident(seed)
            built = Built(incident, build_layers(incident), {})
        except IncidentError as err:
            first = err.problems[0] if err.problems else "invalid"
            more = f" (and {len(err.problems) - 1} more problem(s))" if len(err.problems) > 1 else ""
            raise DiffError(f"{first}{more}; run geomap validate on it") from err
        layers = {}
        for rel, text in built.geojson.items():
            meta, features = read_geojson(text)
            layers[str(meta["layer"])] = _by_id(features, rel)
        origin = str(seed)
        counts = [_count(c) for c in incident.counts]
        if incident.id in state:
            raise DiffError(
                f"{seed}: incident id {incident.id!r} is also used by {state[incident.id].origin}"
            )
        state[incident.id] = IncidentState(incident.id, origin, layers, counts, incident.title)
    return state


def _count(count: Any) -> dict[str, Any]:
    return {
        "id": count.id,
        "what": count.what,
        "value": count.value,
        "qualifier": count.qualifier,
        "date": count.when.text,
        "speaker": count.speaker,
        "sources": list(count.sources),
    }


def _git(repo: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    except OSError as err:
        raise DiffError(f"--git needs the git command ({err}); install git") from err
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DiffError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return done.stdout


def split_range(spec: str, /, *, repo: str | Path = ".") -> tuple[str, str]:
    """Return the two commits of ``A..B`` (``A..`` is ``A..HEAD``; ``A...B`` starts at their merge base)."""
    root = Path(repo)
    if "..." in spec:
        a, b = spec.split("...", 1)
        b = b or "HEAD"
        a = _git(root, "merge-base", a or "HEAD", b).decode().strip()
    elif ".." in spec:
        a, b = spec.split("..", 1)
        a, b = a or "HEAD", b or "HEAD"
    else:
        raise OptionError(
            f"--git {spec!r}: give a range, A..B (e.g. main..HEAD), or A...B from their merge base"
        )
    for rev in (a, b):
        if rev.startswith("-"):
            raise OptionError(f"--git {spec!r}: {rev!r} is not a revision")
        _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    return a, b


def git_state(rev: str, seeds: Sequence[str] = (), /, *, repo: str | Path = ".") -> State:
    """Build the seeds of git revision ``rev`` in memory, from ``git archive`` in a temporary folder.

    ``seeds`` are paths relative to the repository's root (default: the
    revision's ``seeds/*.yaml``); a seed the revision lacks is left out (so it
    shows as added or removed).  The work tree and the index are never touched.
    """
    if rev.startswith("-"):
        raise OptionError(f"{rev!r} is not a revision")
    root = Path(_git(Path(repo), "rev-parse", "--show-toplevel").decode().strip())
    names = _git(root, "ls-tree", "-r", "--name-only", rev).decode("utf-8").splitlines()
    present = set(names)
    wanted = list(seeds) or sorted(
        n for n in names if n.startswith("seeds/") and n.count("/") == 1 and n.endswith((".yaml", ".yml"))
    )
    chosen = [s for s in wanted if s in present]
    if not chosen:
        return {}
    folders = sorted({str(Path(s).parent) for s in chosen})
    with tempfile.TemporaryDirectory(prefix="geomap-diff-") as tmp:
        archive = _git(root, "archive", "--format=tar", rev, "--", *folders)
        tar_path = Path(tmp) / "rev.tar"
        tar_path.write_bytes(archive)
        with tarfile.open(tar_path) as tar:
            tar.extractall(Path(tmp) / "tree", filter="data")
        tree = Path(tmp) / "tree"
        try:
            state = seed_state([tree / s for s in chosen])
        except DiffError as err:  # name the file as the revision holds it, not the temporary copy
            raise DiffError(str(err).replace(f"{tree}/", f"{rev}:")) from err.__cause__
    for seed, incident in zip(chosen, state.values(), strict=True):
        incident.origin = f"{rev}:{seed}"
    return state


def git_states(
    old_rev: str, new_rev: str, seeds: Sequence[str] = (), /, *, repo: str | Path = "."
) -> tuple[State, State]:
    """Build the seeds of two revisions (see :func:`git_state`): side by side on two cores when both differ.

    When the revisions hold the same seed folders (the same git trees), one build serves both.
    """
    import copy
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    root = Path(repo)
    if _trees(root, old_rev, seeds) == _trees(root, new_rev, seeds):
        old = git_state(old_rev, seeds, repo=repo)
        new = copy.deepcopy(old)
        for incident in new.values():
            incident.origin = f"{new_rev}:{incident.origin.split(':', 1)[1]}"
        return old, new
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return git_state(old_rev, seeds, repo=repo), git_state(new_rev, seeds, repo=repo)
    # Forked after the imports: each worker starts warm, and the two builds overlap.
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        old_job = pool.submit(git_state, old_rev, seeds, repo=repo)
        new_job = pool.submit(git_state, new_rev, seeds, repo=repo)
        return old_job.result(), new_job.result()


def _trees(root: Path, rev: str, seeds: Sequence[str]) -> list[str]:
    """Return the git object ids of what a revision's build reads: its seed files' folders (or seeds/)."""
    folders = sorted({str(Path(s).parent) for s in seeds}) or ["seeds"]
    out = []
    for folder in folders:
        try:
            out.append(_git(root, "rev-parse", f"{rev}:{folder}").decode().strip())
        except DiffError:
            out.append("")
    return out


def repo_path(path: str | Path, /, *, repo: str | Path = ".") -> str:
    """Return a seed's path relative to the repository's root (as ``git archive`` names it)."""
    root = Path(_git(Path(repo), "rev-parse", "--show-toplevel").decode().strip()).resolve()
    full = (Path.cwd() / path).resolve()
    try:
        return full.relative_to(root).as_posix()
    except ValueError as err:
        raise DiffError(f"{path}: not inside the git repository at {root}; name seeds in it") from err


# --------------------------------------------------------------------------------------------- comparing


def compare(old: State, new: State, /, *, old_label: str = "old", new_label: str = "new") -> dict[str, Any]:
    """Return what changed from ``old`` to ``new`` as JSON-ready data (schema: ``docs/diff-schema.json``)."""
    incidents = []
    moves: list[dict[str, Any]] = []
    for ident in sorted(set(old) | set(new)):
        a, b = old.get(ident), new.get(ident)
        entry = _incident(a, b, moves)
        if entry is not None:
            incidents.append(entry)
    _measure(moves)
    summary = _summary(incidents)
    return {
        "geomap_diff": SCHEMA_VERSION,
        "old": {"label": old_label, "incidents": sorted(old)},
        "new": {"label": new_label, "incidents": sorted(new)},
        "equal": not incidents,
        "summary": summary,
        "incidents": incidents,
    }


def _incident(
    a: IncidentState | None, b: IncidentState | None, moves: list[dict[str, Any]]
) -> dict[str, Any] | None:
    either = b or a
    assert either is not None
    status = "added" if a is None else "removed" if b is None else "changed"
    old_layers = a.layers if a else {}
    new_layers = b.layers if b else {}
    layers = []
    for name in sorted(set(old_layers) | set(new_layers)):
        entry = _layer(name, old_layers.get(name), new_layers.get(name), moves)
        if entry is not None:
            layers.append(entry)
    counts = _counts(a.counts if a else None, b.counts if b else None)
    if status == "changed" and not layers and not counts:
        return None
    return {
        "id": either.id,
        "title": either.title,
        "status": status,
        "old": a.origin if a else None,
        "new": b.origin if b else None,
        "layers": layers,
        "counts": counts,
    }


def _layer(
    name: str,
    old: dict[str, dict[str, Any]] | None,
    new: dict[str, dict[str, Any]] | None,
    moves: list[dict[str, Any]],
) -> dict[str, Any] | None:
    old, new = old or {}, new or {}
    parts_old, parts_new = _parts(old), _parts(new)
    changes = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if _is_part(a) or _is_part(b):
            continue
        if a == b and parts_old.get(key) == parts_new.get(key):
            continue
        change = _feature(key, a, b, parts_old.get(key, {}), parts_new.get(key, {}), moves)
        if change is not None:
            changes.append(change)
    counted = {"old": _countable(old), "new": _countable(new)}
    if not changes and counted["old"] == counted["new"]:
        return None
    return {"layer": name, "features": counted, "changes": changes}


def _countable(features: Mapping[str, dict[str, Any]]) -> int:
    return sum(1 for f in features.values() if not _is_part(f))


def _props(feature: dict[str, Any] | None) -> dict[str, Any]:
    return dict((feature or {}).get("properties") or {})


def _is_part(feature: dict[str, Any] | None) -> bool:
    props = _props(feature)
    return props.get("kind") in CLAIM_PARTS and props.get("claim_id") not in (None, props.get("id"))


def _parts(features: Mapping[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each claim's drawn parts (sector, corridor, route, fans), by the claim's id."""
    out: dict[str, dict[str, Any]] = {}
    for key, feature in features.items():
        if _is_part(feature):
            out.setdefault(str(_props(feature)["claim_id"]), {})[key] = feature.get("geometry")
    return out


def _is_claim(props: Mapping[str, Any]) -> bool:
    return props.get("kind") == "claim"


def _feature(
    key: str,
    a: dict[str, Any] | None,
    b: dict[str, Any] | None,
    parts_a: dict[str, Any],
    parts_b: dict[str, Any],
    moves: list[dict[str, Any]],
) -> dict[str, Any] | None:
    pa, pb = _props(a), _props(b)
    props = pb or pa
    kind = "claim" if _is_claim(props) else "feature"
    change: dict[str, Any] = {"id": key, "kind": kind, "name": props.get("name", key)}
    if kind == "claim":
        change["speaker"] = props.get("speaker")
    if a is None or b is None:
        change["change"] = "added" if a is None else "removed"
        change["status"] = props.get("status")
        change["reported"] = props.get("reported")
        change["geometry"] = (b or a or {}).get("geometry") or _collection((parts_b or parts_a).values())
        if kind == "claim":
            change["claim"] = {k: props[k] for k in CLAIM_FIELDS if k in props}
        elif (b or a or {}).get("geometry", {}) and (b or a or {})["geometry"]["type"] == "Point":
            change["location"] = _location(props)
        return change
    change["change"] = "changed"
    fields = _fields(pa, pb)
    geom_a, geom_b = a.get("geometry"), b.get("geometry")
    change["old_geometry"], change["geometry"] = geom_a, geom_b
    if geom_a != geom_b and geom_a is not None and geom_b is not None:
        move = {
            "kind": "point" if geom_a["type"] == geom_b["type"] == "Point" else "shape",
            "old": _location(pa),
            "new": _location(pb),
        }
        move["_a"], move["_b"] = geom_a, geom_b
        moves.append(move)
        change["moved"] = move
        fields = [f for f in fields if f["field"] not in LOCATION_FIELDS]
    elif geom_a != geom_b:
        fields.append({"field": "geometry", "old": geom_a is not None, "new": geom_b is not None})
    if parts_a != parts_b:
        change["drawing"] = {
            "added": sorted(set(parts_b) - set(parts_a)),
            "removed": sorted(set(parts_a) - set(parts_b)),
            "changed": sorted(k for k in set(parts_a) & set(parts_b) if parts_a[k] != parts_b[k]),
        }
        # The page draws the parts that differ: as they were, and as they are.
        differ = {k for k in set(parts_a) | set(parts_b) if parts_a.get(k) != parts_b.get(k)}
        if change["old_geometry"] is None and change["geometry"] is None:
            change["old_geometry"] = _collection(parts_a[k] for k in sorted(differ & set(parts_a)))
            change["geometry"] = _collection(parts_b[k] for k in sorted(differ & set(parts_b)))
    change["fields"] = fields
    if not fields and "moved" not in change and "drawing" not in change:
        return None
    return change


def _collection(geometries: Iterable[dict[str, Any] | None]) -> dict[str, Any] | None:
    """Return a claim's drawn parts as one GeometryCollection (for the page only), or None."""
    found = [g for g in geometries if g]
    return {"type": "GeometryCollection", "geometries": found} if found else None


def _location(props: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: props.get(k)
        for k in ("location_source", "precision", "precision_label", "uncertainty_km", "match")
    }


def _fields(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[dict[str, Any]]:
    order = {k: i for i, k in enumerate((*FIRST_FIELDS, *CLAIM_FIELDS, *LOCATION_FIELDS))}
    keys = [k for k in set(a) | set(b) if k not in IGNORED and k not in DERIVED and a.get(k) != b.get(k)]
    keys.sort(key=lambda k: (order.get(k, len(order)), k))
    return [{"field": k, "old": a.get(k), "new": b.get(k)} for k in keys]


def _counts(a: list[dict[str, Any]] | None, b: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    if a is None or b is None:
        return []
    old, new = {c["id"]: c for c in a}, {c["id"]: c for c in b}
    out = []
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            c = new.get(key) or old[key]
            out.append(
                {"id": key, "what": c["what"], "date": c["date"], "old": old.get(key), "new": new.get(key)}
            )
    return out


def _centre(geometry: dict[str, Any]) -> tuple[float, float]:
    from shapely.geometry import shape

    if geometry["type"] == "Point":
        x, y = geometry["coordinates"][:2]
        return float(x), float(y)
    point = shape(geometry).representative_point() if geometry["type"] != "LineString" else None
    if point is None:
        line = shape(geometry)
        point = line.interpolate(0.5, normalized=True)
    return round(point.x, 6), round(point.y, 6)


def _measure(moves: list[dict[str, Any]]) -> None:
    """Fill each move's ``from``, ``to`` and ``distance_km`` (geodesic, WGS84), all at once."""
    if not moves:
        return
    import numpy as np
    from pyproj import Geod

    starts = [_centre(m.pop("_a")) for m in moves]
    ends = [_centre(m.pop("_b")) for m in moves]
    a, b = np.array(starts), np.array(ends)
    _, _, metres = Geod(ellps="WGS84").inv(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
    for move, start, end, m in zip(moves, starts, ends, np.atleast_1d(metres), strict=True):
        move["from"], move["to"] = list(start), list(end)
        move["distance_km"] = round(float(m) / 1000, 3)


#: The summary's counts, in the JSON's order, with the words the headline gives each.
SUMMARY = (
    ("incidents_added", "incident(s) added"),
    ("incidents_removed", "incident(s) removed"),
    ("added", "added"),
    ("removed", "removed"),
    ("moved", "moved"),
    ("reshaped", "reshaped"),
    ("changed", "changed"),
    ("status_changed", "status changed"),
    ("claims_added", "claim(s) added"),
    ("claims_removed", "claim(s) removed"),
    ("claims_changed", "claim(s) changed"),
    ("counts_changed", "count(s) changed"),
)


def _summary(incidents: list[dict[str, Any]]) -> dict[str, int]:
    out = dict.fromkeys((key for key, _ in SUMMARY), 0)
    for incident in incidents:
        if incident["status"] in ("added", "removed"):
            out[f"incidents_{incident['status']}"] += 1
        out["counts_changed"] += len(incident["counts"])
        for layer in incident["layers"]:
            for c in layer["changes"]:
                if c["kind"] == "claim":
                    out[f"claims_{c['change']}"] += 1
                elif c["change"] != "changed":
                    out[c["change"]] += 1
                else:
                    moved = c.get("moved")
                    if moved:
                        out["moved" if moved["kind"] == "point" else "reshaped"] += 1
                    if c["fields"] and not moved:
                        out["changed"] += 1
                if any(f["field"] == "status" for f in c.get("fields", ())):
                    out["status_changed"] += 1
    return out


# --------------------------------------------------------------------------------------------- writing


def to_json(diff: Mapping[str, Any], /) -> str:
    """Return the diff as one JSON document (UTF-8 text kept as is), without the drawing-only geometries."""
    return json.dumps(_public(diff), ensure_ascii=False, indent=2) + "\n"


def _public(diff: Mapping[str, Any]) -> dict[str, Any]:
    """Drop the geometries the page draws from; the JSON names coordinates only for moves."""
    out = json.loads(json.dumps(diff))
    for incident in out["incidents"]:
        for layer in incident["layers"]:
            for change in layer["changes"]:
                change.pop("geometry", None)
                change.pop("old_geometry", None)
    return out


def _km(value: float) -> str:
    if value < 1:
        return f"{value * 1000:.0f} m"
    return f"{value:.1f} km" if value < 100 else f"{value:.0f} km"


def _value(value: Any, *, limit: int = 80) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, str):
        text = value
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        text = "[" + ", ".join(value) + "]"
    elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
        text = f"{len(value)} entr{'y' if len(value) == 1 else 'ies'}"
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(loc: Mapping[str, Any]) -> str:
    label = loc.get("precision_label") or loc.get("precision") or loc.get("location_source")
    unc, match = loc.get("uncertainty_km"), loc.get("match")
    if label is None and unc is None:
        return ""
    return f"{label or '?'}" + (f" ±{_km(float(unc))}" if unc else "") + (f", {match}" if match else "")


def describe(change: Mapping[str, Any], /) -> list[str]:
    """Return the phrases that say what changed in one feature (plain text; the caller escapes for its format)."""
    out = []
    moved = change.get("moved")
    if moved:
        a, b = _where(moved["old"]), _where(moved["new"])
        verb = "moved" if moved["kind"] == "point" else "shape changed, centre moved"
        precision = f" ({a} → {b})" if (a or b) and a != b else f" ({a})" if a else ""
        out.append(f"{verb} {_km(moved['distance_km'])}{precision}")
    for f in change.get("fields", ()):
        if f["field"] == "history":
            out.append(f"history: {_value(f['old'])} → {_value(f['new'])}")
        else:
            out.append(f"{f['field']}: {_value(f['old'])} → {_value(f['new'])}")
    drawing = change.get("drawing")
    if drawing:
        bits = [f"{k} {', '.join(v)}" for k, v in drawing.items() if v]
        out.append("drawing " + "; ".join(bits))
    if change["change"] in ("added", "removed"):
        if change.get("status"):
            out.append(f"status {change['status']}")
        if change.get("reported"):
            out.append(f"reported: {_value(change['reported'], limit=120)}")
        claim = change.get("claim") or {}
        for key in ("speaker", "origin", "via", "entry_sector"):
            if claim.get(key) not in (None, [], ""):
                out.append(f"{key} {_value(claim[key])}")
        where = _where(change.get("location") or {})
        if where:
            out.append(f"located to {where}")
    return out


def _title(change: Mapping[str, Any]) -> str:
    if change["kind"] != "claim":
        return str(change["name"])
    speaker = change.get("speaker")
    return f"claim “{change['name']}”" + (f" ({speaker})" if speaker else "")


def _sign(change: Mapping[str, Any]) -> str:
    return {"added": "+", "removed": "-"}.get(change["change"], "~")


def _count_text(c: Mapping[str, Any] | None) -> str:
    if c is None:
        return "(none)"
    qualifier = {"about": "about ", "at_least": "at least ", "at_most": "at most "}.get(
        c.get("qualifier") or "", ""
    )
    return f"{qualifier}{c['value']}"


def headline(diff: Mapping[str, Any], /) -> str:
    """One line: how many of each kind of change, or that the two states are equal."""
    if diff["equal"]:
        return "no changes"
    s = diff["summary"]
    return ", ".join(f"{s[k]} {label}" for k, label in SUMMARY if s.get(k))


def to_text(diff: Mapping[str, Any], /) -> str:
    """Return the diff for a terminal: one line per changed feature, grouped by incident and layer."""
    from geomap.errors import clean

    lines = [clean(f"geomap diff {diff['old']['label']} → {diff['new']['label']}: {headline(diff)}")]
    for incident in diff["incidents"]:
        tag = "" if incident["status"] == "changed" else f" ({incident['status']})"
        lines.append(clean(f"{incident['id']}{tag}"))
        for layer in incident["layers"]:
            n = layer["features"]
            count = f"{n['old']} → {n['new']} features" if n["old"] != n["new"] else f"{n['new']} features"
            lines.append(clean(f"  {layer['layer']}: {count}"))
            for change in layer["changes"]:
                head = f"    {_sign(change)} {_title(change)} [{change['id']}]"
                verb = "" if change["change"] == "changed" else f" {change['change']}"
                lines.append(clean(head + verb + ": " + "; ".join(describe(change))))
        for c in incident["counts"]:
            lines.append(
                clean(f"  count {c['what']} ({c['date']}): {_count_text(c['old'])} → {_count_text(c['new'])}")
            )
    return "\n".join(lines) + "\n"


_MD_SPECIAL = str.maketrans(
    {c: "\\" + c for c in "\\`*_{}[]()#+-.!|~>"} | {"<": "&lt;", "&": "&amp;", "@": "@\u2060"}
)


def md(text: Any, /) -> str:
    """Text as inert Markdown: every special character escaped, one line, no @-mention.

    Incident text comes from pull requests; in a comment it must read as
    written and neither format, link, nor notify anyone (``@`` is followed by a
    WORD JOINER, which GitHub does not read as a mention).
    """
    from geomap.errors import clean

    return clean(" ".join(str(text).split())).translate(_MD_SPECIAL)


def to_markdown(diff: Mapping[str, Any], /) -> str:
    """Return the diff for a pull-request comment or ``$GITHUB_STEP_SUMMARY``: a table per incident."""
    old, new = md(diff["old"]["label"]), md(diff["new"]["label"])
    lines = [f"### geomap diff: {old} → {new}", "", f"**{md(headline(diff))}**", ""]
    for incident in diff["incidents"]:
        tag = "" if incident["status"] == "changed" else f" ({incident['status']})"
        title = f" — {md(incident['title'])}" if incident.get("title") else ""
        lines += [f"#### {md(incident['id'])}{tag}{title}", ""]
        lines += ["| | layer | feature | what changed |", "|---|---|---|---|"]
        for layer in incident["layers"]:
            for change in layer["changes"]:
                icon = {"added": "➕ added", "removed": "➖ removed"}.get(change["change"])
                if icon is None:
                    icon = "↗ moved" if (change.get("moved") or {}).get("kind") == "point" else "✎ changed"
                name = f"**{md(_title(change))}**"
                details = " · ".join(md(d) for d in describe(change))
                lines.append(f"| {icon} | {md(layer['layer'])} | {name} | {details} |")
        lines.append("")
        sizes = [
            layer for layer in incident["layers"] if layer["features"]["old"] != layer["features"]["new"]
        ]
        if sizes:
            lines.append(
                "Features per layer: "
                + ", ".join(
                    f"{md(la['layer'])} {la['features']['old']} → {la['features']['new']}" for la in sizes
                )
                + "."
            )
            lines.append("")
        for c in incident["counts"]:
            lines.append(
                f"- count **{md(c['what'])}** ({md(c['date'])}): {md(_count_text(c['old']))} → "
                f"{md(_count_text(c['new']))}"
            )
        if incident["counts"]:
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def diff_inputs(old: str, new: str, /) -> tuple[State, State]:
    """Read two states from paths (layer folders, folders of them, or incident files)."""
    try:
        return read_state(old), read_state(new)
    except GeomapError:
        raise
    except OSError as err:
        raise DiffError(f"cannot read {err.filename}: {err.strerror}") from err


def unchanged(old: State, new: State, /, *, limit: int = 5_000) -> list[dict[str, Any]]:
    """Return up to ``limit`` features drawn the same in both states: the diff page's faint context."""
    out: list[dict[str, Any]] = []
    for ident in sorted(set(old) & set(new)):
        a, b = old[ident].layers, new[ident].layers
        for layer in sorted(set(a) & set(b)):
            for key, feature in b[layer].items():
                if feature.get("geometry") and a[layer].get(key) == feature:
                    props = _props(feature)
                    out.append(
                        {
                            "type": "Feature",
                            "id": key,
                            "geometry": feature["geometry"],
                            "properties": {"name": props.get("name", key), "layer": layer},
                        }
                    )
                    if len(out) >= limit:
                        return out
    return out
