"""The incident file: its model, its schema and its reader."""

from geomap.incident.model import (
    AlertRegion,
    BorderRegion,
    Claim,
    Endpoint,
    FlightDirection,
    Incident,
    PlaceEntry,
    Quote,
    Report,
    Source,
)
from geomap.incident.read import load_incident

__all__ = [
    "AlertRegion",
    "BorderRegion",
    "Claim",
    "Endpoint",
    "FlightDirection",
    "Incident",
    "PlaceEntry",
    "Quote",
    "Report",
    "Source",
    "load_incident",
]
