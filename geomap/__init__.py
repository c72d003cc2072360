"""geomap: turn incident reports into accurate, sourced, layered maps.

Two imports do what the command line does::

    from geomap import build_incident, write_outputs
    write_outputs(build_incident("seeds/pl-drones-2025-09-10.yaml"))
"""

from __future__ import annotations

import importlib
from typing import Any

# Public names and the module each lives in.  Imported on first use (PEP 562) so that
# ``import geomap`` and the geocoder start fast without loading geopandas and folium.
_EXPORTS = {
    "AmbiguousPlaceError": "geomap.errors",
    "DataError": "geomap.errors",
    "GeocodeError": "geomap.errors",
    "Geocoder": "geomap.places.geocoder",
    "GeomapError": "geomap.errors",
    "Built": "geomap.build",
    "Incident": "geomap.incident",
    "IncidentError": "geomap.errors",
    "Match": "geomap.places.geocoder",
    "PlaceNotFoundError": "geomap.errors",
    "Problem": "geomap.errors",
    "Query": "geomap.places.geocoder",
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
    "geocode_table": "geomap.jobs",
    "map_table": "geomap.tables",
    "load_incident": "geomap.incident",
    "region": "geomap.geo.boundaries",
    "incident_document": "geomap.document",
    "shared_border": "geomap.geo.boundaries",
    "to_geojson": "geomap.io.geojson",
    "write_geopackage": "geomap.io.gpkg",
    "write_outputs": "geomap.build",
}

__version__ = "0.1.0"

__all__ = [
    "AmbiguousPlaceError",
    "Built",
    "DataError",
    "GeocodeError",
    "Geocoder",
    "GeomapError",
    "Incident",
    "IncidentError",
    "Match",
    "PlaceNotFoundError",
    "Problem",
    "Query",
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
