"""What runs on the executors: the same stage functions as the local run, per partition.

Each function takes one partition's records and yields results; the spaCy model is loaded once
per Python worker (``load_nlp`` caches it per process, and Spark reuses its workers), not per
record. Nothing here touches the store or the file system except :func:`read_blobs`.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from newsfuse.cluster._features import day_of
from newsfuse.errors import Rejected, StageError
from newsfuse.models import Article, Cluster, Event, EventMention, RawDocument, Rejection
from newsfuse.settings import Settings
from newsfuse.spark._windows import (
    DayCounts,
    WindowSeeds,
    event_day,
    mention_words,
    reading_key,
    stream_key,
)

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
    items: Iterable[tuple[EventMention, Article]], settings: Settings, seeds: WindowSeeds
) -> tuple[Cluster, ...]:
    """The clusters of one time window (its prefix and core mentions together), read in the
    order of :func:`newsfuse.cluster.cluster`, from the window's document-frequency seed.

    ``seeds``: the window's seed; the seed of the whole dated stream, its last day and every
    undated mention (id, words, event day) in reading order. The clusterer reads the mentions
    without a publication date after the whole dated stream, when its clock stands at that last
    day and it has counted every dated mention and the undated ones before: the window's clock
    and document frequencies are set the same way before each of its own undated mentions, so
    that they meet the window's events as they are in the single-process run."""
    from newsfuse.cluster import Clusterer

    by_id: dict[str, Article] = {}
    mentions: list[EventMention] = []
    for mention, article in items:
        mentions.append(mention)
        by_id[article.id] = article
    clusterer = Clusterer(settings)
    if not (hasattr(clusterer, "_dfs") and hasattr(clusterer, "_advance")):
        raise StageError("the Clusterer has no document frequencies or clock to set")
    seed, everything, end, late = seeds
    clusterer._dfs = seed.frequencies()
    ordered = sorted(mentions, key=lambda m: reading_key(m, by_id))
    undated = [m for m in ordered if day_of(stream_key(m, by_id)) is None]
    for m in ordered:
        if day_of(stream_key(m, by_id)) is not None:
            clusterer.add(m, by_id[m.article_id])
    clusterer._advance(end)
    clusterer._dfs = everything.frequencies()
    before = iter(late)
    for m in undated:
        for mid, words, day in before:  # the undated mentions of other windows read before m
            if mid == m.id:
                break
            clusterer._dfs.add(words)
            clusterer._advance(day)
        clusterer.add(m, by_id[m.article_id])
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


def undated_words(
    record: ArticleMentions,
) -> Iterator[tuple[Any, tuple[str, frozenset[str], int | None]]]:
    """Each mention without a publication date: its reading key, id, words and event day."""
    article, mentions = record
    by_id = {article.id: article}
    for m in mentions:
        if day_of(stream_key(m, by_id)) is None:
            yield reading_key(m, by_id), (m.id, mention_words(m, article), event_day(m))


def window_parts(
    record: ArticleMentions, windows_of: Mapping[str, Sequence[int]]
) -> Iterator[tuple[int, tuple[EventMention, Article]]]:
    """Each mention of an article keyed by every time window that reads it."""
    article, mentions = record
    for m in mentions:
        for k in windows_of.get(m.id, ()):
            yield k, (m, article)
