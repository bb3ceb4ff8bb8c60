"""The data model: one frozen record type per stage's output.

    ingest    -> RawDocument | Rejection
    clean     -> Article            (body text + paragraphs with offsets, removed blocks kept aside)
    annotate  -> AnnotatedArticle   (sentences, entities, quantities, time expressions)
    extract   -> EventMention       (many per article; every field carries Evidence)
    cluster   -> Cluster            (mentions that are one real-world event, with Decisions)
    reconcile -> Event              (per-field resolutions with claims, summary, coverage)

All offsets are character offsets into ``Article.text``. Records are plain data: ``to_dict`` /
``from_dict`` in :mod:`newsfuse.codec` turn them into JSON-ready dicts and back.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


def content_id(text: str) -> str:
    """A stable 16-hex id for a piece of content (whitespace-normalised SHA-1)."""
    norm = " ".join(text.split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


# --- ingest ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawDocument:
    """One input article as read, before cleaning.

    ``input_id`` is the ``id`` field of a JSONL line, else the file name (with ``#N`` for the
    N-th record of a multi-record file such as a feed or a WARC). ``media_type`` is
    ``text/plain`` or ``text/html``. Metadata given by the input wins over later guesses;
    unknown input fields are kept untouched in ``extra``.
    """

    input_id: str
    origin: str
    media_type: str
    text: str
    title: str | None = None
    published: str | None = None
    published_source: str = "none"
    url: str | None = None
    outlet: str | None = None
    retrieved: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def document_id(doc: RawDocument) -> str:
    """The stable id of the article a raw document becomes: a hash of its content.

    The content is the text, and the title when the input gives one apart from the text (a
    JSONL or feed field): many scraped pages are only a site's paywall or sign-in notice, the
    same text under different headlines, and those are different articles. A document with no
    text (a title-only feed item or JSONL line) is identified by its title and input id, so that
    distinct title-only items do not collapse into one.
    """
    if doc.text.strip():
        return content_id(f"{doc.title}\n{doc.text}" if doc.title else doc.text)
    return content_id(f"{doc.input_id}\n{doc.title or ''}")


@dataclass(frozen=True)
class Rejection:
    """An input that was not taken, with a short machine-readable reason and a human detail."""

    input_id: str
    origin: str
    reason: str
    detail: str = ""


# --- clean ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str = "body"  # body | standfirst | subhead | quote


@dataclass(frozen=True)
class RemovedBlock:
    """A block of the page that is not article body, kept aside (captions matter later)."""

    kind: str  # boilerplate | caption | title | byline | dateline | related | comment | tagline
    text: str
    reason: str = ""


@dataclass(frozen=True)
class Article:
    """A clean article. ``id`` is a stable hash of its clean content (see ``article_id``)."""

    id: str
    input_id: str
    text: str
    paragraphs: tuple[Paragraph, ...] = ()
    title: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    outlet: str | None = None
    outlet_source: str = "none"  # input|html_meta|text|url|none
    published: str | None = None  # ISO date or datetime (with offset when stated)
    published_source: str = "none"  # text|html_meta|feed|warc|input|inferred|none
    url: str | None = None
    retrieved: str | None = None
    removed: tuple[RemovedBlock, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


# --- annotate -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    text: str
    label: str  # spaCy label (PERSON, ORG, GPE, LOC, NORP, FAC, ...) or our own (ARMED_GROUP)
    start: int
    end: int


@dataclass(frozen=True)
class Quantity:
    """A number in the text: ``value`` is the best reading, ``low``/``high`` its bounds."""

    text: str
    start: int
    end: int
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"  # exact|at_least|at_most|about|range|vague


@dataclass(frozen=True)
class TimeExpression:
    """A time expression resolved against the article's publication time (or an anchor)."""

    text: str
    start: int
    end: int
    date: str | None  # ISO date, first day of the interval
    date_end: str | None
    precision: str  # day|week|month|year|none
    anchor: str = "published"  # published|event|absolute|none
    time_of_day: str | None = None  # morning|afternoon|evening|night
    timex: str | None = None  # TIMEX3-like value, partial when unresolved: XXXX-01-03, XXXX-WXX-7
    offset_days: int | None = None  # anchor="event": days from the anchoring expression
    anchor_start: int | None = None  # anchor="event": start offset of the anchoring expression


