"""Helpers for the ingest tests: run ingest, write small WARC files by hand.

Imported by name: pytest puts this folder on sys.path (no __init__.py here).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfuse.ingest import ingest
from newsfuse.models import RawDocument, Rejection
from newsfuse.settings import Settings

PAGE = (
    "<html><head><title>Harbour bridge reopens</title></head><body>"
    "<p>The old harbour bridge in Lindqvist reopened on Monday after two years of repairs.</p>"
    "</body></html>"
)


def run(
    inputs: Sequence[str | Path], stdin: bytes | None = None, **settings: Any
) -> list[RawDocument | Rejection]:
    """All records that ingest gives for ``inputs`` under default settings plus ``settings``."""
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(ingest([str(i) for i in inputs], Settings().replace(**settings), stream))


def docs(records: Sequence[RawDocument | Rejection]) -> list[RawDocument]:
    return [r for r in records if isinstance(r, RawDocument)]


def rejections(records: Sequence[RawDocument | Rejection]) -> list[Rejection]:
    return [r for r in records if isinstance(r, Rejection)]


def write_warc(path: Path, records: Sequence[dict[str, Any]], gzip: bool = False) -> Path:
    """A WARC file with one record per dict: type, uri, payload, content_type, status, headers."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for spec in records:
            http = None
            if spec["type"] in ("response", "request"):
                status = spec.get("status", "200 OK")
                line = "GET / HTTP/1.1" if spec["type"] == "request" else status
                headers = [("Content-Type", spec.get("content_type", "text/html"))]
                headers += spec.get("headers", [])
                is_request = spec["type"] == "request"
                http = StatusAndHeaders(
                    line, headers, protocol="HTTP/1.1", is_http_request=is_request
                )
            record = writer.create_warc_record(
                spec["uri"],
                spec["type"],
                payload=io.BytesIO(spec.get("payload", b"")),
                http_headers=http,
                warc_content_type=spec.get("warc_content_type", ""),
            )
            writer.write_record(record)
    return path
