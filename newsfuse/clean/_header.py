"""Metadata a plain-text page states about itself: title, standfirst, byline, date, outlet.

The header zone is what stands before the first body line. Walking back from the body, the
byline, dateline and caption marks are skipped; the text-like lines met then form a short run
(a tagline, the headline, a standfirst). The headline is the last of them, unless the last one
is a longer sentence standing after a shorter line: then that one is the standfirst.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsfuse.clean import _features as F
from newsfuse.clean._dates import FoundDate, find_date
from newsfuse.clean._plain import REPEATED, Classified

HEADER_WINDOW = 30  # lines before the body searched for the title
MAX_TITLE_WORDS = 40
STANDFIRST_MIN_WORDS = 8
_OUTLET_NAME = r"((?:The |the )?[A-Z][\w&.'’-]*(?:[ -](?:[A-Z][\w&.'’-]*|of|and|de|du)){0,5})"
_OUTLET_PATTERNS = (
    re.compile(rf"\bnotifications from {_OUTLET_NAME}"),
    re.compile(rf"^More from {_OUTLET_NAME} (?:Staff|Team|Editors|Reporters)\b"),
    re.compile(
        rf"(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?,?\s+)?{_OUTLET_NAME}"
    ),
    re.compile(rf"\bFollow {_OUTLET_NAME} on (?:Facebook|Twitter|X|Instagram|LinkedIn)\b"),
    re.compile(rf"\b(?:Subscribe|Sign up) to {_OUTLET_NAME}(?:'s)? (?:newsletter|daily|weekly)"),
    re.compile(rf"^{_OUTLET_NAME} (?:Staff|Newsroom|News Desk)$"),
)
_OUTLET_HINTS = ("otifications", "More from", "©", "(c)", "Copyright", "Follow", "to ", "Staff",
                 "Newsroom", "News Desk")  # fmt: skip
_BY = re.compile(r"^(?:by|par|von|por|di|door|av|af)\s+", re.IGNORECASE)
_BYLINE_END = re.compile(r"\s*(?:,|\||\band\b\s*$|\bupdated\b|\bpublished\b|\d).*$", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    """Positions (into the classified lines) of what the header zone holds."""

    title: int | None = None
    run_start: int | None = None  # first line of the text-like run the title was taken from
    title_repeats: tuple[int, ...] = ()
    standfirst: int | None = None
    byline: int | None = None
    byline_text: str | None = None
    byline_extra: tuple[int, ...] = ()  # role lines under a name
    dateline: int | None = None
    date: FoundDate | None = None


def _title_shape(text: str) -> bool:
    words = F.text_size(text)
    return 2 <= words <= MAX_TITLE_WORDS and not text.endswith(":")


def _title_like(item: Classified) -> bool:
    return item.kind in (F.TEXT, F.HEADLINE, F.SHORT) and _title_shape(item.line.text)


def _skippable(item: Classified) -> bool:
    return item.kind in F.NOT_BODY or F.is_name(item.line.text) or F.is_role(item.line.text)


def _repeated_title(items: Sequence[Classified], i: int, body_start: int) -> bool:
    """A line repeated in the page counts as a title only when every copy is above the body."""
    item = items[i]
    if item.reason != REPEATED or not _title_shape(item.line.text):
        return False
    return all(it.line.text != item.line.text for it in items[body_start:])


def _title_run(items: Sequence[Classified], body_start: int) -> list[int]:
    """The text-like lines just before the body, nearest last."""
    run: list[int] = []
    for i in range(body_start - 1, max(-1, body_start - 1 - HEADER_WINDOW), -1):
        item = items[i]
        if _repeated_title(items, i, body_start):
            run.append(i)
        elif _skippable(item) and not (run and item.kind == F.BOILERPLATE):
            continue
        elif not _title_like(item):
            break
        else:
            run.append(i)
        if len(run) >= 3:
            break
    return run[::-1]


def _pick_title(items: Sequence[Classified], run: list[int]) -> tuple[int | None, int | None]:
    texts = [items[i].line.text for i in run]
    distinct: list[int] = []
    for i, text in zip(run, texts, strict=True):
        if not distinct or items[distinct[-1]].line.text != text:
            distinct.append(i)
    if not distinct:
        return None, None
    last = distinct[-1]
    if len(distinct) >= 2:
        prev = distinct[-2]
        last_text, prev_text = items[last].line.text, items[prev].line.text
        if (
            len(prev_text) < len(last_text)
            and F.text_size(last_text) >= STANDFIRST_MIN_WORDS
            and items[prev].kind != F.TEXT
        ):
            return prev, last
    return last, None


def _byline(items: Sequence[Classified], lo: int, hi: int) -> tuple[int | None, str | None]:
    for i in range(lo, hi):
        text = items[i].line.text
        if items[i].kind == F.BYLINE:
            name = _BYLINE_END.sub("", _BY.sub("", text)).strip()
            return i, name or None
        if F.is_name(text) and items[i].kind in (F.SHORT, F.HEADLINE):
            return i, text
    return None, None


def read_header(items: Sequence[Classified], body_start: int) -> Header:
    """Title, standfirst, byline and dateline of a page whose body starts at ``body_start``."""
    run = _title_run(items, body_start)
    title, standfirst = _pick_title(items, run)
    repeats: tuple[int, ...] = ()
    if title is not None:
        text = items[title].line.text
        repeats = tuple(
            i for i, it in enumerate(items[:body_start]) if it.line.text == text and i != title
        )
    lo = title + 1 if title is not None else max(0, body_start - HEADER_WINDOW)
    byline, byline_text = _byline(items, lo, body_start)
    extra: tuple[int, ...] = ()
    if byline is not None and byline + 1 < body_start and F.is_role(items[byline + 1].line.text):
        extra = (byline + 1,)
    dateline, date = None, None
    for i in range(lo, body_start):
        if items[i].kind in (F.DATELINE, F.BYLINE):
            found = find_date(items[i].line.text)
            if found is not None:
                dateline, date = i, found
                break
    return Header(
        title,
        run[0] if run else None,
        repeats,
        standfirst,
        byline,
        byline_text,
        extra,
        dateline,
        date,
    )


def find_outlet(texts: Sequence[str]) -> str | None:
    """An outlet named by the page's own furniture ("More from X Staff", "© 2020 X")."""
    for text in texts:
        if len(text) > 300 or not any(hint in text for hint in _OUTLET_HINTS):
            continue
        for pattern in _OUTLET_PATTERNS:
            m = pattern.search(text)
            if m:
                name = m.group(1).strip(" .,'’-")
                name = re.sub(r"\s+(?:All|Inc|Ltd|LLC)$", "", name)
                if len(name) >= 3:
                    return name
    return None
