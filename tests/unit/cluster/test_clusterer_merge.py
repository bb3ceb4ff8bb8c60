from __future__ import annotations

import pytest
from _cluster_make import SHOOTING_A, SHOOTING_A2, SHOOTING_B, article, mention

from newsfuse.cluster import Clusterer
from newsfuse.errors import StageError
from newsfuse.settings import Settings


def test_clusterer_merge_two_reports_of_one_shooting() -> None:
    a1 = article("a1", SHOOTING_A, "2021-03-07", "Two wounded outside Elmsfield tavern")
    a2 = article("a2", SHOOTING_A2, "2021-03-08", "Gunman sought after Larkspur Tavern shooting")
    b = article("b1", SHOOTING_B, "2021-03-08", "Teen killed in Dunmore drive-by")
    c = Clusterer(Settings())
    first = c.add(mention(a1, date="2021-03-06", city="Elmsfield", injured=2), a1)
    other = c.add(mention(b, date="2021-03-09", city="Dunmore", killed=1, injured=3), b)
    second = c.add(mention(a2, city="Elmsfield", injured=2), a2)
    assert first.action == "new"
    assert other.action in {"new", "split"}
    assert second.action == "merge"
    assert second.cluster_id == first.cluster_id
    assert {"time", "place", "actors", "counts", "text"} <= set(second.evidence)
    assert second.score >= Settings().cluster_threshold
    assert "same event" in second.reason
    assert len(c.clusters()) == 2


def test_clusterer_merge_needs_article_to_match() -> None:
    a1 = article("a1", SHOOTING_A, "2021-03-07")
    b = article("b1", SHOOTING_B, "2021-03-08")
    c = Clusterer(Settings())
    with pytest.raises(StageError):
        c.add(mention(a1), b)
