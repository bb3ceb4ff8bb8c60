"""report.html: one self-contained page (inline CSS, JS and SVG; nothing fetched)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from importlib import resources
from typing import Any

import jinja2

from newsfuse.models import Article, Event
from newsfuse.report._access import event_date, event_place, evidence_of, get, index_articles
from newsfuse.report._world import HEIGHT, WIDTH, outline_paths, project
from newsfuse.settings import Settings

_ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def _template() -> jinja2.Template:
    text = resources.files("newsfuse.report").joinpath("templates/report.html").read_text("utf-8")
    return _ENV.from_string(text)


def _source(claim: Any, arts: dict[str, Article]) -> tuple[str, str]:
    ev = evidence_of(claim)
    if ev is None:
        return ("", "")
    art = arts.get(ev.article_id)
    return (art.input_id if art else ev.article_id, ev.quote)


def _count_rows(event: Event, arts: dict[str, Article]) -> list[dict[str, Any]]:
    rows = []
    for kind, res in event.counts.items():
        claims = []
        for claim in res.claims:
            source, quote = _source(claim, arts)
            claims.append({**_plain(claim), "source": source, "quote": quote})
        breakdown = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in res.breakdown.items())
        rows.append(
            {
                "kind": kind,
                "best": res.best,
                "low": res.low,
                "high": "no upper bound" if res.high is None else res.high,
                "status": res.status,
                "rule": res.rule,
                "breakdown": breakdown,
                "claims": claims,
            }
        )
    return rows


def _plain(claim: Any) -> dict[str, Any]:
    names = ("value", "qualifier", "subgroup", "attributed_to", "name", "role", "hedged")
    return {n: get(claim, n) for n in names}


def _claims(items: Sequence[Any], arts: dict[str, Article], label: str) -> list[dict[str, Any]]:
    out = []
    for claim in items:
        source, quote = _source(claim, arts)
        value = get(get(claim, "place"), "name") if label == "place" else get(claim, "date")
        out.append({"value": value, "source": source, "quote": quote, "how": get(claim, "how")})
    return out


def _event_view(index: int, event: Event, arts: dict[str, Article]) -> dict[str, Any]:
    name, lat, lon, _place = event_place(event)
    sources = [arts[i] for i in event.article_ids if i in arts]
    actors = [
        {**_plain(a), "source": _source(a, arts)[0], "quote": _source(a, arts)[1]}
        for a in event.actors
    ]
    return {
        "anchor": f"event-{index}",
        "id": event.id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": event_date(event) or "unknown",
        "date_status": event.date.status,
        "date_rule": event.date.rule,
        "date_claims": _claims(event.date.claims, arts, "date"),
        "place": name or "unknown",
        "place_status": event.location.status,
        "place_rule": event.location.rule,
        "place_claims": _claims(event.location.claims, arts, "place"),
        "lat": lat,
        "lon": lon,
        "counts": _count_rows(event, arts),
        "killed": _best(event, "killed"),
        "injured": _best(event, "injured"),
        "actors": actors,
        "summary": [{"text": s.text, "citations": list(s.citations)} for s in event.summary],
        "coverage": [get_coverage(c) for c in event.coverage],
        "articles": [
            {
                "input_id": a.input_id,
                "title": a.title or "",
                "outlet": a.outlet or "",
                "published": a.published or "",
                "url": a.url or "",
            }
            for a in sources
        ],
    }


def get_coverage(cov: Any) -> dict[str, Any]:
    names = ("outlet", "article_ids", "reported", "omitted", "hedged", "unattributed")
    return {n: list(get(cov, n) or ()) if n != "outlet" else get(cov, n) for n in names}


def _best(event: Event, kind: str) -> str:
    res = event.counts.get(kind)
    if res is None or res.best is None:
        return ""
    return f"{res.best}" + ("" if res.status != "contested" else " (contested)")


def _timeline(views: list[dict[str, Any]]) -> list[dict[str, Any]]:
    dated = []
    for view in views:
        try:
            dated.append((date.fromisoformat(view["date"][:10]), view))
        except ValueError:
            continue
    if not dated:
        return []
    first = min(d for d, _ in dated)
    span = max((max(d for d, _ in dated) - first).days, 1)
    return [
        {"x": round(40 + (d - first).days / span * (WIDTH - 80), 1), "date": d.isoformat(),
         "anchor": v["anchor"], "label": v["place"], "row": i % 3}
        for i, (d, v) in enumerate(sorted(dated, key=lambda p: p[0]))
    ]  # fmt: skip


def _points(views: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for view in views:
        if view["lat"] is not None and view["lon"] is not None:
            x, y = project(view["lon"], view["lat"])
            out.append({"x": x, "y": y, "anchor": view["anchor"], "label": view["place"]})
    return out


def render_html(events: Sequence[Event], articles: Sequence[Article], settings: Settings) -> str:
    """The whole report.html as a string; every piece of article text is HTML-escaped."""
    del settings  # nothing in the page depends on settings yet
    arts = index_articles(articles)
    views = [_event_view(i, e, arts) for i, e in enumerate(events, start=1)]
    return _template().render(
        events=views,
        timeline=_timeline(views),
        points=_points(views),
        outlines=outline_paths(),
        width=WIDTH,
        height=HEIGHT,
        article_count=len(articles),
    )
