"""Neutral multi-source summary on NeuS dev: ROUGE-1/2/L F of summarize_articles vs the editors'
neutral roundup, beside the first source's lead.

    python benchmarks/summary_neus.py ../shared/eval/neus/dev.jsonl [--limit N] [--words W]

Each story's 3 sources become 3 Articles (title + lead text); ``summarize_articles`` summarises
them. Scores are ROUGE F (rouge-score, Porter stemmer) against the reference *text* (the
reference title is not used). Baselines: the first source's lead (its whole text as given) and
its first sentence. Also prints the share of summary sentences cited and of numbers grounded.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfuse.models import Article, SummarySentence, content_id  # noqa: E402
from newsfuse.reconcile import summarize_articles  # noqa: E402
from newsfuse.reconcile._extractive import SUMMARY_WORDS  # noqa: E402
from newsfuse.reconcile._text import numbers_in, sentence_spans  # noqa: E402
from newsfuse.report._grounding import sentence_problems  # noqa: E402

METRICS = ("rouge1", "rouge2", "rougeL")


def articles_of(story: dict[str, Any]) -> list[Article]:
    out = []
    for n, src in enumerate(story["sources"]):
        text = (src.get("text") or "").strip()
        input_id = f"{story['id']}-{n}"
        out.append(Article(content_id(f"{input_id}\n{text}"), input_id, text, title=src["title"]))
    return out


def first_lead(arts: list[Article]) -> str:
    return arts[0].text or arts[0].title or ""


def first_sentence(arts: list[Article]) -> str:
    text = first_lead(arts)
    spans = sentence_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else text


def grounding(summary: tuple[SummarySentence, ...], arts: list[Article]) -> tuple[int, int, int]:
    """(sentences cited, numbers, numbers unsupported) of one summary."""
    by_id = {a.input_id: a for a in arts} | {a.id: a for a in arts}
    quotes = {a.input_id: [a.text, a.title or ""] for a in arts}
    cited = sum(bool(s.citations) for s in summary)
    numbers = sum(len(numbers_in(s.text)) for s in summary)
    bad = sum(
        p.startswith("number ")
        for s in summary
        for p in sentence_problems(s, by_id, quotes, {}, None)
    )
    return cited, numbers, bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="../shared/eval/neus/dev.jsonl")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--words", type=int, default=SUMMARY_WORDS, help="summary word budget")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"SKIP: NeuS dev data not found at {args.path}")
        return 0
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    stories = [json.loads(line) for line in args.path.open(encoding="utf-8")][: args.limit]
    systems = {"ours": [], "first-source lead": [], "first-source first sentence": []}
    tally = [0, 0, 0, 0]  # sentences, cited, numbers, unsupported
    lengths = []
    for story in stories:
        arts = articles_of(story)
        summary = summarize_articles(arts, args.words)
        text = " ".join(s.text for s in summary)
        lengths.append(len(text.split()))
        ref = story["reference"]["text"]
        systems["ours"].append(scorer.score(ref, text))
        systems["first-source lead"].append(scorer.score(ref, first_lead(arts)))
        systems["first-source first sentence"].append(scorer.score(ref, first_sentence(arts)))
        cited, numbers, bad = grounding(summary, arts)
        tally = [tally[0] + len(summary), tally[1] + cited, tally[2] + numbers, tally[3] + bad]
    print(f"NeuS dev stories: {len(stories)}; reference = text only; ROUGE F (stemmed)")
    for name, scores in systems.items():
        means = [statistics.mean(s[m].fmeasure for s in scores) for m in METRICS]
        print(
            f"  {name:30s} "
            + "  ".join(f"{m} {v:.4f}" for m, v in zip(METRICS, means, strict=True))
        )
    print(f"  our summary length: mean {statistics.mean(lengths):.1f} words")
    s, c, n, bad = tally
    print(f"  sentences {s}, cited {c / s if s else 1:.3f}; numbers {n}, grounded "
          f"{(n - bad) / n if n else 1:.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
