"""Time windows with overlap: the grid, the clusterer's clock, and the merge of window clusters.

Pure functions: no Spark session is started here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from newsfuse.models import Article, Cluster, DateClaim, Decision, EventMention
from newsfuse.spark._windows import (
    Seed,
    Windows,
    clock_days,
    freeze_group,
    merge_windows,
    window_seeds,
)

DAY0 = dt.date(2024, 5, 1).toordinal()


def _iso(offset: int) -> str:
    return dt.date.fromordinal(DAY0 + offset).isoformat()


def _mention(mid: str, published: int | None, event: int | None = None) -> EventMention:
    date = None
    if event is not None:
        date = DateClaim(_iso(event), _iso(event), "day", "absolute")
    return EventMention(
        id=mid,
        article_id=mid.split(":")[0],
        event_type="violence",
        sub_event_type="attack",
        is_main=True,
        date=date,
        published=None if published is None else _iso(published),
    )


def _cluster(cid: str, *mids: str) -> Cluster:
    decisions = tuple(
        Decision(m, cid, "new" if i == 0 else "merge", 0.9, {}, f"joined {cid}")
        for i, m in enumerate(mids)
    )
    return Cluster(id=cid, mention_ids=mids, decisions=decisions)


def test_windows_core_and_overlap() -> None:
    grid = Windows(origin=DAY0, length=7, overlap=3)
    assert grid.of(DAY0 + 2) == [0]
    assert grid.of(DAY0 + 5) == [0, 1]  # within 3 days of window 1: read there too
    assert grid.of(DAY0 + 7) == [1]
    assert grid.of(None) == [0]


def test_windows_overlap_longer_than_a_window() -> None:
    grid = Windows(origin=DAY0, length=2, overlap=5)
    assert grid.of(DAY0 + 1) == [0, 1, 2, 3]


def test_clock_days_place_undated_mentions_at_their_event_day() -> None:
    mentions = [
        _mention("a:0", published=None, event=2),  # read apart: placed where its event is
        _mention("b:0", published=3),
        _mention("c:0", published=25),
        _mention("d:0", published=None),  # no date at all: at the clock, after the stream
    ]
    clock = clock_days(mentions, {})
    assert clock == {"a:0": DAY0 + 2, "b:0": DAY0 + 3, "c:0": DAY0 + 25, "d:0": DAY0 + 25}


def test_clock_days_follow_publication_without_undated_mentions() -> None:
    clock = clock_days([_mention("a:0", 1), _mention("b:0", 9)], {})
    assert clock == {"a:0": DAY0 + 1, "b:0": DAY0 + 9}


def test_merge_windows_joins_an_event_that_straddles_the_boundary() -> None:
    # window 0 owns a, b; window 1 owns c and read b (its prefix) first.
    window0 = [_cluster("ev-000000000000000a", "a:0", "b:0")]
    window1 = [_cluster("ev-000000000000000b", "b:0", "c:0")]
    merged = merge_windows([(1, window1), (0, window0)], {"a:0": 0, "b:0": 0, "c:0": 1})
    assert [(gid, ids) for gid, ids, _ in merged] == [
        ("ev-000000000000000a", ["a:0", "b:0", "c:0"])
    ]
    decisions = merged[0][2]
    assert [d.cluster_id for d in decisions] == ["ev-000000000000000a"] * 3
    assert decisions[2].reason == "joined ev-000000000000000a"  # local id rewritten


def test_merge_windows_never_changes_an_earlier_decision() -> None:
    # window 1 put two prefix mentions of different events together: each keeps its owner's
    # event, and the new mention joins the one holding most of the prefix (then the earliest).
    window0 = [_cluster("ev-00000000000000a0", "a:0"), _cluster("ev-00000000000000b0", "b:0")]
    window1 = [_cluster("ev-00000000000000a1", "a:0", "b:0", "c:0")]
    owned = {"a:0": 0, "b:0": 0, "c:0": 1}
    merged = merge_windows([(0, window0), (1, window1)], owned)
    assert [(gid, ids) for gid, ids, _ in merged] == [
        ("ev-00000000000000a0", ["a:0", "c:0"]),
        ("ev-00000000000000b0", ["b:0"]),
    ]


def test_merge_windows_keeps_new_events_of_a_later_window() -> None:
    window0 = [_cluster("ev-00000000000000a0", "a:0")]
    window1 = [_cluster("ev-00000000000000c0", "c:0"), _cluster("ev-00000000000000a1", "a:0")]
    merged = merge_windows([(0, window0), (1, window1)], {"a:0": 0, "c:0": 1})
    assert [gid for gid, _, _ in merged] == ["ev-00000000000000a0", "ev-00000000000000c0"]


def test_freeze_group_dates_the_event_like_the_clusterer() -> None:
    mentions = [_mention("a:0", published=2), _mention("b:0", published=3, event=1)]
    articles = {
        m.article_id: Article(id=m.article_id, input_id=m.article_id, text="x") for m in mentions
    }
    cluster = freeze_group("ev-1", mentions, [], articles)
    assert cluster.mention_ids == ("a:0", "b:0")
    assert cluster.date is not None and cluster.date.date == _iso(1)
    assert not cluster.background


def test_window_seeds_count_what_was_read_before_the_window() -> None:
    grid = Windows(origin=DAY0, length=7, overlap=2)
    per_day = {
        DAY0 + 1: (2, Counter({"flood": 2, "river": 1})),
        DAY0 + 6: (1, Counter({"river": 1})),  # read by window 0 and, as overlap, window 1
        DAY0 + 8: (1, Counter({"river": 1, "bridge": 1})),
    }
    seeds = window_seeds(per_day, grid)
    assert seeds[0] == Seed(0, {})
    # window 1 reads from day 5: it starts from the 2 mentions of day 1 ("flood" not read)
    assert seeds[1] == Seed(2, {"river": 1})
