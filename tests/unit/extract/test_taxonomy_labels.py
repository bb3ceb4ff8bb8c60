"""The taxonomy: ACLED names verbatim, our extra types, and external label mapping."""

from __future__ import annotations

import re
from pathlib import Path

from newsfuse.extract import TAXONOMY, map_external_labels
from newsfuse.extract.taxonomy import PARENT, external_label

DOC = Path(__file__).resolve().parents[3] / "docs" / "event_types.md"


def test_taxonomy_has_acled_and_extra_names() -> None:
    assert "Shelling/artillery/missile attack" in TAXONOMY["Explosions/Remote violence"]
    assert "Air/drone strike" in TAXONOMY["Explosions/Remote violence"]
    assert "Attack" in TAXONOMY["Violence against civilians"]
    assert "Armed clash" in TAXONOMY["Battles"]
    assert "Peaceful protest" in TAXONOMY["Protests"]
    for extra in (
        "Organized crime",
        "Natural disaster",
        "Man-made disaster",
        "Diplomatic event",
        "Attribution of responsibility",
    ):
        assert PARENT[extra] == extra


def test_taxonomy_maps_labels_through_quoted_names() -> None:
    labels = [
        {"label": "BOOM", "description": 'Source "Grenade": a thrown explosive.'},
        {"label": "SKY", "description": "Source “air/drone strike”: from the air."},
        {"label": "NOPE", "description": 'Source "Something else": not ours.'},
    ]
    mapping = map_external_labels(labels)
    assert mapping == {
        "BOOM": ("Explosions/Remote violence", "Grenade"),
        "SKY": ("Explosions/Remote violence", "Air/drone strike"),
    }


def test_taxonomy_crime_types_fall_back_to_attack() -> None:
    mapping = {"HIT": ("Violence against civilians", "Attack")}
    assert external_label("Shooting", mapping) == "HIT"
    assert external_label("Attack", mapping) == "HIT"
    assert external_label("Grenade", mapping) is None


def test_taxonomy_every_type_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    documented = set(re.findall(r"`([^`]+)`", text))
    missing = [name for name in [*TAXONOMY, *PARENT] if name not in documented]
    assert not missing, f"not in docs/event_types.md: {missing}"
