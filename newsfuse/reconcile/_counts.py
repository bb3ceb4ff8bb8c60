"""Reconcile the count claims of one kind (killed, injured, ...) across the sources of an event.

Each article's claims become one interval [low, high] (high ``None`` = no upper bound):
subgroup figures add up without double counting (a total "including" a subgroup is the total;
"5 civilians" + "2 security forces" is at least 7), and a figure about a subgroup alone is only a
lower bound on the whole. Then, across articles:

1. every interval overlaps -> one figure fits all sources: ``agreed`` (same figure everywhere),
   ``subset`` (some give a part or a lower bound), or ``single_source`` (one independent source,
   wire copies counted once);
2. else the latest reports agree among themselves and every other report is older ->
   ``superseded`` (rising tolls, corrections);
3. else ``contested``: best is the figure of most independent sources (ties: the latest, then
   the higher), low/high span every figure.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsfuse.models import CountClaim, CountResolution
from newsfuse.reconcile._sources import Sourced, is_before, sort_time, time_key

#: subgroup -> the wider subgroup it is part of (children are civilians, police are security).
SUBGROUP_PARENT = {
    "children": "civilians",
    "women": "civilians",
    "minors": "civilians",
    "police": "security_forces",
    "soldiers": "security_forces",
    "officers": "security_forces",
}


#: subgroups that a total of victims does not include unless it says so ("... including the
#: gunman"); they are added on top, once, from whichever source reports them (GVA counts
#: perpetrators who were shot too).
OUTSIDE_TOTALS = frozenset({"perpetrators"})


@dataclass
class Estimate:
    """What one article says about one count kind.

    ``low``/``high``/``value`` cover the people a total counts; ``extra`` the people outside
    totals (perpetrators), added once at the end.
    """

    claims: list[Sourced]
    low: int
    high: int | None
    value: int
    partial: bool  # only subgroups or single persons, no figure for the whole
    subgroups: dict[str, int] = field(default_factory=dict)
    extra: int = 0

    @property
    def when(self) -> str | None:
        dated = [c.when for c in self.claims if time_key(c.when) is not None]
        return min(dated, key=sort_time, default=None)

    @property
    def group(self) -> str:
        return self.claims[0].source.group

    @property
    def input_id(self) -> str:
        return self.claims[0].source.input_id


def sum_subgroups(subgroups: dict[str, int]) -> int:
    """The least total the subgroup figures imply, a part never counted beside its whole."""
    parents: dict[str, int] = {}
    children: dict[str, int] = {}
    for name, value in subgroups.items():
        top = SUBGROUP_PARENT.get(name)
        if top is None:
            parents[name] = max(parents.get(name, 0), value)
        else:
            children[top] = children.get(top, 0) + value
    return sum(max(parents.get(k, 0), children.get(k, 0)) for k in set(parents) | set(children))


def claim_interval(sourced: Sourced) -> tuple[int, int | None]:
    """The values a single claim allows."""
    claim = sourced.claim
    value = claim.value
    if claim.qualifier == "at_least":
        return (value, None)
    if claim.qualifier == "at_most":
        return (claim.low or 0, value)
    if claim.qualifier == "about":
        margin = max(1, round(value * 0.2))
        return (max(0, value - margin), value + margin)
    if claim.qualifier in {"range", "vague"}:
        return (claim.low if claim.low is not None else value, claim.high)
    return (value, value)


_DESCRIPTOR_START = frozenset({"a", "an", "the", "one", "another", "his", "her", "their"})


def _person(claim: CountClaim) -> str | None:
    """A named person's key (last name), or ``None`` for "he", "a man", "the victim"."""
    words = (claim.person or "").split()
    if not words or words[0].startswith("(") or words[0].lower() in _DESCRIPTOR_START:
        return None
    if not all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return None
    return words[-1].lower().strip(",.'’s")


