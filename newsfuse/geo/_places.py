"""Geocoding names, disambiguated by what the rest of the article says about where it is."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import cache

from newsfuse.geo._gazetteer import PRIORITY, Candidate, Gazetteer, gazetteer, norm
from newsfuse.geo._mentions import city_state_re, find_mentions, state_name
from newsfuse.models import AnnotatedArticle, Entity, Place

_DIRECTION_RE = re.compile(
    r"(?i)(?:(?:north|south|east|west)(?:east|west)?(?:ern)?|central|downtown|greater|uptown"
    r"|midtown|[NSEW]\.)[ ]+(?P<rest>[A-Z].*)"
)


@dataclass
class Context:
    """What the rest of the article says about where it is."""

    states: set[str] = field(default_factory=set)  # US state names
    countries: set[str] = field(default_factory=set)  # ISO codes
    cities: set[str] = field(default_factory=set)  # city names
    large: list[Candidate] = field(default_factory=list)  # large US cities named


#: a city of at least this many people absorbs the smaller "cities" inside its radius
LARGE_CITY = 500_000
#: ... when it is this many times more populous
LARGE_RATIO = 20
_DATELINE_RANK = 1  # mentions ranked up to this ("City, State", datelines) name a city itself


def _radius_km(population: int) -> float:
    """How far a large city reaches: ~8.5 km at 500,000 people, ~24 km at 4 million."""
    return 0.012 * math.sqrt(population)


def _km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(
        math.radians, (a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12_742 * math.asin(math.sqrt(h))


def _named_part(name: str, city: str) -> bool:
    """ "North Portland" by Portland: a direction word and then the large city's name."""
    m = _DIRECTION_RE.match(name)
    return m is not None and m.group("rest") == city


def part_of_large_city(c: Candidate, ctx: Context) -> Place:
    """A US "city" lying inside a much larger city that the article names is one of its
    neighbourhoods (geonames lists many neighbourhoods, "Rogers Park", "Canoga Park", as
    populated places): the place keeps its name and coordinates, takes the large city as
    ``city`` and ``precision="neighbourhood"``. Not for a city whose neighbourhoods
    ``data/neighbourhoods.tsv`` lists: the list decides there (Downey by Los Angeles is a
    city, Reseda a neighbourhood)."""
    place = c.place
    if c.kind != "city" or place.country != "US" or place.lat is None:
        return place
    listed = gazetteer().listed
    for big in ctx.large:
        reach = _radius_km(big.population)
        if _named_part(place.name, big.place.city or ""):
            reach *= 2  # "North Portland": the city's own name says it is a part of it
        if (
            big.place.admin1 == place.admin1
            and big.place.city != place.city
            and big.place.city not in listed
            and big.population >= LARGE_RATIO * c.population
            and _km(place, big.place) <= reach
        ):
            return replace(place, city=big.place.city, precision="neighbourhood")
    return place


def _score(c: Candidate, ctx: Context, state_hint: str | None, regional: bool) -> float | None:
    """A candidate's score; ``regional``: the name is also a state's or a country's."""
    if c.generic and c.place.city not in ctx.cities:
        return None
    score = PRIORITY[c.kind] + min(math.log10(c.population + 1) / 10, 0.9)
    if state_hint is not None:
        if c.place.admin1 != state_hint or c.kind == "state":
            return None
        score += 10
    if c.place.country == "US" and c.place.admin1 in ctx.states and not regional:
        score += 3
    if c.place.country in ctx.countries:
        score += 2
    if c.kind == "subcity" and c.place.city in ctx.cities:
        score += 3
    return score


def _best(name: str, ctx: Context, state_hint: str | None) -> Candidate | None:
    candidates = gazetteer().names.get(norm(name), ())
    regional = any(c.kind in ("state", "country") for c in candidates)
    best: tuple[float, Candidate] | None = None
    for c in candidates:
        score = _score(c, ctx, state_hint, regional)
        if score is not None and (best is None or score > best[0]):
            best = (score, c)
    return None if best is None else best[1]


def resolve(
    name: str, ctx: Context, state_hint: str | None = None, parts: bool = True
) -> Place | None:
    """The best gazetteer entry for ``name`` in this context, or None; a small "city" inside
    a large city the article names is a neighbourhood of it, when ``parts`` (a name written
    with its state, "Inglewood, Calif.", or as a dateline is a city in its own right)."""
    best = _best(name, ctx, state_hint)
    if best is None:
        return None
    return part_of_large_city(best, ctx) if parts and not state_hint else best.place


def resolve_part(
    name: str, ctx: Context, state_hint: str | None = None, parts: bool = True
) -> Place | None:
    """Like ``resolve``; "Southwest Philadelphia" or "E. Houston" that the gazetteer lacks
    becomes a neighbourhood of the city after the direction word, when that city is large or
    the article names it or its state."""
    place = resolve(name, ctx, state_hint, parts)
    m = None if place is not None else _DIRECTION_RE.match(name)
    if m is None:
        return place
    found = _best(m.group("rest"), ctx, state_hint)
    base = found.place if found is not None else None
    if found is None or base is None or base.precision != "city":
        return None
    named = base.city in ctx.cities or base.admin1 in ctx.states or state_hint is not None
    if not named and found.population < LARGE_CITY:
        return None  # "South Hartley" (a street) when nothing else puts us near Hartley
    return replace(base, name=name, precision="neighbourhood")


