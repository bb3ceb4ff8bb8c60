"""The running summary of one open cluster, and its frozen output form."""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
from collections import Counter
from dataclasses import dataclass, field

from newsfuse.cluster._dates import choose_date
from newsfuse.cluster._features import Features
from newsfuse.models import Cluster, DateClaim, Decision, Place

KEEP_MEMBERS = 8  # member feature records kept for max-link text comparison
ARCHIVE_TERMS = 40  # centroid terms an archived cluster keeps
ARCHIVE_NAMES = 24  # names an archived cluster keeps (most repeated, then rarest)
MAX_NAMES = 200  # names an open cluster keeps (the rarest), so a huge cluster stays cheap
MAX_PLACES = 8
MAX_KEYS = 400
MAX_SITES = 24  # street names a cluster keeps
MAX_AGES = 24  # people's ages a cluster keeps


def cluster_id(first_mention_id: str) -> str:
    """A stable cluster id: ``ev-`` and a hash of the first mention's id."""
    return "ev-" + hashlib.sha1(first_mention_id.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class ClusterState:
    id: str
    seq: int  # creation order, for deterministic output
    mention_ids: list[str] = field(default_factory=list)
    article_ids: set[str] = field(default_factory=set)
    decisions: list[Decision] = field(default_factory=list)
    members: list[Features] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    names: dict[str, float] = field(default_factory=dict)
    event_days: list[tuple[int, int]] = field(default_factory=list)
    first_day: int | None = None
    last_day: int | None = None
    places: list[Place] = field(default_factory=list)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    actors: set[str] = field(default_factory=set)
    event_types: Counter[str] = field(default_factory=Counter)
    dates: list[tuple[str, bool, DateClaim]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    mains: int = 0
    names_mass: float = 0.0
    name_hits: Counter[str] = field(default_factory=Counter)
    titles: list[dict[str, float]] = field(default_factory=list)
    first_published: int | None = None
    last_seen: int | None = None  # latest stream day (publication, else event day) of a member
    archived: bool = False  # left the time window: compact, found by its names only
    sites: set[str] = field(default_factory=set)  # street names its members give
    ages: set[int] = field(default_factory=set)  # people's ages its members give
    _norm: float | None = None

    def add(self, f: Features, decision: Decision) -> None:
        self.mention_ids.append(f.mention_id)
        self.article_ids.add(f.article_id)
        self.decisions.append(decision)
        self.members = [*self.members[-(KEEP_MEMBERS - 1) :], f]
        for w, v in f.vector.items():
            self.centroid[w] = self.centroid.get(w, 0.0) + v
        self._norm = None
        seen = f.published_day if f.published_day is not None else f.day
        if seen is not None:
            self.last_seen = seen if self.last_seen is None else max(self.last_seen, seen)
        if f.published_day is not None:
            old_pub = self.first_published
            self.first_published = (
                f.published_day if old_pub is None else min(old_pub, f.published_day)
            )
        if f.title and len(self.titles) < KEEP_MEMBERS:
            self.titles.append(f.title)
        self.names.update(f.names)
        self.name_hits.update(f.names)
        if len(self.names) > MAX_NAMES:
            rare = sorted(self.names.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_NAMES]
            self.names = dict(rare)
            self.name_hits = Counter({n: self.name_hits[n] for n in self.names})
        self.names_mass = sum(self.names.values())
        if f.event_days and f.event_days not in self.event_days and len(self.event_days) < 16:
            self.event_days.append(f.event_days)
        if f.day is not None:
            self.first_day = f.day if self.first_day is None else min(self.first_day, f.day)
            self.last_day = f.day if self.last_day is None else max(self.last_day, f.day)
        if f.place is not None and f.place not in self.places and len(self.places) < MAX_PLACES:
            self.places.append(f.place)
        for kind, (lo, hi) in f.counts.items():
            old = self.counts.get(kind)
            self.counts[kind] = (lo, hi) if old is None else (min(old[0], lo), max(old[1], hi))
        self.actors.update(f.actors)
        self.event_types[f.event_type] += 1
        if f.date is not None and f.date.date is not None:
            self.dates.append((f.mention_id, f.is_main, f.date))
        if len(self.keys) < MAX_KEYS:
            self.keys.update(f.keys)
        self.mains += int(f.is_main)
        if f.sites and len(self.sites) < MAX_SITES:
            self.sites.update(f.sites)
        if f.ages and len(self.ages) < MAX_AGES:
            self.ages.update(f.ages)

    def compact(self) -> None:
        """Shrink to the archived form: no member records, the heaviest centroid terms and the
        rarest names only, blocking keys for those names only."""
        self.members = []
        self.titles = self.titles[:1]
        top = heapq.nsmallest(ARCHIVE_TERMS, self.centroid.items(), key=lambda kv: (-kv[1], kv[0]))
        self.centroid = dict(top)
        self._norm = None
        hits = self.name_hits
        rare = heapq.nsmallest(
            ARCHIVE_NAMES, self.names.items(), key=lambda kv: (-hits[kv[0]], -kv[1], kv[0])
        )
        self.names = dict(rare)
        self.name_hits = Counter()
        self.names_mass = sum(self.names.values())
        self.keys = {f"n:{n}" for n in self.names}
        self.archived = True

    def centroid_cosine(self, vector: dict[str, float]) -> float:
        if self._norm is None:
            self._norm = math.sqrt(sum(v * v for v in self.centroid.values())) or 1.0
        centroid = self.centroid
        return sum(vector[w] * centroid[w] for w in vector.keys() & centroid.keys()) / self._norm

    def freeze(self) -> Cluster:
        """The output record; undated members are told the event's date in ``date_reason``."""
        date, reason = choose_date(self.dates, self.mention_ids, self._published())
        return Cluster(
            id=self.id,
            mention_ids=tuple(self.mention_ids),
            decisions=tuple(self.decisions),
            date=date,
            date_reason=reason,
            background=self.mains == 0,
        )

    def _published(self) -> str | None:
        day = self.first_published
        return None if day is None else _iso(day)


def _iso(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()
