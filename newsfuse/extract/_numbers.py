"""Read the number a token stands for, preferring annotate's Quantity over our own reading.

annotate gives each number phrase a ``Quantity`` (value, bounds, qualifier). Where a token is
not covered by one (annotate not run, or a phrase it does not read), a small fallback reads
digits and number words; qualifiers come from the words just before the number.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsfuse.models import Quantity

_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "both": 2,
    "pair": 2, "couple": 2, "twin": 2, "twins": 2, "triplets": 3,
}  # fmt: skip
#: vague amounts: a nominal value only ("vague" qualifier), the reconcile stage keeps them apart
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "several": 3, "tens": 20, "thousands": 2000}
_AT_LEAST = ("at least", "more than", "over", "upwards of", "no fewer than", "at minimum")
_AT_MOST = ("at most", "up to", "fewer than", "less than", "no more than", "under")
_ABOUT = ("about", "around", "nearly", "approximately", "some", "roughly", "almost", "close to")


@dataclass(frozen=True)
class Number:
    """A number read at a token: value, bounds, qualifier and the characters it covers."""

    value: int
    low: int | None
    high: int | None
    qualifier: str
    start: int
    end: int


def quantity_index(quantities: tuple[Quantity, ...]) -> dict[int, Quantity]:
    """Map every character offset a quantity covers to the quantity."""
    index: dict[int, Quantity] = {}
    for q in quantities:
        for pos in range(q.start, q.end):
            index[pos] = q
    return index


def word_value(text: str) -> int | None:
    low = text.lower().replace(",", "")
    if low.isdecimal():  # not isdigit(): "⒎" is a digit that int() cannot read
        return int(low) if len(low) < 7 else None
    if "-" in low:
        parts = [_WORDS.get(p) for p in low.split("-")]
        if all(p is not None for p in parts) and len(parts) == 2:
            return sum(p for p in parts if p is not None)
    return _WORDS.get(low)


def _qualifier(token: Token) -> tuple[str, int]:
    """Qualifier from the words before the number, and where that phrase starts."""
    doc = token.doc
    before = doc[max(0, token.i - 3) : token.i]
    text = " ".join(t.lower_ for t in before)
    for words, qual in ((_AT_LEAST, "at_least"), (_AT_MOST, "at_most"), (_ABOUT, "about")):
        for w in words:
            if text.endswith(w):
                n = len(w.split())
                return qual, doc[token.i - n].idx
    return "exact", token.idx


def read_number(token: Token, index: dict[int, Quantity]) -> Number | None:
    """The number at a token, or None when the token is not a number."""
    if token.lower_ in {"a", "an"}:
        return None  # "a child" is a single person, read by the single-person grammar
    q = index.get(token.idx)
    if q is not None and q.value is not None:
        return Number(q.value, q.low, q.high, q.qualifier, q.start, q.end)
    low = token.lower_
    if low in _VAGUE:
        return Number(_VAGUE[low], None, None, "vague", token.idx, token.idx + len(token))
    if not (token.like_num or low in _WORDS) or token.ent_type_ in {"DATE", "TIME", "MONEY"}:
        return None
    if low in {"dozen", "hundred"} and token.i > 0:
        prev = token.nbor(-1)
        if prev.lower_ in {"a", "one"}:
            return Number(_WORDS[low], None, None, "exact", prev.idx, token.idx + len(token))
    value = word_value(token.text)
    if value is None:
        return None
    qual, start = _qualifier(token)
    low_b = value if qual == "at_least" else None
    high_b = value if qual == "at_most" else None
    return Number(value, low_b, high_b, qual, start, token.idx + len(token))
