"""The event's place: the most specific place named in the event's own sentences.

newsfuse.geo finds and geocodes the places an article names (datelines, "City, State",
sub-city places, GPE/LOC/FAC entities). Two more sources are read here, both common in local
news and both lower-ranked than a geocoded city:

- the place in an agency name: "Burbank police", "the Akron Police Department";
- a GPE entity the offline gazetteer does not know (a small town): kept as a city without
  coordinates, in the state the article names when it names exactly one.

Among the places inside the event's sentences the most specific wins (neighbourhood > city >
ungeocoded town > region > country), then one opening a paragraph with its state (a
dateline, "FLORENCE, S.C. —": where the story says it is), then the earliest; when the
first sentences name no city, the rest of the event's sentences are searched before
settling for a region.
"""

from __future__ import annotations

import re
from typing import Any

from newsfuse.geo import geocode, written_with_state
from newsfuse.models import AnnotatedArticle, Entity, Evidence, Place, PlaceClaim

_RANK = {
    "neighbourhood": 0.0,
    "city": 1.0,
    "town": 1.5,
    "area": 1.8,
    "county": 1.85,
    "resident": 1.9,
    "region": 2.0,
    "country": 3.0,
}
_NEIGHBOURHOOD = re.compile(r"['’]?s?\s+(?:neighbou?rhood|section|community|area|district)\b")
Found = list[tuple[Place, Entity]]
_AGENCY = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:'s)? (?:[Pp]olice|[Ff]ire [Dd]epartment|"
    r"[Ss]heriff|officials|authorities|[Cc]ity [Cc]ouncil|[Mm]ayor)\b"
)
#: "Philadelphia's Kensington section": the possessor is the city
_POSSESSOR = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:'s|’s|&#39;s|\?s) (?:[\w.-]+\s){1,3}"
    r"(?:neighbou?rhood|section|area|community|district|side)\b"
)
_NOT_TOWN = frozenset(
    [
        "police",
        "county",
        "state",
        "city",
        "north",
        "south",
        "east",
        "west",
        "the",
        "a",
        "an",
        "new",
        "old",
        "sheriff",
        "district",
        "department",
        "office",
    ]
)


def _rank(place: Place, ent: Entity, text: str) -> float:
    if place.precision == "city" and _is_area(ent.text, text):
        return _RANK["area"]  # "the Rogers Park neighborhood": a part of a city named elsewhere
    if place.precision == "city" and place.lat is None and place.country == "US":
        return _RANK["town"]
    return _RANK.get(place.precision, 4.0)


def _is_area(name: str, text: str) -> bool:
    """Whether the article calls a name a neighbourhood, section or area anywhere."""
    pattern = re.escape(name) + _NEIGHBOURHOOD.pattern
    return re.search(pattern, text) is not None


def _surnames(annotated: AnnotatedArticle) -> set[str]:
    return {
        word
        for e in annotated.entities
        if e.label == "PERSON" and " " in e.text
        for word in e.text.split()[1:]
    }


def drop_unlikely(annotated: AnnotatedArticle, doc: Any, found: Found) -> Found:
    """One-word places that are a person's surname in the article ("Officer Young") or that
    the tagger reads as an adjective, verb or adverb ("Young person hurt") are dropped: the
    NER took something else for a place."""
    names = _surnames(annotated)

    def keep(ent: Entity) -> bool:
        word = ent.text.strip()
        if " " in word:
            return True
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        pos = span[0].pos_ if span is not None and len(span) else ""
        return word not in names and pos not in {"ADJ", "VERB", "ADV", "AUX", "PRON"}

    return [(p, e) for p, e in found if keep(e)]


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
    for m in [*_POSSESSOR.finditer(text), *_AGENCY.finditer(text)]:
        ent = Entity(m.group("name"), "GPE", m.start("name"), m.end("name"))
        place = geocode(ent.text, country)
        specific = place is not None and place.precision in {"city", "neighbourhood"}
        if specific and place is not None and not _overlaps(ent, found + out):
            out.append((place, ent))
    for e in annotated.entities:
        words = e.text.split()
        if e.label != "GPE" or _overlaps(e, found + out) or not 1 <= len(words) <= 3:
            continue
        if {w.lower() for w in words} & _NOT_TOWN or not e.text[:1].isupper() or e.text.isupper():
            continue
        if geocode(e.text) is None and state is not None:
            out.append((Place(e.text, city=e.text, admin1=state, country="US"), e))
    return out


