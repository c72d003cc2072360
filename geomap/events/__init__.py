"""Event tables: ``geomap map`` and ``geomap geocode --table``, and their Python API.

:func:`geomap.map_table` draws a table of events on one offline page; :func:`geomap.geocode_table`
geocodes a column of one (in one process or on Dask).
"""
