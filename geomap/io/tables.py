"""Event tables in: CSV, Parquet (one file or a folder of parts), Arrow, and four plain vector formats.

The vector formats are read through GDAL: GeoJSON, GeoPackage, FlatGeobuf and Shapefile.

Tables are read into Arrow: CSV and Parquet with pyarrow alone (no geopandas, so ``geomap map`` on a
CSV with lon/lat columns starts fast), the vector formats through pyogrio's Arrow path.
:func:`coordinates` finds each row's longitude and latitude: named columns, columns with the usual
names, or the table's geometry; a row it cannot place is kept and counted with the reason, never
dropped in silence.

Tables are read as plain files only (an incident in a pull request names them, and CI publishes what
it reads): a file is recognised by its first bytes, never by what GDAL would make of it, so formats
that point at other files or URLs (VRT, GDAL's virtual file systems, connection strings) are refused,
as are special files (FIFOs, devices), links out of a folder of Parquet parts, GeoPackage views and
virtual tables.  Every read is bounded in rows, columns and decoded bytes (:class:`Limits`).
GDAL virtual paths (``/vsizip/...``) are read only inside :func:`virtual_paths_allowed`, which the
command line enters for a path its user typed, never for a file an incident names.
"""

from __future__ import annotations

import contextlib
import contextvars
import gzip
import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from geomap.errors import TableError

CSV_SUFFIXES = (".csv", ".tsv", ".txt", ".csv.gz", ".tsv.gz")
PARQUET_SUFFIXES = (".parquet", ".geoparquet", ".pq")
ARROW_SUFFIXES = (".arrow", ".feather", ".ipc")
#: Column names taken for coordinates when none are given (compared case-insensitively).
LON_NAMES = ("lon", "lng", "long", "longitude", "x", "lon_dd", "decimal_longitude", "longitude_dd")
LAT_NAMES = ("lat", "latitude", "y", "lat_dd", "decimal_latitude", "latitude_dd")


@dataclass(frozen=True)
class Limits:
    """How much one table may hold; each is raised with the environment variable it names.

    The defaults hold a few million events with room to spare on a laptop, and stop a small file
    that decodes to gigabytes (a compressed CSV, run-length encoded Parquet) before memory runs out.
    """

    rows: int = 10_000_000
    columns: int = 2_000
    decoded_bytes: int = 4 << 30

    @classmethod
    def from_env(cls) -> Limits:
        """Return the defaults, or the values of ``GEOMAP_MAX_ROWS``, ``_COLUMNS`` and ``_BYTES``."""
        values = {}
        for field_name, var in _LIMIT_VARS.items():
            raw = os.environ.get(var)
            if raw is None:
                continue
            if not raw.strip().isdigit() or int(raw) <= 0:
                raise TableError(f"{var}={raw!r}: give a whole number above 0")
            values[field_name] = int(raw)
        return cls(**values)

    def check(
        self,
        path: Path | str,
        /,
        *,
        columns: int = 0,
        rows: int = 0,
        decoded: int = 0,
        what: str = "bytes once decoded",
    ) -> None:
        """Refuse a table whose columns, rows or decoded bytes (``what``) pass their limit, in that order."""
        for count, name, label in (
            (columns, "columns", "columns"),
            (rows, "rows", "rows"),
            (decoded, "decoded_bytes", what),
        ):
            limit = getattr(self, name)
            if count > limit:
                raise TableError(
                    f"{path}: more than {limit:,} {label}; set {_LIMIT_VARS[name]} to raise the limit"
                )


_LIMIT_VARS = {
    "rows": "GEOMAP_MAX_ROWS",
    "columns": "GEOMAP_MAX_COLUMNS",
    "decoded_bytes": "GEOMAP_MAX_BYTES",
}
_VIRTUAL = contextvars.ContextVar("geomap_virtual_paths", default=False)
#: GDAL's virtual file systems ("/vsizip/", "/vsicurl/") and connection strings ("GPKG:file:layer", "PG:").
_VSI = re.compile(r"^/vsi[a-z0-9_]*/")
_CONNECTION = re.compile(r"^[A-Za-z][A-Za-z0-9_]+:")
ACCEPTED = "CSV, TSV, Parquet, Arrow, GeoJSON, GeoJSONSeq, GeoPackage, FlatGeobuf or Shapefile"


