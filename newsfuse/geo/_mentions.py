"""Where an article names places: "City, State" pairs, datelines, our sub-city names, the NER's
GPE/LOC/FAC entities and gazetteer names the NER missed (after a preposition, opening a line)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsfuse.geo._gazetteer import AP_STATES, gazetteer, norm
from newsfuse.models import AnnotatedArticle, Entity

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_OTHER_LABELS = frozenset({"PERSON", "NORP", "WORK_OF_ART", "LAW"})
_CAPWORD = r"[A-Z][\w.'’-]*"
_RUN = rf"{_CAPWORD}(?:[ ]{_CAPWORD}){{0,2}}"
_GLUED_RE = re.compile(r".*[a-z)](?=[A-Z]{2}[A-Z .'-]*$)")  # "...TimesWILMINGTON" -> cut
_LINE_START_RE = re.compile(rf"^[ \t]*(?P<name>{_RUN})(?=[ ]+[a-z])", re.MULTILINE)
_PREP_RE = re.compile(
    rf"\b(?:in|near|of|from|outside|at|to|across|around)[ ]+(?:(?:a|the)[ ]+)?"
    rf"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)[ ]+)?(?P<name>{_RUN})"
)
_INSTITUTION_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}?)\s+(?:Police|Sheriff|Fire"
    r"|City Council|Memorial|Public Schools|School District|Municipal|Metropolitan Police"
    r"|Regional Medical|General Hospital|Housing Authority|Transit)\b"
)
# capitalised words that are not place names when a rule (not the NER) proposes them
_SKIP_WORDS = frozenset(
    str.split(
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Police Officer Officers Court "
        "Man Woman Men Women Boy Girl Teen Child Children Family Mother Father Son Daughter "
        "Suspect Suspects Victim Deputy Trooper Sheriff Mayor Judge Update Breaking Watch Video "
        "Photos Local News Home Christmas Center Metro Union Liberty Independence Justice"
    )
)


# a street corner: "Hopkins & Stark", "at 5th & Main", "Concord and Market streets"
_CORNER_RE = re.compile(r"^\s*&\s*[A-Z0-9]|[A-Za-z0-9.]\s*&\s*$")
_STREETS_AFTER_RE = re.compile(
    r"^(?: and [A-Z0-9][\w.]*(?: [A-Z][\w.]*)?)? (?:[Ss]treets|[Aa]venues|[Rr]oads)\b"
)
_STREETS_BEFORE_RE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|[A-Z][\w.]*) and $")
# a demonym-like word: a NORP entity ending so is a people, not a town the NER mislabelled
_DEMONYM_RE = re.compile(r"(?:an|ans|ese|ish|ic|ics|ist|ists|ch|i|[^h]is)$")
# a colour before a name: "a gold Mustang", "a silver Malibu" is a car
_COLOUR_RE = re.compile(
    r"\b(?:gold|silver|white|black|red|blue|gr[ae]y|green|tan|maroon|beige|dark|light)[ ]$"
)
# the outlet part of a headline line: "... | Channel 9" or "... - wxyz.com-Springfield"
_OUTLET_TAIL_RE = re.compile(r"[ ]\|[ ]|[ ][-–—][ ](?=[^\n]*\b[\w-]+\.(?:com|net|org|tv)\b)")


@dataclass(frozen=True)
class Mention:
    entity: Entity
    state_hint: str | None = None  # a state named with it ("Aurora, Colo.")
    rank: int = 0  # lower wins on overlap


@cache
def _state_alternatives() -> str:
    g = gazetteer()
    names = sorted(g.states.values(), key=len, reverse=True)
    abbrevs = [re.escape(a) + r"\.?" for a in sorted(AP_STATES, key=len, reverse=True)]
    return "|".join([*map(re.escape, names), *abbrevs, *sorted(g.states)])


@cache
def city_state_re() -> re.Pattern[str]:
    state = _state_alternatives()
    return re.compile(
        rf"\b(?P<city>{_CAPWORD}(?:[ ]{_CAPWORD}){{0,3}}),[ ]+(?P<state>{state})(?!\w)"
    )


@cache
def _dateline_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|(?<=\n)|(?<=[a-z.|!?,]))[ \t]*(?P<city>[A-Z][A-Z.'’ -]{1,40}?[A-Z.])"
        rf"(?:,[ ]+(?P<state>{_state_alternatives()}))?[ ]*(?:\([^)\n]{{1,30}}\)[ ]*)?"
        r"(?:—|–|--|-)[ ]",
        re.MULTILINE,
    )


@cache
def _subcity_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(n) for n in gazetteer().subcity_names)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def written_with_state(text: str, start: int) -> bool:
    """Whether the name at ``start`` is written with its state: "Aurora, Colo.", "FLORENCE,
    S.C. —" (the phrase a story uses to say where it is)."""
    return city_state_re().match(text, start) is not None


