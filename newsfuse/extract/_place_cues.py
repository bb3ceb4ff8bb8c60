"""What the words around a place name say about it: where someone lives ("a Memphis man"),
where something happened ("in", "near", "south of"), where the story is filed (a dateline),
or one of several places listed together."""

from __future__ import annotations

import re

from newsfuse.geo import written_with_state
from newsfuse.models import Entity, Place

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


def resident(text: str, ent: Entity) -> bool:
    """The name says where a person lives, not where the event happened."""
    if _RESIDENT_AFTER.match(text, ent.end):
        return True
    return _RESIDENT_BEFORE.search(text[max(0, ent.start - 12) : ent.start]) is not None and not (
        _LOCATIVE_BEFORE.search(text[max(0, ent.start - 40) : ent.start])
    )


def locative(text: str, ent: Entity) -> bool:
    """The name follows "in", "near", "outside", "south of" (and a few direction words),
    not after a hospital's name ("taken to Mercy Hospital in Harvey")."""
    before = text[max(0, ent.start - 60) : ent.start]
    m = _LOCATIVE_BEFORE.search(before)
    return m is not None and not _HOSPITAL.search(before[max(0, m.start() - 25) : m.start()])


def dateline(text: str, ent: Entity) -> bool:
    """A name opening a paragraph with its state ("FLORENCE, S.C. (WXYZ) —") or in capitals
    before a dash ("EAST HARTFORD --"): where the story says it is."""
    start = ent.start - 1 if text[max(0, ent.start - 1) : ent.start] == "(" else ent.start
    opens = start == 0 or text[start - 1] == "\n"  # also "(Cincinnati, OH)--"
    if not opens:
        return False
    if written_with_state(text, ent.start):
        return True
    return ent.text.isupper() and _DATELINE_TAIL.match(text, ent.end) is not None


_LIST_AFTER = re.compile(r",[ ]*(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or)[ ]+")
_LIST_BEFORE = re.compile(r"(?:,[ ]*(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or)[ ]+)$")


def listed(text: str, ent: Entity, cities: list[tuple[Place, Entity]]) -> bool:
    """A city in a list of cities ("shootings in Harrisburg, Lancaster, and York"): the
    sentence is about several places, so the "in" before the list does not pick one."""
    starts = {e.start for _p, e in cities}
    ends = {e.end for _p, e in cities}
    after = _LIST_AFTER.match(text, ent.end)
    if after is not None and after.end() in starts:
        return True
    before = _LIST_BEFORE.search(text, max(0, ent.start - 8), ent.start)
    return before is not None and before.start() in ends
