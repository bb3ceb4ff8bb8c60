"""From classified lines (or an HTML extraction) to the pieces of an :class:`Article`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newsfuse.clean import _features as F
from newsfuse.clean._header import Header, find_outlet, read_header
from newsfuse.clean._html import extract_html, visible_lines
from newsfuse.clean._lines import normalise, split_lines
from newsfuse.clean._plain import Classified, classify_page
from newsfuse.models import Paragraph, RemovedBlock

_REMOVED_KIND = {
    F.BOILERPLATE: "boilerplate",
    F.JUNK: "boilerplate",
    F.ENDMARK: "boilerplate",
    F.RELATED: "related",
    F.COMMENT: "comment",
    F.CAPTION: "caption",
    F.BYLINE: "byline",
    F.DATELINE: "dateline",
}


@dataclass
class Parts:
    """What cleaning found in one page, before metadata precedence is applied."""

    paragraphs: list[tuple[str, str]] = field(default_factory=list)  # (text, kind)
    removed: list[RemovedBlock] = field(default_factory=list)
    title: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    outlet: str | None = None
    outlet_source: str = "none"
    published: str | None = None
    published_source: str = "none"
    extractor: str = "plain_text"


def join_paragraphs(paragraphs: Sequence[tuple[str, str]]) -> tuple[str, tuple[Paragraph, ...]]:
    """The article text (paragraphs joined by a blank line) and each paragraph's offsets."""
    out: list[Paragraph] = []
    pos = 0
    for text, kind in paragraphs:
        out.append(Paragraph(pos, pos + len(text), kind))
        pos += len(text) + 2
    return "\n\n".join(text for text, _ in paragraphs), tuple(out)


def _header_roles(header: Header, run_start: int | None) -> dict[int, tuple[str, str]]:
    roles: dict[int, tuple[str, str]] = {}
    if header.title is not None:
        roles[header.title] = ("title", "headline")
        if run_start is not None:
            for i in range(run_start, header.title):
                roles.setdefault(i, ("tagline", "line above the headline"))
    for i in header.title_repeats:
        roles[i] = ("title", "repeated headline")
    if header.standfirst is not None:
        roles[header.standfirst] = ("standfirst", "standfirst under the headline")
    if header.byline is not None:
        roles[header.byline] = ("byline", "byline")
    for i in header.byline_extra:
        roles[i] = ("byline", "writer's role")
    if header.dateline is not None:
        roles[header.dateline] = ("dateline", "publication date")
    return roles


def _removed(
    items: Sequence[Classified], keep: set[int], roles: dict[int, tuple[str, str]]
) -> list[RemovedBlock]:
    """Every line not kept, as blocks: neighbouring lines of one kind and reason together."""
    out: list[RemovedBlock] = []
    run: list[str] = []
    run_key: tuple[str, str] | None = None
    for i, item in enumerate(items):
        if i in keep:
            key = None
        elif i in roles:
            key = roles[i]
        elif item.kind in _REMOVED_KIND:
            key = (_REMOVED_KIND[item.kind], item.reason)
        else:
            key = ("boilerplate", "outside the main text")
        if key != run_key or key in roles.values():
            if run_key is not None:
                out.append(RemovedBlock(run_key[0], "\n".join(run), run_key[1]))
            run, run_key = [], key
        if key is not None:
            run.append(item.line.text)
    if run_key is not None:
        out.append(RemovedBlock(run_key[0], "\n".join(run), run_key[1]))
    return out


def plain_parts(text: str, recurring: frozenset[str]) -> Parts:
    """Body, removed blocks and stated metadata of a whole-page plain text."""
    page = classify_page(split_lines(text), recurring)
    items = page.lines
    header = read_header(items, page.header_end)
    keep = set(page.body)
    paragraphs = [
        (items[i].line.text, "body" if items[i].kind == F.TEXT else "subhead") for i in page.body
    ]
    roles = _header_roles(header, header.run_start)
    parts = Parts(paragraphs=paragraphs, removed=_removed(items, keep, roles))
    if header.title is not None:
        parts.title = items[header.title].line.text
    if header.standfirst is not None:
        parts.standfirst = items[header.standfirst].line.text
    parts.byline = header.byline_text
    if header.date is not None:
        parts.published, parts.published_source = header.date.iso, "text"
    parts.outlet = find_outlet([it.line.text for i, it in enumerate(items) if i not in keep])
    parts.outlet_source = "text" if parts.outlet else "none"
    return parts


def html_parts(html: str, url: str | None, max_date: str) -> Parts:
    """Body, removed blocks and metadata of an HTML page (the extractor cascade)."""
    found = extract_html(html, url, max_date)
    visible = visible_lines(html)
    if not found.text.strip():
        parts = plain_parts(visible, frozenset())
    else:
        body = [" ".join(p.split()) for p in found.text.split("\n")]
        body = [p for p in body if p]
        title_key = normalise(found.title or "")
        while body and title_key and normalise(body[0]) == title_key:
            body.pop(0)  # the headline printed above the article is not body
        parts = Parts(paragraphs=[(p, "body") for p in body], extractor=found.extractor)
        kept = {normalise(p) for p, _ in parts.paragraphs}
        page = classify_page(split_lines(visible), frozenset())
        parts.removed = [
            RemovedBlock(
                "title" if key == title_key else _REMOVED_KIND.get(it.kind, "boilerplate"),
                it.line.text,
                "not extracted",
            )
            for it in page.lines
            if (key := normalise(it.line.text)) not in kept
        ]
    parts.extractor = found.extractor if found.text.strip() else "plain_text"
    parts.title = found.title or parts.title
    parts.byline = found.author or parts.byline
    if found.sitename:
        parts.outlet, parts.outlet_source = found.sitename, "html_meta"
    if found.published:
        parts.published, parts.published_source = found.published, "html_meta"
    return parts
