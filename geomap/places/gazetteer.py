"""The packaged gazetteer: places and admin units from GeoNames and PRNG, indexed for lookup.

The compiled file ``geomap/data/gazetteer.tsv.gz`` (built by
``scripts/data/build_gazetteer.py``) already holds folded lookup keys, so loading
is splitting lines and filling dictionaries.  Its format is named here,
once: :data:`COLUMNS` for the rows, :data:`INDEX_BLOCKS` for the index; the
build script writes what this module reads.
"""

from __future__ import annotations

import zlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import accumulate
from typing import Protocol, TypeVar

from geomap._data import read_bytes, read_text
from geomap.errors import DataError
from geomap.places.text import has_cyrillic
from geomap.vocab import precision_label

#: The columns of a gazetteer row, in order.  ``id`` is a GeoNames id, ``ne:<Natural Earth id>``,
#: ``prng:<PRNG id>`` (a locality only the Polish register knows), ``simc:<SYM>`` (a Polish colony,
#: hamlet, settlement or part of a locality only TERYT SIMC knows, with no point), ``katottg:<code>``
#: (a settlement only Ukraine's register knows, with no point), ``osm:node/<id>`` (a settlement at
#: OpenStreetMap's point) or ``cod:<pcode>`` (a Ukrainian raion or hromada, by its humanitarian pcode);
#: ``vzd:<code>`` (a Latvian town or village only Latvia's State Address Register knows),
#: ``siruta:<code>`` (a Romanian locality only its register SIRUTA knows, with no point);
#: ``register`` is the official register's id (``prng:<id>``, ``katottg:<code>``, ``vzd:<code>`` or
#: ``siruta:<code>``) of a GeoNames
#: or OpenStreetMap place merged with it; ``status`` the register's type of a
#: locality ("town": with town rights, "village"; SIMC's "colony", "hamlet", "settlement", "part of a
#: locality", ...), empty where no register lists it; ``located`` is empty for a place with its own
#: point, else what stands for it: a unit's centre and circle ("hromada", "raion", "gmina": the
#: register names the settlement and its unit, and no source gives its point) or the point of the
#: locality it belongs to ("parent:<id>", with a circle of ``radius_km``), or a Romanian commune's or
#: town's seat ("commune:<id>", with the unit's circle; "county" where none of its localities has a point);
#: ``alternates`` are "|"-separated; a Ukrainian register's place has its Ukrainian name first.
COLUMNS = (
    "id",
    "name",
    "alternates",
    "lat",
    "lon",
    "fclass",
    "fcode",
    "cc",
    "a1",
    "a2",
    "a3",
    "population",
    "radius_km",
    "register",
    "status",
    "located",
)
#: The index blocks, in order: each is members of a line of keys and a line of comma-separated row
#: numbers (see CHUNKS_FILE), except ``admin_codes`` ("cc|ADMn|code" keys, then unit names).
INDEX_BLOCKS = ("name", "alternate", "admin", "admin_codes")
#: The sorted-words block (its key and row-number lines), in a file of its own: only a name that
#: fails every other index needs it, so the cold start does not read it.
WORD_ORDER_FILE = "gazetteer-word-order.txt.gz"
#: Countries whose every town and village the gazetteer names, from their official registers (the
#: others from OpenStreetMap, see OSM_VILLAGES, or at town level: GeoNames places of 500+ people).
#: In Ukraine a few villages have no point in any source: named with their hromada (``Feature.located``);
#: in Romania most villages: named with their commune's seat.
VILLAGE_LEVEL = frozenset({"PL", "UA", "LV", "EE", "RO"})
#: Countries whose villages the gazetteer has from OpenStreetMap alone, no official register: a
#: village may be missing or named otherwise, so their answers keep the coverage caveat.
OSM_VILLAGES = frozenset({"BY", "LT", "MD"})
#: The countries the gazetteer holds places of, as its messages name them (Russia's places are
#: Kaliningrad Oblast's alone).
COUNTRY_NAMES = {
    "PL": "Poland",
    "UA": "Ukraine",
    "BY": "Belarus",
    "LT": "Lithuania",
    "LV": "Latvia",
    "EE": "Estonia",
    "MD": "Moldova",
    "RO": "Romania",
    "RU": "Kaliningrad Oblast",
}
#: What the gazetteer holds, in words, for a place it does not find (the rest of Russia, Slovakia,
#: Hungary and the rest are outlines on the map, no places).
COVERAGE = (
    "the gazetteer holds the towns and villages of Poland, Ukraine, Belarus, Lithuania, Latvia, Estonia, "
    "Moldova and Romania, and the towns of Kaliningrad; a place elsewhere takes its point by hand: "
    "coordinates: [lon, lat] in its entry"
)
#: ... in a clause, for the reasons a name is not found: where it has villages, and from which source.
COVERAGE_BRIEF = (
    "it holds Poland, Ukraine, Latvia, Estonia and Romania from their registers, Belarus, Lithuania and "
    "Moldova from OpenStreetMap, and Kaliningrad at town level"
)
#: ... where a name alone may be a village the gazetteer lacks (the three texts are checked against
#: VILLAGE_LEVEL and OSM_VILLAGES by tests/places/test_places.py: they had drifted apart once).
COVERAGE_GAPS = (
    "Kaliningrad is listed at town level only, and Belarus's, Lithuania's and Moldova's villages "
    "from OpenStreetMap, not a register"
)
DATA_FILE = "gazetteer.tsv.gz"
#: The rows of the villages only a register or OpenStreetMap knows (``katottg:`` and ``osm:`` ids:
#: Ukraine's register settlements GeoNames lacks, Belarus's and Lithuania's villages), numbered after
#: DATA_FILE's: half the rows, which most lookups never reach, read when one does (the cold start
#: reads only DATA_FILE and the index).
VILLAGES_FILE = "gazetteer-villages.tsv.gz"
INDEX_FILE = "gazetteer-index.txt.gz"
#: The name and alternate-name blocks' keys written in Cyrillic (two blocks, as in INDEX_FILE): read
#: when a query in Cyrillic first needs them; a query in the Latin alphabet never does.
CYRILLIC_INDEX_FILE = "gazetteer-index-cyrillic.txt.gz"
#: DATA_FILE, VILLAGES_FILE, INDEX_FILE and CYRILLIC_INDEX_FILE are each written as many gzip
#: members: a file's header line alone, then ROW_CHUNK rows a member; an index block's keys
#: KEY_CHUNK a member (its line of keys, its line of values).  CHUNKS_FILE lists every member in
#: CHUNK_COLUMNS: its file, its part (``header``, ``rows`` or the index block), the number of its
#: first row (or its first key), how many rows (keys) it holds, its offset and its size in bytes.
#: A lookup decompresses only the members it needs, so the cold start of ``geomap extract`` or
#: ``geocode`` reads a few hundred kilobytes instead of 30 MB.  A file of many members is still one
#: gzip file: ``zcat`` and :func:`gzip.decompress` read it whole, as written before.
ROW_CHUNK = 256
KEY_CHUNK = 512
CHUNKS_FILE = "gazetteer-chunks.tsv.gz"
CHUNK_COLUMNS = ("file", "part", "first", "count", "offset", "size")
#: The rows of the populated places with a known population (no city districts), largest first: what a
#: basemap labels, read without the rest of the gazetteer (a table page never geocodes).
TOWNS_FILE = "gazetteer-towns.tsv.gz"
#: About 6 km, squared, in degrees of latitude: a town this close to a larger one is its district.
DISTRICT_DEG2 = 0.055**2

