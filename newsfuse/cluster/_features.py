"""What the clusterer knows about one mention: text vector, names, date, place, counts, actors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsfuse.cluster._ages import ages
from newsfuse.cluster._persons import full_names, person_names
from newsfuse.cluster._refdates import referenced_days
from newsfuse.cluster._sites import SITE_CHARS, street_names
from newsfuse.cluster._text import DocFrequencies, names, terms, weigh
from newsfuse.models import Article, DateClaim, EventMention, Place

MAIN_TEXT_CHARS = 4000  # a main mention reads the title and the start of the article
CONTEXT_CHARS = 300  # a background mention reads this much around each of its evidence spans
VECTOR_TERMS = 80  # terms kept in a mention's TF-IDF vector
INDEX_TERMS = 12  # heaviest terms used as blocking keys
NAME_KEYS = 12  # rarest names used as blocking keys among open clusters
LOOKUP_NAMES = 20  # names looked up among archived clusters (the rarest)


@dataclass(frozen=True, slots=True)
class Features:
    mention_id: str
    article_id: str
    is_main: bool
    event_type: str
    published_day: int | None
    event_days: tuple[int, int] | None  # the stated event date interval, as day ordinals
    date: DateClaim | None
    place: Place | None
    vector: dict[str, float]
    title: dict[str, float]  # TF-IDF of the article title (main mentions only)
    names: dict[str, float]  # name -> IDF
    counts: dict[str, tuple[int, int]]  # kind[/subgroup] -> (low, high) over its claims
    actors: frozenset[str]
    keys: tuple[str, ...]  # blocking keys among open clusters
    lookup: tuple[str, ...]  # blocking keys among archived clusters (names only)
    persons: frozenset[str] = frozenset()  # full person names, ``first last`` (see _persons)
    refs: tuple[tuple[int, int], ...] = ()  # written earlier dates the report names (_refdates)
    sites: frozenset[str] = frozenset()  # street names (see _sites)
    ages: frozenset[int] = frozenset()  # people's ages the report gives (see _ages)

    @property
    def day(self) -> int | None:
        """The day the mention is placed at: its event date, else its publication date."""
        return self.event_days[0] if self.event_days else self.published_day


def day_of(iso: str | None) -> int | None:
    """The proleptic ordinal of an ISO date or datetime, or None."""
    if not iso or len(iso) < 10:
        return None
    try:
        return dt.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def _event_days(claim: DateClaim | None) -> tuple[int, int] | None:
    if claim is None or claim.precision not in ("day", "week"):
        return None
    lo = day_of(claim.date)
    if lo is None:
        return None
    hi = day_of(claim.date_end) or lo
    return (lo, max(lo, hi))


def mention_text(mention: EventMention, article: Article) -> str:
    """The text a mention is compared by: the article's head for a main mention, the context of
    its evidence spans for a background one (so an earlier attack is not read as today's)."""
    if mention.is_main:
        head = " ".join(p for p in (article.title, article.standfirst) if p)
        return f"{head}\n{head}\n{article.text[:MAIN_TEXT_CHARS]}"
    spans = [mention.trigger] + [c.evidence for c in mention.counts]
    spans += [a.evidence for a in mention.actors]
    spans += [mention.place.evidence if mention.place else None]
    spans += [mention.date.evidence if mention.date else None]
    parts = []
    for ev in spans:
        if ev is not None:
            lo = max(0, ev.start - CONTEXT_CHARS)
            parts.append(article.text[lo : ev.end + CONTEXT_CHARS])
    return "\n".join(parts) or article.text[:CONTEXT_CHARS]


def _counts(mention: EventMention) -> dict[str, tuple[int, int]]:
    """Count ranges by kind, and by kind and subgroup (``injured/civilians``) for the parts."""
    out: dict[str, tuple[int, int]] = {}
    for claim in mention.counts:
        if claim.qualifier == "vague":
            continue
        lo = claim.low if claim.low is not None else claim.value
        hi = claim.high if claim.high is not None else claim.value
        if claim.qualifier == "at_least":
            hi = max(hi, 10 * max(lo, 1))
        key = f"{claim.kind}/{claim.subgroup}" if claim.subgroup else claim.kind
        prev = out.get(key)
        out[key] = (lo, hi) if prev is None else (min(prev[0], lo), max(prev[1], hi))
    return out


def _persons(mention: EventMention, article: Article, text: str) -> frozenset[str]:
    """Full person names: those the article introduces and refers back to (the whole article
    for a main mention, the mention's own text for a background one), and the actors' names."""
    body = f"{article.title or ''}\n{article.text}" if mention.is_main else text
    return person_names(body) | full_names(a.name for a in mention.actors)


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


def build(mention: EventMention, article: Article, dfs: DocFrequencies) -> Features:
    """Features of one mention; updates the streaming document frequencies first."""
    text = mention_text(mention, article)
    counts = terms(text)
    found = names(text) | {_norm(a.name) for a in mention.actors}
    dfs.add(set(counts) | found)
    vector = weigh(counts, dfs, VECTOR_TERMS)
    title = weigh(terms(article.title or ""), dfs, VECTOR_TERMS) if mention.is_main else {}
    name_idf = {n: dfs.idf(n) for n in found}
    published_day = day_of(mention.published or article.published)
    body = f"{article.title or ''}\n{article.text}" if mention.is_main else text
    head = f"{article.title or ''}\n{article.text[:SITE_CHARS]}" if mention.is_main else text
    place = mention.place.place if mention.place else None
    rare = sorted(name_idf, key=lambda n: (-name_idf[n], n))
    place_keys = [f"p:{_norm(place.city or place.name)}"] if place is not None else []
    keys = [f"t:{w}" for w in list(vector)[:INDEX_TERMS]]
    keys += [f"n:{n}" for n in rare[:NAME_KEYS]] + place_keys
    lookup = [f"n:{n}" for n in rare[:LOOKUP_NAMES]]
    return Features(
        mention_id=mention.id,
        article_id=mention.article_id,
        is_main=mention.is_main,
        event_type=mention.event_type,
        published_day=published_day,
        event_days=_event_days(mention.date),
        date=mention.date,
        place=place,
        vector=vector,
        title=title,
        names=name_idf,
        counts=_counts(mention),
        actors=frozenset(_norm(a.name) for a in mention.actors),
        keys=tuple(keys),
        lookup=tuple(lookup),
        persons=_persons(mention, article, text),
        refs=referenced_days(body, published_day),
        sites=street_names(head),
        ages=ages(head),
    )
