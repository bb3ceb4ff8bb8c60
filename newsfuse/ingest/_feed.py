"""RSS and Atom feeds: one RawDocument per entry (via feedparser)."""

from __future__ import annotations

import email.utils
import io
import re
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import feedparser

from newsfuse.ingest._source import Source, clean_str, rejection
from newsfuse.models import RawDocument, Rejection

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso(raw: str | None, parsed: Any) -> str | None:
    """The entry date as ISO 8601, keeping the feed's UTC offset when it gave one."""
    if raw:
        raw = raw.strip()
        if _DATE_ONLY.fullmatch(raw):
            return raw
        try:
            return email.utils.parsedate_to_datetime(raw).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
        try:
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
    if isinstance(parsed, time.struct_time):
        try:
            return time.strftime("%Y-%m-%dT%H:%M:%S", parsed)
        except (ValueError, OverflowError):
            return None
    return None


def _text(value: Any) -> str | None:
    return clean_str(value) if isinstance(value, str) and value.strip() else None


def _body(entry: Any) -> tuple[str, str] | None:
    """(media type, content) from the entry's content, else its summary."""
    candidates: list[Any] = list(entry.get("content") or [])
    if entry.get("summary"):
        candidates.append(entry.get("summary_detail") or {"value": entry.get("summary")})
    for item in candidates:
        value = _text(item.get("value")) if isinstance(item, dict) else None
        if value:
            kind = str(item.get("type") or "text/html").lower()
            return ("text/plain" if kind == "text/plain" else "text/html"), value
    return None


def _entry(entry: Any, number: int, src: Source, outlet: str | None) -> RawDocument | Rejection:
    input_id = _text(entry.get("id")) or f"{src.name}#{number}"
    body = _body(entry)
    if body is None:
        return Rejection(input_id, src.origin, "no_text", "entry has no content or summary")
    published = _iso(entry.get("published"), entry.get("published_parsed")) or _iso(
        entry.get("updated"), entry.get("updated_parsed")
    )
    extra: dict[str, Any] = {}
    if _text(entry.get("author")):
        extra["author"] = _text(entry.get("author"))
    tags = [_text(tag.get("term")) for tag in entry.get("tags") or [] if isinstance(tag, dict)]
    if any(tags):
        extra["tags"] = [tag for tag in tags if tag]
    return RawDocument(
        input_id=input_id,
        origin=src.origin,
        media_type=body[0],
        text=body[1],
        title=_text(entry.get("title")),
        published=published,
        published_source="feed" if published else "none",
        url=_text(entry.get("link")),
        outlet=outlet,
        retrieved=src.retrieved,
        extra=extra,
    )


def read_feed(data: bytes, src: Source) -> Iterator[RawDocument | Rejection]:
    """One record per feed entry; a feed without entries is one rejection."""
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            detail = str(parsed.get("bozo_exception", "not a feed"))[:200]
            yield rejection(src, "malformed_feed", detail)
        else:
            yield rejection(src, "empty", "feed has no entries")
        return
    outlet = _text(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, 1):
        yield _entry(entry, number, src, outlet)