#: The column holding an admin unit's own code, by its level (feature code).
LEVEL_CODE = {"ADM1": "a1", "ADM2": "a2", "ADM3": "a3"}


def unit_key(cc: str, level: str, code: str) -> str:
    """Return the key of an admin unit, ``cc|ADMn|code``: in the index's ``admin_codes`` block and ``Feature.units``."""
    return f"{cc}|{level}|{code}"


#: Precision of a place with no point of its own, by the unit that stands for it.
PRECISION_BY_LOCATED = {
    "hromada": "admin3",
    "raion": "admin2",
    "gmina": "admin3",
    "parent": "place_part",
    "commune": "admin2",
    "county": "admin1",
}
#: Precision of a feature, by its GeoNames feature code (see geomap.vocab.PRECISIONS).
PRECISION_BY_CODE = {
    "PPLX": "place_part",
    "ADM3": "admin3",
    "ADM2": "admin2",
    "ADM1": "admin1",
    "PCLI": "country",
}


@dataclass(frozen=True, slots=True)
class Feature:
    """One gazetteer row."""

    id: str
    name: str
    lon: float
    lat: float
    fclass: str
    fcode: str
    cc: str
    a1: str
    a2: str
    a3: str
    population: int
    radius_km: float
    alternates: tuple[str, ...]
    units: frozenset[str] = frozenset()  # unit_key() of the units it lies in, for hint checks
    register: str = ""  # the official register's id of a GeoNames place merged with it
    status: str = ""  # the register's type: "town" (town rights), "village", or "" (not in the register)
    located: str = (
        ""  # "" (its own point), the unit standing for it ("hromada", "raion", "gmina"), or "parent:<id>"
    )

    @property
    def precision(self) -> str:
        """Precision level: place, place_part, admin3, admin2, admin1 or country."""
        if self.located:
            return PRECISION_BY_LOCATED[self.located.split(":", 1)[0]]
        return PRECISION_BY_CODE.get(self.fcode, "place")

    @property
    def precision_label(self) -> str:
        """The precision in the country's own terms: "gmina", "oblast", "voblast", ..."""
        return precision_label(self.precision, self.cc)

    @property
    def gazetteer_id(self) -> str:
        """Provenance id: ``geonames:<id>``, ``prng:<id>`` or ``katottg:<code>`` (a register only), ``osm:node/<id>``, ``cod:<pcode>`` or ``naturalearth:<NE_ID>``."""
        return provenance(self.id)


