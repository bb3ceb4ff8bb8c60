"""Numbers in text: digits, number words, vague amounts and their qualifiers.

``find_quantities`` is one compiled regex pass over the text; it never calls a parser per token.
"""

from __future__ import annotations

import re

from newsfuse.models import Quantity

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_U = "|".join(sorted(_UNITS, key=len, reverse=True))
_T = "|".join(_TENS)
_WORD = rf"(?:(?:{_T})(?:[-\s](?:{_U}))?|{_U})"
_WORDS = (
    rf"(?:{_WORD}|a)(?:[\s-]+(?:hundred|thousand|million)(?:[\s-]+(?:and\s+)?{_WORD})?)+|{_WORD}"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?!\d)(?![.,]\d)"
NUM = rf"(?:{_DIGITS}|(?<![\w-])(?:{_WORDS})(?![\w]))"

# qualifier phrase -> (qualifier, adjustment of the bound)
_PREFIXES = {
    "at least": ("at_least", 0), "no fewer than": ("at_least", 0),
    "not less than": ("at_least", 0), "a minimum of": ("at_least", 0),
    "more than": ("at_least", 1), "over": ("at_least", 1), "upwards of": ("at_least", 1),
    "in excess of": ("at_least", 1),
    "at most": ("at_most", 0), "up to": ("at_most", 0), "as many as": ("at_most", 0),
    "no more than": ("at_most", 0), "not more than": ("at_most", 0),
    "a maximum of": ("at_most", 0), "fewer than": ("at_most", -1), "less than": ("at_most", -1),
    "about": ("about", 0), "around": ("about", 0), "nearly": ("about", 0),
    "almost": ("about", 0), "some": ("about", 0), "roughly": ("about", 0),
    "approximately": ("about", 0), "an estimated": ("about", 0), "estimated": ("about", 0),
    "close to": ("about", 0), "approx.": ("about", 0), "an approximate": ("about", 0),
}  # fmt: skip
# vague amount -> (value, low, high, qualifier)
_VAGUE = {
    "half a dozen": (6, 6, 6, "about"), "a dozen": (12, 12, 12, "about"),
    "dozens": (24, 24, 99, "vague"), "scores": (40, 40, 99, "vague"),
    "tens of thousands": (20000, 20000, 99999, "vague"), "tens": (20, 20, 99, "vague"),
    "hundreds": (200, 200, 999, "vague"), "thousands": (2000, 2000, 9999, "vague"),
    "several": (3, 3, 9, "vague"), "a few": (3, 2, 5, "vague"), "a handful": (3, 2, 5, "vague"),
    "a couple": (2, 2, 2, "about"), "a pair": (2, 2, 2, "exact"),
}  # fmt: skip
PERSON_NOUNS = (
    "man|woman|boy|girl|child|kid|teen|teenager|toddler|infant|baby|person|civilian|soldier"
    "|officer|policeman|policewoman|trooper|deputy|guard|journalist|student|worker|driver"
    "|victim|resident|pedestrian|bystander|member|passenger|protester|gunman|suspect|shooter"
    "|father|mother|son|daughter|security guard|contractor|employee|customer|clerk|neighbor"
    "|neighbour|relative|friend|motorist|cyclist|fighter|militant|marine|sergeant|agent"
    "|farmer|teacher|doctor|nurse|pilot|priest|vendor|shopkeeper|owner|patient|inmate|witness"
)


def _phrase(words: str) -> str:
    """A regex for a fixed phrase whose spaces may be any whitespace (no-break spaces)."""
    return r"\s+".join(re.escape(w) for w in words.split())


def _key(text: str) -> str:
    return " ".join(text.lower().split())


