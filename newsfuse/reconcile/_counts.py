"""Reconcile the count claims of one kind (killed, injured, ...) across the sources of an event.

Each article's claims become one interval [low, high] (high ``None`` = no upper bound):
subgroup figures add up without double counting (a total "including" a subgroup is the total;
"5 civilians" + "2 security forces" is at least 7), and a figure about a subgroup alone is only a
lower bound on the whole. Then, across articles:

1. every interval overlaps, and some source bounds the figure from above or the figure most
   independent sources support is not below the overlap (one source's uncorroborated floor
   does not decide) -> one figure fits all sources: ``agreed`` (same figure everywhere),
   ``subset`` (some give a part or a lower bound), or ``single_source`` (one independent
   source, wire copies counted once);
2. else the latest reports agree among themselves, every other report is older and none
   gives more -> ``superseded`` (rising tolls; a lower later figure is voted on instead);
3. else ``contested``: best is the figure most independent sources support (ties: the higher
   when it is a plausible rise, else the latest; ``_vote``), low/high span every figure.

Claims that sum several incidents (``_scope.roundup``) are set aside first; when nothing else
is left the figure is unknown (best ``None``), at most the smallest sum.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace

from newsfuse.models import CountClaim, CountResolution
from newsfuse.reconcile._estimate import (
    Estimate,
    background,
    estimate,
    sum_subgroups,
    without_killer,
)
from newsfuse.reconcile._scope import counts_everyone, roundup
from newsfuse.reconcile._sources import Sourced, is_before, sort_time, time_key
from newsfuse.reconcile._vote import vote

Fitted = tuple[int, int | None, dict[str, int], int]


def _intersect(estimates: Sequence[Estimate]) -> Fitted | None:
    """(low, high, subgroups, extra) that every estimate allows, or None when none does."""
    union: dict[str, int] = {}
    for est in estimates:
        for name, value in est.subgroups.items():
            union[name] = max(union.get(name, 0), value)
    highs = [e.high for e in estimates if e.high is not None]
    high = min(highs) if highs else None
    low = max([e.low for e in estimates] + [sum_subgroups(union)])
    if high is not None and low > high:
        return None
    return low, high, union, max(e.extra for e in estimates)


def _shifted(
    best: int, low: int, high: int | None, union: dict[str, int], extra: int
) -> tuple[int, int, int | None, dict[str, int]]:
    """Add the people outside totals (perpetrators) to best, low, high and the breakdown."""
    if not extra:
        return best, low, high, union
    breakdown = {**union, "perpetrators": extra}
    return best + extra, low + extra, None if high is None else high + extra, breakdown


def _fmt(est: Estimate) -> str:
    high = None if est.high is None else est.high + est.extra
    return f"{_range(est.low + est.extra, high)} ({est.input_id})"


def _range(low: int, high: int | None) -> str:
    if high is None:
        return f"at least {low}"
    return str(low) if low == high else f"{low}-{high}"


def resolve(kind: str, claims: Sequence[Sourced], died: Sequence[Sourced] = ()) -> CountResolution:
    """The resolution of one count kind from every claim of that kind; ``died`` are injured
    claims taken as the person who died (kept among the claims, left out of the figure)."""
    ordered = tuple(c.claim for c in sorted(claims, key=_claim_order))
    by_article: dict[str, list[Sourced]] = {}
    summed = [c for c in claims if c not in died and roundup(c)]
    for c in claims:
        if c not in died and c not in summed:
            by_article.setdefault(c.source.article_id, []).append(c)
    if not by_article and summed:
        rule = "every report of this kind sums several incidents (a roundup): " + ", ".join(
            f"{c.claim.value} ({c.source.input_id})" for c in summed
        )
        at_most = min(c.claim.value for c in summed)
        rule += f"; this event's own figure is not given (at most {at_most})"
        return CountResolution(None, 0, at_most, "contested", rule, {}, ordered)
    if not by_article:
        rule = (
            "every report of this kind is of a single person in an article that also reports "
            "a death: taken as the person who died, not another"
        )
        return CountResolution(0, 0, None, "superseded", rule, {}, ordered)
    estimates = [estimate(group) for group in by_article.values()]
    if any(e.extra for e in estimates):
        estimates = [without_killer(e) for e in estimates]
        extra = max(e.extra for e in estimates)
        estimates = [_less(e, extra) if counts_everyone(e, extra) else e for e in estimates]
    fitted = _intersect(estimates)
    if fitted is not None and (
        any(e.high is not None for e in estimates)
        or vote(estimates, sum_subgroups(fitted[2]))[0] >= fitted[0]
    ):
        res = _consistent(estimates, fitted, ordered)
    elif fitted is not None:  # one source's floor is above what the others support
        res = _contested(estimates, ordered, sum_subgroups(fitted[2]))
    elif (later := _superseding(estimates)) is not None:
        res = _superseded(estimates, later, ordered)
    else:
        res = _contested(estimates, ordered)
    aside = [c for group in by_article.values() for c in background(group)]
    if aside:
        figures = ", ".join(f"{c.claim.value} ({c.source.input_id})" for c in aside)
        res = replace(res, rule=f"{res.rule}; set aside as background, not this event: {figures}")
    if summed:
        figures = ", ".join(f"{c.claim.value} ({c.source.input_id})" for c in summed)
        res = replace(res, rule=f"{res.rule}; set aside as sums of several incidents: {figures}")
    return res


def _less(est: Estimate, extra: int) -> Estimate:
    """An article's total that counts the perpetrator too (``counts_everyone``), as victims
    only: the perpetrator is added once on top of every figure."""
    high = None if est.high is None else est.high - extra
    return replace(est, low=max(0, est.low - extra), high=high, value=est.value - extra)


def _claim_order(c: Sourced) -> tuple[bool, float, str]:
    return (time_key(c.when) is None, sort_time(c.when), c.source.input_id)


def _best_of(estimates: Sequence[Estimate], low: int, high: int | None) -> int:
    bounded = [e.value for e in estimates if e.high is not None]
    if not bounded:
        return low
    point = round(statistics.median(bounded))
    return max(low, point if high is None else min(point, high))


def _consistent(
    estimates: Sequence[Estimate],
    fitted: Fitted,
    claims: tuple[CountClaim, ...],
) -> CountResolution:
    low, high, union, extra = fitted
    if all(e.partial and _all_exact(e) for e in estimates):
        high = low  # only exact subgroup figures: together they are all that is reported
    best, low, high, breakdown = _shifted(_best_of(estimates, low, high), low, high, union, extra)
    groups = {e.group for e in estimates}
    copies = len(estimates) - len(groups)
    note = f"; {copies} wire cop{'y' if copies == 1 else 'ies'} counted once" if copies else ""
    parts = sum_subgroups(union)
    if len(groups) == 1:
        status = "single_source"
        rule = f"one independent source gives {_range(low, high)} ({estimates[0].input_id})"
    elif all(_same(e, estimates[0]) for e in estimates):
        status, rule = "agreed", f"all {len(groups)} independent sources give {_range(low, high)}"
    else:
        status = "subset"
        rule = "every source fits one figure: " + ", ".join(_fmt(e) for e in estimates)
        if len(breakdown) > 1 and parts + extra == best:
            terms = " + ".join(f"{v} {k}" for k, v in sorted(breakdown.items()))
            rule += f"; subgroups added without double counting: {terms} = {best}"
        rule += f"; best {best} is the smallest figure that every source allows"
    if extra:
        rule += f"; {extra} perpetrator(s) added, as totals of victims leave them out"
    return CountResolution(best, low, high, status, rule + note, breakdown, claims)


def _all_exact(est: Estimate) -> bool:
    return all(c.claim.qualifier == "exact" for c in est.claims)


def _same(a: Estimate, b: Estimate) -> bool:
    return (a.low, a.high, a.partial, a.value) == (b.low, b.high, b.partial, b.value)


def _superseding(estimates: Sequence[Estimate]) -> list[Estimate] | None:
    dated = [e for e in estimates if time_key(e.when) is not None]
    if not dated:
        return None
    latest = max(dated, key=lambda e: sort_time(e.when)).when
    newest = [e for e in dated if not is_before(e.when, latest)]
    older = [e for e in estimates if e not in newest]
    undated = [e for e in older if time_key(e.when) is None]
    if not older or _intersect(newest + undated) is None:
        return None
    if any(e.value > max(n.value for n in newest) for e in older):
        return None  # tolls rise: a lower later figure is voted on, not taken as a correction
    return newest + undated


def _superseded(
    estimates: Sequence[Estimate], newest: list[Estimate], claims: tuple[CountClaim, ...]
) -> CountResolution:
    fitted = _intersect(newest)
    assert fitted is not None
    low, high, union, extra = fitted
    best, low, high, breakdown = _shifted(_best_of(newest, low, high), low, high, union, extra)
    old = [e for e in estimates if e not in newest]
    rule = (
        f"later reports supersede earlier ones: {', '.join(_fmt(e) for e in newest)} "
        f"({newest[0].when}) replaces {', '.join(_fmt(e) for e in old)}"
    )
    return CountResolution(best, low, high, "superseded", rule, breakdown, claims)


def _contested(
    estimates: Sequence[Estimate], claims: tuple[CountClaim, ...], parts: int = 0
) -> CountResolution:
    extra = max(e.extra for e in estimates)
    value, support = vote(estimates, parts)
    best = value + extra
    low = min(e.low for e in estimates) + extra
    high = max(e.high if e.high is not None else e.low for e in estimates) + extra
    rule = (
        "sources disagree and no later report settles it: "
        + ", ".join(_fmt(e) for e in estimates)
        + f"; best {best} is the figure most independent sources support "
        f"({support} of {len({e.group for e in estimates})}), ties to the latest"
    )
    chosen = [e for e in estimates if e.value == value]
    breakdown = {k: v for e in chosen for k, v in e.subgroups.items()}
    if extra:
        breakdown["perpetrators"] = extra
    return CountResolution(best, low, high, "contested", rule, breakdown, claims)


def derive_injured(counts: dict[str, CountResolution]) -> dict[str, CountResolution]:
    """People reported shot and not killed are injured: injured is at least shot - killed."""
    shot, killed, injured = counts.get("shot"), counts.get("killed"), counts.get("injured")
    if shot is None or shot.best is None:
        return counts
    dead = killed.best or 0 if killed else 0
    derived = shot.best - dead
    if derived <= 0 or (injured is not None and (injured.best or 0) >= derived):
        return counts
    rule = (
        f"{shot.best} shot minus {dead} killed = {derived} injured: people reported shot and "
        f"not killed are counted as injured (shot: {shot.rule})"
    )
    if injured is not None:
        rule += f"; injured reports alone gave {injured.best} ({injured.rule})"
    low = max(0, (shot.low or 0) - dead)
    high = None if shot.high is None else max(0, shot.high - dead)
    claims = (injured.claims if injured else ()) + shot.claims
    derived_res = CountResolution(derived, low, high, shot.status, rule, {}, claims)
    return {**counts, "injured": derived_res}
