"""newsfuse.web._highlight: the article page's spans, overlapping ones included."""

from __future__ import annotations

import webdata

from newsfuse.web._highlight import Mark, claim_marks, mention_marks, segments


def test_highlight_segments_cover_the_text_once() -> None:
    text = "Four people were hurt in the town square."
    marks = [Mark(0, 11, "count", "injured: 4"), Mark(29, 40, "place", "place: square")]
    pieces = segments(text, marks)
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.kinds) for p in pieces] == [
        ("Four people", ["count"]),
        (" were hurt in the ", []),
        ("town square", ["place"]),
        (".", []),
    ]


def test_highlight_overlapping_spans_split_and_keep_both_labels() -> None:
    text = "abcdefghij"
    pieces = segments(text, [Mark(0, 6, "trigger", "t"), Mark(3, 9, "count", "c")])
    assert [(p.text, p.kinds) for p in pieces] == [
        ("abc", ["trigger"]),
        ("def", ["count", "trigger"]),
        ("ghi", ["count"]),
        ("j", []),
    ]
    assert pieces[1].title == "t; c"


def test_highlight_drops_spans_outside_the_text() -> None:
    pieces = segments("short", [Mark(2, 99, "count", "x"), Mark(3, 3, "date", "y")])
    assert [(p.text, p.kinds) for p in pieces] == [("short", [])]


def test_highlight_mention_marks_every_field_with_evidence() -> None:
    mention = webdata.mention("ew-1", [], "Green Zone", "2020-11-17")
    kinds = sorted(m.kind for m in mention_marks(mention))
    assert kinds == ["actor", "date", "place", "trigger"]
    art = webdata.article("ew-1")
    for mark in mention_marks(mention):
        assert 0 <= mark.start < mark.end <= len(art.text)


def test_highlight_claim_marks_only_for_this_article() -> None:
    events = webdata.events()
    art = webdata.article("ht-1")
    marks = claim_marks(art.id, events)
    quotes = sorted(art.text[m.start : m.end] for m in marks)
    assert quotes == ["Two security guards were wounded", "shot down three rockets"]
