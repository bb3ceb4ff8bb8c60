"""The plain-text classifier: which lines of a whole-page text are the article body.

1. Each line gets a kind from its own shape and wording (:mod:`._features`); lines that recur
   across the corpus (``recurring``) or twice in the page are boilerplate whatever they look like.
2. Each line gets a score: sentence-like text scores by its length, everything else a penalty.
   The main text is the run of lines with the highest total (a maximum-sum segment), so menus,
   teaser lists and footers around it fall away while a heading or an ad inside it does not
   break it.
3. Inside that run, furniture, captions, related links and comment prompts are taken out; what
   stands before the first paragraph (title, standfirst, byline, dateline, caption) is handed to
   :mod:`._header`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from newsfuse.clean import _features as F
from newsfuse.clean._lines import Line, normalise

# Scores for the maximum-sum segment, in word-equivalents (see ``_features.text_size``).
TEXT_WORDS_PER_POINT = 6.8  # a paragraph of n words scores n / 6.8 - TEXT_BASE
TEXT_BASE = 0.5
HEADING_PENALTY = 0.85  # a short line, a heading
HEADLINE_PENALTY = 1.5  # a headline-like line (teasers, related stories)
FURNITURE_PENALTY = 2.5  # boilerplate and related links
HEADER_PENALTY = 1.0  # bylines, captions
BARRIER_PENALTY = 6.0  # datelines, comment prompts, end headings: what follows is rarely the
# same article
EXTEND_SHARE = 1.9  # a later run joins the main one when it scores this share of the gap
EXTEND_MIN_SCORE = 8.0  # ... and at least this much
RELATED_END_WORDS = 15  # a paragraph this long ends a list of related links
JUNK_PENALTY = 0.5  # a line without words (a separator, a counter)
HEADER_LOOKAHEAD = 6  # lines at the top of the main text searched for header marks
MAX_REPEAT_WORDS = 3  # a line this short seen twice in one page is furniture
MIN_REPEAT_LONG = 15  # ... and so is a line this long (a gallery caption, a teaser)
REPEATED = "repeated in the page"
LIST_ITEM_WORDS = 25  # a list under "...:" goes on while its lines are this short
MIN_LIST_ITEMS = 2  # ... and counts as a list from this many lines
COMMENT_DISCOUNT = 0.3  # what a run after a comment prompt is worth, text having come before


class Classified(NamedTuple):
    """A line with its kind and the reason a removed line was removed."""

    line: Line
    kind: str
    reason: str = ""
    words: int = 0  # size in word-equivalents (``_features.text_size``)


@dataclass(frozen=True)
class PlainBody:
    """The classified lines and where the body is among them."""

    lines: tuple[Classified, ...]
    body: tuple[int, ...]  # positions in ``lines`` kept as body, in order
    header_end: int  # first position after the header zone (the first body line)


def kinds_of(lines: Sequence[Line], recurring: frozenset[str]) -> list[Classified]:
    """Each line's kind, with corpus and in-page repetition taken into account."""
    keys = [normalise(line.text) for line in lines]
    seen = Counter(keys)
    out: list[Classified] = []
    for line, key in zip(lines, keys, strict=True):
        words = F.text_size(line.text)
        kind = F.classify(line.text, words)
        if key in recurring and kind != F.JUNK:
            kind, reason = F.BOILERPLATE, "recurring across pages"
        elif (
            seen[key] > 1
            and kind != F.JUNK
            and (words <= MAX_REPEAT_WORDS or words >= MIN_REPEAT_LONG)
        ):
            kind, reason = F.BOILERPLATE, REPEATED
        else:
            reason = _REASONS.get(kind, "")
        out.append(Classified(line, kind, reason, words))
    return _smooth(out)


_REASONS = {
    F.BOILERPLATE: "site furniture or appeal",
    F.RELATED: "link to another story",
    F.COMMENT: "comment prompt",
    F.CAPTION: "photo caption or credit",
    F.BYLINE: "byline",
    F.DATELINE: "dateline",
    F.JUNK: "no words",
    F.ENDMARK: "after the article",
}


def _smooth(items: list[Classified]) -> list[Classified]:
    """A 'we'-voiced paragraph between two pieces of furniture is part of the same appeal."""
    out = list(items)
    for i in range(1, len(items) - 1):
        it = items[i]
        if (
            it.kind == F.TEXT
            and items[i - 1].kind == F.BOILERPLATE
            and items[i + 1].kind == F.BOILERPLATE
            and F.first_person_plural(it.line.text) >= 2
        ):
            out[i] = Classified(it.line, F.BOILERPLATE, "inside an appeal", it.words)
    return out


def _score(item: Classified) -> float:
    kind = item.kind
    if kind == F.TEXT:
        return item.words / TEXT_WORDS_PER_POINT - TEXT_BASE
    if kind == F.SHORT:
        return -HEADING_PENALTY
    if kind == F.HEADLINE:
        return -HEADLINE_PENALTY
    if kind in (F.DATELINE, F.COMMENT, F.ENDMARK):
        return -BARRIER_PENALTY
    if kind in F.HEADER_MARKS:
        return -HEADER_PENALTY
    if kind == F.JUNK:
        return -JUNK_PENALTY
    return -FURNITURE_PENALTY


