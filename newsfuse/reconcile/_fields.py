"""Reconcile the non-count fields of an event: date, place, actors and the event type."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from newsfuse.models import ActorClaim, Cluster, DateClaim, EventMention, FieldResolution, Place
from newsfuse.reconcile._sources import Source
from newsfuse.reconcile._text import normalise

_PRECISION = {"day": 4, "week": 3, "month": 2, "year": 1, "none": 0}
_HOW = {"absolute": 3, "relative_to_published": 2, "relative_to_event": 2, "published": 0}
_PLACE_PRECISION = {"neighbourhood": 4, "city": 3, "region": 2, "country": 1}


def _interval(claim: DateClaim) -> tuple[date, date] | None:
    try:
        start = date.fromisoformat(str(claim.date)[:10])
        end = date.fromisoformat(str(claim.date_end or claim.date)[:10])
    except ValueError:
        return None
    return (start, max(start, end))


def dates_compatible(a: DateClaim, b: DateClaim) -> bool:
    """True when the two date claims can be the same day (their intervals overlap)."""
    ia, ib = _interval(a), _interval(b)
    return ia is not None and ib is not None and ia[0] <= ib[1] and ib[0] <= ia[1]


def resolve_date(
    mentions: Sequence[EventMention], sources: Mapping[str, Source], cluster: Cluster
) -> FieldResolution:
    """The event date: the most precise date most independent sources allow."""
    pairs = [(m.date, sources[m.article_id]) for m in mentions if m.date and m.date.date]
    stated = [p for p in pairs if p[0].how not in {"published", "none"}] or pairs
    stated = [p for p in stated if _interval(p[0]) is not None]
    claims = tuple(p[0] for p in pairs)
    if not stated:
        if cluster.date is not None and cluster.date.date:
            rule = "no source states a date; the cluster's date is used"
            return FieldResolution(cluster.date, "single_source", rule, claims)
        return FieldResolution(None, "none", "no source gives a date", claims)

    def support(claim: DateClaim) -> set[str]:
        return {s.group for c, s in stated if dates_compatible(claim, c)}

    best, _ = max(
        stated,
        key=lambda p: (
            len(support(p[0])),
            _PRECISION.get(p[0].precision, 0),
            _HOW.get(p[0].how, 1),
            -_interval(p[0])[0].toordinal(),  # type: ignore[index]
        ),
    )
    groups = {s.group for _, s in stated}
    against = sorted({str(c.date) for c, _ in stated if not dates_compatible(best, c)})
    where = "publication dates" if best.how == "published" else "dates stated in the text"
    if against:
        rule = f"{len(support(best))} of {len(groups)} independent sources allow {best.date}; "
        rule += f"others give {', '.join(against)} ({where})"
        return FieldResolution(best, "contested", rule, claims)
    status = "single_source" if len(groups) == 1 else "agreed"
    rule = f"the most precise date that all {len(groups)} independent sources allow ({where})"
    return FieldResolution(best, status, rule, claims)


def places_compatible(a: Place, b: Place) -> bool:
    """True when two places can be the same spot (one inside the other, or the same)."""
    if a.country and b.country and a.country != b.country:
        return False
    if a.city and b.city:
        return normalise(a.city) == normalise(b.city)
    if a.precision == b.precision == "neighbourhood":
        return normalise(a.name) == normalise(b.name)
    return True


def resolve_place(
    mentions: Sequence[EventMention], sources: Mapping[str, Source]
) -> FieldResolution:
    """The event place: the most precise place compatible with most independent sources."""
    pairs = [(m.place, sources[m.article_id]) for m in mentions if m.place is not None]
    claims = tuple(p[0] for p in pairs)
    if not pairs:
        return FieldResolution(None, "none", "no source gives a place", claims)

    def support(place: Place) -> set[str]:
        return {s.group for c, s in pairs if places_compatible(place, c.place)}

    best, _ = max(
        pairs,
        key=lambda p: (
            len(support(p[0].place)),
            _PLACE_PRECISION.get(p[0].place.precision, 0),
            p[0].place.lat is not None,
        ),
    )
    groups = {s.group for _, s in pairs}
    against = sorted({c.place.name for c, _ in pairs if not places_compatible(best.place, c.place)})
    if against:
        rule = f"{len(support(best.place))} of {len(groups)} independent sources allow "
        rule += f"{best.place.name}; others give {', '.join(against)}"
        return FieldResolution(best.place, "contested", rule, claims)
    status = "single_source" if len(groups) == 1 else "agreed"
    rule = f"the most precise place that all {len(groups)} independent sources allow"
    return FieldResolution(best.place, status, rule, claims)


def merge_actors(mentions: Sequence[EventMention]) -> tuple[ActorClaim, ...]:
    """Every actor claim, one per (article, actor, role, attribution); roles and hedges kept."""
    seen: set[tuple[str, str, str, str]] = set()
    out: list[ActorClaim] = []
    for mention in mentions:
        for actor in mention.actors:
            key = (
                mention.article_id,
                normalise(actor.name),
                actor.role,
                normalise(actor.attributed_to or ""),
            )
            if key not in seen:
                seen.add(key)
                out.append(actor)
    return tuple(out)


def event_type(mentions: Sequence[EventMention]) -> tuple[str, str]:
    """The (event_type, sub_event_type) most mentions give, main mentions counting double."""
    votes: Counter[tuple[str, str]] = Counter()
    for mention in mentions:
        votes[(mention.event_type, mention.sub_event_type)] += 2 if mention.is_main else 1
    if not votes:
        return ("", "")
    return votes.most_common(1)[0][0]
