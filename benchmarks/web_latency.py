"""Web app latency: time each page and API route over a store, in process (no network).

    python benchmarks/web_latency.py --db out/examples/newsfuse.db [--rounds 20]
    python benchmarks/web_latency.py --synthetic 10000 [--rounds 20]

``--db`` times a store a run built (copied first, so nothing is written to it); ``--synthetic N``
builds a throwaway store of N invented events with 3 articles each (plain templates, no spaCy)
to see how the pages scale. Prints the median and 95th percentile milliseconds per route.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from newsfuse.models import Article, content_id
from newsfuse.settings import Settings
from newsfuse.store import open_store
from newsfuse.web import create_app

CITIES = [
    ("Springfield", "US", 39.8, -89.6),
    ("Riverton", "US", 43.0, -108.4),
    ("Kirkuk", "IQ", 35.47, 44.39),
    ("Porto", "PT", 41.15, -8.61),
    ("Mwanza", "TZ", -2.52, 32.9),
    ("Tumaco", "CO", 1.8, -78.76),
]
TEMPLATE = (
    "{n} people were hurt and {k} killed when a blast hit a market in {city} on "
    "day {d}, officials of the {city} district said. Witnesses described smoke."
)


def _synthetic(path: Path, n_events: int) -> None:
    rnd = random.Random(7)
    store = open_store(path)
    events, links, arts = [], [], []
    for i in range(n_events):
        city, country, lat, lon = rnd.choice(CITIES)
        date = f"20{20 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        claims = []
        ids = []
        for j in range(3):
            n, k = rnd.randint(1, 40), rnd.randint(0, 9)
            text = TEMPLATE.format(n=n, k=k, city=city, d=i) + f" Report {i}-{j}."
            art = Article(
                id=content_id(text),
                input_id=f"syn-{i}-{j}",
                text=text,
                title=f"Blast in {city} ({i})",
                outlet=f"Outlet {j + i % 7}",
                published=date,
            )
            arts.append(art)
            ids.append(art.input_id)
            links.append((f"ev-{i}", art.id, True))
            claims.append(
                {
                    "value": n,
                    "qualifier": "exact",
                    "subgroup": None,
                    "article_id": art.id,
                    "input_id": art.input_id,
                    "quote": text[:24],
                    "start": 0,
                    "end": 24,
                    "attributed_to": None,
                }
            )
        best = max(c["value"] for c in claims)
        events.append(
            {
                "id": f"ev-{i}",
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Remote explosive/landmine/IED",
                "date": date,
                "date_end": date,
                "date_precision": "day",
                "location": {
                    "name": city,
                    "city": city,
                    "country": country,
                    "lat": lat,
                    "lon": lon,
                    "precision": "city",
                },
                "actors": [],
                "article_ids": ids,
                "main_article_ids": ids,
                "coverage": [],
                "counts": {
                    "injured": {
                        "best": best,
                        "low": 1,
                        "high": best,
                        "status": "contested",
                        "rule": "synthetic",
                        "breakdown": {},
                        "claims": claims,
                    }
                },
                "summary": [{"text": f"A blast hit a market in {city}.", "citations": ids}],
                "decisions": [],
            }
        )
    store.add_articles(arts)
    store.replace_events(events, links)
    store.close()


def _routes(client: TestClient) -> dict[str, str]:
    event = client.get("/api/events", params={"limit": 1, "sort": "articles"}).json()["events"]
    if not event:
        sys.exit("web_latency: the store has no events")
    ev = event[0]
    art = ev["article_ids"][0]
    return {
        "events list": "/",
        "events filtered": "/?country=IQ&min_injured=5&date_from=2021-01-01",
        "events search": "/?q=Kirkuk",
        "search page": "/search?q=Kirkuk",
        "search, all match": "/search?q=market",
        "event page": f"/events/{ev['id']}",
        "article page": f"/articles/{art}?start=0&end=10",
        "outlets": "/outlets",
        "api events": "/api/events?limit=100",
        "api search": "/api/search?q=Porto",
    }


def _time(client: TestClient, url: str, rounds: int) -> tuple[float, float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            sys.exit(f"web_latency: {url} answered {response.status_code}")
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store built by newsfuse run")
    parser.add_argument("--synthetic", type=int, help="build a store of N invented events")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        if args.db:
            if not Path(args.db).is_file():
                print(f"web_latency: skipped: no store at {args.db}")
                return 0
            shutil.copy(args.db, db)
        elif args.synthetic:
            started = time.perf_counter()
            _synthetic(db, args.synthetic)
            print(f"built {args.synthetic} events in {time.perf_counter() - started:.1f}s")
        else:
            parser.error("give --db FILE or --synthetic N")
        client = TestClient(create_app(Settings(db=str(db))))
        counts: dict[str, Any] = open_store(db).counts()
        print(f"store: {counts['articles']} articles, {counts['events']} events")
        print(f"{'route':<18} {'p50 ms':>8} {'p95 ms':>8}")
        for name, url in _routes(client).items():
            p50, p95 = _time(client, url, args.rounds)
            print(f"{name:<18} {p50:8.1f} {p95:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
