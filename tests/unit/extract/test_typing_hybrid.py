"""Hybrid event typing: the rule cascade with the embedding classifier, on invented snippets."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from newsfuse.errors import ConfigError
from newsfuse.extract import _typemodel, _typing
from newsfuse.extract._hybrid import combine, hybrid_guess, rules_unsure
from newsfuse.extract._typing import TypeGuess, main_type
from newsfuse.extract.taxonomy import PARENT
from newsfuse.settings import Settings

Probs = Callable[[str, Settings], dict[str, float]]


def _fixed(probs: dict[str, float]) -> Probs:
    def fake(text: str, settings: Settings) -> dict[str, float]:
        rest = (1.0 - sum(probs.values())) / (len(PARENT) - len(probs))
        return {sub: probs.get(sub, rest) for sub in PARENT}

    return fake


@pytest.fixture
def settings() -> Settings:
    return Settings(progress=False, event_typing="hybrid")


def _use(monkeypatch: pytest.MonkeyPatch, probs: Probs) -> None:
    """Stand in for the classifier (no model loaded)."""
    monkeypatch.setattr(_typemodel, "require", lambda settings: None)
    monkeypatch.setattr(_typemodel, "type_probabilities", probs)


def _never(text: str, settings: Settings) -> dict[str, float]:
    raise AssertionError("classifier called")


def _guess(sub: str, score: float) -> TypeGuess:
    return TypeGuess(sub, PARENT[sub], score, 0, 1)


def test_typing_hybrid_sure_rules_skip_the_classifier(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    _use(monkeypatch, _never)
    text = "A gunman shot two men outside a bar late on Friday, police said."
    guess = hybrid_guess(text, settings)
    assert guess is not None and guess.sub_event_type == "Shooting"
    assert text[guess.start : guess.end] == "gunman"  # the rule's cue


def test_typing_hybrid_rules_unsure_cases() -> None:
    assert rules_unsure([])  # no cue
    assert not rules_unsure([_guess("Arrests", 4.0), _guess("Shooting", 2.0)])  # clear lead
    assert rules_unsure([_guess("Arrests", 4.0), _guess("Shooting", 3.0)])  # close runner-up
    assert rules_unsure([_guess("Attack", 3.0)])  # a generic type
    assert not rules_unsure([_guess("Grenade", 2.0)])
    assert rules_unsure([_guess("Arrests", 4.0), _guess("Shooting", 2.0)], close=0.5)


def test_typing_hybrid_asks_the_classifier_on_a_close_call(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    text = "Rebels shelled the town and then seized control of its market."
    subs = [g.sub_event_type for g in _typing.guess_types(text)]
    assert subs == ["Shelling/artillery/missile attack", "Non-state actor overtakes territory"]
    _use(monkeypatch, _fixed({"Non-state actor overtakes territory": 0.6}))
    guess = hybrid_guess(text, settings)
    assert guess is not None and guess.sub_event_type == "Non-state actor overtakes territory"
    assert text[guess.start : guess.end] == "seized control"  # the rule's cue of that type


def test_typing_hybrid_asks_the_classifier_on_a_generic_type(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    text = "Militants attacked the checkpoint overnight, the army said."
    assert [g.sub_event_type for g in _typing.guess_types(text)] == ["Attack"]
    _use(monkeypatch, _fixed({"Armed clash": 0.95}))
    guess = hybrid_guess(text, settings)
    assert guess is not None and guess.sub_event_type == "Armed clash"
    assert (guess.start, guess.end) == (0, len(text))  # no cue of its own: the whole text


def test_typing_combine_classifier_overrules_a_weak_rule_guess() -> None:
    guesses = [_guess("Diplomatic event", 2.0)]
    guess = combine(guesses, _fixed({"Other": 0.9})("", Settings()), 50)
    assert guess is not None and guess.sub_event_type == "Other"
    assert (guess.start, guess.end) == (0, 50)


def test_typing_combine_rules_win_unless_much_less_likely() -> None:
    probs = _fixed({"Other": 0.3, "Diplomatic event": 0.2})("", Settings())
    guess = combine([_guess("Diplomatic event", 2.0)], probs, 50)
    assert guess is not None and guess.sub_event_type == "Diplomatic event"


def test_typing_hybrid_without_cues_needs_a_sure_classifier(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    text = "Villagers said the water from the new well tasted strange and several fell ill."
    assert _typing.classify(text) is None
    _use(monkeypatch, _fixed({"Man-made disaster": 0.4}))
    assert hybrid_guess(text, settings) is None
    _use(monkeypatch, _fixed({"Man-made disaster": 0.7}))
    guess = hybrid_guess(text, settings)
    assert guess is not None and guess.event_type == "Man-made disaster"


def test_typing_rules_setting_never_loads_the_classifier(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    _use(monkeypatch, _never)
    text = "Rockets struck the airbase late on Tuesday."
    guess = main_type(text, text, settings.replace(event_typing="rules"))
    assert guess is not None and guess.sub_event_type == "Shelling/artillery/missile attack"


def test_typing_unknown_setting_is_a_config_error(settings: Settings) -> None:
    with pytest.raises(ConfigError, match="event_typing"):
        main_type("text", "text", settings.replace(event_typing="neural"))


def test_typing_examples_cover_every_type_and_weights_are_fresh() -> None:
    examples = _typemodel.load_examples()
    assert set(examples) == set(PARENT)
    assert all(len(sentences) >= 10 for sentences in examples.values())
    stored = json.loads(_typemodel.WEIGHTS.read_text(encoding="utf-8"))
    keys = ("examples_sha256", "max_tokens", "role_weight", "roles_sha256")
    assert tuple(stored.get(k) for k in keys) == _typemodel.fingerprint(), (
        "type_examples.json, TYPE_TOKENS, ROLE_WEIGHT or _roles.py changed: "
        "run python -m newsfuse.extract._typemodel"
    )
    assert sorted(stored["classes"]) == sorted(PARENT)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven rockets were fired at the Green Zone in Baghdad on Tuesday night, wounding "
         "five civilians.", "Shelling/artillery/missile attack"),
        ("Engineers from the army made safe a bomb left under a bridge on the main road.",
         "Disrupted weapons use"),
        ("A powerful earthquake flattened houses in the mountain villages overnight.",
         "Natural disaster"),
        ("The foreign ministry summoned the ambassador and demanded an explanation.",
         "Diplomatic event"),
    ],
)  # fmt: skip
def test_typing_hybrid_on_invented_snippets(text: str, expected: str, settings: Settings) -> None:
    guess = main_type(text, text, settings)
    assert guess is not None and guess.sub_event_type == expected


def test_typing_hybrid_is_the_default() -> None:
    assert Settings().event_typing == "hybrid"
