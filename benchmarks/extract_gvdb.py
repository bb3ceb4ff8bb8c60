"""GVDB dev: per-article killed / injured exact accuracy and city / state accuracy.

    python -m benchmarks.extract_gvdb ../shared/eval/gvdb/dev.jsonl [--limit N] [--examples K]

Each article goes through newsfuse.clean, annotate_many and extract; the figures are read
from the main event mention (``count_totals`` for killed/injured, its place for city/state).
Skips with a message when the file is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks._doccache import annotate_cached
from newsfuse.clean import clean_many
from newsfuse.extract import count_totals, extract
from newsfuse.models import Article, EventMention, RawDocument, Rejection
from newsfuse.settings import Settings


def load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return rows[:limit] if limit else rows


def raw_document(row: dict[str, Any]) -> RawDocument:
    """The dataset glues the title to the body; give the title separately."""
    title, text = row.get("title") or "", row.get("text") or ""
    body = text[len(title) :] if title and text.startswith(title) else text
    return RawDocument(
        input_id=str(row["id"]),
        origin="gvdb",
        media_type="text/plain",
        text=f"{title}\n\n{body}" if title else body,
        title=title or None,
        url=row.get("url"),
    )


def predict(
    rows: list[dict[str, Any]], settings: Settings
) -> dict[str, tuple[EventMention | None, Article | None]]:
    docs = [raw_document(r) for r in rows]
    articles = [a for a in clean_many(docs, settings) if not isinstance(a, Rejection)]
    out: dict[str, tuple[EventMention | None, Article | None]] = {
        d.input_id: (None, None) for d in docs
    }
    for annotated in annotate_cached(articles, settings, "gvdb"):
        mentions = extract(annotated, settings)
        main = next((m for m in mentions if m.is_main), None)
        out[annotated.article.input_id] = (main, annotated.article)
    return out


def figures(main: EventMention | None) -> dict[str, Any]:
    totals = count_totals(main) if main else {}
    claim = main.place if main else None
    place = claim.place if claim else None
    city = place.city if place else None
    quote = claim.evidence.quote if claim and claim.evidence else None
    return {
        "killed": totals.get("killed", 0),
        "injured": totals.get("injured", 0),
        "city": city,
        "city_as_written": _as_written(place, quote),
        "state": place.admin1 if place and place.country == "US" else None,
    }


def _as_written(place: Any, quote: str | None) -> str | None:
    """The place as the article writes it, when it is a city, a neighbourhood placed in its
    city ("West Philadelphia", city Philadelphia) or a county (an unincorporated place): the
    annotators wrote the most specific of these, the place carries both."""
    if place is None or quote is None:
        return None
    county = place.precision == "region" and place.name != place.admin1
    if place.precision == "city" or county or (place.precision == "neighbourhood" and place.city):
        return quote
    return None


def _norm(name: Any) -> str:
    """Case-folded, without a leading "the" and a trailing borough/township."""
    text = " ".join(str(name or "").replace(".", " ").split()).casefold().strip(" ,")
    text = text.removeprefix("the ")
    for tail in (" borough", " township"):
        text = text.removesuffix(tail)
    return text.replace("saint ", "st ")


def _same(field: str, pred: dict[str, Any], gold: Any) -> bool:
    """City: the geocoded city or the name as the article writes it (a gazetteer spells
    "Saint George" where the article and the annotator wrote "St. George")."""
    if field == "city":
        return _norm(gold) in {_norm(pred["city"]), _norm(pred["city_as_written"])}
    if field == "state":
        return _norm(pred[field]) == _norm(gold)
    return bool(pred[field] == gold)


def report(rows: list[dict[str, Any]], preds: dict[str, Any], examples: int) -> None:
    fields = ("killed", "injured", "city", "state")
    right = dict.fromkeys(fields, 0)
    given = dict.fromkeys(fields, 0)
    right_given = dict.fromkeys(fields, 0)
    errors: dict[str, list[str]] = {f: [] for f in fields}
    for row in rows:
        main, _article = preds[str(row["id"])]
        pred, gold = figures(main), row["gold"]
        for f in fields:
            ok = _same(f, pred, gold.get(f))
            right[f] += ok
            if gold.get(f) is not None:
                given[f] += 1
                right_given[f] += ok
            if not ok and len(errors[f]) < examples:
                counts = [
                    f"{c.kind}={c.value}:{c.evidence.quote!r}"
                    for c in (main.counts if main else ())
                    if c.evidence
                ]
                errors[f].append(
                    f"  {row['id']}: pred {pred[f]!r} gold {gold.get(f)!r} {counts[:4]}"
                )
    n = len(rows)
    for f in fields:
        print(f"{f:8s} accuracy {right[f] / n:.3f} ({right[f]}/{n})   "
              f"on articles with gold {f}: {right_given[f] / max(1, given[f]):.3f} "
              f"({right_given[f]}/{given[f]})")  # fmt: skip
    for f in fields:
        if errors[f]:
            print(f"\nerrors, {f}:")
            print("\n".join(errors[f]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="gvdb/dev.jsonl")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--examples", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"skip: {args.path} not found (pass ../shared/eval/gvdb/dev.jsonl)")
        return 0
    rows = load(args.path, args.limit)
    settings = Settings(progress=False)
    started = time.perf_counter()
    preds = predict(rows, settings)
    print(f"{len(rows)} articles in {time.perf_counter() - started:.1f}s")
    report(rows, preds, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
