"""WARC input: one RawDocument per response/resource record with an HTML or text payload."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsfuse.errors import Rejected
from newsfuse.ingest._decode import decode_bytes
from newsfuse.ingest._detect import looks_html, sniff_charset
from newsfuse.ingest._source import Source, clean_str, rejection
from newsfuse.ingest._stream import read_limited
from newsfuse.models import RawDocument, Rejection
from newsfuse.settings import Settings

ARTICLE_RECORDS = frozenset({"response", "resource", "conversion"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SNIFF_TYPES = frozenset({"", "application/octet-stream", "unk", "unknown", "text/x-unknown"})
REQUIRED = ("WARC-Record-ID", "Content-Length", "WARC-Date")
_WARC_ERRORS = (ArchiveLoadFailed, ValueError, EOFError, KeyError, IndexError, zlib.error)


def _header(headers: Any, name: str) -> str | None:
    value = headers.get_header(name) if headers is not None else None
    return clean_str(str(value)) if value else None


def _media(content_type: str | None, payload: bytes) -> str | None:
    """text/html or text/plain for an article payload, None for anything else."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in HTML_TYPES:
        return "text/html"
    if mime == "text/plain":
        return "text/plain"
    if mime in SNIFF_TYPES and looks_html(payload[:4096].lower(), strong_only=False):
        return "text/html"
    return None


def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip()
    return None


def _check(record: Any) -> None:
    """Refuse what warcio reads leniently: ARC records, records cut before their headers end."""
    if record.format != "warc":
        raise ValueError(f"not a WARC record ({record.format})")
    missing = [name for name in REQUIRED if not record.rec_headers.get_header(name)]
    if missing:
        raise ValueError(f"record without {', '.join(missing)} (truncated?)")


def _record(
    record: Any, record_id: str, src: Source, settings: Settings
) -> RawDocument | Rejection:
    status = None
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        content_type = _header(record.http_headers, "Content-Type")
    else:
        content_type = _header(record.rec_headers, "Content-Type")
    if status and not str(status).startswith("2"):
        return Rejection(record_id, src.origin, "http_status", f"HTTP status {status}")
    try:
        payload = read_limited(record.content_stream(), settings.max_input_bytes)
        media = _media(content_type, payload)
        if media is None:
            return Rejection(record_id, src.origin, "not_html", f"payload is {content_type}")
        declared = _charset(content_type) or (
            sniff_charset(payload) if media == "text/html" else None
        )
        text = decode_bytes(payload, declared)
    except Rejected as exc:
        return Rejection(record_id, src.origin, exc.reason, exc.detail)
    except _WARC_ERRORS as exc:
        return Rejection(record_id, src.origin, "malformed_warc", str(exc)[:200])
    extra = {
        "warc_type": record.rec_type,
        "warc_record_id": _header(record.rec_headers, "WARC-Record-ID"),
    }
    if status:
        extra["http_status"] = str(status)
        modified = _header(record.http_headers, "Last-Modified")
        if modified:
            extra["last_modified"] = modified
    return RawDocument(
        input_id=record_id,
        origin=src.origin,
        media_type=media,
        text=text,
        url=_header(record.rec_headers, "WARC-Target-URI"),
        retrieved=_header(record.rec_headers, "WARC-Date"),
        extra=extra,
    )


class _QuietIterator(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator without its stderr warning about a bad Content-Length (it recovers)."""

    INC_RECORD = ""


def _records(stream: BinaryIO) -> Iterator[tuple[int, Any]]:
    """(number, record) for each record; a failure to parse is a ValueError."""
    iterator = iter(_QuietIterator(stream, check_digests=False))
    number = 0
    while True:
        number += 1
        try:
            record = next(iterator)
            _check(record)
        except StopIteration:
            return
        except Rejected:
            raise
        except Exception as exc:  # warcio fails in many ways on broken input
            raise ValueError(f"record {number}: {type(exc).__name__}: {exc}"[:200]) from None
        yield number, record


def read_warc(
    stream: BinaryIO, src: Source, settings: Settings
) -> Iterator[RawDocument | Rejection]:
    """Article records of a WARC stream; request, warcinfo, metadata records are skipped."""
    number = 0
    try:
        for number, record in _records(stream):
            if record.rec_type in ARTICLE_RECORDS:
                yield _record(record, f"{src.name}#{number}", src, settings)
    except ValueError as exc:
        yield rejection(src, "malformed_warc", str(exc), f"#{number + 1}")
        return
    if number == 0:
        yield rejection(src, "empty", "WARC file without records")
