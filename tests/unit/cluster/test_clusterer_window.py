from __future__ import annotations

import datetime as dt

from _cluster_make import article, mention

from newsfuse.cluster import Clusterer
from newsfuse.settings import Settings


def _day(n: int) -> str:
    return (dt.date(2020, 1, 1) + dt.timedelta(days=n)).isoformat()


def test_clusterer_window_bounds_memory() -> None:
    """Distinct daily events: clusters leave the window, then the archive, then memory."""
    settings = Settings(cluster_window_days=3, cluster_archive_days=10)
    c = Clusterer(settings)
    syl = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "bo"]
    for n in range(60):
        made = [syl[n % 10] + syl[(n // 10 + k) % 10] + syl[k] + "x" for k in range(6)]
        text = f"{made[0]} {made[1]} reported {made[2]} near {made[3]} while {made[4]} {made[5]}."
        art = article(f"x{n}", text, _day(n))
        c.add(mention(art), art)
    assert c.open_count() <= 12
    assert len(c.clusters()) == 60
    assert len({cl.id for cl in c.clusters()}) == 60


def test_clusterer_window_archive_reopens_for_follow_up() -> None:
    """A follow-up report weeks later, sharing the rare names, joins the archived event."""
    settings = Settings(cluster_window_days=3, cluster_archive_days=100)
    text = "Brannock Velasquez was charged in the Quillfeather Mall shooting in Ostrava Falls."
    first = article("f0", text, _day(0))
    c = Clusterer(settings)
    d0 = c.add(mention(first), first)
    for n in range(1, 30):
        art = article(
            f"y{n}", f"Unrelated council vote number {n} on road budget item {n}.", _day(n)
        )
        c.add(mention(art), art)
    late = article("f1", text + " The trial opened on Monday.", _day(30))
    d1 = c.add(mention(late), late)
    assert d1.action == "merge" and d1.cluster_id == d0.cluster_id
    assert "archive" in d1.reason
