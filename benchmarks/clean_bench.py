"""Accuracy and speed of the clean stage on the Scrapinghub article-extraction benchmark.

    python benchmarks/clean_bench.py ../shared/eval/extraction_bench [--limit N]
        [--only html|text] [--worst K]

Scores both inputs of the benchmark with its own metric (re-implemented from its evaluate.py,
as ../shared/eval/README.md describes): the HTML pages (``html/<id>.html.gz`` through
``clean()`` as text/html) and the plain page text (``pages.jsonl`` ``page_text`` through
``clean()`` as text/plain, with ``recurring_lines`` computed over all pages used). Prints F1,
precision, recall, accuracy (with a 1,000-resample bootstrap spread) and the plain-text speed
in pages per second on one core. Exits 0 with a message when the data is missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsfuse.clean import clean, recurring_lines
from newsfuse.errors import Rejected
from newsfuse.models import RawDocument
from newsfuse.settings import Settings

_TOKEN = re.compile(r"\w+")
Triple = tuple[float, float, float]


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Token 4-gram shingles as a multiset (a text under 4 tokens is one shingle)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def page_counts(gold: str, pred: str) -> Triple:
    """A page's (TP, FP, FN) over shingles, normalised to sum to 1."""
    g, p = shingles(gold), shingles(pred)
    tp = sum(min(c, p[k]) for k, c in g.items())
    fp = sum(max(0, c - g[k]) for k, c in p.items())
    fn = sum(max(0, c - p[k]) for k, c in g.items())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (1.0, 0.0, 0.0)


def prf(triples: Sequence[Triple]) -> tuple[float, float, float]:
    """Mean precision and recall over pages, and F1 of the two means."""
    precisions, recalls = [], []
    for tp, fp, fn in triples:
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def report(name: str, golds: list[str], preds: list[str], ids: list[str], worst: int) -> None:
    triples = [page_counts(g, p) for g, p in zip(golds, preds, strict=True)]
    f1, p, r = prf(triples)
    exact = [_TOKEN.findall(g) == _TOKEN.findall(p) for g, p in zip(golds, preds, strict=True)]
    rng = random.Random(0)
    boot = []
    for _ in range(1000):
        sample = [triples[rng.randrange(len(triples))] for _ in triples]
        boot.append(prf(sample)[0])
    boot.sort()
    print(
        f"{name}: pages={len(triples)} F1={f1:.4f} P={p:.4f} R={r:.4f} "
        f"accuracy={sum(exact) / len(exact):.3f} "
        f"F1 95% bootstrap=[{boot[25]:.4f}, {boot[975]:.4f}]"
    )
    ranked = sorted(zip(triples, ids, strict=True), key=lambda t: prf([t[0]])[0])
    for (tp, fp, fn), page_id in ranked[:worst]:
        print(f"  worst {page_id}: F1={prf([(tp, fp, fn)])[0]:.3f} fp={fp:.3f} fn={fn:.3f}")


def _body(doc: RawDocument, settings: Settings, recurring: frozenset[str]) -> str:
    try:
        return clean(doc, settings, recurring).text
    except Rejected:
        return ""


def run_html(root: Path, rows: list[dict[str, str]], settings: Settings, worst: int) -> None:
    golds, preds, ids = [], [], []
    for row in rows:
        html = gzip.decompress((root / "html" / f"{row['id']}.html.gz").read_bytes())
        doc = RawDocument(row["id"], row["id"], "text/html", html.decode("utf-8", "replace"))
        doc = RawDocument(doc.input_id, doc.origin, doc.media_type, doc.text, url=row["url"])
        golds.append(row["gold_body"])
        preds.append(_body(doc, settings, frozenset()))
        ids.append(row["id"])
    report("html", golds, preds, ids, worst)


def run_text(rows: list[dict[str, str]], settings: Settings, worst: int) -> None:
    docs = [RawDocument(r["id"], r["id"], "text/plain", r["page_text"]) for r in rows]
    started = time.process_time()
    recurring = recurring_lines(docs, settings)
    preds = [_body(doc, settings, recurring) for doc in docs]
    elapsed = time.process_time() - started
    report("text", [r["gold_body"] for r in rows], preds, [r["id"] for r in rows], worst)
    print(
        f"text speed: {len(docs) / elapsed:.0f} pages/s on one core ({elapsed:.2f} s of CPU time)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="path to ../shared/eval/extraction_bench")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--only", choices=("html", "text"), default=None)
    parser.add_argument("--worst", type=int, default=0, help="list the K worst pages")
    args = parser.parse_args(argv)
    pages = args.bench / "pages.jsonl"
    if not pages.is_file():
        print(f"skipped: {pages} not found (pass the extraction_bench directory)")
        return 0
    with pages.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows = rows[: args.limit] if args.limit else rows
    settings = Settings(reference_time="2100-01-01T00:00:00+00:00")
    if args.only in (None, "text"):
        run_text(rows, settings, args.worst)
    if args.only in (None, "html"):
        run_html(args.bench, rows, settings, args.worst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
