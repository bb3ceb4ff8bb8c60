"""Which names are places: a street corner, a car or an outlet's name is not; a town the NER
called a people (NORP) or a person right after "in" is."""

from __future__ import annotations

import re
from typing import Any

from newsfuse.geo._gazetteer import gazetteer, norm
from newsfuse.models import Entity

# a street corner: "Hopkins & Stark", "at 5th & Main", "Concord and Market streets"
_CORNER_RE = re.compile(r"^\s*&\s*[A-Z0-9]|[A-Za-z0-9.]\s*&\s*$")
_STREETS_AFTER_RE = re.compile(
    r"^(?: and [A-Z0-9][\w.]*(?: [A-Z][\w.]*)?)? (?:[Ss]treets|[Aa]venues|[Rr]oads)\b"
)
#: a street named after a place: "Coney Island Avenue", "Dallas Street"
_STREET_NAME_RE = re.compile(
    r"^ (?:Avenue|Ave\.|Street|Road|Boulevard|Blvd\.|Drive|Lane|Parkway|Expressway|Turnpike)\b"
)
_STREETS_BEFORE_RE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|[A-Z][\w.]*) and $")
# a demonym-like word: a NORP entity ending so is a people, not a town the NER mislabelled
_DEMONYM_RE = re.compile(r"(?:an|ans|ese|ish|ic|ics|ist|ists|ch|i|[^h]is)$")
# a colour before a name: "a gold Mustang", "a silver Malibu" is a car
_COLOUR_RE = re.compile(
    r"\b(?:gold|silver|white|black|red|blue|gr[ae]y|green|tan|maroon|beige|dark|light)[ ]$"
)
# the outlet part of a headline line: "... | Channel 9" or "... - wxyz.com-Springfield"
_OUTLET_TAIL_RE = re.compile(
    r"[ ]\|[ ]|[ ][-–—][ ](?=[^\n]*\b(?:[\w-]+\.(?:com|net|org|tv)|TV|News|Weather)\b)"
)


def not_a_place(text: str, ent: Entity) -> bool:
    """A street corner ("Hopkins & Stark", "Concord and Market streets"), a car ("a gold
    Mustang"), or a name in the outlet part of the first line ("... | Channel 9 Springfield",
    "... - wxyz.com-Springfield, Shelbyville")."""
    if _CORNER_RE.search(text[ent.end : ent.end + 4]) or _CORNER_RE.search(
        text[max(0, ent.start - 4) : ent.start]
    ):
        return True
    after = text[ent.end : ent.end + 40]
    if _STREET_NAME_RE.match(after):
        return True
    if _STREETS_AFTER_RE.match(after) or _COLOUR_RE.search(text[max(0, ent.start - 8) : ent.start]):
        return True
    before = text[max(0, ent.start - 20) : ent.start]
    if _STREETS_BEFORE_RE.search(before) and re.match(r" (?:[Ss]treets|[Aa]venues)\b", after):
        return True
    line_end = text.find("\n")
    if line_end == -1 or ent.start >= line_end:
        return False
    tail = _OUTLET_TAIL_RE.search(text, 0, line_end)
    return tail is not None and tail.start() < ent.start


def inside_other(start: int, end: int, others: list[Entity]) -> bool:
    """A sub-city name inside a longer name of another kind: "Douglas" of the person
    "Douglas Smith" (a lone name the NER calls a person may still be the place; a word of a
    person's full name elsewhere in the article is not taken either)."""
    return any(o.start <= start and end <= o.end and o.end - o.start > end - start for o in others)


def town_as_norp(ent: Entity) -> bool:
    """A NORP entity that is a US town's name and not shaped like a demonym: the NER's
    "Heavener" or "Memphis" in "a Memphis man" (but never "Mexican", "Christians")."""
    if ent.label != "NORP" or " " in ent.text or _DEMONYM_RE.search(ent.text):
        return False
    kinds = {c.kind for c in gazetteer().names.get(norm(ent.text), ())}
    return kinds == {"city"} or kinds == {"city", "alt"}


_IN_BEFORE_RE = re.compile(r"\b(?:in|near|outside)[ ]+$")
_ABBREVIATED_DIRECTION_RE = re.compile(r"^[NSEW]\.[ ](?P<rest>.+)$")


def town_as_person(text: str, ent: Entity) -> bool:
    """A PERSON entity right after "in", "near" or "outside" that the gazetteer knows as a
    city, also after an abbreviated direction: the NER's "shot in Jackson", "a shooting in
    E. Houston" (towns named after people read as names). Never with a possessive after it."""
    if ent.label != "PERSON" or not _IN_BEFORE_RE.search(text, max(0, ent.start - 12), ent.start):
        return False
    if text.startswith(("'s", "’s"), ent.end):
        return False
    m = _ABBREVIATED_DIRECTION_RE.match(ent.text)
    name = m.group("rest") if m else ent.text
    return any(c.kind == "city" for c in gazetteer().names.get(norm(name), ()))


def proper_noun(doc: Any, ent: Entity) -> bool:
    """A one-word name a rule proposed is a place only where the tagger reads a proper noun:
    "Young man hurt", "Same suspect" open a line with an adjective, not a town. Without a
    parse, every name passes."""
    if doc is None or " " in ent.text:
        return True
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    return span is None or len(span) == 0 or span[0].tag_ in ("NNP", "NNPS")
