"""Per-outlet coverage of one event: what each outlet reported, omitted, hedged, or asserted
without attribution (a headline that names who fired while the body hedges, say)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsfuse.models import (
    ActorClaim,
    Article,
    CountClaim,
    CountResolution,
    EventMention,
    OutletCoverage,
)
from newsfuse.reconcile._sources import Source, find_article
from newsfuse.reconcile._text import normalise

_HEDGED_QUALIFIERS = {"at_least", "at_most", "about", "vague", "range"}
_BLAME = {"attacker", "claimed_by", "suspected", "blamed"}


def _count_label(claim: CountClaim) -> str:
    group = f" {claim.subgroup.replace('_', ' ')}" if claim.subgroup else ""
    qualifier = claim.qualifier.replace("_", " ") + " " if claim.qualifier != "exact" else ""
    return f"{claim.kind}: {qualifier}{claim.value}{group}"


def _actor_label(actor: ActorClaim) -> str:
    return f"{actor.role}: {actor.name}"


def _reported(mentions: Sequence[EventMention]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        out += [_count_label(c) for c in m.counts]
        if m.date is not None and m.date.date and m.date.how != "published":
            out.append(f"date: {m.date.date}")
        if m.place is not None:
            out.append(f"place: {m.place.place.name}")
        out += [_actor_label(a) for a in m.actors]
    return list(dict.fromkeys(out))


def _omitted(
    mentions: Sequence[EventMention],
    counts: Mapping[str, CountResolution],
    actors: Sequence[ActorClaim],
) -> list[str]:
    kinds = {c.kind for m in mentions for c in m.counts}
    out = [f"{kind}" for kind in counts if kind not in kinds]
    if not any(m.date and m.date.date and m.date.how != "published" for m in mentions):
        out.append("date")
    if not any(m.place for m in mentions):
        out.append("place")
    said = {(normalise(a.name), a.role) for m in mentions for a in m.actors}
    out += [
        _actor_label(a)
        for a in actors
        if (normalise(a.name), a.role) not in said and a.role in _BLAME | {"denied_by"}
    ]
    return list(dict.fromkeys(out))


def _hedged(mentions: Sequence[EventMention]) -> list[str]:
    out = [_count_label(c) for m in mentions for c in m.counts if c.qualifier in _HEDGED_QUALIFIERS]
    out += [_actor_label(a) + " (hedged)" for m in mentions for a in m.actors if a.hedged]
    return list(dict.fromkeys(out))


_GENERIC = {"the", "al", "group", "groups", "militia", "militias", "forces", "movement", "army"}


def _named_in(name: str, title: str) -> bool:
    """True when every distinctive word of an actor's name is in ``title``."""
    words = set(re.findall(r"\w+", title.lower()))
    needed = set(re.findall(r"\w+", name.lower())) - _GENERIC
    return bool(needed) and needed <= words


def _unattributed(
    mentions: Sequence[EventMention], arts: Sequence[Article], actors: Sequence[ActorClaim]
) -> list[str]:
    out = [
        _actor_label(a) + " (stated without attribution)"
        for m in mentions
        for a in m.actors
        if a.role in _BLAME and not a.hedged and not a.attributed_to
    ]
    body = {normalise(a.name): a for m in mentions for a in m.actors if a.role in _BLAME}
    for art in arts:
        for actor in actors:
            name = normalise(actor.name)
            if actor.role not in _BLAME or not _named_in(name, art.title or ""):
                continue
            own = body.get(name)
            if own is None or own.hedged or own.attributed_to:
                how = "does not say so" if own is None else "hedges or attributes it"
                out.append(f"headline names {actor.name} as responsible; the body {how}")
    return list(dict.fromkeys(out))


def outlet_coverage(
    mentions: Sequence[EventMention],
    sources: Mapping[str, Source],
    articles: Mapping[str, Article],
    counts: Mapping[str, CountResolution],
    actors: Sequence[ActorClaim],
) -> tuple[OutletCoverage, ...]:
    """One OutletCoverage per outlet, outlets in order of first appearance."""
    by_outlet: dict[str, list[EventMention]] = {}
    for mention in mentions:
        by_outlet.setdefault(sources[mention.article_id].outlet, []).append(mention)
    out = []
    for outlet, group in by_outlet.items():
        ids = list(dict.fromkeys(m.article_id for m in group))
        arts = [a for i in ids if (a := find_article(articles, i)) is not None]
        out.append(
            OutletCoverage(
                outlet=outlet,
                article_ids=tuple(sources[i].input_id for i in ids),
                reported=tuple(_reported(group)),
                omitted=tuple(_omitted(group, counts, actors)),
                hedged=tuple(_hedged(group)),
                unattributed=tuple(_unattributed(group, arts, actors)),
            )
        )
    return tuple(out)
