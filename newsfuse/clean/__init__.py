"""Clean: the article body, title, outlet, byline and date out of scraped text and HTML.

    recurring_lines(docs, settings) -> frozenset[str]   lines that are boilerplate corpus-wide
    clean(doc, settings, recurring) -> Article          raises Rejected("no_article") if empty
    clean_many(docs, settings)      -> Iterator[Article | Rejection]

HTML goes through an extractor cascade (trafilatura, then the plain-text classifier on the
page's visible lines); plain text through our own line classifier (see ``_plain``). See
docs/clean.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime

from newsfuse.clean._build import Parts, html_parts, join_paragraphs, plain_parts
from newsfuse.clean._dates import normalise_iso, not_after
from newsfuse.clean._lines import recurring_keys, tidy
from newsfuse.clean._urls import page_host
from newsfuse.errors import Rejected
from newsfuse.models import Article, RawDocument, Rejection, document_id
from newsfuse.settings import Settings

__all__ = ["clean", "clean_many", "recurring_lines"]


def recurring_lines(docs: Iterable[RawDocument], settings: Settings) -> frozenset[str]:
    """Normalised lines that recur across many pages (of one site, or of the whole corpus).

    A line is boilerplate when it is on at least ``boilerplate_min_pages`` pages of one site
    and on at least ``boilerplate_min_share`` of that site's pages (site: URL host, else the
    given outlet); a short line (up to 10 words) also when it is on pages of at least
    ``boilerplate_min_pages`` different sites (a page of unknown site counts as its own site).
    Long lines shared across sites are kept: that is syndicated copy, not furniture. Only
    plain-text documents are counted.
    """
    return recurring_keys(docs, settings)


def _reference(doc: RawDocument, settings: Settings) -> str:
    return doc.retrieved or settings.reference_time or datetime.now(UTC).isoformat()


def _published(doc: RawDocument, parts: Parts, reference: str) -> tuple[str | None, str]:
    if doc.published:
        given = normalise_iso(doc.published) or doc.published
        source = doc.published_source if doc.published_source != "none" else "input"
        return given, source
    value = not_after(parts.published, reference)
    return (value, parts.published_source) if value else (None, "none")


def _outlet(doc: RawDocument, parts: Parts) -> tuple[str | None, str]:
    if doc.outlet:
        return doc.outlet, "input"
    if parts.outlet:
        return parts.outlet, parts.outlet_source
    host = page_host(doc.url)
    if host:
        return host, "url"
    return None, "none"


def _tidy(value: str | None) -> str | None:
    return tidy(value) or None if value else value


def clean(doc: RawDocument, settings: Settings, recurring: frozenset[str] = frozenset()) -> Article:
    """The clean article of one raw document; raises ``Rejected("no_article")`` when empty."""
    reference = _reference(doc, settings)
    if doc.media_type == "text/html":
        parts = html_parts(doc.text, doc.url, reference[:10])
    else:
        parts = plain_parts(doc.text, recurring)
    body = [(p, kind) for p, kind in ((tidy(p), kind) for p, kind in parts.paragraphs) if p]
    if not body:
        raise Rejected("no_article", f"no article body found in {doc.input_id}")
    text, paragraphs = join_paragraphs(body)
    published, published_source = _published(doc, parts, reference)
    outlet, outlet_source = _outlet(doc, parts)
    return Article(
        id=document_id(doc),
        input_id=doc.input_id,
        text=text,
        paragraphs=paragraphs,
        title=_tidy(doc.title or parts.title),
        standfirst=_tidy(parts.standfirst),
        byline=_tidy(parts.byline),
        outlet=outlet,
        outlet_source=outlet_source,
        published=published,
        published_source=published_source,
        url=doc.url,
        retrieved=doc.retrieved,
        removed=tuple(parts.removed),
        extra=dict(doc.extra),
    )


def clean_many(docs: Sequence[RawDocument], settings: Settings) -> Iterator[Article | Rejection]:
    """Clean each document, with boilerplate lines learnt from all of them."""
    recurring = recurring_lines(docs, settings)
    for doc in docs:
        try:
            yield clean(doc, settings, recurring)
        except Rejected as exc:
            yield Rejection(doc.input_id, doc.origin, exc.reason, exc.detail)
