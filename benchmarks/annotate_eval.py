"""Accuracy of annotate's time expressions (GVA dev) and geo's find_places (GVDB dev).

    python benchmarks/annotate_eval.py [--gva ../shared/eval/gva/dev]
                                       [--gvdb ../shared/eval/gvdb/dev.jsonl]

GVA: for each article with text, is its incident's gold date among the day-precision
expressions resolved on or before publication? (No spaCy needed.) GVDB: articles cleaned and
annotated as in extract_gvdb.py (the same input preparation and parse cache); is the gold
city among the places find_places returns, and is the first US city-level place the gold
city? The gold is compared as written (case-insensitive), without extract_gvdb's
normalisations. Skips a dataset whose path is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._doccache import annotate_cached  # noqa: E402
from benchmarks.extract_gvdb import raw_document  # noqa: E402
from newsfuse.annotate._times import find_times  # noqa: E402
from newsfuse.clean import clean_many  # noqa: E402
from newsfuse.geo import find_places  # noqa: E402
from newsfuse.models import Rejection  # noqa: E402
from newsfuse.settings import Settings  # noqa: E402


def gva_times(folder: Path) -> None:
    articles = {}
    for line in (folder / "articles.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        articles[row["id"]] = row
    n = hit = 0
    for line in (folder / "incidents.jsonl").open(encoding="utf-8"):
        incident = json.loads(line)
        for article_id in incident["article_ids"]:
            row = articles.get(article_id)
            if not row or not row["text"]:
                continue
            n += 1
            times = find_times(f"{row['title']}\n{row['text']}", row["published"])
            days = {t.date for t in times if t.precision == "day" and t.date}
            hit += any(d == incident["date"] and d <= row["published"] for d in days)
    print(f"GVA dev times: gold date among resolved day expressions {hit / n:.3f} ({hit}/{n})")


def gvdb_places(path: Path) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    settings = Settings(progress=False)
    cleaned = clean_many([raw_document(r) for r in rows], settings)
    annotated = {a.article.input_id: a for a in annotate_cached(
        [a for a in cleaned if not isinstance(a, Rejection)], settings, "gvdb"
    )}  # fmt: skip
    n = found = first = 0
    for row in rows:
        gold = (row["gold"]["city"] or "").strip().casefold()
        item = annotated.get(str(row["id"]))
        if not gold or item is None:
            continue
        n += 1
        places = find_places(item)
        names = {(p.city or "").casefold() for p, _ in places}
        found += gold in names | {e.text.casefold() for _, e in places}
        cities = [(p, e) for p, e in places if p.country == "US" and p.precision != "region"]
        first += bool(cities) and gold in {(cities[0][0].city or "").casefold(),
                                           cities[0][1].text.casefold()}  # fmt: skip
    print(f"GVDB dev places: gold city among find_places {found / n:.3f} ({found}/{n}); "
          f"first US city-level place {first / n:.3f} ({first}/{n})")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gva", type=Path, help="../shared/eval/gva/dev")
    parser.add_argument("--gvdb", type=Path, help="../shared/eval/gvdb/dev.jsonl")
    args = parser.parse_args(argv)
    if args.gva is not None:
        if (args.gva / "articles.jsonl").is_file():
            gva_times(args.gva)
        else:
            print(f"skip: {args.gva}/articles.jsonl not found")
    if args.gvdb is not None:
        if args.gvdb.is_file():
            gvdb_places(args.gvdb)
        else:
            print(f"skip: {args.gvdb} not found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
