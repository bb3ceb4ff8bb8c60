"""Gunshot wounds say who was shot, not who lived (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from _count_kinds import kinds

from newsfuse.models import AnnotatedArticle
from newsfuse.settings import Settings

Make = Callable[..., AnnotatedArticle]


def _kinds(settings: Settings, text: str) -> list[tuple[str, int]]:
    return kinds(settings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three victims suffered gunshot wounds in the Elmford bar.", ("shot", 3)),
        ("A teenage boy with a gunshot wound was found on a porch in Elmford.", ("shot", 1)),
        ("A man suffered a non-life-threatening gunshot wound in Elmford.", ("injured", 1)),
        ("A woman suffered minor injuries in the Elmford crash.", ("injured", 1)),
        ("Two guards sustained serious gunshot wounds at the Elmford depot.", ("injured", 2)),
        ("A woman suffered a fatal gunshot wound in Elmford on Friday.", ("killed", 1)),
    ],
)  # fmt: skip
def test_wound_kinds(settings: Settings, text: str, expected: tuple[str, int]) -> None:
    kinds = _kinds(settings, text)
    assert expected in kinds
    if expected[0] == "shot":  # the wound alone does not say they lived
        assert all(kind != "injured" for kind, _n in kinds)
