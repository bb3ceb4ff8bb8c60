"""The rejection reason codes ingest gives, with what each means (documented in docs/ingest.md)."""

from __future__ import annotations

REASONS: dict[str, str] = {
    "empty": "no text: a 0-byte or whitespace-only input, a blank JSONL text without a title, "
    "a feed or WARC without entries",
    "binary": "not text: NUL or control bytes, a known binary signature or extension",
    "undecodable": "decoded text is mostly control or replacement characters",
    "too_large": "one document is larger than max_input_bytes",
    "decompression_limit": "a gzip input expands past max_decompressed_bytes",
    "corrupt_archive": "a broken or truncated gzip stream",
    "malformed_json": "a JSONL line that is not a JSON object",
    "no_text": "a JSONL line or feed entry without a text/html field or content",
    "line_too_long": "a JSONL line longer than max_jsonl_line_bytes",
    "malformed_feed": "an RSS/Atom input that does not parse and has no entries",
    "malformed_warc": "a WARC record or file that warcio cannot read",
    "not_html": "a WARC response/resource record whose payload is not HTML or text",
    "http_status": "a WARC response whose HTTP status is not 2xx",
    "unsupported_format": "XML that is neither a feed nor HTML",
    "outside_input": "a symlink inside an input directory that points outside it",
    "unreadable": "an OSError, or not a regular file (FIFO, device, dangling link)",
    "internal_error": "an unexpected error in ingest (a bug); the input is skipped",
}
