"""Event typing: score a piece of text against the cue lexicon and pick a sub-event type.

A cascade of named rules over the lexicon scores (no training data is used):

1. score every sub-event type by the summed weights of its cues found in the text;
2. protest refinements: with a protest cue present, intervention / lethal force / violence by
   protesters outrank a peaceful protest; without one they do not apply;
3. crime vs. political violence: shootings and stabbings with no armed-group, military or
   political cue are "Violent crime"; with one they are ACLED's "Attack";
4. the best score wins; ties go to the more specific type (earlier in ``PRIORITY``).

With ``event_typing = "hybrid"`` (the default) the main event's type also hears a classifier
over sentence embeddings trained on our own examples (``_typemodel``) where the cascade is
unsure (``_hybrid``). ``event_typing = "rules"`` uses the cascade alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsfuse.errors import ConfigError
from newsfuse.extract._lexicon import LEXICON
from newsfuse.extract.taxonomy import PARENT
from newsfuse.settings import Settings

#: tie-break order: specific weapons and acts before general ones
PRIORITY: tuple[str, ...] = (
    "Chemical weapon",
    "Suicide bomb",
    "Grenade",
    "Air/drone strike",
    "Remote explosive/landmine/IED",
    "Shelling/artillery/missile attack",
    "Disrupted weapons use",
    "Excessive force against protesters",
    "Protest with intervention",
    "Violent demonstration",
    "Mob violence",
    "Peaceful protest",
    "Sexual violence",
    "Abduction/forced disappearance",
    "Attribution of responsibility",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
    "Headquarters or base established",
    "Armed clash",
    "Shooting",
    "Stabbing",
    "Attack",
    "Arrests",
    "Agreement",
    "Looting/property destruction",
    "Change to group/activity",
    "Organized crime",
    "Natural disaster",
    "Man-made disaster",
    "Diplomatic event",
    "Other violent crime",
    "Other",
)
_RANK = {name: i for i, name in enumerate(PRIORITY)}
_PROTEST_FAMILY = (  # most severe first
    "Excessive force against protesters",
    "Violent demonstration",
    "Protest with intervention",
)
_POLITICAL = re.compile(
    r"\b(?:militan|rebel|insurgen|jihad|taliban|isis|isil|al-?qaeda|al-?shabaab|boko haram|"
    r"army|troops|soldiers|military|security forces|militia|armed group|terror|regime|"
    r"police officers opened|coalition|government forces|fighters|extremist|separatist)"
)
_STATE = re.compile(
    r"\b(?:army|troops|soldiers|government|loyalist|security forces|military|police|"
    r"marines|regime|syrian forces|iraqi forces|afghan forces|national guard)"
)
_NON_STATE = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|taliban|isis|isil|is\b|islamic state|"
    r"fighters|terrorists?|hezbollah|houthis?|al-?shabaab|boko haram|opposition|militia)"
)
_WEAPON_USE = re.compile(
    r"\b(?:attack|fired|dropped|weapon|shell|bomb|rocket|mortar|used|accused|launched)"
)
_NO_CLAIM = re.compile(r"\bno (?:group|one|immediate claim)|(?:not|yet to) (?:been )?claim")
#: a type needs at least this score to be reported at all
MIN_SCORE = 1.5
TYPINGS = ("hybrid", "rules")


@dataclass(frozen=True)
class TypeGuess:
    """A sub-event type with its score and the span (in the scored text) of its best cue."""

    sub_event_type: str
    event_type: str
    score: float
    start: int
    end: int


@cache
def _any_cue() -> dict[str, re.Pattern[str]]:
    """One pattern per type matching any of its cues: a cheap first test per sentence."""
    return {
        sub: re.compile("|".join(f"(?:{p.pattern})" for p, _w in cues))
        for sub, cues in LEXICON.items()
    }


def _raw_scores(low: str) -> dict[str, tuple[float, int, int, float]]:
    """sub -> (score, best cue start, best cue end, best cue weight)."""
    out: dict[str, tuple[float, int, int, float]] = {}
    first = _any_cue()
    for sub, cues in LEXICON.items():
        if first[sub].search(low) is None:
            continue
        total, best = 0.0, (0, 0, 0.0)
        for pattern, weight in cues:
            match = pattern.search(low)
            if match is None:
                continue
            total += weight
            if weight > best[2]:
                best = (match.start(), match.end(), weight)
        if total > 0:
            out[sub] = (total, *best)
    return out


def _protest_family(scores: dict[str, tuple[float, int, int, float]]) -> None:
    """With a protest, the most severe protest type wins (ACLED's order of coding)."""
    protest = scores.get("Peaceful protest")
    if protest is None or protest[3] < 3:
        for sub in ("Protest with intervention", "Excessive force against protesters"):
            scores.pop(sub, None)
        return
    for sub in _PROTEST_FAMILY:  # most severe first
        if sub in scores:
            score, start, end, weight = scores[sub]
            scores[sub] = (max(score, protest[0]) + 3, start, end, weight)
            for other in _PROTEST_FAMILY:
                if other != sub:
                    scores.pop(other, None)
            return


def _territory(scores: dict[str, tuple[float, int, int, float]], low: str) -> None:
    """Who took the territory decides between the two territory types."""
    gov, non = "Government regains territory", "Non-state actor overtakes territory"
    if gov not in scores and non not in scores:
        return
    cue = min((scores[s][1] for s in (gov, non) if s in scores), default=0)
    start = max(low.rfind(". ", 0, cue) + 2, cue - 120, 0)
    before = low[start:cue]  # the clause's subject comes first
    state = [m.start() for m in _STATE.finditer(before)]
    rebel = [m.start() for m in _NON_STATE.finditer(before)]
    if not state and not rebel:
        return
    first_state, first_rebel = min(state, default=10**6), min(rebel, default=10**6)
    winner, loser = (gov, non) if first_state < first_rebel else (non, gov)
    best = max(scores.get(gov, (0.0,))[0], scores.get(non, (0.0,))[0])
    pos = scores.get(winner) or scores[loser]
    scores[winner] = (best + 1, *pos[1:])
    scores.pop(loser, None)


def _adjust(scores: dict[str, tuple[float, int, int, float]], low: str) -> None:
    _protest_family(scores)
    _territory(scores, low)
    political = _POLITICAL.search(low) is not None
    for crime in ("Shooting", "Stabbing", "Other violent crime"):
        if crime in scores and political:
            score, start, end, weight = scores.pop(crime)
            old = scores.get("Attack", (0.0, start, end, weight))
            scores["Attack"] = (old[0] + score / 2, *old[1:])
    if "Shooting" in scores and "Attack" in scores and not political:
        del scores["Attack"]
    if _NO_CLAIM.search(low):
        scores.pop("Attribution of responsibility", None)
    if "Chemical weapon" in scores and not _WEAPON_USE.search(low):
        scores.pop("Chemical weapon")  # a gas leak is an accident, not a weapon


def guess_types(text: str) -> list[TypeGuess]:
    """All types whose score reaches ``MIN_SCORE``, best first."""
    low = text.lower()
    scores = _raw_scores(low)
    _adjust(scores, low)
    guesses = [
        TypeGuess(sub, PARENT[sub], score, start, end)
        for sub, (score, start, end, _w) in scores.items()
        if score >= MIN_SCORE
    ]
    guesses.sort(key=lambda g: (-g.score, _RANK.get(g.sub_event_type, 99)))
    return guesses


def classify(text: str) -> TypeGuess | None:
    """The best sub-event type for a text, or None when no cue reaches ``MIN_SCORE``."""
    guesses = guess_types(text)
    return guesses[0] if guesses else None


def main_type(lead: str, whole: str, settings: Settings) -> TypeGuess | None:
    """The main event's type from the lead (title, standfirst, first sentences), else from the
    whole text by the rules. ``settings.event_typing``: "rules", or "hybrid" (the classifier
    too where the rules are unsure about the lead; see ``_hybrid``)."""
    if settings.event_typing not in TYPINGS:
        raise ConfigError(
            f"setting 'event_typing': {settings.event_typing!r} is not one of {', '.join(TYPINGS)}"
        )
    if settings.event_typing == "hybrid":
        from newsfuse.extract._hybrid import hybrid_guess  # imports _typing: loaded late

        return hybrid_guess(lead, settings) or classify(whole)
    return classify(lead) or classify(whole)
