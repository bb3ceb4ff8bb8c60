"""JSONL (and JSON array) input: one article per line or element, streamed line by line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from newsfuse.errors import Rejected
from newsfuse.ingest._decode import decode_bytes
from newsfuse.ingest._source import Source, clean_str
from newsfuse.models import RawDocument, Rejection
from newsfuse.settings import Settings

META = frozenset({"id", "title", "published", "url", "outlet"})
_SKIP_CHUNK = 1 << 20
GIVE_UP_AFTER = 10  # bad lines in a row at the start after which a file is not JSONL


def _skip_line(stream: BinaryIO) -> None:
    """Read past the rest of an over-long line without keeping it."""
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _as_str(value: Any) -> str | None:
    if isinstance(value, str):
        return clean_str(value) if value.strip() else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _clean_any(value: Any) -> Any:
    """``value`` with lone surrogates and NULs in its strings made writable (same length)."""
    if isinstance(value, str):
        return clean_str(value)
    if isinstance(value, list):
        return [_clean_any(item) for item in value]
    if isinstance(value, dict):
        return {clean_str(str(k)): _clean_any(v) for k, v in value.items()}
    return value


def _body(obj: dict[str, Any]) -> tuple[str, str] | None:
    """(media type, text) from the ``text`` or ``html`` field; ``text`` wins when both."""
    for key, media in (("text", "text/plain"), ("html", "text/html")):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return media, clean_str(value)
    for key, media in (("text", "text/plain"), ("html", "text/html")):
        if isinstance(obj.get(key), str):
            return media, clean_str(obj[key])
    return None


def _extra(obj: dict[str, Any], body_key: str) -> dict[str, Any]:
    """Every field not used for the RawDocument, untouched (but made writable)."""
    extra: dict[str, Any] = {}
    for key, value in obj.items():
        used = key in META and (
            value is None or isinstance(value, str) or _as_str(value) is not None
        )
        if key != body_key and not used:
            extra[key] = _clean_any(value)
    return extra


def record(obj: Any, fallback_id: str, origin: str) -> RawDocument | Rejection:
    """A RawDocument from one decoded JSON object, or the reason it is not one."""
    if not isinstance(obj, dict):
        return Rejection(fallback_id, origin, "malformed_json", "not a JSON object")
    input_id = _as_str(obj.get("id")) or fallback_id
    body = _body(obj)
    if body is None:
        return Rejection(input_id, origin, "no_text", "no string 'text' or 'html' field")
    media, text = body
    title = _as_str(obj.get("title"))
    if not text.strip() and title is None:
        return Rejection(input_id, origin, "empty", "blank text and no title")
    published = _as_str(obj.get("published"))
    extra = _extra(obj, "text" if media == "text/plain" else "html")
    return RawDocument(
        input_id=input_id,
        origin=origin,
        media_type=media,
        text=text,
        title=title,
        published=published,
        published_source="input" if published else "none",
        url=_as_str(obj.get("url")),
        outlet=_as_str(obj.get("outlet")),
        extra=extra,
    )


def _parse_line(line: bytes) -> Any:
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError:
        decoded = decode_bytes(line)
    try:
        return json.loads(decoded)
    except (ValueError, RecursionError) as exc:
        raise Rejected("malformed_json", str(exc)[:200]) from None


def read_jsonl(
    stream: BinaryIO, src: Source, settings: Settings
) -> Iterator[RawDocument | Rejection]:
    """One record per non-blank line; bad lines are rejected with their line number.

    When the first ``GIVE_UP_AFTER`` non-blank lines are all bad, the file is not JSONL: one
    more rejection says so and the rest is skipped.
    """
    limit = settings.max_jsonl_line_bytes
    number = good = bad = 0
    while line := stream.readline(limit + 1):
        number += 1
        line_id = f"{src.name}#{number}"
        if len(line.rstrip(b"\r\n")) > limit:
            if not line.endswith(b"\n"):
                _skip_line(stream)
            yield Rejection(line_id, src.origin, "line_too_long", f"more than {limit} bytes")
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        record = _line_record(line, line_id, number, src.origin)
        malformed = isinstance(record, Rejection) and record.reason == "malformed_json"
        good, bad = (good, bad + 1) if malformed else (good + 1, bad)
        yield record
        if bad >= GIVE_UP_AFTER and good == 0:
            detail = f"the first {bad} lines are not JSON objects; the rest is skipped"
            yield Rejection(src.name, src.origin, "malformed_json", detail)
            return


def _line_record(line: bytes, line_id: str, number: int, origin: str) -> RawDocument | Rejection:
    try:
        obj = _parse_line(line)
    except Rejected as exc:
        reason = "malformed_json" if exc.reason == "binary" else exc.reason
        return Rejection(line_id, origin, reason, f"line {number}: {exc.detail}")
    return record(obj, line_id, origin)


def read_json(data: bytes, src: Source) -> Iterator[RawDocument | Rejection] | None:
    """Records from a whole JSON document (an object or an array), or None when it is not one."""
    try:
        obj = json.loads(decode_bytes(data))
    except (ValueError, RecursionError, Rejected):
        return None
    if isinstance(obj, dict):
        return iter([record(obj, src.name, src.origin)])
    if isinstance(obj, list):
        return (record(item, f"{src.name}#{n}", src.origin) for n, item in enumerate(obj, 1))
    return None
