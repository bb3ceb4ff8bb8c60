from __future__ import annotations

import math

from _cluster_make import same_day_decisions

from newsfuse.cluster._ages import ages
from newsfuse.cluster._score import combine


def test_ages_written_three_ways() -> None:
    text = (
        "A 19-year-old man was shot on Tuesday. Police said Dorrin Vale, 42, was arrested; "
        "a woman 27 years old was not hurt. Route 9, 2021, was closed."
    )
    assert ages(text) == frozenset({19, 42, 27})


def test_ages_none_and_out_of_range() -> None:
    assert ages("Two people were hurt in Elmsfield on Sunday night.") == frozenset()
    assert ages("the 150-year-old church") == frozenset()


WEEK_A = (
    "A 19-year-old man was wounded in a shooting in Elmsfield on Saturday night, police said. "
    "Officers found him near a parked car and took him to a hospital."
)
WEEK_B = (
    "A 58-year-old man was wounded in a shooting in Elmsfield on Saturday night, police said. "
    "Officers found him near a parked car and took him to a hospital."
)
WEEK_A2 = (
    "Elmsfield police are looking for the gunman who wounded a 19-year-old man on Saturday "
    "night. He was found near a parked car."
)


def test_ages_none_in_common_lower_the_score() -> None:
    decisions = same_day_decisions(WEEK_A, WEEK_B, WEEK_A2)
    other, same = decisions["b#m0"].evidence, decisions["c#m0"].evidence
    assert other["age"] == 0.0  # both give ages, none in common
    assert same["age"] == 1.0
    assert "age 0.00" in decisions["b#m0"].reason  # the explanation names it
    mid = {**other, "text": 0.25, "centroid": 0.25, "title": 0.25, "names": 0.25}
    assert combine(mid) < combine({**mid, "age": 0.5}) == combine({**mid, "age": 1.0})
    late = {**mid, "recency": 0.3}  # past the window a follow-up may give a suspect's age
    assert cost({**late, "age": 0.5}, late) < cost({**mid, "age": 0.5}, mid)


def cost(without: dict[str, float], with_conflict: dict[str, float]) -> float:
    """The log-odds an age conflict costs."""
    return logit(combine(without)) - logit(combine(with_conflict))


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))
