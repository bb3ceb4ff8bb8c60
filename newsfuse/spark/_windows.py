"""Clustering by time-window partitions with overlap, and the merge of their clusters.

The mentions are cut into windows of ``spark_cluster_days`` by the clusterer's clock (see
:func:`clock_days`). Window ``k`` *owns* the mentions of its own days (its
core) and also reads, first, the mentions of the ``cluster_window_days`` before it (its prefix)
so that a report that follows an event across the boundary can join it. Each window is
clustered on its own with :func:`newsfuse.cluster.cluster`; :func:`merge_windows` then walks
the windows in time order: a window's cluster that holds prefix mentions continues the earlier
cluster that owns most of them, otherwise it is a new event. Every mention is assigned by the
window that owns it, so no earlier decision is ever changed.

The clusterer weighs words by the document frequencies of everything it has read so far. A
window starts from a *seed*: the frequencies of every mention read before its first one (the
prefix sums of per-day counts, :func:`window_seeds`), so its words weigh what they weigh in
the single-process run.

Mentions without a publication date, which the clusterer reads apart (last, by content, against
the events still open or archived at the end of the dated stream), are in no window: they are
read in one last task against those events, rebuilt from the merged windows
(:func:`alive_events`, :func:`add_undated`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from newsfuse.cluster import Clusterer
from newsfuse.cluster._dates import choose_date
from newsfuse.cluster._features import build, day_of
from newsfuse.cluster._text import DocFrequencies
from newsfuse.models import Article, Cluster, Decision, EventMention

_CLUSTER_ID = re.compile(r"ev-[0-9a-f]{16}")


def stream_key(mention: EventMention, articles: Mapping[str, Article]) -> str:
    """The publication time the clusterer orders a mention by ("" when unknown)."""
    article = articles.get(mention.article_id)
    return mention.published or (article.published if article else None) or ""


def event_day(mention: EventMention) -> int | None:
    claim = mention.date
    if claim is None or claim.precision not in ("day", "week"):
        return None
    return day_of(claim.date)


def reading_key(mention: EventMention, articles: Mapping[str, Article]) -> Any:
    """The order the clusterer reads mentions in (its own sort key)."""
    return Clusterer.reading_key(mention, articles)


def clock_days(
    mentions: Iterable[EventMention], articles: Mapping[str, Article]
) -> dict[str, int | None]:
    """The day each mention is placed at when the stream is cut into windows, by mention id.

    A dated mention is placed at the clusterer's clock when it reads it: the latest day read so
    far (publication day, else stated event day), in the clusterer's own reading order. A
    mention without a publication date is read apart from the time order (by content, last):
    it is placed at its stated event day, where the events it can join are, else at the clock.
    """
    placed: dict[str, int | None] = {}
    clock: int | None = None
    for m in sorted(mentions, key=lambda m: reading_key(m, articles)):
        published = day_of(stream_key(m, articles))
        seen = published if published is not None else event_day(m)
        if seen is not None:
            clock = seen if clock is None else max(clock, seen)
        placed[m.id] = clock if published is not None else (seen if seen is not None else clock)
    return placed


@dataclass(frozen=True)
class Windows:
    """The window grid: ``origin`` is the first stream day, ``length`` and ``overlap`` days."""

    origin: int
    length: int
    overlap: int

    @classmethod
    def over(cls, days: Iterable[int | None], length: int, overlap: int) -> Windows:
        known = [d for d in days if d is not None]
        return cls(min(known) if known else 0, max(length, 1), max(overlap, 0))

    def core(self, day: int | None) -> int:
        """The window that owns a mention of this stream day."""
        return 0 if day is None else max(day - self.origin, 0) // self.length

    def of(self, day: int | None) -> list[int]:
        """Every window that reads the mention: its own first, then those it is a prefix of."""
        own = self.core(day)
        if day is None:
            return [own]
        last = max(day - self.origin + self.overlap, 0) // self.length
        return [own, *range(own + 1, last + 1)]


@dataclass(frozen=True)
class Seed:
    """Document frequencies a window starts from: ``docs`` read before it, ``df`` per word (only
    the words the window reads)."""

    docs: int = 0
    df: dict[str, int] = field(default_factory=dict)

    def frequencies(self) -> DocFrequencies:
        dfs = DocFrequencies()
        dfs.docs = self.docs
        dfs.df.update(self.df)
        return dfs


DayCounts = tuple[int, Counter[str]]  # (mentions, mentions per word) of one clock day
Group = tuple[str, list[str], list[Decision]]  # a merged event: id, mention ids, decisions


def mention_words(mention: EventMention, article: Article) -> frozenset[str]:
    """The words a mention adds to the clusterer's document frequencies."""
    scratch = DocFrequencies()
    build(mention, article, scratch)
    return frozenset(scratch.df)


def add_counts(a: DayCounts, b: DayCounts) -> DayCounts:
    return (a[0] + b[0], a[1] + b[1])


