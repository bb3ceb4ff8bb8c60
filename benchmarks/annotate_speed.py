"""annotate throughput against bare ``nlp.pipe`` on the same texts, side by side.

    python benchmarks/annotate_speed.py ../shared/eval/gvdb/dev.jsonl [--limit N] [--rounds R]

Reads any JSONL with a ``text`` field. Prints words/s for the bare spaCy pipeline (the model as
packaged), for ``annotate_many`` (the same model + armed-group rules + quantities + times), the
ratio, and the cost of our own per-document passes alone. Skips when the file is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy

from newsfuse.annotate import annotate_many, load_nlp
from newsfuse.annotate._numbers import find_quantities
from newsfuse.annotate._times import find_times
from newsfuse.geo import find_places
from newsfuse.models import Article
from newsfuse.settings import Settings


def _timed(label: str, words: int, run: object) -> float:
    started = time.perf_counter()
    run()  # type: ignore[operator]
    seconds = time.perf_counter() - started
    print(f"{label:34s} {seconds:7.2f}s  {words / seconds:9.0f} words/s")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=1)
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
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(settings.spacy_model)
    ours = load_nlp(settings)
    find_places(next(annotate_many(articles[:1], settings)))  # build the gazetteer once
    print(f"{len(texts)} texts, {words} words, batch_size={settings.batch_size}")
    for _ in range(args.rounds):
        t_bare = _timed("bare nlp.pipe", words, lambda: list(bare.pipe(texts, batch_size=32)))
        t_ours = _timed("annotate_many", words, lambda: list(annotate_many(articles, settings)))
        _timed("  our pipeline (rules included)", words, lambda: list(ours.pipe(texts)))
        _timed(
            "  quantities + times only",
            words,
            lambda: [(find_quantities(t), find_times(t, "2016-01-15")) for t in texts],
        )
        print(f"ratio annotate/bare throughput: {t_bare / t_ours:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