#: The ``id`` prefixes of the rows only a register or OpenStreetMap knows: VILLAGES_FILE's rows.
VILLAGE_ID_PREFIXES = ("katottg:", "osm:", "simc:", "vzd:", "ehak:", "siruta:")
#: Every ``id`` prefix a row may carry but GeoNames' bare numbers and ``ne:``: the id as a reader gives it.
SOURCE_ID_PREFIXES = ("prng:", "cod:", *VILLAGE_ID_PREFIXES)


@cache
def provenance(fid: str) -> str:
    """Return the id a reader gives a row's ``id`` cell: ``geonames:<id>`` for GeoNames' bare numbers."""
    if fid.startswith("ne:"):
        return f"naturalearth:{fid[3:]}"
    return fid if fid.startswith(SOURCE_ID_PREFIXES) else f"geonames:{fid}"


class Gazetteer:
    """Features with their lookup indexes.

    Rows stay as text until a lookup asks for them, and each index maps a
    folded key to a comma-separated string of row numbers: loading is a few
    C-level splits, which keeps the geocoder's cold start short.

    Parameters
    ----------
    Each part is a function that reads it, called when it is first needed:

    rows
        The tab-separated feature rows, in :data:`COLUMNS`, as a sequence read in chunks.
    index
        Each of :data:`INDEX_BLOCKS` as a mapping: folded keys to comma-separated row numbers for
        primary names, alternate names and admin-unit names (the Latin keys), then the admin-unit
        codes to their names; ``cyrillic``: the primary and alternate names' Cyrillic keys, two
        blocks alike.
    word_order, towns
        The sorted-words block; the rows :meth:`largest_places` reads, largest first.
    """

    def __init__(
        self,
        *,
        rows: Callable[[], Sequence[str]],
        index: Callable[[], dict[str, Mapping[str, str]]],
        cyrillic: Callable[[], tuple[Mapping[str, str], Mapping[str, str]]],
        word_order: Callable[[], list[str]],
        towns: Callable[[], list[str]],
    ):
        self._row_reader = rows
        self._index = index
        self._cyrillic = cyrillic
        self._word_order = word_order
        self._towns = towns
        self._towns_parsed: list[tuple[int, float, float, str]] = []  # see _largest_first
        self._features: dict[int, Feature] = {}
        self._unit_names: dict[tuple[str, str, str, str], tuple[str, str, str]] = {}
        self._rows_by_id: dict[str, int] | None = None
        self._unit_rows: dict[str, int] | None = None

    @cached_property
    def _blocks(self) -> dict[str, Mapping[str, str]]:
        return self._index()

    @cached_property
    def by_name(self) -> Keys:
        """Rows by primary name (folded)."""
        return Keys(self._blocks["name"], lambda: self._cyrillic_blocks[0])

    @cached_property
    def by_alternate(self) -> Keys:
        """Rows by alternate name (folded)."""
        return Keys(self._blocks["alternate"], lambda: self._cyrillic_blocks[1])

    @cached_property
    def _cyrillic_blocks(self) -> tuple[Mapping[str, str], Mapping[str, str]]:
        return self._cyrillic()

    @property
    def by_admin_name(self) -> Mapping[str, str]:
        """Admin-unit keys by the unit's name (folded)."""
        return self._blocks["admin"]

    @property
    def _admin_names(self) -> Mapping[str, str]:
        return self._blocks["admin_codes"]

    @cached_property
    def by_word_order(self) -> dict[str, str]:
        """Rows by their names' words in sorted order: built when a name first fails every other index."""
        return _block(*self._word_order())

    def feature(self, i: int) -> Feature:
        """Return row ``i`` as a :class:`Feature`."""
        feature = self._features.get(i)
        if feature is None:
            feature = _feature(self._rows[i])
            self._features[i] = feature
        return feature

    def column(self, name: str, /) -> list[str]:
        """Return every row's cell in column ``name`` (one of :data:`COLUMNS`), as text.

        A pass over all rows: callers keep what they derive from it, not the column.
        """
        k = COLUMNS.index(name)
        return [row.split("\t", k + 1)[k] for row in self._rows]

    @cached_property
    def _rows(self) -> Sequence[str]:
        """The rows: each chunk read when a lookup first reaches a row of it."""
        return self._row_reader()

    def lookup(self, index: Mapping[str, str], key: str) -> list[int]:
        """Row numbers stored under ``key`` in one of the name indexes."""
        found = index.get(key)
        return [int(i) for i in found.split(",")] if found else []

    def admin_name(self, cc: str, level: str, code: str) -> str:
        """Name of the admin unit ``code`` at ``level`` (ADM1/2/3) of country ``cc``, or ""."""
        return self._admin_names.get(unit_key(cc, level, code), "") if code else ""

    def unit_row(self, cc: str, level: str, code: str, /) -> int | None:
        """Return the row of the admin unit ``code`` at ``level`` (ADM1/2/3) of country ``cc``, or None."""
        if self._unit_rows is None:
            codes = {unit_level: self.column(column) for unit_level, column in LEVEL_CODE.items()}
            self._unit_rows = {
                unit_key(row_cc, fcode, codes[fcode][i]): i
                for i, (row_cc, fcode) in enumerate(zip(self.column("cc"), self.column("fcode"), strict=True))
                if fcode in codes
            }
        return self._unit_rows.get(unit_key(cc, level, code))

    def admin_names(self, feature: Feature) -> tuple[str, str, str]:
        """Names of the feature's admin-1, admin-2 and admin-3 units."""
        key = (feature.cc, feature.a1, feature.a2, feature.a3)
        names = self._unit_names.get(key)
        if names is None:
            cc = feature.cc
            names = self._unit_names[key] = (
                self.admin_name(cc, "ADM1", feature.a1),
                self.admin_name(cc, "ADM2", feature.a2),
                self.admin_name(cc, "ADM3", feature.a3),
            )
        return names

    def row_of(self, gazetteer_id: str, /) -> int | None:
        """Return the row of ``geonames:<id>``, ``prng:<id>``, ``katottg:<code>``, ``osm:node/<id>``, ``cod:<pcode>`` or ``naturalearth:<id>``, or None.

        A place GeoNames and a register both know answers to either id.
        """
        if self._rows_by_id is None:
            ids = {}
            for i, (fid, register) in enumerate(zip(self.column("id"), self.column("register"), strict=True)):
                ids[provenance(fid)] = i
                if register:
                    ids[register] = i
            self._rows_by_id = ids
        return self._rows_by_id.get(gazetteer_id)

    def village_level(self, cc: str, /) -> bool:
        """Whether the gazetteer lists villages in country ``cc`` (Poland, from its register), not only towns."""
        return cc in VILLAGE_LEVEL

    def countries(self) -> list[str]:
        """ISO codes of the countries the gazetteer covers."""
        return sorted({key.split("|", 1)[0] for key in self._admin_names})

    def largest_places(
        self, bounds: tuple[float, float, float, float], /, *, min_population: int, limit: int
    ) -> list[Feature]:
        """Return the ``limit`` largest towns inside ``bounds`` of at least ``min_population`` (1 or more).

        Largest first (ties by name); the districts of a larger town are left out (:func:`skip_districts`).
        """
        return skip_districts(self.places_by_size(bounds, min_population=min_population), limit)

    def places_by_size(
        self, bounds: tuple[float, float, float, float], /, *, min_population: int
    ) -> list[Feature]:
        """Return places of at least ``min_population`` (1 or more) inside ``bounds``, largest first (ties by name, id)."""
        if min_population < 1:
            raise ValueError(
                "min_population must be 1 or more: a place of unknown population is never among the largest"
            )
        x0, y0, x1, y1 = bounds
        found = []
        for population, lon, lat, row in self._largest_first():
            if population < min_population:
                break
            if x0 <= lon <= x1 and y0 <= lat <= y1:
                found.append(_feature(row))
        found.sort(key=lambda f: (-f.population, f.name, f.id))
        return found

    @cached_property
    def _town_rows(self) -> list[str]:
        return self._towns()

    def _largest_first(self) -> Iterator[tuple[int, float, float, str]]:
        """Yield (population, lon, lat, row) of every populated place of known population, largest first.

        Read from their own file (TOWNS_FILE, a tenth of the gazetteer's rows, largest first), so
        that a table page's basemap does not read the gazetteer.  A row is parsed only when a caller
        reads that far, once: extract asks only for the towns larger than the one it checks, a few
        hundred of ten thousand (parsing them all cost its cold start 0.04 s).  An index, not a list
        iterator, so that two callers may read at once.
        """
        rows, parsed = self._town_rows, self._towns_parsed
        lat, lon, population = (COLUMNS.index(c) for c in ("lat", "lon", "population"))
        i = 0
        while i < len(rows):
            if i == len(parsed):
                cells = rows[i].split("\t", population + 1)
                parsed.append((int(cells[population]), float(cells[lon]), float(cells[lat]), rows[i]))
            yield parsed[i]
            i += 1

    def __len__(self) -> int:
        return len(self._rows)


