"""Archived clusters by place and stated event day, found by the dates a report points back to.

A follow-up report weeks later ("charged in the Aug. 14 shooting on Pope Street") may share no
rare name with the first reports of its incident, so the name keys do not find the archived
cluster; its place and the date it names do. An archived cluster is indexed under
``d:<place>:<day>`` for each day of its stated event dates (day precision, at most a week long)
and each of its places; a mention looks up its place with each day it names (give or take one,
see ``_refdates``). A key held by more than ``MAX_POSTING`` clusters (a large city's busy day)
finds none.
"""

from __future__ import annotations

from newsfuse.cluster._features import Features
from newsfuse.cluster._index import BlockIndex
from newsfuse.cluster._state import ClusterState
from newsfuse.models import Place

MAX_CANDIDATES = 2  # archived clusters found by a referenced date, scored per mention
MAX_POSTING = 3  # a place and day held by more clusters than this identifies none of them
MAX_SPAN = 7  # a stated date interval longer than this (days) is not indexed
MAX_REF_SPAN = 2  # a referenced date longer than this (a month) looks up nothing


def _place(p: Place) -> str:
    return " ".join((p.city or p.name).lower().split())


def _keys(places: list[Place], days: list[tuple[int, int]], slack: int) -> tuple[str, ...]:
    names = sorted({_place(p) for p in places})
    found = {
        f"d:{name}:{day}"
        for lo, hi in days
        for day in range(lo - slack, hi + slack + 1)
        for name in names
    }
    return tuple(sorted(found))


def cluster_keys(state: ClusterState) -> tuple[str, ...]:
    """The keys an archived cluster is found by: its places with its stated event days."""
    days = [(lo, hi) for lo, hi in state.event_days if hi - lo <= MAX_SPAN]
    return _keys(state.places, days, 0)


class DatedIndex:
    """Archived clusters by ``place:day`` keys."""

    def __init__(self) -> None:
        self._index = BlockIndex()

    def add(self, state: ClusterState) -> None:
        self._index.add(state.id, cluster_keys(state))

    def remove(self, state: ClusterState) -> None:
        self._index.remove(state.id, set(cluster_keys(state)))

    def hold_article(self, article_id: str, cid: str) -> None:
        self._index.hold_article(article_id, cid)

    def candidates(self, f: Features) -> list[str]:
        """Up to ``MAX_CANDIDATES`` archived clusters stated to happen, at the mention's place,
        on a day the mention's report names."""
        if f.place is None or not f.refs:
            return []
        days = [(lo, hi) for lo, hi in f.refs if hi - lo <= MAX_REF_SPAN]
        keys = _keys([f.place], days, 1)
        if not keys:
            return []
        return self._index.candidates(f, MAX_CANDIDATES, keys, 1, MAX_POSTING)
