"""Clustering accuracy on GVA dev (article -> incident) and ECB+ dev (document -> seminal event).

    python benchmarks/cluster_bench.py --gva ../shared/eval/gva/dev \
        --ecb ../shared/eval/ecbplus/dev.jsonl [--limit N] [--stages real|none] [--fit]

Articles stream in publication order through clean -> annotate -> extract -> Clusterer; an
article goes to the cluster of its main mention (an article with no extracted event gets a
document-level stand-in mention). The spaCy parses are cached under benchmarks/results/
(benchmarks/_doccache.py); clean and extract run afresh each time; a page clean finds no body
in is kept as its title. ``--stages none`` skips the NLP stages (articles built from the
input, document mentions only): text, names and dates alone. Prints BCubed and pairwise
P/R/F1 for the clusterer and for a plain streaming TF-IDF baseline, and the clusterer's pairwise
P/R on article pairs published within a week and further apart (the follow-up reports).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._doccache import annotate_cached  # noqa: E402
from newsfuse.cluster import Clusterer, document_mention  # noqa: E402
from newsfuse.models import Article, EventMention, RawDocument  # noqa: E402
from newsfuse.settings import Settings  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
Item = tuple[Article, tuple[EventMention, ...]]


# --- data ---------------------------------------------------------------------------------


def load_gva(path: Path, limit: int | None) -> tuple[list[dict[str, Any]], dict[str, set[str]]]:
    rows = [json.loads(line) for line in (path / "articles.jsonl").open(encoding="utf-8")]
    rows.sort(key=lambda r: (r["published"] or "", r["id"]))
    rows = rows[:limit] if limit else rows
    gold: dict[str, set[str]] = defaultdict(set)
    for line in (path / "incidents.jsonl").open(encoding="utf-8"):
        inc = json.loads(line)
        for aid in inc["article_ids"]:
            gold[aid].add(str(inc["incident_id"]))
    return rows, gold


def load_ecb(path: Path, limit: int | None) -> tuple[list[dict[str, Any]], dict[str, set[str]]]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows.sort(key=lambda r: r["id"])
    rows = rows[:limit] if limit else rows
    return rows, {r["id"]: {r["gold_cluster"]} for r in rows}


def _raw(row: dict[str, Any], origin: str) -> RawDocument:
    return RawDocument(
        input_id=row["id"],
        origin=origin,
        media_type="text/plain",
        text=row.get("text") or row.get("title") or "",
        title=row.get("title"),
        published=row.get("published"),
        published_source="input" if row.get("published") else "none",
        url=row.get("url"),
    )


def _bare(doc: RawDocument) -> Article:
    from newsfuse.models import document_id

    return Article(
        id=document_id(doc),
        input_id=doc.input_id,
        text=doc.text,
        title=doc.title,
        published=doc.published,
        published_source=doc.published_source,
    )


def _through_stages(docs: list[RawDocument], settings: Settings, name: str) -> list[Item]:
    from newsfuse.clean import clean, recurring_lines
    from newsfuse.errors import Rejected
    from newsfuse.extract import extract

    recurring = recurring_lines(docs, settings)
    articles = []
    for doc in docs:
        try:
            articles.append(clean(doc, settings, recurring))
        except Rejected:
            # keep it, as its title (the page had no article body): the gold still places it
            articles.append(_bare(replace(doc, text=doc.title or doc.text)))
    done = []
    for ann in annotate_cached(articles, settings, name):
        done.append((ann.article, tuple(extract(ann, settings))))
    return done


def prepare(rows: list[dict[str, Any]], name: str, stages: str, settings: Settings) -> list[Item]:
    """(Article, mentions) per row: clean and extract run afresh, the spaCy parses come from the
    benchmark cache (benchmarks/_doccache.py)."""
    docs = [_raw(r, name) for r in rows]
    t0 = time.monotonic()
    if stages == "real":
        items = _through_stages(docs, settings, f"cluster-{name}")
    else:
        items = [(_bare(d), ()) for d in docs]
    print(f"[{name}] stages={stages}: {len(items)} articles in {time.monotonic() - t0:.0f}s")
    return items


# --- clustering ---------------------------------------------------------------------------


def _ordered(items: list[Item]) -> list[tuple[EventMention, Article]]:
    flat = []
    for art, ms in items:
        if not any(m.is_main for m in ms):
            ms = (*ms, document_mention(art))
        flat += [(m, art) for m in ms]
    flat.sort(key=lambda p: (p[0].published or p[1].published or "", p[1].id, p[0].id))
    return flat


def run_clusterer(items: list[Item], settings: Settings) -> tuple[dict[str, str], Clusterer]:
    """input_id -> cluster id of the article's main mention."""
    clusterer = Clusterer(settings)
    copies: dict[str, list[str]] = defaultdict(list)  # same clean text, several inputs
    unique: dict[str, Item] = {}
    for art, ms in items:
        copies[art.id].append(art.input_id)
        unique.setdefault(art.id, (art, ms))
    pred: dict[str, str] = {}
    for mention, art in _ordered(list(unique.values())):
        decision = clusterer.add(mention, art)
        if mention.is_main and art.input_id not in pred:
            for input_id in copies[art.id]:
                pred[input_id] = decision.cluster_id
    return pred, clusterer


