"""Time expressions resolved against the article's publication date.

Rules (documented in docs/annotate.md):
- absolute dates keep their own year; a date without a year takes the year that puts it
  nearest the publication date, preferring the past (a date ahead counts four times its
  distance), never later than ``reference_time``; in a past-tense sentence (``past`` says
  which offsets are in one) it takes the most recent such day on or before publication;
- a weekday is the most recent such day on or before publication ("last" = strictly before,
  "next" = strictly after);
- with no publication date, anything that needs one gets ``date=None`` and ``anchor="none"``,
  with a TIMEX3-like partial value in ``timex`` ("XXXX-01-03", "XXXX-WXX-7") so that a later
  stage can resolve it;
- "<N units> ahead of/before/after <date>" is anchored on that date (``anchor="event"``,
  ``offset_days``, ``anchor_start``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from newsfuse.annotate import _timepatterns as P
from newsfuse.annotate._numbers import parse_number
from newsfuse.models import TimeExpression

_Resolved = tuple[date | None, date | None, str, str, str | None]  # start, end, prec, anchor, timex
_NO_YEAR = frozenset({"month_day", "day_month"})
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_TOD_NAMES = {"overnight": "night", "midnight": "night", "dawn": "morning", "dusk": "evening",
              "noon": "afternoon"}  # fmt: skip


def parse_published(value: str | None) -> date | None:
    """The calendar date of an ISO date or datetime string (local to its own offset)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None


def _month(token: str) -> int:
    return P.MONTHS[token[:3].lower()]


def _day(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, ref: date, cap: date | None, past: bool) -> date | None:
    best: tuple[int, date] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        cand = _safe(year, month, day)
        if cand is None or (cap is not None and cand > cap) or (past and cand > ref):
            continue
        cost = (ref - cand).days if cand <= ref else 4 * (cand - ref).days
        if best is None or cost < best[0]:
            best = (cost, cand)
    return None if best is None else best[1]


def _day_date(m: re.Match[str], ref: date | None, cap: date | None, past: bool) -> _Resolved:
    month, day = _month(m.group("month")), _day(m.group("day"))
    if m.group("year"):
        d = _safe(int(m.group("year")), month, day)
        return d, d, "day", "absolute", d.isoformat() if d else None
    timex = f"XXXX-{month:02d}-{day:02d}"
    if ref is None:
        return None, None, "day", "none", timex
    d = _nearest_year(month, day, ref, cap, past)
    if d is None and past:  # Feb 29 with no leap year in reach
        d = _nearest_year(month, day, ref, cap, False)
    return d, d, "day", "published", timex


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _month_only(m: re.Match[str], ref: date | None) -> _Resolved:
    month = _month(m.group("month"))
    if ref is None:
        return None, None, "month", "none", f"XXXX-{month:02d}"
    rel = (m.group("rel") or "").lower()
    year = ref.year if month <= ref.month else ref.year - 1
    if rel == "last" and month == ref.month:
        year -= 1
    if rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    start, end = _month_span(year, month)
    return start, end, "month", "published", f"{year}-{month:02d}"


def _weekday(m: re.Match[str], ref: date | None) -> _Resolved:
    wd = P.WEEKDAYS[m.group("wd")[:3].lower()]
    timex = f"XXXX-WXX-{wd + 1}"
    if ref is None:
        return None, None, "day", "none", timex
    rel = (m.group("rel") or "").lower()
    if rel == "next":
        d = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
    else:
        back = (ref.weekday() - wd) % 7
        d = ref - timedelta(days=back or (7 if rel in ("last", "past") else 0))
    return d, d, "day", "published", None


def _period(unit: str, ref: date, shift: int, to_ref: bool) -> tuple[date, date, str]:
    """The week/month/year containing ``ref`` moved by ``shift`` units; cut at ref if asked."""
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        start, end = monday, monday + timedelta(days=6)
    elif unit == "month":
        year, month = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
        start, end = _month_span(year, month + 1)
    else:
        start, end = date(ref.year + shift, 1, 1), date(ref.year + shift, 12, 31)
    return start, (min(end, ref) if to_ref else end), unit


