"""Where an article names places: "City, State" pairs, datelines, our sub-city names, the NER's
GPE/LOC/FAC entities and gazetteer names the NER missed (after a preposition, opening a line)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsfuse.geo._filters import (
    inside_other,
    not_a_place,
    proper_noun,
    town_as_norp,
    town_as_person,
)
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
    rf"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)[ ]+)?"
    rf"(?:suburban[ ]+)?(?P<name>{_RUN})"
)
#: "a Rancho Verde man", "the Elmwood teenager": where a person lives names a town
_RESIDENT_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|\d+-year-old)[ ]+(?P<name>{_RUN})[ ]+(?:man|woman|boy|girl|teen"
    rf"|teenager|youth|resident|couple|family|homeowner)\b"
)
#: a transcript in capitals: "THE SHOOTING HAPPENED IN PLYMOUTH ON SATURDAY"
_CAPS_PREP_RE = re.compile(
    r"\b(?:IN|NEAR|OUTSIDE)[ ]+(?P<name>[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+){0,3})"
)
#: a word ending a sentence, not an abbreviation inside a name ("St.", "E.", "Ft.")
_SENTENCE_END_RE = re.compile(r"[A-Za-z]{3,}\.$")
_NAME_ABBREVIATIONS = frozenset({"Ste.", "Mt.", "Ft.", "Pt.", "Jct.", "Hts."})
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
        r"(?:—|–|--|-|>>|»)[ ]",
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
        ends = [i for i, w in enumerate(words) if _sentence_end(w)]
        words = words[: ends[0] + 1] if ends else words  # "in Holiday. There was" -> Holiday
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


def _caps_runs(text: str) -> list[Mention]:
    """Cities in text written in capitals (TV transcripts), after "IN", "NEAR", "OUTSIDE":
    the longest run of words the gazetteer knows as a city ("IN PLYMOUTH ON SATURDAY" ->
    PLYMOUTH); one word needs 6+ letters (never "IN DC", "IN ALL")."""
    names = gazetteer().names
    out = []
    for m in _CAPS_PREP_RE.finditer(text):
        words = m.group("name").split(" ")
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(".,")
            if n == 1 and len(name) < 6:
                break
            if any(c.kind == "city" for c in names.get(norm(name), ())):
                start = m.start("name")
                out.append(Mention(Entity(name, "GPE", start, start + len(name)), None, 5))
                break
    return out


def _sentence_end(word: str) -> bool:
    return _SENTENCE_END_RE.search(word) is not None and word not in _NAME_ABBREVIATIONS


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


def find_mentions(annotated: AnnotatedArticle) -> list[Mention]:
    """The place mentions of an article, in text order, overlaps resolved by rank."""
    text = annotated.article.text
    towns = [
        e
        for e in annotated.entities
        if town_as_norp(e) or town_as_person(annotated.article.text, e)
    ]
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
        if not inside_other(m.start(), m.end(), others) and m.group() not in person_words
    ]
    found += [
        Mention(_trimmed(text, e.start, e.end, e.label), None, 3)
        for e in annotated.entities
        if e.label in PLACE_LABELS or e in towns
    ]
    runs = _gazetteer_runs(text, _PREP_RE, 4, others)
    runs += _gazetteer_runs(text, _LINE_START_RE, 5, others)
    runs += _gazetteer_runs(text, _RESIDENT_RE, 5, others)
    runs += _caps_runs(text)
    found += [m for m in runs if proper_noun(annotated.doc, m.entity)]
    found += _institution_places(annotated.entities)
    found = [m for m in found if not not_a_place(text, m.entity)]
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.rank, m.entity.start)):
        e = m.entity
        if e.end > e.start and not any(
            k.entity.start < e.end and e.start < k.entity.end for k in kept
        ):
            kept.append(m)
    return sorted(kept, key=lambda m: m.entity.start)
