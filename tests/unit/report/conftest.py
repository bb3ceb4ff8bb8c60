"""Report tests use the invented rocket story of the reconcile tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reconcile"))

from reconcile_story import Story, rocket_story

from newsfuse.models import Event


@pytest.fixture
def story() -> Story:
    return rocket_story()


@pytest.fixture
def event(story: Story) -> Event:
    return story.event()
