"""CASE 2021 dev: event-type weighted F1 and macro F1 over its 30 labels.

    python -m benchmarks.extract_case ../shared/eval/case2021 [--halves] [--errors K]

Each snippet is a one-paragraph article through annotate_many and extract; the main event's
sub-event type is mapped to a CASE label through the quoted names in ``labels.json``
(``map_external_labels``; our crime types through ``ACLED_EQUIVALENT``). A snippet with no
event is predicted "OTHER". ``--halves`` also scores the two halves of dev split by
sha1(id) % 2 (half 0 was used to develop the lexicon, half 1 much less; see docs/extract.md);
``--per-label`` prints precision, recall and F1 of each label.
Skips with a message when the folder is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from sklearn.metrics import f1_score, precision_recall_fscore_support

from benchmarks._doccache import annotate_cached
from newsfuse.extract import extract, map_external_labels
from newsfuse.extract.taxonomy import external_label
from newsfuse.models import Article, content_id
from newsfuse.settings import Settings

FALLBACK = "OTHER"


def predict(
    rows: list[dict[str, Any]], labels: list[dict[str, str]], typing: str = "hybrid"
) -> list[str]:
    mapping = map_external_labels(labels)
    settings = Settings(progress=False, event_typing=typing)
    articles = [
        Article(id=content_id(r["text"]), input_id=str(r["id"]), text=r["text"]) for r in rows
    ]
    out = []
    for annotated in annotate_cached(articles, settings, "case"):
        mentions = extract(annotated, settings)
        main = next((m for m in mentions if m.is_main), None)
        label = external_label(main.sub_event_type, mapping) if main else None
        out.append(label or FALLBACK)
    return out


def half(row_id: str) -> int:
    return int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % 2


def score(gold: list[str], pred: list[str], name: str) -> None:
    weighted = f1_score(gold, pred, average="weighted", zero_division=0)
    macro = f1_score(gold, pred, average="macro", zero_division=0)
    print(f"{name:10s} n={len(gold):4d}  weighted F1 {weighted:.3f}  macro F1 {macro:.3f}")


def per_label(gold: list[str], pred: list[str], name: str) -> None:
    """Precision, recall and F1 of each gold label, worst F1 first."""
    labels = sorted(set(gold))
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, pred, labels=labels, zero_division=0
    )
    print(f"\nper label ({name}), worst F1 first:  label  P  R  F1  n")
    for i in sorted(range(len(labels)), key=lambda i: (f1[i], labels[i])):
        print(f"  {labels[i]:30s} {precision[i]:.2f} {recall[i]:.2f} {f1[i]:.2f} {support[i]:3d}")


def load_case(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any]] | None:
    """The dev snippets and the label definitions of a case2021 folder; None, after saying
    so, when they are missing."""
    dev, labels_path = path / "dev.jsonl", path / "labels.json"
    if not dev.is_file() or not labels_path.is_file():
        print(f"skip: {dev} or {labels_path} not found (pass ../shared/eval/case2021)")
        return None
    rows = [json.loads(line) for line in dev.open(encoding="utf-8") if line.strip()]
    return rows, json.loads(labels_path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the case2021 folder")
    parser.add_argument("--halves", action="store_true")
    parser.add_argument("--typing", choices=("hybrid", "rules"), default="hybrid")
    parser.add_argument("--errors", type=int, default=10)
    parser.add_argument("--per-label", action="store_true", help="P/R/F1 of each label")
    args = parser.parse_args(argv)
    loaded = load_case(args.path)
    if loaded is None:
        return 0
    rows, labels = loaded
    pred = predict(rows, labels, args.typing)
    gold = [r["label"] for r in rows]
    score(gold, pred, "dev")
    if args.halves:
        for h in (0, 1):
            idx = [i for i, r in enumerate(rows) if half(str(r["id"])) == h]
            score([gold[i] for i in idx], [pred[i] for i in idx], f"dev half {h}")
    if args.per_label:
        per_label(gold, pred, "dev")
    confusions = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
    print("\nmost frequent confusions (gold -> predicted):")
    for (g, p), n in confusions.most_common(args.errors):
        print(f"  {n:3d}  {g} -> {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
