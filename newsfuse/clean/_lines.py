"""Lines of a page with their offsets, line normalisation and corpus line statistics."""

from __future__ import annotations

import html
import html.entities
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from newsfuse.clean._urls import page_host
from newsfuse.models import RawDocument
from newsfuse.settings import Settings

_INVISIBLE = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", " "))
_ZERO_WIDTH = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", None))
_DIGITS = re.compile(r"\d+")
# a character reference left undecoded by the scraper: "&#39;", "&#x27;", "&amp;", "&nbsp;"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_EDGE_PUNCT = " \t|•·-–—:;,.!?*#>«»\"'“”‘’()[]"
_WORD = re.compile(r"\w+")

# A line recurring across sites is only taken as boilerplate when it is short: a long line
# shared by several outlets is more likely syndicated wire copy than a menu.
CROSS_SITE_MAX_WORDS = 10


class Line(NamedTuple):
    """One non-blank line of the page: its text (whitespace-trimmed) and where it was."""

    number: int  # 0-based position among all lines of the page (blank ones included)
    text: str
    gap_before: bool  # a blank line (or the page start) precedes it


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, trimmed, with their 0-based line numbers."""
    out: list[Line] = []
    gap = True
    for i, raw in enumerate(text.splitlines()):
        stripped = " ".join((raw if raw.isascii() else raw.translate(_INVISIBLE)).split())
        if not stripped:
            gap = True
            continue
        out.append(Line(i, stripped, gap))
        gap = False
    return out


def _decoded(m: re.Match[str]) -> str:
    """A numeric or a known named reference decoded; an unknown name stays as written."""
    ref = m.group()
    if ref[1] == "#" or ref[1:] in html.entities.html5:
        return html.unescape(ref)
    return ref


def tidy(text: str) -> str:
    """Text as the article shows it: character references decoded ("&#39;" -> "'"),
    zero-width characters and soft hyphens dropped, non-breaking and other Unicode spaces and
    runs of spaces as one plain space, each line trimmed; line breaks kept. Applied to each
    paragraph before the text is joined, so offsets into ``Article.text`` are offsets into
    the tidied text."""
    if "&" in text:
        text = _ENTITY.sub(_decoded, text)
    if not text.isascii():
        text = text.translate(_ZERO_WIDTH)
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


def normalise(line: str) -> str:
    """The comparison key of a trimmed line (as ``split_lines`` gives it): case-folded, digits
    as 0, edge punctuation dropped."""
    return _DIGITS.sub("0", line.strip(_EDGE_PUNCT).casefold())


def site_of(doc: RawDocument) -> str | None:
    """The site a document belongs to: the URL host (without ``www.``; an archived page's own
    host for a web-archive snapshot URL), else the outlet."""
    host = page_host(doc.url)
    if host:
        return host
    if doc.outlet:
        return doc.outlet.casefold()
    return None


def page_keys(text: str) -> set[str]:
    """The distinct normalised lines of one page."""
    keys = {normalise(line.text) for line in split_lines(text)}
    keys.discard("")
    return keys


def recurring_keys(docs: Iterable[RawDocument], settings: Settings) -> frozenset[str]:
    """Normalised lines that recur across pages of one site, or (short ones) across sites."""
    by_site: dict[str | None, list[set[str]]] = defaultdict(list)
    for doc in docs:
        if doc.media_type != "text/plain":
            continue
        by_site[site_of(doc)].append(page_keys(doc.text))
    min_pages = max(2, settings.boilerplate_min_pages)
    found: set[str] = set()
    sites_with: Counter[str] = Counter()
    for site, pages in by_site.items():
        counts: Counter[str] = Counter()
        for keys in pages:
            counts.update(keys)
        if site is not None:
            need = max(min_pages, settings.boilerplate_min_share * len(pages))
            found.update(k for k, c in counts.items() if c >= need)
            sites_with.update(counts.keys())
        else:  # pages of unknown site: each page is its own site
            sites_with.update(counts)
    for key, n_sites in sites_with.items():
        if n_sites >= min_pages and len(_WORD.findall(key)) <= CROSS_SITE_MAX_WORDS:
            found.add(key)
    return frozenset(found)
