"""Who acts on whom in a lead: a few binary role features for the type classifier.

A mean-pooled sentence vector carries a sentence's topic more than its roles: "troops retook
the town from the rebels" and "rebels seized the town from the troops" embed alike, yet ACLED
codes the first as "Government regains territory" and the second as "Non-state actor overtakes
territory"; police breaking up a rally and protesters marching differ the same way. This module
reads, without a parse (it runs on every lead the classifier hears, and on our examples), the
classes of the actors a text names and the role each plays in its clause:

- actor classes (``ACTORS``): a state force (army, police, security forces...), an armed
  non-state group (rebels, militants, named groups...), protesters, a crowd (mob, villagers,
  residents), civilians; an actor word naming a place or a thing ("army base", "police van")
  is none;
- the agent of a clause is its first actor that is not a speaker ("X said", "according to X";
  "X said it/they ..." keeps X), unless the clause is passive or tells a death ("protesters were
  dispersed by police", "three demonstrators died"): then that actor is a patient and the actor
  after "by" is the agent;
- the other actors of the clause are patients; one after "from" is what a territory or a
  position was taken from (``from_*``).

Clauses are split at ";", ", " and the subordinators of news leads ("after", "when", "as",
"while", "before"). The features (``FEATURES``, 0 or 1) are the union over the clauses.
"""

from __future__ import annotations

import re

#: actor classes, in the order of the features; a state modifier ("pro-government",
#: "government-backed") makes "fighters" a state force (matched first: the longest match wins)
ACTORS: dict[str, str] = {
    "state": (
        r"(?:(?:pro-?government|government[- ](?:backed|aligned|allied|loyal)|loyalist)\s"
        r"(?:fighters|militias?|militiamen|forces|troops)|"
        r"(?:(?:regime|state|government|federal|national|regular|security|armed|military|"
        r"syrian|iraqi|afghan|nigerian|somali|israeli|russian|ukrainian|turkish|riot)\s)?"
        r"(?:army|armed forces|troops|soldiers|military|forces|police(?:men| officers)?|officers|"
        r"gendarmes?|gendarmerie|national guard|marines|navy|authorities|units))"
    ),
    "armed": (
        r"(?:(?:militants?|rebels?|insurgents?|insurgency|jihadists?|jihadist|islamists?|"
        r"islamist|separatists?|separatist|terrorists?|extremists?|guerrillas?|bandits|"
        r"taliban|islamic state|isis|isil|daesh|al-?shabaab|boko haram|al-?qaeda|houthis?|"
        r"gunmen|armed (?:group|men|faction|gang)s?|militias?|militiamen)"
        r"(?:\s(?:forces|fighters|militants|group|alliance|coalition|movement))?|"
        r"(?:opposition|tribal)\s(?:forces|fighters|militants|militias?)|fighters)"
    ),
    "protest": (
        r"(?:crowds? of (?:angry )?(?:protesters|demonstrators|rioters)|protesters?|protestors?|"
        r"demonstrators?|marchers|rioters|strikers|striking \w+|activists|protesting \w+|"
        r"demonstrations?|protests?|rally|rallies|march|marches|sit-ins?|vigils?)"
    ),
    "crowd": r"(?:mob|vigilantes|villagers|residents|crowd|youths|locals|clans?|rival \w+)",
    "civil": r"(?:civilians?|passengers|worshippers|children|pupils|patients|families)",
}
_ACTOR = re.compile(
    "|".join(rf"\b(?P<{name}>{pattern})\b" for name, pattern in ACTORS.items()), re.IGNORECASE
)
_CLAUSE = re.compile(r";|,\s|\n|\.\s|\s(?:after|when|as|while|before|whereas|but)\s", re.I)
_SPEAKER_AFTER = re.compile(
    r"^,?\s*(?:\w+\s){0,2}?(?:said|says|say|told|reported|announced|claimed|admitted|"
    r"conceded|confirmed|stated)\b(?P<coref>\s+(?:that\s+)?(?:it|its|they|their)\b)?",
    re.I,
)
_SPEAKER_BEFORE = re.compile(
    r"\b(?:according to|spokesman for|spokesperson for)\s+(?:the\s+)?$", re.I
)
_PASSIVE_OR_DEATH = re.compile(
    r"^\s*(?:\w+\s){0,3}?(?:(?:was|were|been|being|are|is|got)\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|\w+en|shot|hit|held|struck|set upon|beaten|caught|run over|left)|"
    r"died|die|dies|lost their lives)\b",
    re.I,
)
#: an actor word that names a place or a thing ("army base", "police van") is no actor
_THING_AFTER = re.compile(
    r"^\s(?:bases?|camps?|posts?|outposts?|barracks|checkpoints?|stations?|headquarters|"
    r"positions?|vans?|vehicles?|trucks?|convoys?|cars?|compound|offices?|custody|building)\b",
    re.I,
)
_BY = re.compile(r"\bby\s+(?:the\s+|a\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+|a\s+)?$", re.I)
#: the feature names, in the order of ``role_features``' vector
FEATURES: tuple[str, ...] = tuple(
    [f"agent_{c}" for c in ACTORS] + [f"patient_{c}" for c in ACTORS] + ["from_state", "from_armed"]
)
_INDEX = {name: i for i, name in enumerate(FEATURES)}


def _clause_roles(clause: str, out: set[str]) -> None:
    """Add the roles of one clause to ``out``; the agent is the first one found in the text,
    an agent-like actor of a later clause counts as another actor."""
    for m in _ACTOR.finditer(clause):
        cls, before = str(m.lastgroup), clause[max(0, m.start() - 20) : m.start()]
        after = clause[m.end() : m.end() + 40]
        if _THING_AFTER.match(after):
            continue
        speaker = _SPEAKER_AFTER.match(after)
        if (speaker is not None and speaker.group("coref") is None) or _SPEAKER_BEFORE.search(
            before
        ):
            continue  # "residents said ...", "according to police": a source, not an actor
        has_agent = any(name.startswith("agent_") for name in out)
        if _BY.search(before) and not has_agent:
            out.add(f"agent_{cls}")
        elif _FROM.search(before):
            out.add(f"patient_{cls}")
            if f"from_{cls}" in _INDEX:
                out.add(f"from_{cls}")
        elif not has_agent and _PASSIVE_OR_DEATH.match(after) is None:
            out.add(f"agent_{cls}")
        else:
            out.add(f"patient_{cls}")


def role_names(text: str) -> set[str]:
    """The role features that hold for ``text`` (names from ``FEATURES``)."""
    out: set[str] = set()
    for clause in _CLAUSE.split(text):
        _clause_roles(clause, out)
    return out


def role_features(text: str) -> list[float]:
    """``FEATURES`` as a 0/1 vector for ``text``."""
    names = role_names(text)
    return [1.0 if name in names else 0.0 for name in FEATURES]