def geocode(name: str, country_hint: str | None = None) -> Place | None:
    """The most likely place called ``name`` (optionally in country ``country_hint``, ISO-2)."""
    ctx = Context(countries={country_hint.upper()} if country_hint else set())
    place = resolve_part(name, ctx)
    if place is not None and country_hint and place.country != country_hint.upper():
        return None
    return place


def _dominant_state(candidates: tuple[Candidate, ...]) -> str | None:
    """The state of a US city name when one city of that name is 10x larger than the rest."""
    cities = sorted(
        (c for c in candidates if c.kind == "city" and c.place.country == "US"),
        key=lambda c: -c.population,
    )
    if not cities or (len(cities) > 1 and cities[0].population < 10 * cities[1].population):
        return None
    return cities[0].place.admin1


def _context(g: Gazetteer, text: str, mentions: list[Entity]) -> Context:
    """States, countries and cities the article names without ambiguity."""
    ctx = Context()
    for m in mentions:
        candidates = g.names.get(norm(m.text), ())
        kinds = {c.kind for c in candidates}
        for c in candidates:
            if c.kind == "state" and "country" not in kinds:
                ctx.states.add(c.place.admin1 or "")
                ctx.countries.add("US")
            elif c.kind == "country" and "state" not in kinds:
                ctx.countries.add(c.place.country or "")
            elif c.kind in ("city", "alt") and c.place.city:
                ctx.cities.add(c.place.city)
                if c.kind == "city" and c.population >= LARGE_CITY and c.place.country == "US":
                    ctx.large.append(c)
        if kinds == {"county"}:
            _county_context(g, candidates, ctx)
        state = _dominant_state(candidates) if not kinds & {"state", "country"} else None
        if state is not None:
            ctx.states.add(state)
            ctx.countries.add("US")
    for match in city_state_re().finditer(text):
        state = state_name(match.group("state"))
        if state:
            ctx.states.add(state)
            ctx.countries.add("US")
    return ctx


def _county_context(g: Gazetteer, counties: tuple[Candidate, ...], ctx: Context) -> None:
    """A county puts the article in the US; one of a single state ("Los Angeles County") also
    in that state, and near the county's namesake city there (for its neighbourhoods)."""
    ctx.countries.add("US")
    states = {c.place.admin1 for c in counties}
    if len(states) != 1:
        return
    state = states.pop() or ""
    ctx.states.add(state)
    city = re.sub(r"\s+(?:County|Parish|Borough)$", "", counties[0].place.name)
    if any(c.kind == "city" and c.place.admin1 == state for c in g.names.get(norm(city), ())):
        ctx.cities.add(city)


def _sentence_state(annotated: AnnotatedArticle, ent: Entity, g: Gazetteer) -> str | None:
    """The US state named (in full) nearest to ``ent`` in its own sentence, when the name has
    a candidate in that state: "in Wallace, a town in southwest Arkansas" -> Arkansas."""
    text = annotated.article.text
    sent = next((s for s in annotated.sentences if s.start <= ent.start < s.end), None)
    if sent is None:
        return None
    states = {c.place.admin1 for c in g.names.get(norm(ent.text), ()) if c.kind == "city"}
    found = [
        (abs(m.start() - ent.start), m.group())
        for m in _full_state_re().finditer(text, sent.start, sent.end)
        if m.group() in states and not m.start() <= ent.start < m.end()
    ]
    return min(found)[1] if found else None


@cache
def _full_state_re() -> re.Pattern[str]:
    names = sorted(gazetteer().states.values(), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b")


def find_places(annotated: AnnotatedArticle) -> list[tuple[Place, Entity]]:
    """Every place the article names, geocoded, in text order, with the entity that names it.

    Sources: "City, State" phrases, datelines ("HAWTHORNE —"), our sub-city gazetteer, the
    GPE/LOC/FAC entities and gazetteer names after a preposition or opening a line. Ambiguous
    names are resolved by the article's other places (states, countries, cities), then by
    population. A "City, State" pair that the gazetteer lacks is still returned, without
    coordinates.
    """
    g = gazetteer()
    mentions = find_mentions(annotated)
    ctx = _context(g, annotated.article.text, [m.entity for m in mentions])
    out: list[tuple[Place, Entity]] = []
    for m in mentions:
        hint = m.state_hint or _sentence_state(annotated, m.entity, g)
        own = m.state_hint is not None or m.rank <= _DATELINE_RANK
        place = resolve_part(m.entity.text, ctx, hint, not own)
        if place is None and hint is not None and m.state_hint is None:
            place = resolve_part(m.entity.text, ctx, None, not own)
        if place is None and m.state_hint is not None:
            name = m.entity.text
            place = Place(name=name, city=name, admin1=m.state_hint, country="US")
        if place is not None:
            out.append((place, m.entity))
    return out
