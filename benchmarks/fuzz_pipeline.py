"""Fuzz clean -> annotate -> extract with generated inputs; print how many were tried and crashed.

    python benchmarks/fuzz_pipeline.py [--n 10000] [--seed 1] [--corpus examples/corpus]

Inputs are mutations of the example corpus (slices, splices, inserted markup and odd characters,
duplicated and reversed lines, HTML wrappers) plus random text. A crash is any exception other
than ``Rejected``; each is printed with its seed so it can become a regression test in
tests/robustness/test_stage_properties.py.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

from newsfuse.annotate import annotate_many
from newsfuse.clean import clean
from newsfuse.errors import Rejected
from newsfuse.extract import extract
from newsfuse.models import Article, RawDocument
from newsfuse.settings import Settings

ODD = [
    "\x00", "\ufeff", "\u200b", "\u202e", "<script>alert(1)</script>", "{{ 7*7 }}", "${x}",
    "&amp;&lt;", "<!--", "]]>", "\r", "\t", "—", "“", "at least", "between 3 and", "dozens",
    "on Tuesday", "last night", "Jan. 3", "99999999999999999999", "-4", "½", "٣", "🙂",
]  # fmt: skip


MAX_CHARS = 2500


def _seeds(corpus: Path) -> list[str]:
    texts = []
    for path in sorted(corpus.rglob("*")):
        if path.is_file() and path.suffix in {".txt", ".html", ".xml", ".jsonl"}:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts or ["Three people were injured on Monday, police said."]


def _mutate(rng: random.Random, texts: list[str]) -> tuple[str, str]:
    base = rng.choice(texts)
    op = rng.randrange(7)
    if op == 0:
        i, j = sorted(rng.randrange(len(base) + 1) for _ in range(2))
        text = base[i:j]
    elif op == 1:
        other = rng.choice(texts)
        text = base[: rng.randrange(len(base) + 1)] + other[rng.randrange(len(other) + 1) :]
    elif op == 2:
        chars = list(base)
        for _ in range(rng.randrange(1, 40)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD))
        text = "".join(chars)
    elif op == 3:
        lines = base.splitlines()
        rng.shuffle(lines)
        text = "\n".join(lines * rng.randrange(1, 3))
    elif op == 4:
        text = "".join(chr(rng.randrange(1, 0x2FFF)) for _ in range(rng.randrange(0, 300)))
    elif op == 5:
        text = " ".join(rng.choice(ODD + base.split()[:200] or ["x"]) for _ in range(200))
    else:
        text = base[::-1] if rng.random() < 0.2 else base.upper()
    if len(text) > MAX_CHARS:  # keep inputs article-sized so 10,000 of them run in minutes
        start = rng.randrange(len(text) - MAX_CHARS)
        text = text[start : start + MAX_CHARS]
    media = "text/html" if rng.random() < 0.3 or "<html" in text[:200].lower() else "text/plain"
    return text, media


def _inputs(n: int, seed: int, texts: list[str]) -> Iterator[tuple[int, RawDocument]]:
    rng = random.Random(seed)
    for i in range(n):
        text, media = _mutate(rng, texts)
        yield i, RawDocument(input_id=f"fuzz-{i}", origin="fuzz", media_type=media, text=text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", default="examples/corpus")
    args = parser.parse_args()
    settings = Settings(reference_time="2025-12-31T00:00:00")
    texts = _seeds(Path(args.corpus))
    started = time.monotonic()
    crashes = rejected = mentions = 0
    batch: list[tuple[int, Article]] = []

    def flush() -> None:
        nonlocal crashes, mentions
        try:
            for ann in annotate_many([a for _, a in batch], settings):
                mentions += len(extract(ann, settings))
        except Exception:  # a crash: find which input by running them one by one
            for i, art in batch:
                try:
                    for ann in annotate_many([art], settings):
                        extract(ann, settings)
                except Exception:
                    crashes += 1
                    print(f"CRASH input {i} (seed {args.seed}):", file=sys.stderr)
                    traceback.print_exc()
        batch.clear()

    for i, doc in _inputs(args.n, args.seed, texts):
        try:
            batch.append((i, clean(doc, settings)))
        except Rejected:
            rejected += 1
        except Exception:
            crashes += 1
            print(f"CRASH input {i} in clean (seed {args.seed}):", file=sys.stderr)
            traceback.print_exc()
        if len(batch) >= 64:
            flush()
    flush()
    took = time.monotonic() - started
    print(f"inputs tried: {args.n}, rejected: {rejected}, mentions: {mentions}, "
          f"crashes: {crashes}, {took:.0f}s")  # fmt: skip
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
