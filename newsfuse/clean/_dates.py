"""Publication dates written in a page: "November 18, 2020 at 1:24 pm", "18 Nov 2020 09:29 EST".

A found date becomes ISO ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``, with an offset such as
``-05:00`` when the text names a timezone. Dates later than the reference moment are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_TZ = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "BST": "+01:00", "CET": "+01:00",
    "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "IST": "+05:30",
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
    "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "AEST": "+10:00", "AEDT": "+11:00",
    "JST": "+09:00", "KST": "+09:00", "HKT": "+08:00", "SGT": "+08:00", "WIB": "+07:00",
}  # fmt: skip

_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_RES = (
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\.?\s+{_MON},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),
)
_TIME = re.compile(
    r"(?<![\d:])(?P<h>[012]?\d)[:.h](?P<m>[0-5]\d)(?::[0-5]\d)?(?:\.\d+)?\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?)?(?![\d])\s*"
    r"(?P<tz>(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d\d)?|[+-]\d\d:?\d\d|Z\b|"
    r"(?:UTC|GMT|BST|CEST|CET|EEST|EET|MSK|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|"
    r"JST|KST|HKT|SGT|WIB)\b)?",
    re.IGNORECASE,
)
_CLOCK_WINDOW = 40  # characters around the date searched for a time of day


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int


def _offset(tz: str) -> str | None:
    tz = tz.replace(" ", "").upper()
    if tz in _TZ:
        return _TZ[tz]
    m = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d\d)?", tz)
    if not m:
        return None
    return f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"


def _clock(text: str) -> str | None:
    m = _TIME.search(text)
    if m is None:
        return None
    hour, minute = int(m.group("h")), int(m.group("m"))
    ampm = (m.group("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23:
        return None
    out = f"T{hour:02d}:{minute:02d}"
    offset = _offset(m.group("tz")) if m.group("tz") else None
    return out + offset if offset else out


def find_date(text: str) -> FoundDate | None:
    """The first calendar date in ``text`` (with the time of day next to it, when given)."""
    for pattern in _DATE_RES:
        m = pattern.search(text)
        if m is None:
            continue
        parts = m.groupdict()
        month = _MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts["mnum"])
        year, day = int(parts["year"]), int(parts["day"])
        try:
            datetime(year, month, day)
        except ValueError:
            continue
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        lo, hi = max(0, m.start() - _CLOCK_WINDOW), m.end() + _CLOCK_WINDOW
        clock = _clock(text[m.end() : hi]) or _clock(text[lo : m.start()])
        return FoundDate(iso + (clock or ""), m.start(), m.end())
    return None


def parse_iso(value: str) -> datetime | None:
    """An ISO date or datetime as an aware datetime (UTC when no offset is given)."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def not_after(value: str | None, reference: str | None) -> str | None:
    """``value`` unless it is later than ``reference`` (a date-only value may be that day)."""
    if value is None:
        return None
    moment = parse_iso(value)
    if moment is None:
        return None
    if reference is None:
        limit = datetime.now(UTC)
    else:
        parsed = parse_iso(reference)
        if parsed is None:
            return value
        limit = parsed
    if len(value) <= 10:  # a day: compare whole days, in the reference's own calendar
        return value if moment.date() <= limit.date() else None
    return value if moment <= limit + timedelta(minutes=1) else None


def normalise_iso(value: str) -> str | None:
    """An ISO-ish metadata date as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[+HH:MM]``."""
    moment = parse_iso(value)
    if moment is None:
        return None
    if len(value.strip()) <= 10:
        return moment.date().isoformat()
    out = moment.strftime("%Y-%m-%dT%H:%M")
    has_offset = re.search(r"(?:[+-]\d\d:?\d\d|Z)$", value.strip()) is not None
    if has_offset:
        offset = moment.utcoffset() or timedelta(0)
        out += _format_offset(offset)
    return out


def _format_offset(offset: timedelta) -> str:
    tz = timezone(offset)
    name = tz.tzname(None)  # "UTC+05:30" or "UTC"
    return "+00:00" if name == "UTC" else name[3:]
