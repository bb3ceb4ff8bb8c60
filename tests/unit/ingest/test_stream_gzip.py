"""Gzip input: any format compressed, bombs stopped by the decompression cap, broken archives."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

from ingest_helpers import PAGE, docs, rejections, run


def test_gzip_html_and_jsonl_are_read(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    lines = tmp_path / "lines.jsonl.gz"
    lines.write_bytes(gzip.compress(json.dumps({"id": "z", "text": "Zipped line."}).encode()))
    records = docs(run([page, lines]))
    assert [(d.input_id, d.media_type) for d in records] == [
        ("page.html.gz", "text/html"),
        ("z", "text/plain"),
    ]
    assert records[0].text == PAGE


def test_gzip_without_extension_is_found_by_magic(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_bytes(gzip.compress(PAGE.encode()))
    (doc,) = docs(run([path]))
    assert doc.media_type == "text/html"


def test_gzip_multi_member_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "two.txt.gz"
    path.write_bytes(gzip.compress(b"First half, ") + gzip.compress(b"second half."))
    (doc,) = docs(run([path]))
    assert doc.text == "First half, second half."


def test_gzip_bomb_stops_at_the_cap(tmp_path: Path) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 20)
    bomb = b"".join(packer.compress(chunk) for _ in range(16)) + packer.flush()
    assert len(bomb) < 100_000
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(bomb)
    (rej,) = run([path], max_decompressed_bytes=1_000_000)
    assert rej.reason == "decompression_limit"  # type: ignore[union-attr]


def test_gzip_jsonl_bomb_keeps_lines_before_the_cap(tmp_path: Path) -> None:
    line = json.dumps({"text": "Repeated report about the harbour."}).encode() + b"\n"
    path = tmp_path / "many.jsonl.gz"
    path.write_bytes(gzip.compress(line * 10_000))
    records = run([path], max_decompressed_bytes=len(line) * 10 + 5)
    assert len(docs(records)) == 10
    assert [r.reason for r in rejections(records)] == ["decompression_limit"]


def test_gzip_compressed_document_over_max_input_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "long.txt.gz"
    path.write_bytes(gzip.compress(b"words " * 1000))
    assert [r.reason for r in rejections(run([path], max_input_bytes=100))] == ["too_large"]


def test_gzip_truncated_and_corrupt(tmp_path: Path) -> None:
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(b"A report that will be cut. " * 100)[:60])
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 40)
    assert [r.reason for r in rejections(run([cut, bad]))] == ["corrupt_archive"] * 2


def test_plain_file_over_max_input_is_too_large_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 10_000)
    (rej,) = run([path], max_input_bytes=1000)
    assert rej.reason == "too_large" and "50000 bytes" in rej.detail  # type: ignore[union-attr]
