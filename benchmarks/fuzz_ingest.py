"""Fuzz ingest: generated inputs built by mutating valid JSONL, WARC, HTML and feeds.

    python benchmarks/fuzz_ingest.py [--n 10000] [--seed 0] [--seed-dir DIR]
        [--crashers DIR] [--slow SECONDS]

Every input is written to a temporary file under a random name (extension chosen among the
formats ingest knows) and read with ``ingest`` under small limits, so that the limit paths run
too; every tenth input goes through stdin instead. A crash is an exception that escapes
``ingest``, an ``internal_error`` rejection, a record that is not RawDocument/Rejection, or one
that cannot be written as UTF-8 JSON. Prints "inputs tried: N, crashes: M", the reasons seen
and the slowest input; ``--crashers DIR`` keeps each crashing input there for a regression
test. ``--seed-dir`` adds real files (e.g. ../shared/eval/extraction_bench/html) as seeds;
they are read, never copied into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import logging

from newsfuse import codec
from newsfuse.ingest import ingest
from newsfuse.models import RawDocument, Rejection
from newsfuse.settings import Settings

PAGE = (
    b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tram line</title></head>'
    b"<body><h1>Tram line extended</h1><p>The council voted on Monday to extend the tram "
    b"line by four stops.</p></body></html>"
)
JSONL = (
    b'{"id": 1, "text": "Ferries stayed in port on Sunday.", "published": "2024-02-04"}\n'
    b'{"id": "b", "html": "<p>The bridge reopened.</p>", "outlet": "Courier", "x": [1, {}]}\n'
    b'{"text": "A third line without id."}\n'
)
RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title><item>'
    b"<title>Storm</title><link>https://c.example/s</link><guid>g1</guid>"
    b"<pubDate>Tue, 17 Nov 2020 22:00:00 +0300</pubDate><description>&lt;p&gt;Wind.&lt;/p&gt;"
    b"</description></item></channel></rss>"
)
ATOM = (
    b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Post</title>'
    b'<entry><id>urn:1</id><title>Flood</title><link href="https://p.example/f"/>'
    b'<updated>2021-05-02T07:30:00Z</updated><content type="html">&lt;p&gt;Rain.&lt;/p&gt;'
    b"</content></entry></feed>"
)
TEXT = "Zürich — “the vote” was close, said the café owner.\n".encode() * 3
NAMES = [".txt", ".html", ".jsonl", ".json", ".warc", ".warc.gz", ".rss", ".atom", ".xml", ""]
NAMES += [".txt.gz", ".jsonl.gz", ".html.gz", ".pdf"]
TOKENS = [
    b"WARC/1.0\r\n",
    b"\x1f\x8b\x08\x00",
    b"{",
    b"}",
    b"[",
    b'"',
    b"\\u",
    b"\\ud800",
    b"<rss>",
    b"<feed>",
    b"<html>",
    b"\x00",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"\r\n\r\n",
    b"Content-Length: 99999999\r\n",
    b"Content-Length: -1\r\n",
    b"<![CDATA[",
    b"&#x0;",
    b"\n",
    b"charset=utf-16",
    b"charset=bogus",
    b"Transfer-Encoding: chunked\r\n",
    b"Content-Encoding: gzip\r\n",
    b"<!ENTITY a 'aaaa'>",
    b"%PDF-",
    b"\x80\x81\x9d",
]


def warc_seed(gzip_records: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_records)
    writer.write_record(writer.create_warcinfo_record("f.warc", {"software": "fuzz"}))
    for uri, ctype, payload in (
        ("https://n.example/a", "text/html; charset=utf-8", PAGE),
        ("https://n.example/i.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40)),
        ("https://n.example/t", "text/plain", TEXT),
    ):
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(payload), http_headers=http
        )
        writer.write_record(record)
    return out.getvalue()


def mutate(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    """``data`` with 1-8 random edits: flips, inserts, cuts, copies, tokens, splices."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(0, len(buf))
        op = rng.randrange(8)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos:pos] = rng.randbytes(rng.randint(1, 16))
        elif op == 2:
            del buf[pos : pos + rng.randint(1, 64)]
        elif op == 3:
            start = rng.randint(0, len(buf))
            buf[pos:pos] = buf[start : start + rng.randint(1, 200)] * rng.randint(1, 50)
        elif op == 4:
            buf[pos:pos] = rng.choice(TOKENS)
        elif op == 5:
            other = rng.choice(seeds)
            buf = buf[:pos] + other[rng.randint(0, len(other)) :]
        elif op == 6:
            del buf[pos:]
        else:
            buf[pos : pos + 1] = rng.choice(TOKENS) * rng.randint(1, 300)
    out = bytes(buf)
    if rng.random() < 0.15:
        out = gzip.compress(out, compresslevel=1, mtime=0)
        if rng.random() < 0.3:
            out = mutate(rng, out, [out])
    return out


