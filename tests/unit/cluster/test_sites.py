from __future__ import annotations

from _cluster_make import same_day_decisions

from newsfuse.cluster._score import combine
from newsfuse.cluster._sites import street_names


def test_sites_street_names_drop_prepositions_compass_and_street_word() -> None:
    text = (
        "A man was shot in the 1900 block of Quillon Ridge Drive near N. Main St. and 5th Avenue. "
        "Police closed North Tamsin Road."
    )
    assert street_names(text) == {"quillon ridge", "main", "5th", "tamsin"}


def test_sites_no_street_no_names() -> None:
    assert street_names("Two people were hurt in Elmsfield on Sunday night.") == frozenset()


SAME_DAY_A = (
    "A woman was wounded in a shooting on Pellam Street in Elmsfield on Saturday night, police "
    "said. Officers found her near a parked car."
)
SAME_DAY_B = (
    "Gunfire on Orrick Avenue left a woman with a leg wound in Elmsfield on Saturday, and a "
    "neighbour drove her to Mercy General before police arrived."
)
SAME_DAY_A2 = (
    "Elmsfield police are looking for the gunman who wounded a woman on Pellam Street late "
    "Saturday. She is expected to recover."
)


def test_sites_shared_street_raises_and_other_streets_lower_the_score() -> None:
    decisions = same_day_decisions(SAME_DAY_A, SAME_DAY_B, SAME_DAY_A2)
    other, same = decisions["b#m0"].evidence, decisions["c#m0"].evidence
    assert other["site"] == 0.0  # both name streets, none in common
    assert same["site"] == 1.0
    assert combine(other) < combine({**other, "site": 0.5}) < combine({**other, "site": 1.0})
    assert "site 0.00" in decisions["b#m0"].reason  # the explanation names it
