"""What runs on the executors: the same stage functions as the local run, per partition.

Each function takes one partition's records and yields results; the spaCy model is loaded once
per Python worker (``load_nlp`` caches it per process, and Spark reuses its workers), not per
record. Nothing here touches the store or the file system except :func:`read_blobs`.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence

from newsfuse.cluster._features import Features, day_of
from newsfuse.errors import Rejected
from newsfuse.models import (
    Article,
    Cluster,
    Decision,
    Event,
    EventMention,
    RawDocument,
    Rejection,
)
from newsfuse.settings import Settings
from newsfuse.spark._windows import DayCounts, Seed, mention_words, reading_key, stream_key

ArticleMentions = tuple[Article, tuple[EventMention, ...]]


def read_blobs(
    blobs: Iterable[tuple[str, bytes]], settings: Settings
) -> Iterator[RawDocument | Rejection]:
    """Records of files read by Spark from a Hadoop-compatible path (``binaryFiles``)."""
    from newsfuse.ingest._read import read_source
    from newsfuse.ingest._source import Source

    for name, data in blobs:
        src = Source(name=name.rsplit("/", 1)[-1], origin=name, path=None, size=len(data))
        try:
            yield from read_source(io.BytesIO(data), src, settings)
        except Exception as exc:  # one input never stops the job, as in the local ingest
            yield Rejection(src.name, name, "internal_error", f"{type(exc).__name__}: {exc}"[:300])


def clean_partition(
    docs: Iterable[RawDocument], settings: Settings, recurring: frozenset[str]
) -> Iterator[Article | Rejection]:
    """clean over one partition; a rejected page becomes its Rejection record."""
    from newsfuse.clean import clean

    for doc in docs:
        try:
            yield clean(doc, settings, recurring)
        except Rejected as rej:
            yield Rejection(doc.input_id, doc.origin, rej.reason, rej.detail)


def extract_partition(
    articles: Iterable[Article], settings: Settings
) -> Iterator[tuple[str, tuple[EventMention, ...]]]:
    """annotate + extract over one partition, in ``batch_size`` batches over ``nlp.pipe``."""
    from newsfuse.annotate import load_nlp
    from newsfuse.pipeline import batched, extract_articles

    load_nlp(settings)  # once per worker process: later partitions find it cached
    for batch in batched(articles, max(settings.batch_size, 1)):
        yield from extract_articles(batch, settings)


def cluster_window(
    items: Iterable[tuple[EventMention, Article]],
    settings: Settings,
    seed: Seed,
    owned: Collection[str],
) -> tuple[tuple[Cluster, ...], tuple[Features, ...]]:
    """The clusters of one time window (its prefix and core mentions together), read in the
    order of :func:`newsfuse.cluster.cluster`, from the window's document-frequency seed; and
    the features of the mentions in ``owned`` as the window read them (the single-process
    run's, since the seed holds what was read before), for :func:`cluster_undated`."""
    from newsfuse.cluster import Clusterer

    by_id: dict[str, Article] = {}
    mentions: list[EventMention] = []
    for mention, article in items:
        mentions.append(mention)
        by_id[article.id] = article
    clusterer = Clusterer(settings)
    clusterer.start_from(seed.docs, seed.df)
    kept: list[Features] = []
    for m in sorted(mentions, key=lambda m: reading_key(m, by_id)):
        f = clusterer.read(m, by_id[m.article_id])
        clusterer.add_features(f)
        if m.id in owned:
            kept.append(f)
    return clusterer.clusters(), tuple(kept)


Replayed = tuple[Features, str, int, Decision, int | None]  # features, event, seq, decision, clock


def cluster_undated(
    undated: Sequence[tuple[EventMention, Article]],
    alive: Sequence[Replayed],
    settings: Settings,
    whole: Seed,
    end: int | None,
) -> tuple[Cluster, ...]:
    """The mentions without a publication date, read as the single-process clusterer reads
    them: after the whole dated stream, against the events still open or archived then.

    ``alive`` rebuilds those events: their dated mentions in reading order, each with the
    features its window read, its event id and creation order, its decision and the stream's
    clock when it was read. The clock is then moved to ``end`` (the last day of the dated
    stream), the document frequencies are the whole dated stream's (``whole``), and
    ``undated`` are read in order."""
    from newsfuse.cluster import Clusterer

    clusterer = Clusterer(settings)
    clusterer.start_from(whole.docs, whole.df)
    for f, gid, seq, decision, clock in alive:
        clusterer.advance(clock)
        clusterer.restore(f, gid, seq, decision)
    clusterer.advance(end)
    for mention, article in undated:
        clusterer.add(mention, article)
    return clusterer.clusters()


def day_counts(
    record: ArticleMentions, clock: Mapping[str, int | None]
) -> Iterator[tuple[int | None, DayCounts]]:
    """Each dated mention's words, keyed by its clock day (summed per day with ``add_counts``)."""
    article, mentions = record
    for m in mentions:
        if day_of(stream_key(m, {article.id: article})) is None:
            continue  # read apart, after the dated stream: in no window's seed
        yield clock.get(m.id), (1, Counter(mention_words(m, article)))


def reconcile_event(
    cluster: Cluster, items: Iterable[ArticleMentions], settings: Settings
) -> Event:
    """reconcile over one event, given its articles with their mentions in this event."""
    from newsfuse.reconcile import reconcile

    by_id: dict[str, Article] = {}
    mention_by_id: dict[str, EventMention] = {}
    for article, mentions in items:
        by_id[article.id] = article
        mention_by_id.update((m.id, m) for m in mentions)
    return reconcile(cluster, [mention_by_id[i] for i in cluster.mention_ids], by_id, settings)


def event_parts(
    record: ArticleMentions, assignment: Mapping[str, str]
) -> Iterator[tuple[str, ArticleMentions]]:
    """An article with its mentions, keyed by each event that holds some of them."""
    article, mentions = record
    by_event: dict[str, list[EventMention]] = {}
    for m in mentions:
        cid = assignment.get(m.id)
        if cid is not None:
            by_event.setdefault(cid, []).append(m)
    for cid, ms in by_event.items():
        yield cid, (article, tuple(ms))


def window_parts(
    record: ArticleMentions, windows_of: Mapping[str, Sequence[int]]
) -> Iterator[tuple[int, tuple[EventMention, Article]]]:
    """Each mention of an article keyed by every time window that reads it."""
    article, mentions = record
    for m in mentions:
        for k in windows_of.get(m.id, ()):
            yield k, (m, article)
