"""Reconciliation accuracy on GVA dev incidents: killed / injured after reconciling all articles.

    python benchmarks/reconcile_gva.py ../shared/eval/gva/dev [--limit N] [--errors K]

For each gold incident its gold articles (this isolates reconcile from clustering) go through
clean -> annotate_many -> extract; one Cluster of all their main mentions is reconciled and the
Event's killed/injured best (0 when no source gives one) is compared with GVA's totals (which
count perpetrators who were shot). Prints exact accuracy and MAE beside a single-source baseline
(the first article's own figures), the status mix, the wrong figures by cause (an article's
own figure was right and reconcile picked another; the gold is 0 and an article is silent; no
article's figure is right), and the grounding of every summary.
The spaCy parses are cached under benchmarks/results/ (benchmarks/_doccache.py); extract runs
afresh each time, so rule changes show at once.
``--limit N`` takes N incidents spread evenly over the file.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._doccache import annotate_cached  # noqa: E402
from newsfuse.models import Article, Cluster, Event, EventMention, RawDocument  # noqa: E402
from newsfuse.settings import Settings  # noqa: E402

Item = tuple[Article, tuple[EventMention, ...]]
KINDS = ("killed", "injured")


def load(path: Path, limit: int | None) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    incidents = [json.loads(line) for line in (path / "incidents.jsonl").open(encoding="utf-8")]
    if limit and limit < len(incidents):
        step = len(incidents) / limit
        incidents = [incidents[int(i * step)] for i in range(limit)]
    wanted = {a for inc in incidents for a in inc["article_ids"]}
    rows = {}
    for line in (path / "articles.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in wanted:
            rows[row["id"]] = row
    return incidents, rows


def _raw(row: dict[str, Any]) -> RawDocument:
    return RawDocument(
        input_id=row["id"],
        origin="gva",
        media_type="text/plain",
        text=row.get("text") or row.get("title") or "",
        title=row.get("title"),
        published=row.get("published"),
        published_source="input" if row.get("published") else "none",
        url=row.get("url"),
    )


def _process(docs: list[RawDocument], settings: Settings) -> Iterable[Item]:
    from newsfuse.clean import clean
    from newsfuse.errors import Rejected
    from newsfuse.extract import extract
    from newsfuse.models import content_id

    articles = []
    for doc in docs:
        try:
            articles.append(clean(doc, settings))
        except Rejected:
            text = doc.text or " "
            articles.append(Article(content_id(text), doc.input_id, text, title=doc.title,
                                    published=doc.published, published_source="input"))  # fmt: skip
    for ann in annotate_cached(articles, settings, "gva-reconcile"):
        yield ann.article, tuple(extract(ann, settings))


def prepare(rows: dict[str, dict[str, Any]], settings: Settings) -> dict[str, Item]:
    """input id -> (Article, mentions); the spaCy parses come from the benchmark cache."""
    t0 = time.monotonic()
    items = {art.input_id: (art, mentions) for art, mentions in _process(
        [_raw(r) for r in rows.values()], settings)}  # fmt: skip
    print(f"processed {len(items)} articles in {time.monotonic() - t0:.0f}s")
    return items


def reconcile_incident(inc: dict[str, Any], items: dict[str, Item], settings: Settings) -> Event:
    from newsfuse.reconcile import reconcile

    arts = [items[a] for a in inc["article_ids"] if a in items]
    mentions = [m for _, ms in arts for m in ms if m.is_main]
    articles = {art.id: art for art, _ in arts}
    cluster = Cluster(str(inc["incident_id"]), tuple(m.id for m in mentions))
    return reconcile(cluster, mentions, articles, settings)


def baseline(inc: dict[str, Any], items: dict[str, Item]) -> dict[str, int]:
    """The first article's own figures (extract's per-mention totals): one source, no reconcile."""
    from newsfuse.extract import count_totals

    for aid in inc["article_ids"]:
        if aid in items:
            mains = [m for m in items[aid][1] if m.is_main]
            return count_totals(mains[0]) if mains else {}
    return {}


def article_figures(inc: dict[str, Any], items: dict[str, Item]) -> dict[str, list[int | None]]:
    """kind -> each article's own figure (reconcile's per-article estimate, perpetrators
    added; ``None`` for an article that gives none)."""
    from newsfuse.reconcile._estimate import estimate
    from newsfuse.reconcile._sources import build_sources, sourced_claims

    arts = [items[a] for a in inc["article_ids"] if a in items]
    mentions = [m for _, ms in arts for m in ms if m.is_main]
    articles = {art.id: art for art, _ in arts}
    claims = sourced_claims(mentions, build_sources(mentions, articles), articles)
    out: dict[str, list[int | None]] = {}
    for kind in KINDS:
        figures: list[int | None] = []
        for art, _ in arts:
            mine = [c for c in claims if c.claim.kind == kind and c.source.article_id == art.id]
            est = estimate(mine) if mine else None
            figures.append(est.value + est.extra if est else None)
        out[kind] = figures
    return out


def cause(gold: int, figures: list[int | None]) -> str:
    """Why a reconciled figure is wrong: ``picked_other`` when an article's own figure is the
    gold one (reconcile chose another), ``silent_article`` when the gold is 0 and some article
    gives no figure, else ``no_article`` (extraction ceiling: no article's figure is right)."""
    if gold in figures:
        return "picked_other"
    if gold == 0 and None in figures:
        return "silent_article"
    return "no_article"


def _score(pairs: list[tuple[int, int]]) -> tuple[float, float]:
    if not pairs:
        return 0.0, 0.0
    exact = sum(p == g for p, g in pairs) / len(pairs)
    return exact, sum(abs(p - g) for p, g in pairs) / len(pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="../shared/eval/gva/dev")
    parser.add_argument("--limit", type=int, default=None, help="incidents, spread evenly")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong incidents")
    parser.add_argument(
        "--cause",
        choices=["picked_other", "silent_article", "no_article"],
        help="print only the wrong incidents with a figure wrong for this cause",
    )
    args = parser.parse_args(argv)
    if not (args.path / "incidents.jsonl").is_file():
        print(f"SKIP: GVA dev data not found at {args.path} (expected incidents.jsonl there)")
        return 0
    from newsfuse.report import check_grounding

    settings = Settings(progress=False)
    incidents, rows = load(args.path, args.limit)
    items = prepare(rows, settings)
    ours: dict[str, list[tuple[int, int]]] = {k: [] for k in KINDS}
    base: dict[str, list[tuple[int, int]]] = {k: [] for k in KINDS}
    statuses: Counter[str] = Counter()
    grounding = Counter[str]()
    causes = Counter[str]()
    wrong = []
    for inc in incidents:
        event = reconcile_incident(inc, items, settings)
        first = baseline(inc, items)
        own = article_figures(inc, items)
        why: set[str] = set()
        for kind in KINDS:
            res = event.counts.get(kind)
            ours[kind].append((res.best or 0 if res else 0, int(inc[kind] or 0)))
            base[kind].append((first.get(kind, 0), int(inc[kind] or 0)))
            statuses[f"{kind}:{res.status if res else 'none'}"] += 1
            if ours[kind][-1][0] != ours[kind][-1][1]:
                why.add(cause(ours[kind][-1][1], own[kind]))
                causes[f"{kind}:{cause(ours[kind][-1][1], own[kind])}"] += 1
        arts = {items[a][0].id: items[a][0] for a in inc["article_ids"] if a in items}
        _tally_grounding(event, arts, grounding, check_grounding)
        if why and (args.cause is None or args.cause in why):
            wrong.append((inc, event))
    _report(len(incidents), ours, base, statuses, grounding)
    print("  wrong figures by cause: " + ", ".join(f"{k} {v}" for k, v in sorted(causes.items())))
    for inc, event in wrong[: args.errors]:
        _show(inc, event)
    return 0


def _tally_grounding(
    event: Event, arts: dict[str, Article], tally: Counter[str], check: Any
) -> None:
    from newsfuse.reconcile._text import numbers_in

    tally["sentences"] += len(event.summary)
    tally["cited"] += sum(bool(s.citations) for s in event.summary)
    tally["numbers"] += sum(len(numbers_in(s.text)) for s in event.summary)
    problems = check(event, arts)
    if not event.mention_ids:  # extract found no event in any article: nothing to summarise
        tally["no_mentions"] += 1
        problems = [p for p in problems if not p.endswith("has no summary")]
    tally["unsupported_numbers"] += sum(p.startswith("number ") for p in problems)
    tally["events_with_problems"] += bool(problems)
    for p in problems[:1]:
        tally[f"e.g. {p[:90]}"] += 1


def _report(n: int, ours: dict[str, Any], base: dict[str, Any], statuses: Counter[str],
            grounding: Counter[str]) -> None:  # fmt: skip
    print(f"GVA dev incidents: {n}")
    for kind in KINDS:
        acc, mae = _score(ours[kind])
        bacc, bmae = _score(base[kind])
        print(f"  {kind:8s} exact {acc:.3f}  MAE {mae:.3f}   |  first-article baseline "
              f"exact {bacc:.3f}  MAE {bmae:.3f}")  # fmt: skip
    print("  status: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
    s, c, nums = grounding["sentences"], grounding["cited"], grounding["numbers"]
    bad = grounding["unsupported_numbers"]
    print(f"  summary sentences {s}, cited {c / s if s else 1:.3f}; numbers {nums}, grounded "
          f"{(nums - bad) / nums if nums else 1:.3f}; events with grounding problems "
          f"{grounding['events_with_problems']}; events with no extracted mention (no summary) "
          f"{grounding['no_mentions']}")  # fmt: skip
    for key, count in grounding.most_common():
        if key.startswith("e.g."):
            print(f"    {count} x {key}")


def _show(inc: dict[str, Any], event: Event) -> None:
    print(f"\n#{inc['incident_id']} gold killed {inc['killed']} injured {inc['injured']}")
    for kind, res in event.counts.items():
        print(f"  {kind}: best {res.best} [{res.low}, {res.high}] {res.status}: {res.rule[:300]}")
        for c in res.claims:
            quote = c.evidence.quote if c.evidence else ""
            print(f"     - {c.value} {c.qualifier} {c.subgroup or ''} {c.person or ''} | {quote!r}")


if __name__ == "__main__":
    raise SystemExit(main())