def run_tfidf(items: list[Item], window: int, threshold: float) -> dict[str, str]:
    """The plain baseline: TF-IDF cosine to open cluster centroids within ``window`` days."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsfuse.cluster._features import day_of

    arts = sorted((a for a, _ in items), key=lambda a: (a.published or "", a.id))
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(
        [f"{a.title or ''}\n{a.text}" for a in arts]
    )
    centroids: list[Any] = []
    last: list[int] = []
    active: list[int] = []
    pred: dict[str, str] = {}
    for i, art in enumerate(arts):
        day = day_of(art.published) or 0
        vec = matrix[i]
        active = [c for c in active if day - last[c] <= window]
        best, best_sim = -1, threshold
        for c in active:
            cen = centroids[c]
            sim = float((vec @ cen.T).toarray()[0, 0]) / (math.sqrt(cen.multiply(cen).sum()) or 1.0)
            if sim >= best_sim:
                best, best_sim = c, sim
        if best < 0:
            active.append(len(centroids))
            centroids.append(vec.copy())
            last.append(day)
            best = len(centroids) - 1
        else:
            centroids[best] = centroids[best] + vec
            last[best] = max(last[best], day)
        pred[art.input_id] = f"c{best}"
    return pred


# --- scoring ------------------------------------------------------------------------------


def resolve_gold(pred: dict[str, str], gold: dict[str, set[str]]) -> dict[str, str]:
    """One gold label per article: an article in two gold incidents takes the one its predicted
    cluster mostly holds (it counts as correct with either)."""
    single = {a: next(iter(g)) for a, g in gold.items() if len(g) == 1 and a in pred}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for a, g in single.items():
        votes[pred[a]][g] += 1
    out = dict(single)
    for a, g in gold.items():
        if len(g) > 1 and a in pred:
            out[a] = max(sorted(g), key=lambda x: votes[pred[a]][x])
    return out


def scores(pred: dict[str, str], gold_sets: dict[str, set[str]]) -> dict[str, float]:
    gold = resolve_gold(pred, gold_sets)
    arts = [a for a in pred if a in gold]
    by_pred: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for a in arts:
        by_pred[pred[a]].append(a)
        by_gold[gold[a]].append(a)
    joint = Counter((pred[a], gold[a]) for a in arts)
    bp = sum(joint[(pred[a], gold[a])] / len(by_pred[pred[a]]) for a in arts) / len(arts)
    br = sum(joint[(pred[a], gold[a])] / len(by_gold[gold[a]]) for a in arts) / len(arts)
    tp = sum(n * (n - 1) / 2 for n in joint.values())
    pp = sum(len(v) * (len(v) - 1) / 2 for v in by_pred.values())
    gp = sum(len(v) * (len(v) - 1) / 2 for v in by_gold.values())
    pr, rc = (tp / pp if pp else 1.0), (tp / gp if gp else 1.0)
    return {
        "bcubed_p": bp,
        "bcubed_r": br,
        "bcubed_f1": _f1(bp, br),
        "pair_p": pr,
        "pair_r": rc,
        "pair_f1": _f1(pr, rc),
        "clusters": float(len(by_pred)),
        "articles": float(len(arts)),
    }


def gap_scores(
    pred: dict[str, str], gold_sets: dict[str, set[str]], published: dict[str, str | None]
) -> dict[str, tuple[int, float, float]]:
    """Pairwise (gold pairs, P, R) for article pairs published within a week and further apart:
    the follow-ups (arrests, trials, funerals) are the pairs more than 7 days apart."""
    from itertools import combinations

    from newsfuse.cluster._features import day_of

    gold = resolve_gold(pred, gold_sets)

    def pairs(label: dict[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for a, x in label.items():
            groups[x].append(a)
        return {p for v in groups.values() for p in combinations(sorted(v), 2)}

    def apart(p: tuple[str, str]) -> int:
        a, b = day_of(published.get(p[0])), day_of(published.get(p[1]))
        return abs(a - b) if a is not None and b is not None else 0

    gp, pp = pairs(gold), pairs({a: pred[a] for a in gold})
    out = {}
    for name, near in (("<=7 days", True), (">7 days", False)):
        g = {p for p in gp if (apart(p) <= 7) == near}
        q = {p for p in pp if (apart(p) <= 7) == near}
        tp = len(g & q)
        out[name] = (len(g), tp / len(q) if q else 1.0, tp / len(g) if g else 1.0)
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def show(label: str, s: dict[str, float]) -> None:
    print(
        f"{label:<34} BCubed P {s['bcubed_p']:.3f} R {s['bcubed_r']:.3f} F1 {s['bcubed_f1']:.3f}"
        f" | pairwise P {s['pair_p']:.3f} R {s['pair_r']:.3f} F1 {s['pair_f1']:.3f}"
        f" | {int(s['clusters'])} clusters / {int(s['articles'])} articles"
    )


# --- weight fitting (a tuning aid) ---------------------------------------------------------


def fit_weights(items: list[Item], gold: dict[str, set[str]], settings: Settings) -> None:
    """Fit the logistic weights of the score and print them (copy into
    newsfuse/cluster/_score.py). The stream is clustered by the gold itself (a mention joins the
    candidate that holds its incident), so the pairs are those a correct clusterer would see."""
    from sklearn.linear_model import LogisticRegression

    import newsfuse.cluster._clusterer as impl
    from newsfuse.cluster._score import WEIGHTS

    input_of = {art.id: art.input_id for art, _ in items}
    rows: list[tuple[list[float], int]] = []
    keys = list(WEIGHTS)

    def oracle(self: Any, f: Any) -> Any:
        mine = gold.get(input_of[f.article_id], set())
        ids = self._live.candidates(f, impl.MAX_CANDIDATES, f.keys)
        ids += self._archive.candidates(
            f, impl.MAX_ARCHIVED, f.lookup, impl.ARCHIVE_MIN_NAMES, impl.ARCHIVE_MAX_POSTING
        )
        best = None
        for cid in ids:
            state = self._states[cid]
            if f.article_id in state.article_ids:
                continue
            ev = impl.evidence(f, state, self._window, self._horizon)
            theirs = set().union(*(gold.get(input_of[a], set()) for a in state.article_ids))
            label = int(bool(mine & theirs))
            rows.append(([ev[k] for k in keys], label))
            if label and best is None:
                best = (1.0, ev, state)
        return best

    original = impl.Clusterer._best
    impl.Clusterer._best = oracle  # type: ignore[method-assign]
    try:
        run_clusterer(items, settings)
    finally:
        impl.Clusterer._best = original  # type: ignore[method-assign]
    x = [r[0] for r in rows]
    y = [r[1] for r in rows]
    RESULTS.mkdir(parents=True, exist_ok=True)
    with (RESULTS / "fit-pairs.json").open("w", encoding="utf-8") as out:
        json.dump({"keys": keys, "x": x, "y": y}, out)
    model = LogisticRegression(C=10.0, max_iter=5000).fit(x, y)
    print(f"fit on {len(rows)} candidate pairs, {sum(y)} positive")
    print("WEIGHTS =", {k: round(float(w), 2) for k, w in zip(keys, model.coef_[0], strict=True)})
    print("BIAS =", round(float(model.intercept_[0]), 2))


# --- main ---------------------------------------------------------------------------------


def bench(name: str, rows: list[dict[str, Any]], gold: dict[str, set[str]], args: Any) -> None:
    settings = Settings(progress=False)
    if args.threshold is not None:
        settings = settings.replace(cluster_threshold=args.threshold)
    items = prepare(rows, name, args.stages, settings)
    with_mentions = sum(1 for _, ms in items if any(m.is_main for m in ms))
    print(f"[{name}] {len(items)} articles, {with_mentions} with an extracted main mention")
    if args.fit:
        fit_weights(items, gold, settings)
    t0 = time.monotonic()
    pred, clusterer = run_clusterer(items, settings)
    took = time.monotonic() - t0
    show(f"{name} newsfuse ({took:.1f}s)", scores(pred, gold))
    published = {art.input_id: art.published for art, _ in items}
    if any(published.values()):
        for span, (n, p, r) in gap_scores(pred, gold, published).items():
            print(f"[{name}] pairs published {span} apart: {n} gold, pairwise P {p:.3f} R {r:.3f}")
    decisions = Counter(d.action for c in clusterer.clusters() for d in c.decisions)
    print(f"[{name}] decisions: {dict(sorted(decisions.items()))}")
    if not args.no_baseline:
        show(f"{name} TF-IDF baseline (5 days)", scores(run_tfidf(items, 5, args.tfidf), gold))


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gva", type=Path, help="PATH/gva/dev")
    ap.add_argument("--ecb", type=Path, help="PATH/ecbplus/dev.jsonl")
    ap.add_argument("--limit", type=int, default=None, help="first N articles/documents only")
    ap.add_argument("--stages", choices=("real", "none"), default="real")
    ap.add_argument("--threshold", type=float, default=None, help="cluster_threshold")
    ap.add_argument(
        "--tfidf",
        type=float,
        default=0.2,
        help="baseline cosine threshold (0.2: its best on GVA dev)",
    )
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--fit", action="store_true", help="fit the score weights and print them")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if args.gva is None and args.ecb is None:
        ap.error("give --gva and/or --ecb")
    ran = 0
    for name, path, loader in (("gva", args.gva, load_gva), ("ecb", args.ecb, load_ecb)):
        if path is None:
            continue
        if not path.exists():
            print(f"[{name}] skipped: {path} is missing (see ../shared/eval/README.md)")
            continue
        rows, gold = loader(path, args.limit)
        bench(name, rows, gold, args)
        ran += 1
    return 0 if ran else 1


if __name__ == "__main__":
    raise SystemExit(main())
