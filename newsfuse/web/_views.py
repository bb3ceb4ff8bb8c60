"""View models: what the event, outlet and list pages show, built from contract dicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

COUNT_ORDER = ("killed", "injured", "missing", "arrested", "fired", "landed", "intercepted")
MIN_SPAN = 16.0  # degrees of longitude a map shows at least


def count_kinds(counts: Mapping[str, Any]) -> list[str]:
    """Count kinds in reading order: killed and injured first, then the rest by name."""
    known = [k for k in COUNT_ORDER if k in counts]
    return known + sorted(k for k in counts if k not in COUNT_ORDER)


def place_label(location: Mapping[str, Any] | None) -> str:
    """ "Green Zone, Baghdad, IQ" from a contract location (each part once)."""
    if not location:
        return "unknown place"
    parts: list[str] = []
    for key in ("name", "city", "admin1", "country"):
        value = location.get(key)
        if value and value not in parts:
            parts.append(str(value))
    return ", ".join(parts) or "unknown place"


def event_headline(ev: Mapping[str, Any]) -> str:
    """A one-line title for an event: what, where, when."""
    what = ev.get("sub_event_type") or ev.get("event_type") or "Event"
    when = ev.get("date") or "undated"
    if ev.get("date_end") and ev.get("date_end") != ev.get("date"):
        when = f"{when} – {ev['date_end']}"
    return f"{what} · {place_label(ev.get('location'))} · {when}"


def count_label(ev: Mapping[str, Any]) -> str:
    """ "1 killed · 7 injured" from an event's best figures."""
    counts = ev.get("counts") or {}
    parts = [
        f"{counts[k]['best']} {k}" for k in count_kinds(counts) if counts[k].get("best") is not None
    ]
    return " · ".join(parts)


def claim_verdict(claim: Mapping[str, Any], res: Mapping[str, Any]) -> tuple[str, str]:
    """How a claim stands against the resolved figure: (css class, short text)."""
    best, value = res.get("best"), claim.get("value")
    subgroup = claim.get("subgroup")
    breakdown = res.get("breakdown") or {}
    if subgroup:
        if breakdown.get(subgroup) == value:
            return "part", f"part of the total ({subgroup})"
        return "part", f"counts {subgroup} only"
    if best is None or value is None:
        return "unknown", "not resolved"
    if value == best:
        return "agrees", "agrees"
    if claim.get("qualifier") == "at_least" and value <= best:
        return "agrees", "consistent (at least)"
    if claim.get("qualifier") == "at_most" and value >= best:
        return "agrees", "consistent (at most)"
    return "differs", "differs: " + ("lower" if value < best else "higher")


def claim_rows(ev: Mapping[str, Any], outlets: Mapping[str, str]) -> list[dict[str, Any]]:
    """For each count kind: the resolution and its claims, each with outlet and verdict."""
    counts = ev.get("counts") or {}
    rows = []
    for kind in count_kinds(counts):
        res = counts[kind]
        claims = []
        for claim in res.get("claims") or []:
            css, verdict = claim_verdict(claim, res)
            key = claim.get("article_id") or claim.get("input_id") or ""
            claims.append(
                {
                    **claim,
                    "outlet": outlets.get(key) or claim.get("input_id") or key,
                    "verdict": verdict,
                    "verdict_class": css,
                }
            )
        rows.append({"kind": kind, "res": res, "claims": claims})
    return rows