@contextlib.contextmanager
def virtual_paths_allowed() -> Iterator[None]:
    """Within this block, GDAL virtual paths and connection strings given as tables are read as GDAL reads them.

    For paths a person typed on the command line; never for a file named in an incident.
    """
    token = _VIRTUAL.set(True)
    try:
        yield
    finally:
        _VIRTUAL.reset(token)


@dataclass(frozen=True)
class Loaded:
    """A table read from one or more files, with the name of its WKB geometry column, if any.

    A table made from a GeoDataFrame keeps its geometries as they are, in ``geoms`` (shapely, one
    per row), instead of a WKB column: writing a million points as WKB to read them back cost more
    than the rest of reading them.
    """

    table: pa.Table
    geometry: str | None
    files: tuple[str, ...]
    geoms: np.ndarray | None = None


@dataclass(frozen=True)
class Located:
    """Each row's coordinates (NaN where it has none), why a row has none, and where they came from.

    For a table of lines or polygons, ``lon``/``lat`` are a point on each shape (where density
    squares count it) and ``shapes`` holds the shapes themselves (shapely; None for a point row).
    """

    lon: np.ndarray
    lat: np.ndarray
    reason: np.ndarray  # object array: None for a located row, else why not
    source: str  # "columns lon, lat", "geometry", "geocoded place"
    shapes: np.ndarray | None = None  # object array, only when some row is a line or a polygon
    #: Geometry collections of mixed kinds, drawn as their parts of the highest dimension.
    mixed_collections: int = 0

    @property
    def ok(self) -> np.ndarray:
        """Which rows have coordinates."""
        return np.isfinite(self.lon) & np.isfinite(self.lat)