def _relative(text: str, ref: date | None) -> _Resolved:
    phrase = " ".join(text.lower().split())
    phrase = re.sub(r"^(?:early|late) (?=yesterday|last night|tonight|today|this )", "", phrase)
    if ref is None:
        unit = phrase.split()[-1]
        return None, None, unit if unit in _UNIT_DAYS else "day", "none", None
    if phrase.startswith("the day before yesterday"):
        d = ref - timedelta(days=2)
    elif phrase.startswith(("yesterday", "last night", "overnight")):
        d = ref - timedelta(days=1)
    elif phrase.startswith(("today", "tonight", "this morning", "this afternoon", "this evening")):
        d = ref
    elif "weekend" in phrase:
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        return saturday, saturday + timedelta(days=1), "day", "published", None
    else:
        unit = phrase.split()[-1]
        shift = -1 if re.search(r"\b(?:last|past)\b", phrase) else 1 if "next" in phrase else 0
        start, end, prec = _period(unit, ref, shift, to_ref=shift == 0)
        return start, end, prec, "published", None
    return d, d, "day", "published", None


def _amount(token: str) -> int | None:
    return 1 if token.lower() in ("a", "an", "the") else parse_number(token)


def _ago(m: re.Match[str], ref: date | None) -> _Resolved:
    n, unit = _amount(m.group("n")), m.group("unit").lower()
    if ref is None or n is None:
        return None, None, unit, "none", None
    d = ref - timedelta(days=n * _UNIT_DAYS[unit])
    return d, d, unit, "published", None


def _resolve(
    kind: str, m: re.Match[str], ref: date | None, cap: date | None, past: bool = False
) -> _Resolved:
    if kind in ("iso", "us"):
        d = _safe(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        return d, d, "day", "absolute", d.isoformat() if d else None
    if kind in ("month_day", "day_month"):
        return _day_date(m, ref, cap, past)
    if kind == "month_year":
        year, month = int(m.group("year")), _month(m.group("month"))
        start, end = _month_span(year, month)
        return start, end, "month", "absolute", f"{year}-{month:02d}"
    if kind == "year":
        year = int(m.group("year"))
        return date(year, 1, 1), date(year, 12, 31), "year", "absolute", str(year)
    if kind == "month":
        return _month_only(m, ref)
    if kind == "weekday":
        return _weekday(m, ref)
    if kind == "ago":
        return _ago(m, ref)
    return _relative(m.group(0), ref)


def _time_of_day(text: str) -> str | None:
    if text.lower().startswith("last night") or text.lower().startswith("tonight"):
        return "night"
    found = P.TOD.findall(text)
    if not found:
        return None
    word = str(found[-1]).lower()
    return _TOD_NAMES.get(word, word)


def _expression(
    kind: str, m: re.Match[str], ref: date | None, cap: date | None, past: bool = False
) -> TimeExpression:
    start, end, precision, anchor, timex = _resolve(kind, m, ref, cap, past)
    text = m.group(0)
    return TimeExpression(
        text=text,
        start=m.start(),
        end=m.end(),
        date=start.isoformat() if start else None,
        date_end=end.isoformat() if end else None,
        precision=precision,
        anchor=anchor,
        time_of_day=_time_of_day(text),
        timex=timex,
    )


def _anchored(text: str, base: TimeExpression) -> TimeExpression | None:
    """ "two weeks ahead of <base>": a new expression anchored on ``base``."""
    window_start = max(0, base.start - 60)
    m = P.OFFSET_BEFORE.search(text, window_start, base.start)
    if m is None:
        return None
    n = _amount(m.group("n"))
    if n is None:
        return None
    sign = 1 if m.group("rel").lower() in ("after", "following", "since", "from") else -1
    offset = sign * n * _UNIT_DAYS[m.group("unit").lower()]
    unit = m.group("unit").lower()
    start = date.fromisoformat(base.date) + timedelta(days=offset) if base.date else None
    return TimeExpression(
        text=text[m.start() : base.end],
        start=m.start(),
        end=base.end,
        date=start.isoformat() if start else None,
        date_end=start.isoformat() if start else None,
        precision=base.precision if unit in ("day", "week") else unit,
        anchor="event",
        offset_days=offset,
        anchor_start=base.start,
    )


def find_times(
    text: str,
    published: str | None,
    cap: date | None = None,
    past: Callable[[int], bool] | None = None,
) -> list[TimeExpression]:
    """Every time expression in ``text``, left to right, resolved against ``published``;
    ``past(offset)`` tells whether the sentence at ``offset`` is told in the past tense."""
    ref = parse_published(published)
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    for kind, pattern in P.DATE_PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            in_past = past is not None and kind in _NO_YEAR and past(s)
            found.append(_expression(kind, m, ref, cap, in_past))
    found.sort(key=lambda t: t.start)
    out: list[TimeExpression] = []
    for expr in found:
        anchored = _anchored(text, expr)
        if anchored is not None and not any(a < anchored.start < b for a, b in taken):
            out.append(anchored)
        out.append(expr)
    return out
