"""The incremental clusterer: each mention joins its best candidate cluster or starts a new one.

Clusters live in two tiers. *Open* clusters (last report within ``cluster_window_days``) are
found through every blocking key and compared in full. When a cluster leaves the window it is
*archived*: compacted (no member records, top terms and rarest names only) and found by its
names and place alone, so a late follow-up report (a trial, an anniversary) can still join it.
After ``cluster_archive_days`` it is frozen into its output record and leaves memory.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Mapping, Sequence

from newsfuse.cluster._dated import DatedIndex
from newsfuse.cluster._features import Features, build
from newsfuse.cluster._index import BlockIndex
from newsfuse.cluster._people import PersonIndex
from newsfuse.cluster._score import combine, evidence, explain, referenced
from newsfuse.cluster._state import ClusterState, cluster_id
from newsfuse.cluster._text import DocFrequencies
from newsfuse.errors import StageError
from newsfuse.models import Article, Cluster, Decision, EventMention
from newsfuse.settings import Settings

MAX_CANDIDATES = 12  # open clusters scored per mention
MAX_ARCHIVED = 4  # archived clusters scored per mention
NEAR_MISS = 0.2  # a best score this far below the threshold is recorded as a split
BACKGROUND_MARGIN = 0.1  # a background mention needs this much more to join an event
ARCHIVE_MARGIN = 0.15  # reopening an archived cluster needs this much more (0.3 to round 3)
NAMED_BONUS = 0.3  # a candidate that shares a full person name scores this much more
DATED_BONUS = 0.3  # a candidate whose event date the report names scores this much more
ARCHIVE_MIN_NAMES = 2  # an archived cluster is a candidate only when it shares this many names
ARCHIVE_MAX_POSTING = 20  # a name held by more archived clusters (a city) finds none of them
Scored = tuple[float, dict[str, float], ClusterState]


class Clusterer:
    """Streaming clusterer over event mentions (feed them in publication order)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._window = settings.cluster_window_days
        self._horizon = max(settings.cluster_archive_days, self._window)
        self._dfs = DocFrequencies()
        self._live = BlockIndex()
        self._archive = BlockIndex()
        self._people = PersonIndex()  # the follow-up linker: clusters by full person names
        self._dated = DatedIndex()  # archived clusters by place and stated event day
        self._states: dict[str, ClusterState] = {}
        self._closed: list[tuple[int, Cluster]] = []
        self._expiry: list[tuple[int, str, int]] = []  # (due day, cluster id, last seen)
        self._now: int | None = None
        self._seq = 0

    def add(self, mention: EventMention, article: Article) -> Decision:
        """Place one mention; returns the decision: ``merge``, ``new``, or ``split`` (a new
        cluster after a near miss, explained against the nearest cluster)."""
        return self.add_features(self.read(mention, article))

    def read(self, mention: EventMention, article: Article) -> Features:
        """The features of a mention as this clusterer reads it now; counts its words in the
        document frequencies (``add`` is ``add_features(read(...))``)."""
        if mention.article_id != article.id:
            raise StageError(f"mention {mention.id} is not from article {article.id}")
        return build(mention, article, self._dfs)

    def add_features(self, f: Features) -> Decision:
        """Place one mention given its features from :meth:`read` (see :meth:`add`)."""
        self._advance(f.published_day if f.published_day is not None else f.day)
        threshold = self._settings.cluster_threshold
        if not f.is_main:
            threshold = min(1.0, threshold + BACKGROUND_MARGIN)
        best = self._best(f)
        if best is None or best[0] < threshold:
            return self._start(f, best, threshold)
        score, ev, state = best
        reason = explain(ev, score, threshold)
        shared = f.persons & self._people.names(state.id)
        if shared:
            reason = f"{reason}; named in both: {', '.join(sorted(shared)[:3])}"
        elif ev["referenced"] == 1.0:
            day = referenced(f.refs, state.event_days)
            reason = f"{reason}; the report names the event's date: {_iso(day)}"
        if state.archived:
            reason = f"reopened from the archive: {reason}"
            self._revive(state)
        decision = Decision(f.mention_id, state.id, "merge", score, ev, reason)
        self._join(state, f, decision)
        return decision

    def start_from(self, docs: int, df: Mapping[str, int]) -> None:
        """Set the document frequencies, as if ``docs`` mentions with these word counts had
        been read before (a partition of the stream that starts later than its beginning)."""
        self._dfs = DocFrequencies()
        self._dfs.docs = docs
        self._dfs.df.update(df)

    def advance(self, day: int | None) -> None:
        """Move the clock to ``day`` (no earlier than it stands): archive and freeze what left
        the window and the archive horizon, as reading a mention of that day does."""
        self._advance(day)

    def restore(self, f: Features, cluster_id: str, seq: int, decision: Decision) -> None:
        """Replay a mention placed elsewhere (a partition of the stream): join it to cluster
        ``cluster_id`` (started, with creation order ``seq``, when new; reopened when archived)
        as the clusterer would have, without scoring. ``f`` must come from :meth:`read` at the
        point of the stream where the mention was read, and the clock be moved first."""
        self._advance(f.published_day if f.published_day is not None else f.day)
        state = self._states.get(cluster_id)
        if state is None:
            state = ClusterState(id=cluster_id, seq=seq)
            self._states[cluster_id] = state
            self._seq = max(self._seq, seq + 1)
        elif state.archived:
            self._revive(state)
        self._join(state, f, decision)

    @staticmethod
    def reading_key(
        mention: EventMention, articles: Mapping[str, Article]
    ) -> tuple[bool, str, str, str]:
        """The order :func:`cluster` reads mentions in: by publication time, article id and
        mention id, the mentions without a publication date last."""
        return _order(mention, articles)

    def clusters(self) -> tuple[Cluster, ...]:
        """Every cluster so far (frozen, archived and open), in the order they were started."""
        done = self._closed + [(s.seq, s.freeze()) for s in self._states.values()]
        return tuple(c for _, c in sorted(done, key=lambda item: item[0]))

    def open_count(self) -> int:
        """How many clusters are held in memory (open and archived)."""
        return len(self._states)

    def _best(self, f: Features) -> Scored | None:
        ids = self._live.candidates(f, MAX_CANDIDATES, f.keys)
        ids += self._archive.candidates(
            f, MAX_ARCHIVED, f.lookup, ARCHIVE_MIN_NAMES, ARCHIVE_MAX_POSTING
        )
        ids += [cid for cid in self._people.candidates(f) if cid not in ids]
        ids += [cid for cid in self._dated.candidates(f) if cid not in ids]
        best: Scored | None = None
        for cid in ids:
            state = self._states[cid]
            if f.article_id in state.article_ids:
                continue  # the extractor already told these events apart
            ev = evidence(f, state, self._window, self._horizon, self._people.names(cid))
            score = combine(ev)
            if ev["persons"] == 1.0:
                score = min(1.0, score + NAMED_BONUS)
            elif ev["referenced"] == 1.0:
                score = min(1.0, score + DATED_BONUS)
            if state.archived:
                score = round(max(0.0, score - ARCHIVE_MARGIN), 4)
            if best is None or (score, -state.seq) > (best[0], -best[2].seq):
                best = (score, ev, state)
        return best

    def _start(self, f: Features, near: Scored | None, threshold: float) -> Decision:
        cid = cluster_id(f.mention_id)
        if cid in self._states:
            raise StageError(f"mention id {f.mention_id} was added twice")
        state = ClusterState(id=cid, seq=self._seq)
        self._seq += 1
        kind = "background event" if not f.is_main else "event"
        if near is not None and combine(near[1], penalties=False) >= threshold - NEAR_MISS:
            score, ev, other = near
            reason = f"new {kind}, kept apart from {other.id}: {explain(ev, score, threshold)}"
            decision = Decision(f.mention_id, cid, "split", score, ev, reason)
        else:
            score = near[0] if near else 0.0
            reason = f"new {kind}: no cluster came close"
            decision = Decision(f.mention_id, cid, "new", score, {}, reason)
        self._states[cid] = state
        self._join(state, f, decision)
        return decision

    def _join(self, state: ClusterState, f: Features, decision: Decision) -> None:
        before = set(state.keys)
        state.add(f, decision)
        self._people.add(state.id, f)
        self._live.hold_article(f.article_id, state.id)
        self._archive.hold_article(f.article_id, state.id)
        self._dated.hold_article(f.article_id, state.id)
        self._live.add(state.id, tuple(k for k in f.keys if k in state.keys and k not in before))
        if state.last_seen is not None:
            due = state.last_seen + self._window
            heapq.heappush(self._expiry, (due, state.id, state.last_seen))

    def _revive(self, state: ClusterState) -> None:
        self._archive.remove(state.id, state.keys)
        self._dated.remove(state)
        state.archived = False
        self._live.add(state.id, tuple(sorted(state.keys)))

    def _advance(self, day: int | None) -> None:
        """Archive the clusters that left the window before ``day``; freeze those that left
        the archive horizon."""
        if day is None or (self._now is not None and day <= self._now):
            return
        self._now = day
        while self._expiry and self._expiry[0][0] < day:
            due, cid, seen = heapq.heappop(self._expiry)
            state = self._states.get(cid)
            if state is None or state.last_seen != seen:
                continue  # frozen already, or reported again since (a later entry exists)
            if state.archived and due < seen + self._horizon:
                continue  # another window entry of the same day's reports: archived already
            if state.archived or seen + self._horizon < day:
                self._freeze(state)
                continue
            self._live.remove(cid, state.keys)
            state.compact()
            self._archive.add(cid, tuple(sorted(state.keys)))
            self._dated.add(state)
            heapq.heappush(self._expiry, (seen + self._horizon, cid, seen))

    def _freeze(self, state: ClusterState) -> None:
        del self._states[state.id]
        self._people.drop(state.id)
        (self._archive if state.archived else self._live).remove(state.id, state.keys)
        if state.archived:
            self._dated.remove(state)
        self._closed.append((state.seq, state.freeze()))


def cluster(
    mentions: Sequence[EventMention], articles: Mapping[str, Article], settings: Settings
) -> tuple[Cluster, ...]:
    """Cluster a batch: the mentions in (published, article id, mention id) order through a
    :class:`Clusterer`, undated articles last (they join by content). Same input, same clusters
    and ids."""
    clusterer = Clusterer(settings)
    order = sorted(mentions, key=lambda m: _order(m, articles))
    for mention in order:
        article = articles.get(mention.article_id)
        if article is None:
            raise StageError(f"mention {mention.id}: article {mention.article_id} not given")
        clusterer.add(mention, article)
    return clusterer.clusters()


def _iso(day: int | None) -> str:
    return dt.date.fromordinal(day).isoformat() if day is not None else "?"


def _order(mention: EventMention, articles: Mapping[str, Article]) -> tuple[bool, str, str, str]:
    article = articles.get(mention.article_id)
    published = mention.published or (article.published if article else None)
    return (published is None, published or "", mention.article_id, mention.id)