def window_seeds(per_day: Mapping[int | None, DayCounts], grid: Windows) -> dict[int, Seed]:
    """The seed of every window that reads a mention, from per-clock-day counts."""
    days = sorted(d for d in per_day if d is not None)
    windows = sorted({k for d in per_day for k in grid.of(d)})
    seeds: dict[int, Seed] = {}
    docs, total, done = 0, Counter[str](), 0
    for k in windows:
        start = grid.origin + k * grid.length
        bound = start - grid.overlap
        while done < len(days) and days[done] < bound:
            n, counts = per_day[days[done]]
            docs, done = docs + n, done + 1
            total.update(counts)
        read = days[bisect.bisect_left(days, bound) : bisect.bisect_left(days, start + grid.length)]
        words = set().union(*(per_day[d][1] for d in read))
        seeds[k] = Seed(docs, {w: total[w] for w in words if w in total})
    return seeds


def whole_seed(per_day: Mapping[int | None, DayCounts]) -> Seed:
    """The document frequencies of the whole dated stream (what the undated mentions meet)."""
    docs, total = 0, Counter[str]()
    for n, counts in per_day.values():
        docs += n
        total.update(counts)
    return Seed(docs, dict(total))


@dataclass
class _Group:
    """One merged event: its member mention ids and decisions, in stream order."""

    id: str
    mention_ids: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)


def _continues(
    cl: Cluster, owner: Mapping[str, str], order: Mapping[str, int], core: set[str]
) -> str | None:
    """The earlier event a window's cluster continues: the owner of most of its prefix."""
    votes = Counter(owner[m] for m in cl.mention_ids if m not in core and m in owner)
    if not votes:
        return None
    return min(votes, key=lambda gid: (-votes[gid], order[gid]))


def _rewrite(decision: Decision, gid: str, local: Mapping[str, str]) -> Decision:
    reason = _CLUSTER_ID.sub(lambda m: local.get(m.group(), m.group()), decision.reason)
    return replace(decision, cluster_id=gid, reason=reason)


def merge_windows(
    windows: Sequence[tuple[int, Sequence[Cluster]]], owned_by: Mapping[str, int]
) -> list[Group]:
    """Merge each window's clusters into events: ``(id, mention ids, decisions)`` in the order
    the events started. ``owned_by`` maps a mention id to the window that owns it."""
    groups: dict[str, _Group] = {}
    owner: dict[str, str] = {}
    for k, clusters in sorted(windows, key=lambda item: item[0]):
        core = {m for cl in clusters for m in cl.mention_ids if owned_by.get(m) == k}
        order = {gid: i for i, gid in enumerate(groups)}
        local = {}
        for cl in clusters:
            gid = _continues(cl, owner, order, core)
            local[cl.id] = gid if gid is not None else cl.id
        for cl in clusters:
            gid = local[cl.id]
            group = groups.setdefault(gid, _Group(gid))
            for mid, decision in zip(cl.mention_ids, cl.decisions, strict=True):
                if mid in core and mid not in owner:
                    owner[mid] = gid
                    group.mention_ids.append(mid)
                    group.decisions.append(_rewrite(decision, gid, local))
    return [(g.id, g.mention_ids, g.decisions) for g in groups.values() if g.mention_ids]


def alive_events(
    groups: Sequence[Group], seen: Mapping[str, int | None], end: int | None, horizon: int
) -> list[tuple[str, str, int, Decision]]:
    """The members of the events the clusterer still holds at the end of the dated stream
    (day ``end``): those whose last mention (day ``seen``) is within ``horizon`` days of it.
    Each as (mention id, event id, creation order, decision)."""
    out = []
    for seq, (gid, ids, decisions) in enumerate(groups):
        last = max((d for d in (seen.get(i) for i in ids) if d is not None), default=None)
        if end is not None and last is not None and last + horizon < end:
            continue  # frozen before the undated mentions are read
        out += [(mid, gid, seq, d) for mid, d in zip(ids, decisions, strict=True)]
    return out


def add_undated(
    groups: Sequence[Group], tail: Sequence[Cluster], undated: Collection[str]
) -> list[Group]:
    """The events with the undated mentions of the last task (``tail``) added: to the event
    they joined, or as new events after the others, in the order they started."""
    out = {gid: (gid, list(ids), list(ds)) for gid, ids, ds in groups}
    for cl in tail:
        group = out.setdefault(cl.id, (cl.id, [], []))
        for mid, decision in zip(cl.mention_ids, cl.decisions, strict=True):
            if mid in undated:
                group[1].append(mid)
                group[2].append(decision)
    return [g for g in out.values() if g[1]]


def freeze_group(
    gid: str,
    mentions: Sequence[EventMention],
    decisions: Sequence[Decision],
    articles: Mapping[str, Article],
) -> Cluster:
    """The output record of a merged event, dated as the clusterer dates its clusters."""
    dated = [(m.id, m.is_main, m.date) for m in mentions if m.date and m.date.date is not None]
    days = [day_of(stream_key(m, articles)) for m in mentions]
    first = min((d for d in days if d is not None), default=None)
    published = None if first is None else _iso(first)
    date, reason = choose_date(dated, [m.id for m in mentions], published)
    return Cluster(
        id=gid,
        mention_ids=tuple(m.id for m in mentions),
        decisions=tuple(decisions),
        date=date,
        date_reason=reason,
        background=not any(m.is_main for m in mentions),
    )


def _iso(day: int) -> str:
    import datetime as dt

    return dt.date.fromordinal(day).isoformat()
