"""Throughput of the whole extract stage (annotate_many + extract, NLP included) against the
bare spaCy pipeline (``spacy.load(model).pipe``) over the same texts, side by side.

    python -m benchmarks.extract_speed ../shared/eval/gvdb/dev.jsonl [--limit N] [--repeat R]

Texts are the GVDB articles after newsfuse.clean (cleaning is not timed). Both sides are
warmed up on a few texts first; each is timed ``--repeat`` times, alternating, and the best
run counts. Prints characters per second of each and the ratio (target >= 0.7), in wall time
and in this process's CPU time (steadier on a shared machine), and how many leads the hybrid
typing embedded and the CPU time that took.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

from benchmarks.extract_gvdb import load, raw_document
from newsfuse.annotate import annotate_many
from newsfuse.clean import clean_many
from newsfuse.extract import _typemodel, extract
from newsfuse.models import Article, Rejection
from newsfuse.settings import Settings

Times = tuple[float, float]  # wall, CPU
EMBEDDED: list[float] = []  # CPU seconds of each classifier call


def bare(nlp: spacy.Language, texts: list[str], batch_size: int) -> Times:
    wall, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def stage(articles: list[Article], settings: Settings) -> Times:
    wall, cpu = time.perf_counter(), time.process_time()
    for annotated in annotate_many(articles, settings):
        extract(annotated, settings)
    return time.perf_counter() - wall, time.process_time() - cpu


def _count_embeddings() -> None:
    """Wrap the classifier so that each call's CPU time is recorded in ``EMBEDDED``."""
    ask = _typemodel.type_probabilities

    def timed(text: str, settings: Settings) -> dict[str, float]:
        started = time.process_time()
        try:
            return ask(text, settings)
        finally:
            EMBEDDED.append(time.process_time() - started)

    _typemodel.type_probabilities = timed  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="gvdb/dev.jsonl")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--typing", choices=("hybrid", "rules"), default=Settings().event_typing)
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"skip: {args.path} not found (pass ../shared/eval/gvdb/dev.jsonl)")
        return 0
    settings = Settings(progress=False, event_typing=args.typing)
    docs = [raw_document(r) for r in load(args.path, args.limit)]
    articles = [a for a in clean_many(docs, settings) if not isinstance(a, Rejection)]
    texts = [a.text for a in articles]
    chars = sum(len(t) for t in texts)
    nlp = spacy.load(settings.spacy_model)
    bare(nlp, texts[:5], settings.batch_size)
    stage(articles[:5], settings)
    _count_embeddings()
    t_bare: list[Times] = []
    t_stage: list[Times] = []
    for _ in range(args.repeat):
        t_bare.append(bare(nlp, texts, settings.batch_size))
        EMBEDDED.clear()
        t_stage.append(stage(articles, settings))
    print(f"{len(texts)} texts, {chars} characters, best of {args.repeat}")
    for i, kind in enumerate(("wall", "CPU")):
        b, s = min(t[i] for t in t_bare), min(t[i] for t in t_stage)
        print(f"{kind:4s} bare nlp.pipe          {b:7.2f}s  {chars / b:10.0f} chars/s")
        print(f"{kind:4s} annotate_many+extract  {s:7.2f}s  {chars / s:10.0f} chars/s")
        print(f"{kind:4s} ratio (stage / bare throughput) {b / s:.3f}  (target >= 0.7)")
    if EMBEDDED:
        print(
            f"hybrid typing embedded {len(EMBEDDED)} of {len(texts)} leads, "
            f"{1000 * sum(EMBEDDED) / len(EMBEDDED):.1f} ms CPU each (last run)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
