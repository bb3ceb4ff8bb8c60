"""Read event fields whether they are model records or the plain dicts a store gives back."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from newsfuse.models import Article, CountResolution, Event, Evidence


def get(obj: Any, name: str) -> Any:
    """``obj.name`` or ``obj[name]``; ``None`` when absent."""
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


def place_of(value: Any) -> Any:
    """The Place inside a location value (a Place, a PlaceClaim, or their dicts)."""
    inner = get(value, "place")
    return inner if inner is not None else value


def evidence_of(claim: Any) -> Evidence | None:
    """A claim's evidence as an Evidence record (from a record or a dict)."""
    ev = get(claim, "evidence")
    if ev is None or isinstance(ev, Evidence):
        return ev
    return Evidence(str(ev["article_id"]), int(ev["start"]), int(ev["end"]), str(ev["quote"]))


def all_claims(event: Event) -> Iterator[Any]:
    """Every claim the event keeps: counts, actors, dates and places."""
    for res in event.counts.values():
        yield from res.claims
    yield from event.actors
    yield from event.date.claims
    yield from event.location.claims


def index_articles(articles: Mapping[str, Article] | Sequence[Article]) -> dict[str, Article]:
    """Articles by id and by input id."""
    items = articles.values() if isinstance(articles, Mapping) else articles
    out: dict[str, Article] = {}
    for art in items:
        out[art.input_id] = art
        out[art.id] = art
    return out


def count(event: Event, kind: str) -> CountResolution | None:
    """The event's resolution of one count kind, if any source gave one."""
    return event.counts.get(kind)


def event_date(event: Event) -> str | None:
    """The event's date as an ISO string, if known."""
    value = get(event.date.value, "date")
    return str(value) if value else None


def event_place(event: Event) -> tuple[str | None, float | None, float | None, Any]:
    """(name, lat, lon, place) of the event's location."""
    place = place_of(event.location.value)
    lat, lon = get(place, "lat"), get(place, "lon")
    return (
        get(place, "name"),
        float(lat) if lat is not None else None,
        float(lon) if lon is not None else None,
        place,
    )
