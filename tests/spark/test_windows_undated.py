"""Undated mentions in the windowed clustering: read last, against the events alive at the end
of the dated stream, as the single-process clusterer reads them.

The Spark job's driver logic is replayed here without Spark (the same pure functions), so the
test is fast and needs no JVM. Invented text only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from newsfuse.cluster import Clusterer, cluster
from newsfuse.cluster._features import day_of
from newsfuse.models import Article, DateClaim, EventMention, Evidence
from newsfuse.settings import Settings
from newsfuse.spark._tasks import cluster_undated, cluster_window, day_counts
from newsfuse.spark._windows import (
    Group,
    Windows,
    add_counts,
    add_undated,
    alive_events,
    clock_days,
    merge_windows,
    reading_key,
    stream_key,
    whole_seed,
    window_seeds,
)

DAY0 = dt.date(2023, 3, 1)
SETTINGS = Settings(cluster_window_days=3, cluster_archive_days=60, spark_cluster_days=5)
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "bo"]


def _iso(n: int) -> str:
    return (DAY0 + dt.timedelta(days=n)).isoformat()


def _item(aid: str, text: str, published: int | None, event: int | None = None) -> Item:
    day = None if published is None else _iso(published)
    art = Article(id=aid, input_id=f"in-{aid}", text=text, title=text[:40], published=day)
    ev = Evidence(aid, 0, 10, text[:10])
    date = DateClaim(_iso(event), _iso(event), "day", "absolute", ev) if event is not None else None
    m = EventMention(
        id=f"{aid}#m0",
        article_id=aid,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        is_main=True,
        trigger=ev,
        date=date,
        published=art.published,
    )
    return m, art


Item = tuple[EventMention, Article]


def _filler(n: int) -> str:
    made = [
        SYLLABLES[n % 10] + SYLLABLES[(n // 10 + k) % 10] + SYLLABLES[k] + "q" for k in range(6)
    ]
    return f"{made[0]} {made[1]} {made[2]}, {made[3]} {made[4]} {made[5]}."  # no shared word


EVENT = (
    "Gunfire at the Marrowby Depot in Tollcrest wounded four guards, Inspector Halloran Voss "
    "said; the Quennell brothers were named as suspects."
)
FOLLOW = (
    "The Quennell brothers appeared in court in Tollcrest over the Marrowby Depot gunfire; "
    "Inspector Halloran Voss gave evidence."
)
OTHER = "Floodwater closed the Pellington ferry at Grisholt after the Ansley dyke gave way."


def _corpus() -> list[Item]:
    items = [_item("a0", EVENT, 0, 0), _item("a1", EVENT.replace("four", "4"), 1, 0)]
    items += [_item(f"f{n:02d}", _filler(n), n) for n in range(2, 24)]
    items += [_item("u0", FOLLOW, None), _item("u1", OTHER, None, 20)]
    items += [_item("u2", OTHER.replace("closed", "shut"), None)]
    return items


def _windowed(items: list[Item], settings: Settings) -> list[Group]:
    """What ``cluster_spark`` does, with plain loops in place of the RDDs."""
    arts = {a.id: a for _, a in items}
    flat = {m.id: m for m, _ in items}
    undated = {i for i, m in flat.items() if day_of(stream_key(m, arts)) is None}
    days = {i: d for i, d in clock_days(flat.values(), arts).items() if i not in undated}
    grid = Windows.over(days.values(), settings.spark_cluster_days, settings.cluster_window_days)
    per_day: dict[int | None, tuple[int, Counter[str]]] = {}
    for m, a in items:
        for day, counts in day_counts((a, (m,)), days):
            per_day[day] = add_counts(per_day[day], counts) if day in per_day else counts
    seeds = window_seeds(per_day, grid)
    owned_by = {mid: grid.core(day) for mid, day in days.items()}
    parts: dict[int, list[Item]] = {}
    for m, a in items:
        for k in grid.of(days[m.id]) if m.id in days else ():
            parts.setdefault(k, []).append((m, a))
    local = {
        k: cluster_window(part, settings, seeds[k], {i for i, o in owned_by.items() if o == k})
        for k, part in parts.items()
    }
    groups = merge_windows([(k, cl) for k, (cl, _) in local.items()], owned_by)
    features = {f.mention_id: f for _, kept in local.values() for f in kept}
    end = max(days.values())
    horizon = max(settings.cluster_archive_days, settings.cluster_window_days)
    seen = {i: f.published_day for i, f in features.items()}
    alive = sorted(
        alive_events(groups, seen, end, horizon), key=lambda x: reading_key(flat[x[0]], arts)
    )
    replay = [(features[mid], gid, seq, d, days[mid]) for mid, gid, seq, d in alive]
    late = sorted((flat[i] for i in undated), key=lambda m: reading_key(m, arts))
    tail = cluster_undated(
        [(m, arts[m.article_id]) for m in late], replay, settings, whole_seed(per_day), end
    )
    return add_undated(groups, tail, undated)


def test_windows_undated_follow_up_joins_an_event_of_an_earlier_window() -> None:
    items = _corpus()
    want = cluster([m for m, _ in items], {a.id: a for _, a in items}, SETTINGS)
    joined = next(c for c in want if "u0#m0" in c.mention_ids)
    assert "a0#m0" in joined.mention_ids  # the undated report reopens the archived event
    got = _windowed(items, SETTINGS)
    assert [(gid, tuple(ids)) for gid, ids, _ in got] == [(c.id, c.mention_ids) for c in want]
    # the undated mentions meet the same events in the same state: the same decisions, scores
    # included (a dated one may differ in a near-miss note about a cluster its window missed)
    late = {"u0#m0", "u1#m0", "u2#m0"}
    assert [d for _, _, ds in got for d in ds if d.mention_id in late] == [
        d for c in want for d in c.decisions if d.mention_id in late
    ]


def test_windows_undated_events_frozen_before_the_end_are_not_replayed() -> None:
    decisions = cluster(
        [m for m, _ in _corpus()[:2]], {a.id: a for _, a in _corpus()[:2]}, SETTINGS
    )
    groups: list[Group] = [
        ("ev-old", ["a0#m0"], list(decisions[0].decisions[:1])),
        ("ev-new", ["a1#m0"], list(decisions[0].decisions[1:])),
    ]
    seen = {"a0#m0": 10, "a1#m0": 50}
    alive = alive_events(groups, seen, end=80, horizon=60)
    assert [(mid, gid, seq) for mid, gid, seq, _ in alive] == [("a1#m0", "ev-new", 1)]


def test_windows_undated_restore_rebuilds_the_streaming_state() -> None:
    items = _corpus()
    arts = {a.id: a for _, a in items}
    ordered = sorted((m for m, _ in items), key=lambda m: reading_key(m, arts))
    stream = Clusterer(SETTINGS)
    replayed = Clusterer(SETTINGS)
    for m in ordered:
        if m.published is None:
            break
        f = stream.read(m, arts[m.article_id])
        decision = stream.add_features(f)
        replayed.restore(f, decision.cluster_id, len(replayed.clusters()), decision)
    assert replayed.clusters() == stream.clusters()
