"""Line kinds from a line's own shape and wording."""

from __future__ import annotations

import pytest

from newsfuse.clean import _features as F


def _kind(text: str) -> str:
    return F.classify(text, F.text_size(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The council voted on Tuesday to widen the harbour road, ending a long dispute.", F.TEXT),
        ("Subscribe to our newsletter", F.BOILERPLATE),
        ("Your support keeps our reporters on the street.", F.BOILERPLATE),
        ("READ: Harbour road plans go on show", F.RELATED),
        ("Read also :", F.RELATED),
        ("Leave a Comment", F.COMMENT),
        ("Harbour master Ola Brink at the quay on May 2, 2020. (Photo: Staff/AFP)", F.CAPTION),
        (
            "Dockers clear the quay on May 3, 2020, after the storm. Photo: Tove Lind / Quay Post",
            F.CAPTION,
        ),
        ("The harbour master said the storm had passed. The quay reopened on Monday.", F.TEXT),
        ("By Ola Brink and Tove Lind", F.BYLINE),
        ("May 2, 2020 at 9:41 am", F.DATELINE),
        ("| |", F.JUNK),
        ("Harbour road widening approved after long dispute", F.HEADLINE),
    ],
)
def test_features_classify_kinds(text: str, kind: str) -> None:
    assert _kind(text) == kind


def test_features_name_and_role_lines() -> None:
    assert F.is_name("Tove Lind")
    assert not F.is_name("Recommended for you")
    assert F.is_role("Harbour Correspondent")


def test_features_cjk_text_has_size() -> None:
    assert F.text_size("港口道路拓宽工程周二获得批准。") >= 6
