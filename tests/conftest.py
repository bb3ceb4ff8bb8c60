"""Fixtures shared by every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_path() -> Path:
    """../shared beside the repository, or $NEWSFUSE_SHARED."""
    return Path(os.environ.get("NEWSFUSE_SHARED", REPO.parent / "shared"))


@pytest.fixture
def shared_dir() -> Path:
    path = shared_path()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (set NEWSFUSE_SHARED)")
    return path


@pytest.fixture
def repo_dir() -> Path:
    return REPO
