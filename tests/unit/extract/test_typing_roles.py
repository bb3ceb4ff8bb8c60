"""Role features for the type classifier: who acts on whom, on invented sentences."""

from __future__ import annotations

import json

import pytest

from newsfuse.embed import DIMENSION
from newsfuse.extract import _typemodel
from newsfuse.extract._roles import FEATURES, role_features, role_names
from newsfuse.settings import Settings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army retook the village from the rebels on Friday.",
         {"agent_state", "patient_armed", "from_armed"}),
        ("Insurgents overran the garrison town after the soldiers withdrew.",
         {"agent_armed", "patient_state"}),
        ("Marchers were scattered by riot police using tear gas.",
         {"agent_state", "patient_protest"}),
        ("Two demonstrators died after troops fired into the crowd.",
         {"agent_state", "patient_protest", "patient_crowd"}),
        ("A mob beat a suspected thief in the market.", {"agent_crowd"}),
        ("The harbour was seized by separatist fighters overnight.", {"agent_armed"}),
        ("Pro-government militias pushed the jihadists out of the oasis.",
         {"agent_state", "patient_armed"}),
    ],
)  # fmt: skip
def test_roles_agent_and_patient(text: str, expected: set[str]) -> None:
    assert role_names(text) == expected


def test_roles_a_speaker_is_not_the_agent() -> None:
    assert role_names("Villagers said gunmen burned the granary.") == {"agent_armed"}
    assert role_names("According to the police, bandits took the herd.") == {"agent_armed"}


def test_roles_a_speaker_who_is_the_subject_stays_the_agent() -> None:
    names = role_names("The military said it had regained the crossing from the militants.")
    assert {"agent_state", "from_armed"} <= names


def test_roles_vector_matches_names() -> None:
    vector = role_features("Police broke up a rally outside the ministry.")
    assert len(vector) == len(FEATURES)
    on = {name for name, v in zip(FEATURES, vector, strict=True) if v}
    assert on == {"agent_state", "patient_protest"}
    assert role_features("The weather was mild.") == [0.0] * len(FEATURES)


def test_roles_the_stored_model_reads_them() -> None:
    stored = json.loads(_typemodel.WEIGHTS.read_text(encoding="utf-8"))
    assert stored["role_features"] == list(FEATURES)
    assert stored["role_weight"] == _typemodel.ROLE_WEIGHT > 0
    assert len(stored["coef"][0]) == DIMENSION + len(FEATURES)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "other"),
    [
        ("Rebels seized the river port from the army after two days of fighting.",
         "Non-state actor overtakes territory", "Government regains territory"),
        ("The army took back the river port from the rebels after two days of fighting.",
         "Government regains territory", "Non-state actor overtakes territory"),
    ],
)  # fmt: skip
def test_roles_the_classifier_tells_who_took_a_place(text: str, expected: str, other: str) -> None:
    probs = _typemodel.type_probabilities(text, Settings(progress=False))
    assert probs[expected] > probs[other]