_LIST_KINDS = frozenset({F.TEXT, F.SHORT, F.HEADLINE})


def _best_run(scores: Sequence[float], lo: int, hi: int) -> tuple[float, int, int]:
    """The highest-scoring [start, end) run within ``scores[lo:hi]`` (0, lo, lo: none)."""
    best, best_span = 0.0, (lo, lo)
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_span = total, (start, i + 1)
    return best, best_span[0], best_span[1]


def _zones(items: Sequence[Classified]) -> list[tuple[int, int]]:
    """The page cut at comment prompts: the main text never runs across one."""
    cuts = [i for i, item in enumerate(items) if item.kind == F.COMMENT]
    starts = [0, *(c + 1 for c in cuts)]
    ends = [*cuts, len(items)]
    return list(zip(starts, ends, strict=True))


def main_segment(items: Sequence[Classified]) -> tuple[int, int] | None:
    """The run of lines with the highest total score, extended over a costly interruption
    (a 'most read' box) when enough text follows it (None: nothing scores above zero).

    Runs after a comment prompt count for ``COMMENT_DISCOUNT`` of their score when text
    came before the prompt: the article is written before its readers' comments.
    """
    scores = [_score(item) for item in items]
    best, span, seen = 0.0, (0, 0, 0), 0.0
    for lo, hi in _zones(items):
        score, start, end = _best_run(scores, lo, hi)
        weighted = score * COMMENT_DISCOUNT if seen > 0 else score
        if weighted > best:
            best, span = weighted, (start, end, hi)
        seen = max(seen, score)
    if best <= 0:
        return None
    start, end, hi = span
    while end < hi:
        more, nxt_start, nxt_end = _best_run(scores, end, hi)
        gap = -sum(scores[end:nxt_start])
        if more < EXTEND_MIN_SCORE or more < EXTEND_SHARE * gap:
            break
        end = nxt_end
    return start, _list_end(items, end)


def _list_run(items: Sequence[Classified], first: int) -> int:
    """The end of a run of short list-like lines starting at ``first``."""
    stop = first
    while stop < len(items) and items[stop].kind in _LIST_KINDS:
        if items[stop].words > LIST_ITEM_WORDS:
            break
        stop += 1
    return stop


def _list_end(items: Sequence[Classified], end: int) -> int:
    """The end of the run, taken past a list announced by a colon ("Tour dates:")."""
    if end >= len(items):
        return end
    last = end if items[end].line.text.endswith(":") else end - 1
    if items[last].line.text.endswith(":") and items[last].kind in _LIST_KINDS:
        stop = _list_run(items, last + 1)
        if stop - last > MIN_LIST_ITEMS:
            return stop
    return end


def _header_end(items: Sequence[Classified], start: int, end: int) -> int:
    """Where the body begins: after byline/dateline/caption marks at the top of the run."""
    last_mark = -1
    texts_before = 0
    for i in range(start, min(end, start + HEADER_LOOKAHEAD)):
        item = items[i]
        if item.kind in (F.BYLINE, F.DATELINE) or (
            item.kind == F.CAPTION and not item.line.gap_before and texts_before <= 1
        ):
            if texts_before > 2:
                break
            last_mark = i
        elif item.kind == F.TEXT:
            texts_before += 1
    return last_mark + 1 if last_mark >= 0 else start


def _body_positions(items: Sequence[Classified], start: int, end: int) -> list[int]:
    """Lines of the run that are body: paragraphs, and headings followed by a paragraph."""
    keep: list[int] = []
    in_related = False
    for i in range(start, end):
        item = items[i]
        if item.kind == F.ENDMARK:
            break
        if item.kind == F.RELATED:
            in_related = True
            continue
        if item.kind == F.TEXT:
            if in_related and (F.is_bullet(item.line.text) or item.words < RELATED_END_WORDS):
                continue
            in_related = False
            keep.append(i)
        elif item.kind in (F.SHORT, F.HEADLINE) and not in_related:
            nxt = i + 1
            if (nxt < end and items[nxt].kind in _LIST_KINDS) or _in_list(items, i, start):
                keep.append(i)
    return keep


def _in_list(items: Sequence[Classified], i: int, start: int) -> bool:
    """The line is an item of a list announced by a colon a few short lines above."""
    j = i - 1
    while j >= start and items[j].kind in _LIST_KINDS and items[j].words <= LIST_ITEM_WORDS:
        if items[j].line.text.endswith(":"):
            return True
        j -= 1
    return False


def classify_page(lines: Sequence[Line], recurring: frozenset[str]) -> PlainBody:
    """Classify the lines of one page and choose its body lines."""
    items = kinds_of(lines, recurring)
    span = main_segment(items)
    if span is None:
        return PlainBody(tuple(items), (), len(items))
    start, end = span
    body_start = _header_end(items, start, end)
    body = _body_positions(items, body_start, end)
    return PlainBody(tuple(items), tuple(body), body[0] if body else body_start)
