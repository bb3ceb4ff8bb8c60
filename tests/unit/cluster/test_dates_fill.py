from __future__ import annotations

from _cluster_make import SHOOTING_A, SHOOTING_A2, article, mention

from newsfuse.cluster import cluster
from newsfuse.settings import Settings


def test_dates_fill_undated_member_takes_event_date_with_reason() -> None:
    a1 = article("a1", SHOOTING_A, "2021-03-07")
    a2 = article("a2", SHOOTING_A2, "2021-03-08")
    ms = [mention(a1, date="2021-03-06", city="Elmsfield"), mention(a2, city="Elmsfield")]
    (only,) = cluster(ms, {a.id: a for a in (a1, a2)}, Settings())
    assert only.date is not None and only.date.date == "2021-03-06"
    assert only.date.evidence is not None  # cites where the date is stated
    assert "a2#m0" in only.date_reason and "undated" in only.date_reason


def test_dates_fill_from_publication_when_nothing_is_stated() -> None:
    a1 = article("a1", SHOOTING_A, "2021-03-07")
    (only,) = cluster([mention(a1)], {"a1": a1}, Settings())
    assert only.date is not None and only.date.how == "published"
    assert "publication" in only.date_reason
