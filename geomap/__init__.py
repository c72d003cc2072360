"""geomap."""
