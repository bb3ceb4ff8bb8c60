"""A small store of invented articles and contract-shaped events for the web tests.

Every sentence here is invented for these tests. ``build_store`` writes articles, mentions and
events straight into a store (no spaCy); ``webfake.fake_runner`` stands in for ``pipeline.run``
on posted articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsfuse.models import (
    ActorClaim,
    Article,
    CountClaim,
    DateClaim,
    EventMention,
    Evidence,
    Place,
    PlaceClaim,
    content_id,
)
from newsfuse.store import Store, open_store

TEXTS = {
    "tc-1": (
        "Tigris Courier",
        "Rockets hit Baghdad's Green Zone",
        "2020-11-18T08:00:00",
        "Several rockets came down in the Green Zone of Baghdad on Tuesday night.\n\n"
        "The strike injured five civilians and killed one child, the city police said.\n\n"
        "No group has said it fired the rockets.",
    ),
    "ht-1": (
        "Harbor Times",
        "Guards hurt as rockets land near embassy",
        "2020-11-18T10:30:00",
        "Two security guards were wounded when rockets fell near the embassy compound in "
        "Baghdad late on Tuesday, officials said.\n\nAir defences shot down three rockets.",
    ),
    "ew-1": (
        "Eastern Wire",
        "Seven wounded in Baghdad rocket strike",
        "2020-11-18T12:00:00",
        "At least seven people were wounded in Tuesday's rocket strike on the Green Zone, "
        "according to a military statement.\n\nA local militia was suspected of the attack.",
    ),
    "np-1": (
        "Northern Post",
        "Rocket attack in Baghdad",
        "2020-11-19T09:00:00",
        "Three people were injured in the rocket attack on Baghdad on Tuesday, a hospital "
        "source told reporters.",
    ),
    "ew-2": (
        "Eastern Wire",
        "Market blast in Mosul",
        "2020-12-04T07:00:00",
        "A car bomb went off in a busy market in Mosul on Thursday, killing four people and "
        "injuring twelve, the health office said.",
    ),
    "lp-1": (
        "Lyon Presse",
        "Clashes at a march in Lyon",
        "2021-01-10T18:00:00",
        "Police and marchers clashed in central Lyon on Saturday; three officers were hurt.",
    ),
}


def article(input_id: str) -> Article:
    outlet, title, published, text = TEXTS[input_id]
    return Article(
        id=content_id(text),
        input_id=input_id,
        text=text,
        title=title,
        outlet=outlet,
        published=published,
        published_source="input",
    )


def evidence(art: Article, quote: str) -> Evidence:
    start = art.text.index(quote)
    return Evidence(art.id, start, start + len(quote), quote)


def claim(art: Article, kind: str, value: int, quote: str, **more: Any) -> CountClaim:
    return CountClaim(kind=kind, value=value, evidence=evidence(art, quote), **more)


def claim_json(c: CountClaim, art: Article) -> dict[str, Any]:
    ev = c.evidence
    assert ev is not None
    return {
        "value": c.value,
        "low": c.low,
        "high": c.high,
        "qualifier": c.qualifier,
        "subgroup": c.subgroup,
        "includes": list(c.includes),
        "article_id": ev.article_id,
        "input_id": art.input_id,
        "quote": ev.quote,
        "start": ev.start,
        "end": ev.end,
        "attributed_to": c.attributed_to,
    }


def _claims() -> dict[str, list[tuple[CountClaim, Article]]]:
    tc, ht, ew, np_, ew2, lp = (article(i) for i in TEXTS)
    return {
        "tc-1": [
            (
                claim(
                    tc,
                    "injured",
                    5,
                    "injured five civilians",
                    subgroup="civilians",
                    attributed_to="the city police",
                ),
                tc,
            ),
            (
                claim(
                    tc,
                    "killed",
                    1,
                    "killed one child",
                    subgroup="children",
                    attributed_to="the city police",
                ),
                tc,
            ),
        ],
        "ht-1": [
            (
                claim(
                    ht,
                    "injured",
                    2,
                    "Two security guards were wounded",
                    subgroup="security_forces",
                    attributed_to="officials",
                ),
                ht,
            ),
            (claim(ht, "intercepted", 3, "shot down three rockets"), ht),
        ],
        "ew-1": [
            (
                claim(
                    ew,
                    "injured",
                    7,
                    "At least seven people were wounded",
                    qualifier="at_least",
                    attributed_to="a military statement",
                ),
                ew,
            )
        ],
        "np-1": [
            (
                claim(
                    np_,
                    "injured",
                    3,
                    "Three people were injured",
                    attributed_to="a hospital source",
                ),
                np_,
            )
        ],
        "ew-2": [
            (claim(ew2, "killed", 4, "killing four people"), ew2),
            (claim(ew2, "injured", 12, "injuring twelve"), ew2),
        ],
        "lp-1": [
            (claim(lp, "injured", 3, "three officers were hurt", subgroup="security_forces"), lp)
        ],
    }


def mention(input_id: str, counts: Sequence[CountClaim], place: str, date: str) -> EventMention:
    art = article(input_id)
    trigger = next(w for w in ("rocket", "Rocket", "bomb", "clashed") if w in art.text)
    place_ev = evidence(art, place) if place in art.text else None
    return EventMention(
        id=f"m-{input_id}",
        article_id=art.id,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        is_main=True,
        trigger=evidence(art, trigger),
        date=DateClaim(
            date,
            date,
            "day",
            "relative_to_published",
            evidence(art, "Tuesday") if "Tuesday" in art.text else None,
        ),
        place=PlaceClaim(Place(place, city=place), place_ev),
        actors=(
            ActorClaim(
                "a local militia",
                "suspected",
                hedged=True,
                evidence=evidence(art, "A local militia"),
            ),
        )
        if "A local militia" in art.text
        else (),
        counts=tuple(counts),
        published=art.published,
        outlet=art.outlet,
    )


def _count(
    kind: str,
    best: int,
    status: str,
    claims: list[dict[str, Any]],
    breakdown: dict[str, int] | None = None,
) -> dict[str, Any]:
    low = min(c["value"] for c in claims)
    return {
        "best": best,
        "low": low,
        "high": max(best, *(c["value"] for c in claims)),
        "status": status,
        "rule": f"test rule for {kind}",
        "breakdown": breakdown or {},
        "claims": claims,
    }


def _event(
    eid: str,
    ids: list[str],
    loc: dict[str, Any],
    date: str,
    kind: str,
    counts: dict[str, Any],
    summary: str,
) -> dict[str, Any]:
    outlets = sorted({TEXTS[i][0] for i in ids})
    return {
        "id": eid,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": kind,
        "date": date,
        "date_end": date,
        "date_precision": "day",
        "date_status": "agreed",
        "date_rule": "earliest day",
        "location": loc,
        "location_status": "agreed",
        "location_rule": "most precise",
        "actors": [],
        "counts": counts,
        "article_ids": ids,
        "main_article_ids": ids,
        "summary": [{"text": summary, "citations": ids}],
        "coverage": [
            {
                "outlet": o,
                "article_ids": [i for i in ids if TEXTS[i][0] == o],
                "reported": [],
                "omitted": [],
                "hedged": [],
                "unattributed": [],
            }
            for o in outlets
        ],
        "decisions": [],
    }


def events() -> list[dict[str, Any]]:
    cl = {k: [claim_json(c, a) for c, a in v] for k, v in _claims().items()}
    injured = [
        c
        for k in ("tc-1", "ht-1", "ew-1", "np-1")
        for c in cl[k]
        if c["value"] != 1 and c["quote"] != "shot down three rockets"
    ]
    baghdad = _event(
        "ev-baghdad",
        ["tc-1", "ht-1", "ew-1", "np-1"],
        {
            "name": "Green Zone",
            "city": "Baghdad",
            "admin1": "Baghdad",
            "country": "IQ",
            "lat": 33.31,
            "lon": 44.37,
            "precision": "neighbourhood",
        },
        "2020-11-17",
        "Shelling/artillery/missile attack",
        {
            "killed": _count("killed", 1, "single_source", [cl["tc-1"][1]], {"children": 1}),
            "injured": _count(
                "injured", 7, "contested", injured, {"civilians": 5, "security_forces": 2}
            ),
            "intercepted": _count("intercepted", 3, "single_source", [cl["ht-1"][1]]),
        },
        "Rockets struck the Green Zone in Baghdad on 17 November 2020, injuring seven people.",
    )
    mosul = _event(
        "ev-mosul",
        ["ew-2"],
        {
            "name": "Mosul",
            "city": "Mosul",
            "country": "IQ",
            "lat": 36.34,
            "lon": 43.13,
            "precision": "city",
        },
        "2020-12-03",
        "Remote explosive/landmine/IED",
        {
            "killed": _count("killed", 4, "single_source", [cl["ew-2"][0]]),
            "injured": _count("injured", 12, "single_source", [cl["ew-2"][1]]),
        },
        "A car bomb in a Mosul market killed four people.",
    )
    lyon = _event(
        "ev-lyon",
        ["lp-1"],
        {
            "name": "Lyon",
            "city": "Lyon",
            "country": "FR",
            "lat": 45.75,
            "lon": 4.85,
            "precision": "city",
        },
        "2021-01-09",
        "Violent demonstration",
        {"injured": _count("injured", 3, "single_source", cl["lp-1"])},
        "Marchers and police clashed in Lyon.",
    )
    lyon["event_type"] = "Riots"
    return [baghdad, mosul, lyon]


EVENT_OF = {
    "tc-1": "ev-baghdad",
    "ht-1": "ev-baghdad",
    "ew-1": "ev-baghdad",
    "np-1": "ev-baghdad",
    "ew-2": "ev-mosul",
    "lp-1": "ev-lyon",
}
PLACE_DATE = {
    "ev-baghdad": ("Baghdad", "2020-11-17"),
    "ev-mosul": ("Mosul", "2020-12-03"),
    "ev-lyon": ("Lyon", "2021-01-09"),
}


def build_store(path: str | Path) -> Store:
    """A store holding the invented articles, their mentions and three events."""
    store = open_store(path)
    arts = [article(i) for i in TEXTS]
    store.add_articles(arts)
    claims = _claims()
    store.put_mentions(
        [
            (
                a.id,
                (
                    mention(
                        a.input_id,
                        [c for c, _ in claims[a.input_id]],
                        *PLACE_DATE[EVENT_OF[a.input_id]],
                    ),
                ),
            )
            for a in arts
        ]
    )
    links = [(EVENT_OF[a.input_id], a.id, True) for a in arts]
    store.replace_events(events(), links)
    return store
