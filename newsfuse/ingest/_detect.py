"""Which format an input is, from its first bytes and its name (content wins when it is clear)."""

from __future__ import annotations

import json
import re

from newsfuse.ingest._decode import sniff_bom, sniff_magic

JSONL_EXT = frozenset({".jsonl", ".ndjson", ".jsonlines"})
HTML_EXT = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})
FEED_EXT = frozenset({".rss", ".atom"})
BINARY_EXT = frozenset(
    {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".zip", ".mp3", ".mp4", ".exe", ".so"}
)
COMPRESSED_EXT = (".gz", ".gzip")
FEED_ROOTS = frozenset({b"rss", b"feed", b"rdf:rdf"})
HTML_ROOTS = frozenset(
    {
        b"html",
        b"head",
        b"body",
        b"meta",
        b"title",
        b"div",
        b"p",
        b"article",
        b"section",
        b"table",
        b"span",
        b"h1",
        b"h2",
        b"header",
        b"main",
        b"link",
        b"script",
        b"style",
    }
)
_ROOT = re.compile(
    rb"(?:\s|<\?.*?\?>|<!--.*?-->|<!doctype\s+(?!html)[^>]*>)*<(!doctype\s+html|[a-z][\w:.-]*)",
    re.DOTALL,
)
_WEAK_HTML = re.compile(rb"<(?:html|head|body)[\s>]|<meta\s[^>]*charset|<p>|<div[\s>]")
_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-z0-9_:.\-]{1,40})""")


def strip_compression_suffix(name: str) -> str:
    """``name`` lower-cased without ``.gz``: ``a.warc.gz`` -> ``a.warc``."""
    lowered = name.lower()
    for suffix in COMPRESSED_EXT:
        if lowered.endswith(suffix):
            return lowered[: -len(suffix)]
    return lowered


def extension(name: str) -> str:
    base = strip_compression_suffix(name).rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[1] if "." in base.lstrip(".") else ""


def root_element(lowered: bytes) -> bytes | None:
    """The first element name of a lower-cased markup head (``!doctype html`` for HTML5)."""
    match = _ROOT.match(lowered)
    if match is None:
        return None
    root = match.group(1)
    return b"html" if root.startswith(b"!doctype") else root


def looks_html(lowered: bytes, strong_only: bool) -> bool:
    """Whether a lower-cased head is HTML: by its root element, or (weakly) by common tags."""
    root = root_element(lowered)
    if root is not None and (root == b"html" or (not strong_only and root in HTML_ROOTS)):
        return True
    return not strong_only and _WEAK_HTML.search(lowered[:4096]) is not None


def sniff_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start."""
    match = _CHARSET.search(data[:8192].lower())
    return match.group(1).decode("ascii") if match else None


def _json_line(head: bytes) -> bool:
    first = head.split(b"\n", 1)[0]
    if not first.rstrip().endswith(b"}"):
        return head.startswith(b'{"') and b"\n" not in head
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def detect(name: str, head: bytes) -> str:
    """One of warc, jsonl, json, feed, html, text, xml, binary for an (uncompressed) input."""
    ext = extension(name)
    bom = sniff_bom(head)
    body = (head[len(bom[0]) :] if bom else head).lstrip()
    lowered = body[:8192].lower()
    if body.startswith(b"WARC/"):
        return "warc"
    if sniff_magic(body) or ext in BINARY_EXT:
        return "binary"
    root = root_element(lowered)
    if root in FEED_ROOTS:
        return "feed"
    if root == b"html":
        return "html"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext == ".json":
        return "json"
    if looks_html(lowered, strong_only=ext == ".txt") or ext in HTML_EXT:
        return "html"
    if ext in FEED_EXT:
        return "feed"
    if ext == ".warc":
        return "warc"
    if body.startswith(b"{") and _json_line(body):
        return "jsonl"
    if ext == ".xml" or (root is not None and body.startswith(b"<?xml")):
        return "xml"
    return "text"
