"""Armed-group entity rules: a spaCy component that fixes the NER's labels for militias.

spaCy's small English model often tags militia names with Arabic prefixes as PERSON. This
component runs after ``ner`` and labels as ``ARMED_GROUP``:

- names from the curated list in ``data/armed_groups.txt``;
- ``<Capitalised words> Brigade(s)/Battalion(s)/Front/Army/Militia(s)/Movement/...``;
- ``<Arabic group prefix> <Capitalised words>`` (Kataib, Asaib, Harakat, Saraya, Jaish, ...).

Its spans win over overlapping NER spans. A suffix match whose first word names a state
("Iraqi Army", "US Army") is labelled ``ORG`` instead: a state force, not an armed group.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

COMPONENT = "newsfuse_armed_groups"
LABEL = "ARMED_GROUP"

_CAP = r"[A-Z][\w’'.]*(?:-[A-Za-z][\w’']*)*"
_CONN = r"(?:al|el|ad|ud|ul|an|as|ash|at|bin|ibn|wal|of|the|de|e|i|wa)"
_WORD = rf"(?:{_CAP}|{_CONN}-{_CAP})"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_CONN}[ \t]+)?{_WORD}){{0,4}}"
_SUFFIX = (
    r"Brigades?|Battalions?|Front|Army|Militias?|Movement|Regiments?|Corps|Legion|Guards?"
    r"|Forces|Cartel|Gang|Group"
)
_PREFIX = (
    r"Kata'?ib|Katibat|Asa'?ib|Harakat|Saraya|Ashab|Jaish|Jaysh|Liwa|Ansar|Jabhat|Hay'?at"
    r"|Lashkar|Jama'?at|Tehrik|Quwat|Faylaq|Usbat|Alwiya|Hizb|Firqat|Ahrar|Junud"
)
_SUFFIX_RE = re.compile(rf"\b(?P<name>(?:{_NAME})[ \t]+(?:{_SUFFIX}))\b")
_PREFIX_RE = re.compile(rf"\b(?P<name>(?:{_PREFIX})(?:(?:-|[ \t]+){_WORD}){{1,4}})")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that end a prefix match rather than extend it.
_FUNCTION = _words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December The A An In On At And But Or For "
    "With By From To Of As"
)
_STOP = _FUNCTION | _words("Iraq Iraqi Syria Syrian Iran Iranian Lebanon Yemen US U.S.")
# First words of a suffix match that make it a state force.
_STATE_FIRST = _words(
    "US U.S. American Iraqi Syrian Israeli Iranian Russian Ukrainian Afghan Pakistani Indian "
    "Turkish Saudi Egyptian Lebanese British French German Chinese Nigerian Somali Sudanese "
    "Ethiopian Malian Yemeni Libyan Jordanian Kenyan Mexican Colombian National Royal Red "
    "Salvation Continental Union Confederate Federal Regular Territorial"
)
_DEMONYM_RE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish)")
# Suffixes too generic to make an armed group on their own: they only mark state forces
# ("Iraqi Security Forces" -> ORG); curated names ("Rapid Support Forces") are listed.
_WEAK_SUFFIX = frozenset({"Forces", "Group", "Gang", "Guard", "Guards", "Corps", "Cartel"})


@cache
def _curated() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Two regexes over the curated names: case-insensitive, and exact (acronyms)."""
    text = resources.files("newsfuse.annotate").joinpath("data/armed_groups.txt").read_text("utf-8")
    names = [n.strip() for n in text.splitlines() if n.strip() and not n.startswith("#")]
    loose = [n for n in names if not n.isupper()]
    exact = [n for n in names if n.isupper()]

    def build(items: list[str], flags: int) -> re.Pattern[str] | None:
        if not items:
            return None
        alts = sorted((_name_pattern(n) for n in items), key=len, reverse=True)
        return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])", flags)

    return build(loose, re.IGNORECASE), build(exact, 0)


def _name_pattern(name: str) -> str:
    parts = re.split(r"[\s-]+", name)
    return r"[\s-]+".join(re.escape(p).replace("'", "['’]?") for p in parts)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing stop words from a prefix match; None when only the prefix is left."""
    words = list(re.finditer(r"[^\s-]+", text[start:end]))
    while len(words) > 1 and words[-1].group() in _STOP:
        words.pop()
    if len(words) < 2:
        return None
    return start, start + words[-1].end()


def group_spans(text: str) -> list[tuple[int, int, str]]:
    """Character spans ``(start, end, label)`` of armed-group names in ``text``."""
    found: list[tuple[int, int, str]] = []
    for pattern in _curated():
        if pattern is not None:
            found.extend((m.start(), m.end(), LABEL) for m in pattern.finditer(text))
    for m in _PREFIX_RE.finditer(text):
        span = _trim(text, m.start("name"), m.end("name"))
        if span is not None:
            found.append((*span, LABEL))
    for m in _SUFFIX_RE.finditer(text):
        span = _after_stop(text, m.start("name"), m.end("name"))
        if span is None:
            continue
        words = text[span[0] : span[1]].split()
        if words[0] in _STATE_FIRST or _DEMONYM_RE.fullmatch(words[0]):
            found.append((*span, "ORG"))
        elif words[-1] not in _WEAK_SUFFIX:
            found.append((*span, LABEL))
    return found


def _after_stop(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Keep the words after the last stop word of a suffix match; None if only the suffix."""
    words = list(re.finditer(r"\S+", text[start:end]))
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.group() in _FUNCTION), default=0)
    if len(words) - cut < 2:
        return None
    return start + words[cut].start(), end


@Language.component(COMPONENT)
def armed_groups(doc: Doc) -> Doc:
    """Overwrite NER spans with armed-group spans (ours win on overlap)."""
    ours: list[Span] = []
    for start, end, label in group_spans(doc.text):
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            ours.append(span)
    if not ours:
        return doc
    kept = filter_spans(ours)
    taken = {i for span in kept for i in range(span.start, span.end)}
    others = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted([*kept, *others], key=lambda s: s.start)
    return doc