def read_table(paths: Sequence[str | Path], /, *, limits: Limits | None = None) -> Loaded:
    """Read one or more tables of the same kind into one Arrow table (columns unified by name).

    Raises
    ------
    TableError
        For a file that is not a plain table of an accepted format, or exceeds ``limits``
        (default: :meth:`Limits.from_env`).
    """
    if not paths:
        raise TableError("no table given; name a CSV, Parquet, GeoJSON or GeoPackage file")
    limits = limits or Limits.from_env()
    loaded = [_read_one(p, limits) for p in paths]
    geometry = loaded[0].geometry
    if any(item.geometry != geometry for item in loaded):
        raise TableError("the tables differ in their geometry columns; map them one at a time")
    try:
        table = pa.concat_tables([item.table for item in loaded], promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise TableError(f"the tables' columns do not fit together: {_first_line(err)}") from err
    limits.check(", ".join(map(str, paths)), rows=table.num_rows)
    return Loaded(table, geometry, tuple(str(p) for p in paths))  # as given: a folder stays one name


def check_plain(path: Path, /) -> None:
    """Refuse, without reading it, a table that is not a plain file or a folder of plain parts.

    For readers that open files themselves (Dask): FIFOs, devices, links out of a folder of parts
    and GDAL paths are refused as :func:`read_table` refuses them.  Sizes are the cluster's business.
    """
    if _CONNECTION.match(str(path)) or _VSI.match(str(path)):
        raise TableError(f"{path}: GDAL paths are not read on Dask; name a plain file or folder")
    try:
        info = path.stat()
    except OSError:
        raise TableError(f"{path}: no such file or folder") from None
    if stat.S_ISDIR(info.st_mode):
        parquet_files(path)
    elif not stat.S_ISREG(info.st_mode):
        raise TableError(f"{path}: not a regular file (a FIFO, device or socket); name a plain file")
    elif not path.name.lower().endswith((*CSV_SUFFIXES, *PARQUET_SUFFIXES)):
        _vector_kind(path)


def _read_one(given: str | Path, limits: Limits) -> Loaded:
    text = str(given)
    if _CONNECTION.match(text) and not Path(given).exists():
        raise TableError(f"{text}: GDAL connection strings are not read; name a plain file")
    if _VSI.match(text) and not Path(given).exists():
        if not _VIRTUAL.get():
            raise TableError(
                f"{text}: GDAL virtual paths are not read from incident files; name a plain file beside it "
                "(geomap map and geocode --table read one typed on the command line)"
            )
        return _checked_size(_read_gdal(text, limits), text, limits)
    path = Path(given)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise TableError(f"{path}: no such file or folder") from None
    except OSError as err:
        raise TableError(f"{path}: cannot be read: {err.strerror}") from err
    try:
        if stat.S_ISDIR(info.st_mode):
            return _read_parquet_folder(path, limits)
        if not stat.S_ISREG(info.st_mode):
            raise TableError(f"{path}: not a regular file (a FIFO, device or socket); name a plain file")
        return _checked_size(_read_file(path, info.st_size, limits), path, limits)
    except TableError:
        raise
    except (OSError, EOFError, ValueError, pa.ArrowException) as err:  # EOFError: a truncated .gz
        raise TableError(f"{path}: cannot be read as a table: {_first_line(err)}") from err


def _read_file(path: Path, size: int, limits: Limits) -> Loaded:
    name = path.name.lower()
    if name.endswith(CSV_SUFFIXES):
        return Loaded(_read_csv(path, size, limits), None, (str(path),))
    if name.endswith(PARQUET_SUFFIXES):
        table = _read_parquet(path, limits)
        return Loaded(table, geoparquet_column(table.schema), (str(path),))
    if name.endswith(ARROW_SUFFIXES):
        return Loaded(_read_arrow_ipc(path, limits), None, (str(path),))
    limits.check(path, decoded=size, what="bytes")
    kind = _vector_kind(path)
    if kind == "ESRI Shapefile":
        _plain_sidecars(path)
    if kind == "GPKG":
        _plain_geopackage(path)
    return _read_gdal(str(path), limits)


def _checked_size(loaded: Loaded, path: str | Path, limits: Limits) -> Loaded:
    limits.check(
        path, columns=loaded.table.num_columns, rows=loaded.table.num_rows, decoded=loaded.table.nbytes
    )
    return loaded


def _vector_kind(path: Path) -> str:
    """Name the plain vector format ``path`` holds, from its first bytes; refuse anything else."""
    with open(path, "rb") as fh:
        head = fh.read(100)
    name = path.name.lower()
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if name.endswith((".geojson", ".json")) and text.startswith(b"{"):
        return "GeoJSON"
    if name.endswith((".geojsons", ".geojsonl", ".geojsonseq", ".ndjson")) and text[:1] in (b"{", b"\x1e"):
        return "GeoJSONSeq"
    if (
        name.endswith(".gpkg")
        and head.startswith(b"SQLite format 3\0")
        and head[68:72] in (b"GPKG", b"GP10", b"GP11")
    ):
        return "GPKG"
    if name.endswith(".fgb") and head.startswith(b"fgb\x03"):
        return "FlatGeobuf"
    if name.endswith(".shp") and head[:4] == b"\x00\x00\x27\x0a":
        return "ESRI Shapefile"
    raise TableError(
        f"{path}: not a table geomap reads ({ACCEPTED}, recognised by name and first bytes); "
        "formats that point at other files or URLs (VRT and the like) are refused"
    )


def _plain_sidecars(shp: Path) -> None:
    """Refuse a Shapefile whose .dbf, .shx, .prj or .cpg is a link or not a plain file."""
    for sidecar in shp.parent.iterdir():
        part = sidecar.stem == shp.stem and sidecar.suffix.lower() in (".dbf", ".shx", ".prj", ".cpg")
        if part and (sidecar.is_symlink() or not sidecar.is_file()):
            raise TableError(f"{sidecar}: a Shapefile's part must be a plain file beside it, not a link")


def _plain_geopackage(path: Path) -> None:
    """Refuse a GeoPackage whose layers are views or virtual tables: their work has no bound."""
    import sqlite3

    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            rows = db.execute(
                "SELECT c.table_name, m.type, m.sql FROM gpkg_contents AS c "
                "LEFT JOIN sqlite_master AS m ON m.name = c.table_name"
            ).fetchall()
        finally:
            db.close()
    except sqlite3.Error as err:
        raise TableError(f"{path}: not a readable GeoPackage: {err}") from err
    for name, kind, sql in rows:
        if kind != "table" or (sql or "").lstrip().upper().startswith("CREATE VIRTUAL"):
            raise TableError(
                f"{path}: layer {name!r} is a {kind or 'missing table'} (a view or a virtual table), not a "
                "table; save it as a plain table and map that"
            )


def _read_csv(path: Path, size: int, limits: Limits) -> pa.Table:
    import pyarrow.csv as csv

    name = path.name.lower()
    delimiter = "\t" if name.endswith((".tsv", ".tsv.gz")) else ","
    compressed = name.endswith(".gz")
    if not compressed:
        limits.check(path, decoded=size)
    _check_header(path, compressed, delimiter, limits)
    with contextlib.ExitStack() as stack:
        source: Path | _Capped = path
        if compressed:
            # Decompressed once, as Arrow reads, and stopped just past the limit (a gzip bomb stays small).
            source = _Capped(stack.enter_context(gzip.open(path, "rb")), path, limits)
        return csv.read_csv(
            source,
            parse_options=csv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            convert_options=csv.ConvertOptions(strings_can_be_null=True),
        )


class _Capped:
    """A file Arrow reads through that refuses to hand out more than ``limit`` bytes in all."""

    closed = False

    def __init__(self, fh: gzip.GzipFile, path: Path, limits: Limits) -> None:
        self._fh, self._path, self._limits, self._total = fh, path, limits, 0

    def read(self, size: int | None = -1) -> bytes:
        room = self._limits.decoded_bytes - self._total + 1
        chunk = self._fh.read(room if size is None or size < 0 else min(size, room))
        self._total += len(chunk)
        self._limits.check(self._path, decoded=self._total)
        return chunk


def _check_header(path: Path, compressed: bool, delimiter: str, limits: Limits) -> None:
    """Count the header's columns before Arrow builds them: a one-line CSV can hold a million."""
    opener = gzip.open if compressed else open
    with opener(path, "rb") as fh:
        head = fh.read(1 << 20)
    line = head.split(b"\n", 1)[0]
    limits.check(path, columns=line.count(delimiter.encode()) + 1)


def _read_parquet(path: Path, limits: Limits) -> pa.Table:
    """Read one Parquet file in batches, stopping as soon as it would exceed ``limits``."""
    import pyarrow.parquet as pq

    with pq.ParquetFile(path) as parquet:
        meta = parquet.metadata
        limits.check(path, columns=meta.num_columns, rows=meta.num_rows)
        schema = parquet.schema_arrow
        return _bounded(parquet.iter_batches(batch_size=65_536), schema, path, limits)


def _read_arrow_ipc(path: Path, limits: Limits) -> pa.Table:
    with pa.memory_map(str(path)) as source:
        reader = pa.ipc.open_file(source)
        limits.check(path, columns=len(reader.schema))
        batches = (reader.get_batch(i) for i in range(reader.num_record_batches))
        return _bounded(batches, reader.schema, path, limits)


def _bounded(batches: Iterator[pa.RecordBatch], schema: pa.Schema, path: Path, limits: Limits) -> pa.Table:
    taken, rows, size = [], 0, 0
    for batch in batches:
        rows += batch.num_rows
        size += batch.nbytes
        limits.check(path, rows=rows, decoded=size)
        taken.append(batch)
    return pa.Table.from_batches(taken, schema=schema)


def _read_parquet_folder(path: Path, limits: Limits) -> Loaded:
    """Read a partitioned (Geo)Parquet dataset: every ``*.parquet`` file under the folder, in order."""
    import pyarrow.parquet as pq

    files = parquet_files(path)
    # Each part is bounded as it is read; the rows of all of them are counted first, from their footers.
    limits.check(path, rows=sum(pq.read_metadata(f).num_rows for f in files))
    tables = []
    for f in files:
        tables.append(_read_parquet(Path(f), limits))
        limits.check(path, decoded=sum(t.nbytes for t in tables))
    try:
        table = pa.concat_tables(tables, promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise TableError(f"{path}: its parts' columns do not fit together: {_first_line(err)}") from err
    return Loaded(table, geoparquet_column(tables[0].schema), tuple(files))


def parquet_files(folder: Path, /) -> list[str]:
    """Return the ``.parquet`` files under a folder in their natural order (part.2 before part.10).

    Every part must be a plain file that stays inside the folder: a link leading out is refused
    as an incident's ``text:`` links are.
    """
    root = folder.resolve()
    files = sorted(
        folder.rglob("*.parquet"),
        key=lambda p: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", str(p))],
    )
    if not files:
        raise TableError(f"{folder}: a folder with no .parquet files in it")
    for part in files:
        if not part.resolve().is_relative_to(root):
            raise TableError(f"{part}: a link out of the folder {folder}; parts must lie inside it")
        if not stat.S_ISREG(part.stat().st_mode):
            raise TableError(
                f"{part}: not a regular file (a FIFO, device or socket); parts must be plain files"
            )
    return [str(f) for f in files]


def geoparquet_column(schema: pa.Schema) -> str | None:
    """Return the primary geometry column a GeoParquet file declares (WKB), or None."""
    meta = (schema.metadata or {}).get(b"geo")
    if not meta:
        return None
    column = json.loads(meta).get("primary_column")
    return column if column in schema.names else None


def _read_gdal(path: str, limits: Limits) -> Loaded:
    """Read a vector file through GDAL; its errors become one line naming the file."""
    try:
        return _read_gdal_unchecked(path, limits)
    except TableError:
        raise
    except Exception as err:  # pyogrio's own error kinds, and IndexError on some truncated files
        raise TableError(f"{path}: cannot be read as a table (GDAL: {_first_line(err)})") from err


def _read_gdal_unchecked(path: str, limits: Limits) -> Loaded:
    import pyogrio

    meta, table = pyogrio.read_arrow(path, max_features=limits.rows + 1)
    geometry = meta.get("geometry_name") or ("wkb_geometry" if "wkb_geometry" in table.column_names else None)
    try:
        table.validate(full=True)
    except pa.ArrowInvalid:
        # Some GDAL drivers hand Arrow broken offsets (FlatGeobuf with empty geometries, GDAL 3.x):
        # read those files the classic way, feature by feature.
        frame = pyogrio.read_dataframe(path, use_arrow=False, max_features=limits.rows + 1)
        geometry = frame.geometry.name
        table = pa.Table.from_pandas(frame.to_wkb(), preserve_index=False)
    return Loaded(table, geometry, (str(path),))


def _first_line(err: BaseException) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


# -- coordinates -----------------------------------------------------------------------------


def coordinates(loaded: Loaded, /, *, lon: str | None = None, lat: str | None = None) -> Located:
    """Return every row's coordinates: from ``lon``/``lat``, from columns named so, or from the geometry."""
    table = loaded.table
    if (lon is None) != (lat is None):
        raise TableError("give both --lon and --lat, or neither")
    if lon is None:
        lon, lat = _coordinate_columns(table.column_names)
    if lon is not None and lat is not None:
        for name in (lon, lat):
            if name not in table.column_names:
                raise TableError(f"no column {name!r}; the columns are: {', '.join(table.column_names)}")
        x, y = _numbers(table[lon], lon), _numbers(table[lat], lat)
        return _checked(x, y, None, 0, f"columns {lon}, {lat}")
    if loaded.geoms is not None:
        return _checked(*_from_geoms(loaded.geoms), "geometry")
    if loaded.geometry is not None:
        return _checked(*_from_wkb(table[loaded.geometry]), "geometry")
    raise TableError(
        "no coordinates found: give --lon and --lat, or --place to geocode a column "
        f"(the columns are: {', '.join(table.column_names)})"
    )


def _coordinate_columns(names: Sequence[str]) -> tuple[str | None, str | None]:
    """Return the one longitude and one latitude column among ``names``, by their usual names, or Nones."""
    folded = {n.lower().strip(): n for n in names}
    lons = [folded[n] for n in LON_NAMES if n in folded]
    lats = [folded[n] for n in LAT_NAMES if n in folded]
    # "x"/"y" only when nothing more explicit is there.
    if len(lons) > 1:
        lons = [n for n in lons if n.lower() != "x"]
    if len(lats) > 1:
        lats = [n for n in lats if n.lower() != "y"]
    return (lons[0], lats[0]) if len(lons) == 1 and len(lats) == 1 else (None, None)


def _numbers(column: pa.ChunkedArray, name: str) -> np.ndarray:
    """Return a column as float64, NaN where empty or not a number (a decimal comma read as a point)."""
    if pa.types.is_integer(column.type) or pa.types.is_floating(column.type):
        return as_numpy(column.cast(pa.float64())).astype(np.float64, copy=False)
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        text = pc.replace_substring(pc.utf8_trim_whitespace(column), ",", ".")
        numeric = pc.match_substring_regex(text, r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
        text = pc.if_else(numeric, text, pa.scalar(None, pa.string()))
        return as_numpy(text.cast(pa.float64())).astype(np.float64, copy=False)
    if pa.types.is_null(column.type):
        return np.full(len(column), np.nan)
    raise TableError(f"column {name!r} holds {column.type}, not numbers; name the coordinate columns")


_NUMPY = {
    pa.int8(): np.int8,
    pa.int16(): np.int16,
    pa.int32(): np.int32,
    pa.int64(): np.int64,
    pa.uint8(): np.uint8,
    pa.uint16(): np.uint16,
    pa.uint32(): np.uint32,
    pa.uint64(): np.uint64,
    pa.float32(): np.float32,
    pa.float64(): np.float64,
}


def arrow_indices(rows: np.ndarray, /) -> pa.Array:
    """Return row numbers as an Arrow array, made in place (``pa.array`` on numpy imports pandas)."""
    rows = np.ascontiguousarray(rows, dtype=np.int64)
    return pa.Array.from_buffers(pa.int64(), len(rows), [None, pa.py_buffer(rows)])


def as_numpy(column: pa.ChunkedArray | pa.Array, /) -> np.ndarray:
    """Return a column as a numpy array: numbers (nulls as NaN, 0 in integers) read in place, else objects.

    (pyarrow's own ``to_numpy`` imports pandas, a quarter of a second ``geomap map`` need not spend.)
    """
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks() if column.num_chunks != 1 else column.chunk(0)
    if pa.types.is_boolean(column.type):
        return as_numpy(column.cast(pa.uint8())).astype(bool)
    dtype = _NUMPY.get(column.type)
    if dtype is None:
        return np.array(column.to_pylist(), dtype=object)
    if column.null_count:
        column = pc.fill_null(column, float("nan") if pa.types.is_floating(column.type) else 0)
    width = np.dtype(dtype).itemsize
    return np.frombuffer(column.buffers()[1], dtype=dtype, count=len(column), offset=column.offset * width)


#: shapely's type ids of what is drawn as itself, not as one point on it: lines and polygons
#: (LineString, LinearRing, Polygon and their Multi- kinds) and MultiPoints.
SHAPE_TYPES = (1, 2, 3, 4, 5, 6)
COLLECTION_TYPE = 7


def as_multi(collection: Any) -> Any:
    """Return a geometry collection as the Multi- geometry of its parts of the highest dimension.

    Polygons (a collection of polygons is a MultiPolygon), else lines, else points; nested
    collections and Multi- parts are flattened. A collection of mixed kinds keeps only its parts
    of the highest dimension (:func:`mixed_collections` counts them, for the page to say so).
    """
    import shapely

    parts = flat_parts(collection)
    if not len(parts):
        return collection
    dims = shapely.get_dimensions(parts)
    top = parts[dims == dims.max()]
    make = {2: shapely.multipolygons, 1: shapely.multilinestrings, 0: shapely.multipoints}[int(dims.max())]
    return make(top)


def mixed_collections(geoms: np.ndarray) -> int:
    """How many of ``geoms`` are geometry collections whose parts are of more than one dimension."""
    import shapely

    kinds = shapely.get_type_id(np.asarray(geoms, dtype=object))
    return sum(
        len(set(shapely.get_dimensions(flat_parts(g)).tolist())) > 1
        for g in np.asarray(geoms, dtype=object)[kinds == COLLECTION_TYPE]
    )


def flat_parts(geometry: Any) -> np.ndarray:
    """Return a geometry's non-empty simple parts: Multi- geometries and nested collections flattened."""
    import shapely

    parts = shapely.get_parts(geometry)
    while len(parts) and np.isin(shapely.get_type_id(parts), (4, 5, 6, COLLECTION_TYPE)).any():
        parts = shapely.get_parts(parts)
    return parts[~shapely.is_empty(parts)]


def _from_wkb(column: pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, int]:
    """Points from WKB geometries; for any other kind, a point on it (its representative point).

    Lines, polygons and multipoints are also returned as they are (None for the other rows), or
    None when the column holds none; a geometry collection as its parts of the highest dimension
    (:func:`as_multi`), with the count of those whose parts were of mixed kinds.
    """
    import shapely

    return _from_geoms(shapely.from_wkb(np.asarray(as_numpy(column), dtype=object), on_invalid="ignore"))


def _from_geoms(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, int]:
    """:func:`_from_wkb` for geometries already read (shapely, None where missing)."""
    import shapely

    points = np.asarray(geoms, dtype=object).copy()
    points[shapely.is_empty(points)] = None  # an empty geometry has no coordinates: a row without them
    kinds = shapely.get_type_id(points)
    other = (kinds != 0) & (kinds >= 0)  # not a point, not missing
    shapes, mixed = None, 0
    if other.any():
        drawable = points.copy()
        collections = np.flatnonzero(kinds == COLLECTION_TYPE)
        if len(collections):
            drawable[collections] = [as_multi(g) for g in points[collections]]
            mixed = mixed_collections(points[collections])
        drawn = np.isin(shapely.get_type_id(drawable), SHAPE_TYPES) & ~shapely.is_empty(drawable)
        if drawn.any():
            shapes = np.full(len(points), None, dtype=object)
            shapes[drawn] = drawable[drawn]
        # A point on what is drawn: a collection's empty parts have none ("POLYGON EMPTY, POINT (1 1)").
        points[other] = shapely.point_on_surface(drawable[other])
        points[shapely.is_empty(points)] = None
    x = shapely.get_x(points)
    y = shapely.get_y(points)
    return np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64), shapes, mixed


def _checked(x: np.ndarray, y: np.ndarray, shapes: np.ndarray | None, mixed: int, source: str) -> Located:
    """Mark rows without usable coordinates, with the reason, and blank them."""
    reason = np.full(len(x), None, dtype=object)
    missing = ~(np.isfinite(x) & np.isfinite(y))
    reason[missing] = "no coordinates"
    outside = ~missing & ((np.abs(x) > 180) | (np.abs(y) > 90))
    reason[outside] = "coordinates out of range (longitude beyond ±180 or latitude beyond ±90)"
    null_island = ~missing & (x == 0) & (y == 0)
    reason[null_island] = "coordinates 0, 0 (a missing value written as zero)"
    bad = missing | outside | null_island
    x, y = x.copy(), y.copy()
    x[bad] = np.nan
    y[bad] = np.nan
    return Located(x, y, reason, source, shapes, mixed)


def missing_rows(loaded: Loaded, located: Located, /) -> pa.Table:
    """Return the rows without coordinates: their 1-based row number, the reason, and their columns."""
    rows = np.flatnonzero(~located.ok)
    table = loaded.table.take(arrow_indices(rows))
    keep = [n for n in table.column_names if n != loaded.geometry and not pa.types.is_binary(table[n].type)]
    columns = {"row": arrow_indices(rows + 1), "reason": pa.array(located.reason[rows].tolist(), pa.string())}
    for name in keep:
        columns[name if name not in columns else f"{name}_"] = table[name]
    return pa.table(columns)


#: Text cells that a spreadsheet would run as a formula start with one of these (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_RAW_CSV = contextvars.ContextVar("geomap_raw_csv", default=False)


@contextlib.contextmanager
def raw_csv() -> Iterator[None]:
    """Within this block, :func:`write_csv` keeps text cells as they are (``--csv-raw``)."""
    token = _RAW_CSV.set(True)
    try:
        yield
    finally:
        _RAW_CSV.reset(token)


def write_csv(table: pa.Table, /) -> bytes:
    """Return ``table`` as CSV bytes (written by the caller with the rest of its outputs).

    Every text cell is quoted, so a value holding a comma, a quote, LF or a bare CR reads back as
    one cell.  A text cell starting with ``=``, ``+``, ``-``, ``@``, TAB or CR gets a leading
    apostrophe, as OWASP advises for files people open in spreadsheets (numbers stay numbers);
    inside :func:`raw_csv` text cells are written as they are.
    """
    import pyarrow.csv as csv

    if not _RAW_CSV.get():
        table = _defused(table)
    sink = pa.BufferOutputStream()
    csv.write_csv(table, sink, write_options=csv.WriteOptions(quoting_style="needed"))
    return sink.getvalue().to_pybytes()


def _defused(table: pa.Table) -> pa.Table:
    """Put an apostrophe before every text cell that a spreadsheet would read as a formula."""
    pattern = "^[" + re.escape("".join(FORMULA_STARTS)) + "]"
    for i, column in enumerate(table.columns):
        if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
            continue
        risky = pc.match_substring_regex(column, pattern)
        if pc.any(risky).as_py():
            table = table.set_column(
                i, table.field(i), pc.if_else(risky, pc.binary_join_element_wise("'", column, ""), column)
            )
    return table
