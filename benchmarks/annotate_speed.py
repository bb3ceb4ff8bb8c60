"""annotate throughput against bare ``nlp.pipe`` on the same texts, side by side.

    python benchmarks/annotate_speed.py ../shared/eval/gvdb/dev.jsonl [--limit N]

Reads any JSONL with a ``text`` field. Prints words/s for the bare spaCy pipeline (the model as
packaged) and for ``annotate_many`` (the same model + armed-group rules + quantities + times),
run alternately on the same chunks, their ratio, and the cost of each of our own per-document
passes alone (geo's ``find_places`` too). Skips when the file is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from newsfuse.annotate import annotate_many, load_nlp
from newsfuse.annotate._groups import group_spans
from newsfuse.annotate._numbers import find_quantities
from newsfuse.annotate._times import find_times
from newsfuse.geo import find_places
from newsfuse.models import Article
from newsfuse.settings import Settings


def _seconds(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _side_by_side(texts: list[str], articles: list[Article], settings: Settings) -> None:
    """Bare and ours alternate on chunks of 40 texts, so that a change in machine load hits
    both alike; the figure is the ratio of the summed times."""
    bare = spacy.load(settings.spacy_model)
    t_bare = t_ours = 0.0
    for i in range(0, len(texts), 40):
        chunk, arts = texts[i : i + 40], articles[i : i + 40]
        started = time.perf_counter()
        list(bare.pipe(chunk, batch_size=settings.batch_size))
        t_bare += time.perf_counter() - started
        started = time.perf_counter()
        list(annotate_many(arts, settings))
        t_ours += time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    print(f"bare nlp.pipe       {t_bare:7.2f}s  {words / t_bare:8.0f} words/s")
    print(f"annotate_many       {t_ours:7.2f}s  {words / t_ours:8.0f} words/s")
    print(f"ratio annotate/bare throughput: {t_bare / t_ours:.3f}")


def _our_passes(texts: list[str], articles: list[Article], settings: Settings) -> None:
    """The cost of our own per-document work alone (no spaCy)."""
    annotated = list(annotate_many(articles, settings))
    parts: list[tuple[str, Callable[[], object]]] = [
        ("armed-group rules", lambda: [group_spans(t) for t in texts]),
        ("quantities", lambda: [find_quantities(t) for t in texts]),
        ("time expressions", lambda: [find_times(t, "2016-01-15") for t in texts]),
        ("find_places (geo)", lambda: [find_places(a) for a in annotated]),
    ]
    for label, run in parts:
        seconds = _seconds(run)
        print(f"  {label:20s} {seconds:6.2f}s  {1000 * seconds / len(texts):6.2f} ms/doc")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"skip: {args.path} not found (pass ../shared/eval/gvdb/dev.jsonl)")
        return 0
    rows = [json.loads(line) for line in args.path.open(encoding="utf-8") if line.strip()]
    texts = [r["text"] for r in rows[: args.limit] if r.get("text")]
    settings = Settings(progress=False)
    articles = [
        Article(id=str(i), input_id=str(i), text=t, published="2016-01-15")
        for i, t in enumerate(texts)
    ]
    load_nlp(settings)
    find_places(next(annotate_many(articles[:1], settings)))  # build the gazetteer once
    print(f"{len(texts)} texts, {sum(len(t.split()) for t in texts)} words")
    _side_by_side(texts, articles, settings)
    _our_passes(texts, articles, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
