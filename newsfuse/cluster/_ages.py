"""The ages a report gives its people: who-level evidence for telling apart, or joining, two
reports of a city's shootings in one week.

Crime news gives a victim's or a suspect's age before it gives a name, and often instead of
one ("a 23-year-old man was shot", "Jane Roe, 34, died"). Two reports that give an age in
common are likely about the same incident; two that each give ages, none in common, less so
(a report may add a suspect's or a witness's age, so that is weaker).

An age is a number from 1 to 119 written as "23-year-old", "23 years old", or between commas
right after a capitalised word ("Roe, 34,"), read from the same text as the streets (the title
and the article's start for a main mention).
"""

from __future__ import annotations

import re

MAX_AGES = 8  # ages kept per mention
# Each pattern starts with literal text, so a report without ages is scanned in a microsecond;
# the number before "years old" and the word before ", 34," are then read just before the match.
_YEARS_OLD = re.compile(r"years?[- ]old\b")
_NUMBER_BEFORE = re.compile(r"\b(\d{1,3})[- ]\Z")
_COMMA_AGE = re.compile(r", (\d{1,3}),")
_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\Z")


def ages(text: str) -> frozenset[int]:
    """The ages ``text`` gives (see the module docstring), at most ``MAX_AGES``."""
    found: list[tuple[int, int]] = []  # (where, age)
    for m in _YEARS_OLD.finditer(text):
        number = _NUMBER_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if number is not None:
            found.append((m.start(), int(number.group(1))))
    for m in _COMMA_AGE.finditer(text):
        if _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            found.append((m.start(), int(m.group(1))))
    out: list[int] = []
    for _, age in sorted(found):
        if 0 < age < 120 and age not in out:
            out.append(age)
    return frozenset(out[:MAX_AGES])
