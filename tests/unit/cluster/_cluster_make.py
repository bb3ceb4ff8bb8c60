"""Hand-built articles and mentions for the cluster tests (invented text only)."""

from __future__ import annotations

from newsfuse.cluster import cluster
from newsfuse.models import (
    Article,
    CountClaim,
    DateClaim,
    Decision,
    EventMention,
    Evidence,
    Place,
    PlaceClaim,
)
from newsfuse.settings import Settings


def article(aid: str, text: str, published: str | None, title: str | None = None) -> Article:
    return Article(id=aid, input_id=f"in-{aid}", text=text, title=title, published=published)


def mention(
    art: Article,
    suffix: str = "m0",
    *,
    is_main: bool = True,
    date: str | None = None,
    city: str | None = None,
    killed: int | None = None,
    injured: int | None = None,
) -> EventMention:
    """A mention of ``art``; each given field points at the start of the article text."""
    ev = Evidence(art.id, 0, min(10, len(art.text)), art.text[:10])
    counts = []
    if killed is not None:
        counts.append(CountClaim("killed", killed, evidence=ev))
    if injured is not None:
        counts.append(CountClaim("injured", injured, evidence=ev))
    return EventMention(
        id=f"{art.id}#{suffix}",
        article_id=art.id,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        is_main=is_main,
        trigger=ev,
        date=DateClaim(date, date, "day", "absolute", ev) if date else None,
        place=PlaceClaim(Place(city, city=city, country="US"), ev) if city else None,
        counts=tuple(counts),
        published=art.published,
    )


SHOOTING_A = (
    "Two men were wounded when gunfire broke out outside the Larkspur Tavern on Quimby Road "
    "in Elmsfield late Saturday. Officer Dana Whitcombe said the shooter fled in a grey sedan."
)
SHOOTING_A2 = (
    "Elmsfield police are searching for a gunman who wounded two men near the Larkspur Tavern "
    "on Quimby Road. Whitcombe asked witnesses to call the tip line."
)
SHOOTING_B = (
    "A teenager was killed and three people were hurt in a drive-by shooting on Harrow Lane in "
    "Dunmore on Tuesday night, deputies said. Sheriff Ortega named the victim as Milo Pratt."
)


def same_day_decisions(a_text: str, b_text: str, c_text: str) -> dict[str, Decision]:
    """Cluster three reports published 2021-05-02 of a shooting on 2021-05-01 in Elmsfield with
    one injured (articles a, b, c, read in that order); each mention id -> its decision."""
    texts = (a_text, b_text, c_text)
    arts = [article(aid, text, "2021-05-02") for aid, text in zip("abc", texts, strict=True)]
    ms = [mention(x, date="2021-05-01", city="Elmsfield", injured=1) for x in arts]
    out = cluster(ms, {x.id: x for x in arts}, Settings())
    return {d.mention_id: d for c in out for d in c.decisions}