def check(records: list[object]) -> str | None:
    """Why these records count as a crash, or None."""
    for record in records:
        if not isinstance(record, (RawDocument, Rejection)):
            return f"not a record: {type(record).__name__}"
        if isinstance(record, Rejection) and record.reason == "internal_error":
            return f"internal_error: {record.detail}"
        json.dumps(codec.to_dict(record), ensure_ascii=False).encode("utf-8")
    return None


def one(
    data: bytes, name: str, via_stdin: bool, tmp: Path, settings: Settings
) -> tuple[str | None, Counter[str]]:
    reasons: Counter[str] = Counter()
    try:
        if via_stdin:
            records: list[object] = list(ingest(["-"], settings, io.BytesIO(data)))
        else:
            path = tmp / name
            path.write_bytes(data)
            records = list(ingest([str(path)], settings))
            path.unlink()
        for record in records:
            reasons[record.reason if isinstance(record, Rejection) else "doc"] += 1
        return check(records), reasons
    except Exception:
        return traceback.format_exc(limit=4), reasons


def load_seeds(seed_dir: str | None) -> list[bytes]:
    seeds = [PAGE, JSONL, RSS, ATOM, TEXT, warc_seed(False), warc_seed(True)]
    seeds.append(TEXT.decode().encode("utf-16"))
    seeds.append(TEXT.decode().encode("cp1252", errors="replace"))
    if seed_dir:
        for path in sorted(Path(seed_dir).iterdir())[:50]:
            raw = path.read_bytes()
            seeds.append(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
    return seeds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--seed-dir")
    parser.add_argument("--crashers")
    args = parser.parse_args()
    if args.seed_dir and not Path(args.seed_dir).is_dir():
        print(f"seed dir {args.seed_dir} not found; skipping it (fuzzing own seeds only)")
        args.seed_dir = None
    logging.getLogger("warcio").setLevel(logging.ERROR)  # its warnings on broken URIs
    rng = random.Random(args.seed)
    seeds = load_seeds(args.seed_dir)
    settings = Settings(
        max_input_bytes=200_000, max_decompressed_bytes=400_000, max_jsonl_line_bytes=50_000
    )
    crashes, reasons, slowest = 0, Counter[str](), (0.0, "")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.n):
            data = mutate(rng, rng.choice(seeds), seeds)
            name = f"in{i}" + rng.choice(NAMES)
            began = time.perf_counter()
            crash, seen = one(data, name, i % 10 == 9, Path(tmp), settings)
            took = time.perf_counter() - began
            reasons.update(seen)
            slowest = max(slowest, (took, name))
            if crash:
                crashes += 1
                print(f"CRASH on {name} ({len(data)} bytes): {crash}", file=sys.stderr)
                if args.crashers:
                    Path(args.crashers).mkdir(parents=True, exist_ok=True)
                    (Path(args.crashers) / name).write_bytes(data)
    elapsed = time.perf_counter() - started
    print(f"inputs tried: {args.n}, crashes: {crashes}")
    print(f"records: {dict(sorted(reasons.items()))}")
    print(f"time: {elapsed:.1f}s ({args.n / elapsed:.0f} inputs/s); slowest {slowest[0]:.2f}s")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
