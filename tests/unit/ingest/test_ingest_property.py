"""Property: any bytes under any name give only records that can be written as JSON."""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_helpers import PAGE

from newsfuse import codec
from newsfuse.ingest import REASONS, ingest
from newsfuse.models import RawDocument, Rejection
from newsfuse.settings import Settings

NAMES = ["a.txt", "a.html", "a.jsonl", "a.json", "a.warc", "a.warc.gz", "a.rss", "a.xml", "a"]
SEEDS = [
    PAGE.encode(),
    b'{"id": 1, "text": "A line."}\n{"text": "Another."}\n',
    b'<rss version="2.0"><channel><title>T</title><item><description>D</description></item>'
    b"</channel></rss>",
    b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:x>\r\nWARC-Date: 2020-01-01T00:00:00Z"
    b"\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n",
]
LIMITS = Settings(max_input_bytes=4000, max_decompressed_bytes=8000, max_jsonl_line_bytes=500)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A valid seed input with random bytes overwritten, inserted or cut, maybe gzipped."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        pos = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["set", "insert", "cut"]))
        if action == "set" and pos < len(data):
            data[pos] = draw(st.integers(0, 255))
        elif action == "insert":
            data[pos:pos] = draw(st.binary(max_size=8))
        else:
            del data[pos : pos + draw(st.integers(1, 20))]
    return gzip.compress(bytes(data)) if draw(st.booleans()) else bytes(data)


def _check_records(records: list[RawDocument | Rejection]) -> None:
    for record in records:
        assert isinstance(record, (RawDocument, Rejection))
        if isinstance(record, Rejection):
            assert record.reason in REASONS and record.reason != "internal_error"
        codec.dumps(record).encode("utf-8")
        json.dumps(codec.to_dict(record), ensure_ascii=False).encode("utf-8")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=3000), mutated()), name=st.sampled_from(NAMES))
def test_ingest_property_any_file_gives_records(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        _check_records(list(ingest([str(path)], LIMITS)))


@settings(max_examples=60, deadline=None)
@given(data=st.one_of(st.binary(max_size=2000), mutated()))
def test_ingest_property_any_stdin_gives_records(data: bytes) -> None:
    _check_records(list(ingest(["-"], LIMITS, io.BytesIO(data))))
