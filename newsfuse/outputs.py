"""Write a run's output files (the contract of DESIGN.md) atomically into the output folder."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsfuse import codec, contract
from newsfuse.pipeline import Corpus, article_events, contract_events
from newsfuse.settings import Settings
from newsfuse.store import Store


def _atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def write_outputs(corpus: Corpus, store: Store, out: Path, until: str, settings: Settings) -> int:
    """Write every file that exists at stage ``until``; returns the number of grounding problems."""
    links = article_events(corpus) if corpus.clusters else {}
    articles = [contract.article_json(a, *links.get(a.id, (None, []))) for a in corpus.articles]
    _atomic(out / "articles.jsonl", _jsonl(articles))
    _atomic(out / "rejected.jsonl", _jsonl(codec.to_dict(r) for r in store.rejections()))
    if until == "clean":
        return 0
    _atomic(
        out / "mentions.jsonl",
        _jsonl(codec.to_dict(m) for a in corpus.articles for m in corpus.mentions.get(a.id, ())),
    )
    if until == "extract":
        return 0
    _atomic(out / "clusters.jsonl", _jsonl(codec.to_dict(c) for c in corpus.clusters))
    if until == "cluster":
        return 0
    rows = contract_events(corpus)
    store.replace_events(
        rows,
        [(e, a, main == e) for a, (main, ids) in links.items() for e in ids],
    )
    _atomic(
        out / "events.jsonl", _jsonl({k: v for k, v in r.items() if k != "_record"} for r in rows)
    )
    if until == "reconcile":
        return 0
    return _write_report(corpus, out, settings)


def _write_report(corpus: Corpus, out: Path, settings: Settings) -> int:
    from newsfuse import report

    by_id = {a.id: a for a in corpus.articles}
    problems = [
        {"event_id": ev.id, "problem": p}
        for ev in corpus.events
        for p in report.check_grounding(ev, by_id)
    ]
    _atomic(out / "grounding.jsonl", _jsonl(problems))
    _atomic(out / "report.html", report.render_html(corpus.events, corpus.articles, settings))
    _atomic(out / "events.csv", report.events_csv(corpus.events))
    _atomic(
        out / "events.geojson",
        json.dumps(report.events_geojson(corpus.events), ensure_ascii=False, indent=1),
    )
    tmp = out / ".events.parquet.tmp"
    report.write_parquet(corpus.events, str(tmp))
    os.replace(tmp, out / "events.parquet")
    return len(problems)
