"""``python -m geomap``."""

from geomap.cli import run

run()
