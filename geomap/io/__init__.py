"""Reading and writing files: GeoJSON, GeoPackage, whole-set writes, tables."""
