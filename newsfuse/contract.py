"""The output contract: how articles and events are written for other tools (DESIGN.md).

Field names here are stable; docs/output.md documents each one and a test keeps them in step.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsfuse import codec
from newsfuse.models import Article, CountClaim, CountResolution, Event

ARTICLE_FIELDS = (
    "id", "input_id", "outlet", "title", "published", "published_source", "text",
    "main_event_id", "event_ids", "byline", "standfirst", "url", "outlet_source",
)  # fmt: skip

EVENT_FIELDS = (
    "id", "event_type", "sub_event_type", "date", "date_end", "date_precision", "date_status",
    "date_rule", "location", "location_status", "location_rule", "actors", "counts",
    "article_ids", "main_article_ids", "summary", "coverage", "decisions",
)  # fmt: skip


def article_json(art: Article, main_event_id: str | None, event_ids: list[str]) -> dict[str, Any]:
    return {
        "id": art.id,
        "input_id": art.input_id,
        "outlet": art.outlet,
        "title": art.title,
        "published": art.published,
        "published_source": art.published_source,
        "text": art.text,
        "main_event_id": main_event_id,
        "event_ids": event_ids,
        "byline": art.byline,
        "standfirst": art.standfirst,
        "url": art.url,
        "outlet_source": art.outlet_source,
        **({"extra": art.extra} if art.extra else {}),
    }


def _claim_json(claim: CountClaim, input_ids: Mapping[str, str]) -> dict[str, Any]:
    ev = claim.evidence
    return {
        "value": claim.value,
        "low": claim.low,
        "high": claim.high,
        "qualifier": claim.qualifier,
        "subgroup": claim.subgroup,
        "includes": list(claim.includes),
        "article_id": ev.article_id if ev else None,
        "input_id": input_ids.get(ev.article_id) if ev else None,
        "quote": ev.quote if ev else None,
        "start": ev.start if ev else None,
        "end": ev.end if ev else None,
        "attributed_to": claim.attributed_to,
        "person": claim.person,
    }


def count_fields(res: CountResolution) -> dict[str, Any]:
    """A resolved count without its claims: best, low, high, status, rule, breakdown."""
    return {
        "best": res.best,
        "low": res.low,
        "high": res.high,
        "status": res.status,
        "rule": res.rule,
        "breakdown": dict(res.breakdown),
    }


def _count_json(res: CountResolution, input_ids: Mapping[str, str]) -> dict[str, Any]:
    return {**count_fields(res), "claims": [_claim_json(c, input_ids) for c in res.claims]}


def _value(raw: Any) -> dict[str, Any]:
    data = codec.to_dict(raw)
    if isinstance(data, dict) and isinstance(data.get("place"), dict):
        return dict(data["place"])
    return data if isinstance(data, dict) else {}


def event_json(
    event: Event, input_ids: Mapping[str, str], main_inputs: list[str]
) -> dict[str, Any]:
    """The events.jsonl line for one event; ``input_ids`` maps article id -> input_id."""
    date = _value(event.date.value)
    place = _value(event.location.value)
    actors = []
    for actor in event.actors:
        row = codec.to_dict(actor)
        ev = row.pop("evidence", None)
        if ev:
            row["input_id"] = input_ids.get(ev["article_id"])
            row["quote"] = ev["quote"]
        actors.append(row)
    return {
        "id": event.id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": date.get("date"),
        "date_end": date.get("date_end") or date.get("date"),
        "date_precision": date.get("precision") if date.get("date") else None,
        "date_status": event.date.status,
        "date_rule": event.date.rule,
        "location": place or None,
        "location_status": event.location.status,
        "location_rule": event.location.rule,
        "actors": actors,
        "counts": {k: _count_json(v, input_ids) for k, v in event.counts.items()},
        "article_ids": list(event.article_ids),
        "main_article_ids": main_inputs,
        "summary": [codec.to_dict(s) for s in event.summary],
        "coverage": [codec.to_dict(c) for c in event.coverage],
        "decisions": [codec.to_dict(d) for d in event.decisions],
    }
