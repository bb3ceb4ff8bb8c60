"""newsfuse.web._views: headlines, claim verdicts, outlet comparison, timeline, map frame."""

from __future__ import annotations

import pytest
import webdata

from newsfuse.web import _views


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ({"value": 7}, "agrees"),
        ({"value": 5, "qualifier": "at_least"}, "consistent (at least)"),
        ({"value": 9, "qualifier": "at_most"}, "consistent (at most)"),
        ({"value": 3}, "differs: lower"),
        ({"value": 9}, "differs: higher"),
        ({"value": 5, "subgroup": "civilians"}, "part of the total (civilians)"),
        ({"value": 4, "subgroup": "children"}, "counts children only"),
    ],
)
def test_views_claim_verdict(claim: dict[str, object], expected: str) -> None:
    res = {"best": 7, "breakdown": {"civilians": 5}}
    assert _views.claim_verdict(claim, res)[1] == expected


def test_views_claim_verdict_without_a_best_figure() -> None:
    assert _views.claim_verdict({"value": 2}, {"best": None}) == ("unknown", "not resolved")


def test_views_headline_and_labels() -> None:
    ev = webdata.events()[0]
    assert _views.event_headline(ev) == (
        "Shelling/artillery/missile attack · Green Zone, Baghdad, IQ · 2020-11-17"
    )
    assert _views.count_label(ev) == "1 killed · 7 injured · 3 intercepted"
    assert _views.place_label(None) == "unknown place"
    assert _views.event_headline({"id": "x"}) == "Event · unknown place · undated"


def test_views_count_kinds_reading_order() -> None:
    assert _views.count_kinds({"fired": 1, "zeta": 1, "injured": 1, "killed": 1}) == [
        "killed",
        "injured",
        "fired",
        "zeta",
    ]


def test_views_claim_rows_name_the_outlet() -> None:
    ev = webdata.events()[0]
    arts = [
        {"id": webdata.article(i).id, "input_id": i, "outlet": webdata.TEXTS[i][0]}
        for i in ("tc-1", "ht-1", "ew-1", "np-1")
    ]
    rows = _views.claim_rows(ev, _views.outlet_map(arts))
    injured = next(r for r in rows if r["kind"] == "injured")
    assert [c["outlet"] for c in injured["claims"]] == [
        "Tigris Courier",
        "Harbor Times",
        "Eastern Wire",
        "Northern Post",
    ]
    kinds, comparison = _views.outlet_comparison(ev, arts)
    assert kinds == ["killed", "injured", "intercepted"]
    harbor = next(r for r in comparison if r["outlet"] == "Harbor Times")
    assert [c["value"] for c in harbor["figures"]["injured"]] == [2]
    assert harbor["known"] and harbor["coverage"]["outlet"] == "Harbor Times"


def test_views_timeline_puts_the_event_first_and_undated_last() -> None:
    ev = {"date": "2020-01-02", "id": "e"}
    arts = [
        {"id": "a", "input_id": "a", "published": None},
        {"id": "b", "input_id": "b", "published": "2020-01-03"},
    ]
    items = _views.timeline(ev, arts)
    assert [i["kind"] for i in items] == ["event", "article", "article"]
    assert items[-1]["when"] is None


def test_views_map_frame_contains_its_points() -> None:
    points = _views.map_points(webdata.events())
    assert len(points) == 3
    view = _views.map_view(points)
    left, top, width, height = (float(v) for v in view["box"].split())
    for p in points:
        assert left <= p["x"] <= left + width and top <= p["y"] <= top + height
    assert view["lines"]
    assert _views.map_view([])["box"] == "0 0 360 180"
