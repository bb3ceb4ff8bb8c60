"""Inputs the fuzzer (benchmarks/fuzz_ingest.py) once crashed on, rebuilt by hand."""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import rejections, run

RECORD = (
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
    b"WARC-Date: 2020-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
    b"Content-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n\r\n"
)


def test_warc_response_without_target_uri_is_malformed(tmp_path: Path) -> None:
    """warcio raised AttributeError on a response record that has no WARC-Target-URI."""
    path = tmp_path / "no-uri.warc"
    path.write_bytes(RECORD)
    assert [r.reason for r in rejections(run([path]))] == ["malformed_warc"]


def test_warc_bytes_under_a_feed_name_are_read_as_warc(tmp_path: Path) -> None:
    """Content wins over the extension; the same broken record under another name."""
    path = tmp_path / "saved.rss"
    path.write_bytes(RECORD)
    assert [r.reason for r in rejections(run([path]))] == ["malformed_warc"]


def test_warc_arc_like_text_is_not_read_as_arc(tmp_path: Path) -> None:
    """warcio reads any line as an ARC header; only WARC records are taken."""
    path = tmp_path / "words.warc"
    path.write_bytes(b"these five words here\nand more text\n")
    assert [r.reason for r in rejections(run([path]))] == ["malformed_warc"]
