"""geomap: turn incident reports into accurate, sourced, layered maps.

Two imports do what the command line does::

    from geomap import build_incident, write_outputs
    write_outputs(build_incident("seeds/pl-drones-2025-09-10.yaml"))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the lazy names below, for type checkers and IDEs (a test keeps the two equal)
    from geomap.build import (
        Built,
        build_incident,
        check_layers,
        write_outputs,
    )
    from geomap.diff import compare, git_states, read_state
    from geomap.document import incident_document
    from geomap.errors import (
        AmbiguousPlaceError,
        BoundaryError,
        DataError,
        GeocodeError,
        GeomapError,
        IncidentError,
        InputError,
        OptionError,
        OutputError,
        PlaceError,
        PlaceNotFoundError,
        Problem,
        ReportError,
        TableError,
    )
    from geomap.events.api import map_table
    from geomap.events.jobs import geocode_table
    from geomap.geo.boundaries import (
        border_band,
        countries,
        region_by_code,
        shared_border,
    )
    from geomap.incident import (
        Incident,
        load_incident,
    )
    from geomap.io.geojson import to_geojson
    from geomap.io.gpkg import write_geopackage
    from geomap.layers import build_layers
    from geomap.places.batch import geocode_many
    from geomap.places.geocoder import (
        Geocoder,
        Match,
        Query,
        geocode,
    )
    from geomap.resolve import (
        region,
        resolve,
    )

# Public names and the module each lives in.  Imported on first use (PEP 562) so that
# ``import geomap`` and the geocoder start fast without loading geopandas and folium.
_EXPORTS = {
    "AmbiguousPlaceError": "geomap.errors",
    "BoundaryError": "geomap.errors",
    "DataError": "geomap.errors",
    "GeocodeError": "geomap.errors",
    "Geocoder": "geomap.places.geocoder",
    "GeomapError": "geomap.errors",
    "Built": "geomap.build",
    "Incident": "geomap.incident",
    "IncidentError": "geomap.errors",
    "InputError": "geomap.errors",
    "Match": "geomap.places.geocoder",
    "OptionError": "geomap.errors",
    "OutputError": "geomap.errors",
    "PlaceError": "geomap.errors",
    "PlaceNotFoundError": "geomap.errors",
    "Problem": "geomap.errors",
    "Query": "geomap.places.geocoder",
    "ReportError": "geomap.errors",
    "TableError": "geomap.errors",
    "border_band": "geomap.geo.boundaries",
    "build_incident": "geomap.build",
    "build_layers": "geomap.layers",
    "check_layers": "geomap.build",
    "compare": "geomap.diff",
    "git_states": "geomap.diff",
    "read_state": "geomap.diff",
    "countries": "geomap.geo.boundaries",
    "geocode": "geomap.places.geocoder",
    "geocode_many": "geomap.places.batch",
    "geocode_table": "geomap.events.jobs",
    "map_table": "geomap.events.api",
    "load_incident": "geomap.incident",
    "region": "geomap.resolve",
    "region_by_code": "geomap.geo.boundaries",
    "resolve": "geomap.resolve",
    "incident_document": "geomap.document",
    "shared_border": "geomap.geo.boundaries",
    "to_geojson": "geomap.io.geojson",
    "write_geopackage": "geomap.io.gpkg",
    "write_outputs": "geomap.build",
}

__version__ = "0.1.0"

__all__ = [
    "AmbiguousPlaceError",
    "BoundaryError",
    "Built",
    "DataError",
    "GeocodeError",
    "Geocoder",
    "GeomapError",
    "Incident",
    "IncidentError",
    "InputError",
    "Match",
    "OptionError",
    "OutputError",
    "PlaceError",
    "PlaceNotFoundError",
    "Problem",
    "Query",
    "ReportError",
    "TableError",
    "__version__",
    "border_band",
    "build_incident",
    "build_layers",
    "check_layers",
    "compare",
    "countries",
    "geocode",
    "geocode_many",
    "geocode_table",
    "git_states",
    "incident_document",
    "load_incident",
    "map_table",
    "read_state",
    "region",
    "region_by_code",
    "resolve",
    "shared_border",
    "to_geojson",
    "write_geopackage",
    "write_outputs",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
