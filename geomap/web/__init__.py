"""The page: the only part of geomap that knows HTML, CSS or JS."""
