"""Text features for clustering: tokens, capitalised names, streaming document frequencies."""

from __future__ import annotations

import math
import re
from collections import Counter

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_STOP = frozenset(ENGLISH_STOP_WORDS) | frozenset(
    {
        "said", "says", "say", "told", "according", "just", "like", "new", "year", "years",
        "day", "days", "time", "people", "news", "com", "www", "http", "https", "html", "htm",
        "s", "t", "d", "ll", "ve", "re", "m",
    }
)  # fmt: skip
# Capitalised words that are not names: calendar words and words that open many sentences.
_NOT_NAMES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr",
    }
)  # fmt: skip


def _stem(word: str) -> str:
    """A light plural/possessive fold: ``shootings`` -> ``shooting``, ``police's`` -> ``police``."""
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


def terms(text: str) -> Counter[str]:
    """Content-word counts of a text (lower-cased, stop words dropped, plurals folded)."""
    out: Counter[str] = Counter()
    for match in _TOKEN.finditer(text):
        word = match.group().lower()
        if len(word) < 2 or word in _STOP:
            continue
        out[_stem(word)] += 1
    return out


def names(text: str) -> frozenset[str]:
    """Lower-cased capitalised words that are not calendar words or stop words: a cheap stand-in
    for the proper names (people, streets, towns) that tell two similar events apart."""
    found: set[str] = set()
    for match in _TOKEN.finditer(text):
        word = match.group()
        if not word[0].isupper() or len(word) < 3:
            continue
        low = word.lower()
        if low in _STOP or low in _NOT_NAMES:
            continue
        found.add(_stem(low))
    return frozenset(found)


class DocFrequencies:
    """Streaming document frequencies: the IDF of a term given the documents seen so far."""

    def __init__(self) -> None:
        self.docs = 0
        self.df: Counter[str] = Counter()

    def add(self, words: set[str] | frozenset[str]) -> None:
        self.docs += 1
        self.df.update(words)

    def idf(self, word: str) -> float:
        return math.log((self.docs + 1) / (self.df.get(word, 0) + 1)) + 1.0


def weigh(counts: Counter[str], dfs: DocFrequencies, keep: int) -> dict[str, float]:
    """An L2-normalised TF-IDF vector of the ``keep`` heaviest terms."""
    weighted = [(w, (1.0 + math.log(n)) * dfs.idf(w)) for w, n in counts.items()]
    weighted.sort(key=lambda item: (-item[1], item[0]))
    top = weighted[:keep]
    norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
    return {w: v / norm for w, v in top}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two normalised sparse vectors."""
    return sum(a[w] * b[w] for w in a.keys() & b.keys())
