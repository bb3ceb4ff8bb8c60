"""The clean package's public entry points are pinned."""

from __future__ import annotations

import newsfuse.clean


def test_api_exports_entry_functions() -> None:
    assert sorted(newsfuse.clean.__all__) == ["clean", "clean_many", "recurring_lines"]
