"""reconcile: one cluster of mentions -> one Event with every field resolved and explained.

Counts get best/low/high, a status and the rule in words (see ``_counts``); date and place the
most precise value most independent sources allow; actors keep every role and attribution; the
summary cites its sources; the coverage compares outlets. Wire copies (near-identical sentences
across outlets) count as one source.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsfuse.models import Article, Cluster, Event, EventMention
from newsfuse.reconcile._counts import derive_injured, resolve
from newsfuse.reconcile._coverage import outlet_coverage
from newsfuse.reconcile._extractive import summarize_articles
from newsfuse.reconcile._fields import event_type, merge_actors, resolve_date, resolve_place
from newsfuse.reconcile._sources import build_sources, sort_time, sourced_claims
from newsfuse.reconcile._summary import Facts, event_summary
from newsfuse.reconcile._survivors import hurt_who_died
from newsfuse.settings import Settings

__all__ = ["reconcile", "summarize_articles"]

#: count kinds listed first, in this order, in every event; others follow alphabetically
KIND_ORDER = ("killed", "injured", "shot", "fired", "landed", "intercepted", "arrested", "missing")


def _kind_key(kind: str) -> tuple[int, str]:
    return (KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER), kind)


def reconcile(
    cluster: Cluster,
    mentions: Sequence[EventMention],
    articles: Mapping[str, Article],
    settings: Settings,
) -> Event:
    """The Event of ``cluster`` from its ``mentions``; ``articles`` maps article id -> Article."""
    del settings  # no setting changes reconciliation yet; kept for the stage signature
    sources = build_sources(mentions, articles)
    claims = sourced_claims(mentions, sources, articles)
    kinds = sorted({c.claim.kind for c in claims}, key=_kind_key)
    died = hurt_who_died(claims)
    counts = derive_injured(
        {k: resolve(k, [c for c in claims if c.claim.kind == k], died) for k in kinds}
    )
    date = resolve_date(mentions, sources, cluster)
    location = resolve_place(mentions, sources)
    actors = merge_actors(mentions)
    kind, sub_kind = event_type(mentions)
    facts = Facts(kind, sub_kind, date, location, counts, actors, sources)
    ordered = sorted(
        sources.values(), key=lambda s: (s.published is None, sort_time(s.published), s.input_id)
    )
    return Event(
        id=cluster.id,
        event_type=kind,
        sub_event_type=sub_kind,
        date=date,
        location=location,
        actors=actors,
        counts=counts,
        article_ids=tuple(dict.fromkeys(s.input_id for s in ordered)),
        mention_ids=tuple(m.id for m in mentions),
        summary=event_summary(facts),
        coverage=outlet_coverage(mentions, sources, articles, counts, actors),
        decisions=cluster.decisions,
    )
