"""Places: the packaged gazetteer and the offline geocoder over it."""
