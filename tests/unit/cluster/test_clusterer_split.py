from __future__ import annotations

from _cluster_make import SHOOTING_A, SHOOTING_A2, article, mention

from newsfuse.cluster import Clusterer
from newsfuse.settings import Settings


def test_clusterer_split_same_place_a_month_later() -> None:
    """Same tavern, same words, but a stated date a month later and other counts: apart."""
    a1 = article("a1", SHOOTING_A, "2021-03-07")
    later = article("a9", SHOOTING_A2 + " One man died.", "2021-04-10")
    c = Clusterer(Settings(cluster_window_days=60))
    first = c.add(mention(a1, date="2021-03-06", city="Elmsfield", injured=2), a1)
    second = c.add(mention(later, date="2021-04-09", city="Elmsfield", killed=1), later)
    assert second.cluster_id != first.cluster_id
    assert second.action == "split"  # a near miss, explained against the first event
    assert first.cluster_id in second.reason
    assert second.evidence["time"] == 0.0
    assert "kept apart" in second.reason


def test_clusterer_split_same_article_mentions_stay_apart() -> None:
    a1 = article("a1", SHOOTING_A, "2021-03-07")
    c = Clusterer(Settings())
    main = c.add(mention(a1, "m0", date="2021-03-06", city="Elmsfield"), a1)
    again = c.add(mention(a1, "m1", date="2021-03-06", city="Elmsfield"), a1)
    assert main.cluster_id != again.cluster_id
