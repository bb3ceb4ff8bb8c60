"""Geocoding names, disambiguated by what the rest of the article says about where it is."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

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


def resolve(name: str, ctx: Context, state_hint: str | None = None) -> Place | None:
    """The best gazetteer entry for ``name`` in this context, or None."""
    candidates = gazetteer().names.get(norm(name), ())
    regional = any(c.kind in ("state", "country") for c in candidates)
    best: tuple[float, Place] | None = None
    for c in candidates:
        score = _score(c, ctx, state_hint, regional)
        if score is not None and (best is None or score > best[0]):
            best = (score, c.place)
    return None if best is None else best[1]


def resolve_part(name: str, ctx: Context, state_hint: str | None = None) -> Place | None:
    """Like ``resolve``; "Southwest Philadelphia" or "E. Houston" that the gazetteer lacks
    becomes a neighbourhood of the city after the direction word."""
    place = resolve(name, ctx, state_hint)
    m = None if place is not None else _DIRECTION_RE.match(name)
    if m is None:
        return place
    base = resolve(m.group("rest"), ctx, state_hint)
    if base is None or base.precision != "city":
        return None
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
        if kinds == {"county"}:
            ctx.countries.add("US")
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
        place = resolve_part(m.entity.text, ctx, m.state_hint)
        if place is None and m.state_hint is not None:
            name = m.entity.text
            place = Place(name=name, city=name, admin1=m.state_hint, country="US")
        if place is not None:
            out.append((place, m.entity))
    return out
