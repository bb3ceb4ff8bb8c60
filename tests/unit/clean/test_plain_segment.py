"""The plain-text classifier's choice of the main text: comments, lists, link boxes."""

from __future__ import annotations

from newsfuse.clean import clean
from newsfuse.models import RawDocument
from newsfuse.settings import Settings

from ._clean_pages import PARAS

SETTINGS = Settings(reference_time="2021-06-01T00:00:00+00:00")
COMMENTS = [
    "I have crossed that bridge every morning for twenty years and never once noticed a crack "
    "in it, so I am surprised that the inspectors found anything wrong with the arches at all.",
    "The ferry will be a nightmare for anyone with a pram or a bicycle, and the council should "
    "have planned for this months ago instead of leaving everyone to find out from the paper.",
    "Six weeks is optimistic for a bridge that old; I would be amazed if it reopens before the "
    "spring, and the traders on the square are right to be worried about the autumn fair.",
]


def _clean(text: str) -> str:
    return clean(RawDocument("p", "p.txt", "text/plain", text), SETTINGS).text


def test_plain_segment_comments_after_the_article_are_left_out() -> None:
    page = "\n\n".join(
        ["Bridge to close for repairs", PARAS[0], PARAS[1], "12 Comments", *COMMENTS * 2]
    )
    text = _clean(page)
    assert PARAS[0] in text and PARAS[1] in text
    assert COMMENTS[0] not in text


def test_plain_segment_list_announced_by_a_colon_is_kept() -> None:
    items = ["Monday: surveyors on site", "Tuesday: scaffolding goes up", "Friday: arch repairs"]
    lines = ["Home", "News", "", PARAS[0], PARAS[1], "The timetable:", *items, "", "Share"]
    page = "\n".join(lines)
    text = _clean(page)
    assert all(item in text for item in items)
    assert "Share" not in text


def test_plain_segment_related_links_inside_the_article_are_removed() -> None:
    page = "\n".join([PARAS[0], "Related stories:", "» Ferry fares to rise", PARAS[1], PARAS[2]])
    text = _clean(page)
    assert "Ferry fares" not in text
    assert PARAS[2] in text


def test_plain_segment_gallery_caption_repeated_is_removed() -> None:
    caption = "Workers inspect the cracked arch of the old stone bridge in Lowmarsh on a grey day"
    page = "\n".join([caption, PARAS[0], caption, PARAS[1], PARAS[2]])
    text = _clean(page)
    assert caption not in text and PARAS[1] in text
