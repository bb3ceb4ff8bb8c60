"""Event typing from the cue lexicon, on invented snippets."""

from __future__ import annotations

import pytest

from newsfuse.extract._typing import classify


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants fired four mortar shells at the garrison town overnight.",
         "Shelling/artillery/missile attack"),
        ("Warplanes bombed a fuel depot outside the northern city on Monday.", "Air/drone strike"),
        ("A suicide bomber blew himself up at a checkpoint near the bridge.", "Suicide bomb"),
        ("A roadside bomb struck a patrol vehicle in the valley.", "Remote explosive/landmine/IED"),
        ("Police defused an explosive device found under a bench.", "Disrupted weapons use"),
        ("Hundreds of farmers marched peacefully to the ministry to demand better prices.",
         "Peaceful protest"),
        ("Police fired tear gas to disperse students protesting fee increases.",
         "Protest with intervention"),
        ("Protesters threw stones and set fire to cars after the rally turned violent.",
         "Violent demonstration"),
        ("Rebels seized control of the border town after government troops withdrew.",
         "Non-state actor overtakes territory"),
        ("Army troops recaptured the hill village from the insurgents.",
         "Government regains territory"),
        ("Gunmen kidnapped three aid workers on the road to the camp.",
         "Abduction/forced disappearance"),
        ("The two factions signed a ceasefire agreement in the capital.", "Agreement"),
        ("A magnitude 6 earthquake shook the coastal province on Friday.", "Natural disaster"),
        ("A passenger train derailed near the river crossing, injuring a dozen people.",
         "Man-made disaster"),
        ("The group claimed responsibility for the attack in a statement online.",
         "Attribution of responsibility"),
        ("A man was shot in the leg outside a convenience store late Friday.", "Shooting"),
    ],
)  # fmt: skip
def test_typing_classifies_invented_snippets(text: str, expected: str) -> None:
    guess = classify(text)
    assert guess is not None
    assert guess.sub_event_type == expected


def test_typing_political_shooting_is_attack() -> None:
    guess = classify("Militants opened fire on villagers, killing two, the army said.")
    assert guess is not None and guess.sub_event_type == "Attack"


def test_typing_protestant_is_not_protest() -> None:
    guess = classify("The Protestant choir sang at the harvest festival.")
    assert guess is None or guess.event_type != "Protests"


def test_typing_no_cue_gives_none() -> None:
    assert classify("The library extended its opening hours for the summer.") is None
