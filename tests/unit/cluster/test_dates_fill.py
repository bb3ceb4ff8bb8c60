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


def test_dates_fill_undated_report_joins_an_event_of_months_before() -> None:
    """Undated mentions are read after the dated stream; an event months old is archived, not
    forgotten (``cluster_archive_days``), so the undated report still joins it."""
    a1 = article("a1", SHOOTING_A, "2021-03-07")
    later = [
        article(f"z{i}", f"Council of Brindlemoor {i} debates a budget of parks.", f"2021-0{i}-02")
        for i in range(5, 10)
    ]
    undated = article("a2", SHOOTING_A2, None)
    ms = [mention(a1, date="2021-03-06", city="Elmsfield")]
    ms += [mention(z, city="Brindlemoor") for z in later] + [mention(undated, city="Elmsfield")]
    arts = {a.id: a for a in (a1, undated, *later)}
    out = cluster(ms, arts, Settings())
    joined = next(c for c in out if "a2#m0" in c.mention_ids)
    assert joined.mention_ids == ("a1#m0", "a2#m0")
    assert joined.date is not None and joined.date.date == "2021-03-06"
    # the dated stream is read as without the undated report: the same decisions
    alone = cluster([m for m in ms if m.article_id != "a2"], arts, Settings())
    mine = [d for c in out for d in c.decisions if d.mention_id != "a2#m0"]
    assert sorted(mine, key=lambda d: d.mention_id) == sorted(
        (d for c in alone for d in c.decisions), key=lambda d: d.mention_id
    )