#: a person described by where they live: "a Memphis man", "Boca Raton teenager", "residents"
_RESIDENT_AFTER = re.compile(
    r"(?:['’]s)?[ ](?:man|woman|men|women|boy|girl|teen|teenager|teens|youth|resident|residents"
    r"|native|couple|family|mother|father|son|daughter|student|worker|driver|motorist"
    r"|homeowner|businessman|officer|deputy)\b"
)
#: "Jane Doe, 17, of Wister", "a resident of Memphis"
_RESIDENT_BEFORE = re.compile(
    r"(?:\d{1,3},?|man|woman|resident|residents|native|also|both)[ ]of[ ]$"
)
_DIRECTIONS = (
    r"far|north|south|east|west|northeast|northwest|southeast|southwest|northern|southern"
    r"|eastern|western|central|downtown|rural|unincorporated|nearby|neighboring"
    r"|neighbouring|the|a|an|(?:north|south|east|west)(?:east|west)?[ ]suburban"
)
#: "shot in far south suburban Dolton", "south of Heavener", "near Holiday"
_LOCATIVE_BEFORE = re.compile(
    rf"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]t|(?:{_DIRECTIONS}|just|outside)[ ]of)"
    rf"[ ](?:(?:{_DIRECTIONS})[ ]){{0,3}}$"
)
_HOSPITAL = re.compile(r"[Hh]ospital|[Mm]edical [Cc]enter|[Cc]linic")
#: a dateline without its state: "EAST HARTFORD --", "PASADENA >>", "CHICAGO (CBS) —"
_DATELINE_TAIL = re.compile(r"[ ]*(?:\([^)\n]{1,30}\)[ ]*)?(?:—|–|--|-|>>|»)")


def _resident(text: str, ent: Entity) -> bool:
    """The name says where a person lives, not where the event happened."""
    if _RESIDENT_AFTER.match(text, ent.end):
        return True
    return _RESIDENT_BEFORE.search(text[max(0, ent.start - 12) : ent.start]) is not None and not (
        _LOCATIVE_BEFORE.search(text[max(0, ent.start - 40) : ent.start])
    )


def _locative(text: str, ent: Entity) -> bool:
    """The name follows "in", "near", "outside", "south of" (and a few direction words),
    not after a hospital's name ("taken to Mercy Hospital in Harvey")."""
    before = text[max(0, ent.start - 60) : ent.start]
    m = _LOCATIVE_BEFORE.search(before)
    return m is not None and not _HOSPITAL.search(before[max(0, m.start() - 25) : m.start()])


def _dateline(text: str, ent: Entity) -> bool:
    """A name opening a paragraph with its state ("FLORENCE, S.C. (WXYZ) —") or in capitals
    before a dash ("EAST HARTFORD --"): where the story says it is."""
    start = ent.start - 1 if text[max(0, ent.start - 1) : ent.start] == "(" else ent.start
    opens = start == 0 or text[start - 1] == "\n"  # also "(Cincinnati, OH)--"
    if not opens:
        return False
    if written_with_state(text, ent.start):
        return True
    return ent.text.isupper() and _DATELINE_TAIL.match(text, ent.end) is not None


def _is_county(place: Place) -> bool:
    return place.precision == "region" and place.country == "US" and place.name != place.admin1


def choose_place(
    found: Found, windows: list[tuple[int, int]], text: str, article_id: str, lead: int = 2
) -> PlaceClaim | None:
    """The place claim for an event read from the character ``windows`` (sentence spans);
    the first ``lead`` windows are searched for a city first.

    Order: the most specific place (a county before a state), a place where someone lives
    ("a Memphis man", "Jane Doe, 17, of Wister") after any county; then a name after "in",
    "near", "south of"; then the city of the story's dateline; then the earliest. A US place
    in another state than the dateline's ranks like a home town."""
    lines = [p for p, e in found if _dateline(text, e)]
    datelines = {p.city for p in lines if p.city}
    states = {p.admin1 for p in lines if p.country == "US" and p.admin1}

    def rank(place: Place, ent: Entity) -> float:
        value = _rank(place, ent, text)
        if _is_county(place):
            value = _RANK["county"]
        elsewhere = bool(states) and (place.country != "US" or place.admin1 not in states)
        return max(value, _RANK["resident"]) if elsewhere or _resident(text, ent) else value

    def best(spans: list[tuple[int, int]]) -> tuple[float, Place, Entity] | None:
        inside = [
            (rank(place, ent), place, ent)
            for place, ent in found
            if any(lo <= ent.start < hi for lo, hi in spans)
        ]
        if not inside:
            return None
        return min(
            inside,
            key=lambda t: (
                t[0],
                not _locative(text, t[2]),
                t[1].city not in datelines,
                t[2].start,
            ),
        )

    first = best(windows[:lead])
    if first is None or first[0] > _RANK["town"]:
        wider = best(windows)
        if wider is not None and (first is None or wider[0] < first[0]):
            first = wider
    if first is None:
        return None
    _r, place, ent = first
    return PlaceClaim(place, Evidence(article_id, ent.start, ent.end, ent.text))
