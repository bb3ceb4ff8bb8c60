"""Small text helpers shared by reconcile and report: numbers, sentences, near-duplicates."""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from text_to_num import alpha2digit

_ISO_DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")
_DIGITS = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w])|(?<![\w.,])\d+(?![\w])")
_WORDS = {
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a pair of": 2,
    "twice": 2,
    "zero": 0,
    "none": 0,
    "no one": 0,
    "single": 1,
    "lone": 1,
    "sole": 1,
}
_WORD_RE = re.compile(r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“'‘(\[]?[A-Z0-9])|\n\s*\n|\n")
_SPACES = re.compile(r"\s+")
_NOT_NUMBERS = re.compile(r"\b(?:no one|ones)\b", re.I)  # "loved ones" is not a number


def iso_dates(text: str) -> list[str]:
    """ISO dates (YYYY-MM or YYYY-MM-DD) written in ``text``."""
    return _ISO_DATE.findall(text)


def numbers_in(text: str) -> set[int]:
    """Every whole number written in ``text``, as digits or words; ISO dates are left out.

    ``"one child and 2,000 people"`` gives ``{1, 2000}``; ``"a dozen"`` gives ``{12}``.
    """
    plain = _ISO_DATE.sub(" ", text)
    found: set[int] = {value for word, value in _WORDS.items() if _has_word(plain, word)}
    plain = _NOT_NUMBERS.sub(" ", plain)
    try:
        converted = alpha2digit(plain, "en", threshold=0)
    except (ValueError, IndexError):  # pragma: no cover - defensive: odd input to text2num
        converted = plain
    for match in _DIGITS.finditer(converted):
        found.add(int(match.group().replace(",", "")))
    return found


def _has_word(text: str, word: str) -> bool:
    return any(m.group(1).lower() == word for m in _WORD_RE.finditer(text))


def normalise(text: str) -> str:
    """Lower-cased text with runs of whitespace made one space."""
    return _SPACES.sub(" ", text).strip().lower()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence boundaries as (start, end) offsets, without leading/trailing spaces."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        _add_span(text, pos, match.start(), spans)
        pos = match.end()
    _add_span(text, pos, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds the span ``start:end`` (the span alone if none)."""
    for s_start, s_end in sentence_spans(text):
        if s_start <= start < s_end:
            return text[s_start : max(s_end, end)]
    return text[start:end]


def near_identical(a: str, b: str, threshold: float) -> bool:
    """True when two passages are copies of each other (wire copy), not just similar."""
    na, nb = normalise(a), normalise(b)
    if min(len(na), len(nb)) < 30:
        return False
    if min(len(na), len(nb)) * 2 < max(len(na), len(nb)):
        return False  # so different in length that the ratio cannot reach a copy's
    return fuzz.ratio(na, nb, score_cutoff=threshold) >= threshold