def state_name(token: str) -> str | None:
    """The US state named by a full name, a postal code or an AP abbreviation."""
    g = gazetteer()
    raw = token.strip().rstrip(".")
    if raw in g.states:
        return g.states[raw]
    if raw in AP_STATES:
        return g.states[AP_STATES[raw]]
    return raw if raw in g.states.values() else None


def _trimmed(text: str, start: int, end: int, label: str) -> Entity:
    """An entity with a leading "the", a glued title ("CBS DenverAURORA") and a trailing
    possessive cut off."""
    lead = re.match(r"(?i)the\s+", text[start:end]) or _GLUED_RE.match(text[start:end])
    if lead:
        start += lead.end()
    tail = re.search(r"['’]s?$|(?<=[a-z])\?s$", text[start:end])  # "Pasadena?s": a lost ’
    if tail:
        end -= len(tail.group())
    return Entity(text[start:end], label, start, end)


def _city_states(text: str) -> list[Mention]:
    """ "City, State" pairs; of a longer capitalised run ("Associated Press MEMPHIS, Tenn."),
    the longest tail the gazetteer knows, else an all-capitals tail, else the whole run."""
    names = gazetteer().names
    out = []
    for m in city_state_re().finditer(text):
        entity = _trimmed(text, *m.span("city"), "GPE")
        words = list(re.finditer(r"\S+", entity.text))
        tails = [entity.start + w.start() for w in words]
        known = [t for t in tails if norm(text[t : entity.end]) in names]
        caps = [t for t in tails if text[t : entity.end].isupper()]
        start = (known or caps or [entity.start])[0]
        entity = Entity(text[start : entity.end], "GPE", start, entity.end)
        out.append(Mention(entity, state_name(m.group("state")), 0))
    return out


def _datelines(text: str) -> list[Mention]:
    g = gazetteer()
    out = []
    for m in _dateline_re().finditer(text):
        start, end = m.span("city")
        name = m.group("city")
        if norm(name) not in g.names and name[:2] in g.states and norm(name[2:]) in g.names:
            start += 2  # a title glued to a dateline: "..., ILROCKFORD —"
        hint = state_name(m.group("state")) if m.group("state") else None
        out.append(Mention(Entity(text[start:end], "GPE", start, end), hint, 1))
    return out


def _gazetteer_runs(
    text: str, pattern: re.Pattern[str], rank: int, others: list[Entity]
) -> list[Mention]:
    """Capitalised runs that ``pattern`` finds and the gazetteer knows as a whole (after
    cutting trailing weekday/month words), unless the NER calls them a person or an org, or
    the one word is part of a person's name elsewhere in the article ("to Carroll" when
    "Carroll Smith" is a person)."""
    names = gazetteer().names
    person_words = {w for o in others if o.label == "PERSON" for w in o.text.split()}
    out = []
    for m in pattern.finditer(text):
        words = m.group("name").split(" ")
        while words and words[-1].rstrip(".,") in _SKIP_WORDS:
            words.pop()
        if not words or words[0] in _SKIP_WORDS or (len(words) == 1 and words[0] in person_words):
            continue
        if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5:
            continue  # an acronym ("director of CAIR"), not a town
        name = " ".join(words).rstrip(".,")
        start = m.start("name")
        end = start + len(name)
        kinds = {c.kind for c in names.get(norm(name), ())}
        if kinds - {"alt", "county"} and not any(o.start < end and start < o.end for o in others):
            out.append(Mention(Entity(name, "GPE", start, end), None, rank))
    return out


