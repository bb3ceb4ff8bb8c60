"""Who said what, and when: sources of claims, their time, and wire-copy groups."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from newsfuse.models import Article, CountClaim, EventMention, Evidence
from newsfuse.reconcile._text import near_identical, sentence_around

#: fuzz.ratio (0-100) over two claim sentences at or above which one is a copy of the other.
WIRE_COPY_RATIO = 90.0


@dataclass(frozen=True)
class Source:
    """One article as a source of claims."""

    article_id: str
    input_id: str
    outlet: str
    published: str | None
    group: str  # wire-copy group: articles that copy each other share one group


@dataclass(frozen=True)
class Sourced:
    """A count claim with the source it came from and the sentence around its quote."""

    claim: CountClaim
    source: Source
    context: str
    when: str | None  # the source's time, or the earliest time of a copy of this sentence


def find_article(articles: Mapping[str, Article], key: str) -> Article | None:
    """The article with id (or, failing that, input_id) ``key``."""
    art = articles.get(key)
    if art is not None:
        return art
    for candidate in articles.values():
        if candidate.input_id == key:
            return candidate
    return None


def context_of(evidence: Evidence | None, articles: Mapping[str, Article]) -> str:
    """The sentence around a piece of evidence (its quote when the article is not known)."""
    if evidence is None:
        return ""
    art = find_article(articles, evidence.article_id)
    if art is None or not (0 <= evidence.start < evidence.end <= len(art.text)):
        return evidence.quote
    return sentence_around(art.text, evidence.start, evidence.end)


def build_sources(
    mentions: Sequence[EventMention], articles: Mapping[str, Article]
) -> dict[str, Source]:
    """article id -> Source for every article the mentions come from, wire groups joined."""
    ids = list(dict.fromkeys(m.article_id for m in mentions))
    info: dict[str, tuple[str, str, str | None]] = {}
    for mention in mentions:
        art = find_article(articles, mention.article_id)
        input_id = art.input_id if art else mention.article_id
        outlet = (art.outlet if art else None) or mention.outlet or input_id
        published = (art.published if art else None) or mention.published
        info.setdefault(mention.article_id, (input_id, outlet, published))
    contexts = {
        aid: [context_of(c.evidence, articles) for m in mentions if m.article_id == aid
              for c in m.counts]
        for aid in ids
    }  # fmt: skip
    parent = {aid: aid for aid in ids}
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if _share_copy(contexts[a], contexts[b]):
                parent[_root(parent, b)] = _root(parent, a)
    return {
        aid: Source(aid, info[aid][0], info[aid][1], info[aid][2], _root(parent, aid))
        for aid in ids
    }


def _root(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        key = parent[key]
    return key


def _share_copy(first: Iterable[str], second: Sequence[str]) -> bool:
    return any(near_identical(a, b, WIRE_COPY_RATIO) for a in first for b in second)


def sourced_claims(
    mentions: Sequence[EventMention],
    sources: Mapping[str, Source],
    articles: Mapping[str, Article],
) -> list[Sourced]:
    """Every count claim of the mentions with its source, context and effective time."""
    raw = [
        (claim, sources[m.article_id], context_of(claim.evidence, articles))
        for m in mentions
        for claim in m.counts
    ]
    out = []
    for claim, source, context in raw:
        times = [
            other_source.published
            for other, other_source, other_context in raw
            if other_source.group == source.group
            and other.kind == claim.kind
            and other.value == claim.value
            and near_identical(context, other_context, WIRE_COPY_RATIO)
        ]
        when = earliest([source.published, *times])
        out.append(Sourced(claim, source, context, when))
    return out


def time_key(published: str | None) -> tuple[date, datetime | None] | None:
    """A comparable key for an ISO date or datetime; ``None`` when absent or unreadable."""
    if not published:
        return None
    try:
        if len(published) <= 10:
            return (date.fromisoformat(published[:10]), None)
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return (moment.date(), moment)


def is_before(a: str | None, b: str | None) -> bool:
    """True when time ``a`` is strictly before ``b`` (by date when either has no clock time)."""
    ka, kb = time_key(a), time_key(b)
    if ka is None or kb is None:
        return False
    if ka[1] is not None and kb[1] is not None:
        return ka[1] < kb[1]
    return ka[0] < kb[0]


def earliest(times: Iterable[str | None]) -> str | None:
    """The earliest readable time among ``times``."""
    best: str | None = None
    for moment in times:
        if time_key(moment) is not None and (best is None or is_before(moment, best)):
            best = moment
    return best


def sort_time(published: str | None) -> float:
    """A number that orders times (a date alone counts as its midnight); -inf when unknown."""
    key = time_key(published)
    if key is None:
        return float("-inf")
    moment = key[1] or datetime(key[0].year, key[0].month, key[0].day)
    return moment.replace(tzinfo=UTC).timestamp()