def _parts(claims: list[Sourced]) -> tuple[dict[str, int], int, int]:
    """(subgroup figures, people outside totals, distinct single persons) of an article."""
    subgroups: dict[str, int] = {}
    persons: set[str] = set()
    outside = 0
    for sourced in claims:
        claim = sourced.claim
        if claim.subgroup in OUTSIDE_TOTALS:
            outside = max(outside, claim.value)
        elif claim.person is not None:
            persons.add(_person(claim) or "(someone)")
        elif claim.subgroup is not None:
            subgroups[claim.subgroup] = max(subgroups.get(claim.subgroup, 0), claim.value)
    # named people are distinct by name; "he", "a man", "the victim" may be any of them
    named = {p for p in persons if not p.startswith("(")}
    singles = len(named) or (1 if persons else 0)
    return subgroups, outside, singles


def _total_bounds(totals: list[Sourced]) -> tuple[int, int | None, int]:
    """(low, high, value) the total claims of one article allow together."""
    bounds = [claim_interval(c) for c in totals]
    exact = [c for c in totals if c.claim.qualifier == "exact"]
    low = max(b[0] for b in bounds)
    highs = [b[1] for b in bounds if b[1] is not None]
    if exact:
        # exact totals that differ within one article: the first stated (the lead) wins over
        # later figures, which are more often background ("24 shot this year")
        first = min(exact, key=lambda c: c.claim.evidence.start if c.claim.evidence else 0)
        lows = [b[0] for c, b in zip(totals, bounds, strict=True) if c.claim.qualifier != "exact"]
        value = max([first.claim.value, *lows])
        return value, value, value
    if highs:
        high = max(min(highs), low)
        return low, high, min(max(c.claim.value for c in totals), high)
    return low, None, low


def estimate(claims: list[Sourced]) -> Estimate:
    """One article's figure for one kind, from all its claims of that kind."""
    precise = [c for c in claims if c.claim.qualifier != "vague"]
    claims = precise or claims  # "dozens" only when nothing more precise is said
    subgroups, outside, singles = _parts(claims)
    parts = max(sum_subgroups(subgroups), singles)
    totals = [c for c in claims if c.claim.subgroup is None and c.claim.person is None]
    if not totals:
        return Estimate(claims, parts, None, parts, True, subgroups, outside)
    low, high, value = _total_bounds(totals)
    if outside and any(g in OUTSIDE_TOTALS for c in totals for g in c.claim.includes):
        low, value = max(0, low - outside), max(0, value - outside)
        high = None if high is None else max(0, high - outside)
    if high is not None and parts > high:
        subgroups = {}  # the parts overlap or the total is older: the total wins
    low = max(low, parts if high is None else min(parts, high))
    return Estimate(claims, low, high, max(value, low), False, subgroups, outside)


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


def resolve(kind: str, claims: Sequence[Sourced]) -> CountResolution:
    """The resolution of one count kind from every claim of that kind."""
    by_article: dict[str, list[Sourced]] = {}
    for c in claims:
        by_article.setdefault(c.source.article_id, []).append(c)
    estimates = [estimate(group) for group in by_article.values()]
    ordered = tuple(c.claim for c in sorted(claims, key=_claim_order))
    fitted = _intersect(estimates)
    if fitted is not None:
        return _consistent(estimates, fitted, ordered)
    later = _superseding(estimates)
    if later is not None:
        return _superseded(estimates, later, ordered)
    return _contested(estimates, ordered)


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
    return (a.low, a.high, a.partial, a.subgroups) == (b.low, b.high, b.partial, b.subgroups)


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


def _contested(estimates: Sequence[Estimate], claims: tuple[CountClaim, ...]) -> CountResolution:
    votes: dict[int, set[str]] = {}
    latest: dict[int, float] = {}
    extra = max(e.extra for e in estimates)
    for est in estimates:
        votes.setdefault(est.value + extra, set()).add(est.group)
        moment = max(latest.get(est.value + extra, float("-inf")), sort_time(est.when))
        latest[est.value + extra] = moment
    best = max(votes, key=lambda v: (len(votes[v]), latest[v], v))
    low = min(e.low for e in estimates) + extra
    high = max(e.high if e.high is not None else e.low for e in estimates) + extra
    rule = (
        "sources disagree and no later report settles it: "
        + ", ".join(_fmt(e) for e in estimates)
        + f"; best {best} is the figure of most independent sources "
        f"({len(votes[best])} of {len({e.group for e in estimates})}), ties to the latest"
    )
    chosen = [e for e in estimates if e.value + extra == best]
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
