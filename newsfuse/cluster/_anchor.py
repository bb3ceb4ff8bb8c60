"""Anchor undated events to dated events elsewhere in the corpus.

An article with no publication date may still date its event against another one: "Sunday's
attack comes two weeks ahead of the Jan. 3 anniversary of the drone strike". Annotate reads
that as an offset (-14 days) from a partial date (``XXXX-01-03``) that names another event. When
the corpus holds that other event with a full date (the same sub-event type on the same month
and day, in one year only), the offset gives this event's date: from the event itself, or from
its next anniversary when the text says "anniversary". A weekday the article gives for its
event ("on Sunday") must agree, or nothing is filled in: an unsure date is left open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from newsfuse.annotate import find_times
from newsfuse.models import Article, DateClaim, EventMention, Evidence, TimeExpression

_MONTH_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
_ANNIVERSARY = re.compile(r"\banniversar(y|ies)\b", re.IGNORECASE)
_NEAR = 200  # characters after the anchor in which "anniversary" refers to it


def _dated_days(mentions: Iterable[EventMention]) -> dict[tuple[str, str], set[int]]:
    """(sub-event type, MM-DD) -> the years in which the corpus dates such an event that day."""
    days: dict[tuple[str, str], set[int]] = {}
    for m in mentions:
        claim = m.date
        if claim is None or not claim.date or claim.precision != "day" or claim.how == "none":
            continue
        if claim.how == "relative_to_event":
            continue  # only anchor on dates the sources state
        day = date.fromisoformat(claim.date[:10])
        days.setdefault((m.sub_event_type, f"{day:%m-%d}"), set()).add(day.year)
    return days


def _anchor_mention(
    expr: TimeExpression, base: TimeExpression, mentions: Sequence[EventMention]
) -> EventMention | None:
    """The article's mention of the event that ``base`` dates (its date evidence is ``base``)."""
    for m in mentions:
        ev = m.date.evidence if m.date else None
        if ev is not None and ev.start < base.end and base.start < ev.end and not m.is_main:
            return m
    return None


def _resolve(
    text: str,
    expr: TimeExpression,
    base: TimeExpression,
    anchor: EventMention,
    days: Mapping[tuple[str, str], set[int]],
) -> date | None:
    match = _MONTH_DAY.match(base.timex or "")
    if match is None or expr.offset_days is None:
        return None
    years = days.get((anchor.sub_event_type, f"{match[1]}-{match[2]}"), set())
    if len(years) != 1:
        return None  # no dated event, or several years: ambiguous
    year = next(iter(years))
    if _ANNIVERSARY.search(text, base.end, base.end + _NEAR):
        year += 1  # the first anniversary: the nearest one after the event
    try:
        return date(year, int(match[1]), int(match[2])) + timedelta(days=expr.offset_days)
    except ValueError:
        return None


def _weekday_agrees(main: EventMention, text: str, day: date) -> bool:
    ev = main.date.evidence if main.date else None
    if ev is None:
        return True
    for expr in find_times(text[ev.start : ev.end], None):
        week = _WEEKDAY.match(expr.timex or "")
        if week is not None:
            return day.isoweekday() == int(week[1])
    return True


def _anchored_date(
    main: EventMention,
    article: Article,
    mentions: Sequence[EventMention],
    days: Mapping[tuple[str, str], set[int]],
) -> DateClaim | None:
    times = find_times(article.text, None)
    by_start = {t.start: t for t in times}
    for expr in times:
        if expr.anchor != "event" or expr.anchor_start is None:
            continue
        base = by_start.get(expr.anchor_start)
        anchor = _anchor_mention(expr, base, mentions) if base else None
        if base is None or anchor is None:
            continue
        day = _resolve(article.text, expr, base, anchor, days)
        if day is None or not _weekday_agrees(main, article.text, day):
            continue
        quote = article.text[expr.start : expr.end]
        evidence = Evidence(article.id, expr.start, expr.end, quote)
        return DateClaim(day.isoformat(), day.isoformat(), "day", "relative_to_event", evidence)
    return None


def anchor_dates(
    mentions: Mapping[str, tuple[EventMention, ...]], articles: Mapping[str, Article]
) -> dict[str, tuple[EventMention, ...]]:
    """``mentions`` (article id -> its mentions) with undated main mentions dated, where the
    corpus allows it; other mentions are returned unchanged."""
    days = _dated_days(m for ms in mentions.values() for m in ms)
    out: dict[str, tuple[EventMention, ...]] = {}
    for article_id, ms in mentions.items():
        article = articles.get(article_id)
        updated = list(ms)
        for i, m in enumerate(ms):
            if article is None or not m.is_main or (m.date is not None and m.date.date):
                continue
            claim = _anchored_date(m, article, ms, days)
            if claim is not None:
                updated[i] = replace(m, date=claim)
        out[article_id] = tuple(updated)
    return out
