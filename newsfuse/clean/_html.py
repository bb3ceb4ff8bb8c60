"""HTML pages: a cascade of extractors, and the page's own metadata.

    1. trafilatura, precision-leaning (``favor_precision``)       -> "trafilatura_precision"
    2. trafilatura, default balance (taken when 1 is missing or
       keeps less than ``PRECISION_MIN_SHARE`` of what 2 keeps)   -> "trafilatura"
    3. the page's visible text, one line per block element, through
       the plain-text classifier (when trafilatura finds nothing) -> "plain_text"

Metadata (title, author, site name, publication date) comes from trafilatura, which reads
``<meta>``, JSON-LD and the page (dates through htmldate). A publication time with its offset
is read from the ``article:published_time`` / ``datePublished`` meta when the page gives one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura

from newsfuse.clean._dates import normalise_iso

PRECISION_MIN_SHARE = 0.5  # the precise extraction must keep this share of the default one
MIN_EXTRACT_CHARS = 200  # below this, the precise extraction is not trusted on its own

_META_TIME = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|"""
    r"""og:published_time|publish[-_]?date|pubdate|dc\.date\.issued|sailthru\.date)["']"""
    r"""[^>]*?content\s*=\s*["']([^"']+)["']|"datePublished"\s*:\s*"([^"]+)\"""",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "blockquote",
        "figure",
        "figcaption",
        "pre",
        "form",
        "main",
        "dd",
        "dt",
        "dl",
        "address",
    ]
)
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object")


@dataclass(frozen=True)
class HtmlExtract:
    text: str  # paragraphs separated by "\n"
    extractor: str
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    published: str | None = None


def _run(html: str, url: str | None, precise: bool, max_date: str) -> Any:
    return trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=precise,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params={
            "extensive_search": True,
            "original_date": True,
            "max_date": max_date,
        },
    )


def _meta_time(html: str) -> str | None:
    head = html[:200_000]
    for m in _META_TIME.finditer(head):
        value = normalise_iso(m.group(1) or m.group(2) or "")
        if value:
            return value
    return None


def extract_html(html: str, url: str | None, max_date: str) -> HtmlExtract:
    """The article text and metadata of an HTML page (text is empty when nothing is found)."""
    precise = _run(html, url, True, max_date)
    balanced = _run(html, url, False, max_date)
    p_text = (precise.text or "") if precise is not None else ""
    b_text = (balanced.text or "") if balanced is not None else ""
    if (
        p_text
        and len(p_text) >= MIN_EXTRACT_CHARS
        and len(p_text) >= PRECISION_MIN_SHARE * len(b_text)
    ):
        doc, text, name = precise, p_text, "trafilatura_precision"
    elif b_text:
        doc, text, name = balanced, b_text, "trafilatura"
    elif p_text:
        doc, text, name = precise, p_text, "trafilatura_precision"
    else:
        doc, text, name = precise or balanced, "", "plain_text"
    published = _meta_time(html)
    if published is None and doc is not None and doc.date:
        published = normalise_iso(str(doc.date))
    if doc is None:
        return HtmlExtract(text, name, published=published)
    return HtmlExtract(
        text,
        name,
        title=doc.title or None,
        author=doc.author or None,
        sitename=doc.sitename or None,
        published=published,
    )


def visible_lines(html: str) -> str:
    """The visible text of a page, one line per block element (for the plain-text fallback)."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in list(root.iter(*_DROP_TAGS)):
        bad.drop_tree()
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if done:
            if node.tail and node is not root:
                parts.append(node.tail)
            continue
        if node.text and tag:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parts))
