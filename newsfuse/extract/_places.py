"""The event's place: the most specific place named in the event's own sentences.

newsfuse.geo finds and geocodes the places an article names (datelines, "City, State",
sub-city places, GPE/LOC/FAC entities). Two more sources are read here, both common in local
news and both lower-ranked than a geocoded city:

- the place in an agency name: "Burbank police", "the Akron Police Department";
- a GPE entity the offline gazetteer does not know (a small town): kept as a city without
  coordinates, in the state the article names when it names exactly one; a name one letter
  from a single city of that state is that city, misspelt ("Wilkisburg").

Among the places inside the event's sentences the most specific wins (neighbourhood > city >
ungeocoded town > region > country), then one opening a paragraph with its state (a
dateline, "FLORENCE, S.C. —": where the story says it is), then the earliest; when the
first sentences name no city, the rest of the event's sentences are searched before
settling for a region.
"""

from __future__ import annotations

import re
from typing import Any

from newsfuse.extract._place_cues import dateline, listed, locative, resident
from newsfuse.geo import geocode, respelled
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
#: "the 3600 block of Beheler Road in Elm Mott": a US street address, then its town
_BLOCK_TOWN = re.compile(
    r"\b\d+ block of (?:[A-Z0-9][\w.']*[ ]){1,4}in (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
)
#: words after a town's name that are not part of it ("in Elm Mott Saturday")
_AFTER_TOWN = frozenset(
    str.split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Township Borough")
)
#: a word of a town's name: "Rancho", "McAllen", "O'Fallon", "Winston-Salem"
_TOWN_WORD = re.compile(r"[A-Z][a-z]*(?:['’-]?[A-Z]?[a-z]+)*|(?:St|Ste|Ft|Mt|Pt)\.")
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


_POSSESSIVE = re.compile(r"(?:'s|’s|\?s)$")


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
    NER took something else for a place. A possessive is cut first ("Mason’s car"); without
    a parse (``doc`` None) only the surname test applies."""
    names = _surnames(annotated)

    def keep(ent: Entity) -> bool:
        word = ent.text.strip()
        if " " in word:
            return True
        span = None if doc is None else doc.char_span(ent.start, ent.end, alignment_mode="expand")
        pos = span[0].pos_ if span is not None and len(span) else ""
        bare = _POSSESSIVE.sub("", word)
        return bare not in names and pos not in {"ADJ", "VERB", "ADV", "AUX", "PRON"}

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
    for m in _BLOCK_TOWN.finditer(text):
        words = m.group("name").split()
        while words and words[-1] in _AFTER_TOWN:
            words.pop()
        name = " ".join(words)
        ent = Entity(name, "GPE", m.start("name"), m.start("name") + len(name))
        if words and not _overlaps(ent, found + out) and geocode(name) is None:
            out.append((Place(name, city=name, admin1=state, country="US"), ent))
    for e in annotated.entities:
        words = e.text.split()
        if e.label != "GPE" or _overlaps(e, found + out) or not 1 <= len(words) <= 3:
            continue
        if {w.lower() for w in words} & _NOT_TOWN or e.text.isupper():
            continue
        if not all(_TOWN_WORD.fullmatch(w) for w in words):
            continue  # "Pasadena?s 7th", "Main St": not a town's name
        if geocode(e.text) is None and state is not None:
            known = respelled(e.text, state)  # "Wilkisburg": Wilkinsburg misspelt
            out.append((known or Place(e.text, city=e.text, admin1=state, country="US"), e))
    return out


def _is_county(place: Place) -> bool:
    return place.precision == "region" and place.country == "US" and place.name != place.admin1


def _dateline_county(choice: tuple[float, Place, Entity], text: str) -> bool:
    """A county the story opens with ("WAYNE COUNTY, Mo. —") is where it says it is: a city
    named later (where an autopsy was done, a victim's home) does not replace it."""
    _rank, place, ent = choice
    return _is_county(place) and dateline(text, ent)


def choose_place(
    found: Found,
    windows: list[tuple[int, int]],
    text: str,
    article_id: str,
    lead: int = 2,
    article_wide: bool = False,
) -> PlaceClaim | None:
    """The place claim for an event read from the character ``windows`` (sentence spans);
    the first ``lead`` windows are searched for a city first. With ``article_wide`` (the
    article's main event), when the windows name no place at all the whole article is
    searched by the same order: the story's place is then named only outside the sentences
    read as the event's (a headline list, a police agency further down).

    Order: the most specific place (a county before a state), a place where someone lives
    ("a Memphis man", "Jane Doe, 17, of Wister") after any county; then a name after "in",
    "near", "south of"; then the city of the story's dateline; then the earliest. A US place
    in another state than the dateline's ranks like a home town."""
    lines = [p for p, e in found if dateline(text, e)]
    cities = [(p, e) for p, e in found if p.precision in ("city", "neighbourhood")]
    datelines = {p.city for p in lines if p.city}
    states = {p.admin1 for p in lines if p.country == "US" and p.admin1}

    def rank(place: Place, ent: Entity) -> float:
        value = _rank(place, ent, text)
        if _is_county(place):
            value = _RANK["county"]
        elsewhere = bool(states) and (place.country != "US" or place.admin1 not in states)
        return max(value, _RANK["resident"]) if elsewhere or resident(text, ent) else value

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
                not locative(text, t[2]) or listed(text, t[2], cities),
                t[1].city not in datelines,
                t[2].start,
            ),
        )

    first = best(windows[:lead])
    in_list = first is not None and listed(text, first[2], cities)
    if first is None or in_list or (first[0] > _RANK["town"] and not _dateline_county(first, text)):
        wider = best(windows)
        if wider is not None and (first is None or wider[0] < first[0] + in_list):
            first = wider
    if first is None and article_wide:
        first = best([(0, len(text))])
    if first is None:
        return None
    _r, place, ent = first
    return PlaceClaim(place, Evidence(article_id, ent.start, ent.end, ent.text))
