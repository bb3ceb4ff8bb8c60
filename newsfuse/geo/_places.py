"""Geocoding names and finding the places an article mentions, disambiguated by its context."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache

from newsfuse.geo._gazetteer import AP_STATES, PRIORITY, Candidate, Gazetteer, gazetteer, norm
from newsfuse.models import AnnotatedArticle, Entity, Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CAPWORD = r"[A-Z][\w.'’-]*"
_GLUED_RE = re.compile(r".*[a-z)](?=[A-Z]{2}[A-Z .'-]*$)")  # "...TimesWILMINGTON" -> cut
_SKIP_WORDS = frozenset(
    str.split(
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Police Officers Court"
    )
)
_PREP_RE = re.compile(
    r"\b(?:in|near|of|from|outside|at|to|across|around)[ ]+"
    rf"(?P<name>{_CAPWORD}(?:[ ]{_CAPWORD}){{0,2}})"
)


@dataclass
class Context:
    """What the rest of the article says about where it is."""

    states: set[str] = field(default_factory=set)  # US state names
    countries: set[str] = field(default_factory=set)  # ISO codes
    cities: set[str] = field(default_factory=set)  # city names


@cache
def _state_pattern() -> re.Pattern[str]:
    g = gazetteer()
    names = sorted(g.states.values(), key=len, reverse=True)
    abbrevs = [re.escape(a) + r"\.?" for a in sorted(AP_STATES, key=len, reverse=True)]
    alts = "|".join([*map(re.escape, names), *abbrevs, *sorted(g.states)])
    return re.compile(rf"(?P<state>{alts})(?![\w])")


@cache
def _city_state_re() -> re.Pattern[str]:
    state = _state_pattern().pattern
    return re.compile(rf"\b(?P<city>{_CAPWORD}(?:[ ]{_CAPWORD}){{0,3}}),[ ]+{state}")


@cache
def _dateline_re() -> re.Pattern[str]:
    state = _state_pattern().pattern
    return re.compile(
        rf"(?:^|(?<=\n)|(?<=[a-z.|!?,]))[ \t]*(?P<city>[A-Z][A-Z.'’ -]{{1,40}}?[A-Z.])"
        rf"(?:,[ ]+{state})?[ ]*(?:\([^)\n]{{1,30}}\)[ ]*)?(?:—|–|--|-)[ ]",
        re.MULTILINE,
    )


@cache
def _subcity_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(n) for n in gazetteer().subcity_names)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def state_name(token: str) -> str | None:
    """The US state named by a full name, a postal code or an AP abbreviation."""
    g = gazetteer()
    raw = token.strip().rstrip(".")
    if raw in g.states:
        return g.states[raw]
    if raw in AP_STATES:
        return g.states[AP_STATES[raw]]
    return raw if raw in g.states.values() else None


def _score(c: Candidate, ctx: Context, state_hint: str | None) -> float | None:
    if c.generic and c.place.city not in ctx.cities:
        return None
    score = PRIORITY[c.kind] + min(math.log10(c.population + 1) / 10, 0.9)
    if state_hint is not None:
        if c.place.admin1 != state_hint or c.kind == "state":
            return None
        score += 10
    if c.place.country == "US" and c.place.admin1 in ctx.states and c.kind != "state":
        score += 3
    if c.place.country in ctx.countries:
        score += 2
    if c.kind == "subcity" and c.place.city in ctx.cities:
        score += 3
    return score


def resolve(name: str, ctx: Context, state_hint: str | None = None) -> Place | None:
    """The best gazetteer entry for ``name`` in this context, or None."""
    candidates = gazetteer().names.get(norm(name), ())
    best: tuple[float, Place] | None = None
    for c in candidates:
        score = _score(c, ctx, state_hint)
        if score is not None and (best is None or score > best[0]):
            best = (score, c.place)
    return None if best is None else best[1]


def geocode(name: str, country_hint: str | None = None) -> Place | None:
    """The most likely place called ``name`` (optionally in country ``country_hint``, ISO-2)."""
    ctx = Context(countries={country_hint.upper()} if country_hint else set())
    place = resolve(name, ctx)
    if place is not None and country_hint and place.country != country_hint.upper():
        return None
    return place


def _context(g: Gazetteer, annotated: AnnotatedArticle, mentions: list[Entity]) -> Context:
    ctx = Context()
    for m in mentions:
        for c in g.names.get(norm(m.text), ()):
            if c.kind == "state":
                ctx.states.add(c.place.admin1 or "")
                ctx.countries.add("US")
            elif c.kind == "country":
                ctx.countries.add(c.place.country or "")
            elif c.kind in ("city", "alt") and c.place.city:
                ctx.cities.add(c.place.city)
        us_states = {c.place.admin1 for c in g.names.get(norm(m.text), ()) if c.kind == "city"}
        if len(us_states) == 1 and None not in us_states:
            ctx.states |= us_states  # type: ignore[arg-type]
    for match in _city_state_re().finditer(annotated.article.text):
        state = state_name(match.group("state"))
        if state:
            ctx.states.add(state)
            ctx.countries.add("US")
    return ctx


@dataclass(frozen=True)
class _Mention:
    entity: Entity
    state_hint: str | None = None
    rank: int = 0  # lower wins on overlap


def _trimmed(text: str, start: int, end: int, label: str) -> Entity:
    """An entity with a leading "the", a glued title ("CBS DenverAURORA") and a trailing
    possessive cut off."""
    span = text[start:end]
    lead = re.match(r"(?i)the\s+", span) or _GLUED_RE.match(span)
    if lead:
        start += lead.end()
    tail = re.search(r"['’]s?$", text[start:end])
    if tail:
        end -= len(tail.group())
    return Entity(text[start:end], label, start, end)


def _datelines(text: str) -> list[_Mention]:
    g = gazetteer()
    out = []
    for m in _dateline_re().finditer(text):
        start, end = m.span("city")
        name = m.group("city")
        if norm(name) not in g.names and name[:2] in g.states and norm(name[2:]) in g.names:
            start += 2  # a title glued to a dateline: "..., ILROCKFORD —"
        hint = state_name(m.group("state")) if m.group("state") else None
        out.append(_Mention(Entity(text[start:end], "GPE", start, end), hint, 1))
    return out


def _prepositional(text: str) -> list[_Mention]:
    """Gazetteer names after a preposition ("in Ceres") that the NER missed."""
    names = gazetteer().names
    out = []
    for m in _PREP_RE.finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        for n in range(len(words), 0, -1):
            start, end = m.start("name"), m.start("name") + words[n - 1].end()
            name = text[start:end].rstrip(".,")
            kinds = {c.kind for c in names.get(norm(name), ())}
            if kinds - {"alt", "county"} and words[0].group() not in _SKIP_WORDS:
                out.append(_Mention(Entity(name, "GPE", start, start + len(name)), None, 4))
                break
    return out


def _mentions(annotated: AnnotatedArticle) -> list[_Mention]:
    text = annotated.article.text
    found = [
        _Mention(
            _trimmed(text, m.start("city"), m.end("city"), "GPE"), state_name(m.group("state")), 0
        )
        for m in _city_state_re().finditer(text)
    ]
    found += _datelines(text)
    found += [
        _Mention(Entity(m.group(), "LOC", *m.span()), None, 2) for m in _subcity_re().finditer(text)
    ]
    found += [
        _Mention(_trimmed(text, e.start, e.end, e.label), None, 3)
        for e in annotated.entities
        if e.label in PLACE_LABELS
    ]
    found += _prepositional(text)
    kept: list[_Mention] = []
    for m in sorted(found, key=lambda m: (m.rank, m.entity.start)):
        e = m.entity
        if e.end > e.start and not any(
            k.entity.start < e.end and e.start < k.entity.end for k in kept
        ):
            kept.append(m)
    return sorted(kept, key=lambda m: m.entity.start)


def find_places(annotated: AnnotatedArticle) -> list[tuple[Place, Entity]]:
    """Every place the article names, geocoded, in text order, with the entity that names it.

    Sources: "City, State" phrases, datelines ("HAWTHORNE —"), our sub-city gazetteer and the
    GPE/LOC/FAC entities. Ambiguous names are resolved by the article's other places (states,
    countries, cities), then by population. A "City, State" pair that the gazetteer lacks is
    still returned, without coordinates.
    """
    g = gazetteer()
    mentions = _mentions(annotated)
    ctx = _context(g, annotated, [m.entity for m in mentions])
    out: list[tuple[Place, Entity]] = []
    for m in mentions:
        place = resolve(m.entity.text, ctx, m.state_hint)
        if place is None and m.state_hint is not None:
            name = m.entity.text
            place = Place(name=name, city=name, admin1=m.state_hint, country="US")
        if place is not None:
            out.append((place, m.entity))
    return out
