"""The ordered stages over a store: ingest -> clean -> extract -> cluster -> reconcile -> report.

Each stage function is pure; this module is the loop around them. It counts rejections by
reason, commits per batch (so a run killed half-way resumes where it stopped) and skips what the
store already holds (so running again on the same inputs adds nothing).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from newsfuse import contract
from newsfuse.errors import Rejected, UsageError
from newsfuse.models import (
    Article,
    Cluster,
    Event,
    EventMention,
    RawDocument,
    Rejection,
    document_id,
)
from newsfuse.settings import Settings
from newsfuse.store import Store, open_store

UNTIL = ("clean", "extract", "cluster", "reconcile", "report")
CORPUS_RETRIES = 3  # redo the corpus stages when another run wrote to the store meanwhile
T = TypeVar("T")


@dataclass
class RunSummary:
    """What one run did: the figures of the one-line summary at its end."""

    read: int = 0
    new_articles: int = 0
    articles: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    extracted: int = 0
    events: int = 0
    ungrounded: int = 0
    seconds: float = 0.0
    out_dir: str = ""

    def line(self) -> str:
        why = ", ".join(f"{r}: {n}" for r, n in sorted(self.rejected.items()))
        rejected = f"{sum(self.rejected.values())}" + (f" ({why})" if why else "")
        return (
            f"newsfuse: read {self.read} inputs, {self.new_articles} new articles "
            f"({self.articles} in store), rejected {rejected}, {self.events} events, "
            f"{self.seconds:.1f}s -> {self.out_dir}"
        )


@dataclass
class Corpus:
    """What the store holds after the per-article stages, ready for the corpus stages."""

    articles: list[Article]
    mentions: dict[str, tuple[EventMention, ...]]
    clusters: tuple[Cluster, ...] = ()
    events: list[Event] = field(default_factory=list)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _progress(items: Iterable[T], total: int, desc: str, settings: Settings) -> Iterable[T]:
    if not settings.progress or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    bar: Iterable[T] = tqdm(items, total=total, desc=desc, unit="batch", file=sys.stderr)
    return bar


# --- per-article stages -------------------------------------------------------------------


def fresh_documents(docs: Sequence[RawDocument], store: Store) -> list[RawDocument]:
    """The documents whose article the store does not hold yet, each content once (the first)."""
    seen = set(store.has_articles(document_id(d) for d in docs))
    fresh: list[RawDocument] = []
    for doc in docs:
        art_id = document_id(doc)
        if art_id not in seen:
            seen.add(art_id)
            fresh.append(doc)
    return fresh


def ingest_and_clean(
    inputs: Sequence[str], settings: Settings, store: Store, summary: RunSummary
) -> None:
    from newsfuse.clean import clean, recurring_lines
    from newsfuse.ingest import ingest

    docs: list[RawDocument] = []
    rejections: list[Rejection] = []
    for item in ingest(inputs, settings):
        summary.read += 1
        (docs if isinstance(item, RawDocument) else rejections).append(item)  # type: ignore[arg-type]
    recurring = recurring_lines(docs, settings)
    for batch in batched(fresh_documents(docs, store), max(settings.batch_size, 1) * 8):
        fresh: list[Article] = []
        for doc in batch:
            try:
                fresh.append(clean(doc, settings, recurring))
            except Rejected as rej:
                rejections.append(Rejection(doc.input_id, doc.origin, rej.reason, rej.detail))
        summary.new_articles += store.add_articles(fresh)
    store.add_rejections(rejections)
    summary.rejected.update(r.reason for r in rejections)


def extract_articles(
    articles: Sequence[Article], settings: Settings
) -> list[tuple[str, tuple[EventMention, ...]]]:
    """annotate + extract over a batch of articles (the unit of work of a pool worker)."""
    from newsfuse.annotate import annotate_many
    from newsfuse.extract import extract

    return [(ann.article.id, extract(ann, settings)) for ann in annotate_many(articles, settings)]


def warm_up(settings: Settings) -> None:
    """Load the spaCy pipeline, the place index and (hybrid typing) the type classifier once,
    in this process, so that forked workers share them instead of each loading its own."""
    from newsfuse.annotate import load_nlp
    from newsfuse.geo import geocode

    load_nlp(settings)
    geocode("Paris")
    if settings.event_typing == "hybrid":
        from newsfuse.extract._typemodel import require

        require(settings)


def _fork_context() -> multiprocessing.context.BaseContext | None:
    """fork where the platform has it, so workers share the warmed-up parent's memory."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork") if "fork" in methods else None


POOL_TASKS_PER_WORKER = 4  # smaller pool tasks at the end of a run keep every worker busy