class Keys(Mapping[str, str]):
    """A name index in two blocks, by script: the Latin keys, and the Cyrillic ones read on first need."""

    def __init__(self, latin: Mapping[str, str], cyrillic: Callable[[], Mapping[str, str]]):
        self._latin = latin
        self._cyrillic = cyrillic

    def _block_for(self, key: str) -> Mapping[str, str]:
        return self._latin if key.isascii() or not has_cyrillic(key) else self._cyrillic()

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        """Return the rows under ``key`` (comma-separated), looked up in its script's block only."""
        return self._block_for(key).get(key, default)

    def __getitem__(self, key: str) -> str:
        return self._block_for(key)[key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._block_for(key)

    def __iter__(self) -> Iterator[str]:
        yield from self._latin
        yield from self._cyrillic()

    def latin_keys(self) -> list[str]:
        """Return the Latin block's keys, sorted (the Cyrillic block is not read)."""
        return sorted(self._latin)

    def __len__(self) -> int:
        return len(self._latin) + len(self._cyrillic())


class _Town(Protocol):
    """What :func:`skip_districts` reads of a place: a :class:`Feature`, or a basemap's town."""

    @property
    def lon(self) -> float: ...
    @property
    def lat(self) -> float: ...
    @property
    def cc(self) -> str: ...
    @property
    def a3(self) -> str: ...


T = TypeVar("T", bound=_Town)


def skip_districts(places: Iterable[T], limit: int, /) -> list[T]:
    """Return the first ``limit`` of ``places`` (largest first) that are towns, not the districts of a larger one.

    Mokotów in Warsaw and Sykhiv in Lviv have their own rows and people: a place is skipped when it
    shares a larger town's gmina or lies within a few kilometres of one (degrees, scaled for latitude).
    """
    import numpy as np  # not at import: the geocoder's cold start does without it

    towns: list[T] = []
    gminas: set[tuple[str, str]] = set()
    lons, lats = np.empty(limit), np.empty(limit)  # the towns' points, compared at once
    for f in places:
        if len(towns) == limit:
            break
        n = len(towns)
        near = bool(np.any((lons[:n] - f.lon) ** 2 * 0.4 + (lats[:n] - f.lat) ** 2 < DISTRICT_DEG2))
        district = bool(f.a3) and (f.cc, f.a3) in gminas  # a Polish city's districts share its gmina
        if not near and not district:
            towns.append(f)
            gminas.add((f.cc, f.a3))
            lons[n], lats[n] = f.lon, f.lat
    return towns


def _feature(row: str) -> Feature:
    """One row, in :data:`COLUMNS`, as a :class:`Feature`."""
    (fid, name, alts, lat, lon, fclass, fcode, cc, a1, a2, a3, pop, radius, register, status, located) = (
        row.split("\t")
    )
    units = frozenset(
        unit_key(cc, level, code) for level, code in (("ADM1", a1), ("ADM2", a2), ("ADM3", a3)) if code
    )
    return Feature(
        fid,
        name,
        float(lon),
        float(lat),
        fclass,
        fcode,
        cc,
        a1,
        a2,
        a3,
        int(pop),
        float(radius),
        tuple(alts.split("|")) if alts else (),
        units,
        register,
        status,
        located,
    )


def _block(keys: str, values: str) -> dict[str, str]:
    """One index block: its line of keys and its line of values, tab-separated."""
    return dict(zip(keys.split("\t"), values.split("\t"), strict=True))


def _read_lines(name: str) -> list[str]:
    return read_text(name, gzipped=True).split("\n")


def _read_rows(name: str) -> list[str]:
    lines = _read_lines(name)
    if tuple(lines[0].split("\t")) != COLUMNS:
        raise DataError(f"geomap/data/{name}", "has an unknown layout")
    return [line for line in lines[1:] if line]


@dataclass(frozen=True, slots=True)
class Span:
    """One gzip member of a chunked file, as :data:`CHUNKS_FILE` lists it."""

    first: str  # the number of its first row, or its first key
    count: int  # how many rows or keys it holds
    offset: int
    size: int


class Members:
    """A package file written as gzip members (see :data:`CHUNKS_FILE`): one decompressed when asked for."""

    def __init__(self, name: str):
        self.name = name
        self._data: bytes | None = None

    def lines(self, span: Span) -> list[str]:
        """Return the member's lines (the newline ending its text ends the list)."""
        if self._data is None:
            self._data = read_bytes(self.name)
        member = memoryview(self._data)[span.offset : span.offset + span.size]
        try:
            return zlib.decompress(member, wbits=31).decode("utf-8").split("\n")[:-1]
        except (zlib.error, UnicodeDecodeError) as err:
            raise DataError(f"geomap/data/{self.name}", f"is damaged ({type(err).__name__})") from err

    def unknown_layout(self) -> DataError:
        """Return the error of a member that does not hold what CHUNKS_FILE says."""
        return DataError(f"geomap/data/{self.name}", "has an unknown layout")


class Rows(Sequence[str]):
    """The gazetteer's rows, DATA_FILE's then VILLAGES_FILE's, read a member at a time as lookups reach them."""

    def __init__(self, members: list[tuple[Members, Span]], headers: dict[str, Span]):
        self._members = members
        self._headers = headers  # by file: each file's column line, checked before its first row is read
        self._firsts = [int(span.first) for _, span in members]
        self._count = sum(span.count for _, span in members)
        self._chunks: dict[int, list[str]] = {}
        # Members hold rows one after another: the rows' numbers say where each begins.
        if self._firsts != [0, *accumulate(span.count for _, span in members[:-1])][: len(members)]:
            raise DataError(f"geomap/data/{CHUNKS_FILE}", "has an unknown layout (rows out of order)")

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        if not 0 <= i < self._count:
            raise IndexError(i)
        k = bisect_right(self._firsts, i) - 1
        return self._chunk(k)[i - self._firsts[k]]

    def __iter__(self) -> Iterator[str]:
        for k in range(len(self._members)):
            yield from self._chunk(k)

    def _chunk(self, k: int) -> list[str]:
        chunk = self._chunks.get(k)
        if chunk is None:
            members, span = self._members[k]
            header = self._headers.get(members.name)
            if header is not None:
                if members.lines(header) != ["\t".join(COLUMNS)]:
                    raise members.unknown_layout()
                del self._headers[members.name]  # checked: once per file
            chunk = members.lines(span)
            if len(chunk) != span.count:
                raise members.unknown_layout()
            self._chunks[k] = chunk
        return chunk


class Block(Mapping[str, str]):
    """One index block: its sorted keys in members of KEY_CHUNK, each read when a key of its range is looked up."""

    def __init__(self, members: Members, spans: list[Span]):
        self._members = members
        self._spans = spans
        self._firsts = [span.first for span in spans]
        self._chunks: dict[int, dict[str, str]] = {}

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        """Return the value under ``key``, from the one member whose range holds it."""
        k = bisect_right(self._firsts, key) - 1
        if k < 0:
            return default
        chunk = self._chunks.get(k)  # inline of _chunk(k): a query makes several lookups
        return (self._chunk(k) if chunk is None else chunk).get(key, default)

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        for k in range(len(self._spans)):
            yield from self._chunk(k)

    def __len__(self) -> int:
        return sum(span.count for span in self._spans)

    def _chunk(self, k: int) -> dict[str, str]:
        chunk = self._chunks.get(k)
        if chunk is None:
            span = self._spans[k]
            lines = self._members.lines(span)
            if len(lines) != 2:
                raise self._members.unknown_layout()
            keys, values = lines[0].split("\t"), lines[1].split("\t")
            if not len(keys) == len(values) == span.count or keys[0] != span.first:
                raise self._members.unknown_layout()
            chunk = self._chunks[k] = dict(zip(keys, values, strict=True))
        return chunk


@cache
def _chunk_table() -> dict[tuple[str, str], list[Span]]:
    """CHUNKS_FILE: the spans of every chunked file's members, by file and part, in order."""
    lines = _read_lines(CHUNKS_FILE)
    if tuple(lines[0].split("\t")) != CHUNK_COLUMNS:
        raise DataError(f"geomap/data/{CHUNKS_FILE}", "has an unknown layout")
    table: dict[tuple[str, str], list[Span]] = {}
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if not line:
            continue
        if len(cells) != len(CHUNK_COLUMNS) or not all(c.isdigit() for c in cells[3:]):
            raise DataError(f"geomap/data/{CHUNKS_FILE}", f"is damaged (line {number})")
        file, part, first, count, offset, size = cells
        table.setdefault((file, part), []).append(Span(first, int(count), int(offset), int(size)))
    return table


def _spans(file: str, part: str) -> list[Span]:
    spans = _chunk_table().get((file, part))
    if spans is None:  # an index block may be empty, but it is listed
        raise DataError(f"geomap/data/{CHUNKS_FILE}", f"lists no {part} for {file}")
    return spans


def _rows() -> Rows:
    files = [Members(DATA_FILE), Members(VILLAGES_FILE)]
    # A file's column line is always listed; its rows may be none.
    headers = {f.name: _spans(f.name, "header")[0] for f in files}
    return Rows([(f, span) for f in files for span in _chunk_table().get((f.name, "rows"), [])], headers)


def _blocks(name: str, parts: Iterable[str]) -> list[Block]:
    members = Members(name)
    return [Block(members, [s for s in _spans(name, part) if s.count]) for part in parts]


def _cyrillic_blocks() -> tuple[Mapping[str, str], Mapping[str, str]]:
    name, alternate = _blocks(CYRILLIC_INDEX_FILE, ("name", "alternate"))
    return name, alternate


@cache
def load() -> Gazetteer:
    """Load the packaged gazetteer (once per process): each part is read when a lookup first needs it."""
    return Gazetteer(
        rows=_rows,
        index=lambda: dict(zip(INDEX_BLOCKS, _blocks(INDEX_FILE, INDEX_BLOCKS), strict=True)),
        cyrillic=_cyrillic_blocks,
        word_order=lambda: _read_lines(WORD_ORDER_FILE)[:2],
        towns=lambda: _read_rows(TOWNS_FILE),
    )
