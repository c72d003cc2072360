"""Event tables in: CSV, Parquet and GeoParquet (one file or a partitioned folder), and anything GDAL reads.

Tables are read into Arrow: CSV and Parquet with pyarrow alone (no geopandas, so ``geomap map`` on a
CSV with lon/lat columns starts fast), other formats (GeoJSON, GeoPackage, Shapefile, FlatGeobuf...)
through pyogrio's Arrow path.  :func:`coordinates` finds each row's longitude and latitude: named
columns, columns with the usual names, or the table's geometry; a row it cannot place is kept and
counted with the reason, never dropped in silence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from geomap.errors import GeomapError

CSV_SUFFIXES = (".csv", ".tsv", ".txt", ".csv.gz", ".tsv.gz")
PARQUET_SUFFIXES = (".parquet", ".geoparquet", ".pq")
ARROW_SUFFIXES = (".arrow", ".feather", ".ipc")
#: Column names taken for coordinates when none are given (compared case-insensitively).
LON_NAMES = ("lon", "lng", "long", "longitude", "x", "lon_dd", "decimal_longitude", "longitude_dd")
LAT_NAMES = ("lat", "latitude", "y", "lat_dd", "decimal_latitude", "latitude_dd")


@dataclass(frozen=True)
class Loaded:
    """A table read from one or more files, with the name of its WKB geometry column, if any."""

    table: pa.Table
    geometry: str | None
    files: tuple[str, ...]


@dataclass(frozen=True)
class Located:
    """Each row's coordinates (NaN where it has none), why a row has none, and where they came from."""

    lon: np.ndarray
    lat: np.ndarray
    reason: np.ndarray  # object array: None for a located row, else why not
    source: str  # "columns lon, lat", "geometry", "geocoded place"

    @property
    def ok(self) -> np.ndarray:
        """Which rows have coordinates."""
        return np.isfinite(self.lon) & np.isfinite(self.lat)


