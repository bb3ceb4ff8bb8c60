"""Which figure the most independent sources support, when they disagree."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.reconcile._estimate import Estimate
from newsfuse.reconcile._sources import sort_time

#: a tied higher figure at most this many times the lower (+1) is a plausible rise in a toll
RISE_FACTOR = 2


def _supports(est: Estimate, value: int, parts: int) -> bool:
    """True when an article's figure supports ``value`` for the whole event.

    A bounded figure supports the values inside it, and an "at least" total or a report of
    single persons alone ("a driver was killed": at least one) every value above it; a figure
    for subgroups supports only itself, or the cross-source sum of parts it is one of
    ("5 civilians" supports 7 = 5 civilians + 2 security forces).
    """
    if est.high is not None:
        return est.low <= value <= est.high
    if not est.partial or not est.subgroups:
        return value >= est.low
    return value == est.value or (value == parts and bool(est.subgroups))


def vote(estimates: Sequence[Estimate], parts: int) -> tuple[int, int]:
    """(the figure most independent sources support, how many); ties: the higher when it is a
    plausible rise over the others (an early report often has not counted everyone yet),
    else the latest (a figure far above every other is more often a misread number)."""
    candidates = {e.value for e in estimates} | ({parts} if parts else set())

    def support(value: int) -> tuple[int, float]:
        backing = [e for e in estimates if _supports(e, value, parts)]
        latest = max((sort_time(e.when) for e in backing), default=float("-inf"))
        return len({e.group for e in backing}), latest

    most = max(support(v)[0] for v in candidates)
    tied = [v for v in candidates if support(v)[0] == most]
    if max(tied) <= RISE_FACTOR * min(tied) + 1:
        return max(tied), most
    return max(tied, key=lambda v: (support(v)[1], v)), most