_PRE = "|".join(_phrase(p) for p in sorted(_PREFIXES, key=len, reverse=True))
# "scores" and "tens" are amounts only in "scores of", "tens of"
_VAG = "|".join(
    _phrase(v) + (r"(?=\s+of\b)" if v in ("scores", "tens") else "")
    for v in sorted(_VAGUE, key=len, reverse=True)
)
_NOT_AFTER = (
    r"(?!-[A-Za-z])"
    r"(?!\s*(?:a\.m\b|p\.m\b|am\b|pm\b|%|percent\b|per cent\b|:\d|st\b|nd\b|rd\b|th\b))"
)
_QUANTITY_RE = re.compile(
    rf"(?<![\w$£€#.,/-])(?:(?P<pre>{_PRE})\s+)?(?:"
    rf"between\s+(?P<b1>{NUM})\s+and\s+(?P<b2>{NUM}){_NOT_AFTER}"
    rf"|(?P<r1>{NUM})\s*(?:to|or|-|–)\s*(?P<r2>{NUM}){_NOT_AFTER}"
    rf"|(?P<mult>{NUM})\s+dozen\b"
    rf"|(?P<vague>{_VAG})\b"
    rf"|(?P<num>{NUM}){_NOT_AFTER}"
    rf"|(?P<art>an?|another)\s+(?=(?:[\w’'-]+\s+){{0,2}}?(?:{PERSON_NOUNS})s?\b)"
    r")",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# an age in apposition: "Boy, 9, shot", "Jane Roe, 24, of Millbrook": a bare 1-3 digit figure
# between commas right after a word (not after a verb-led list: "killed 3, injured 4")
_AGE_BEFORE_RE = re.compile(r"[A-Za-z]{2,}\)?,\s$")
_AGE_AFTER_RE = re.compile(r",")
_NOT_ONE_RE = re.compile(r"(?:\bno|\bthe|\beach|\bevery|\bwhich|\bthis|\bthat|\bany)\s+$", re.I)


_Reading = tuple[int, int | None, int | None, str]


def parse_number(text: str) -> int | None:
    """The value of digits ("1,200") or number words ("twenty-five", "a hundred and two")."""
    raw = text.strip().lower().replace(",", "")
    if raw.isdecimal():  # not isdigit(): "⒎" is a digit that int() cannot read
        return int(raw) if len(raw) < 16 else None  # absurd lengths are not counts
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", raw):
        if word in ("and", ""):
            continue
        if word == "a":
            current, seen = 1, True
        elif word in _UNITS:
            current, seen = current + _UNITS[word], True
        elif word in _TENS:
            current, seen = current + _TENS[word], True
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total, current = total + max(current, 1) * _SCALES[word], 0
        else:
            return None
    return total + current if seen else None


def _reading(m: re.Match[str]) -> _Reading | None:
    """(value, low, high, qualifier) of a match, before any prefix."""
    if m.group("b1") or m.group("r1"):
        a = parse_number(m.group("b1") or m.group("r1"))
        b = parse_number(m.group("b2") or m.group("r2"))
        if a is None or b is None or b <= a:
            return None
        return a, a, b, "range"
    if m.group("mult"):
        n = parse_number(m.group("mult"))
        return None if n is None else (12 * n, 12 * n, 12 * n, "about")
    if m.group("vague"):
        value, low, high, qualifier = _VAGUE[_key(m.group("vague"))]
        return value, low, high, qualifier
    if m.group("num"):
        n = parse_number(m.group("num"))
        return None if n is None else (n, n, n, "exact")
    return 1, 1, 1, "exact"


def _with_prefix(reading: _Reading, prefix: str | None) -> _Reading:
    value, low, high, qualifier = reading
    if prefix is None:
        return reading
    kind, shift = _PREFIXES[_key(prefix)]
    if kind == "at_least":
        return value, value + shift, None, "at_least"
    if kind == "at_most":
        return value, None, value + shift, "at_most"
    return value, low, high, "about" if qualifier in ("exact", "about") else qualifier


def _is_age(text: str, m: re.Match[str]) -> bool:
    num = m.group("num")
    return (
        num is not None
        and num.isdigit()
        and len(num) <= 3
        and m.group("pre") is None
        and _AGE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is not None
        and _AGE_AFTER_RE.match(text, m.end()) is not None
    )


def find_quantities(text: str, skip: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every quantity in ``text``, left to right; spans overlapping ``skip`` are left out."""
    out: list[Quantity] = []
    blocked = sorted(skip or [])
    for m in _QUANTITY_RE.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in blocked):
            continue
        num = m.group("num")
        if num and num.lower() == "one" and _NOT_ONE_RE.search(text, max(0, start - 8), start):
            continue
        if _YEAR_RE.fullmatch(m.group(0)) or _is_age(text, m):
            continue
        reading = _reading(m)
        if reading is None:
            continue
        value, low, high, qualifier = _with_prefix(reading, m.group("pre"))
        if m.group("art"):
            end = m.end("art")
        out.append(Quantity(text[start:end], start, end, value, low, high, qualifier))
    return out
