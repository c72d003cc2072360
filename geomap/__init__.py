"""geomap: turn incident reports into accurate, sourced, layered maps.

Two imports do what the command line does::

    from geomap import build_incident, write_outputs
    write_outputs(build_incident("seeds/pl-drones-2025-09-10.yaml"))
"""

from geomap.boundaries import border_band, countries, region, shared_border
from geomap.build import build_incident, check_layers, write_outputs
from geomap.errors import (
    AmbiguousPlaceError,
    DataError,
    GeocodeError,
    GeomapError,
    IncidentError,
    PlaceNotFoundError,
    Problem,
)
from geomap.export import to_geojson, write_geopackage
from geomap.geocode import Geocoder, Match, Query, geocode
from geomap.incident import Incident, load_incident
from geomap.layers import build_layers
from geomap.render import render_map

__version__ = "0.1.0"

__all__ = [
    "AmbiguousPlaceError",
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
    "countries",
    "geocode",
    "load_incident",
    "region",
    "render_map",
    "shared_border",
    "to_geojson",
    "write_geopackage",
    "write_outputs",
]