def _institution_places(entities: tuple[Entity, ...]) -> list[Mention]:
    """The place in a local institution's name: "the Ceres Police Department" -> Ceres."""
    names = gazetteer().names
    out = []
    for e in entities:
        m = _INSTITUTION_RE.match(e.text) if e.label in ("ORG", "FAC") else None
        if m is None:
            continue
        name = m.group("name")
        if {c.kind for c in names.get(norm(name), ())} - {"alt", "country"}:
            start = e.start + m.start("name")
            out.append(Mention(Entity(name, "GPE", start, start + len(name)), None, 6))
    return out


def _not_a_place(text: str, ent: Entity) -> bool:
    """A street corner ("Hopkins & Stark", "Concord and Market streets"), a car ("a gold
    Mustang"), or a name in the outlet part of the first line ("... | Channel 9 Springfield",
    "... - wxyz.com-Springfield, Shelbyville")."""
    if _CORNER_RE.search(text[ent.end : ent.end + 4]) or _CORNER_RE.search(
        text[max(0, ent.start - 4) : ent.start]
    ):
        return True
    after = text[ent.end : ent.end + 40]
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


def _inside_other(start: int, end: int, others: list[Entity]) -> bool:
    """A sub-city name inside a longer name of another kind: "Douglas" of the person
    "Douglas Smith" (a lone name the NER calls a person may still be the place; a word of a
    person's full name elsewhere in the article is not taken either)."""
    return any(o.start <= start and end <= o.end and o.end - o.start > end - start for o in others)


def _town_as_norp(ent: Entity) -> bool:
    """A NORP entity that is a US town's name and not shaped like a demonym: the NER's
    "Heavener" or "Memphis" in "a Memphis man" (but never "Mexican", "Christians")."""
    if ent.label != "NORP" or " " in ent.text or _DEMONYM_RE.search(ent.text):
        return False
    kinds = {c.kind for c in gazetteer().names.get(norm(ent.text), ())}
    return kinds == {"city"} or kinds == {"city", "alt"}


def _proper_noun(doc: Any, ent: Entity) -> bool:
    """A one-word name a rule proposed is a place only where the tagger reads a proper noun:
    "Young man hurt", "Same suspect" open a line with an adjective, not a town. Without a
    parse, every name passes."""
    if doc is None or " " in ent.text:
        return True
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    return span is None or len(span) == 0 or span[0].tag_ in ("NNP", "NNPS")


def find_mentions(annotated: AnnotatedArticle) -> list[Mention]:
    """The place mentions of an article, in text order, overlaps resolved by rank."""
    text = annotated.article.text
    towns = [e for e in annotated.entities if _town_as_norp(e)]
    person_words = {
        w
        for e in annotated.entities
        if e.label == "PERSON" and " " in e.text
        for w in e.text.split()
    }
    others = [e for e in annotated.entities if e.label in _OTHER_LABELS and e not in towns]
    found = _city_states(text) + _datelines(text)
    found += [
        Mention(Entity(m.group(), "LOC", *m.span()), None, 2)
        for m in _subcity_re().finditer(text)
        if not _inside_other(m.start(), m.end(), others) and m.group() not in person_words
    ]
    found += [
        Mention(_trimmed(text, e.start, e.end, e.label), None, 3)
        for e in annotated.entities
        if e.label in PLACE_LABELS or e in towns
    ]
    runs = _gazetteer_runs(text, _PREP_RE, 4, others)
    runs += _gazetteer_runs(text, _LINE_START_RE, 5, others)
    found += [m for m in runs if _proper_noun(annotated.doc, m.entity)]
    found += _institution_places(annotated.entities)
    found = [m for m in found if not _not_a_place(text, m.entity)]
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.rank, m.entity.start)):
        e = m.entity
        if e.end > e.start and not any(
            k.entity.start < e.end and e.start < k.entity.end for k in kept
        ):
            kept.append(m)
    return sorted(kept, key=lambda m: m.entity.start)
