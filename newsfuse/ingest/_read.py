"""Read one source: undo gzip, detect the format, hand the stream to the format's reader."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from newsfuse.errors import Rejected
from newsfuse.ingest._decode import decode_bytes, sniff_bom, wide_codec
from newsfuse.ingest._detect import detect, sniff_charset
from newsfuse.ingest._feed import read_feed
from newsfuse.ingest._jsonl import read_json, read_jsonl
from newsfuse.ingest._source import Source, rejection
from newsfuse.ingest._stream import (
    GZIP_MAGIC,
    HEAD_BYTES,
    buffered,
    chained,
    gunzipped,
    head,
    read_limited,
)
from newsfuse.ingest._warc import read_warc
from newsfuse.models import RawDocument, Rejection
from newsfuse.settings import Settings

MAX_GZIP_LAYERS = 3
Records = Iterator[RawDocument | Rejection]


def _whole(stream: BinaryIO, src: Source, settings: Settings, compressed: bool) -> bytes:
    """The whole input, refusing one larger than ``max_input_bytes`` before reading it."""
    limit = settings.max_input_bytes
    if not compressed and src.size is not None and src.size > limit:
        raise Rejected("too_large", f"{src.size} bytes, more than {limit}")
    return read_limited(stream, limit)


def _document(data: bytes, src: Source, media: str) -> RawDocument:
    declared = sniff_charset(data) if media == "text/html" else None
    return RawDocument(
        input_id=src.name,
        origin=src.origin,
        media_type=media,
        text=decode_bytes(data, declared),
        retrieved=src.retrieved,
    )


def _json(stream: io.BufferedReader, src: Source, settings: Settings) -> Records:
    """A ``.json`` file: one object or an array when it parses whole, else JSONL lines.

    A file over ``max_input_bytes`` is streamed as JSONL (big "JSON" files usually are).
    """
    data = stream.read(settings.max_input_bytes + 1)
    if len(data) <= settings.max_input_bytes:
        records = read_json(data, src)
        if records is not None:
            return records
    return read_jsonl(chained(data, stream), src, settings)


def _dispatch(
    fmt: str, stream: io.BufferedReader, src: Source, settings: Settings, compressed: bool
) -> Records:
    if fmt == "warc":
        return read_warc(stream, src, settings)
    if fmt == "jsonl":
        return read_jsonl(stream, src, settings)
    if fmt == "binary":
        return iter([rejection(src, "binary", "not a text format")])
    if fmt == "xml":
        return iter([rejection(src, "unsupported_format", "XML that is neither a feed nor HTML")])
    if fmt == "json":
        return _json(stream, src, settings)
    data = _whole(stream, src, settings, compressed)
    if fmt == "feed":
        return read_feed(data, src)
    return iter([_document(data, src, "text/html" if fmt == "html" else "text/plain")])


def _unwrap(stream: io.BufferedReader, settings: Settings) -> tuple[io.BufferedReader, bool]:
    """The stream with gzip layers removed (each capped), and whether there were any."""
    compressed = False
    for _ in range(MAX_GZIP_LAYERS):
        if not head(stream, 2).startswith(GZIP_MAGIC):
            return stream, compressed
        stream = gunzipped(stream, settings.max_decompressed_bytes)
        compressed = True
    raise Rejected("corrupt_archive", f"gzip nested more than {MAX_GZIP_LAYERS} deep")


def _transcoded(
    stream: io.BufferedReader, src: Source, settings: Settings, compressed: bool
) -> io.BufferedReader:
    """UTF-16/UTF-32 input re-encoded as UTF-8, so that every reader sees UTF-8 bytes."""
    first = head(stream)
    bom = sniff_bom(first)
    wide = bom is not None and bom[1] != "utf-8"
    if wide or (b"\x00" in first and wide_codec(first) is not None):
        text = decode_bytes(_whole(stream, src, settings, compressed))
        return buffered(io.BytesIO(text.encode("utf-8")))
    return stream


def read_source(raw: BinaryIO, src: Source, settings: Settings) -> Records:
    """Every record of one input; failures inside it become rejections."""
    try:
        stream, compressed = _unwrap(buffered(raw), settings)
        first = head(stream)
        if len(first) < HEAD_BYTES and not first.strip():
            yield rejection(src, "empty", "no bytes" if not first else "only whitespace")
            return
        stream = _transcoded(stream, src, settings, compressed)
        yield from _dispatch(detect(src.name, head(stream)), stream, src, settings, compressed)
    except Rejected as exc:
        yield rejection(src, exc.reason, exc.detail)