@dataclass(frozen=True)
class AnnotatedArticle:
    article: Article
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    doc: Any = field(default=None, compare=False, repr=False)  # spaCy Doc; never serialised


# --- extract --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """Where a value comes from: the article and the exact quoted characters."""

    article_id: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class DateClaim:
    date: str | None
    date_end: str | None
    precision: str  # day|week|month|year|none
    how: str  # absolute|relative_to_published|relative_to_event|published|none
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Place:
    name: str
    city: str | None = None
    admin1: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"  # neighbourhood|city|region|country


@dataclass(frozen=True)
class PlaceClaim:
    place: Place
    evidence: Evidence | None = None


@dataclass(frozen=True)
class ActorClaim:
    name: str
    role: str  # attacker|target|victim|claimed_by|suspected|denied_by|blamed_by|...
    attributed_to: str | None = None
    hedged: bool = False
    evidence: Evidence | None = None


@dataclass(frozen=True)
class CountClaim:
    kind: str  # killed|injured|fired|landed|intercepted|arrested|missing|...
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"  # exact|at_least|at_most|about|range|vague
    subgroup: str | None = None  # civilians|security_forces|children|...
    includes: tuple[str, ...] = ()  # subgroups the figure is said to include ("7 including 5 ...")
    attributed_to: str | None = None
    evidence: Evidence | None = None
    person: str | None = None  # the one named/described victim a count of 1 is about


@dataclass(frozen=True)
class EventMention:
    """One event as one article reports it."""

    id: str
    article_id: str
    event_type: str
    sub_event_type: str
    is_main: bool
    trigger: Evidence | None = None
    date: DateClaim | None = None
    place: PlaceClaim | None = None
    actors: tuple[ActorClaim, ...] = ()
    counts: tuple[CountClaim, ...] = ()
    published: str | None = None  # the article's publication time, for ordering
    outlet: str | None = None
    keywords: tuple[str, ...] = ()  # salient lemmas/entities used by clustering


# --- cluster --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """Why a mention joined a cluster, or why it was kept apart from a near candidate."""

    mention_id: str
    cluster_id: str
    action: str  # merge|split|new
    score: float
    evidence: dict[str, float] = field(default_factory=dict)  # time, place, actors, counts, text
    reason: str = ""


@dataclass(frozen=True)
class Cluster:
    id: str
    mention_ids: tuple[str, ...]
    decisions: tuple[Decision, ...] = ()
    date: DateClaim | None = None  # the cluster's date, filled in for undated members
    date_reason: str = ""  # why that date: which mentions state it, which undated ones take it
    background: bool = False  # every member is a background mention: a low-weight event


# --- reconcile / report ---------------------------------------------------------------------


@dataclass(frozen=True)
class CountResolution:
    best: int | None
    low: int | None
    high: int | None
    status: str  # agreed|single_source|subset|superseded|contested
    rule: str
    breakdown: dict[str, int] = field(default_factory=dict)
    claims: tuple[CountClaim, ...] = ()


@dataclass(frozen=True)
class FieldResolution:
    """The resolution of a non-count field (date, place): the chosen value and the claims."""

    value: Any
    status: str
    rule: str
    claims: tuple[Any, ...] = ()


@dataclass(frozen=True)
class SummarySentence:
    text: str
    citations: tuple[str, ...]  # input_ids


@dataclass(frozen=True)
class OutletCoverage:
    outlet: str
    article_ids: tuple[str, ...]
    reported: tuple[str, ...] = ()
    omitted: tuple[str, ...] = ()
    hedged: tuple[str, ...] = ()
    unattributed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    date: FieldResolution
    location: FieldResolution
    actors: tuple[ActorClaim, ...]
    counts: dict[str, CountResolution]
    article_ids: tuple[str, ...]  # input_ids
    mention_ids: tuple[str, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    coverage: tuple[OutletCoverage, ...] = ()
    decisions: tuple[Decision, ...] = ()
