from __future__ import annotations

import hashlib

from _cluster_make import SHOOTING_A, SHOOTING_A2, SHOOTING_B, article, mention

import newsfuse.cluster
from newsfuse.cluster import cluster
from newsfuse.settings import Settings


def _inputs() -> tuple[list, dict]:
    a1 = article("a1", SHOOTING_A, "2021-03-07")
    a2 = article("a2", SHOOTING_A2, "2021-03-08")
    b = article("b1", SHOOTING_B, "2021-03-08")
    ms = [
        mention(a2, city="Elmsfield", injured=2),
        mention(b, date="2021-03-09", city="Dunmore", killed=1),
        mention(a1, date="2021-03-06", city="Elmsfield", injured=2),
    ]
    return ms, {a.id: a for a in (a1, a2, b)}


def test_cluster_batch_is_deterministic_and_ordered_by_publication() -> None:
    ms, arts = _inputs()
    one = cluster(ms, arts, Settings())
    two = cluster(list(reversed(ms)), arts, Settings())
    assert one == two
    first = one[0]
    assert first.mention_ids[0] == "a1#m0"  # published first, so it starts the event
    assert first.id == "ev-" + hashlib.sha1(b"a1#m0").hexdigest()[:16]


def test_cluster_batch_api_is_pinned() -> None:
    assert newsfuse.cluster.__all__ == ["Clusterer", "anchor_dates", "cluster", "document_mention"]
