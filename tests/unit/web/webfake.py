"""Stand-ins for the web tests: a fake pipeline runner and a test client that uses it."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsfuse.models import Article, content_id
from newsfuse.pipeline import RunSummary
from newsfuse.settings import Settings
from newsfuse.store import open_store


def fake_runner(inputs: Sequence[str], settings: Settings, out_dir: str) -> RunSummary:
    """Stand-in for ``pipeline.run``: store posted JSONL/text articles, link each to the first
    event whose city it names, and add it to that event's summary citations."""
    assert settings.db
    store = open_store(settings.db)
    summary = RunSummary(out_dir=out_dir, rejected=Counter())
    try:
        fresh = [_posted_article(row) for p in inputs for row in _rows(Path(p))]
        summary.read = len(fresh)
        summary.new_articles = store.add_articles(fresh)
        evs = store.events()
        links = store.event_links()
        for art in fresh:
            ev = next((e for e in evs if (e["location"] or {}).get("city", "?") in art.text), None)
            if ev is not None:
                ev["article_ids"].append(art.input_id)
                ev["summary"][0]["citations"].append(art.input_id)
                links.append((ev["id"], art.id, True))
        store.replace_events(evs, links)
        summary.events = len(evs)
    finally:
        store.close()
    return summary


def _rows(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [{"id": path.name, "text": path.read_text()}]


def _posted_article(row: dict[str, Any]) -> Article:
    text = row.get("text") or re.sub(r"<[^>]+>", " ", row.get("html") or "")
    return Article(
        id=content_id(text),
        input_id=str(row["id"]),
        text=text,
        title=row.get("title"),
        outlet=row.get("outlet"),
        published=row.get("published"),
    )


def make_client(db: str, **settings: Any) -> Any:
    """A test client of the app over ``db`` with posts run by :func:`fake_runner`."""
    from fastapi.testclient import TestClient

    from newsfuse.web import create_app

    return TestClient(create_app(Settings(db=db, **settings), runner=fake_runner))
