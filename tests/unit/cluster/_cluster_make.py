"""Hand-built articles and mentions for the cluster tests (invented text only)."""

from __future__ import annotations

from newsfuse.models import (
    Article,
    CountClaim,
    DateClaim,
    EventMention,
    Evidence,
    Place,
    PlaceClaim,
)


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
