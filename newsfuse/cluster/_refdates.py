"""Referenced dates: the earlier days a report points back to ("the Aug. 14 shooting").

A follow-up report (an arrest, a charge, a trial weeks or months later) states its own date,
which conflicts with the date of the incident it follows up, but it usually names the
incident's date too: "charged in the Aug. 14 shooting", "killed on May 26, 2013", "the
shooting in November 2015", "last month's shooting". Those dates, read here from the text as
day intervals, let the clusterer tell a follow-up (its referenced date is the cluster's event
date) from another incident in the same place (no date in common).

Only written calendar dates are read: a month name with a day ("Aug. 14", "August 14, 2014")
or a year ("November 2015"), and "last month". A weekday ("on Friday") names no day without
the report's own frame and is left to annotate. A date without a year is the latest such day
on or before the publication day; a date after the publication day is a plan, not a
reference, and is dropped.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

MAX_REFS = 12  # dates kept per report (the first written)
_MONTHS = {
    name: i
    for i in range(1, 13)
    for name in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower())
}
_MONTHS["sept"] = 9
_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# One scan for "Aug. 14", "August 14, 2014", "November 2015" and "last month"; the leading
# look-ahead lets the scan skip to the letters a date can start with (about 8x faster).
_DATE = re.compile(
    rf"(?=[JFMASONDLl])\b(?:{_MONTH}\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?"
    r"|(?:of\s+)?((?:19|20)\d\d)\b)|[Ll]ast\s+month\b)"
)


def _month(word: str) -> int | None:
    return _MONTHS.get(word.lower().rstrip("."))


def _day(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).toordinal()
    except ValueError:
        return None


def _month_span(year: int, month: int) -> tuple[int, int]:
    last = calendar.monthrange(year, month)[1]
    return (dt.date(year, month, 1).toordinal(), dt.date(year, month, last).toordinal())


def referenced_days(text: str, published_day: int | None) -> tuple[tuple[int, int], ...]:
    """The day intervals of the written dates in ``text`` that lie on or before the
    publication day (``published_day``, a day ordinal; without it only dates with a year
    count), in order of first mention, at most ``MAX_REFS``."""
    pub = dt.date.fromordinal(published_day) if published_day is not None else None
    found: dict[tuple[int, int], int] = {}
    for m in _DATE.finditer(text):
        span = _span(m, pub)
        if span is not None:
            found.setdefault(span, m.start())
    limit = published_day if published_day is not None else dt.date.max.toordinal()
    kept = [span for span in sorted(found, key=found.__getitem__) if span[0] <= limit]
    return tuple(kept[:MAX_REFS])


def _span(m: re.Match[str], pub: dt.date | None) -> tuple[int, int] | None:
    """The day interval one match names, or None."""
    month_word, day_no, day_year, month_year = m.groups()
    if month_word is None:  # "last month"
        if pub is None:
            return None
        prev = pub.replace(day=1) - dt.timedelta(days=1)
        return _month_span(prev.year, prev.month)
    month = _month(month_word)
    if month is None:
        return None
    if month_year:
        return _month_span(int(month_year), month)
    if day_year:
        day = _day(int(day_year), month, int(day_no))
    elif pub is not None:
        day = _day(pub.year, month, int(day_no))
        if day is not None and day > pub.toordinal():
            day = _day(pub.year - 1, month, int(day_no))
    else:
        return None
    return None if day is None else (day, day)
