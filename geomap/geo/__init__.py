"""Geometry of the region: geodesy, packaged boundaries and claimed directions."""
