"""Counts of single people: the outcome the main verb states, and headline outlet tails
(invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from newsfuse.extract import count_totals, extract
from newsfuse.models import AnnotatedArticle
from newsfuse.settings import Settings

Make = Callable[..., AnnotatedArticle]


def _totals(make: Make, settings: Settings, text: str) -> dict[str, int]:
    mentions = extract(make(text, published="2024-03-06"), settings)
    assert mentions, "no event found"
    return count_totals(mentions[0])


def test_singles_main_verb_outcome_beats_relative_clause(make: Make, settings: Settings) -> None:
    text = "A man who was found shot on Monday has died."
    assert _totals(make, settings, text).get("killed") == 1


def test_singles_pronounced_deceased_is_killed(make: Make, settings: Settings) -> None:
    text = "A clerk was shot at a gas station on Monday. She was later pronounced deceased."
    assert _totals(make, settings, text).get("killed") == 1


def test_singles_outlet_tail_is_not_a_person(make: Make, settings: Settings) -> None:
    text = (
        "Police probe death of Millbrook man | Daily Ledger\n\n"
        "A 40-year-old man was shot and killed in Millbrook on Monday, police said."
    )
    assert _totals(make, settings, text).get("killed") == 1
