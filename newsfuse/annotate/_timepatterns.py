"""The compiled regexes that find time expressions (resolution lives in ``_times``)."""

from __future__ import annotations

import re

from newsfuse.annotate._numbers import NUM

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![a-z])"
)
_WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_TOD = r"(?:morning|afternoon|evening|night|overnight)"
_LEAD = r"(?:(?:(?P<lead>early|late)\s+)?(?:(?:on|in|during)\s+)?(?:the\s+)?)"
_TAIL = rf"(?:(?:’s|'s)?(?:\s+(?P<tail>{_TOD}))?)"

# month-day(-year), with an optional weekday in front: "Tuesday, Jan. 27", "Nov.17", "Jan 3, 2020"
MONTH_DAY = re.compile(
    rf"\b{_LEAD}(?:(?P<wd>{_WD}),?\s+)?(?P<month>{_MONTH})\s*(?P<day>{_DAY})"
    rf"(?:,?\s+(?P<year>{_YEAR}))?{_TAIL}"
)
# day-month(-year): "3 January", "17th of November 2020"
DAY_MONTH = re.compile(
    rf"\b{_LEAD}(?:(?P<wd>{_WD}),?\s+)?(?P<day>{_DAY})(?:\s+of)?\s+(?P<month>{_MONTH})"
    rf"(?:,?\s+(?P<year>{_YEAR}))?{_TAIL}"
)
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
US_DATE = re.compile(
    r"\b(?P<month>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>(?:19|20)\d{2})\b"
)
MONTH_YEAR = re.compile(
    rf"\b(?:(?P<lead>early|late|mid)[-\s]+)?(?:in\s+)?(?P<month>{_MONTH})(?:\s+of)?,?\s+(?P<year>{_YEAR})"
)
# a month with no day: "in January", "last March", "since early June"
MONTH_ONLY = re.compile(
    rf"\b(?:(?P<rel>last|this|next|the|in|since|during|by|until|from|through|of|early|late|mid)"
    rf"[-\s]+)(?:(?:early|late|mid)[-\s]+)?(?P<month>{_MONTH})(?!\s*\d)"
)
YEAR_ONLY = re.compile(
    rf"\b(?:in|since|during|by|until|from|through|of|early|late|mid)[-\s]+(?P<year>{_YEAR})"
)
# weekdays: "on Tuesday", "late on Tuesday night", "Tuesday's attack", "last Friday"
WEEKDAY = re.compile(
    rf"\b{_LEAD}(?:(?P<rel>last|this|next|past)\s+)?(?P<wd>{_WD})(?:(?:’s|'s)?(?:\s+(?P<tail>{_TOD}))?)"
)
# fixed relative phrases; the key of RELATIVE in _times is the lower-cased, space-normalised text
RELATIVE = re.compile(
    r"\b(?:(?P<lead>early|late)\s+)?(?:"
    r"the day before yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?|last night"
    r"|tonight|today|this (?:morning|afternoon|evening)|overnight"
    r"|(?:earlier|later) (?:this|last) (?:week|month|year)"
    r"|(?:early|late) (?:this|last) (?:week|month|year)"
    r"|(?:last|this|next|past) (?:week|month|year|weekend)"
    r"|(?:over|during) the (?:weekend|past week)"
    r")\b".replace(" ", r"\s+"),
    re.IGNORECASE,
)
AGO = re.compile(rf"\b(?P<n>{NUM}|a|an)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)
# "two weeks ahead of the " right before another date expression (anchor="event")
OFFSET_BEFORE = re.compile(
    rf"\b(?P<n>{NUM}|a|an|the)\s+(?P<unit>day|week|month|year)s?\s+"
    r"(?P<rel>ahead\s+of|before|after|prior\s+to|following|since|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
TOD = re.compile(rf"\b(?:{_TOD}|dawn|midnight|noon|dusk)\b", re.IGNORECASE)

# tried in this order; an earlier pattern's span wins over a later overlapping one
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", ISO_DATE),
    ("us", US_DATE),
    ("month_day", MONTH_DAY),
    ("day_month", DAY_MONTH),
    ("month_year", MONTH_YEAR),
    ("ago", AGO),
    ("relative", RELATIVE),
    ("weekday", WEEKDAY),
    ("month", MONTH_ONLY),
    ("year", YEAR_ONLY),
)