def outlet_map(articles: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """article id and input id -> outlet name (input id when the outlet is unknown)."""
    found: dict[str, str] = {}
    for art in articles:
        name = art.get("outlet") or art.get("input_id") or art["id"]
        found[art["id"]] = name
        found[art["input_id"]] = name
    return found


def outlet_comparison(
    ev: Mapping[str, Any], articles: list[dict[str, Any]]
) -> tuple[list[str], list[dict[str, Any]]]:
    """Count kinds and one row per outlet: the figures each outlet gave, and its coverage."""
    outlets = outlet_map(articles)
    counts = ev.get("counts") or {}
    kinds = count_kinds(counts)
    rows: dict[str, dict[str, Any]] = {}

    def row_of(name: str) -> dict[str, Any]:
        empty: dict[str, Any] = {
            "outlet": name,
            "articles": [],
            "figures": {},
            "coverage": None,
            "known": False,
        }
        return rows.setdefault(name, empty)

    for art in articles:
        row = row_of(outlets[art["id"]])
        row["articles"].append(art)
        row["known"] = row["known"] or bool(art.get("outlet"))
    for kind in kinds:
        for claim in counts[kind].get("claims") or []:
            name = outlets.get(claim.get("article_id") or "") or claim.get("input_id") or "?"
            row_of(name)["figures"].setdefault(kind, []).append(claim)
    for cov in ev.get("coverage") or []:
        row = rows.get(cov.get("outlet")) or {}
        if row:
            row["coverage"] = cov
    return kinds, sorted(rows.values(), key=lambda r: str(r["outlet"]).lower())


def timeline(ev: Mapping[str, Any], articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The event's date and each article's publication, in time order (undated last)."""
    items: list[dict[str, Any]] = []
    if ev.get("date"):
        items.append({"when": ev["date"], "kind": "event", "text": event_headline(ev)})
    for art in articles:
        items.append(
            {
                "when": art.get("published"),
                "kind": "article",
                "article": art,
                "text": art.get("title") or art["input_id"],
            }
        )
    return sorted(items, key=lambda i: (i["when"] is None, i["when"] or "", i["kind"] != "event"))


def map_points(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Events with coordinates as points in map space: x = lon + 180, y = 90 - lat."""
    points = []
    for ev in events:
        loc = ev.get("location") or {}
        lat, lon = loc.get("lat"), loc.get("lon")
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            label = event_headline(ev)
            x, y = round(lon + 180, 3), round(90 - lat, 3)
            name = loc.get("city") or loc.get("name") or ""
            points.append(
                {
                    "x": x,
                    "y": y,
                    "lat": lat,
                    "lon": lon,
                    "id": ev.get("id"),
                    "label": label,
                    "name": name,
                }
            )
    return points


def map_view(points: list[dict[str, Any]], min_span: float = MIN_SPAN) -> dict[str, Any]:
    """The SVG frame around ``points``: viewBox, graticule lines with labels, dot size."""
    if not points:
        return {"box": "0 0 360 180", "lines": [], "r": 2.5}
    xs, ys = [p["x"] for p in points], [p["y"] for p in points]
    width = min(max(max(xs) - min(xs), min_span) * 1.3, 360.0)
    height = min(max(max(ys) - min(ys), min_span / 2) * 1.3, 180.0)
    left = min(max((max(xs) + min(xs) - width) / 2, 0.0), 360.0 - width)
    top = min(max((max(ys) + min(ys) - height) / 2, 0.0), 180.0 - height)
    step = next(s for s in (1, 2, 5, 10, 20, 30, 60) if width / s <= 8)
    lines = []
    for lon in range(-180, 181, step):
        if left < lon + 180 < left + width:
            lines.append(
                {
                    "x1": lon + 180,
                    "y1": top,
                    "x2": lon + 180,
                    "y2": top + height,
                    "label": f"{abs(lon)}°{'E' if lon >= 0 else 'W'}",
                }
            )
    for lat in range(-90, 91, step):
        if top < 90 - lat < top + height:
            lines.append(
                {
                    "x1": left,
                    "y1": 90 - lat,
                    "x2": left + width,
                    "y2": 90 - lat,
                    "label": f"{abs(lat)}°{'N' if lat >= 0 else 'S'}",
                }
            )
    box = f"{left:.3f} {top:.3f} {width:.3f} {height:.3f}"
    return {"box": box, "lines": lines, "r": round(width / 90, 3), "font": round(width / 45, 3)}
