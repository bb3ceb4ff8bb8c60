from __future__ import annotations

from _cluster_make import SHOOTING_A, SHOOTING_B, article, mention

from newsfuse.cluster import Clusterer, document_mention
from newsfuse.models import Evidence
from newsfuse.settings import Settings


def test_clusterer_background_mention_attaches_to_earlier_event() -> None:
    a1 = article("a1", SHOOTING_A, "2021-03-07", "Two wounded outside Elmsfield tavern")
    recap = SHOOTING_B + (
        " The county saw other gunfire this month: two men were wounded outside the Larkspur "
        "Tavern on Quimby Road in Elmsfield, where the shooter fled in a grey sedan."
    )
    b = article("b1", recap, "2021-03-08")
    c = Clusterer(Settings())
    first = c.add(mention(a1, date="2021-03-06", city="Elmsfield", injured=2), a1)
    main = c.add(mention(b, date="2021-02-20", city="Dunmore", killed=1), b)
    assert main.cluster_id != first.cluster_id
    start = recap.index("two men were")
    bg = mention(b, "m1", is_main=False, date="2021-03-06", city="Elmsfield", injured=2)
    bg = bg.__class__(**{**bg.__dict__, "trigger": Evidence("b1", start, start + 20, "")})
    decision = c.add(bg, b)
    assert decision.action == "merge" and decision.cluster_id == first.cluster_id


def test_clusterer_background_alone_is_a_low_weight_event() -> None:
    b = article("b1", SHOOTING_B, "2021-03-08")
    c = Clusterer(Settings())
    decision = c.add(mention(b, "m1", is_main=False, city="Dunmore"), b)
    assert decision.action == "new" and "background" in decision.reason
    (only,) = c.clusters()
    assert only.background


def test_clusterer_background_document_mention_stands_in() -> None:
    b = article("b1", SHOOTING_B, "2021-03-08")
    m = document_mention(b)
    assert m.is_main and m.article_id == "b1"
    assert Clusterer(Settings()).add(m, b).action == "new"
