"""The event's place: the most specific place named in the event's own sentences.

newsfuse.geo finds and geocodes the places an article names (datelines, "City, State",
sub-city places, GPE/LOC/FAC entities). Two more sources are read here, both common in local
news and both lower-ranked than a geocoded city:

- the place in an agency name: "Burbank police", "the Akron Police Department";
- a GPE entity the offline gazetteer does not know (a small town): kept as a city without
  coordinates, in the state the article names when it names exactly one.

Among the places inside the event's sentences the most specific wins (neighbourhood > city >
ungeocoded town > region > country), the earliest on a tie; when the first sentences name no
city, the rest of the event's sentences are searched before settling for a region.
"""

from __future__ import annotations

import re

from newsfuse.geo import geocode
from newsfuse.models import AnnotatedArticle, Entity, Evidence, Place, PlaceClaim

_RANK = {"neighbourhood": 0.0, "city": 1.0, "town": 1.5, "region": 2.0, "country": 3.0}
Found = list[tuple[Place, Entity]]
_AGENCY = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:'s)? (?:[Pp]olice|[Ff]ire [Dd]epartment|"
    r"[Ss]heriff|officials|authorities|[Cc]ity [Cc]ouncil|[Mm]ayor)\b"
)
_NOT_TOWN = frozenset(
    "police county state city north south east west the a an new old".split()
)


def _rank(place: Place) -> float:
    if place.precision == "city" and place.lat is None and place.country == "US":
        return _RANK["town"]
    return _RANK.get(place.precision, 4.0)


def _overlaps(ent: Entity, found: Found) -> bool:
    return any(e.start < ent.end and ent.start < e.end for _p, e in found)


def _single_state(found: Found) -> str | None:
    states = {p.admin1 for p, _e in found if p.country == "US" and p.admin1}
    return states.pop() if len(states) == 1 else None


def extra_places(annotated: AnnotatedArticle, found: Found) -> Found:
    """Agency-name places and ungeocoded towns, not overlapping what geo found."""
    text = annotated.article.text
    state = _single_state(found)
    country = "US" if state else None
    out: Found = []
    for m in _AGENCY.finditer(text):
        ent = Entity(m.group("name"), "GPE", m.start("name"), m.end("name"))
        place = geocode(ent.text, country)
        if place is not None and place.precision in {"city", "neighbourhood"}:
            if not _overlaps(ent, found + out):
                out.append((place, ent))
    for e in annotated.entities:
        words = e.text.split()
        if e.label != "GPE" or _overlaps(e, found + out) or not 1 <= len(words) <= 3:
            continue
        if words[0].lower() in _NOT_TOWN or not e.text[:1].isupper() or e.text.isupper():
            continue
        if geocode(e.text) is None and state is not None:
            out.append((Place(e.text, city=e.text, admin1=state, country="US"), e))
    return out


def choose_place(
    found: Found, windows: list[tuple[int, int]], article_id: str, lead: int = 2
) -> PlaceClaim | None:
    """The place claim for an event read from the character ``windows`` (sentence spans);
    the first ``lead`` windows are searched for a city first."""

    def best(spans: list[tuple[int, int]]) -> tuple[Place, Entity] | None:
        inside = [
            (i, place, ent)
            for i, (place, ent) in enumerate(found)
            if any(lo <= ent.start < hi for lo, hi in spans)
        ]
        if not inside:
            return None
        _i, place, ent = min(inside, key=lambda t: (_rank(t[1]), t[2].start))
        return place, ent

    first = best(windows[:lead])
    if first is None or _rank(first[0]) > _RANK["town"]:
        wider = best(windows)
        if wider is not None and (first is None or _rank(wider[0]) < _rank(first[0])):
            first = wider
    if first is None:
        return None
    place, ent = first
    return PlaceClaim(place, Evidence(article_id, ent.start, ent.end, ent.text))
