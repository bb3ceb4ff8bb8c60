"""The ingest package's public names and the documentation of its reason codes."""

from __future__ import annotations

from pathlib import Path

import newsfuse.ingest
from newsfuse.ingest import REASONS

DOC = Path(__file__).resolve().parents[3] / "docs" / "ingest.md"


def test_ingest_api_public_names_are_pinned() -> None:
    assert sorted(newsfuse.ingest.__all__) == ["REASONS", "ingest"]


def test_ingest_api_every_reason_code_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert not [reason for reason in REASONS if f"`{reason}`" not in text]
