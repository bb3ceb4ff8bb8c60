"""Hybrid event typing: the rule cascade, and the embedding classifier where the rules are unsure.

An embedding costs most of what spaCy spends parsing a whole article, so the classifier
(``_typemodel``) is consulted only when the cascade is unsure (``rules_unsure``):

- no cue reached ``MIN_SCORE`` (the classifier may still find an event);
- a runner-up type scores at least ``CLOSE`` times the best (two readings compete);
- the best type is a generic one (``GENERIC``: "Attack", which any violent verb with a
  political word gives, is the cascade's catch-all for violence).

Asking also for the types that who acts on whom decides (``ROLE_DECIDED``), which the
classifier reads with its role features (``_roles``), won on our examples but lost on CASE dev
(round 4, docs/event_types.md); it is a candidate of ``benchmarks/typing_gate.py``, not the
default.

A story whose cues point one way ("shot", "gunman" and nothing else) is typed by the rules alone.
The gate was chosen by 5-fold cross-validation on our own examples (``benchmarks/typing_gate.py``,
never benchmark labels): the most accurate gate that embeds few enough news leads for extract to
stay above 0.7 of bare spaCy's throughput. The model is loaded on the first call all the same
(``_typemodel.require``), so missing packages fail a run at once.

The rules are read through ``_typing.guess_types`` (a module attribute), so that a replay of
older rules (``benchmarks/case_replay.py``) swaps them here too.
"""

from __future__ import annotations

import math

from newsfuse.extract import _typemodel, _typing
from newsfuse.extract._typing import TypeGuess
from newsfuse.extract.taxonomy import PARENT
from newsfuse.settings import Settings

#: the rules are unsure when a runner-up scores at least this fraction of the best
CLOSE = 0.75
#: the types that who acts on whom decides (the classifier's role features, ``_roles``)
ROLE_DECIDED = frozenset({
    "Government regains territory", "Non-state actor overtakes territory",
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    "Violent demonstration", "Mob violence",
})  # fmt: skip
#: best rule types that always hear the classifier (catch-alls, not specific acts)
GENERIC = frozenset({"Attack"})
#: weight of the rules' relative score against the classifier's log-probability
RULE_WEIGHT = 2.0
#: with no rule cue at all, the classifier alone must be this sure
MIN_PROBABILITY = 0.5
_FLOOR = 1e-4  # probability floor inside the logarithm


def rules_unsure(
    guesses: list[TypeGuess], close: float | None = None, generic: frozenset[str] = GENERIC
) -> bool:
    """Whether the cascade's guesses (best first) leave the type open enough to ask the
    classifier: none, a runner-up within ``close`` (default ``CLOSE``) of the best, or a
    generic best type."""
    if not guesses:
        return True
    best = guesses[0]
    if best.sub_event_type in generic:
        return True
    ratio = CLOSE if close is None else close
    return len(guesses) > 1 and guesses[1].score >= ratio * best.score


def combine(guesses: list[TypeGuess], probs: dict[str, float], length: int) -> TypeGuess | None:
    """The rules and the classifier as a product of experts: each type scores
    ``log P(type | text) + RULE_WEIGHT * rule score / best rule score``, so the rules' favourite
    wins unless the classifier finds it e^2 times less likely than another type. With no rule
    cue, the classifier's type when its probability reaches ``MIN_PROBABILITY``. A type only
    the classifier found spans the whole text (``0..length``: it has no cue)."""
    rank = _typing._RANK
    if not guesses:
        sub, p = max(probs.items(), key=lambda kv: (kv[1], -rank.get(kv[0], 99)))
        return TypeGuess(sub, PARENT[sub], p, 0, length) if p >= MIN_PROBABILITY else None
    by_rule: dict[str, TypeGuess] = {}
    for g in guesses:
        by_rule.setdefault(g.sub_event_type, g)
    top = guesses[0].score

    def combined(sub: str) -> tuple[float, int]:
        rule = by_rule[sub].score / top if sub in by_rule else 0.0
        return math.log(probs.get(sub, 0.0) + _FLOOR) + RULE_WEIGHT * rule, -rank.get(sub, 99)

    best = max(set(probs) | set(by_rule), key=combined)
    if best in by_rule:
        return by_rule[best]
    return TypeGuess(best, PARENT[best], probs[best], 0, length)


def hybrid_guess(text: str, settings: Settings) -> TypeGuess | None:
    """The type of ``text`` by the rules, with the classifier where they are unsure (it reads
    the first ``_typemodel.TYPE_TOKENS`` word pieces: a lead's title and first sentence)."""
    _typemodel.require(settings)
    guesses = _typing.guess_types(text)
    if not rules_unsure(guesses):
        return guesses[0]
    return combine(guesses, _typemodel.type_probabilities(text, settings), len(text))
