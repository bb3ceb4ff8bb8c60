"""The Spark run: the local run's stages, with the per-article, clustering and reconcile work
spread over a Spark cluster, and the same store and output files at the end."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsfuse.cluster._features import Features, day_of
from newsfuse.errors import InputError, UsageError
from newsfuse.models import Article, Cluster, Event, RawDocument, Rejection
from newsfuse.pipeline import UNTIL, Corpus, RunSummary, anchor_corpus, batched, fresh_documents
from newsfuse.settings import Settings
from newsfuse.spark import _tasks as tasks
from newsfuse.spark._session import require_pyspark, spark_session
from newsfuse.spark._windows import (
    DayCounts,
    Group,
    Seed,
    Windows,
    add_counts,
    add_undated,
    alive_events,
    clock_days,
    freeze_group,
    merge_windows,
    reading_key,
    stream_key,
    whole_seed,
    window_seeds,
)
from newsfuse.store import Store, open_store

RECORDS_PER_SLICE = 256  # articles per Spark partition for the per-article stages


def _slices(sc: Any, n: int) -> int:
    return max(1, min(max(n, 1), max(int(sc.defaultParallelism), -(-n // RECORDS_PER_SLICE))))


def _remote(path: str) -> bool:
    return "://" in path


def read_inputs(
    sc: Any, inputs: Sequence[str], settings: Settings
) -> list[RawDocument | Rejection]:
    """Local paths and stdin through ``newsfuse.ingest`` on the driver; URIs with a scheme
    (hdfs://, s3a://, file://) through Spark's ``binaryFiles`` on the executors."""
    from newsfuse.ingest import ingest

    local = [p for p in inputs if not _remote(p)]
    items: list[RawDocument | Rejection] = list(ingest(local, settings)) if local else []
    conf = sc._jsc.hadoopConfiguration()
    conf.set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
    for uri in (p for p in inputs if _remote(p)):
        try:
            blobs = sc.binaryFiles(uri).sortByKey()
            items += blobs.mapPartitions(lambda part: tasks.read_blobs(part, settings)).collect()
        except Exception as exc:  # a Java error: no such path, no such file system
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise InputError(f"{uri}: cannot read it: {first[:300]}") from None
    return items


def clean_docs(
    sc: Any, items: Sequence[RawDocument | Rejection], settings: Settings, store: Store
) -> RunSummary:
    """clean on the executors for the documents the store does not hold yet."""
    from newsfuse.clean import recurring_lines

    summary = RunSummary(read=len(items))
    docs = [d for d in items if isinstance(d, RawDocument)]
    rejections = [r for r in items if isinstance(r, Rejection)]
    fresh = fresh_documents(docs, store)
    recurring = sc.broadcast(recurring_lines(docs, settings))
    cleaned = (
        sc.parallelize(fresh, _slices(sc, len(fresh)))
        .mapPartitions(lambda part: tasks.clean_partition(part, settings, recurring.value))
        .collect()
        if fresh
        else []
    )
    articles = [a for a in cleaned if isinstance(a, Article)]
    rejections += [r for r in cleaned if isinstance(r, Rejection)]
    for batch in batched(articles, max(settings.batch_size, 1) * 8):
        summary.new_articles += store.add_articles(batch)
    store.add_rejections(rejections)
    summary.rejected.update(r.reason for r in rejections)
    return summary


def extract_pending(sc: Any, settings: Settings, store: Store) -> int:
    """annotate + extract on the executors for the articles that have no mentions yet."""
    pending = store.pending_extraction()
    if not pending:
        return 0
    rdd = sc.parallelize(pending, _slices(sc, len(pending)))
    done = rdd.mapPartitions(lambda part: tasks.extract_partition(part, settings)).collect()
    for batch in batched(done, max(settings.batch_size, 1)):
        store.put_mentions(batch)
    return len(done)


def _records(corpus: Corpus) -> list[tasks.ArticleMentions]:
    return [(a, corpus.mentions[a.id]) for a in corpus.articles if corpus.mentions.get(a.id)]


def cluster_spark(sc: Any, corpus: Corpus, settings: Settings) -> tuple[Cluster, ...]:
    """Cluster each time window of the dated stream on the executors and merge the windows on
    the driver; then read the undated mentions against the events alive at its end."""
    by_id = {a.id: a for a in corpus.articles}
    flat = {m.id: m for _, ms in _records(corpus) for m in ms}
    if not flat:
        return ()
    undated = {i for i, m in flat.items() if day_of(stream_key(m, by_id)) is None}
    days = {i: d for i, d in clock_days(flat.values(), by_id).items() if i not in undated}
    grid = Windows.over(days.values(), settings.spark_cluster_days, settings.cluster_window_days)
    records = sc.parallelize(_records(corpus), _slices(sc, len(by_id))).cache()
    clock = sc.broadcast(days)
    per_day = dict(
        records.flatMap(lambda rec: tasks.day_counts(rec, clock.value))
        .reduceByKey(add_counts)
        .collect()
    )
    seeds = sc.broadcast(window_seeds(per_day, grid))
    windows_of = sc.broadcast({mid: grid.of(day) for mid, day in days.items()})
    owned_by = {mid: grid.core(day) for mid, day in days.items()}
    owns: dict[int, set[str]] = {}
    for mid, k in owned_by.items() if undated else ():  # features kept for the undated ones
        owns.setdefault(k, set()).add(mid)
    keep = sc.broadcast(owns)
    local = (
        records.flatMap(lambda rec: tasks.window_parts(rec, windows_of.value))
        .groupByKey()
        .map(lambda kv: (kv[0], _window(kv, settings, seeds.value, keep.value)))
        .collect()
    )
    records.unpersist()
    groups = merge_windows([(k, clusters) for k, (clusters, _) in local], owned_by)
    if undated:
        features = {f.mention_id: f for _, (_, kept) in local for f in kept}
        groups = _read_undated(groups, (features, days, per_day), undated, corpus, settings)
    return tuple(
        freeze_group(gid, [flat[i] for i in ids], decisions, by_id)
        for gid, ids, decisions in groups
    )


def _window(
    kv: tuple[int, Any], settings: Settings, seeds: dict[int, Seed], keep: dict[int, set[str]]
) -> tuple[tuple[Cluster, ...], tuple[Features, ...]]:
    k, items = kv
    return tasks.cluster_window(items, settings, seeds[k], keep.get(k, set()))


def _read_undated(
    groups: list[Group],
    dated: tuple[dict[str, Features], dict[str, int | None], dict[int | None, DayCounts]],
    undated: set[str],
    corpus: Corpus,
    settings: Settings,
) -> list[Group]:
    """The undated mentions in one last task on the driver, against the events alive at the
    end of the dated stream, rebuilt from the windows' features (``cluster_undated``)."""
    features, days, per_day = dated
    by_id = {a.id: a for a in corpus.articles}
    end = max((d for d in days.values() if d is not None), default=None)
    horizon = max(settings.cluster_archive_days, settings.cluster_window_days)
    seen = {i: f.published_day for i, f in features.items()}
    flat = {m.id: m for ms in corpus.mentions.values() for m in ms}
    alive = alive_events(groups, seen, end, horizon)
    alive.sort(key=lambda item: reading_key(flat[item[0]], by_id))
    replay = [(features[mid], gid, seq, d, days.get(mid)) for mid, gid, seq, d in alive]
    late = sorted((flat[i] for i in undated), key=lambda m: reading_key(m, by_id))
    items = [(m, by_id[m.article_id]) for m in late]
    tail = tasks.cluster_undated(items, replay, settings, whole_seed(per_day), end)
    return add_undated(groups, tail, undated)


def reconcile_spark(sc: Any, corpus: Corpus, settings: Settings) -> list[Event]:
    """reconcile each event on the executors; events come back in cluster order."""
    if not corpus.clusters:
        return []
    assignment = sc.broadcast({m: c.id for c in corpus.clusters for m in c.mention_ids})
    clusters = sc.broadcast({c.id: c for c in corpus.clusters})
    events: list[Event] = (
        sc.parallelize(_records(corpus), _slices(sc, len(corpus.articles)))
        .flatMap(lambda rec: tasks.event_parts(rec, assignment.value))
        .groupByKey()
        .map(lambda kv: tasks.reconcile_event(clusters.value[kv[0]], kv[1], settings))
        .collect()
    )
    order = {c.id: i for i, c in enumerate(corpus.clusters)}
    return sorted(events, key=lambda ev: order[ev.id])


def run_spark(
    inputs: Sequence[str],
    settings: Settings,
    out_dir: str | Path,
    until: str = "report",
    session: Any = None,
) -> RunSummary:
    """``newsfuse run --engine spark``: the same store, stages and output files as
    :func:`newsfuse.pipeline.run`, with the work done by Spark (``settings.spark_master``)."""
    if until not in UNTIL:
        raise UsageError(f"--until must be one of {', '.join(UNTIL)}, not {until!r}")
    require_pyspark()
    from pyspark.sql import SparkSession

    started = time.monotonic()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    owned = session is None and SparkSession.getActiveSession() is None
    spark = session or spark_session(settings)
    store = open_store(settings.db or out / "newsfuse.db")
    try:
        summary = _stages(spark.sparkContext, inputs, settings, store, (out, until))
    finally:
        store.close()
        if owned:
            spark.stop()
    summary.seconds = time.monotonic() - started
    return summary


def _stages(
    sc: Any, inputs: Sequence[str], settings: Settings, store: Store, target: tuple[Path, str]
) -> RunSummary:
    from newsfuse.outputs import write_outputs

    out, until = target
    summary = clean_docs(sc, read_inputs(sc, inputs, settings), settings, store)
    summary.out_dir = str(out)
    if until != "clean":
        summary.extracted = extract_pending(sc, settings, store)
    corpus = Corpus(articles=store.articles(), mentions=store.mentions())
    if until in ("cluster", "reconcile", "report"):
        corpus.clusters = cluster_spark(sc, corpus, settings)
    if until in ("reconcile", "report"):
        anchor_corpus(corpus)  # as the local run's reconcile stage: corpus-wide, on the driver
        corpus.events = reconcile_spark(sc, corpus, settings)
    summary.ungrounded = write_outputs(corpus, store, out, until, settings)
    summary.articles = len(corpus.articles)
    events = corpus.events if until in ("reconcile", "report") else corpus.clusters
    summary.events = len(events)
    return summary