def _batch_size(articles: int, settings: Settings) -> int:
    """``batch_size``, smaller in a pool when there are too few articles for
    ``POOL_TASKS_PER_WORKER`` tasks per worker (7 tasks on 2 workers leave one idle 1/7)."""
    size = max(settings.batch_size, 1)
    if settings.workers > 1:
        size = min(size, -(-articles // (settings.workers * POOL_TASKS_PER_WORKER)))
    return max(size, 1)


def _extract_pending(settings: Settings, store: Store, summary: RunSummary) -> None:
    pending = store.pending_extraction()
    batches = list(batched(pending, _batch_size(len(pending), settings)))
    results: Iterable[list[tuple[str, tuple[EventMention, ...]]]]
    pool: ProcessPoolExecutor | None = None
    if settings.workers > 1 and len(batches) > 1:
        warm_up(settings)  # forked workers inherit the loaded model and place index
        pool = ProcessPoolExecutor(max_workers=settings.workers, mp_context=_fork_context())
        results = pool.map(extract_articles, batches, [settings] * len(batches))
    else:
        results = (extract_articles(batch, settings) for batch in batches)
    try:
        for done in _progress(results, len(batches), "extract", settings):
            store.put_mentions(done)
            summary.extracted += len(done)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


# --- corpus stages ------------------------------------------------------------------------


def cluster_corpus(corpus: Corpus, settings: Settings) -> None:
    from newsfuse.cluster import cluster

    by_id = {a.id: a for a in corpus.articles}
    flat = [m for art in corpus.articles for m in corpus.mentions.get(art.id, ())]
    corpus.clusters = cluster(flat, by_id, settings)


def anchor_corpus(corpus: Corpus) -> None:
    """Date undated events against dated events elsewhere in the corpus (after clustering,
    so the clusters are what the stream decided; reconcile then sees the anchored dates)."""
    from newsfuse.cluster import anchor_dates

    corpus.mentions = anchor_dates(corpus.mentions, {a.id: a for a in corpus.articles})


def reconcile_corpus(corpus: Corpus, settings: Settings) -> None:
    from newsfuse.reconcile import reconcile

    anchor_corpus(corpus)
    by_id = {a.id: a for a in corpus.articles}
    mention_by_id = {m.id: m for ms in corpus.mentions.values() for m in ms}
    corpus.events = [
        reconcile(c, [mention_by_id[i] for i in c.mention_ids], by_id, settings)
        for c in corpus.clusters
    ]


def article_events(corpus: Corpus) -> dict[str, tuple[str | None, list[str]]]:
    """article id -> (main event id, all event ids), from the clusters of its mentions."""
    mention_article = {
        m.id: (m.article_id, m.is_main) for ms in corpus.mentions.values() for m in ms
    }
    links: dict[str, tuple[str | None, list[str]]] = {a.id: (None, []) for a in corpus.articles}
    for cl in corpus.clusters:
        for mid in cl.mention_ids:
            art_id, is_main = mention_article[mid]
            main, ids = links[art_id]
            if cl.id not in ids:
                ids.append(cl.id)
            if is_main and main is None:
                main = cl.id
            links[art_id] = (main, ids)
    return links


def run(
    inputs: Sequence[str],
    settings: Settings,
    out_dir: str | Path,
    until: str = "report",
    write: Callable[[Corpus, Store, Path, str, Settings], int] | None = None,
) -> RunSummary:
    """Run the pipeline on ``inputs`` into the store and write the output files to ``out_dir``."""
    if until not in UNTIL:
        raise UsageError(f"--until must be one of {', '.join(UNTIL)}, not {until!r}")
    started = time.monotonic()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    store = open_store(settings.db or out / "newsfuse.db")
    summary = RunSummary(out_dir=str(out))
    try:
        ingest_and_clean(inputs, settings, store, summary)
        if until != "clean":
            _extract_pending(settings, store, summary)
        if write is None:
            from newsfuse.outputs import write_outputs

            write = write_outputs
        for _attempt in range(CORPUS_RETRIES):
            corpus = Corpus(articles=store.articles(), mentions=store.mentions())
            if until in ("cluster", "reconcile", "report"):
                cluster_corpus(corpus, settings)
            if until in ("reconcile", "report"):
                reconcile_corpus(corpus, settings)
            summary.ungrounded = write(corpus, store, out, until, settings)
            if store.counts()["mentions"] == len(corpus.mentions):
                break  # no other run added articles meanwhile: the outputs cover the store
        summary.articles = len(corpus.articles)
        summary.events = (
            len(corpus.events) if until in ("reconcile", "report") else len(corpus.clusters)
        )
    finally:
        store.close()
    summary.seconds = time.monotonic() - started
    return summary


def contract_events(corpus: Corpus) -> list[dict[str, Any]]:
    """Events as contract dicts, each with its model record kept under ``_record``."""
    from newsfuse import codec

    input_ids = {a.id: a.input_id for a in corpus.articles}
    main_of = article_events(corpus)
    rows = []
    for ev in corpus.events:
        mains = [input_ids[a] for a, (m, _ids) in main_of.items() if m == ev.id]
        row = contract.event_json(ev, input_ids, sorted(mains))
        row["_record"] = codec.to_dict(ev)
        rows.append(row)
    return rows