def read_table(paths: Sequence[str | Path], /) -> Loaded:
    """Read one or more tables of the same kind into one Arrow table (columns unified by name)."""
    if not paths:
        raise GeomapError("no table given; name a CSV, Parquet, GeoJSON or GeoPackage file")
    loaded = [_read_one(Path(p)) for p in paths]
    geometry = loaded[0].geometry
    if any(item.geometry != geometry for item in loaded):
        raise GeomapError("the tables differ in their geometry columns; map them one at a time")
    try:
        table = pa.concat_tables([item.table for item in loaded], promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise GeomapError(f"the tables' columns do not fit together: {_first_line(err)}") from err
    return Loaded(table, geometry, tuple(str(p) for p in paths))  # as given: a folder stays one name


def _read_one(path: Path) -> Loaded:
    if not path.exists():
        raise GeomapError(f"{path}: no such file or folder")
    name = path.name.lower()
    try:
        if path.is_dir():
            return _read_parquet_folder(path)
        if name.endswith(CSV_SUFFIXES):
            return Loaded(_read_csv(path), None, (str(path),))
        if name.endswith(PARQUET_SUFFIXES):
            import pyarrow.parquet as pq

            table = pq.read_table(path)
            return Loaded(table, geoparquet_column(table.schema), (str(path),))
        if name.endswith(ARROW_SUFFIXES):
            import pyarrow.feather as feather

            return Loaded(feather.read_table(path), None, (str(path),))
        return _read_gdal(path)
    except GeomapError:
        raise
    except (OSError, ValueError, pa.ArrowException) as err:
        raise GeomapError(f"{path}: cannot be read as a table: {_first_line(err)}") from err


def _read_csv(path: Path) -> pa.Table:
    import pyarrow.csv as csv

    delimiter = "\t" if path.name.lower().endswith((".tsv", ".tsv.gz")) else ","
    return csv.read_csv(
        path,
        parse_options=csv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
        convert_options=csv.ConvertOptions(strings_can_be_null=True),
    )


def _read_parquet_folder(path: Path) -> Loaded:
    """Read a partitioned (Geo)Parquet dataset: every ``*.parquet`` file under the folder, in order."""
    import pyarrow.dataset as ds

    files = parquet_files(path)
    dataset = ds.dataset(files, format="parquet")
    table = dataset.to_table()
    return Loaded(table, geoparquet_column(dataset.schema), tuple(files))


def parquet_files(folder: Path, /) -> list[str]:
    """Return the ``.parquet`` files under a folder in their natural order (part.2 before part.10)."""
    files = sorted(
        folder.rglob("*.parquet"),
        key=lambda p: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", str(p))],
    )
    if not files:
        raise GeomapError(f"{folder}: a folder with no .parquet files in it")
    return [str(f) for f in files]


def geoparquet_column(schema: pa.Schema) -> str | None:
    """Return the primary geometry column a GeoParquet file declares (WKB), or None."""
    meta = (schema.metadata or {}).get(b"geo")
    if not meta:
        return None
    column = json.loads(meta).get("primary_column")
    return column if column in schema.names else None


def _read_gdal(path: Path) -> Loaded:
    import pyogrio

    meta, table = pyogrio.read_arrow(path)
    geometry = meta.get("geometry_name") or ("wkb_geometry" if "wkb_geometry" in table.column_names else None)
    try:
        table.validate(full=True)
    except pa.ArrowInvalid:
        # Some GDAL drivers hand Arrow broken offsets (FlatGeobuf with empty geometries, GDAL 3.x):
        # read those files the classic way, feature by feature.
        frame = pyogrio.read_dataframe(path, use_arrow=False)
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
        raise GeomapError("give both --lon and --lat, or neither")
    if lon is None:
        lon, lat = _coordinate_columns(table.column_names)
    if lon is not None and lat is not None:
        for name in (lon, lat):
            if name not in table.column_names:
                raise GeomapError(f"no column {name!r}; the columns are: {', '.join(table.column_names)}")
        x, y = _numbers(table[lon], lon), _numbers(table[lat], lat)
        return _checked(x, y, f"columns {lon}, {lat}")
    if loaded.geometry is not None:
        x, y = _from_wkb(table[loaded.geometry])
        return _checked(x, y, "geometry")
    raise GeomapError(
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
    raise GeomapError(f"column {name!r} holds {column.type}, not numbers; name the coordinate columns")


_NUMPY = {pa.int8(): np.int8, pa.int16(): np.int16, pa.int32(): np.int32, pa.int64(): np.int64,
          pa.uint8(): np.uint8, pa.uint16(): np.uint16, pa.uint32(): np.uint32, pa.uint64(): np.uint64,
          pa.float32(): np.float32, pa.float64(): np.float64}  # fmt: skip


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


def _from_wkb(column: pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """Points from WKB geometries; for a line or polygon, a point on it (its representative point)."""
    import shapely

    geoms = shapely.from_wkb(np.asarray(as_numpy(column), dtype=object), on_invalid="ignore")
    points = np.asarray(geoms, dtype=object)
    kinds = shapely.get_type_id(points)
    other = (kinds != 0) & (kinds >= 0)  # not a point, not missing
    if other.any():
        points = points.copy()
        points[other] = shapely.point_on_surface(points[other])
    x = shapely.get_x(points)
    y = shapely.get_y(points)
    return np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)


def _checked(x: np.ndarray, y: np.ndarray, source: str) -> Located:
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
    return Located(x, y, reason, source)


def missing_rows(loaded: Loaded, located: Located, /) -> pa.Table:
    """Return the rows without coordinates: their 1-based row number, the reason, and their columns."""
    rows = np.flatnonzero(~located.ok)
    table = loaded.table.take(arrow_indices(rows))
    keep = [n for n in table.column_names if n != loaded.geometry and not pa.types.is_binary(table[n].type)]
    columns = {"row": arrow_indices(rows + 1), "reason": pa.array(located.reason[rows].tolist(), pa.string())}
    for name in keep:
        columns[name if name not in columns else f"{name}_"] = table[name]
    return pa.table(columns)


def write_csv(table: pa.Table, /) -> bytes:
    """Return ``table`` as CSV bytes (written by the caller with the rest of its outputs)."""
    import pyarrow.csv as csv

    sink = pa.BufferOutputStream()
    csv.write_csv(table, sink)
    return sink.getvalue().to_pybytes()
