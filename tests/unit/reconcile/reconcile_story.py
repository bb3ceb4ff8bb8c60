"""Build hand-written articles, mentions and their evidence for reconcile and report tests.

Every sentence used with it is invented for the tests; evidence spans are found in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.models import (
    ActorClaim,
    Article,
    Cluster,
    CountClaim,
    DateClaim,
    Event,
    EventMention,
    Evidence,
    Place,
    PlaceClaim,
)
from newsfuse.reconcile import reconcile
from newsfuse.settings import Settings


class Story:
    """A few articles about one event, and the mentions an extractor would give for them."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.mentions: list[EventMention] = []

    def article(
        self,
        key: str,
        text: str,
        *,
        outlet: str | None = None,
        published: str | None = None,
        title: str | None = None,
    ) -> Article:
        art = Article(
            id=f"id-{key}",
            input_id=key,
            text=text,
            title=title,
            outlet=outlet,
            published=published,
        )
        self.articles[art.id] = art
        return art

    def ev(self, art: Article, phrase: str) -> Evidence:
        start = art.text.index(phrase)
        return Evidence(art.id, start, start + len(phrase), phrase)

    def count(
        self,
        art: Article,
        phrase: str,
        kind: str,
        value: int,
        qualifier: str = "exact",
        subgroup: str | None = None,
        includes: Sequence[str] = (),
        attributed_to: str | None = None,
    ) -> CountClaim:
        return CountClaim(
            kind=kind,
            value=value,
            qualifier=qualifier,
            subgroup=subgroup,
            includes=tuple(includes),
            attributed_to=attributed_to,
            evidence=self.ev(art, phrase),
        )

    def actor(
        self,
        art: Article,
        phrase: str,
        role: str,
        *,
        hedged: bool = False,
        attributed_to: str | None = None,
    ) -> ActorClaim:
        return ActorClaim(phrase, role, attributed_to, hedged, self.ev(art, phrase))

    def date(
        self, art: Article, phrase: str, day: str, precision: str = "day", how: str = "absolute"
    ) -> DateClaim:
        return DateClaim(day, day, precision, how, self.ev(art, phrase))

    def place(self, art: Article, phrase: str, place: Place) -> PlaceClaim:
        return PlaceClaim(place, self.ev(art, phrase))

    def mention(
        self,
        art: Article,
        counts: Sequence[CountClaim] = (),
        actors: Sequence[ActorClaim] = (),
        date: DateClaim | None = None,
        place: PlaceClaim | None = None,
    ) -> EventMention:
        mention = EventMention(
            id=f"m{len(self.mentions) + 1}",
            article_id=art.id,
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            is_main=True,
            date=date,
            place=place,
            actors=tuple(actors),
            counts=tuple(counts),
            published=art.published,
            outlet=art.outlet,
        )
        self.mentions.append(mention)
        return mention

    def event(self) -> Event:
        cluster = Cluster("ev-1", tuple(m.id for m in self.mentions))
        return reconcile(cluster, self.mentions, self.articles, Settings())


PORTVALE = Place("Harbour District", "Portvale", None, "ZZ", 10.5, 20.25, "neighbourhood")
PORTVALE_CITY = Place("Portvale", "Portvale", None, "ZZ", 10.4, 20.2, "city")


def rocket_story() -> Story:
    """Four invented reports of one rocket attack, disagreeing on the surface only.

    A gives 4 civilians wounded and 1 child killed; B gives 3 guards wounded; C says at least 7
    wounded; D is a wire copy of A. The answer: 7 wounded (4 civilians + 3 guards), 1 killed.
    """
    s = Story()
    a = s.article(
        "a.txt",
        "Rockets struck the Harbour District of Portvale on 2031-03-03, officials said. "
        "The barrage wounded four shoppers and killed one boy near the fish market. "
        "Nobody has claimed the strike, which officials blamed on the Grey Banner militia.",
        outlet="Daily Ledger",
        published="2031-03-04T08:00",
        title="Rockets hit Portvale market",
    )
    b = s.article(
        "b.txt",
        "Three guards were hurt when rockets landed near the Portvale harbour gate on Monday, "
        "the port authority said. The Grey Banner militia denied any role.",
        outlet="Coast Radio",
        published="2031-03-04T09:30",
        title="Grey Banner fires on Portvale",
    )
    c = s.article(
        "c.txt",
        "At least seven people were wounded in Portvale when rockets hit the harbour on "
        "Monday evening, a hospital doctor told reporters.",
        outlet="Morning Wire",
        published="2031-03-04T11:00",
        title="Seven hurt in Portvale rocket attack",
    )
    d = s.article(
        "d.txt",
        "The barrage wounded four shoppers and killed one boy near the fish market. "
        "Officials are investigating.",
        outlet="Echo Daily",
        published="2031-03-04T12:00",
        title="Portvale market hit",
    )
    s.mention(
        a,
        counts=[
            s.count(a, "wounded four shoppers", "injured", 4, subgroup="civilians"),
            s.count(a, "killed one boy", "killed", 1, subgroup="children"),
        ],
        actors=[s.actor(a, "Grey Banner militia", "suspected", attributed_to="officials")],
        date=s.date(a, "2031-03-03", "2031-03-03"),
        place=s.place(a, "Harbour District of Portvale", PORTVALE),
    )
    s.mention(
        b,
        counts=[s.count(b, "Three guards were hurt", "injured", 3, subgroup="security_forces")],
        actors=[s.actor(b, "Grey Banner militia", "denied_by")],
        date=s.date(b, "Monday", "2031-03-03", how="relative_to_published"),
        place=s.place(b, "Portvale", PORTVALE_CITY),
    )
    s.mention(
        c,
        counts=[s.count(c, "At least seven people were wounded", "injured", 7, "at_least")],
        date=s.date(c, "Monday evening", "2031-03-03", how="relative_to_published"),
        place=s.place(c, "Portvale", PORTVALE_CITY),
    )
    s.mention(
        d,
        counts=[
            s.count(d, "wounded four shoppers", "injured", 4, subgroup="civilians"),
            s.count(d, "killed one boy", "killed", 1, subgroup="children"),
        ],
    )
    return s
