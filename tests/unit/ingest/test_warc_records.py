"""WARC and WARC.gz: response/resource records become documents, the rest is skipped or refused."""

from __future__ import annotations

import gzip
from pathlib import Path

from ingest_helpers import PAGE, docs, rejections, run, write_warc

RECORDS = [
    {"type": "request", "uri": "https://news.example/a"},
    {"type": "response", "uri": "https://news.example/a", "payload": PAGE.encode()},
    {"type": "metadata", "uri": "https://news.example/a", "payload": b"via: crawler"},
    {
        "type": "response",
        "uri": "https://news.example/logo.png",
        "content_type": "image/png",
        "payload": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    },
    {
        "type": "resource",
        "uri": "file:///notes/b.txt",
        "warc_content_type": "text/plain; charset=windows-1252",
        "payload": "The mayor’s statement was short.".encode("cp1252"),
    },
    {
        "type": "response",
        "uri": "https://news.example/gone",
        "status": "404 Not Found",
        "payload": b"<html><body>Not here</body></html>",
    },
]


def _check(path: Path) -> None:
    records = run([path])
    page, note = docs(records)
    assert page.input_id == f"{path.name}#3" and page.media_type == "text/html"
    assert page.url == "https://news.example/a" and page.text == PAGE
    assert page.retrieved and page.published_source == "none"
    assert page.extra["http_status"] == "200"
    assert note.input_id == f"{path.name}#6" and note.media_type == "text/plain"
    assert note.text == "The mayor’s statement was short."
    reasons = [(r.input_id, r.reason) for r in rejections(records)]
    assert reasons == [(f"{path.name}#5", "not_html"), (f"{path.name}#7", "http_status")]


def test_warc_records_plain(tmp_path: Path) -> None:
    _check(write_warc(tmp_path / "crawl.warc", RECORDS))


def test_warc_records_gzip(tmp_path: Path) -> None:
    _check(write_warc(tmp_path / "crawl.warc.gz", RECORDS, gzip=True))


def test_warc_truncated_keeps_records_before_the_break(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "cut.warc", RECORDS)
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"WARC-Type: resource") + 40])
    records = run([path])
    assert [d.input_id for d in docs(records)] == ["cut.warc#3"]
    assert rejections(records)[-1].reason == "malformed_warc"


def test_warc_extension_with_other_content_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("this is not a web archive at all, just words")
    assert [r.reason for r in rejections(run([path]))] == ["malformed_warc"]


def test_warc_payload_over_limit_is_too_large(tmp_path: Path) -> None:
    big = {"type": "response", "uri": "https://news.example/big", "payload": b"<p>" + b"y" * 5000}
    path = write_warc(tmp_path / "big.warc", [big, RECORDS[1]])
    records = run([path], max_input_bytes=2000)
    assert [r.reason for r in rejections(records)] == ["too_large"]
    assert [d.input_id for d in docs(records)] == ["big.warc#3"]


def test_warc_gzip_content_encoding_and_chunked_payloads(tmp_path: Path) -> None:
    zipped = {
        "type": "response",
        "uri": "https://news.example/z",
        "headers": [("Content-Encoding", "gzip")],
        "payload": gzip.compress(PAGE.encode()),
    }
    body = PAGE.encode()
    chunked = {
        "type": "response",
        "uri": "https://news.example/c",
        "headers": [("Transfer-Encoding", "chunked")],
        "payload": b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body),
    }
    records = run([write_warc(tmp_path / "enc.warc", [zipped, chunked])])
    assert [d.text for d in docs(records)] == [PAGE, PAGE]
