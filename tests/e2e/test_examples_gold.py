"""End to end on the example corpus: the run against examples/gold.json, with a scorecard.

Hard assertions only for what the gold definitely requires: the run completes, every gold
article comes out in articles.jsonl (none rejected, none extra) and every gold event has an
output event that shares an article with it. Everything else (clustering, dates, places, counts,
metadata) is measured and printed as a scorecard (``pytest -s`` shows it; it is also written to
tests/artifacts/examples_scorecard.json); ``FLOORS`` pins the figures that must not drop.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
CORPUS = EXAMPLES / "corpus"
GOLD = EXAMPLES / "gold.json"
ARTIFACT = REPO / "tests" / "artifacts" / "examples_scorecard.json"
REFERENCE_TIME = "2025-12-31T23:59:59"  # the corpus is dated 2025; fixed so runs are repeatable
# Figures that must not drop (raise them as the pipeline improves; 0.0 = measured only).
FLOORS: dict[str, float] = {
    "articles.found": 1.0,
    "events.matched": 1.0,
    "cluster.pair_f1": 0.9,  # 0.913 when raised (2026-11-21)
    "cluster.bcubed_f1": 0.9,  # 0.950
    "events.date": 0.85,  # 1.000
    "events.city": 0.85,  # 0.875
    "counts.exact": 0.65,  # 0.714
    "articles.outlet": 0.0,
    "articles.published_day": 0.0,
}
# What a careful human coder gets on this corpus, near enough: printed as targets, not asserted
# (the first pipeline versions do not reach them yet; a figure that reaches its target for good
# should get a floor above).
TARGETS: dict[str, float] = {
    "articles.outlet": 0.9,
    "articles.title": 0.9,
    "articles.published_day": 0.95,
    "cluster.pair_f1": 0.9,
    "cluster.bcubed_f1": 0.9,
    "events.type": 0.9,
    "events.sub_type": 0.85,
    "events.date": 0.85,
    "events.city": 0.85,
    "counts.exact": 0.75,
    "counts.killed_injured_exact": 0.8,
}

pytestmark = pytest.mark.slow

Row = dict[str, Any]


def _lines(path: Path) -> list[Row]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def gold() -> Row:
    data: Row = json.loads(GOLD.read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Row:
    """One pipeline run on examples/corpus: its exit status, seconds and output rows."""
    from newsfuse.cli import main

    out = tmp_path_factory.mktemp("examples_out")
    args = ["run", str(CORPUS), "--out", str(out), "--db", str(out / "store.db")]
    started = time.monotonic()
    status = main([*args, "--no-progress", "--reference-time", REFERENCE_TIME])
    return {
        "status": status,
        "seconds": time.monotonic() - started,
        "articles": _lines(out / "articles.jsonl"),
        "events": _lines(out / "events.jsonl"),
        "rejected": _lines(out / "rejected.jsonl"),
    }


# --- matching output rows to gold keys --------------------------------------------------


def _gold_key_of(input_id: str, gold: Row) -> str | None:
    """The gold article key for an output input_id (exact, alias, or the file's base name)."""
    articles: Row = gold["articles"]
    for candidate in (input_id, input_id.replace("\\", "/").rsplit("/", 1)[-1]):
        if candidate in articles:
            return candidate
        for key, art in articles.items():
            if candidate in art.get("aliases", ()):
                return str(key)
    return None


def _articles_by_key(run: Row, gold: Row) -> dict[str, Row]:
    found: dict[str, Row] = {}
    for row in run["articles"]:
        key = _gold_key_of(str(row.get("input_id")), gold)
        if key is not None:
            found[key] = row
    return found


def _event_keys(event: Row, gold: Row, field: str) -> set[str]:
    ids: Iterable[Any] = event.get(field) or ()
    return {k for k in (_gold_key_of(str(i), gold) for i in ids) if k is not None}


def _real_events(gold: Row) -> dict[str, Row]:
    return {k: e for k, e in gold["events"].items() if not e.get("background")}


def _match_events(run: Row, gold: Row) -> dict[str, Row | None]:
    """Each gold event -> the output event holding most of its articles (mains first)."""
    matched: dict[str, Row | None] = {}
    for key, ev in _real_events(gold).items():
        wanted = set(ev["articles"])
        best, best_score = None, (0, 0)
        for out in run["events"]:
            mains = _event_keys(out, gold, "main_article_ids")
            score = (len(wanted & mains), len(wanted & _event_keys(out, gold, "article_ids")))
            if score > best_score:
                best, best_score = out, score
        matched[key] = best
    return matched


# --- the corpus and gold themselves (no pipeline needed) ---------------------------------


def _corpus_ids() -> set[str]:
    """The input ids the corpus files should give: file names, JSONL ids, feed guids."""
    ids: set[str] = set()
    for path in CORPUS.iterdir():
        text = path.read_text("utf-8")
        if path.suffix == ".jsonl":
            ids.update(json.loads(line)["id"] for line in text.splitlines() if line.strip())
        elif path.suffix == ".xml":
            ids.update(re.findall(r"<guid[^>]*>([^<]+)</guid>", text))
        else:
            ids.add(path.name)
    return ids


def test_examples_gold_is_consistent(gold: Row) -> None:
    assert _corpus_ids() == set(gold["articles"])
    events = gold["events"]
    for key, art in gold["articles"].items():
        assert not events[art["main_event"]].get("background"), key
        assert all(e in events for e in art["other_events"]), key
    for key, ev in _real_events(gold).items():
        assert ev["articles"], key
        assert all(gold["articles"][a]["main_event"] == key for a in ev["articles"]), key
    mains = sorted(a for ev in _real_events(gold).values() for a in ev["articles"])
    assert mains == sorted(gold["articles"])


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _strings(item)


def _plain(path: Path) -> str:
    """A file's text for overlap checks: JSON values joined, markup and escapes dropped."""
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8", "replace")
    if path.suffix in {".json", ".jsonl"}:
        lines = text.splitlines() if path.suffix == ".jsonl" else [text]
        text = " ".join(s for line in lines if line.strip() for s in _strings(json.loads(line)))
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def _shingles(text: str, size: int = 12) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_examples_copy_no_text_from_shared(shared_dir: Path) -> None:
    ours: set[str] = set()
    for path in [*CORPUS.iterdir(), GOLD, EXAMPLES / "README.md"]:
        ours |= _shingles(_plain(path))
    common: set[str] = set()
    for path in shared_dir.rglob("*"):
        if path.is_file() and path.suffix in {".txt", ".jsonl", ".json", ".md", ".gz"}:
            common |= _shingles(_plain(path)) & ours
    assert not common, f"12-word runs shared with {shared_dir}: {sorted(common)[:5]}"


# --- the assertions the gold definitely requires -----------------------------------------


def test_examples_run_completes(run: Row) -> None:
    assert run["status"] == 0, "newsfuse run on examples/corpus did not exit 0"


def test_examples_every_gold_article_is_in_articles_jsonl(run: Row, gold: Row) -> None:
    found = _articles_by_key(run, gold)
    missing = sorted(set(gold["articles"]) - set(found))
    assert not missing, f"gold articles missing from articles.jsonl: {missing}"
    assert len(run["articles"]) == len(gold["articles"]), "articles.jsonl has extra articles"
    rejected = [r for r in run["rejected"] if _gold_key_of(str(r.get("input_id")), gold)]
    assert not rejected, f"gold articles rejected: {rejected}"


def test_examples_every_gold_event_has_an_output_event(run: Row, gold: Row) -> None:
    unmatched = sorted(k for k, ev in _match_events(run, gold).items() if ev is None)
    assert not unmatched, f"gold events with no output event sharing an article: {unmatched}"


def test_examples_scorecard_meets_floors(run: Row, gold: Row) -> None:
    card = scorecard(run, gold)
    print_scorecard(card)
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    ARTIFACT.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", "utf-8")
    low = {k: (card["figures"][k], floor) for k, floor in FLOORS.items()}
    below = {k: v for k, v in low.items() if v[0] < v[1]}
    assert not below, f"figures below their floors (value, floor): {below}"
    # the same place a few weeks later is another event (the seeds' 004 against 000-003)
    assert card["kept_apart"]["E1|E2"], "the two Tal Zahra rocket attacks were merged"


# --- the scorecard ---------------------------------------------------------------------


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 3) if total else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def _pairs(assign: dict[str, str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in combinations(sorted(assign), 2) if assign[a] == assign[b]}


def clustering_scores(gold_of: dict[str, str], pred_of: dict[str, str]) -> dict[str, float]:
    """Pair-counting and BCubed precision/recall/F1 of a predicted over a gold clustering."""
    g_pairs, p_pairs = _pairs(gold_of), _pairs(pred_of)
    pp = _ratio(len(g_pairs & p_pairs), len(p_pairs)) if p_pairs else 1.0
    pr = _ratio(len(g_pairs & p_pairs), len(g_pairs)) if g_pairs else 1.0
    g_members = Counter(gold_of.values())
    p_members = Counter(pred_of.values())
    both = Counter((gold_of[a], pred_of[a]) for a in gold_of)
    bp = sum(both[(gold_of[a], pred_of[a])] / p_members[pred_of[a]] for a in gold_of)
    br = sum(both[(gold_of[a], pred_of[a])] / g_members[gold_of[a]] for a in gold_of)
    n = len(gold_of) or 1
    bp, br = round(bp / n, 3), round(br / n, 3)
    return {
        "pair_precision": pp,
        "pair_recall": pr,
        "pair_f1": _f1(pp, pr),
        "bcubed_precision": bp,
        "bcubed_recall": br,
        "bcubed_f1": _f1(bp, br),
    }


def _norm(text: Any) -> str:
    words = str(text or "").casefold().replace("’", "'").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _article_figures(found: dict[str, Row], gold: Row) -> dict[str, float]:
    total = len(gold["articles"])
    hits: Counter[str] = Counter()
    for key, art in gold["articles"].items():
        row = found.get(key)
        if row is None:
            continue
        hits["found"] += 1
        hits["outlet"] += _norm(row.get("outlet")) == _norm(art["outlet"])
        hits["title"] += _norm(row.get("title")) == _norm(art["title"])
        day = (row.get("published") or "")[:10] or None
        allowed = {(art["published"] or "")[:10] or None, art.get("published_inferred", "")[:10]}
        hits["published_day"] += day in allowed
        hits["has_main_event"] += row.get("main_event_id") is not None
    names = ("found", "outlet", "title", "published_day", "has_main_event")
    return {f"articles.{n}": _ratio(hits[n], total) for n in names}


def _count_rows(key: str, ev: Row, out: Row | None) -> list[Row]:
    rows = []
    for kind, want in ev.get("counts", {}).items():
        if want.get("best") is None:
            continue
        got = ((out or {}).get("counts") or {}).get(kind) or {}
        rows.append({"event": key, "kind": kind, "gold": want["best"], "got": got.get("best")})
    return rows


def _event_rows(run: Row, gold: Row) -> list[Row]:
    rows = []
    for key, out in _match_events(run, gold).items():
        ev = gold["events"][key]
        loc = (out or {}).get("location") or {}
        rows.append(
            {
                "event": key,
                "output_id": (out or {}).get("id"),
                "type": (out or {}).get("event_type") == ev["event_type"],
                "sub_type": (out or {}).get("sub_event_type") == ev["sub_event_type"],
                "date": (out or {}).get("date") == ev["date"],
                "city": _norm(loc.get("city")) == _norm(ev["location"]["city"]),
                "country": loc.get("country") == ev["location"]["country"],
                "counts": _count_rows(key, ev, out),
            }
        )
    return rows


def _kept_apart(
    pairs: Iterable[tuple[str, str]], gold_of: dict[str, str], pred_of: dict[str, str]
) -> dict[str, bool]:
    """Whether no output event is the main event of articles of both gold events."""
    clusters: dict[str, set[str]] = {}
    for key, event in gold_of.items():
        clusters.setdefault(event, set()).add(pred_of[key])
    return {f"{a}|{b}": not clusters.get(a, set()) & clusters.get(b, set()) for a, b in pairs}


def scorecard(run: Row, gold: Row) -> Row:
    """Every figure of the run against the gold, as one JSON-ready dict."""
    found = _articles_by_key(run, gold)
    gold_of = {k: a["main_event"] for k, a in gold["articles"].items() if k in found}
    pred_of = {k: str(found[k].get("main_event_id") or f"none:{k}") for k in gold_of}
    rows = _event_rows(run, gold)
    counts = [c for r in rows for c in r["counts"]]
    core = [c for c in counts if c["kind"] in ("killed", "injured")]
    n = len(rows)
    figures: dict[str, float] = {
        **_article_figures(found, gold),
        **{f"cluster.{k}": v for k, v in clustering_scores(gold_of, pred_of).items()},
        "events.matched": _ratio(sum(r["output_id"] is not None for r in rows), n),
        **{f"events.{f}": _ratio(sum(r[f] for r in rows), n) for f in ("type", "sub_type")},
        **{f"events.{f}": _ratio(sum(r[f] for r in rows), n) for f in ("date", "city")},
        "events.country": _ratio(sum(r["country"] for r in rows), n),
        "counts.exact": _ratio(sum(c["got"] == c["gold"] for c in counts), len(counts)),
        "counts.killed_injured_exact": _ratio(sum(c["got"] == c["gold"] for c in core), len(core)),
    }
    return {
        "seconds": round(run["seconds"], 1),
        "output_events": len(run["events"]),
        "gold_events": n,
        "figures": figures,
        "below_target": sorted(k for k, t in TARGETS.items() if figures[k] < t),
        "kept_apart": _kept_apart((("E1", "E2"), ("E3", "E4")), gold_of, pred_of),
        "events": rows,
    }


def print_scorecard(card: Row) -> None:
    head = f"{card['seconds']}s, {card['output_events']} output / {card['gold_events']} gold events"
    print(f"\nexamples scorecard ({head})")
    print(f"  {'figure':<32} {'value':>6}  {'floor':>6}  {'target':>6}")
    for name, value in card["figures"].items():
        floor, target = FLOORS.get(name, 0.0), TARGETS.get(name)
        mark = "" if target is None else ("  met" if value >= target else "  below target")
        want = f"{target:>6.3f}" if target is not None else f"{'-':>6}"
        print(f"  {name:<32} {value:>6.3f}  {floor:>6.3f}  {want}{mark}")
    for pair, apart in card["kept_apart"].items():
        print(f"  kept apart {pair:<21} {'yes' if apart else 'NO'}")
    for row in card["events"]:
        flags = " ".join(f for f in ("type", "sub_type", "date", "city", "country") if row[f])
        counts = ", ".join(f"{c['kind']} {c['got']}/{c['gold']}" for c in row["counts"])
        print(f"  {row['event']} -> {row['output_id']}: [{flags}] {counts}")
