"""The five seed pages through the real clean -> annotate -> extract -> cluster stages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.settings import Settings

pytestmark = [pytest.mark.eval, pytest.mark.slow]


def test_seeds_clustering_one_event_and_a_later_one(shared_dir: Path) -> None:
    seeds = shared_dir / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"seed pages not found at {seeds}")
    from newsfuse.annotate import annotate_many
    from newsfuse.clean import clean, recurring_lines
    from newsfuse.cluster import cluster, document_mention
    from newsfuse.extract import extract
    from newsfuse.ingest import ingest
    from newsfuse.models import RawDocument

    settings = Settings(progress=False)
    docs = [d for d in ingest([str(seeds)], settings) if isinstance(d, RawDocument)]
    recurring = recurring_lines(docs, settings)
    articles = [clean(d, settings, recurring) for d in docs]
    mentions = []
    for ann in annotate_many(articles, settings):
        found = extract(ann, settings)
        mentions += found if any(m.is_main for m in found) else [document_mention(ann.article)]
    clusters = cluster(mentions, {a.id: a for a in articles}, settings)
    by_mention = {mid: c.id for c in clusters for mid in c.mention_ids}
    prefix = {a.id: a.input_id.rsplit("/", 1)[-1][:3] for a in articles}
    main_event = {prefix[m.article_id]: by_mention[m.id] for m in mentions if m.is_main}
    assert len({main_event[p] for p in ("000", "001", "002", "003")}) == 1
    assert main_event["004"] != main_event["000"]
